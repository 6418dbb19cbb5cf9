#include "importvalues.h"

#include <QHash>
#include <QRegularExpression>

namespace tavolo {

namespace {

// Keys without spaces, so that "O.D.V." finds "odv". Italian names (singular and plural, as the
// regulation and clerks write them) and the usual abbreviations. Kept in Italian whatever the
// interface language: the spreadsheets are Italian.
const QHash<QString, Category> &categoryNames()
{
    static const QHash<QString, Category> names = [] {
        QHash<QString, Category> out;
        const auto add = [&out](Category c, std::initializer_list<const char *> texts) {
            for (const char *text : texts)
                out.insert(ImportValues::folded(QString::fromUtf8(text)).remove(QLatin1Char(' ')),
                           c);
        };
        add(Category::SocialCooperative,
            {"cooperativa sociale", "cooperative sociali", "coop sociale", "coop. sociale",
             "cooperativa", "cooperazione", "cooperative sociali e organismi della cooperazione",
             "cooperativa sociale di tipo a", "cooperativa sociale di tipo b", "consorzio"});
        add(Category::VolunteerOrganisation,
            {"organizzazione di volontariato", "organizzazioni di volontariato", "odv",
             "volontariato", "associazione di volontariato"});
        add(Category::SocialPromotionAssociation,
            {"associazione di promozione sociale", "associazioni di promozione sociale", "aps",
             "promozione sociale", "associazioni ed enti di promozione sociale",
             "ente di promozione sociale"});
        add(Category::CareHomeFoundation,
            {"fondazione casa di riposo", "fondazioni delle case di riposo", "casa di riposo",
             "fondazione delle case di riposo", "rsa"});
        add(Category::LocalFoundation,
            {"fondazione locale", "fondazioni locali per la promozione sociale",
             "fondazione locale per la promozione sociale", "fondazione"});
        add(Category::Patronage, {"patronato", "ente di patronato", "enti di patronato"});
        add(Category::FamilyAssociation,
            {"associazione familiare", "associazioni familiari", "associazione di famiglie"});
        add(Category::FamilyForum, {"forum delle famiglie", "forum famiglie", "forum"});
        add(Category::ReligiousBody,
            {"ente religioso", "enti religiosi", "enti riconosciuti dalle confessioni religiose",
             "ente ecclesiastico", "parrocchia"});
        add(Category::Other, {"altro", "altri enti", "altri", "nessuna"});
        return out;
    }();
    return names;
}

} // namespace

QString ImportValues::folded(const QString &text)
{
    // NFKD splits "à" into "a" + combining grave, which the pattern below then drops.
    QString out = text.normalized(QString::NormalizationForm_KD).toLower();
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    out.replace(nonWord, QStringLiteral(" "));
    return out.trimmed();
}

std::optional<Category> ImportValues::category(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Category::Other;
    if (auto byId = Categories::fromId(trimmed.toLower()))
        return byId;
    const QString key = folded(trimmed).remove(QLatin1Char(' '));
    if (auto it = categoryNames().constFind(key); it != categoryNames().constEnd())
        return it.value();
    for (Category c : Categories::all()) {
        if (folded(Categories::label(c)).remove(QLatin1Char(' ')) == key)
            return c;
    }
    return std::nullopt;
}

std::optional<bool> ImportValues::boolean(const QString &text, bool fallback)
{
    const QString key = folded(text);
    if (key.isEmpty())
        return fallback;
    static const QStringList yes {
        QStringLiteral("si"), QStringLiteral("s"), QStringLiteral("yes"),  QStringLiteral("y"),
        QStringLiteral("x"),  QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("vero")};
    static const QStringList no {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0"),
                                 QStringLiteral("false"), QStringLiteral("falso")};
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

QString ImportValues::singleLine(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    return QString(text).replace(breaks, QStringLiteral(" ")).trimmed();
}

QString ImportValues::multiLine(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out.trimmed();
}

} // namespace tavolo

#include "documentsettings.h"

#include "core/documents/letterrenderer.h"
#include "core/documents/logoimage.h"
#include "core/domain/contact.h"
#include "core/storage/archive.h"
#include "core/storage/documentsettingsstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QStandardPaths>

namespace tavolo {

namespace {

const QString kLogo = QStringLiteral("logo");
const QString kTemplate = QStringLiteral("letterTemplate");
const QString kSignature = QStringLiteral("signature");
const QString kLettersToSignatory = QStringLiteral("lettersToSignatory");
const QString kSocialDirector = QStringLiteral("aslSocialDirectorTitle");
const QString kDistrictDirector = QStringLiteral("aslDistrictDirectorTitle");

} // namespace

DocumentSettings::DocumentSettings(Archive &archive)
    : m_archive(archive)
{ }

QStringList DocumentSettings::keys()
{
    return {QStringLiteral("enteName"),
            QStringLiteral("officeName"),
            QStringLiteral("address"),
            QStringLiteral("contacts"),
            QStringLiteral("officePec"),
            QStringLiteral("signatoryName"),
            QStringLiteral("signatoryTitle"),
            QStringLiteral("place"),
            QStringLiteral("districtName"),
            kSignature,
            kLettersToSignatory,
            kSocialDirector,
            kDistrictDirector};
}

QStringList DocumentSettings::choices(const QString &key)
{
    if (key == kSignature)
        return {QStringLiteral("printed"), QStringLiteral("digital")};
    if (key == kLettersToSignatory)
        return {QStringLiteral("no"), QStringLiteral("yes")};
    return {};
}

QString DocumentSettings::officeTitle(Office office) const
{
    // The documents are Italian whatever the interface language (architecture.md): these
    // are document text, not translations of Offices::label().
    const auto values = DocumentSettingsStore(m_archive).all();
    auto setting = [&](const QString &key, const QString &fallback) {
        const QString v = values.value(key).toString();
        return v.isEmpty() ? fallback : v;
    };
    switch (office) {
    case Office::MayorsPresident:
        return QStringLiteral("Presidente dell'Assemblea dei Sindaci");
    case Office::PlanningOfficeHead:
        return QStringLiteral("Responsabile dell'Ufficio di Piano");
    case Office::AslSocialDirector:
        return setting(kSocialDirector, QStringLiteral("Direttore Sociale dell'ASL"));
    case Office::AslDistrictDirector:
        return setting(kDistrictDirector, QStringLiteral("Direttore di Distretto dell'ASL"));
    }
    return {};
}

bool DocumentSettings::lettersToSignatory() const
{
    return DocumentSettingsStore(m_archive).all().value(kLettersToSignatory).toString()
        == QLatin1String("yes");
}

documents::Letterhead DocumentSettings::letterhead() const
{
    const auto values = DocumentSettingsStore(m_archive).all();
    auto text = [&](const char *key, const QString &fallback) {
        const QString v = values.value(QLatin1String(key)).toString();
        return v.isEmpty() ? fallback : v;
    };
    documents::Letterhead l;
    // Document text: Italian whatever the interface language (architecture.md).
    l.enteName = text("enteName", QStringLiteral("Ente capofila dell'Ambito"));
    l.officeName = text("officeName", QStringLiteral("Ufficio di Piano"));
    l.address = text("address", QString());
    l.contacts = text("contacts", QString());
    l.officePec = text("officePec", QString());
    l.signatoryName = text("signatoryName", QString());
    l.signatoryTitle =
        text("signatoryTitle", QStringLiteral("Il Responsabile dell'Ufficio di Piano"));
    l.place = text("place", QString());
    l.signature = values.value(kSignature).toString() == QLatin1String("digital")
        ? documents::Letterhead::Signature::Digital
        : documents::Letterhead::Signature::Printed;
    // The logo lives in the archive and goes to the renderer in memory: a shared cache file
    // mixed the logos of two archives exported at once.
    l.logoImage = values.value(kLogo).toByteArray();
    return l;
}

QMap<QString, QString> DocumentSettings::values() const
{
    const documents::Letterhead l = letterhead();
    return {
        {QStringLiteral("enteName"), l.enteName},
        {QStringLiteral("officeName"), l.officeName},
        {QStringLiteral("address"), l.address},
        {QStringLiteral("contacts"), l.contacts},
        {QStringLiteral("officePec"), l.officePec},
        {QStringLiteral("signatoryName"), l.signatoryName},
        {QStringLiteral("signatoryTitle"), l.signatoryTitle},
        {QStringLiteral("place"), l.place},
        {QStringLiteral("districtName"), districtName()},
        {kSignature,
         l.signature == documents::Letterhead::Signature::Digital ? QStringLiteral("digital")
                                                                  : QStringLiteral("printed")},
        {kLettersToSignatory, lettersToSignatory() ? QStringLiteral("yes") : QStringLiteral("no")},
        {kSocialDirector, officeTitle(Office::AslSocialDirector)},
        {kDistrictDirector, officeTitle(Office::AslDistrictDirector)}};
}

documents::LetterTemplate DocumentSettings::letterTemplate() const
{
    const QString html = DocumentSettingsStore(m_archive).all().value(kTemplate).toString();
    return html.isEmpty() ? documents::LetterTemplate::italianDefault()
                          : documents::LetterTemplate(html);
}

QString DocumentSettings::districtName() const
{
    return DocumentSettingsStore(m_archive).all().value(QStringLiteral("districtName")).toString();
}

Result<Done> DocumentSettings::set(const QMap<QString, QString> &values)
{
    QMap<QString, QVariant> stored;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!keys().contains(it.key()))
            return Result<Done>::refused(
                Problem::refused(QStringLiteral("INPUT"),
                                 tr("\"%1\" is not a letterhead setting; the settings are: %2.")
                                     .arg(it.key(), keys().join(QStringLiteral(", ")))));
        const QString value = it.value().trimmed();
        // Checked like the register's fields: the PEC goes into the calendar file as an
        // address, and a line break in a one-line field would start a new line there.
        const bool multiLine =
            it.key() == QLatin1String("address") || it.key() == QLatin1String("contacts");
        if (!multiLine && (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))))
            return Result<Done>::refused(Problem::refused(
                QStringLiteral("INPUT"),
                tr("The letterhead setting \"%1\" is one line: remove the line break.")
                    .arg(it.key()),
                it.key()));
        if (const int limit = multiLine ? 500 : 200; value.size() > limit)
            return Result<Done>::refused(Problem::refused(
                QStringLiteral("INPUT"),
                tr("The letterhead setting \"%1\" is %2 characters long; it takes at most %3.")
                    .arg(it.key())
                    .arg(value.size())
                    .arg(limit),
                it.key()));
        if (it.key() == QLatin1String("officePec")) {
            if (auto error = Contact::pecError(value))
                return Result<Done>::refused(
                    Problem::refused(QStringLiteral("PEC"), *error, it.key()));
        }
        const QStringList allowed = choices(it.key());
        if (!allowed.isEmpty() && !value.isEmpty() && !allowed.contains(value))
            return Result<Done>::refused(
                Problem::refused(QStringLiteral("INPUT"),
                                 tr("\"%1\" is not a value of %2; the values are: %3.")
                                     .arg(value, it.key(), allowed.join(QStringLiteral(", ")))));
        stored.insert(it.key(), value.isEmpty() ? QVariant() : QVariant(value));
    }
    return DocumentSettingsStore(m_archive).set(stored);
}

Result<Done> DocumentSettings::setLogo(const QString &imagePath)
{
    QFile file(imagePath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Done>::refused(Problem::refused(QStringLiteral("INPUT"), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (documents::logoimage::refersOutside(bytes))
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("INPUT"),
            tr("\"%1\" is an SVG drawing that includes other files (an image or an entity it "
               "refers to): they would travel in every letter. Save it as PNG, or as an SVG "
               "with its pictures embedded.")
                .arg(imagePath)));
    if (documents::logoimage::read(bytes).isNull())
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("INPUT"),
            tr("\"%1\" is not an image that can be read (PNG, JPEG, SVG).").arg(imagePath)));
    return DocumentSettingsStore(m_archive).set({{kLogo, bytes}});
}

Result<Done> DocumentSettings::setTemplate(const QString &htmlPath)
{
    auto loaded = documents::LetterTemplate::fromFile(htmlPath);
    if (!loaded)
        return Result<Done>::from(loaded);
    return setTemplateHtml(loaded.value().html());
}

Result<Done> DocumentSettings::setTemplateHtml(const QString &html)
{
    if (html.trimmed().isEmpty())
        return Result<Done>::refused(
            Problem::refused(QStringLiteral("TEMPLATE"), tr("The letter template is empty.")));
    const documents::LetterTemplate candidate(html);
    const Problems problems = candidate.validate(documents::LetterRenderer::valueNames(),
                                                 documents::LetterRenderer::flagNames());
    if (hasRefusal(problems))
        return Result<Done>::refused(problems);
    return DocumentSettingsStore(m_archive).set({{kTemplate, html}});
}

Result<Done> DocumentSettings::resetTemplate()
{
    // No stored template means the default (letterTemplate()), so a later, better default
    // reaches the archives that never customised it.
    return DocumentSettingsStore(m_archive).set({{kTemplate, QVariant()}});
}

} // namespace tavolo

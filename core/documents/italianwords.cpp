#include "italianwords.h"

#include <QHash>
#include <QStringList>

namespace tavolo::documents::italian {

namespace {

bool startsWithVowel(const QString &text)
{
    return !text.isEmpty() && QStringLiteral("AEIOUaeiouÈÉèé").contains(text.front());
}

bool isFeminineTitle(const QString &word)
{
    const QString w = word.toLower();
    return w.endsWith(QLatin1String("essa")) || w.endsWith(QLatin1String("ice"))
        || (w.endsWith(QLatin1Char('a')) && w != QLatin1String("presidenza"));
}

QString firstWord(const QString &text)
{
    return text.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char(','));
}

} // namespace

QString numberInWords(int n)
{
    static const QStringList units = {
        QStringLiteral("zero"),     QStringLiteral("uno"),       QStringLiteral("due"),
        QStringLiteral("tre"),      QStringLiteral("quattro"),   QStringLiteral("cinque"),
        QStringLiteral("sei"),      QStringLiteral("sette"),     QStringLiteral("otto"),
        QStringLiteral("nove"),     QStringLiteral("dieci"),     QStringLiteral("undici"),
        QStringLiteral("dodici"),   QStringLiteral("tredici"),   QStringLiteral("quattordici"),
        QStringLiteral("quindici"), QStringLiteral("sedici"),    QStringLiteral("diciassette"),
        QStringLiteral("diciotto"), QStringLiteral("diciannove")};
    static const QStringList tens = {QString(),
                                     QString(),
                                     QStringLiteral("venti"),
                                     QStringLiteral("trenta"),
                                     QStringLiteral("quaranta"),
                                     QStringLiteral("cinquanta"),
                                     QStringLiteral("sessanta"),
                                     QStringLiteral("settanta"),
                                     QStringLiteral("ottanta"),
                                     QStringLiteral("novanta")};
    if (n < 0 || n >= 100)
        return QString::number(n);
    if (n < 20)
        return units.at(n);
    QString word = tens.at(n / 10);
    const int unit = n % 10;
    if (unit == 1 || unit == 8)
        word.chop(1); // ventuno, trentotto
    if (unit == 3)
        return word + QStringLiteral("tré");
    return unit == 0 ? word : word + units.at(unit);
}

QString articulated(const QString &preposition, const QString &title)
{
    const QString stem =
        preposition == QLatin1String("da") ? QStringLiteral("da") : QStringLiteral("de");
    const QString word = firstWord(title);
    if (startsWithVowel(word))
        return stem + QStringLiteral("ll'") + title;
    return stem + (isFeminineTitle(word) ? QStringLiteral("lla ") : QStringLiteral("l ")) + title;
}

QString placeArticle(const QString &place)
{
    // The nouns that open the place of a meeting in the archives seen so far; the article is
    // added only when the noun is known, never guessed.
    static const QHash<QString, QString> articles = {
        {QStringLiteral("sala"), QStringLiteral("la ")},
        {QStringLiteral("sede"), QStringLiteral("la ")},
        {QStringLiteral("biblioteca"), QStringLiteral("la ")},
        {QStringLiteral("casa"), QStringLiteral("la ")},
        {QStringLiteral("scuola"), QStringLiteral("la ")},
        {QStringLiteral("residenza"), QStringLiteral("la ")},
        {QStringLiteral("aula"), QStringLiteral("l'")},
        {QStringLiteral("auditorium"), QStringLiteral("l'")},
        {QStringLiteral("istituto"), QStringLiteral("l'")},
        {QStringLiteral("ufficio"), QStringLiteral("l'")},
        {QStringLiteral("ospedale"), QStringLiteral("l'")},
        {QStringLiteral("asl"), QStringLiteral("l'")},
        {QStringLiteral("ats"), QStringLiteral("l'")},
        {QStringLiteral("asst"), QStringLiteral("l'")},
        {QStringLiteral("palazzo"), QStringLiteral("il ")},
        {QStringLiteral("municipio"), QStringLiteral("il ")},
        {QStringLiteral("centro"), QStringLiteral("il ")},
        {QStringLiteral("comune"), QStringLiteral("il ")},
        {QStringLiteral("salone"), QStringLiteral("il ")},
        {QStringLiteral("teatro"), QStringLiteral("il ")},
    };
    return articles.value(firstWord(place.trimmed()).toLower());
}

QString withoutFinalStop(const QString &text)
{
    QString out = text.trimmed();
    while (out.endsWith(QLatin1Char('.')) && !out.endsWith(QLatin1String("...")))
        out.chop(1);
    return out;
}

QString districtSuffix(const QString &district)
{
    const QString d = district.trimmed();
    if (d.isEmpty())
        return {};
    return startsWithVowel(d) ? QStringLiteral(" dell'") + d : QStringLiteral(" – ") + d;
}

QString meetingKindLabel(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Ordinary:
        return QStringLiteral("seduta ordinaria");
    case MeetingKind::Requested:
        return QStringLiteral("seduta straordinaria");
    case MeetingKind::Joint:
        return QStringLiteral("seduta congiunta");
    }
    return {};
}

QString planningBody(const PlanningInfo &planning)
{
    const QString named = planning.tableName.trimmed().isEmpty()
        ? QString()
        : QStringLiteral(" «%1»").arg(planning.tableName.trimmed());
    QString body;
    if (!planning.kind)
        return {};
    switch (*planning.kind) {
    case TableKind::Target:
        body = QStringLiteral("tavolo di lavoro") + named;
        break;
    case TableKind::Plenary:
        body = named.isEmpty() ? QStringLiteral("plenaria dei tavoli di programmazione")
                               : QStringLiteral("plenaria") + named;
        break;
    case TableKind::CoProgramming:
        body = QStringLiteral("tavolo di co-programmazione") + named;
        break;
    }
    const QString area = planning.areaName.trimmed();
    if (area.isEmpty())
        return body;
    if (planning.level == PlanningInfo::Level::SubArea)
        return body + QStringLiteral(" del sub-ambito ") + area;
    // The district's name as the letterhead's settings keep it may already say "Ambito di …".
    return body
        + (area.startsWith(QLatin1String("Ambito"), Qt::CaseInsensitive)
               ? QStringLiteral(" dell'")
               : QStringLiteral(" dell'Ambito "))
        + area;
}

QString meetingName(const MeetingDocumentData &meeting)
{
    if (meeting.isPlanningMeeting()) {
        const QString body = planningBody(meeting.planning);
        return meeting.planning.kind == TableKind::Plenary ? QStringLiteral("seduta ") + body
                                                           : QStringLiteral("seduta del ") + body;
    }
    QString body = meeting.isGroupMeeting()
        ? QStringLiteral("riunione del gruppo di lavoro «%1»").arg(meeting.groupName)
        : meetingKindLabel(meeting.kind);
    return body + QStringLiteral(" del ") + meeting.tableName
        + districtSuffix(meeting.districtName);
}

QString meetingTitle(const MeetingDocumentData &meeting)
{
    QString title = meetingName(meeting);
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

} // namespace tavolo::documents::italian

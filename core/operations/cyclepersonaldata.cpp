#include "cyclepersonaldata.h"

#include "core/storage/archive.h"
#include "core/storage/historystore.h"
#include "fields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tavolo {

namespace {

QJsonValue optionalId(const std::optional<qint64> &id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QJsonArray participations(const History &h, qint64 id)
{
    QJsonArray out;
    for (const PlanningTable &t : h.tables)
        for (const TableParticipant &p : t.participants)
            if (p.personId == id) {
                const PlanningCycle *cycle = h.cycle(t.cycleId);
                out << QJsonObject {{QStringLiteral("table"), t.id},
                                    {QStringLiteral("tableName"), t.name},
                                    {QStringLiteral("cycle"), cycle ? cycle->name : QString()},
                                    {QStringLiteral("from"), Fields::dateValue(p.period.from)},
                                    {QStringLiteral("to"), Fields::dateValue(p.period.to)},
                                    {QStringLiteral("submission"), optionalId(p.submissionId)}};
            }
    return out;
}

QJsonArray submissions(const History &h, qint64 id)
{
    QJsonArray out;
    for (const Submission &s : h.submissions) {
        QJsonArray roles;
        if (s.personId == id)
            roles << QStringLiteral("sender");
        if (s.contactId == id)
            roles << QStringLiteral("contact");
        if (roles.isEmpty())
            continue;
        const Call *call = h.call(s.callId);
        out << QJsonObject {
            {QStringLiteral("submission"), s.id},
            {QStringLiteral("call"), call ? call->title : QString()},
            {QStringLiteral("form"), s.form},
            {QStringLiteral("organisation"),
             s.organisationId ? h.organisationName(*s.organisationId) : QString()},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("received"), s.received.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"))},
            {QStringLiteral("protocol"), s.protocol},
            {QStringLiteral("decision"), CycleTerms::decisionId(s.decision)},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("notes"), s.notes}};
    }
    return out;
}

} // namespace

QJsonValue CyclePersonalData::section(Archive &archive, qint64 personId)
{
    const History h = HistoryStore(archive).load();
    return QJsonObject {{QStringLiteral("tableParticipations"), participations(h, personId)},
                        {QStringLiteral("submissions"), submissions(h, personId)}};
}

Problems CyclePersonalData::currentUse(Archive &archive, qint64 personId, const QDate &today)
{
    const History h = HistoryStore(archive).load();
    QStringList tables;
    for (const PlanningTable &t : h.tables) {
        // A participation left open ends with its cycle: a closed triennio holds no one.
        const PlanningCycle *cycle = h.cycle(t.cycleId);
        if (cycle && !cycle->period.endsOnOrAfter(today))
            continue;
        for (const TableParticipant &p : t.participants)
            if (p.personId == personId && p.period.endsOnOrAfter(today))
                tables << (cycle ? tr("«%1» (%2)").arg(t.name, cycle->name)
                                 : tr("«%1»").arg(t.name));
    }
    if (tables.isEmpty())
        return {};
    return {Problem::refused(
        QStringLiteral("IN-USE"),
        tr("%1 cannot be anonymised while still taking part in a planning table of the Piano di "
           "Zona: %2. End those participations first (table.participant.end); the history "
           "stays, under the pseudonym.")
            .arg(h.personName(personId), tables.join(QStringLiteral("; "))),
        QStringLiteral("person"))};
}

} // namespace tavolo

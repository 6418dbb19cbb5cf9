#include "objectivestore.h"

#include "core/rules/objectiverules.h"
#include "ruledwrite.h"
#include "sql.h"

namespace tavolo {

namespace {

QVariantMap phaseDays(const ObjectivePhase &p)
{
    return {
        {QStringLiteral("planned_from"), sql::day(p.planned.from)},
        {QStringLiteral("planned_to"), sql::day(p.planned.to)},
        {QStringLiteral("actual_from"), sql::day(p.actualStart)},
        {QStringLiteral("actual_to"), sql::day(p.actualEnd)},
        {QStringLiteral("responsible"), sql::nullable(p.responsible.trimmed())},
        {QStringLiteral("responsibility_centre"), sql::nullable(p.responsibilityCentre.trimmed())},
        {QStringLiteral("notes"), sql::nullable(p.notes.trimmed())},
        {QStringLiteral("progress"), p.progress}};
}

} // namespace

ObjectiveStore::ObjectiveStore(Archive &archive)
    : m_archive(archive)
{ }

Result<qint64> ObjectiveStore::add(const Objective &o)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return ObjectiveRules::addProblems(h, o); },
        [&](const History &, Done) -> Result<qint64> {
            const QSqlDatabase db = sql::database(m_archive);
            auto id = sql::insert(
                db, QStringLiteral("objectives"),
                {{QStringLiteral("code"), o.code.trimmed()},
                 {QStringLiteral("title"), o.title.trimmed()},
                 {QStringLiteral("type"), sql::nullable(o.type.trimmed())},
                 {QStringLiteral("classification"), sql::nullable(o.classification.trimmed())},
                 {QStringLiteral("direction"), sql::nullable(o.direction.trimmed())},
                 {QStringLiteral("director"), sql::nullable(o.director.trimmed())},
                 {QStringLiteral("service"), sql::nullable(o.service.trimmed())},
                 {QStringLiteral("manager"), sql::nullable(o.manager.trimmed())},
                 {QStringLiteral("dup_direction_code"),
                  sql::nullable(o.strategicDirection.code.trimmed())},
                 {QStringLiteral("dup_direction_title"),
                  sql::nullable(o.strategicDirection.title.trimmed())},
                 {QStringLiteral("dup_objective_code"),
                  sql::nullable(o.strategicObjective.code.trimmed())},
                 {QStringLiteral("dup_objective_title"),
                  sql::nullable(o.strategicObjective.title.trimmed())},
                 {QStringLiteral("first_year"), o.firstYear},
                 {QStringLiteral("last_year"), o.lastYear},
                 {QStringLiteral("description"), sql::nullable(o.description.trimmed())}});
            if (!id)
                return id;
            int number = 0;
            for (const ObjectivePhase &p : o.phases) {
                QVariantMap row = phaseDays(p);
                row.insert(QStringLiteral("objective_id"), id.value());
                row.insert(QStringLiteral("number"), ++number);
                row.insert(QStringLiteral("description"), p.description.trimmed());
                row.insert(QStringLiteral("weight"), p.weight);
                if (auto done = sql::insert(db, QStringLiteral("objective_phases"), row); !done)
                    return done;
            }
            number = 0;
            for (const Indicator &i : o.indicators)
                if (auto done =
                        sql::insert(db, QStringLiteral("objective_indicators"),
                                    {{QStringLiteral("objective_id"), id.value()},
                                     {QStringLiteral("number"), ++number},
                                     {QStringLiteral("description"), i.description.trimmed()},
                                     {QStringLiteral("type"), sql::nullable(i.type.trimmed())},
                                     {QStringLiteral("expected"), i.expected.text()},
                                     {QStringLiteral("measure"), sql::nullable(i.measure)},
                                     {QStringLiteral("cycle_id"), sql::nullable(i.cycleId)}});
                    !done)
                    return done;
            return id;
        });
}

Result<qint64> ObjectiveStore::updatePhase(const ObjectivePhase &p)
{
    return ruledWrite(
        m_archive, [&](const History &h) { return ObjectiveRules::phaseProblems(h, p); },
        [&](const History &, Done) -> Result<qint64> {
            const auto done = sql::update(sql::database(m_archive),
                                          QStringLiteral("objective_phases"), p.id, phaseDays(p));
            return done ? Result<qint64>::ok(p.id) : Result<qint64>::from(done);
        });
}

Result<qint64> ObjectiveStore::record(qint64 indicatorId, const IndicatorReading &r)
{
    return ruledWrite(
        m_archive,
        [&](const History &h) { return ObjectiveRules::readingProblems(h, indicatorId, r); },
        [&](const History &, Done) {
            return sql::insert(sql::database(m_archive), QStringLiteral("indicator_readings"),
                               {{QStringLiteral("indicator_id"), indicatorId},
                                {QStringLiteral("date"), sql::day(r.date)},
                                {QStringLiteral("value"), r.value.text()},
                                {QStringLiteral("note"), sql::nullable(r.note.trimmed())}});
        });
}

} // namespace tavolo

#include "objectivehistory.h"

#include "rows.h"

namespace tavolo {

namespace {

Objective *objectiveOf(History &h, qint64 id)
{
    for (Objective &o : h.objectives)
        if (o.id == id)
            return &o;
    return nullptr;
}

Indicator *indicatorOf(History &h, qint64 id)
{
    for (Objective &o : h.objectives)
        for (Indicator &i : o.indicators)
            if (i.id == id)
                return &i;
    return nullptr;
}

Quantity quantityOf(const QVariant &text)
{
    return Quantity::parse(text.toString()).value_or(Quantity {});
}

} // namespace

ObjectiveHistory::ObjectiveHistory(const Archive &archive)
    : m_archive(archive)
{ }

void ObjectiveHistory::load(History &h) const
{
    const QSqlDatabase db = sql::database(m_archive);
    rows::each(db,
               QStringLiteral("SELECT id, code, title, type, classification, direction, "
                              "director, service, manager, dup_direction_code, "
                              "dup_direction_title, dup_objective_code, dup_objective_title, "
                              "first_year, last_year, description FROM objectives "
                              "ORDER BY first_year, code"),
               [&](const QSqlQuery &q) {
                   Objective o;
                   o.id = q.value(0).toLongLong();
                   o.code = q.value(1).toString();
                   o.title = q.value(2).toString();
                   o.type = q.value(3).toString();
                   o.classification = q.value(4).toString();
                   o.direction = q.value(5).toString();
                   o.director = q.value(6).toString();
                   o.service = q.value(7).toString();
                   o.manager = q.value(8).toString();
                   o.strategicDirection = {q.value(9).toString(), q.value(10).toString()};
                   o.strategicObjective = {q.value(11).toString(), q.value(12).toString()};
                   o.firstYear = q.value(13).toInt();
                   o.lastYear = q.value(14).toInt();
                   o.description = q.value(15).toString();
                   h.objectives << o;
               });
    rows::each(db,
               QStringLiteral("SELECT id, objective_id, number, description, weight, "
                              "planned_from, planned_to, actual_from, actual_to, responsible, "
                              "responsibility_centre, notes, progress FROM objective_phases "
                              "ORDER BY objective_id, number"),
               [&](const QSqlQuery &q) {
                   Objective *o = objectiveOf(h, q.value(1).toLongLong());
                   if (!o)
                       return;
                   ObjectivePhase p;
                   p.id = q.value(0).toLongLong();
                   p.number = q.value(2).toInt();
                   p.description = q.value(3).toString();
                   p.weight = q.value(4).toDouble();
                   p.planned = {sql::dayOf(q.value(5)), sql::dayOf(q.value(6))};
                   p.actualStart = sql::dayOf(q.value(7));
                   p.actualEnd = sql::dayOf(q.value(8));
                   p.responsible = q.value(9).toString();
                   p.responsibilityCentre = q.value(10).toString();
                   p.notes = q.value(11).toString();
                   p.progress = q.value(12).toDouble();
                   o->phases << p;
               });
    rows::each(db,
               QStringLiteral("SELECT id, objective_id, number, description, type, expected, "
                              "measure, cycle_id FROM objective_indicators "
                              "ORDER BY objective_id, number"),
               [&](const QSqlQuery &q) {
                   Objective *o = objectiveOf(h, q.value(1).toLongLong());
                   if (!o)
                       return;
                   Indicator i;
                   i.id = q.value(0).toLongLong();
                   i.number = q.value(2).toInt();
                   i.description = q.value(3).toString();
                   i.type = q.value(4).toString();
                   i.expected = quantityOf(q.value(5));
                   i.measure = q.value(6).toString();
                   i.cycleId = rows::idOf(q.value(7));
                   o->indicators << i;
               });
    rows::each(db,
               QStringLiteral("SELECT id, indicator_id, date, value, note FROM "
                              "indicator_readings ORDER BY indicator_id, date, id"),
               [&](const QSqlQuery &q) {
                   if (Indicator *i = indicatorOf(h, q.value(1).toLongLong()))
                       i->readings
                           << IndicatorReading {q.value(0).toLongLong(), sql::dayOf(q.value(2)),
                                                quantityOf(q.value(3)), q.value(4).toString()};
               });
}

} // namespace tavolo

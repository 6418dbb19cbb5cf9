#include "objectiveops.h"

#include "core/storage/historystore.h"
#include "core/storage/objectivestore.h"
#include "objectivefields.h"
#include "registry.h"
#include "tavolofields.h"

namespace tavolo {

namespace {

const QString kObjective = QStringLiteral("objective");

Result<qint64> addObjective(OperationContext &c, Fields &f)
{
    Objective o;
    o.code = f.requiredText(QStringLiteral("code"));
    o.title = f.requiredText(QStringLiteral("title"));
    o.type = f.text(QStringLiteral("type"));
    o.classification = f.text(QStringLiteral("classification"));
    o.direction = f.text(QStringLiteral("direction"));
    o.director = f.text(QStringLiteral("director"));
    o.service = f.text(QStringLiteral("service"));
    o.manager = f.text(QStringLiteral("manager"));
    o.strategicDirection = ObjectiveFields::dupLink(f, QStringLiteral("strategicDirection"));
    o.strategicObjective = ObjectiveFields::dupLink(f, QStringLiteral("strategicObjective"));
    o.firstYear = int(ObjectiveFields::number(f, QStringLiteral("year"), true).value_or(0));
    o.lastYear = f.has(QStringLiteral("lastYear"))
        ? int(ObjectiveFields::number(f, QStringLiteral("lastYear"), true).value_or(0))
        : o.firstYear;
    o.description = f.text(QStringLiteral("description"));
    o.phases = ObjectiveFields::phases(f);
    o.indicators = ObjectiveFields::indicators(c, f);
    return TavoloFields::whenValid(f, [&] { return ObjectiveStore(c.archive()).add(o); });
}

// "phase": the phase's number in the objective (1, 2, …); only the fields given change.
Result<qint64> updatePhase(OperationContext &c, Fields &f)
{
    const History h = HistoryStore(c.archive()).load();
    const auto objective = ObjectiveFields::objective(c, f, h);
    const int number = int(ObjectiveFields::number(f, QStringLiteral("phase"), true).value_or(0));
    ObjectivePhase phase;
    if (objective) {
        if (const ObjectivePhase *p = objective->phase(number))
            phase = *p;
        else if (number > 0)
            f.refuse(Problem::refused(QStringLiteral("NOT-FOUND"),
                                      ObjectiveFields::tr("The objective %1 has no phase %2.")
                                          .arg(objective->code)
                                          .arg(number),
                                      QStringLiteral("phase")));
    }
    ObjectiveFields::phaseChanges(f, phase);
    return TavoloFields::whenValid(f,
                                   [&] { return ObjectiveStore(c.archive()).updatePhase(phase); });
}

// "indicator": the indicator's number in the objective (1, 2, …).
Result<qint64> recordIndicator(OperationContext &c, Fields &f)
{
    const History h = HistoryStore(c.archive()).load();
    const auto objective = ObjectiveFields::objective(c, f, h);
    const int number =
        int(ObjectiveFields::number(f, QStringLiteral("indicator"), true).value_or(0));
    qint64 indicatorId = 0;
    if (objective) {
        if (const Indicator *i = objective->indicator(number))
            indicatorId = i->id;
        else if (number > 0)
            f.refuse(Problem::refused(QStringLiteral("NOT-FOUND"),
                                      ObjectiveFields::tr("The objective %1 has no indicator %2.")
                                          .arg(objective->code)
                                          .arg(number),
                                      QStringLiteral("indicator")));
    }
    IndicatorReading r;
    r.date = f.requiredDate(QStringLiteral("date")).value_or(QDate());
    r.value = ObjectiveFields::quantity(f, QStringLiteral("value")).value_or(Quantity {});
    r.note = f.text(QStringLiteral("note"));
    return TavoloFields::whenValid(
        f, [&] { return ObjectiveStore(c.archive()).record(indicatorId, r); });
}

} // namespace

void registerObjectiveOperations(OperationRegistry &registry)
{
    registry.add(QStringLiteral("objective.add"), kObjective, addObjective);
    registry.add(QStringLiteral("phase.update"), QStringLiteral("phase"), updatePhase);
    registry.add(QStringLiteral("indicator.record"), QStringLiteral("reading"), recordIndicator);
}

} // namespace tavolo

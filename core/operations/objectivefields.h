#pragma once

#include "context.h"
#include "core/domain/history.h"
#include "fields.h"

#include <QCoreApplication>

namespace tavolo {

// Reading an objective's values from an operation's fields: the sheet's nested lists (phases,
// indicators) are read field by field like the operation itself, their problems named
// "phases.weight" and so on.
class ObjectiveFields
{
    Q_DECLARE_TR_FUNCTIONS(ObjectiveFields)
public:
    static std::optional<double> number(Fields &fields, const QString &name, bool required);
    // "2", 2, "80/15": a number or a ratio.
    static std::optional<Quantity> quantity(Fields &fields, const QString &name);
    // {code, title}
    static DupLink dupLink(Fields &fields, const QString &name);
    static QList<ObjectivePhase> phases(Fields &fields);
    static QList<Indicator> indicators(OperationContext &context, Fields &fields);
    // The phase's days, progress, responsible, centre and notes given in `fields` (the others
    // stay as in `phase`); a date given as null clears an actual day.
    static void phaseChanges(Fields &fields, ObjectivePhase &phase);

    // The objective named by the field "objective": its code, an id, or a ref set earlier in
    // the batch; a refusal when there is none.
    static std::optional<Objective> objective(OperationContext &context, Fields &fields,
                                              const History &history);

private:
    // Sets `day` from the field `name` when it is given; null clears it when `clearable`.
    static void changeDay(Fields &fields, const QString &name, QDate &day, bool clearable);
};

} // namespace tavolo

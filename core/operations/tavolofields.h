#pragma once

#include "context.h"
#include "core/domain/history.h"
#include "core/domain/result.h"

namespace tavolo {

// Reading the Tavolo's values from an operation's fields, shared by the operations that the
// Tavolo's rules govern (offices, designations, meetings, requests, groups).
class TavoloFields
{
    Q_DECLARE_TR_FUNCTIONS(TavoloFields)
public:
    static std::optional<Office> office(Fields &fields,
                                        const QString &name = QStringLiteral("office"));
    static Period period(Fields &fields); // "from" (required), "to"
    static QList<qint64> people(OperationContext &context, Fields &fields, const QString &name);
    // [{"person": …, "status": "present"}, …]
    static QHash<qint64, Attendance> attendance(OperationContext &context, Fields &fields);

    // Runs `save` only when every field was read without a problem.
    template<typename Save> static Result<qint64> whenValid(Fields &fields, Save save)
    {
        if (!fields.ok())
            return Result<qint64>::refused(fields.problems());
        return save();
    }
};

} // namespace tavolo

#pragma once

#include "context.h"
#include "core/domain/planningcycle.h"
#include "core/storage/cyclestore.h"
#include "fields.h"

#include <QCoreApplication>

namespace tavolo {

// Reading the participation cycle's values from an operation's fields: nested objects (sub-areas,
// acts, forms) are read field by field like the operation itself, their problems named
// "forms.deadline" and so on.
class CycleFields
{
    Q_DECLARE_TR_FUNCTIONS(CycleFields)
public:
    static QList<SubArea> subAreas(Fields &fields);
    // {date, actReference}; absent: nullopt.
    static std::optional<ActRecord> act(Fields &fields, const QString &name);
    static QList<CallForm> forms(Fields &fields);
    // YYYY-MM-DDTHH:MM
    static QDateTime moment(Fields &fields, const QString &name);
    // A list of refs or ids of planning tables.
    static QList<qint64> tables(OperationContext &context, Fields &fields);
    // A list of paths, read now and kept in the archive.
    static QList<StoredFile> files(Fields &fields);

private:
    // The nested object's problems, named after the list or object they are in.
    static void carry(Fields &outer, const Fields &inner, const QString &name);
};

} // namespace tavolo

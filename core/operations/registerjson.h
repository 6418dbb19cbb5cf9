#pragma once

#include "core/domain/organisation.h"
#include "core/domain/person.h"
#include "fields.h"

#include <QJsonObject>

namespace tavolo {

class OperationContext;

// The JSON form of the register's records, with the field names of domain.md. One table per
// record type serves both directions, so that `list` prints exactly what `apply` reads.
class RegisterJson
{
public:
    static QJsonObject toJson(const Organisation &organisation);
    static QJsonObject toJson(const Person &person);

    // Copies into `record` the fields present in `fields` (all of them for an add, those that
    // change for an update); wrong values are refused in `fields`.
    static void read(Fields &fields, Organisation &record);
    static void read(Fields &fields, OperationContext &context, Person &record);
};

} // namespace tavolo

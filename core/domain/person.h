#pragma once

#include "problem.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tavolo {

// A person of the register: a representative, an office holder, a delegate, a guest, a
// working-group participant.
struct Person
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString taxCode; // optional 16-character personal code
    QString email;
    QString pec;
    QString phone;
    std::optional<qint64> organisationId;
    QString notes;
    int version = 0; // of the stored row, checked on update (0: not checked)

    QString displayName() const; // "Mario Rossi"
    bool operator==(const Person &) const = default;
};

class PersonRules
{
    Q_DECLARE_TR_FUNCTIONS(PersonRules)
public:
    static Person normalised(Person person);
    static Problems validate(const Person &person);
};

} // namespace tavolo

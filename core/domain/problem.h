#pragma once

#include <QList>
#include <QString>

namespace tavolo {

// How serious a problem is: a refusal stops the operation, a warning lets it through.
enum class Severity { Refused, Warning };

QString severityId(Severity severity); // "refused" / "warning", as in the JSON of the CLI

// One thing wrong with an operation or a state, for the clerk to read. `rule` is a rule id of
// domain.md (R-A … R-J) or a data rule (TAX-CODE, REQUIRED, …); `message` is already translated.
struct Problem
{
    QString rule;
    Severity severity = Severity::Refused;
    QString message;
    QString field; // the input field concerned, when there is one (for the UI to mark it)

    static Problem refused(const QString &rule, const QString &message, const QString &field = {});
    static Problem warning(const QString &rule, const QString &message, const QString &field = {});
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

bool hasRefusal(const Problems &problems);
Problems refusalsOf(const Problems &problems);
Problems warningsOf(const Problems &problems);
QString describe(const Problems &problems); // one line per problem, for logs and the CLI

} // namespace tavolo

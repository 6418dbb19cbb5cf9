#include "problem.h"

#include <algorithm>

namespace tavolo {

QString severityId(Severity severity)
{
    return severity == Severity::Refused ? QStringLiteral("refused") : QStringLiteral("warning");
}

Problem Problem::refused(const QString &rule, const QString &message, const QString &field)
{
    return Problem {rule, Severity::Refused, message, field};
}

Problem Problem::warning(const QString &rule, const QString &message, const QString &field)
{
    return Problem {rule, Severity::Warning, message, field};
}

bool hasRefusal(const Problems &problems)
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem &p) { return p.severity == Severity::Refused; });
}

static Problems filtered(const Problems &problems, Severity severity)
{
    Problems out;
    std::copy_if(problems.begin(), problems.end(), std::back_inserter(out),
                 [severity](const Problem &p) { return p.severity == severity; });
    return out;
}

Problems refusalsOf(const Problems &problems)
{
    return filtered(problems, Severity::Refused);
}

Problems warningsOf(const Problems &problems)
{
    return filtered(problems, Severity::Warning);
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << QStringLiteral("[%1, %2] %3").arg(p.rule, severityId(p.severity), p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tavolo

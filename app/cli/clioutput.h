#pragma once

#include "core/domain/problem.h"

#include <QJsonValue>
#include <QTextStream>

namespace tavolo::cli {

// Standard output and standard error as UTF-8 text streams, flushed line by line so that a
// script reading the output sees each result as soon as it is committed.
class Output
{
public:
    Output();

    void line(const QString &text); // standard output
    void error(const QString &text); // standard error
    void problems(const Problems &problems);
    void json(const QJsonValue &value); // an object or array, indented, on standard output

private:
    QTextStream m_out;
    QTextStream m_err;
};

// Exit codes of tavolo-cli.
enum ExitCode { Success = 0, Refused = 1, UsageError = 2, ArchiveError = 3 };

} // namespace tavolo::cli

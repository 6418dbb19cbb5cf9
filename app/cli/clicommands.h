#pragma once

#include "clioutput.h"

#include <QCoreApplication>
#include <QStringList>

namespace tavolo::cli {

// What every command gets: the archive path (already resolved) and its own arguments
// (the command name first).
struct Invocation
{
    QString archivePath;
    QStringList arguments;
};

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
public:
    static int init(const Invocation &invocation, Output &out);
    static int apply(const Invocation &invocation, Output &out);
    static int list(const Invocation &invocation, Output &out); // "org list", "person list"
    static int backup(const Invocation &invocation, Output &out);
    static int restore(const Invocation &invocation, Output &out);
};

} // namespace tavolo::cli

#pragma once

#include "clicommands.h"

#include <QStringList>
#include <span>

namespace tavolo::cli {

// One command of tavolo-cli: the help and the dispatch are both built from the table of these
// (commandtable.cpp), so a new command is one entry there.
struct Command
{
    const char *name; // the first argument: "export"
    const char *summary; // one line for the list of commands (translated, context "Commands")
    const char *usage; // what follows "tavolo-cli [--db FILE] ", one line per form (translated)
    int (*run)(const Invocation &, Output &);
    bool documents = false; // writes documents: needs a QGuiApplication (fonts, QPdfWriter)
};

namespace CommandTable {

std::span<const Command> all();
const Command *find(const QString &name);
// The commands whose names are nearest to a mistyped one (a typo or two, or a prefix).
QStringList closest(const QString &name);
// The list of commands with their summaries, for --help and `help`.
QString overview();
// "Usage: tavolo-cli [--db FILE] …", every form of the command on its own line.
QString usage(const Command &command);

} // namespace CommandTable

} // namespace tavolo::cli

#pragma once

#include "clioutput.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

class QCommandLineOption;
class QCommandLineParser;
class QDate;

namespace tavolo {
class Archive;
class Presence;
} // namespace tavolo

namespace tavolo::cli {

// What every command gets: the archive path (already resolved) and its own arguments
// (the command name first).
struct Invocation
{
    QString archivePath;
    QStringList arguments;

    // Parses the command's own options (QCommandLineParser wants a program name first).
    bool parse(QCommandLineParser &parser) const;
};

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
public:
    // Opens the archive the invocation names, which must exist; prints the refusal otherwise.
    static bool openExisting(Archive &archive, const Invocation &invocation, Output &out);
    // A command that changes an existing archive announces itself beside it (Presence) for as
    // long as the returned object lives, so that a clerk's window names it among those who
    // have the archive open; reading commands return null.
    static std::unique_ptr<Presence> announceWrite(const Invocation &invocation);
    // Prints the parser's error when there is one, else the invoked command's usage (from the
    // command table); returns UsageError.
    static int usageError(const Invocation &invocation, Output &out,
                          const QString &parserError = {});
    // The "--date YYYY-MM-DD" option of the commands that answer as of a day, and the day it
    // names: today (the Clock's) when not given, an invalid date when not a day.
    static QCommandLineOption asOfOption();
    static QDate asOfDay(const QCommandLineParser &parser, const QCommandLineOption &date);
    // Says that no command has this name, naming the closest ones; returns UsageError.
    static int unknownCommand(const QString &name, Output &out);

    // The commands, as listed in the command table (commandtable.cpp).

    static int init(const Invocation &invocation, Output &out);
    static int apply(const Invocation &invocation, Output &out);
    static int list(const Invocation &invocation, Output &out); // "org list", "person list"
    static int person(const Invocation &invocation, Output &out); // list, export or anonymise
    static int check(const Invocation &invocation, Output &out); // composition and problems
    static int letterhead(const Invocation &invocation, Output &out); // letterhead settings
    static int exportDocuments(const Invocation &invocation, Output &out); // letters, sheets, ics
    static int audit(const Invocation &invocation, Output &out);
    static int import(const Invocation &invocation, Output &out); // "import orgs|people FILE"
    static int personData(const Invocation &invocation, Output &out); // "person export|anonymise"
    static int backup(const Invocation &invocation, Output &out);
    static int restore(const Invocation &invocation, Output &out);
    static int copy(const Invocation &invocation, Output &out); // a file onto the office server
    static int help(const Invocation &invocation, Output &out); // "help [COMMAND]"
    static int cycle(const Invocation &invocation, Output &out); // "cycle list|attendance"
    static int call(const Invocation &invocation, Output &out); // "call show ID"
    static int table(const Invocation &invocation, Output &out); // "table show ID"
    // "objective list|show CODE|measures"
    static int objective(const Invocation &invocation, Output &out);
};

} // namespace tavolo::cli

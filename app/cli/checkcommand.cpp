#include "clicommands.h"
#include "core/operations/compliancejson.h"
#include "core/operations/cyclejson.h"
#include "core/rules/ruletext.h"
#include "core/storage/archive.h"
#include "core/storage/historystore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace tavolo::cli {

namespace {

// The composition and problems as lines a person reads in a terminal.
void printText(Output &out, const History &h, const Compliance &c)
{
    out.line(Commands::tr("The Tavolo on %1").arg(RuleText::day(c.composition.date)));
    for (const OfficeHolding &o : c.composition.offices) {
        QString who = o.holder ? h.personName(o.holder->personId) : Commands::tr("(vacant)");
        if (o.delegation)
            who += Commands::tr(", delegate %1").arg(h.personName(o.delegation->delegateId));
        out.line(QStringLiteral("  %1: %2").arg(Offices::label(o.office), who));
    }
    for (const CategorySeats &s : c.composition.categories)
        out.line(QStringLiteral("  %1 (%2/%3): %4")
                     .arg(Categories::label(s.category))
                     .arg(s.holders.size())
                     .arg(s.seats)
                     .arg(RuleText::holders(h, s.holders)));
    out.line(Commands::tr("Meetings this year: %1 of at least %2")
                 .arg(c.meetingsThisYear)
                 .arg(c.composition.regulation.minMeetingsPerYear));
    if (c.problems.isEmpty())
        out.line(Commands::tr("No problems."));
    for (const Problem &p : c.problems)
        out.line(QStringLiteral("  [%1 %2] %3").arg(p.rule, severityId(p.severity), p.message));
}

// The participation cycles on the date: tables, submissions, adhesions.
void printCycles(Output &out, const QList<CycleStatus> &cycles)
{
    for (const CycleStatus &s : cycles)
        out.line(Commands::tr("Cycle %1: %2 tables (%3 with no meeting yet), %4 submissions (%5 "
                              "late, %6 awaiting a decision), %7 admitted, %8 adhesions")
                     .arg(s.name)
                     .arg(s.tables)
                     .arg(s.tablesWithoutMeetings.size())
                     .arg(s.submissions)
                     .arg(s.late)
                     .arg(s.lateUndecided)
                     .arg(s.admitted)
                     .arg(s.adhesions));
}

} // namespace

int Commands::check(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption date = asOfOption();
    parser.addOptions({json, date});
    const bool parsed = invocation.parse(parser);
    const QDate day = asOfDay(parser, date);
    if (!parsed || parser.positionalArguments().size() != 1 || !day.isValid()) {
        return usageError(invocation, out);
    }
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    const History history = HistoryStore(archive).load();
    const Compliance compliance = ComplianceRules::on(history, day);
    QList<CycleStatus> cycles;
    for (const PlanningCycle &c : history.cycles)
        cycles << CycleStatusRules::of(history, c, day);
    if (parser.isSet(json)) {
        QJsonObject report = ComplianceJson::toJson(history, compliance);
        QJsonArray statuses;
        for (const CycleStatus &s : cycles)
            statuses << CycleJson::status(s);
        report.insert(QStringLiteral("cycles"), statuses);
        out.line(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    } else {
        printText(out, history, compliance);
        printCycles(out, cycles);
    }
    return hasRefusal(compliance.problems) ? Refused : Success;
}

} // namespace tavolo::cli

#include "clicommands.h"
#include "core/io/csvwriter.h"
#include "core/operations/cyclejson.h"
#include "core/rules/cyclerules.h"
#include "core/rules/ruletext.h"
#include "core/rules/submissionrules.h"
#include "core/storage/archive.h"
#include "core/storage/historystore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace tavolo::cli {

namespace {

QString rate(const AttendanceCount &c)
{
    return QStringLiteral("%1%").arg(c.rate() * 100, 0, 'f', 0);
}

void printCycles(Output &out, const History &h)
{
    for (const PlanningCycle &c : h.cycles) {
        out.line(QStringLiteral("%1\t%2\t%3 – %4")
                     .arg(c.id)
                     .arg(c.name, RuleText::day(c.period.from), RuleText::day(c.period.to)));
        for (const SubArea &s : c.subAreas)
            out.line(QStringLiteral("  %1: %2").arg(s.name, s.comuni.join(QStringLiteral(", "))));
        for (const PlanningTable &t : h.tablesOf(c.id))
            out.line(QStringLiteral("  #%1 %2").arg(t.id).arg(CycleRules::tableName(h, t.id)));
    }
}

void printCall(Output &out, const History &h, const Call &c)
{
    out.line(QStringLiteral("%1\t%2").arg(c.id).arg(c.title));
    for (const CallForm &f : c.forms)
        out.line(
            Commands::tr("  form %1: %2, due %3").arg(f.form, f.title, RuleText::day(f.deadline)));
    for (const Submission &s : h.submissions)
        if (s.callId == c.id)
            out.line(QStringLiteral("  #%1 %2 %3 – %4, %5")
                         .arg(s.id)
                         .arg(s.form, SubmissionRules::describe(h, s),
                              CycleTerms::timelinessLabel(s.late),
                              CycleTerms::decisionLabel(s.decision)));
}

void printTable(Output &out, const History &h, const PlanningTable &t)
{
    out.line(QStringLiteral("%1\t%2").arg(t.id).arg(CycleRules::tableName(h, t.id)));
    for (const TableParticipant &p : t.participants)
        out.line(Commands::tr("  %1, from %2")
                     .arg(h.personName(p.personId), RuleText::day(p.period.from)));
    for (const Meeting &m : t.meetings)
        out.line(QStringLiteral("  %1 %2 %3")
                     .arg(RuleText::day(m.date), m.time.toString(QStringLiteral("HH:mm")),
                          MeetingTerms::stateLabel(m.state)));
}

void printAttendance(Output &out, const CycleAttendance &r)
{
    for (const BodyAttendance &b : r.bodies)
        out.line(Commands::tr("%1: invited %2, present %3, excused %4, absent %5 (%6)")
                     .arg(b.body.name)
                     .arg(b.total.invited)
                     .arg(b.total.present)
                     .arg(b.total.excused)
                     .arg(b.total.absent)
                     .arg(rate(b.total)));
}

// "call show ID" and "table show ID": the record's id, or a usage error.
std::optional<qint64> shownId(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 || args.at(1) != QLatin1String("show"))
        return std::nullopt;
    bool ok = false;
    const qint64 id = args.at(2).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

int Commands::cycle(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV for a spreadsheet."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle"), tr("The cycle."),
                                         QStringLiteral("ID"));
    parser.addOptions({json, csv, cycleOption});
    const bool parsed = invocation.parse(parser);
    const QStringList args = parser.positionalArguments();
    const QString what = args.value(1);
    const bool attendance = what == QLatin1String("attendance");
    bool idOk = !attendance;
    const qint64 cycleId = parser.value(cycleOption).toLongLong(attendance ? &idOk : nullptr);
    if (!parsed || args.size() != 2 || (what != QLatin1String("list") && !attendance) || !idOk
        || (parser.isSet(json) && parser.isSet(csv)) || (!attendance && parser.isSet(csv)))
        return usageError(invocation, out, parser.errorText());
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    const History h = HistoryStore(archive).load();
    if (!attendance) {
        if (!parser.isSet(json)) {
            printCycles(out, h);
            return Success;
        }
        QJsonArray cycles;
        for (const PlanningCycle &c : h.cycles)
            cycles << CycleJson::cycle(h, c);
        out.json(cycles);
        return Success;
    }
    if (!h.cycle(cycleId)) {
        out.error(tr("There is no cycle with id %1.").arg(cycleId));
        return Refused;
    }
    const CycleAttendance report = CycleAttendanceReport::of(h, cycleId);
    if (parser.isSet(json)) {
        out.json(CycleJson::attendance(h, report));
    } else if (parser.isSet(csv)) {
        // ';' and a byte-order mark: what Italian Excel opens with accents intact.
        const QChar sep = QLatin1Char(';');
        const QList<QStringList> rows = CycleJson::attendanceRows(report);
        for (qsizetype i = 0; i < rows.size(); ++i)
            out.line((i == 0 ? QString(QChar(0xFEFF)) : QString())
                     + CsvWriter::row(rows.at(i), sep).chopped(2));
    } else {
        printAttendance(out, report);
    }
    return Success;
}

namespace {

// "call show ID" and "table show ID": the record found by `find`, printed by `json` or `text`;
// `missing` names what is not there.
template<typename Find, typename Json, typename Text>
int showRecord(const Invocation &invocation, Output &out, Find find, Json json, Text text,
               const QString &missing)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), Commands::tr("Print JSON."));
    parser.addOption(jsonOption);
    const bool parsed = invocation.parse(parser);
    const auto id = shownId(parser);
    if (!parsed || !id)
        return Commands::usageError(invocation, out, parser.errorText());
    Archive archive;
    if (!Commands::openExisting(archive, invocation, out))
        return ArchiveError;
    const History h = HistoryStore(archive).load();
    const auto *record = find(h, *id);
    if (!record) {
        out.error(missing.arg(*id));
        return Refused;
    }
    if (parser.isSet(jsonOption))
        out.json(json(h, *record));
    else
        text(out, h, *record);
    return Success;
}

} // namespace

int Commands::call(const Invocation &invocation, Output &out)
{
    return showRecord(
        invocation, out, [](const History &h, qint64 id) { return h.call(id); }, CycleJson::call,
        printCall, tr("There is no call with id %1."));
}

int Commands::table(const Invocation &invocation, Output &out)
{
    return showRecord(
        invocation, out, [](const History &h, qint64 id) { return h.table(id); }, CycleJson::table,
        printTable, tr("There is no planning table with id %1."));
}

} // namespace tavolo::cli

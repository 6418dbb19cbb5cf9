#include "clicommands.h"
#include "core/charts/reportcharts.h"
#include "core/domain/clock.h"
#include "core/exports/cycleexport.h"
#include "core/exports/meetingexport.h"
#include "core/exports/reportexport.h"
#include "core/storage/archive.h"

#include <QCommandLineParser>
#include <QDir>

namespace tavolo::cli {

namespace {

// Prints the files written, or the refusals.
int report(Output &out, const Problems &problems, const QStringList &files)
{
    if (hasRefusal(problems)) {
        out.problems(problems);
        return Refused;
    }
    for (const QString &file : files)
        out.line(file);
    return Success;
}

int exportMeeting(const MeetingExport &meeting, const QString &what, const QString &folder,
                  const QString &protocol, MeetingExport::MinutesFormat format, Output &out)
{
    if (what == QLatin1String("letters")) {
        const auto letters = meeting.letters(folder, protocol);
        return report(out, letters.problems(),
                      letters
                          ? letters.value().letterFiles + QStringList {letters.value().combinedFile}
                          : QStringList {});
    }
    const auto file = what == QLatin1String("ics") ? meeting.calendar(folder)
        : what == QLatin1String("minutes")         ? meeting.minutes(folder, format)
                                                   : meeting.attendanceSheet(folder);
    return report(out, file.problems(), file ? QStringList {file.value()} : QStringList {});
}

// What one of the cycle's documents needs: the register a call, the receipt a submission and
// its outgoing protocol, the adherents and the attendance a cycle.
struct CycleRequest
{
    QString what; // submissions, receipt, adherents, attendance
    qint64 call = 0;
    qint64 submission = 0;
    qint64 cycle = 0;
    bool publication = false;
    QString protocol;
    QDate day;
    QString folder;

    bool complete() const
    {
        if (what == QLatin1String("submissions"))
            return call > 0;
        if (what == QLatin1String("receipt"))
            return submission > 0 && !protocol.isEmpty();
        return cycle > 0;
    }
};

int exportCycle(Archive &archive, const CycleRequest &r, Output &out)
{
    const auto file = r.what == QLatin1String("submissions")
        ? CycleExport::submissionRegister(archive, r.call,
                                          r.publication ? CycleExport::Register::Publication
                                                        : CycleExport::Register::Office,
                                          r.day, r.folder)
        : r.what == QLatin1String("receipt")
        ? CycleExport::receipt(archive, r.submission, r.protocol, r.day, r.folder)
        : r.what == QLatin1String("adherents")
        ? CycleExport::adherents(archive, r.cycle, r.day, r.folder)
        : CycleExport::attendance(archive, r.cycle, r.day, r.folder);
    return report(out, file.problems(), file ? QStringList {file.value()} : QStringList {});
}

int exportReport(Archive &archive, int year, const QString &format, const QString &folder,
                 Output &out)
{
    const auto file = ReportExport::annual(
        archive, year,
        format == QLatin1String("odt") ? ReportExport::Format::Odt : ReportExport::Format::Pdf,
        folder, charts::painter(), Clock::today());
    return report(out, file.problems(), file ? QStringList {file.value()} : QStringList {});
}

} // namespace

int Commands::exportDocuments(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption meeting(QStringLiteral("meeting"), tr("The meeting's id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption date = asOfOption();
    const QCommandLineOption outDir(QStringLiteral("out"), tr("The folder to write to."),
                                    QStringLiteral("DIR"));
    // Every body's meeting is a meeting: --group-meeting is the older name of --meeting.
    const QCommandLineOption groupMeeting(
        QStringLiteral("group-meeting"), tr("A working group's meeting id."), QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("The format of the minutes or the annual report: pdf "
                                       "(default) or odt."),
                                    QStringLiteral("pdf|odt"), QStringLiteral("pdf"));
    const QCommandLineOption protocol(QStringLiteral("protocol"),
                                      tr("The protocol number of the letters or the receipt."),
                                      QStringLiteral("N"));
    const QCommandLineOption call(QStringLiteral("call"), tr("The call's id."),
                                  QStringLiteral("ID"));
    const QCommandLineOption submission(QStringLiteral("submission"), tr("The submission's id."),
                                        QStringLiteral("ID"));
    const QCommandLineOption cycle(QStringLiteral("cycle"), tr("The cycle's id."),
                                   QStringLiteral("ID"));
    const QCommandLineOption publication(
        QStringLiteral("publication"),
        tr("The register for publication: without contact people, e-mail or PEC."));
    const QCommandLineOption year(QStringLiteral("year"), tr("The year of the annual report."),
                                  QStringLiteral("YYYY"));
    parser.addOptions({meeting, groupMeeting, date, outDir, protocol, format, call, submission,
                       cycle, publication, year});
    const bool parsed = invocation.parse(parser);
    // "cycle-attendance" is the attendance over a cycle; "attendance --cycle", its older name,
    // still works (and "attendance" alone is a meeting's sheet).
    const QString asked = parser.positionalArguments().value(1);
    const bool cycleAttendance = asked == QLatin1String("cycle-attendance")
        || (asked == QLatin1String("attendance") && parser.isSet(cycle));
    const QString what = cycleAttendance ? QStringLiteral("attendance") : asked;
    const bool ofGroup = parser.isSet(groupMeeting);
    const qint64 meetingId =
        (ofGroup ? parser.value(groupMeeting) : parser.value(meeting)).toLongLong();
    const QDate day = asOfDay(parser, date);
    const QString folder = parser.value(outDir);
    const CycleRequest cycleRequest {what,
                                     parser.value(call).toLongLong(),
                                     parser.value(submission).toLongLong(),
                                     parser.value(cycle).toLongLong(),
                                     parser.isSet(publication),
                                     parser.value(protocol),
                                     day,
                                     folder};
    const bool ofCycle = QStringList {QStringLiteral("submissions"), QStringLiteral("receipt"),
                                      QStringLiteral("adherents")}
                             .contains(what)
        || cycleAttendance;
    const bool forMeeting = !ofCycle
        && QStringList {QStringLiteral("letters"), QStringLiteral("attendance"),
                        QStringLiteral("ics"), QStringLiteral("minutes")}
               .contains(what);
    const QString formatName = parser.value(format);
    const bool annual = what == QLatin1String("report");
    bool yearOk = false;
    const int reportYear = parser.value(year).toInt(&yearOk);
    if (!parsed || parser.positionalArguments().size() != 2 || folder.isEmpty() || !day.isValid()
        || (forMeeting && meetingId <= 0) || (ofCycle && !cycleRequest.complete())
        || (!forMeeting && !ofCycle && !annual && what != QLatin1String("composition"))
        || (annual && !yearOk)
        || (formatName != QLatin1String("pdf") && formatName != QLatin1String("odt"))) {
        return usageError(invocation, out);
    }
    if (!QDir().mkpath(folder)) {
        out.error(tr("The folder \"%1\" cannot be created.").arg(folder));
        return Refused;
    }
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    if (ofCycle)
        return exportCycle(archive, cycleRequest, out);
    if (annual)
        return exportReport(archive, reportYear, formatName, folder, out);
    if (!forMeeting) {
        const auto file = MeetingExport::composition(archive, day, folder);
        return report(out, file.problems(), file ? QStringList {file.value()} : QStringList {});
    }
    const auto exporter = MeetingExport::forMeeting(archive, meetingId);
    out.problems(exporter.problems());
    if (!exporter)
        return Refused;
    const auto minutesFormat = formatName == QLatin1String("odt")
        ? MeetingExport::MinutesFormat::Odt
        : MeetingExport::MinutesFormat::Pdf;
    return exportMeeting(exporter.value(), what, folder, parser.value(protocol), minutesFormat,
                         out);
}

} // namespace tavolo::cli

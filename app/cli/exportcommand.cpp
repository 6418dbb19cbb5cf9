#include "clicommands.h"
#include "core/domain/clock.h"
#include "core/exports/meetingexport.h"
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

} // namespace

int Commands::exportDocuments(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption meeting(QStringLiteral("meeting"), tr("The meeting's id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The date (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption outDir(QStringLiteral("out"), tr("The folder to write to."),
                                    QStringLiteral("DIR"));
    // Every body's meeting is a meeting: --group-meeting is the older name of --meeting.
    const QCommandLineOption groupMeeting(
        QStringLiteral("group-meeting"), tr("A working group's meeting id."), QStringLiteral("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("The minutes' format: pdf (default) or odt."),
                                    QStringLiteral("pdf|odt"), QStringLiteral("pdf"));
    const QCommandLineOption protocol(QStringLiteral("protocol"),
                                      tr("The letters' protocol number."), QStringLiteral("N"));
    parser.addOptions({meeting, groupMeeting, date, outDir, protocol, format});
    const bool parsed = invocation.parse(parser);
    const QString what = parser.positionalArguments().value(1);
    const bool ofGroup = parser.isSet(groupMeeting);
    const qint64 meetingId =
        (ofGroup ? parser.value(groupMeeting) : parser.value(meeting)).toLongLong();
    const QDate day =
        parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : Clock::today();
    const QString folder = parser.value(outDir);
    const bool forMeeting = QStringList {QStringLiteral("letters"), QStringLiteral("attendance"),
                                         QStringLiteral("ics"), QStringLiteral("minutes")}
                                .contains(what);
    const QString formatName = parser.value(format);
    if (!parsed || parser.positionalArguments().size() != 2 || folder.isEmpty() || !day.isValid()
        || (forMeeting && meetingId <= 0) || (!forMeeting && what != QLatin1String("composition"))
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

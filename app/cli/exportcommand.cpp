#include "clicommands.h"

#include "core/documents/attendancesheet.h"
#include "core/documents/icswriter.h"
#include "core/documents/letterexporter.h"
#include "core/documents/safefilename.h"
#include "core/exports/documentsettings.h"
#include "core/exports/meetingdocuments.h"
#include "core/storage/archive.h"

#include <QCommandLineParser>
#include <QDir>

namespace tavolo::cli {

namespace {

using namespace documents;

struct ExportRequest
{
    QString what;
    qint64 meeting = 0;
    QDate date;
    QString out;
    QString protocol;
};

int exportLetters(Archive &archive, const ExportRequest &r, const MeetingPack &pack, Output &out)
{
    MeetingDocumentData meeting = pack.meeting;
    meeting.protocolNumber = r.protocol;
    const DocumentSettings settings(archive);
    const auto report = LetterExporter(LetterRenderer(settings.letterhead(), meeting, settings.letterTemplate()))
                            .exportLetters(r.out, pack.recipients);
    if (!report) {
        out.problems(report.problems());
        return Refused;
    }
    for (const QString &file : report.value().letterFiles)
        out.line(file);
    out.line(report.value().combinedFile);
    return Success;
}

int exportMeetingFile(Archive &archive, const ExportRequest &r, const MeetingPack &pack, Output &out)
{
    const Letterhead letterhead = DocumentSettings(archive).letterhead();
    const QString day = pack.meeting.date.toString(Qt::ISODate);
    const bool ics = r.what == QLatin1String("ics");
    const QString path = QDir(r.out).filePath(
        ics ? safefilename::make(Commands::tr("Meeting %1").arg(day), QStringLiteral("ics"))
            : safefilename::make(Commands::tr("Attendance sheet %1").arg(day), QStringLiteral("pdf")));
    const Problems problems = ics ? IcsWriter::writeFile(path, pack.meeting, letterhead, pack.recipients).problems()
                                  : AttendanceSheet(letterhead, pack.meeting).writePdf(path, pack.recipients).problems();
    if (hasRefusal(problems)) {
        out.problems(problems);
        return Refused;
    }
    out.line(path);
    return Success;
}

int exportComposition(Archive &archive, const ExportRequest &r, Output &out)
{
    const QString path = QDir(r.out).filePath(safefilename::make(
        Commands::tr("Composition of the Tavolo on %1").arg(r.date.toString(Qt::ISODate)), QStringLiteral("pdf")));
    const auto written = CompositionList(DocumentSettings(archive).letterhead(), Commands::tr("Tavolo del Terzo Settore"), r.date)
                             .writePdf(path, MeetingDocuments::composition(archive, r.date));
    if (!written) {
        out.problems(written.problems());
        return Refused;
    }
    out.line(path);
    return Success;
}

} // namespace

int Commands::exportDocuments(const Invocation &invocation, Output &out)
{
    QCommandLineParser parser;
    const QCommandLineOption meeting(QStringLiteral("meeting"), tr("The meeting's id."), QStringLiteral("ID"));
    const QCommandLineOption date(QStringLiteral("date"), tr("The date (default: today)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption outDir(QStringLiteral("out"), tr("The folder to write to."), QStringLiteral("DIR"));
    const QCommandLineOption protocol(QStringLiteral("protocol"), tr("The letters' protocol number."), QStringLiteral("N"));
    parser.addOptions({meeting, date, outDir, protocol});
    const bool parsed = invocation.parse(parser);
    ExportRequest r;
    r.what = parser.positionalArguments().value(1);
    r.meeting = parser.value(meeting).toLongLong();
    r.date = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
    r.out = parser.value(outDir);
    r.protocol = parser.value(protocol);
    const bool forMeeting = QStringList{QStringLiteral("letters"), QStringLiteral("attendance"), QStringLiteral("ics")}.contains(r.what);
    if (!parsed || parser.positionalArguments().size() != 2 || r.out.isEmpty() || !r.date.isValid()
        || (forMeeting && r.meeting <= 0) || (!forMeeting && r.what != QLatin1String("composition"))) {
        out.error(tr("Usage: tavolo-cli [--db FILE] export letters|attendance|ics --meeting ID --out DIR "
                     "[--protocol N]\n       tavolo-cli [--db FILE] export composition [--date YYYY-MM-DD] --out DIR"));
        return UsageError;
    }
    if (!QDir().mkpath(r.out)) {
        out.error(tr("The folder \"%1\" cannot be created.").arg(r.out));
        return Refused;
    }
    Archive archive;
    if (!openExisting(archive, invocation, out))
        return ArchiveError;
    if (!forMeeting)
        return exportComposition(archive, r, out);
    const auto pack = MeetingDocuments::build(archive, r.meeting);
    out.problems(pack.problems());
    if (!pack)
        return Refused;
    return r.what == QLatin1String("letters") ? exportLetters(archive, r, pack.value(), out)
                                              : exportMeetingFile(archive, r, pack.value(), out);
}

} // namespace tavolo::cli

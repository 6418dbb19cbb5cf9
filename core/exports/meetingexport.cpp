#include "meetingexport.h"

#include "core/documents/attendancesheet.h"
#include "core/documents/icswriter.h"
#include "core/documents/safefilename.h"
#include "documentsettings.h"
#include "minutesdocuments.h"

namespace tavolo {

using namespace documents;

using safefilename::freshPath;

MeetingExport::MeetingExport(Archive &archive, MeetingPack pack)
    : m_archive(&archive)
    , m_pack(std::move(pack))
    , m_letterhead(DocumentSettings(archive).letterhead())
    , m_template(DocumentSettings(archive).letterTemplate())
{ }

Result<MeetingExport> MeetingExport::from(Archive &archive, const Result<MeetingPack> &pack)
{
    if (!pack)
        return Result<MeetingExport>::from(pack);
    return Result<MeetingExport>::ok(MeetingExport(archive, pack.value()), pack.warnings());
}

Result<MeetingExport> MeetingExport::forMeeting(Archive &archive, qint64 meetingId)
{
    return from(archive, MeetingDocuments::build(archive, meetingId));
}

LetterRenderer MeetingExport::renderer(const QString &protocolNumber) const
{
    MeetingDocumentData meeting = m_pack.meeting;
    meeting.protocolNumber = protocolNumber;
    return LetterRenderer(m_letterhead, meeting, m_template);
}

Result<LetterExportReport> MeetingExport::letters(const QString &folder,
                                                  const QString &protocolNumber,
                                                  const LetterExporter::Progress &progress) const
{
    auto written =
        LetterExporter(renderer(protocolNumber)).exportLetters(folder, m_pack.recipients, progress);
    if (!written || m_letterhead.signature != Letterhead::Signature::Digital)
        return written;
    // The letters say they are signed digitally; the program signs nothing: a warning says
    // that the office's own tool must sign them.
    return Result<LetterExportReport>::ok(
        written.value(),
        written.warnings() << Problem::warning(
            QStringLiteral("SIGNATURE"),
            tr("The letters state a digital signature: sign them with the office's "
               "signing tool before sending them.")));
}

Result<QString> MeetingExport::attendanceSheet(const QString &folder) const
{
    const QString path =
        freshPath(folder, tr("Attendance sheet %1").arg(m_pack.meeting.date.toString(Qt::ISODate)),
                  QStringLiteral("pdf"));
    const auto written =
        AttendanceSheet(m_letterhead, m_pack.meeting).writePdf(path, m_pack.participants);
    return written ? Result<QString>::ok(path) : Result<QString>::from(written);
}

Result<QString> MeetingExport::calendar(const QString &folder) const
{
    const QString path =
        freshPath(folder, tr("Meeting %1").arg(m_pack.meeting.date.toString(Qt::ISODate)),
                  QStringLiteral("ics"));
    const auto written =
        IcsWriter::writeFile(path, m_pack.meeting, m_letterhead, m_pack.participants);
    return written ? Result<QString>::ok(path) : Result<QString>::from(written);
}

Result<MinutesDocument> MeetingExport::minutesDocument() const
{
    const auto data = MinutesDocuments::build(*m_archive, m_pack.meeting.meetingId.toLongLong());
    if (!data)
        return Result<MinutesDocument>::from(data);
    return Result<MinutesDocument>::ok(MinutesDocument(m_letterhead, data.value()));
}

Result<MinutesDocument> MeetingExport::minutesDocument(const Minutes &edited) const
{
    const auto data =
        MinutesDocuments::build(*m_archive, m_pack.meeting.meetingId.toLongLong(), edited);
    if (!data)
        return Result<MinutesDocument>::from(data);
    return Result<MinutesDocument>::ok(MinutesDocument(m_letterhead, data.value()));
}

Result<QString> MeetingExport::minutes(const QString &folder, MinutesFormat format) const
{
    const auto document = minutesDocument();
    if (!document)
        return Result<QString>::from(document);
    const QString day = m_pack.meeting.date.toString(Qt::ISODate);
    const QString path = freshPath(
        folder,
        document.value().isDraft() ? tr("Minutes %1 draft").arg(day) : tr("Minutes %1").arg(day),
        format == MinutesFormat::Odt ? QStringLiteral("odt") : QStringLiteral("pdf"));
    if (format == MinutesFormat::Odt) {
        const auto written = document.value().writeOdt(path);
        return written ? Result<QString>::ok(path) : Result<QString>::from(written);
    }
    const auto written = document.value().writePdf(path);
    return written ? Result<QString>::ok(path) : Result<QString>::from(written);
}

Result<QString> MeetingExport::composition(Archive &archive, QDate date, const QString &folder)
{
    const QString path =
        freshPath(folder, tr("Composition of the Tavolo on %1").arg(date.toString(Qt::ISODate)),
                  QStringLiteral("pdf"));
    const auto written = CompositionList(DocumentSettings(archive).letterhead(),
                                         QStringLiteral("Tavolo del Terzo Settore"), date)
                             .writePdf(path, MeetingDocuments::composition(archive, date));
    return written ? Result<QString>::ok(path) : Result<QString>::from(written);
}

} // namespace tavolo

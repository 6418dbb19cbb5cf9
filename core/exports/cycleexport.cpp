#include "cycleexport.h"

#include "core/documents/adherentslist.h"
#include "core/documents/attendanceovertime.h"
#include "core/documents/safefilename.h"
#include "core/documents/submissionreceipt.h"
#include "core/documents/submissionregister.h"
#include "cycledocuments.h"
#include "documentsettings.h"

#include <QFileInfo>

namespace tavolo {

using namespace documents;

namespace {

// Writes `document` (built from the data, once it was read) into `folder` under its own
// file name made fresh; the path, or the refusal of the reading or of the writing.
template<typename Data, typename Make>
Result<QString> write(Archive &archive, const Result<Data> &data, const QString &folder, Make make)
{
    if (!data)
        return Result<QString>::from(data);
    const auto document = make(DocumentSettings(archive).letterhead(), data.value());
    const QString path = safefilename::freshPath(
        folder, QFileInfo(document.fileName()).completeBaseName(), QStringLiteral("pdf"));
    const auto written = document.writePdf(path);
    return written ? Result<QString>::ok(path) : Result<QString>::from(written);
}

} // namespace

Result<QString> CycleExport::submissionRegister(Archive &archive, qint64 callId, Register version,
                                                QDate asOf, const QString &folder)
{
    return write(archive, CycleDocuments::submissionRegister(archive, callId, asOf), folder,
                 [version](Letterhead letterhead, const SubmissionRegisterData &data) {
                     return SubmissionRegister(std::move(letterhead), data,
                                               version == Register::Publication
                                                   ? SubmissionRegister::Version::Publication
                                                   : SubmissionRegister::Version::Office);
                 });
}

Result<QString> CycleExport::receipt(Archive &archive, qint64 submissionId, const QString &protocol,
                                     QDate date, const QString &folder)
{
    return write(archive, CycleDocuments::submissionReceipt(archive, submissionId, protocol, date),
                 folder, [](Letterhead letterhead, const SubmissionReceiptData &data) {
                     return SubmissionReceipt(std::move(letterhead), data);
                 });
}

Result<QString> CycleExport::adherents(Archive &archive, qint64 cycleId, QDate asOf,
                                       const QString &folder)
{
    return write(archive, CycleDocuments::adherents(archive, cycleId, asOf), folder,
                 [](Letterhead letterhead, const AdherentsListData &data) {
                     return AdherentsList(std::move(letterhead), data);
                 });
}

Result<QString> CycleExport::attendance(Archive &archive, qint64 cycleId, QDate asOf,
                                        const QString &folder)
{
    return write(archive, CycleDocuments::attendance(archive, cycleId, asOf), folder,
                 [](Letterhead letterhead, const AttendanceOverTimeData &data) {
                     return AttendanceOverTime(std::move(letterhead), data);
                 });
}

} // namespace tavolo

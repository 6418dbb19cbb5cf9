#include "letterexporter.h"

#include "pagedoutput.h"
#include "safefilename.h"

#include <QDir>
#include <QFile>
#include <QTextDocument>

namespace tavolo::documents {

namespace {

Problem refusal(const QString &rule, const QString &message)
{
    return Problem::refused(rule, message);
}

void removeAll(const QStringList &files)
{
    for (const QString &file : files)
        QFile::remove(file);
}

} // namespace

QString LetterExporter::letterFileStem(const Recipient &recipient) const
{
    const QString lead =
        recipient.guest ? QStringLiteral("Invito") : QStringLiteral("Convocazione");
    return QStringLiteral("%1 %2 - %3")
        .arg(lead, m_renderer.meeting().date.toString(Qt::ISODate), recipient.name);
}

QString LetterExporter::combinedFileStem() const
{
    return QStringLiteral("Convocazione %1 - tutte le lettere")
        .arg(m_renderer.meeting().date.toString(Qt::ISODate));
}

Result<LetterExportReport> LetterExporter::exportLetters(const QString &folder,
                                                         const QList<Recipient> &recipients,
                                                         const Progress &progress) const
{
    using R = Result<LetterExportReport>;
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return R::refused(problems);
    if (recipients.isEmpty())
        return R::refused(refusal(QStringLiteral("REQUIRED"),
                                  tr("There are no recipients to write letters to.")));
    // A letter without a date, a place or an agenda must not go out (R-C: agenda in advance).
    const MeetingDocumentData &meeting = m_renderer.meeting();
    Problems missing;
    if (!meeting.date.isValid())
        missing << refusal(QStringLiteral("REQUIRED"), tr("The meeting has no date."));
    if (meeting.place.trimmed().isEmpty() && meeting.onlineLink.trimmed().isEmpty())
        missing << refusal(QStringLiteral("REQUIRED"),
                           tr("The meeting has neither a place nor an online link."));
    if (meeting.agenda.isEmpty())
        missing << refusal(QStringLiteral("R-C"), tr("The meeting has no agenda to send."));
    if (!missing.isEmpty())
        return R::refused(missing);
    const Problems templateProblems = m_renderer.validateTemplate();
    if (hasRefusal(templateProblems))
        return R::refused(templateProblems);
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return R::refused(
            refusal(QStringLiteral("PDF"), tr("Cannot create the folder %1.").arg(folder)));

    const int total = int(recipients.size());
    const QString footer = m_renderer.footer();
    LetterExportReport report;
    QSet<QString> taken;
    std::vector<std::unique_ptr<QTextDocument>> documents;
    documents.reserve(recipients.size());
    for (int i = 0; i < total; ++i) {
        const Recipient &recipient = recipients.at(i);
        if (progress && !progress(i, total, recipient.name)) {
            removeAll(report.letterFiles);
            return R::refused(
                refusal(QStringLiteral("CANCELLED"), tr("Export cancelled: no letter was kept.")));
        }
        const QString name =
            safefilename::unique(letterFileStem(recipient), QStringLiteral("pdf"), folder, taken);
        const QString path = dir.absoluteFilePath(name);
        auto document = m_renderer.document(recipient);
        PdfMetadata metadata;
        metadata.title = m_renderer.subject(recipient) + QStringLiteral(" – ") + recipient.name;
        metadata.author = m_renderer.letterhead().enteName;
        metadata.subject = m_renderer.subject(recipient);
        const Result<int> written =
            PagedOutput::writePdfFile(path, {document.get()}, {footer}, metadata);
        if (!written) {
            removeAll(report.letterFiles);
            return R::refused(written.problems());
        }
        report.letterFiles << path;
        documents.push_back(std::move(document));
    }

    // The combined file reuses the documents already built: one layout per letter.
    QList<QTextDocument *> all;
    for (const auto &document : documents)
        all << document.get();
    const QString combinedName =
        safefilename::unique(combinedFileStem(), QStringLiteral("pdf"), folder, taken);
    report.combinedFile = dir.absoluteFilePath(combinedName);
    PdfMetadata metadata;
    metadata.title = m_renderer.subject(Recipient {}) + QStringLiteral(" – tutte le lettere");
    metadata.author = m_renderer.letterhead().enteName;
    metadata.subject = m_renderer.subject(Recipient {});
    const Result<int> combined = PagedOutput::writePdfFile(
        report.combinedFile, all, QList<QString>(all.size(), footer), metadata);
    if (!combined) {
        removeAll(report.letterFiles);
        return R::refused(combined.problems());
    }
    report.combinedPages = combined.value();
    if (progress)
        progress(total, total, QString());
    return R::ok(report);
}

} // namespace tavolo::documents

#include "letterexporter.h"

#include "pagedoutput.h"
#include "pdfsplitter.h"
#include "safefilename.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTextDocument>
#include <numeric>

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

Problems LetterExporter::refusalsBeforeWriting(const QList<Recipient> &recipients) const
{
    if (Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return problems;
    if (recipients.isEmpty())
        return {refusal(QStringLiteral("REQUIRED"),
                        tr("There are no recipients to write letters to."))};
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
        return missing;
    const Problems templateProblems = m_renderer.validateTemplate();
    return hasRefusal(templateProblems) ? templateProblems : Problems {};
}

Result<LetterExporter::Drawn> LetterExporter::drawAll(const QList<Recipient> &recipients,
                                                      const PdfMetadata &metadata) const
{
    std::vector<std::unique_ptr<QTextDocument>> documents;
    documents.reserve(recipients.size());
    QList<QTextDocument *> all;
    for (const Recipient &recipient : recipients) {
        documents.push_back(m_renderer.document(recipient));
        all << documents.back().get();
    }
    Drawn drawn;
    QBuffer buffer(&drawn.pdf);
    buffer.open(QIODevice::WriteOnly);
    const Result<QList<int>> pages = PagedOutput::writePdf(
        &buffer, all, QList<QString>(all.size(), m_renderer.footer()), metadata);
    if (!pages)
        return Result<Drawn>::from(pages);
    drawn.pages = pages.value();
    return Result<Drawn>::ok(drawn);
}

QList<PdfPart> LetterExporter::letterParts(const QList<Recipient> &recipients,
                                           const QList<int> &pages, const QDir &folder,
                                           QSet<QString> &taken, const QDateTime &created) const
{
    QList<PdfPart> parts;
    int firstPage = 0;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const Recipient &recipient = recipients.at(i);
        PdfPart part;
        part.firstPage = firstPage;
        part.pageCount = pages.at(i);
        part.path = folder.absoluteFilePath(safefilename::unique(
            letterFileStem(recipient), QStringLiteral("pdf"), folder.path(), taken));
        part.metadata =
            metadataFor(m_renderer.subject(recipient) + QStringLiteral(" – ") + recipient.name,
                        recipient, created);
        parts << part;
        firstPage += part.pageCount;
    }
    return parts;
}

Result<LetterExportReport> LetterExporter::exportLetters(const QString &folder,
                                                         const QList<Recipient> &recipients,
                                                         const Progress &progress) const
{
    using R = Result<LetterExportReport>;
    if (const Problems problems = refusalsBeforeWriting(recipients); !problems.isEmpty())
        return R::refused(problems);
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return R::refused(
            refusal(QStringLiteral("PDF"), tr("Cannot create the folder %1.").arg(folder)));

    // All letters drawn once, into the combined PDF (one layout per letter); each recipient's
    // file is then cut out of it, sharing the fonts embedded once (PdfSplitter).
    const QDateTime created = QDateTime::currentDateTime();
    const PdfMetadata combinedMetadata =
        metadataFor(m_renderer.subject(Recipient {}) + QStringLiteral(" – tutte le lettere"),
                    Recipient {}, created);
    const Result<Drawn> drawn = drawAll(recipients, combinedMetadata);
    if (!drawn)
        return R::from(drawn);
    // The combined file's name is taken first: a member whose name makes the same file name
    // ("… - tutte le lettere") gets "(2)", never the name the clerk looks for.
    QSet<QString> taken;
    LetterExportReport report;
    report.combinedFile = dir.absoluteFilePath(
        safefilename::unique(combinedFileStem(), QStringLiteral("pdf"), folder, taken));
    const QList<PdfPart> parts = letterParts(recipients, drawn.value().pages, dir, taken, created);
    const int total = int(recipients.size());
    bool cancelled = false;
    const Result<Done> written = PdfSplitter::writeParts(drawn.value().pdf, parts, [&](int done) {
        cancelled = progress && !progress(done, total, recipients.value(done).name);
        return !cancelled;
    });
    if (cancelled)
        return R::refused(
            refusal(QStringLiteral("CANCELLED"), tr("Export cancelled: no letter was kept.")));
    if (!written)
        return R::from(written);

    for (const PdfPart &part : parts)
        report.letterFiles << part.path;
    // The combined file goes through the same writer, so that its Info dictionary also names
    // the author and the subject.
    if (const Result<Done> whole =
            PdfSplitter(drawn.value().pdf).writeWhole(report.combinedFile, combinedMetadata);
        !whole) {
        removeAll(report.letterFiles);
        return R::from(whole);
    }
    report.combinedPages =
        int(std::accumulate(drawn.value().pages.cbegin(), drawn.value().pages.cend(), 0));
    if (progress)
        progress(total, total, QString());
    return R::ok(report);
}

PdfMetadata LetterExporter::metadataFor(const QString &title, const Recipient &recipient,
                                        const QDateTime &created) const
{
    PdfMetadata metadata;
    metadata.title = title;
    metadata.author = m_renderer.letterhead().enteName;
    metadata.subject = m_renderer.subject(recipient);
    metadata.created = created;
    return metadata;
}

} // namespace tavolo::documents

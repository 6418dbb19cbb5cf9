#pragma once

#include "letterrenderer.h"
#include "pdfmetadata.h"
#include "pdfsplitter.h"

#include <QSet>
#include <functional>

class QDir;

namespace tavolo::documents {

// What an export wrote: one PDF per recipient, in the recipients' order, and the combined PDF.
struct LetterExportReport
{
    QStringList letterFiles; // absolute paths
    QString combinedFile; // absolute path
    int combinedPages = 0;
};

// Writes the convocation letters of a meeting: one PDF/A-1b per recipient, named
// "Convocazione 2015-03-12 - Mario Rossi.pdf" (safe on Windows, unique in the folder), and
// "Convocazione 2015-03-12 - tutte le lettere.pdf" with all of them for printing.
class LetterExporter
{
    Q_DECLARE_TR_FUNCTIONS(LetterExporter)

public:
    // Called before each letter (done = letters finished so far) and once at the end with
    // done == total; return false to cancel. The GUI drives a QProgressDialog with it.
    using Progress = std::function<bool(int done, int total, const QString &recipientName)>;

    explicit LetterExporter(LetterRenderer renderer)
        : m_renderer(std::move(renderer))
    { }

    // Refused (nothing left in the folder) when the folder cannot be written, a template
    // placeholder is unknown, there are no recipients, or the clerk cancels (rule CANCELLED).
    Result<LetterExportReport> exportLetters(const QString &folder,
                                             const QList<Recipient> &recipients,
                                             const Progress &progress = {}) const;

    // Why no letter can be written (no recipients, no date, place or agenda, a bad template):
    // the same refusals before printing them.
    Problems refusalsBeforeWriting(const QList<Recipient> &recipients) const;

    QString letterFileStem(const Recipient &recipient) const;
    QString combinedFileStem() const;

private:
    // Every letter drawn into one PDF, in memory, and the number of pages of each letter.
    struct Drawn
    {
        QByteArray pdf;
        QList<int> pages;
    };

    Result<Drawn> drawAll(const QList<Recipient> &recipients, const PdfMetadata &metadata) const;
    // Each recipient's pages of the drawn PDF, with a unique safe file name in `folder`.
    QList<PdfPart> letterParts(const QList<Recipient> &recipients, const QList<int> &pages,
                               const QDir &folder, QSet<QString> &taken,
                               const QDateTime &created) const;
    PdfMetadata metadataFor(const QString &title, const Recipient &recipient,
                            const QDateTime &created) const;

    LetterRenderer m_renderer;
};

} // namespace tavolo::documents

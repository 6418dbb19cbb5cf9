#pragma once

#include "core/domain/result.h"
#include "pdfmetadata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <functional>
#include <memory>

class QPDF;

namespace tavolo::documents {

// A run of consecutive pages cut out of a longer PDF into a file of its own.
struct PdfPart
{
    int firstPage = 0; // 0-based
    int pageCount = 1;
    QString path; // written atomically (QSaveFile)
    PdfMetadata metadata; // the part's own title, author and subject
};

// Writes parts of a PDF/A-1b file made by PagedOutput as PDF/A-1b files of their own, with
// libqpdf: the letters of a meeting are drawn once, as the combined file, and each
// recipient's letter is cut out of it. Qt's PDF writer spends most of a short letter's time
// embedding the fonts (building each font's Unicode map again for every file); cut from the
// combined file, every letter shares the subsets made once.
//
// Each part keeps what PDF/A-1b asks of a file: its own XMP packet (pdfaid 1/B, the part's
// title) and an Info dictionary saying the same with the same dates, the output intent,
// every font embedded, /ID in the trailer, no object streams, an end of line before every
// "endstream". Only objects the part's pages use are copied: one recipient's file carries
// nobody else's letter.
class PdfSplitter
{
    Q_DECLARE_TR_FUNCTIONS(PdfSplitter)

public:
    // `pdf` must outlive the splitter (its streams are read lazily). A damaged input is
    // reported by the first write().
    explicit PdfSplitter(const QByteArray &pdf);
    ~PdfSplitter();
    PdfSplitter(const PdfSplitter &) = delete;
    PdfSplitter &operator=(const PdfSplitter &) = delete;

    // Refused (nothing written at `part.path`) when the pages are out of range, the input is
    // not a readable PDF or the file cannot be written.
    Result<Done> write(const PdfPart &part) const;
    // Writes every part of `pdf`, on two cores when the machine has them (each with its own
    // reading of `pdf`: qpdf objects are never shared between threads). `keepGoing` is called
    // on this thread with the parts written so far, before each part this thread takes;
    // returning false stops. On a refusal or a stop, no part is left on disk.
    static Result<Done> writeParts(const QByteArray &pdf, const QList<PdfPart> &parts,
                                   const std::function<bool(int done)> &keepGoing = {});

    // The whole PDF, with `metadata` in its XMP packet and Info dictionary (Qt 6.4 writes
    // only the title and the creator there). Call it after the parts: it changes the source.
    Result<Done> writeWhole(const QString &path, const PdfMetadata &metadata);

private:
    // The XMP packet and the Info dictionary of `pdf`, saying the same thing.
    static void describe(QPDF &pdf, PdfMetadata metadata);
    // Writes `pdf` as PDF/A-1 asks, atomically (QSaveFile). Throws what qpdf throws.
    static Result<Done> save(QPDF &pdf, const QString &path);
    // The refusal for writing `path` from an input that could not be read.
    Result<Done> unreadable(const QString &path) const;

    std::unique_ptr<QPDF> m_source;
    QString m_error; // why the input could not be read, when it could not
};

} // namespace tavolo::documents

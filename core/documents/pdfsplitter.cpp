#include "pdfsplitter.h"

#include <QFile>
#include <QSaveFile>
#include <QThread>
#include <atomic>
#include <future>

// Only std::shared_ptr from qpdf's API, none of its older PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <exception>
#include <qpdf/Pl_Function.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace tavolo::documents {

namespace {

Problem pdfProblem(const QString &message)
{
    return Problem::refused(QStringLiteral("PDF"), message);
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// `object` of another file copied into `out`: indirect objects by qpdf (with all they
// reference), direct arrays and dictionaries item by item (qpdf copies indirect ones only).
QPDFObjectHandle copyForeign(QPDF &out, QPDFObjectHandle object)
{
    if (object.isIndirect())
        return out.copyForeignObject(object);
    if (object.isArray()) {
        QPDFObjectHandle copy = QPDFObjectHandle::newArray();
        for (QPDFObjectHandle item : object.aitems())
            copy.appendItem(copyForeign(out, item));
        return copy;
    }
    if (object.isDictionary()) {
        QPDFObjectHandle copy = QPDFObjectHandle::newDictionary();
        for (auto &[key, value] : object.ditems())
            copy.replaceKey(key, copyForeign(out, value));
        return copy;
    }
    return object.shallowCopy();
}

// The Info dictionary of a part: what the XMP packet says, in the same words and dates
// (PDF/A-1 §6.7.3).
QPDFObjectHandle infoFor(QPDF &out, const PdfMetadata &metadata)
{
    QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
    info.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(utf8(pdfProducer())));
    info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(metadata.title)));
    if (!metadata.author.isEmpty())
        info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(utf8(metadata.author)));
    if (!metadata.subject.isEmpty())
        info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(utf8(metadata.subject)));
    info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(utf8(metadata.creator)));
    const std::string date = pdfInfoDate(metadata.created).toStdString();
    info.replaceKey("/CreationDate", QPDFObjectHandle::newString(date));
    info.replaceKey("/ModDate", QPDFObjectHandle::newString(date));
    return out.makeIndirectObject(info);
}

} // namespace

PdfSplitter::PdfSplitter(const QByteArray &pdf)
    : m_source(std::make_unique<QPDF>())
{
    try {
        // The input is a file Qt has just written: anything qpdf would have to repair is a
        // fault to report, not to paper over.
        m_source->setSuppressWarnings(true);
        m_source->setAttemptRecovery(false);
        m_source->processMemoryFile("combined letters", pdf.constData(), size_t(pdf.size()));
    } catch (const std::exception &error) {
        m_error = QString::fromStdString(error.what());
    }
}

PdfSplitter::~PdfSplitter() = default;

Result<Done> PdfSplitter::write(const PdfPart &part) const
{
    using R = Result<Done>;
    if (!m_error.isEmpty())
        return unreadable(part.path);
    try {
        const std::vector<QPDFPageObjectHelper> pages =
            QPDFPageDocumentHelper(*m_source).getAllPages();
        if (part.firstPage < 0 || part.pageCount < 1
            || size_t(part.firstPage) + size_t(part.pageCount) > pages.size())
            return R::refused(pdfProblem(tr("Pages %1–%2 of %3 are not in the PDF (%4 pages).")
                                             .arg(part.firstPage + 1)
                                             .arg(part.firstPage + part.pageCount)
                                             .arg(part.path)
                                             .arg(pages.size())));
        QPDF out;
        out.emptyPDF();
        QPDFPageDocumentHelper outPages(out);
        for (int i = 0; i < part.pageCount; ++i)
            outPages.addPage(pages.at(size_t(part.firstPage + i)), false);
        QPDFObjectHandle sourceRoot = m_source->getRoot();
        if (sourceRoot.hasKey("/OutputIntents"))
            out.getRoot().replaceKey("/OutputIntents",
                                     copyForeign(out, sourceRoot.getKey("/OutputIntents")));
        describe(out, part.metadata);
        return save(out, part.path);
    } catch (const std::exception &error) {
        return R::refused(pdfProblem(tr("Cannot cut %1 from the PDF: %2")
                                         .arg(part.path, QString::fromStdString(error.what()))));
    }
}

Result<Done> PdfSplitter::unreadable(const QString &path) const
{
    return Result<Done>::refused(
        pdfProblem(tr("The PDF for %1 cannot be read: %2").arg(path, m_error)));
}

Result<Done> PdfSplitter::writeParts(const QByteArray &pdf, const QList<PdfPart> &parts,
                                     const std::function<bool(int done)> &keepGoing)
{
    using R = Result<Done>;
    std::atomic<qsizetype> next {0}; // the next part to take, whichever thread takes it
    std::atomic<int> done {0};
    std::atomic<bool> stop {false};
    std::vector<char> written(size_t(parts.size()), 0); // each entry set by one thread only
    // qpdf: "it is safe to use separate QPDF [...] objects on separate threads"
    // (QPDFLogger.hh); each worker reads `pdf` (const, shared) with a QPDF of its own.
    const auto work = [&](bool here) -> R {
        const PdfSplitter splitter(pdf);
        while (!stop) {
            if (here && keepGoing && !keepGoing(done.load())) {
                stop = true;
                return R::refused(Problem::refused(QStringLiteral("CANCELLED"),
                                                   tr("Stopped: no file was kept.")));
            }
            const qsizetype i = next++;
            if (i >= parts.size())
                break;
            const R result = splitter.write(parts.at(i));
            if (!result) {
                stop = true;
                return result;
            }
            written[size_t(i)] = 1;
            ++done;
        }
        return R::ok(Done {});
    };
    std::future<R> other;
    if (parts.size() > 1 && QThread::idealThreadCount() > 1)
        other = std::async(std::launch::async, work, false);
    R result = work(true);
    if (other.valid()) {
        const R theirs = other.get();
        if (result && !theirs)
            result = theirs;
    }
    if (!result) {
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (written[size_t(i)])
                QFile::remove(parts.at(i).path);
        }
    }
    return result;
}

Result<Done> PdfSplitter::writeWhole(const QString &path, const PdfMetadata &metadata)
{
    using R = Result<Done>;
    if (!m_error.isEmpty())
        return unreadable(path);
    try {
        describe(*m_source, metadata);
        return save(*m_source, path);
    } catch (const std::exception &error) {
        return R::refused(
            pdfProblem(tr("Cannot write %1: %2").arg(path, QString::fromStdString(error.what()))));
    }
}

void PdfSplitter::describe(QPDF &pdf, PdfMetadata metadata)
{
    // One instant for the packet and the Info dictionary, so that they agree.
    metadata.created = metadata.createdOrNow();
    QPDFObjectHandle xmp = QPDFObjectHandle::newStream(&pdf, pdfaXmpPacket(metadata).toStdString());
    xmp.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    xmp.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    pdf.getRoot().replaceKey("/Metadata", xmp);
    pdf.getTrailer().replaceKey("/Info", infoFor(pdf, metadata));
}

Result<Done> PdfSplitter::save(QPDF &pdf, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<Done>::refused(
            pdfProblem(tr("Cannot write %1: %2").arg(path, file.errorString())));
    bool written = true;
    Pl_Function output("file", nullptr, [&](unsigned char const *data, size_t length) {
        written = written
            && file.write(reinterpret_cast<const char *>(data), qint64(length)) == qint64(length);
    });
    QPDFWriter writer(pdf);
    writer.setOutputPipeline(&output);
    // PDF/A-1: version 1.4 with a classic cross-reference table, streams kept as drawn
    // (already compressed; the XMP packet must stay unfiltered), EOL before "endstream",
    // and an /ID (from the content, so the same letter gives the same file).
    writer.forcePDFVersion("1.4");
    writer.setObjectStreamMode(qpdf_o_disable);
    writer.setDecodeLevel(qpdf_dl_none);
    writer.setCompressStreams(false);
    writer.setNewlineBeforeEndstream(true);
    writer.setDeterministicID(true);
    writer.write();
    if (!written || !file.commit())
        return Result<Done>::refused(
            pdfProblem(tr("Cannot write %1: %2").arg(path, file.errorString())));
    return Result<Done>::ok(Done {});
}

} // namespace tavolo::documents

// Letters cut out of the combined PDF (PdfSplitter): each file holds its recipient's pages
// only and is still PDF/A-1b; bad input is refused and leaves no file.

#include "core/documents/letterexporter.h"
#include "core/documents/pagedoutput.h"
#include "core/documents/pdfsplitter.h"
#include "documentsamples.h"
#include "pdftools.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>

using namespace tavolo;
using namespace tavolo::documents;

class TestPdfSplitter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachLetterHoldsItsRecipientOnly();
    void partsKeepPdfA1Structure();
    void infoAndXmpAgree();
    void sameLetterGivesTheSameFile();
    void pagesOutOfRangeAreRefused();
    void damagedInputIsRefused();
    void unwritablePathIsRefused();
    void onePartRefusedRemovesTheOthers();

private:
    static QByteArray combined(const QList<Recipient> &recipients, QList<int> *pages = nullptr);
    static QByteArray bytes(const QString &path);
};

void TestPdfSplitter::initTestCase()
{
    // An offset from UTC, so that a date written in two forms cannot agree by chance.
    qputenv("TZ", "Europe/Rome");
}

QByteArray TestPdfSplitter::combined(const QList<Recipient> &recipients, QList<int> *pages)
{
    const LetterRenderer renderer(samples::letterhead(), samples::ordinaryMeeting());
    std::vector<std::unique_ptr<QTextDocument>> documents;
    QList<QTextDocument *> all;
    for (const Recipient &recipient : recipients) {
        documents.push_back(renderer.document(recipient));
        all << documents.back().get();
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    PdfMetadata metadata;
    metadata.title = QStringLiteral("Tutte le lettere");
    const auto written =
        PagedOutput::writePdf(&buffer, all, QList<QString>(all.size(), QString()), metadata);
    if (written && pages)
        *pages = written.value();
    return pdf;
}

QByteArray TestPdfSplitter::bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestPdfSplitter::eachLetterHoldsItsRecipientOnly()
{
    QTemporaryDir dir;
    const QList<Recipient> recipients = samples::recipients();
    const auto report =
        LetterExporter(LetterRenderer(samples::letterhead(), samples::ordinaryMeeting()))
            .exportLetters(dir.path(), recipients);
    QVERIFY2(report, qPrintable(describe(report.problems())));
    QCOMPARE(report.value().letterFiles.size(), recipients.size());
    int pages = 0;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const QString file = report.value().letterFiles.at(i);
        const QString text = pdftools::text(file);
        QVERIFY2(text.contains(recipients.at(i).name), qPrintable(file));
        for (qsizetype j = 0; j < recipients.size(); ++j) {
            if (j != i)
                QVERIFY2(!text.contains(recipients.at(j).name),
                         qPrintable(recipients.at(j).name + QStringLiteral(" in ") + file));
        }
        pages += pdftools::pages(file);
    }
    QCOMPARE(pages, report.value().combinedPages);
    QCOMPARE(pdftools::pages(report.value().combinedFile), report.value().combinedPages);
    const QString all = pdftools::text(report.value().combinedFile);
    for (const Recipient &recipient : recipients)
        QVERIFY(all.contains(recipient.name));
}

void TestPdfSplitter::partsKeepPdfA1Structure()
{
    QTemporaryDir dir;
    QList<int> pages;
    const QByteArray pdf = combined(samples::recipients(), &pages);
    QCOMPARE(pages.size(), 3);
    PdfSplitter splitter(pdf);
    PdfPart part;
    part.firstPage = pages.at(0);
    part.pageCount = pages.at(1);
    part.path = dir.filePath(QStringLiteral("second.pdf"));
    part.metadata.title = QStringLiteral("Seconda lettera");
    QVERIFY(splitter.write(part));
    const QString whole = dir.filePath(QStringLiteral("whole.pdf"));
    QVERIFY(splitter.writeWhole(whole, part.metadata));

    for (const QString &path : {part.path, whole}) {
        const QByteArray data = bytes(path);
        // §6.1.2: version 1.4 header, then a comment of four bytes above 127.
        QVERIFY(data.startsWith("%PDF-1.4\n%"));
        for (int i = 10; i < 14; ++i)
            QVERIFY2(quint8(data.at(i)) > 127, qPrintable(path));
        // §6.1.3 and PDF 1.4: an /ID in the trailer, no object or cross-reference streams.
        QVERIFY(data.contains("/ID ["));
        QVERIFY(!data.contains("/ObjStm"));
        QVERIFY(!data.contains("/XRefStm"));
        // §6.1.7: an end of line before every "endstream".
        qsizetype at = data.indexOf("endstream");
        QVERIFY(at > 0);
        for (; at >= 0; at = data.indexOf("endstream", at + 1))
            QVERIFY2(data.at(at - 1) == '\n', qPrintable(path));
        // §6.7.2: the XMP packet is not filtered (readable in the file as it is).
        QVERIFY(data.contains("<pdfaid:part>1</pdfaid:part>"));
        QVERIFY(data.contains("/OutputIntents"));
        QVERIFY2(pdftools::fontsNotEmbedded(path).isEmpty(), qPrintable(path));
    }
    QCOMPARE(pdftools::pages(part.path), pages.at(1));
    QCOMPARE(pdftools::pages(whole), pages.at(0) + pages.at(1) + pages.at(2));
}

void TestPdfSplitter::infoAndXmpAgree()
{
    QTemporaryDir dir;
    const QByteArray pdf = combined(samples::recipients());
    PdfPart part;
    part.path = dir.filePath(QStringLiteral("first.pdf"));
    part.metadata.title = QStringLiteral("Convocazione – Mario Rossi");
    part.metadata.author = QStringLiteral("Comunità Montana");
    part.metadata.subject = QStringLiteral("Seduta ordinaria");
    part.metadata.created = QDateTime(QDate(2015, 3, 2), QTime(9, 15, 30));
    QVERIFY(PdfSplitter(pdf).write(part));

    const QString info = pdftools::run(
        QStringLiteral("pdfinfo"), {QStringLiteral("-isodates"), hosttools::hostPath(part.path)});
    QVERIFY2(info.contains(QStringLiteral("Title:           Convocazione – Mario Rossi\n")),
             qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("Author:          Comunità Montana\n")));
    QVERIFY(info.contains(QStringLiteral("Subject:         Seduta ordinaria\n")));
    QVERIFY(info.contains(QStringLiteral("Creator:         Tavolo\n")));
    QVERIFY(info.contains(QStringLiteral("Producer:        Qt ")));
    const QString meta = pdftools::metadata(part.path);
    QVERIFY(meta.contains(QStringLiteral("Convocazione – Mario Rossi</rdf:li>")));
    QVERIFY(meta.contains(QStringLiteral("<rdf:li>Comunità Montana</rdf:li>")));
    QVERIFY(meta.contains(QStringLiteral("<pdf:Producer>Qt ")));

    // The same instant in both: 09:15:30 in Rome on 2 March 2015 is 08:15:30 UTC.
    const QRegularExpressionMatch infoDate =
        QRegularExpression(QStringLiteral("CreationDate:\\s+(\\S+)")).match(info);
    const QRegularExpressionMatch xmpDate =
        QRegularExpression(QStringLiteral("<xmp:CreateDate>([^<]+)<")).match(meta);
    QVERIFY(infoDate.hasMatch() && xmpDate.hasMatch());
#ifdef Q_OS_WIN
    // Windows takes its zone from the system, not from TZ: the instant given, in that zone.
    const QDateTime expected = QDateTime(QDate(2015, 3, 2), QTime(9, 15, 30)).toUTC();
#else
    const QDateTime expected(QDate(2015, 3, 2), QTime(8, 15, 30), QTimeZone::utc());
#endif
    QCOMPARE(QDateTime::fromString(xmpDate.captured(1), Qt::ISODate).toUTC(), expected);
    QCOMPARE(QDateTime::fromString(infoDate.captured(1), Qt::ISODate).toUTC(), expected);
#ifndef Q_OS_WIN
    QCOMPARE(xmpDate.captured(1), QStringLiteral("2015-03-02T09:15:30+01:00"));
#endif
}

void TestPdfSplitter::sameLetterGivesTheSameFile()
{
    QTemporaryDir dir;
    const QByteArray pdf = combined(samples::recipients());
    PdfSplitter splitter(pdf);
    PdfPart part;
    part.metadata.title = QStringLiteral("Lettera");
    part.metadata.created = QDateTime(QDate(2026, 11, 23), QTime(10, 0));
    part.path = dir.filePath(QStringLiteral("a.pdf"));
    QVERIFY(splitter.write(part));
    part.path = dir.filePath(QStringLiteral("b.pdf"));
    QVERIFY(splitter.write(part));
    QCOMPARE(bytes(dir.filePath(QStringLiteral("a.pdf"))),
             bytes(dir.filePath(QStringLiteral("b.pdf"))));
    part.firstPage = 1;
    part.path = dir.filePath(QStringLiteral("c.pdf"));
    QVERIFY(splitter.write(part));
    QVERIFY(bytes(part.path) != bytes(dir.filePath(QStringLiteral("a.pdf"))));
}

void TestPdfSplitter::pagesOutOfRangeAreRefused()
{
    QTemporaryDir dir;
    QList<int> pages;
    const QByteArray pdf = combined(samples::recipients(), &pages);
    const int total = pages.at(0) + pages.at(1) + pages.at(2);
    PdfSplitter splitter(pdf);
    const QList<QPair<int, int>> wrong = {{-1, 1}, {0, 0}, {total, 1}, {total - 1, 2}};
    for (const auto &[first, count] : wrong) {
        PdfPart part;
        part.firstPage = first;
        part.pageCount = count;
        part.path = dir.filePath(QStringLiteral("part.pdf"));
        const Result<Done> written = splitter.write(part);
        QVERIFY(!written);
        QCOMPARE(written.problems().first().rule, QStringLiteral("PDF"));
        QVERIFY(!QFile::exists(part.path));
    }
}

void TestPdfSplitter::damagedInputIsRefused()
{
    QTemporaryDir dir;
    const QByteArray pdf = combined(samples::recipients());
    const QList<QByteArray> damaged = {QByteArray("not a PDF at all"), pdf.left(pdf.size() / 2),
                                       QByteArray()};
    for (const QByteArray &input : damaged) {
        PdfSplitter splitter(input);
        PdfPart part;
        part.path = dir.filePath(QStringLiteral("part.pdf"));
        const Result<Done> written = splitter.write(part);
        QVERIFY2(!written, qPrintable(QString::number(input.size())));
        QVERIFY(!describe(written.problems()).isEmpty());
        QVERIFY(!QFile::exists(part.path));
        QVERIFY(!splitter.writeWhole(part.path, part.metadata));
        QVERIFY(!QFile::exists(part.path));
    }
}

void TestPdfSplitter::unwritablePathIsRefused()
{
    const QByteArray pdf = combined(samples::recipients());
    PdfPart part;
    part.path = QStringLiteral("/nonexistent-folder/letter.pdf");
    const Result<Done> written = PdfSplitter(pdf).write(part);
    QVERIFY(!written);
    QVERIFY(describe(written.problems()).contains(part.path));
}

void TestPdfSplitter::onePartRefusedRemovesTheOthers()
{
    // writeParts() works on two cores: whichever part fails, none of the others stays.
    QTemporaryDir dir;
    QList<int> pages;
    const QByteArray pdf = combined(samples::manyRecipients(12), &pages);
    for (int failing : {0, 5, 11}) {
        QList<PdfPart> parts;
        int first = 0;
        for (int i = 0; i < pages.size(); ++i) {
            PdfPart part;
            part.firstPage = first;
            part.pageCount = pages.at(i);
            part.path = i == failing ? QStringLiteral("/nonexistent-folder/x.pdf")
                                     : dir.filePath(QStringLiteral("%1.pdf").arg(i));
            parts << part;
            first += pages.at(i);
        }
        const Result<Done> written = PdfSplitter::writeParts(pdf, parts);
        QVERIFY(!written);
        QVERIFY(describe(written.problems()).contains(QStringLiteral("/nonexistent-folder")));
        QVERIFY2(QDir(dir.path()).entryList(QDir::Files).isEmpty(),
                 qPrintable(QDir(dir.path()).entryList(QDir::Files).join(u' ')));
    }
}

QTEST_MAIN(TestPdfSplitter)
#include "tst_pdfsplitter.moc"

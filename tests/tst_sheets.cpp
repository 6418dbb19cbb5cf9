// Attendance sheet and composition list for publication: PDF/A-1b, content by
// pdftotext, and no contact data in the published list (GDPR).

#include "core/documents/attendancesheet.h"
#include "core/documents/compositionlist.h"
#include "core/documents/documenthtml.h"
#include "core/documents/pagedoutput.h"
#include "documentsamples.h"
#include "pdftools.h"

#include <QPageLayout>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace tavolo;
using namespace tavolo::documents;

namespace {

// Participant `i`, with a name, organisation and role that wrap to one, two or three lines in
// their columns, varying from one participant to the next so that the page breaks fall in
// different places. The first and the last word of each field carry `i` ("Ente17 … Sede17"):
// a field cut by a page break has them on two pages. Every seventh is a guest.
Recipient wrappingParticipant(int i)
{
    static const QStringList names = {QStringLiteral("Rossi"),
                                      QStringLiteral("Maria Giovanna De Santis Ferraris"),
                                      QStringLiteral("Anna")};
    static const QStringList organisations = {
        QStringLiteral("Comune"), QStringLiteral("Associazione di Volontariato"),
        QStringLiteral("Cooperativa Sociale di Solidarietà e Inserimento Lavorativo"),
        QStringLiteral("ATS della Montagna")};
    static const QStringList roles = {
        QStringLiteral("Rappresentante"),
        QStringLiteral("Rappresentante delle Cooperative sociali di tipo B"),
        QStringLiteral("Membro di diritto"), QStringLiteral("Delegato del Sindaco"),
        QStringLiteral("Responsabile dell'Ufficio di Piano (supplente)")};
    const QString n = QString::number(i);
    Recipient r;
    r.name = QStringLiteral("Nome%1 %2 Cognome%1").arg(n, names.at(i % names.size()));
    r.organisation =
        QStringLiteral("Ente%1 %2 Sede%1").arg(n, organisations.at(i % organisations.size()));
    r.role = QStringLiteral("Ruolo%1 %2 Seggio%1").arg(n, roles.at(i % roles.size()));
    r.guest = i % 7 == 0;
    return r;
}

// The 0-based page of each word of `words` (pdftools::pageWords), -1 when it is not printed.
QList<int> pagesOf(const QList<QStringList> &pages, const QStringList &words)
{
    QList<int> found;
    for (const QString &word : words) {
        int page = -1;
        for (qsizetype p = 0; p < pages.size() && page < 0; ++p) {
            if (pages.at(p).contains(word))
                page = int(p);
        }
        found << page;
    }
    return found;
}

} // namespace

class TestSheets : public QObject
{
    Q_OBJECT
private slots:
    void attendanceSheetListsEveryone();
    void longAttendanceSheetRepeatsTheHeader();
    void attendanceRowsAreNeverCutByAPageBreak_data();
    void attendanceRowsAreNeverCutByAPageBreak();
    void compositionListHasNoContacts();
    void unwritablePathIsRefused();
    void nothingIsPrintedBetweenTheTextAndTheFooter();
};

void TestSheets::attendanceSheetListsEveryone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("presenze.pdf"));
    const AttendanceSheet sheet(samples::letterhead(), samples::ordinaryMeeting());
    const auto participants = samples::recipients();
    const auto pages = sheet.writePdf(path, participants);
    QVERIFY(pages);
    QCOMPARE(pages.value(), 1);
    const QString text = pdftools::text(path);
    QVERIFY2(text.contains(QStringLiteral("FOGLIO PRESENZE")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("giovedì 12 marzo 2015, ore 16:30")));
    QVERIFY(text.contains(samples::ordinaryMeeting().place));
    QVERIFY(text.contains(QStringLiteral("Firma")));
    for (const Recipient &r : participants) {
        QVERIFY(text.contains(r.name));
        QVERIFY(text.contains(r.organisation));
        QVERIFY(!text.contains(r.pec) || r.pec.isEmpty());
    }
    // Members first, then the guests under their own heading (R-F).
    QVERIFY(text.indexOf(QStringLiteral("Giuseppe Verdi"))
            < text.indexOf(QStringLiteral("Invitati dal Presidente")));
    QVERIFY(text.indexOf(QStringLiteral("Invitati dal Presidente"))
            < text.indexOf(QStringLiteral("Lucia Neri")));
    QVERIFY(pdftools::metadata(path).contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    QVERIFY(pdftools::fontsNotEmbedded(path).isEmpty());
}

void TestSheets::longAttendanceSheetRepeatsTheHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("presenze.pdf"));
    const auto pages = AttendanceSheet(samples::letterhead(), samples::ordinaryMeeting())
                           .writePdf(path, samples::manyRecipients(40));
    QVERIFY(pages);
    QVERIFY(pages.value() >= 2);
    QCOMPARE(pdftools::pages(path), pages.value());
    const QString text = pdftools::text(path);
    QCOMPARE(text.count(QStringLiteral("Nome e cognome")), pages.value());
    QVERIFY(text.contains(QStringLiteral("Componente Numero 40")));
}

void TestSheets::attendanceRowsAreNeverCutByAPageBreak_data()
{
    QTest::addColumn<int>("participants");
    QTest::addColumn<int>("blankRows");
    QTest::newRow("1") << 1 << 3;
    // With Qt's own pagination the guests' heading was left at the foot of page 1 (9), and
    // the secretary's line alone on a last page without the table (30).
    QTest::newRow("9") << 9 << 3;
    QTest::newRow("12") << 12 << 3;
    QTest::newRow("30") << 30 << 3;
    QTest::newRow("45") << 45 << 3;
    QTest::newRow("90, 12 blank rows") << 90 << 12;
    QTest::newRow("200") << 200 << 3;
}

// A signature sheet whose row is cut by a page break (the name on one page, its last line or
// the signature box on the next) cannot be signed: every row stays whole on one page, under
// the header repeated on each page (issue: long sheets, names and organisations on 2-3 lines).
void TestSheets::attendanceRowsAreNeverCutByAPageBreak()
{
    QFETCH(int, participants);
    QFETCH(int, blankRows);
    QList<Recipient> list;
    for (int i = 1; i <= participants; ++i)
        list << wrappingParticipant(i);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("presenze.pdf"));
    const auto written =
        AttendanceSheet(samples::letterhead(), samples::ordinaryMeeting(), blankRows)
            .writePdf(path, list);
    QVERIFY(written);
    QCOMPARE(pdftools::pages(path), written.value());
    const QList<QStringList> pages = pdftools::pageWords(path);
    QCOMPARE(pages.size(), written.value());

    for (qsizetype p = 0; p < pages.size(); ++p) {
        const QString page = pages.at(p).join(QLatin1Char(' '));
        QVERIFY2(page.contains(QStringLiteral("Nome e cognome"))
                     && page.contains(QStringLiteral("Firma")),
                 qPrintable(QStringLiteral("no header on page %1: %2").arg(p + 1).arg(page)));
    }
    for (int i = 1; i <= participants; ++i) {
        const QString n = QString::number(i);
        const QStringList words = {QStringLiteral("Nome") + n,  QStringLiteral("Cognome") + n,
                                   QStringLiteral("Ente") + n,  QStringLiteral("Sede") + n,
                                   QStringLiteral("Ruolo") + n, QStringLiteral("Seggio") + n};
        const QList<int> found = pagesOf(pages, words);
        QVERIFY2(!found.contains(-1) && found.count(found.first()) == found.size(),
                 qPrintable(QStringLiteral("participant %1 cut across pages: %2 on pages %3")
                                .arg(n, words.join(QLatin1Char(' ')))
                                .arg([&found] {
                                    QStringList numbers;
                                    for (int page : found)
                                        numbers << QString::number(page + 1);
                                    return numbers.join(QLatin1Char(' '));
                                }())));
    }
    QVERIFY(pdftools::metadata(path).contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
    // The guests' heading is not left alone at the foot of a page: the first guest follows it.
    if (participants >= 7) {
        const QList<int> heading =
            pagesOf(pages, {QStringLiteral("Invitati"), QStringLiteral("Nome7")});
        QCOMPARE(heading.first(), heading.last());
    }
}

void TestSheets::compositionListHasNoContacts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("composizione.pdf"));
    const CompositionList list(samples::letterhead(), QStringLiteral("Tavolo del Terzo Settore"),
                               QDate(2015, 3, 12));
    const QList<CompositionEntry> entries = {
        {QStringLiteral("Maria Bianchi"), QStringLiteral("Comunità Montana Valtellina di Sondrio"),
         QStringLiteral("Membro di diritto – Responsabile dell'Ufficio di Piano")},
        {QStringLiteral("Mario Rossi"), QStringLiteral("Cooperativa Sociale Il Sentiero"),
         QStringLiteral("Cooperative sociali e organismi della cooperazione")},
    };
    QVERIFY(list.writePdf(path, entries));
    const QString text = pdftools::text(path);
    QVERIFY2(text.contains(QStringLiteral("Composizione del Tavolo del Terzo Settore")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("aggiornata al 12 marzo 2015")));
    for (const CompositionEntry &e : entries) {
        QVERIFY(text.contains(e.name));
        QVERIFY(text.contains(e.organisation));
        QVERIFY(text.contains(e.category));
    }
    // Only the office's own address (in the footer) may appear: no personal contacts.
    const QString withoutFooter = text.left(text.indexOf(QStringLiteral("2016/679")));
    QVERIFY(!list.html(entries).contains(QLatin1Char('@')));
    QVERIFY2(!withoutFooter.contains(QLatin1Char('@')), qPrintable(withoutFooter));
    QVERIFY(!withoutFooter.contains(QStringLiteral("PEC")));
    QVERIFY(text.contains(QStringLiteral("2016/679")));
    QVERIFY(pdftools::metadata(path).contains(
        QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    QVERIFY(pdftools::fontsNotEmbedded(path).isEmpty());
    QVERIFY(!list.previewImage(entries).isNull());
}

void TestSheets::unwritablePathIsRefused()
{
    const auto result =
        AttendanceSheet(samples::letterhead(), samples::ordinaryMeeting())
            .writePdf(QStringLiteral("/nonexistent-dir/p.pdf"), samples::recipients());
    QVERIFY(!result);
    QCOMPARE(result.problems().first().rule, QStringLiteral("PDF"));
}

// A paragraph whose top margin ends a page and whose line begins the next one was drawn on both
// pages, the first time in the band between the text and the footer line (the minutes' last
// lines did so). Paragraphs with wide margins, over several pages: that band stays white.
void TestSheets::nothingIsPrintedBetweenTheTextAndTheFooter()
{
    auto document = html::newDocument(QImage());
    QString body;
    for (int i = 0; i < 160; ++i)
        body += QStringLiteral("<p style=\"margin-top: %1px;\">Paragrafo %2</p>")
                    .arg(20 + (i * 7) % 40)
                    .arg(i);
    document->setHtml(body);
    const int pages = PagedOutput::layout(*document);
    QVERIFY(pages > 3);
    const QRectF paint = PagedOutput::pageLayout().paintRectPixels(PagedOutput::Resolution);
    const int bandTop = qCeil(paint.top() + document->pageSize().height()) + 1;
    const int bandBottom = bandTop + 12; // the footer line is 3.85 mm (45 px) below
    for (int page = 0; page < pages; ++page) {
        const QImage image =
            PagedOutput::renderPage(*document, page, QString(), PagedOutput::Resolution);
        for (int y = bandTop; y < bandBottom; ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixel(x, y) != qRgb(255, 255, 255))
                    QFAIL(qPrintable(QStringLiteral("page %1: ink at %2,%3 below the text")
                                         .arg(page + 1)
                                         .arg(x)
                                         .arg(y)));
    }
}

QTEST_MAIN(TestSheets)
#include "tst_sheets.moc"

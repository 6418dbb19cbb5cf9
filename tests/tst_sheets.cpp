// Attendance sheet and composition list for publication (issue 4): PDF/A-1b, content by
// pdftotext, and no contact data in the published list (GDPR).

#include "core/documents/attendancesheet.h"
#include "core/documents/compositionlist.h"
#include "documentsamples.h"
#include "pdftools.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tavolo;
using namespace tavolo::documents;

class TestSheets : public QObject
{
    Q_OBJECT
private slots:
    void attendanceSheetListsEveryone();
    void longAttendanceSheetRepeatsTheHeader();
    void compositionListHasNoContacts();
    void unwritablePathIsRefused();
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
            < text.indexOf(QStringLiteral("Ospiti invitati dal Presidente")));
    QVERIFY(text.indexOf(QStringLiteral("Ospiti invitati dal Presidente"))
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

QTEST_MAIN(TestSheets)
#include "tst_sheets.moc"

// Printing: the letters, the attendance sheet, the composition and the registers go
// to the printer laid out as their PDFs, through File › Print… and the Print buttons beside
// Export. The printer here is Qt's PDF output, read back with pdftotext.
#include "archivefixture.h"
#include "core/domain/clock.h"
#include "core/exports/meetingexport.h"
#include "core/operations/batch.h"
#include "core/storage/meetingstore.h"
#include "gui/windowfixture.h"
#include "pdftools.h"
#include "storagehelpers.h"
#include "ui/page.h"
#include "ui/printing.h"
#include "ui/tavolo/exportdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tavolo;

namespace {

// A convened meeting of the Sondrio scenario (15 members, the letters' signatory among them).
qint64 convenedMeeting(Archive &archive)
{
    QFile file(QStringLiteral(TAVOLO_EXAMPLES "/sondrio-scenario.json"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const auto ops = Batch::parse(file.readAll());
    if (!ops)
        return 0;
    Batch(archive).run(ops.value(), [](const OperationResult &) {});
    Meeting next;
    next.date = QDate(2026, 12, 10);
    next.time = QTime(16, 30);
    next.place = QStringLiteral("Sala consiliare, Sondrio");
    next.agenda = {QStringLiteral("Relazione annuale"), QStringLiteral("Programmazione 2027")};
    const qint64 id = MeetingStore(archive).add(next).value();
    return MeetingStore(archive).convene(id, QDate(2026, 11, 25)) ? id : 0;
}

// `job` printed into a PDF file on paper of `size`: the file's path, the pages painted.
std::pair<QString, int> printToPdf(const PrintJob &job, const QString &path,
                                   QPageSize::PageSizeId size = QPageSize::A4)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(size));
    return {path, Printing::paint(printer, job)};
}

// How far down and across the first page the printing reaches, as fractions of the paper
// (pdftotext -bbox): a layout left at 300 dpi on a 1200 dpi printer fills a quarter of it.
QPointF reach(const QString &pdf)
{
    const QString bbox = pdftools::run(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
         QStringLiteral("1"), hosttools::hostPath(pdf), QStringLiteral("-")});
    static const QRegularExpression page(
        QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\""));
    static const QRegularExpression word(QStringLiteral("xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\""));
    const QRegularExpressionMatch size = page.match(bbox);
    if (!size.hasMatch())
        return {};
    qreal right = 0;
    qreal bottom = 0;
    for (const QRegularExpressionMatch &m : word.globalMatch(bbox)) {
        right = qMax(right, m.captured(1).toDouble());
        bottom = qMax(bottom, m.captured(2).toDouble());
    }
    return {right / size.captured(1).toDouble(), bottom / size.captured(2).toDouble()};
}

} // namespace

class TestGuiPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Clock::setToday(QDate(2026, 11, 30)); }
    void lettersAndSheetPrintAsTheirPdfs();
    void printFollowsTheTickedDocuments();
    void printActionFollowsThePage();
};

void TestGuiPrinting::lettersAndSheetPrintAsTheirPdfs()
{
    ArchiveFixture f;
    const qint64 id = convenedMeeting(f.archive);
    QVERIFY(id > 0);
    const auto exporter = MeetingExport::forMeeting(f.archive, id);
    QVERIFY(exporter);
    ExportDialog dialog(exporter.value(), exporter.warnings(), nullptr);
    dialog.protocolEdit()->setText(QStringLiteral("4512/2026"));
    QTemporaryDir out;
    dialog.folderEdit()->setText(out.filePath(QStringLiteral("export")));
    QStringList written;
    QVERIFY(dialog.exportFiles(&written));
    const QStringList pdfs = written.filter(QStringLiteral(".pdf"));
    const QString combined =
        exporter.value()
            .letters(out.filePath(QStringLiteral("again")), QStringLiteral("4512/2026"))
            .value()
            .combinedFile;
    const QStringList sheets = pdfs.filter(QStringLiteral("Attendance"));
    QCOMPARE(sheets.size(), 1);
    const int exportedPages = pdftools::pages(combined) + pdftools::pages(sheets.first());
    QVERIFY(exportedPages >= 15);

    // On A4 and on US Letter alike: every page of the exported letters and sheet, no more.
    for (const auto size : {QPageSize::A4, QPageSize::Letter}) {
        const auto [path, painted] = printToPdf(
            dialog.printJob(), out.filePath(QStringLiteral("printed-%1.pdf").arg(int(size))), size);
        QCOMPARE(painted, exportedPages);
        QCOMPARE(pdftools::pages(path), exportedPages);
        const QString text = pdftools::text(path);
        for (const QString &words :
             {QStringLiteral("4512/2026"), QStringLiteral("Marco Bianchi"),
              QStringLiteral("Roberto Santoro"), QStringLiteral("Relazione annuale"),
              QStringLiteral("FOGLIO PRESENZE")})
            QVERIFY2(text.contains(words), qPrintable(words));
        // Scaled to the paper, neither cut nor shrunk: the footer near the bottom edge, the
        // lines reaching the right margin, nothing past the paper.
        const QPointF reached = reach(path);
        QVERIFY2(reached.y() > 0.85 && reached.y() < 1.0, qPrintable(QString::number(reached.y())));
        QVERIFY2(reached.x() > 0.7 && reached.x() < 1.0, qPrintable(QString::number(reached.x())));
    }
}

void TestGuiPrinting::printFollowsTheTickedDocuments()
{
    ArchiveFixture f;
    const qint64 id = convenedMeeting(f.archive);
    const auto exporter = MeetingExport::forMeeting(f.archive, id);
    QVERIFY(exporter);
    ExportDialog dialog(exporter.value(), exporter.warnings(), nullptr);
    auto *print = dialog.findChild<QPushButton *>(QStringLiteral("print"));
    QVERIFY(print);
    QVERIFY(print->isEnabled());
    QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
    QCOMPARE(boxes.size(), 3); // letters, sheet, calendar
    boxes.at(0)->setChecked(false);
    QVERIFY(print->isEnabled());
    QTemporaryDir out;
    // The sheet alone: no letter on paper.
    const auto [path, painted] =
        printToPdf(dialog.printJob(), out.filePath(QStringLiteral("sheet.pdf")));
    QVERIFY(painted >= 1);
    const QString text = pdftools::text(path);
    QVERIFY(text.contains(QStringLiteral("FOGLIO PRESENZE")));
    QVERIFY(!text.contains(QStringLiteral("Relazione annuale, ")));
    boxes.at(1)->setChecked(false);
    QVERIFY(!print->isEnabled()); // only the calendar file is ticked: nothing to print
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("printPreview"))->isEnabled());
}

void TestGuiPrinting::printActionFollowsThePage()
{
    WindowFixture f;
    QVERIFY(f.opened);
    MainWindow &window = f.window;
    QCOMPARE(storagehelpers::addOrganisations(window.archive(), 1, 3), 3);
    window.show();
    auto *print = window.findChild<QAction *>(QStringLiteral("printAction"));
    QVERIFY(print);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    const auto pageNamed = [&](const QString &name) {
        for (int i = 0; i < window.pages().size(); ++i)
            if (window.pages().at(i)->pageName() == name)
                return i;
        return -1;
    };
    const QList<std::pair<QString, bool>> expected {{QStringLiteral("tavolo.dashboard"), false},
                                                    {QStringLiteral("organisations"), true},
                                                    {QStringLiteral("people"), true},
                                                    {QStringLiteral("tavolo.composition"), true},
                                                    {QStringLiteral("audit"), false},
                                                    {QStringLiteral("settings"), false}};
    for (const auto &[name, printable] : expected) {
        const int index = pageNamed(name);
        QVERIFY2(index >= 0, qPrintable(name));
        window.showPage(index);
        QVERIFY2(print->isEnabled() == printable, qPrintable(name));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("printPreviewAction"))->isEnabled(),
                 printable);
    }
    // The register prints what its page shows: the three organisations, under the letterhead.
    window.showPage(pageNamed(QStringLiteral("organisations")));
    const auto [path, painted] =
        printToPdf(window.pages().at(pageNamed(QStringLiteral("organisations")))->printJob(),
                   f.dir.filePath(QStringLiteral("register.pdf")));
    QCOMPARE(painted, 1);
    const QString text = pdftools::text(path);
    for (int n = 1; n <= 3; ++n)
        QVERIFY2(text.contains(storagehelpers::organisation(n).name), qPrintable(text.left(400)));
    QVERIFY(!text.contains(storagehelpers::organisation(4).name));
}

QTEST_MAIN(TestGuiPrinting)
#include "tst_gui_printing.moc"

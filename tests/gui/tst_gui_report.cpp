// The Relazione annuale page (issue 17) in the real main window on the Casalasco example: the
// year picked shows its report page by page (the cycle's year has its tables' chart, an empty
// year says so), and the buttons' export writes the PDF and the ODT of the year shown.
#include "core/operations/batch.h"
#include "ui/report/reportpage.h"
#include "ui/tavolo/tavolopages.h"
#include "windowfixture.h"

#include <QFile>
#include <QSpinBox>
#include <QTest>

using namespace tavolo;

class TestGuiReport : public QObject
{
    Q_OBJECT

private slots:
    void previewAndExport()
    {
        WindowFixture f;
        QVERIFY(f.opened);
        QFile file(QStringLiteral(TAVOLO_EXAMPLES "/casalasco-cycle.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto ops = Batch::parse(file.readAll());
        QVERIFY(ops);
        Batch(f.window.archive()).run(ops.value(), [](const OperationResult &) {});
        f.window.resize(1280, 800);
        f.window.show();
        f.window.showPageNamed(TavoloPages::Report);
        auto *page = f.window.findChild<ReportPage *>();
        QVERIFY(page);
        QVERIFY(page->isVisible());

        page->setYear(2021);
        QCOMPARE(page->findChild<QSpinBox *>(QStringLiteral("reportYear"))->value(), 2021);
        QVERIFY(page->pageCount() >= 2);
        const QImage first = page->image();
        QVERIFY(!first.isNull());
        // Not a blank sheet: the letterhead and the title are drawn.
        int inked = 0;
        for (int y = 0; y < first.height() / 4; ++y)
            for (int x = 0; x < first.width(); ++x)
                inked += first.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        QVERIFY(inked > 100);

        auto *number = page->findChild<QSpinBox *>(QStringLiteral("reportPageNumber"));
        QVERIFY(number);
        QCOMPARE(number->maximum(), page->pageCount());
        number->setValue(2);
        QVERIFY(page->image() != first);

        QTemporaryDir out;
        const auto pdf = page->exportTo(out.path(), false);
        QVERIFY2(pdf,
                 qPrintable(pdf.problems().isEmpty() ? QString() : pdf.problems().first().message));
        QVERIFY(pdf.value().endsWith(QStringLiteral("Relazione annuale 2021.pdf")));
        QFile written(pdf.value());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(8).startsWith("%PDF-1.4"));
        const auto odt = page->exportTo(out.path(), true);
        QVERIFY(odt);
        QVERIFY(odt.value().endsWith(QStringLiteral("Relazione annuale 2021.odt")));

        // A year without anything: still a report, one page or more, no failure.
        page->setYear(2010);
        QVERIFY(page->pageCount() >= 1);
    }
};

QTEST_MAIN(TestGuiReport)
#include "tst_gui_report.moc"

// The clerk's guide: F1 on a page opens the guide at that page's section, every page
// of the main window has one, and the guide saved as PDF carries every heading.
#include "gui/windowfixture.h"
#include "pdftools.h"
#include "ui/helpdialog.h"
#include "ui/page.h"
#include "ui/userguide.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace tavolo;

namespace {

// The first line of text the guide's window shows at its top.
QString topLine(QTextBrowser *browser)
{
    return browser->cursorForPosition(QPoint(4, 4)).block().text();
}

} // namespace

class TestGuiHelp : public QObject
{
    Q_OBJECT

private slots:
    void f1OpensTheSectionOfThePageShown();
    void everyPageHasASection();
    void theGuideAsPdfHasItsHeadings();
};

void TestGuiHelp::f1OpensTheSectionOfThePageShown()
{
    WindowFixture f;
    QVERIFY(f.opened);
    MainWindow &window = f.window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("guideAction"))->shortcut(),
             QKeySequence(QKeySequence::HelpContents));

    const QList<std::pair<QString, QString>> sections {
        {QStringLiteral("organisations"), QStringLiteral("3. Il registro: enti")},
        {QStringLiteral("tavolo.composition"), QStringLiteral("5. La composizione del Tavolo")},
        {QStringLiteral("tavolo.meetings"),
         QStringLiteral("6. Le sedute: dalla convocazione alle presenze")}};
    for (const auto &[page, heading] : sections) {
        window.showPageNamed(page);
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *help = window.findChild<HelpDialog *>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QTRY_COMPARE(topLine(help->browser()), heading);
    }
}

void TestGuiHelp::everyPageHasASection()
{
    WindowFixture f;
    QVERIFY(f.window.pages().size() >= 10);
    for (const Page *page : f.window.pages())
        QVERIFY2(UserGuide::sectionUrl(page->pageName()).hasFragment(),
                 qPrintable(page->pageName()));
    QVERIFY(!UserGuide::sectionUrl(QStringLiteral("no-such-page")).hasFragment());
}

void TestGuiHelp::theGuideAsPdfHasItsHeadings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("guida.pdf"));
    const auto written = UserGuide::writePdf(path);
    QVERIFY2(written, qPrintable(describe(written.problems())));
    QCOMPARE(pdftools::pages(path), written.value());
    QVERIFY(written.value() >= 4);
    const QStringList headings = UserGuide::headings();
    QVERIFY(headings.size() >= 14);
    QVERIFY(headings.contains(QStringLiteral("16. Cosa significano i rifiuti")));
    const QString text = pdftools::text(path);
    for (const QString &heading : headings)
        QVERIFY2(text.contains(heading.simplified()), qPrintable(heading));
    for (const QString &rule : {QStringLiteral("R-A Presidenza."), QStringLiteral("R-J Storia."),
                                QStringLiteral("R-K Verbale.")})
        QVERIFY2(text.contains(rule), qPrintable(rule));
    QVERIFY(pdftools::metadata(path).contains(QStringLiteral("pdfaid:part")));
    // TAVOLO_GUIDE_PDF=docs/guide/guida.pdf keeps this very file as the docs' copy of the guide.
    if (const QString copy = qEnvironmentVariable("TAVOLO_GUIDE_PDF"); !copy.isEmpty()) {
        QFile::remove(copy);
        QVERIFY(QFile::copy(path, copy));
    }
}

QTEST_MAIN(TestGuiHelp)
#include "tst_gui_help.moc"

// The main window in Italian at its default size on a 1300×720 screen: no label,
// button or box text cut, no page that scrolls sideways. Longer Italian words are what cut them
// ("Qualifica del firmatario"), so the Italian translation is loaded as the clerk has it.
// With TAVOLO_GRAB_DIR set, every page is grabbed there (run under xvfb-run to look at them).
#include "core/config/translations.h"
#include "core/domain/clock.h"
#include "core/exports/meetingexport.h"
#include "core/operations/batch.h"
#include "core/storage/meetingstore.h"
#include "gui/windowfixture.h"
#include "ui/helpdialog.h"
#include "ui/organisationdialog.h"
#include "ui/page.h"
#include "ui/persondialog.h"
#include "ui/tavolo/amenddialog.h"
#include "ui/tavolo/designatedialog.h"
#include "ui/tavolo/exportdialog.h"
#include "ui/tavolo/meetingdialog.h"
#include "ui/tavolo/officedialog.h"
#include "ui/tavolo/requestdialog.h"
#include "ui/tavolo/tavolopage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tavolo;

namespace {

// The visible widgets of `page` whose one-line text needs more room than they were given.
QStringList cutTexts(QWidget *page)
{
    QStringList cut;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(page) || label->wordWrap() || label->text().isEmpty()
            || label->textFormat() == Qt::RichText || !label->pixmap().isNull())
            continue;
        if (label->width() < label->sizeHint().width())
            cut << QStringLiteral("label \"%1\": %2 of %3 px")
                       .arg(label->text())
                       .arg(label->width())
                       .arg(label->sizeHint().width());
    }
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(page) || button->text().isEmpty())
            continue;
        if (button->width() < button->sizeHint().width())
            cut << QStringLiteral("button \"%1\": %2 of %3 px")
                       .arg(button->text())
                       .arg(button->width())
                       .arg(button->sizeHint().width());
    }
    for (QScrollArea *area : page->findChildren<QScrollArea *>())
        if (area->isVisibleTo(page) && area->horizontalScrollBar()->isVisible())
            cut << QStringLiteral("%1 scrolls sideways").arg(area->objectName());
    return cut;
}

} // namespace

class TestGuiLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(*qApp, QStringLiteral("it"));
#ifdef Q_OS_WIN
        // The Windows build's tests run under Wine, whose stand-in fonts are wider than Segoe UI
        // (every page needed 1176-1342 px there): a measure of Wine, not of the clerk's screen.
        // packaging/windows/smoke.sh shows the installed program at 1366×768 instead.
        QSKIP("font metrics under Wine are not those of Windows");
#endif
    }
    void everyPageFitsInItalianAtTheDefaultSize();
    void theMainDialogsFitInItalian();
};

void TestGuiLayout::everyPageFitsInItalianAtTheDefaultSize()
{
    WindowFixture f;
    QVERIFY(f.opened);
    MainWindow &window = f.window;
    // The default size fits a 1300×720 screen (here whatever screen the platform gives).
    const QSize fits = MainWindow::defaultSize(QSize(1300, 720));
    QVERIFY(fits.width() <= 1300 && fits.height() <= 720 - 40);
    window.resize(fits);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString grabs = qEnvironmentVariable("TAVOLO_GRAB_DIR");
    QStringList cut;
    // The window is as wide as the widest page needs: each must fit the default size.
    const int room = fits.width() - (window.width() - window.pages().first()->width());
    const auto tooWide = [room](const Page *page) {
        return page->minimumSizeHint().width() > room;
    };
    const Page *groups = nullptr;
    for (const Page *page : window.pages()) {
        if (page->pageName() == QLatin1String("tavolo.groups"))
            groups = page;
        else if (tooWide(page))
            cut << QStringLiteral("%1 needs %2 px, has %3")
                       .arg(page->pageName())
                       .arg(page->minimumSizeHint().width())
                       .arg(room);
    }
    QVERIFY(groups);
    QVERIFY2(!tooWide(groups), qPrintable(QString::number(groups->minimumSizeHint().width())));
    for (int i = 0; i < window.pages().size(); ++i) {
        window.showPage(i);
        Page *page = window.pages().at(i);
        QTest::qWait(20);
        if (!grabs.isEmpty())
            window.grab().save(
                QDir(grabs).filePath(QStringLiteral("it-%1.png").arg(page->pageName())));
        for (const QString &what : cutTexts(page))
            cut << page->pageName() + QStringLiteral(": ") + what;
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

// The dialogs of the first week, on the Sondrio scenario, in Italian: within a 1300×720 screen
// and nothing cut.
void TestGuiLayout::theMainDialogsFitInItalian()
{
    Clock::setToday(QDate(2026, 11, 30));
    WindowFixture f;
    QVERIFY(f.opened);
    MainWindow &window = f.window;
    QFile scenario(QStringLiteral(TAVOLO_EXAMPLES "/sondrio-scenario.json"));
    QVERIFY(scenario.open(QIODevice::ReadOnly));
    const auto ops = Batch::parse(scenario.readAll());
    QVERIFY(ops);
    Batch(window.archive()).run(ops.value(), [](const OperationResult &) {});
    Meeting next;
    next.date = QDate(2026, 12, 10);
    next.time = QTime(16, 30);
    next.place = QStringLiteral("Sala consiliare, Sondrio");
    next.agenda = {
        QStringLiteral("Relazione annuale del Tavolo e programmazione delle attività 2027")};
    const qint64 meeting = MeetingStore(window.archive()).add(next).value();
    QVERIFY(MeetingStore(window.archive()).convene(meeting, QDate(2026, 11, 25)));
    window.showPageNamed(QStringLiteral("tavolo.composition"));
    TavoloPage *tavolo = nullptr;
    for (Page *page : window.pages())
        if (auto *candidate = qobject_cast<TavoloPage *>(page);
            candidate && page->pageName() == QLatin1String("tavolo.composition"))
            tavolo = candidate;
    QVERIFY(tavolo);
    tavolo->reload();
    const History &h = tavolo->history();
    const QDate today(2026, 11, 30);
    const auto exporter = MeetingExport::forMeeting(window.archive(), meeting);
    QVERIFY(exporter);

    const auto none = [](const auto &) {
        return Problems {};
    };
    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
    dialogs.emplace_back(QStringLiteral("organisation"),
                         std::make_unique<OrganisationDialog>(Organisation {}, none));
    dialogs.emplace_back(QStringLiteral("person"),
                         std::make_unique<PersonDialog>(Person {}, QList<Organisation> {}, none));
    dialogs.emplace_back(QStringLiteral("designate"), std::make_unique<DesignateDialog>(h, today));
    dialogs.emplace_back(QStringLiteral("office"),
                         std::make_unique<OfficeDialog>(OfficeDialog::Mode::Assign, h, today));
    dialogs.emplace_back(QStringLiteral("delegate"),
                         std::make_unique<OfficeDialog>(OfficeDialog::Mode::Delegate, h, today));
    dialogs.emplace_back(QStringLiteral("meeting"), std::make_unique<MeetingDialog>(h, today));
    dialogs.emplace_back(QStringLiteral("request"), std::make_unique<RequestDialog>(h, today));
    dialogs.emplace_back(QStringLiteral("amend"), std::make_unique<AmendDialog>(h, today));
    dialogs.emplace_back(
        QStringLiteral("export"),
        std::make_unique<ExportDialog>(exporter.value(), exporter.warnings(), nullptr));
    auto help = std::make_unique<HelpDialog>(nullptr);
    help->showSection(QStringLiteral("tavolo.meetings"));
    dialogs.emplace_back(QStringLiteral("help"), std::move(help));
    const QString grabs = qEnvironmentVariable("TAVOLO_GRAB_DIR");
    QStringList cut;
    for (const auto &[name, dialog] : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        if (!grabs.isEmpty())
            dialog->grab().save(QDir(grabs).filePath(QStringLiteral("it-dialog-%1.png").arg(name)));
        if (dialog->width() > 1300 || dialog->height() > 720 - 40)
            cut << QStringLiteral("%1 is %2×%3")
                       .arg(name)
                       .arg(dialog->width())
                       .arg(dialog->height());
        for (const QString &what : cutTexts(dialog.get()))
            cut << name + QStringLiteral(": ") + what;
        dialog->hide();
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"

#include "core/config/settings.h"
#include "core/config/translations.h"
#include "core/storage/historystore.h"
#include "core/storage/organisationstore.h"
#include "probes.h"
#include "ui/mainwindow.h"
#include "ui/page.h"
#include "ui/tavolo/asofdate.h"
#include "ui/tavolo/tavolopages.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace tavolo::bench {

namespace {

// Notes the first paint of a widget.
class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Types `text` into the register's search box a key at a time, as the clerk does; each
// keystroke is timed until the proxy has filtered and the table has painted its rows.
void typeInto(QLineEdit *search, QTableView *table, const QString &text)
{
    QList<qint64> filtered;
    QList<qint64> painted;
    for (const QChar c : text) {
        QElapsedTimer timer;
        timer.start();
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(search, &press);
        filtered << timer.nsecsElapsed();
        table->viewport()->repaint();
        painted << timer.nsecsElapsed();
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(search, &release);
    }
    result(QStringLiteral("keystroke-filter-median-ms"), median(filtered) / 1e6);
    result(QStringLiteral("keystroke-filter-max-ms"),
           *std::max_element(filtered.begin(), filtered.end()) / 1e6);
    result(QStringLiteral("keystroke-painted-median-ms"), median(painted) / 1e6);
    result(QStringLiteral("keystroke-painted-max-ms"),
           *std::max_element(painted.begin(), painted.end()) / 1e6);
    result(QStringLiteral("keystroke-rows-left"), table->model()->rowCount());
}

// The clerk picks another date on the dashboard: the rules judge the history the page keeps on
// that day, and the page paints again. Timed until painted.
void moveDashboard(QWidget *dashboard, const QList<QDate> &days)
{
    auto *date = dashboard->findChild<AsOfDate *>();
    if (!date)
        return;
    QList<qint64> times;
    for (const QDate day : days) {
        QElapsedTimer timer;
        timer.start();
        date->setDate(day);
        dashboard->repaint();
        times << timer.nsecsElapsed();
    }
    date->setDate(QDate::currentDate());
    result(QStringLiteral("gui-date-median-ms"), median(times) / 1e6);
    result(QStringLiteral("gui-date-max-ms"), *std::max_element(times.begin(), times.end()) / 1e6);
}

// A durable edit made in the window's own archive, as the organisation dialog saves it: the
// commit, then everything that hears Archive::changed() redraws (the models of the registers,
// the audit trail, the visible page), before the clerk gets the window back.
void editInWindow(MainWindow &window)
{
    OrganisationStore store(window.archive());
    const QList<Organisation> all = store.list();
    if (all.isEmpty())
        return;
    QList<qint64> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        std::optional<Organisation> o = store.find(all.at(all.size() / 3).id);
        o->phone = QStringLiteral("0342 21%1").arg(1000 + i);
        const auto saved = store.update(*o);
        times << timer.nsecsElapsed();
        if (!saved)
            return;
    }
    result(QStringLiteral("gui-edit-median-ms"), median(times) / 1e6);
}

} // namespace

int gui(int &argc, char **argv, const QString &db)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tavolo"));
    QApplication::setApplicationName(QStringLiteral("Tavolo"));
    QTemporaryDir scratch; // the clerk's own settings are never touched
    Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
    Translations::install(app, settings.language());

    // A message box (a journal kept from a stopped program, another program on the archive)
    // would wait for a click that never comes: each is named and closed.
    QTimer dismiss;
    QObject::connect(&dismiss, &QTimer::timeout, [] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            std::printf("closed a dialog: %s\n", qPrintable(modal->windowTitle()));
            modal->close();
        }
    });
    dismiss.start(100);
    MainWindow window(settings);
    if (!window.openArchive(db, Archive::OpenMode::MustExist))
        return 1;
    FirstPaint first;
    QWidget *dashboard = window.findChild<QWidget *>(TavoloPages::Dashboard);
    if (!dashboard)
        dashboard = window.centralWidget();
    dashboard->installEventFilter(&first);
    window.show();
    while (!first.painted)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QCoreApplication::processEvents(); // the paint's flush to the (offscreen) screen
    result(QStringLiteral("gui-ready-in-process-ms"), sinceMain.nsecsElapsed() / 1e6);
    result(QStringLiteral("gui-memory-ready-mb"), peakMemoryMb());
    std::printf("READY\n");
    std::fflush(stdout);
    moveDashboard(dashboard, tenDays(HistoryStore(window.archive()).load()));

    window.showPageNamed(QStringLiteral("organisations"));
    QCoreApplication::processEvents();
    QLineEdit *search = nullptr;
    for (QLineEdit *box : window.findChildren<QLineEdit *>(QStringLiteral("searchBox")))
        if (box->isVisible())
            search = box;
    QTableView *table = nullptr;
    for (QTableView *view : window.findChildren<QTableView *>(QStringLiteral("table")))
        if (view->isVisible())
            table = view;
    if (!search || !table || !search->isVisible())
        return 2;
    search->setFocus();
    typeInto(search, table, QStringLiteral("solidarietà di sondrio"));
    editInWindow(window);
    result(QStringLiteral("gui-memory-peak-mb"), peakMemoryMb());
    return 0;
}

} // namespace tavolo::bench

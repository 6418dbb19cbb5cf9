// Access keys: two entries with the same key in one menu, one dialog or
// one screen of the main window make Alt+key cycle between them instead of acting. The test
// walks the program as the clerk does, in Italian and in English, on the Sondrio scenario:
// every menu, every page, and every dialog the pages' buttons and the menus' actions open
// (with each row of each list selected in turn, so that the buttons that need a selection
// open theirs too). Each dialog is checked when it is shown, then closed without accepting.
#include "core/config/settings.h"
#include "core/config/translations.h"
#include "core/operations/batch.h"
#include "ui/mainwindow.h"
#include "ui/page.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace tavolo;

namespace {

// The access key of a text: the character after a single '&' ("&&" is a literal '&').
QChar accessKey(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// The texts that carry an access key in one window: buttons, labels with a buddy, group
// boxes, tabs, and (for the main window) the menu bar's titles, which Alt+key also reaches.
QStringList keyedTexts(QWidget *window)
{
    QStringList texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            texts << label->text();
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts << box->title();
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *a : bar->actions())
                texts << a->text();
    }
    return texts;
}

QStringList menuTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *a : menu->actions())
        if (a->isVisible() && !a->isSeparator())
            texts << a->text();
    return texts;
}

// Records every clash once, with the container's name and the texts that share the key.
class ClashLog
{
public:
    void check(const QString &container, const QStringList &texts)
    {
        QMultiHash<QChar, QString> byKey;
        for (const QString &text : texts)
            if (const QChar key = accessKey(text); !key.isNull())
                byKey.insert(key, text);
        for (const QChar key : byKey.uniqueKeys()) {
            QStringList same = byKey.values(key);
            if (same.size() < 2)
                continue;
            same.sort();
            const QString line = QStringLiteral("%1: Alt+%2 on %3")
                                     .arg(container, key, same.join(QStringLiteral(" / ")));
            if (!m_lines.contains(line))
                m_lines << line;
        }
        ++m_checked;
    }
    QStringList lines() const { return m_lines; }
    int checked() const { return m_checked; }

private:
    QStringList m_lines;
    int m_checked = 0;
};

// Checks each dialog and popup menu as it is shown, then closes it without accepting.
class DialogCloser : public QObject
{
public:
    explicit DialogCloser(ClashLog &log)
        : m_log(log)
    {
        qApp->installEventFilter(this);
    }
    ~DialogCloser() override { qApp->removeEventFilter(this); }
    QStringList dialogs;

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() != QEvent::Show)
            return false;
        if (auto *dialog = qobject_cast<QDialog *>(object); dialog && dialog->isWindow()) {
            QPointer<QDialog> guard(dialog);
            QTimer::singleShot(0, dialog, [this, guard] {
                if (!guard || !guard->isVisible())
                    return;
                // Qt's own file dialog carries Qt's strings, not the program's.
                if (!qobject_cast<QFileDialog *>(guard.data())) {
                    const QString name = guard->windowTitle().isEmpty()
                        ? QString::fromLatin1(guard->metaObject()->className())
                        : guard->windowTitle();
                    m_log.check(QStringLiteral("dialog «%1»").arg(name), keyedTexts(guard));
                    if (!dialogs.contains(name))
                        dialogs << name;
                }
                guard->done(QDialog::Rejected);
            });
        } else if (auto *menu = qobject_cast<QMenu *>(object)) {
            QPointer<QMenu> guard(menu);
            QTimer::singleShot(0, menu, [this, guard] {
                if (!guard)
                    return;
                m_log.check(QStringLiteral("menu «%1»").arg(guard->title()), menuTexts(guard));
                guard->close();
            });
        }
        return false;
    }

private:
    ClashLog &m_log;
};

void useLanguage(const QString &language)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    Translations::install(*qApp, language);
}

QByteArray scenario()
{
    QFile file(QStringLiteral(TAVOLO_EXAMPLES "/sondrio-scenario.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = file.readAll();
    // Besides the scenario's held meetings: one convened and one draft, with a material and a
    // guest, so that the buttons each state enables open their dialogs.
    json.chop(json.size() - json.lastIndexOf(']'));
    json += R"(,
      {"op":"meeting.add","ref":"mx","date":"2026-12-10","time":"16:30","place":"Sala consiliare, Sondrio",
       "agenda":["Approvazione del verbale","Piano di Zona"]},
      {"op":"material.add","meeting":"mx","title":"Relazione"},
      {"op":"guest.invite","meeting":"mx","person":"guest1","reason":"Punto 2"},
      {"op":"meeting.convene","meeting":"mx","date":"2026-11-25"},
      {"op":"meeting.add","date":"2026-12-20","time":"10:00","place":"Sondrio","agenda":["Varie"]},
      {"op":"group.meeting.add","group":"g1","date":"2026-12-15","time":"10:00","place":"Sondrio","agenda":["Mappatura"]}
    ])";
    return json;
}

void selectRow(QAbstractItemView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0, view->rootIndex());
    view->setCurrentIndex(index);
    QCoreApplication::processEvents();
}

// Clicks every enabled push and tool button of the page, once per selected row of each of
// its lists (the first rows only: enough to reach each state of a meeting).
void clickEverything(Page *page)
{
    QList<QAbstractItemView *> views;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
        if (view->isVisible() && view->model())
            views << view;
    auto clickButtons = [page] {
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            const bool pushOrTool =
                qobject_cast<QPushButton *>(button) || qobject_cast<QToolButton *>(button);
            if (pushOrTool && button->isVisible() && button->isEnabled() && !button->isCheckable())
                button->click();
            QCoreApplication::processEvents();
        }
    };
    clickButtons();
    for (QAbstractItemView *view : views)
        for (int row = 0; row < qMin(view->model()->rowCount(view->rootIndex()), 6); ++row) {
            selectRow(view, row);
            clickButtons();
        }
}

} // namespace

class TestGuiAccessKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Nothing the buttons open may leave the test (a file manager, a PDF viewer).
        qputenv("PATH", QByteArray());
        qunsetenv("TAVOLO_LANGUAGE");
    }

    void noClashInMenusPagesAndDialogs_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("it") << QStringLiteral("it");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void noClashInMenusPagesAndDialogs()
    {
        QFETCH(QString, language);
        useLanguage(language);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ClashLog log;
        {
            MainWindow window(settings);
            QVERIFY(window.openArchive(dir.filePath(QStringLiteral("sondrio.sqlite")),
                                       Archive::OpenMode::CreateIfMissing));
            const auto ops = Batch::parse(scenario());
            QVERIFY(ops);
            Batch(window.archive()).run(ops.value(), [](const OperationResult &) {});
            // And a Piano di Zona cycle (issue 16), so that its page's tabs and dialogs open.
            QFile cycle(QStringLiteral(TAVOLO_EXAMPLES "/casalasco-cycle.json"));
            QVERIFY(cycle.open(QIODevice::ReadOnly));
            const auto cycleOps = Batch::parse(cycle.readAll());
            QVERIFY(cycleOps);
            Batch(window.archive()).run(cycleOps.value(), [](const OperationResult &) {});
            for (Page *page : window.pages())
                page->reload();
            window.resize(1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            DialogCloser closer(log);

            for (QMenu *menu : window.findChildren<QMenu *>())
                log.check(QStringLiteral("menu «%1»").arg(menu->title()), menuTexts(menu));
            for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
                for (QAction *action : menu->actions())
                    if (!action->menu() && !action->isSeparator() && action->isEnabled()
                        && action->menuRole() != QAction::QuitRole
                        && action->parent()
                            != window.findChild<QMenu *>(QStringLiteral("recentMenu"))) {
                        action->trigger();
                        QCoreApplication::processEvents();
                    }

            for (int i = 0; i < window.pages().size(); ++i) {
                window.showPage(i);
                QCoreApplication::processEvents();
                Page *page = window.pages().at(i);
                log.check(QStringLiteral("page «%1»").arg(page->title()), keyedTexts(&window));
                clickEverything(page);
                log.check(QStringLiteral("page «%1»").arg(page->title()), keyedTexts(&window));
                // The Piano di Zona page's tabs are screens of their own: each walked in turn.
                if (auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("cycleTabs")))
                    for (int t = 1; t < tabs->count(); ++t) {
                        tabs->setCurrentIndex(t);
                        QCoreApplication::processEvents();
                        const QString name = QStringLiteral("page «%1», tab «%2»")
                                                 .arg(page->title(), tabs->tabText(t));
                        log.check(name, keyedTexts(&window));
                        clickEverything(page);
                        log.check(name, keyedTexts(&window));
                    }
            }
            qInfo("%s: %d containers checked; dialogs opened: %s", qPrintable(language),
                  log.checked(), qPrintable(closer.dialogs.join(QStringLiteral(", "))));
            // The walk reached the dialogs behind the pages' buttons, not only the menus.
            QVERIFY2(closer.dialogs.size() >= 15,
                     qPrintable(closer.dialogs.join(QStringLiteral(", "))));
        }
        QVERIFY2(log.lines().isEmpty(),
                 qPrintable(QLatin1Char('\n') + log.lines().join(QLatin1Char('\n'))));
    }

    void accessKeyReading()
    {
        QCOMPARE(accessKey(QStringLiteral("Apri &recenti")), QLatin1Char('R'));
        QCOMPARE(accessKey(QStringLiteral("Salva && chiudi")), QChar());
        QCOMPARE(accessKey(QStringLiteral("A && B &c")), QLatin1Char('C'));
        ClashLog log;
        log.check(QStringLiteral("File"),
                  {QStringLiteral("Apri &recenti"), QStringLiteral("&Ripristina…"),
                   QStringLiteral("&Esci")});
        QCOMPARE(log.lines().size(), 1);
        QVERIFY(log.lines().first().contains(QStringLiteral("Alt+R")));
    }
};

QTEST_MAIN(TestGuiAccessKeys)
#include "tst_gui_accesskeys.moc"

// Drives the real main window on a temporary archive, as the clerk would: dialogs are answered
// by a timer that finds the active modal widget (as KeePassXC's GUI tests do).
#include "core/config/settings.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"
#include "gui/modaldialog.h"
#include "ui/mainwindow.h"
#include "ui/organisationdialog.h"
#include "ui/organisationpage.h"
#include "ui/organisationtablemodel.h"
#include "ui/persondialog.h"
#include "ui/personpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace tavolo;

namespace {

// Calls `answer` with the modal widget of type T as soon as one is up (polling, since exec()
// starts its own event loop). Gives up after a few seconds so that a missing dialog fails the
// test instead of hanging it; a failing answer closes the dialog at once for the same reason.
// Timers still waiting when a test ends (it failed early) are stopped by cleanup().
QList<QPointer<QTimer>> pendingTimers;

template<typename T>
void whenModal(std::function<void(T *)> answer, bool *answered = nullptr,
               const QWidget *skip = nullptr)
{
    auto *timer = new QTimer;
    pendingTimers << timer;
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, answer, answered, skip] {
        auto *widget = qobject_cast<T *>(QApplication::activeModalWidget());
        if (widget && widget != skip) {
            timer->stop();
            timer->deleteLater();
            if (answered)
                *answered = true;
            const QPointer<QWidget> modal = widget;
            answer(widget);
            if (QTest::currentTestFailed()) // a failed answer leaves it open: close it now
                closeIfStillOpen(modal);
        } else if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(10);
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))
        ->button(QDialogButtonBox::Ok);
}

QLineEdit *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
}

QString messageOf(QWidget *dialog, const char *fieldName)
{
    auto *label =
        dialog->findChild<QLabel *>(QString::fromLatin1(fieldName) + QStringLiteral("Message"));
    return label && !label->isHidden() ? label->text() : QString();
}

Organisation organisation(const QString &name, const QString &taxCode, const QString &comune)
{
    Organisation o;
    o.name = name;
    o.category = Category::VolunteerOrganisation;
    o.taxCode = taxCode;
    o.comune = comune;
    return o;
}

const QString kAlfaCode = QStringLiteral("00095450144");

// A main window over a fresh archive, with settings of its own.
struct Gui
{
    Gui()
        : settings(dir.filePath(QStringLiteral("settings.ini")))
        , window(settings)
    {
        window.openArchive(path(), Archive::OpenMode::CreateIfMissing);
        window.show();
        // Shortcuts such as Del reach only the focused widget of the active window.
        QApplication::setActiveWindow(&window);
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("The main window could not be activated");
    }
    QString path() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    // The register's page, shown as the clerk sees it (a hidden register lists its rows when
    // it is shown again).
    OrganisationPage *organisations()
    {
        window.showPageNamed(QStringLiteral("organisations"));
        return window.findChild<OrganisationPage *>(QStringLiteral("organisations"));
    }
    PersonPage *people()
    {
        window.showPageNamed(QStringLiteral("people"));
        return window.findChild<PersonPage *>(QStringLiteral("people"));
    }
    QPushButton *button(RegisterPage *page, const char *name) const
    {
        return page->findChild<QPushButton *>(QString::fromLatin1(name));
    }
    QAction *action(const char *name) const
    {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    }
    bool showsEmptyState(RegisterPage *page) const
    {
        return page->findChild<QStackedWidget *>()->currentWidget()->objectName()
            == QLatin1String("emptyState");
    }
    qint64 addOrganisation(const Organisation &o)
    {
        return OrganisationStore(window.archive()).add(o).value();
    }
    void select(RegisterPage *page, int row) const
    {
        page->table()->selectRow(row);
        page->table()->setFocus();
    }

    QTemporaryDir dir;
    Settings settings;
    MainWindow window;
};

} // namespace

class TestGuiRegister : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        for (const QPointer<QTimer> &timer : std::as_const(pendingTimers))
            delete timer.data();
        pendingTimers.clear();
    }
    void addOrganisationThroughDialog();
    void wrongTaxCodeShowsMessageAndKeepsOkDisabled();
    void duplicateTaxCodeRefusedInsideDialog();
    void editThenUndoRedo();
    void deleteAsksThenUndoGivesBackSameRecord();
    void deleteRefusedWhileReferenced();
    void filterNarrowsRows();
    void editChangesOnlyItsRows();
    void editReadsOnlyItsRecords();
    void addPersonWithOrganisation();
    void fieldsStopAtTheArchivesLimits();
    void refusedOpenKeepsCurrentArchive();
    void openingAnotherArchiveClearsUndoAndRemembersIt();
    void undoRefusedWhenTheArchiveChangedElsewhere();
    void layoutIsRememberedBetweenSessions();
    void languageIsStoredForTheNextStart();
    void windowIconIsCompiledIn();
};

void TestGuiRegister::addOrganisationThroughDialog()
{
    Gui gui;
    OrganisationPage *page = gui.organisations();
    QVERIFY(gui.showsEmptyState(page));

    bool answered = false;
    whenModal<OrganisationDialog>(
        [](OrganisationDialog *dialog) {
            QVERIFY(!okButton(dialog)->isEnabled()); // nothing entered yet
            QTest::keyClicks(field(dialog, "name"), QStringLiteral("Cooperativa Sociale Alfa"));
            auto *category = dialog->findChild<QComboBox *>(QStringLiteral("category"));
            category->setCurrentIndex(category->findData(QStringLiteral("social-cooperative")));
            QTest::keyClicks(field(dialog, "taxCode"), QStringLiteral("000 9545 0144"));
            QTest::keyClicks(field(dialog, "pec"), QStringLiteral("alfa@pec.coopalfa.it"));
            QVERIFY(okButton(dialog)->isEnabled());
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        },
        &answered);
    QTest::mouseClick(gui.button(page, "addButton"), Qt::LeftButton);
    QVERIFY(answered);

    QVERIFY(!gui.showsEmptyState(page));
    QCOMPARE(page->proxy()->rowCount(), 1);
    QCOMPARE(page->proxy()->index(0, 0).data().toString(),
             QStringLiteral("Cooperativa Sociale Alfa"));
    const auto saved = OrganisationStore(gui.window.archive()).findByTaxCode(kAlfaCode);
    QVERIFY(saved);
    QCOMPARE(saved->category, Category::SocialCooperative);
    QCOMPARE(page->currentId(), saved->id); // the new row is selected
    QCOMPARE(gui.window.undoStack().count(), 1);
}

void TestGuiRegister::wrongTaxCodeShowsMessageAndKeepsOkDisabled()
{
    Gui gui;
    bool answered = false;
    whenModal<OrganisationDialog>(
        [](OrganisationDialog *dialog) {
            QTest::keyClicks(field(dialog, "name"), QStringLiteral("Cooperativa Sociale Alfa"));
            QTest::keyClicks(field(dialog, "taxCode"), QStringLiteral("00095450145"));
            QVERIFY(messageOf(dialog, "taxCode").contains(QStringLiteral("check digit")));
            QVERIFY(!okButton(dialog)->isEnabled());
            QTest::keyClick(field(dialog, "taxCode"), Qt::Key_Backspace);
            QTest::keyClicks(field(dialog, "taxCode"), QStringLiteral("4"));
            QVERIFY(messageOf(dialog, "taxCode").isEmpty());
            QVERIFY(okButton(dialog)->isEnabled());
            QTest::keyClicks(field(dialog, "email"), QStringLiteral("info-at-alfa"));
            QVERIFY(!messageOf(dialog, "email").isEmpty());
            QVERIFY(!okButton(dialog)->isEnabled());
            dialog->reject();
        },
        &answered);
    gui.organisations()->addRecord();
    QVERIFY(answered);
    QVERIFY(OrganisationStore(gui.window.archive()).list().isEmpty());
    QCOMPARE(gui.window.undoStack().count(), 0);
}

void TestGuiRegister::duplicateTaxCodeRefusedInsideDialog()
{
    Gui gui;
    gui.addOrganisation(organisation(QStringLiteral("Alfa"), kAlfaCode, QStringLiteral("Sondrio")));
    bool answered = false;
    whenModal<OrganisationDialog>(
        [](OrganisationDialog *dialog) {
            QTest::keyClicks(field(dialog, "name"), QStringLiteral("Alfa bis"));
            QTest::keyClicks(field(dialog, "taxCode"), kAlfaCode);
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
            QVERIFY(dialog->isVisible()); // the refusal is shown where it can be corrected
            QVERIFY(messageOf(dialog, "taxCode").contains(QStringLiteral("\"Alfa\"")));
            dialog->reject();
        },
        &answered);
    gui.organisations()->addRecord();
    QVERIFY(answered);
    QCOMPARE(OrganisationStore(gui.window.archive()).list().size(), 1);
    QCOMPARE(gui.window.undoStack().count(), 0);
}

void TestGuiRegister::editThenUndoRedo()
{
    Gui gui;
    OrganisationPage *page = gui.organisations();
    const qint64 id = gui.addOrganisation(
        organisation(QStringLiteral("Alfa"), kAlfaCode, QStringLiteral("Sondrio")));
    QCOMPARE(page->proxy()->rowCount(), 1); // the page follows Archive::changed

    bool answered = false;
    whenModal<OrganisationDialog>(
        [](OrganisationDialog *dialog) {
            QLineEdit *name = field(dialog, "name");
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("Alfa Onlus"));
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        },
        &answered);
    QTableView *table = page->table();
    const QRect cell = table->visualRect(page->proxy()->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(answered);

    OrganisationStore store(gui.window.archive());
    QCOMPARE(store.find(id)->name, QStringLiteral("Alfa Onlus"));
    QCOMPARE(page->proxy()->index(0, 0).data().toString(), QStringLiteral("Alfa Onlus"));
    QCOMPARE(gui.window.undoStack().count(), 1);

    QVERIFY(gui.action("undoAction")->isEnabled());
    gui.action("undoAction")->trigger();
    QCOMPARE(store.find(id)->name, QStringLiteral("Alfa"));
    QCOMPARE(page->proxy()->index(0, 0).data().toString(), QStringLiteral("Alfa"));
    gui.action("redoAction")->trigger();
    QCOMPARE(store.find(id)->name, QStringLiteral("Alfa Onlus"));
    QCOMPARE(page->currentId(), id); // the selection survives the reloads
}

void TestGuiRegister::deleteAsksThenUndoGivesBackSameRecord()
{
    Gui gui;
    OrganisationPage *page = gui.organisations();
    Organisation alfa = organisation(QStringLiteral("Alfa"), kAlfaCode, QStringLiteral("Sondrio"));
    alfa.notes = QStringLiteral("Sede in via Roma");
    const qint64 id = gui.addOrganisation(alfa);
    OrganisationStore store(gui.window.archive());
    const Organisation before = *store.find(id);

    // "No" keeps the record.
    gui.select(page, 0);
    bool answered = false;
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); },
                           &answered);
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QVERIFY(answered);
    QVERIFY(store.find(id));

    answered = false;
    whenModal<QMessageBox>(
        [](QMessageBox *box) {
            QVERIFY(box->text().contains(QStringLiteral("Alfa")));
            box->button(QMessageBox::Yes)->click();
        },
        &answered);
    QTest::keyClick(page->table(), Qt::Key_Delete);
    QVERIFY(answered);
    QVERIFY(!store.find(id));
    QVERIFY(gui.showsEmptyState(page));

    gui.action("undoAction")->trigger();
    QCOMPARE(*store.find(id), before);
    QCOMPARE(page->proxy()->rowCount(), 1);
    gui.action("redoAction")->trigger();
    QVERIFY(!store.find(id));
}

void TestGuiRegister::deleteRefusedWhileReferenced()
{
    Gui gui;
    OrganisationPage *page = gui.organisations();
    const qint64 org = gui.addOrganisation(
        organisation(QStringLiteral("Alfa"), kAlfaCode, QStringLiteral("Sondrio")));
    Person rossi;
    rossi.givenName = QStringLiteral("Mario");
    rossi.familyName = QStringLiteral("Rossi");
    rossi.organisationId = org;
    QVERIFY(PersonStore(gui.window.archive()).add(rossi));

    gui.select(page, 0);
    QString refusal;
    whenModal<QMessageBox>([&refusal](QMessageBox *confirm) {
        whenModal<QMessageBox>(
            [&refusal](QMessageBox *warning) {
                refusal = warning->text();
                warning->accept();
            },
            nullptr, confirm);
        confirm->button(QMessageBox::Yes)->click();
    });
    gui.button(page, "deleteButton")->click();
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(QStringLiteral("cannot be deleted")), qPrintable(refusal));
    QVERIFY(OrganisationStore(gui.window.archive()).find(org));
    QCOMPARE(gui.window.undoStack().count(), 0);
}

void TestGuiRegister::filterNarrowsRows()
{
    Gui gui;
    OrganisationPage *page = gui.organisations();
    gui.addOrganisation(organisation(QStringLiteral("Alfa"), kAlfaCode, QStringLiteral("Sondrio")));
    gui.addOrganisation(organisation(QStringLiteral("Beta"), QStringLiteral("00873120141"),
                                     QStringLiteral("Tirano")));
    gui.addOrganisation(organisation(QStringLiteral("Gamma di Sondrio"),
                                     QStringLiteral("80004310142"), QStringLiteral("Morbegno")));
    QCOMPARE(page->proxy()->rowCount(), 3);

    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QTest::keyClicks(search, QStringLiteral("SONDRIO")); // name or comune, any case
    QCOMPARE(page->proxy()->rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("0087312")); // the tax code column too
    QCOMPARE(page->proxy()->rowCount(), 1);
    QCOMPARE(page->proxy()->index(0, 0).data().toString(), QStringLiteral("Beta"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("nowhere"));
    QCOMPARE(page->proxy()->rowCount(), 0);
    QVERIFY(gui.showsEmptyState(page));
    search->clear();
    QCOMPARE(page->proxy()->rowCount(), 3);

    // Sorting by a column, case-insensitively; the search keeps the order.
    page->table()->sortByColumn(0, Qt::DescendingOrder);
    QCOMPARE(page->proxy()->index(0, 0).data().toString(), QStringLiteral("Gamma di Sondrio"));
    QCOMPARE(page->proxy()->index(2, 0).data().toString(), QStringLiteral("Alfa"));
    page->table()->sortByColumn(3, Qt::AscendingOrder); // comune
    QCOMPARE(page->proxy()->index(0, 3).data().toString(), QStringLiteral("Morbegno"));
}

// An edit announces the rows it changed, in both registers (a person's row shows the name of
// the organisation), without resetting them: the search and the selection stay as they were,
// and the search sees the new text. A new record resets the register.
void TestGuiRegister::editChangesOnlyItsRows()
{
    Gui gui;
    OrganisationPage *page = gui.organisations();
    OrganisationStore organisations(gui.window.archive());
    const qint64 alfa = gui.addOrganisation(
        organisation(QStringLiteral("Alfa"), kAlfaCode, QStringLiteral("Sondrio")));
    gui.addOrganisation(organisation(QStringLiteral("Beta"), QStringLiteral("00873120141"),
                                     QStringLiteral("Tirano")));
    Person mario;
    mario.givenName = QStringLiteral("Mario");
    mario.familyName = QStringLiteral("Rossi");
    mario.organisationId = alfa;
    QVERIFY(PersonStore(gui.window.archive()).add(mario));
    PersonPage *people = gui.people(); // the people's register is listed once, then left
    QCOMPARE(people->proxy()->rowCount(), 1);
    page = gui.organisations();
    QAbstractItemModel *orgModel = page->proxy()->sourceModel();
    QAbstractItemModel *personModel = people->proxy()->sourceModel();
    gui.select(page, 1); // Beta
    const qint64 selected = page->currentId();

    QSignalSpy orgResets(orgModel, &QAbstractItemModel::modelReset);
    QSignalSpy orgChanges(orgModel, &QAbstractItemModel::dataChanged);
    QSignalSpy personResets(personModel, &QAbstractItemModel::modelReset);
    QSignalSpy personChanges(personModel, &QAbstractItemModel::dataChanged);
    Organisation renamed = *organisations.find(alfa);
    renamed.name = QStringLiteral("Alfa Onlus");
    QVERIFY(organisations.update(renamed));
    QCOMPARE(orgResets.count(), 0);
    QCOMPARE(orgChanges.count(), 1);
    QCOMPARE(orgChanges.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(orgChanges.first().at(1).toModelIndex().column(), orgModel->columnCount() - 1);
    QCOMPARE(page->proxy()->index(0, 0).data().toString(), QStringLiteral("Alfa Onlus"));
    QCOMPARE(page->currentId(), selected);

    // A search typed before the edit sees the new text.
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    QTest::keyClicks(search, QStringLiteral("Solidale"));
    QCOMPARE(page->proxy()->rowCount(), 0);
    renamed = *organisations.find(alfa);
    renamed.name = QStringLiteral("Alfa Onlus Solidale");
    QVERIFY(organisations.update(renamed));
    QCOMPARE(orgResets.count(), 0);
    QCOMPARE(page->proxy()->rowCount(), 1);
    search->clear();
    gui.select(page, 1); // Beta again (the search had left it out)

    // The people's page, hidden, lists its rows when shown: one row, Mario's, changed.
    QCOMPARE(personChanges.count(), 0);
    gui.people();
    QCOMPARE(personResets.count(), 0);
    QCOMPARE(personChanges.count(), 1);
    QCOMPARE(personModel->index(0, 2).data().toString(), QStringLiteral("Alfa Onlus Solidale"));
    page = gui.organisations();

    gui.addOrganisation(organisation(QStringLiteral("Gamma"), QStringLiteral("80004310142"),
                                     QStringLiteral("Morbegno")));
    QCOMPARE(orgResets.count(), 1);
    QCOMPARE(page->proxy()->rowCount(), 3);
    QCOMPARE(page->currentId(), selected); // kept across the reset
}

namespace {

// The register's model, counting how often it lists every record again.
class CountingModel : public OrganisationTableModel
{
public:
    using OrganisationTableModel::OrganisationTableModel;
    void reload() override
    {
        ++listed;
        OrganisationTableModel::reload();
    }
    int listed = 0;
};

} // namespace

// An edit names the records it changed (ArchiveChanges): the register reads those alone again,
// here and in another program's window, and lists everything again only when the order may
// change (a new name) or records come and go.
void TestGuiRegister::editReadsOnlyItsRecords()
{
    Gui gui;
    Archive &archive = gui.window.archive();
    OrganisationStore organisations(archive);
    const qint64 alfa = gui.addOrganisation(
        organisation(QStringLiteral("Alfa"), kAlfaCode, QStringLiteral("Sondrio")));
    const qint64 beta = gui.addOrganisation(organisation(
        QStringLiteral("Beta"), QStringLiteral("00873120141"), QStringLiteral("Tirano")));
    CountingModel model(archive);
    model.listed = 0;
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    Organisation edited = *organisations.find(beta);
    edited.phone = QStringLiteral("0342 210000");
    QVERIFY(organisations.update(edited));
    QCOMPARE(model.listed, 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.index(1, OrganisationTableModel::Phone).data().toString(),
             QStringLiteral("0342 210000"));

    // Another program's edit, seen when the archive looks (every second in the window).
    Archive other;
    QVERIFY(other.open(gui.path(), Archive::OpenMode::MustExist));
    Organisation theirs = *OrganisationStore(other).find(alfa);
    theirs.comune = QStringLiteral("Chiavenna");
    QVERIFY(OrganisationStore(other).update(theirs));
    QVERIFY(archive.checkForOutsideChanges());
    QCOMPARE(model.listed, 0);
    QCOMPARE(model.index(0, OrganisationTableModel::Comune).data().toString(),
             QStringLiteral("Chiavenna"));
    other.close();

    // A new name may move the row, a new record adds one: the register is listed again.
    edited = *organisations.find(beta);
    edited.name = QStringLiteral("Aaa Beta");
    QVERIFY(organisations.update(edited));
    QCOMPARE(model.listed, 1);
    QCOMPARE(model.index(0, OrganisationTableModel::Name).data().toString(),
             QStringLiteral("Aaa Beta"));
    gui.addOrganisation(organisation(QStringLiteral("Gamma"), QStringLiteral("80004310142"),
                                     QStringLiteral("Morbegno")));
    QCOMPARE(model.listed, 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(resets.count(), 2);
}

void TestGuiRegister::addPersonWithOrganisation()
{
    Gui gui;
    const qint64 org = gui.addOrganisation(
        organisation(QStringLiteral("Alfa"), kAlfaCode, QStringLiteral("Sondrio")));
    bool answered = false;
    whenModal<PersonDialog>(
        [org](PersonDialog *dialog) {
            QTest::keyClicks(field(dialog, "givenName"), QStringLiteral("Mario"));
            QTest::keyClicks(field(dialog, "familyName"), QStringLiteral("Rossi"));
            QTest::keyClicks(field(dialog, "taxCode"), QStringLiteral("RSSMRA85T10A562X"));
            QVERIFY(!messageOf(dialog, "taxCode").isEmpty());
            QVERIFY(!okButton(dialog)->isEnabled());
            field(dialog, "taxCode")->clear();
            QTest::keyClicks(field(dialog, "taxCode"), QStringLiteral("rssmra85t10a562s"));
            auto *organisations = dialog->findChild<QComboBox *>(QStringLiteral("organisation"));
            organisations->setCurrentIndex(organisations->findData(org));
            QVERIFY(okButton(dialog)->isEnabled());
            QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        },
        &answered);
    QTest::mouseClick(gui.button(gui.people(), "addButton"), Qt::LeftButton);
    QVERIFY(answered);
    const auto saved =
        PersonStore(gui.window.archive()).findByTaxCode(QStringLiteral("RSSMRA85T10A562S"));
    QVERIFY(saved);
    QCOMPARE(saved->organisationId, std::optional<qint64>(org));
    QCOMPARE(gui.people()->proxy()->index(0, 2).data().toString(), QStringLiteral("Alfa"));
    gui.action("undoAction")->trigger();
    QVERIFY(PersonStore(gui.window.archive()).list().isEmpty());
}

void TestGuiRegister::fieldsStopAtTheArchivesLimits()
{
    // A pasted text longer than the archive takes stops at its limit in the dialog (200 for a
    // name, 20000 for notes: TextLimits), instead of being refused only on saving.
    PersonDialog dialog(Person {}, {}, [](const Person &) { return Problems {}; });
    field(&dialog, "givenName")->insert(QString(250, QLatin1Char('a')));
    QCOMPARE(field(&dialog, "givenName")->text().size(), 200);
    field(&dialog, "email")->insert(QString(250, QLatin1Char('a')));
    QCOMPARE(field(&dialog, "email")->text().size(), 200);
    // The tax code keeps the shorter limit the dialog gives it.
    field(&dialog, "taxCode")->insert(QString(250, QLatin1Char('A')));
    QCOMPARE(field(&dialog, "taxCode")->text().size(), 24);
    auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("notes"));
    QVERIFY(notes);
    notes->insertPlainText(QString(15000, QLatin1Char('n')) + QLatin1Char('\n')
                           + QString(15000, QLatin1Char('m')));
    QCOMPARE(notes->toPlainText().size(), 20000);
    QVERIFY(notes->toPlainText().startsWith(QString(15000, QLatin1Char('n')) + QLatin1Char('\n')));
    OrganisationDialog organisationDialog(Organisation {},
                                          [](const Organisation &) { return Problems {}; });
    field(&organisationDialog, "address")->insert(QString(300, QLatin1Char('v')));
    QCOMPARE(field(&organisationDialog, "address")->text().size(), 300); // address: 20000
    field(&organisationDialog, "comune")->insert(QString(300, QLatin1Char('c')));
    QCOMPARE(field(&organisationDialog, "comune")->text().size(), 200);
}

void TestGuiRegister::refusedOpenKeepsCurrentArchive()
{
    Gui gui;
    gui.addOrganisation(organisation(QStringLiteral("Alfa"), kAlfaCode, QStringLiteral("Sondrio")));
    const QString garbage = gui.dir.filePath(QStringLiteral("letter.sqlite"));
    const QByteArray bytes("This is a letter, not a database.\n");
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QString title = gui.window.windowTitle();
    QString refusal;
    whenModal<QMessageBox>([&refusal](QMessageBox *box) {
        refusal = box->text();
        box->accept();
    });
    QVERIFY(!gui.window.openArchive(garbage));
    QVERIFY2(refusal.contains(QStringLiteral("not a Tavolo archive")), qPrintable(refusal));
    QVERIFY(gui.window.archive().isOpen());
    QCOMPARE(gui.window.archive().path(), gui.path());
    QCOMPARE(gui.window.windowTitle(), title);
    QCOMPARE(gui.organisations()->proxy()->rowCount(), 1);
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes); // left untouched
}

void TestGuiRegister::openingAnotherArchiveClearsUndoAndRemembersIt()
{
    Gui gui;
    OrganisationPage *page = gui.organisations();
    gui.addOrganisation(organisation(QStringLiteral("Alfa"), kAlfaCode, QStringLiteral("Sondrio")));
    gui.select(page, 0);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    gui.button(page, "deleteButton")->click();
    QCOMPARE(gui.window.undoStack().count(), 1);

    const QString other = gui.dir.filePath(QStringLiteral("other.sqlite"));
    QVERIFY(gui.window.openArchive(other, Archive::OpenMode::CreateIfMissing));
    QCOMPARE(gui.window.undoStack().count(), 0);
    QVERIFY(gui.window.windowTitle().contains(QStringLiteral("other.sqlite")));
    QCOMPARE(gui.settings.recentArchives().first(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(gui.settings.recentArchives().size(), 2);

    // A recent archive that was deleted since is dropped from the menu and the setting.
    QVERIFY(QFile::remove(gui.path()));
    QFile::remove(gui.path() + QStringLiteral("-wal"));
    QFile::remove(gui.path() + QStringLiteral("-shm"));
    auto *recent = gui.window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    QCOMPARE(gui.settings.recentArchives(), QStringList {QFileInfo(other).absoluteFilePath()});
    QCOMPARE(recent->actions().size(), 1);
}

void TestGuiRegister::undoRefusedWhenTheArchiveChangedElsewhere()
{
    Gui gui;
    whenModal<OrganisationDialog>([](OrganisationDialog *dialog) {
        QTest::keyClicks(field(dialog, "name"), QStringLiteral("Alfa"));
        QTest::keyClicks(field(dialog, "taxCode"), kAlfaCode);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    gui.organisations()->addRecord();
    QCOMPARE(gui.window.undoStack().count(), 1);
    // Another program (tavolo-cli) deletes the record: undoing the add has nothing to remove.
    OrganisationStore store(gui.window.archive());
    QVERIFY(store.remove(store.findByTaxCode(kAlfaCode)->id));
    QString refusal;
    whenModal<QMessageBox>([&refusal](QMessageBox *box) {
        refusal = box->text();
        box->accept();
    });
    gui.action("undoAction")->trigger();
    QTRY_VERIFY(!refusal.isEmpty());
    QCOMPARE(gui.window.undoStack().count(), 0); // the command that failed is dropped
    QVERIFY(store.list().isEmpty());
}

void TestGuiRegister::layoutIsRememberedBetweenSessions()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    {
        MainWindow window(settings);
        window.show();
        auto *page = window.findChild<OrganisationPage *>(QStringLiteral("organisations"));
        page->table()->setColumnWidth(1, 333);
        page->table()->sortByColumn(2, Qt::DescendingOrder);
        window.close(); // saves geometry, state and the tables' headers
    }
    QVERIFY(!settings.value(Settings::Key::MainWindowGeometry).toByteArray().isEmpty());
    QVERIFY(!settings.headerState(QStringLiteral("organisations")).isEmpty());
    MainWindow again(settings);
    auto *page = again.findChild<OrganisationPage *>(QStringLiteral("organisations"));
    QCOMPARE(page->table()->columnWidth(1), 333);
    QCOMPARE(page->table()->horizontalHeader()->sortIndicatorSection(), 2);
    QCOMPARE(page->proxy()->sortColumn(), 2);
}

void TestGuiRegister::languageIsStoredForTheNextStart()
{
    Gui gui;
    QCOMPARE(gui.settings.language(), QStringLiteral("it"));
    QVERIFY(gui.action("language-it")->isChecked());
    QString notice;
    whenModal<QMessageBox>([&notice](QMessageBox *box) {
        notice = box->text();
        box->accept();
    });
    gui.action("language-en")->trigger();
    QVERIFY(notice.contains(QStringLiteral("next time")));
    QCOMPARE(gui.settings.language(), QStringLiteral("en"));
}

void TestGuiRegister::windowIconIsCompiledIn()
{
    QVERIFY(QFile::exists(QStringLiteral(":/icons/tavolo.svg")));
    // Drawn by Qt's SVG plug-in (libqt6svg6, in scripts/deps.sh): without it the window has no
    // icon, which is a failure, not a reason to skip.
    QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
             "Qt's SVG image plug-in is missing (libqt6svg6)");
    QVERIFY(!QIcon(QStringLiteral(":/icons/tavolo.svg")).pixmap(32, 32).isNull());
}

QTEST_MAIN(TestGuiRegister)
#include "tst_gui_register.moc"

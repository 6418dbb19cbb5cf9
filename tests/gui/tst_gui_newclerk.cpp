// What a new clerk meets in the first week, driven through the windows offscreen:
// a meeting still to come cannot be recorded as held and its attendance starts unset; a save
// that meets another program's change is refused with who and when and offers to reload; the
// navigation stays on the page kept by Cancel.
#include "archivefixture.h"
#include "core/config/settings.h"
#include "core/operations/batch.h"
#include "core/storage/historystore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/organisationstore.h"
#include "core/storage/presence.h"
#include "gui/modaldialog.h"
#include "storagehelpers.h"
#include "ui/mainwindow.h"
#include "ui/organisationdialog.h"
#include "ui/organisationpage.h"
#include "ui/page.h"
#include "ui/settingspage.h"
#include "ui/tavolo/compositionpage.h"
#include "ui/tavolo/designatedialog.h"
#include "ui/tavolo/exportdialog.h"
#include "ui/tavolo/formdialog.h"
#include "ui/tavolo/meetingdialog.h"
#include "ui/tavolo/meetingspage.h"
#include "ui/tavolo/officedialog.h"
#include "ui/tavolo/problemview.h"
#include "ui/tavolo/tavolopages.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <algorithm>

using namespace tavolo;

namespace {

// Runs `json` (operations of tavolo-cli apply); the ids, 0 for a refused operation.
QList<qint64> runBatch(Archive &archive, const QByteArray &json)
{
    QList<qint64> ids;
    const auto ops = Batch::parse(json);
    if (ops)
        Batch(archive).run(ops.value(), [&](const OperationResult &r) {
            ids << (r.outcome ? r.outcome.value() : 0);
        });
    return ids;
}

// The chair and the planning-office head in office since 2025: two participants.
void twoMembers(Archive &archive)
{
    const QList<qint64> ids = runBatch(archive, R"([
        {"op": "person.add", "ref": "p", "givenName": "Paola", "familyName": "Presidente"},
        {"op": "person.add", "ref": "r", "givenName": "Rita", "familyName": "Responsabile"},
        {"op": "office.assign", "office": "mayors-president", "person": "p", "from": "2025-01-01"},
        {"op": "office.assign", "office": "planning-office-head", "person": "r", "from": "2025-01-01"}
    ])");
    QVERIFY(!ids.contains(0));
}

// A meeting on `date`, convened today (or on its day, when that comes first).
qint64 convenedOn(Archive &archive, QDate date)
{
    Meeting m;
    m.date = date;
    m.place = QStringLiteral("Sondrio");
    m.agenda = {QStringLiteral("Comunicazioni")};
    const qint64 id = MeetingStore(archive).add(m).value();
    const auto convened = MeetingStore(archive).convene(id, qMin(date, QDate::currentDate()));
    if (!convened)
        qWarning("%s", qPrintable(describe(convened.problems())));
    return id;
}

MeetingState stateOf(Archive &archive, qint64 id)
{
    return HistoryStore(archive).load().meeting(id)->state;
}

// The main window on an archive of its own, shown and active (shortcuts reach it).
struct Gui
{
    Gui()
        : settings(dir.filePath(QStringLiteral("settings.ini")))
        , window(settings)
    {
        window.openArchive(path(), Archive::OpenMode::CreateIfMissing);
        window.resize(1300, 720);
        window.show();
        QApplication::setActiveWindow(&window);
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("The main window could not be activated");
    }
    QString path() const { return dir.filePath(QStringLiteral("archive.sqlite")); }
    int pageIndex(const QString &name) const
    {
        for (int i = 0; i < window.pages().size(); ++i)
            if (window.pages().at(i)->pageName() == name)
                return i;
        return -1;
    }

    QTemporaryDir dir;
    Settings settings;
    MainWindow window;
};

Organisation alfa()
{
    Organisation o = storagehelpers::organisation(1);
    o.phone = QStringLiteral("0342 1");
    return o;
}

// With TAVOLO_GRAB_DIR set, saves `widget` as NAME.png there (the walk's screenshots).
void grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TAVOLO_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QWidget *named(QWidget *dialog, const QString &accessibleName)
{
    for (QWidget *w : dialog->findChildren<QWidget *>())
        if (w->accessibleName() == accessibleName)
            return w;
    return nullptr;
}

} // namespace

class TestGuiNewClerk : public QObject
{
    Q_OBJECT

private slots:
    void aMeetingStillToComeCannotBeRecordedAsHeld_RC();
    void attendanceStartsUnset_RC();
    void aSaveOverAnotherProgramsChangeIsRefusedAndOffersReload();
    void navigationFollowsThePageKeptByCancel();
    void openingAnArchiveOpenElsewhereSaysWho();
    void anArchiveOnANetworkDriveIsThisWindowsAlone();
    void designationOffersTheOrganisationsPeopleFirst_RE();
    void aRuntsNumberNeedsASection();
    void dialogsOpenOnAUsefulChoiceWithoutARefusal();
    void redoOnCtrlYAndUndoTextReadsAsASentence();
    void escapeEmptiesTheSearch();
    void walkTheFirstWeek();
};

void TestGuiNewClerk::aMeetingStillToComeCannotBeRecordedAsHeld_RC()
{
    ArchiveFixture f;
    twoMembers(f.archive);
    const qint64 id = convenedOn(f.archive, QDate::currentDate().addDays(14));
    QUndoStack undo;
    MeetingsPage page(f.archive, &undo, nullptr);
    page.show();
    page.selectMeeting(id);
    auto *record = page.findChild<QPushButton *>(QStringLiteral("recordAttendance"));
    QVERIFY(record);
    QVERIFY(!record->isEnabled());
    QVERIFY(!record->toolTip().isEmpty());
    // Reached anyway (a stale button, a shortcut): the dialog refuses, in words, before any click.
    withDialog<FormDialog>(
        [&](FormDialog *d) {
            QVERIFY(!d->okButton()->isEnabled());
            QCOMPARE(d->problemView()->problems().first().rule, QStringLiteral("R-C"));
            QCOMPARE(d->problemView()->problems().first().severity, Severity::Refused);
            QVERIFY(d->problemView()->isVisibleTo(d));
        },
        [&] { page.recordAttendance(); });
    QCOMPARE(stateOf(f.archive, id), MeetingState::Convened);
}

void TestGuiNewClerk::attendanceStartsUnset_RC()
{
    ArchiveFixture f;
    twoMembers(f.archive);
    const qint64 id = convenedOn(f.archive, QDate::currentDate());
    QUndoStack undo;
    MeetingsPage page(f.archive, &undo, nullptr);
    page.show();
    page.selectMeeting(id);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("recordAttendance"))->isEnabled());
    withDialog<FormDialog>(
        [&](FormDialog *d) {
            const QList<QComboBox *> boxes = d->findChildren<QComboBox *>();
            QCOMPARE(boxes.size(), 2);
            // Nobody is present by default: each row waits for the clerk's choice.
            for (QComboBox *box : boxes)
                QVERIFY2(!box->currentData().isValid(), qPrintable(box->currentText()));
            boxes.first()->setCurrentIndex(boxes.first()->findData(int(Attendance::Present)));
            // The one left unset is named as recorded absent before saving.
            QCOMPARE(d->problemView()->problems().size(), 1);
            QCOMPARE(d->problemView()->problems().first().severity, Severity::Warning);
            QVERIFY(d->okButton()->isEnabled());
            d->okButton()->click();
        },
        [&] { page.recordAttendance(); });
    const Meeting held = *HistoryStore(f.archive).load().meeting(id);
    QCOMPARE(held.state, MeetingState::Held);
    QCOMPARE(std::count(held.attendance.cbegin(), held.attendance.cend(), Attendance::Present), 1);
    QCOMPARE(std::count(held.attendance.cbegin(), held.attendance.cend(), Attendance::Absent), 1);
}

// Two programs on one archive: the second edits a record the first had open. The first save is
// refused (nothing overwritten), says who changed it and offers to reload; Reload reopens the
// dialog on the record as saved now.
void TestGuiNewClerk::aSaveOverAnotherProgramsChangeIsRefusedAndOffersReload()
{
    Gui gui;
    const qint64 id = OrganisationStore(gui.window.archive()).add(alfa()).value();
    auto *page = gui.window.findChild<OrganisationPage *>(QStringLiteral("organisations"));
    gui.window.showPageNamed(page->pageName());
    page->selectId(id);

    Archive other; // the other program
    QVERIFY(other.open(gui.path(), Archive::OpenMode::MustExist));
    other.setActor(QStringLiteral("Bruna Altri"));

    QString refusal;
    QString reopenedPhone;
    QTimer watcher;
    int tries = 0;
    bool reopened = false;
    withDialog<OrganisationDialog>(
        [&](OrganisationDialog *d) {
            // Meanwhile the other program saves a new phone number.
            Organisation changed = *OrganisationStore(other).find(id);
            changed.phone = QStringLiteral("0342 2");
            QVERIFY(OrganisationStore(other).update(changed));
            d->findChild<QLineEdit *>(QStringLiteral("email"))
                ->setText(QStringLiteral("info@alfa.it"));
            QTimer::singleShot(0, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY2(box, "no question about the change made meanwhile");
                QCOMPARE(box->objectName(), QStringLiteral("changedMeanwhile"));
                refusal = box->text();
                // The dialog closes and the page reopens it: wait for a dialog that is not
                // the one closing (same class, maybe the same address) by its contents.
                watcher.callOnTimeout([&] {
                    if (++tries > 250) { // 5 s: give up rather than hang on an open dialog
                        watcher.stop();
                        if (auto *stuck =
                                qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                            stuck->reject();
                        return;
                    }
                    auto *again =
                        qobject_cast<OrganisationDialog *>(QApplication::activeModalWidget());
                    if (!again || !again->isVisible() || again->result() != 0)
                        return;
                    const QString phone =
                        again->findChild<QLineEdit *>(QStringLiteral("phone"))->text();
                    if (phone == QStringLiteral("0342 1"))
                        return; // still the first one
                    watcher.stop();
                    reopened = true;
                    reopenedPhone = phone;
                    again->reject();
                });
                watcher.start(20);
                box->findChild<QPushButton *>(QStringLiteral("reload"))->click();
            });
            okOf(d)->click();
        },
        [&] { page->editCurrent(); });
    QVERIFY(refusal.contains(QStringLiteral("Bruna Altri")));
    QVERIFY(reopened);
    QCOMPARE(reopenedPhone, QStringLiteral("0342 2"));
    const Organisation stored = *OrganisationStore(gui.window.archive()).find(id);
    QCOMPARE(stored.phone, QStringLiteral("0342 2")); // the other program's change stands
    QVERIFY(stored.email.isEmpty()); // and the stale save changed nothing
    QCOMPARE(gui.window.undoStack().count(), 0);
}

// Cancel in "unsaved settings" keeps the Settings page: the navigation must say so too.
void TestGuiNewClerk::navigationFollowsThePageKeptByCancel()
{
    Gui gui;
    auto *navigation = gui.window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *stack = gui.window.centralWidget()->findChild<QStackedWidget *>(
        QString(), Qt::FindDirectChildrenOnly);
    const int settings = gui.pageIndex(QStringLiteral("settings"));
    const int organisations = gui.pageIndex(QStringLiteral("organisations"));
    gui.window.showPage(settings);
    auto *page = gui.window.findChild<SettingsPage *>();
    page->findChild<QLineEdit *>(QStringLiteral("place"))->setText(QStringLiteral("Tirano"));
    QVERIFY(page->isModified());

    bool asked = false;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY2(box, "the page did not ask");
        asked = true;
        box->button(QMessageBox::Cancel)->click();
    });
    const QRect target = navigation->visualItemRect(navigation->item(organisations));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, target.center());
    QCoreApplication::processEvents();
    QVERIFY(asked);
    QCOMPARE(stack->currentIndex(), settings);
    QCOMPARE(navigation->currentRow(), settings);
    QCOMPARE(navigation->selectedItems().size(), 1);
    QCOMPARE(navigation->selectedItems().first(), navigation->item(settings));
}

// Another computer has the archive open: the window says who, in the status bar and in a notice
// that does not block the work.
void TestGuiNewClerk::openingAnArchiveOpenElsewhereSaysWho()
{
    Gui gui;
    auto *label = gui.window.findChild<QLabel *>(QStringLiteral("openElsewhere"));
    QVERIFY(label);
    QVERIFY(!label->isVisible()); // alone so far
    const QString folder = Presence::folderOf(QFileInfo(gui.path()).absoluteFilePath());
    QVERIFY(QDir().mkpath(folder));
    QFile other(QDir(folder).filePath(QStringLiteral("UFFICIO-2-4242")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("Bruna Altri (baltri)\nUFFICIO-2\n4242\n2026-11-30T09:12:00\n");
    other.close();
    QVERIFY(gui.window.openArchive(gui.path()));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("Bruna Altri")));
    auto *notice = gui.window.findChild<QMessageBox *>(QStringLiteral("openElsewhereNotice"));
    QVERIFY(notice);
    QVERIFY(notice->text().contains(QStringLiteral("UFFICIO-2")));
    notice->accept();
}

// An archive on a network drive (forced for the test): opening it says once why no other
// program can open it meanwhile, the status bar keeps saying so, and opening it again from this
// window is not refused by the window's own lock.
void TestGuiNewClerk::anArchiveOnANetworkDriveIsThisWindowsAlone()
{
    Gui gui;
    qputenv("TAVOLO_TEST_NETWORK_DRIVE", "1");
    const auto local = qScopeGuard([] { qunsetenv("TAVOLO_TEST_NETWORK_DRIVE"); });
    for (int time = 0; time < 2; ++time) {
        QString notice;
        withDialog<QMessageBox>(
            [&](QMessageBox *box) {
                notice = box->text();
                box->accept();
            },
            [&] { QVERIFY(gui.window.openArchive(gui.path())); });
        QVERIFY2(notice.contains(QStringLiteral("is on a network drive")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("office server")), qPrintable(notice));
    }
    auto *label = gui.window.findChild<QLabel *>(QStringLiteral("archivePath"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("network drive: one program at a time")),
             qPrintable(label->text()));
    Archive other;
    other.setBusyTimeout(100);
    const auto refused = other.open(gui.path());
    QVERIFY(!refused);
    QVERIFY(describe(refused.problems()).contains(QStringLiteral("only one program at a time")));
}

// Designate…: the chosen organisation's people first, each with their organisation; someone of
// another organisation, or an office holder, is a warning naming the mismatch; nothing is
// refused before the act's reference is typed.
void TestGuiNewClerk::designationOffersTheOrganisationsPeopleFirst_RE()
{
    ArchiveFixture f;
    const QList<qint64> ids = runBatch(f.archive, R"([
        {"op": "org.add", "ref": "odv", "name": "ODV Aiuto", "category": "volunteer-organisation", "taxCode": "93000010004"},
        {"op": "org.add", "ref": "coop", "name": "Coop Beta", "category": "social-cooperative", "taxCode": "93000010376"},
        {"op": "person.add", "ref": "c", "givenName": "Carlo", "familyName": "Acoop", "organisation": "coop"},
        {"op": "person.add", "ref": "o", "givenName": "Olga", "familyName": "Zodv", "organisation": "odv"},
        {"op": "person.add", "ref": "p", "givenName": "Paolo", "familyName": "Bsindaco"},
        {"op": "office.assign", "office": "mayors-president", "person": "p", "from": "2025-01-01"}
    ])");
    QVERIFY(!ids.contains(0));
    const History h = HistoryStore(f.archive).load();
    DesignateDialog d(h, QDate(2025, 3, 1));
    auto *org = d.findChild<QComboBox *>(QStringLiteral("organisation"));
    auto *person = d.findChild<QComboBox *>(QStringLiteral("person"));
    auto *problems = d.findChild<ProblemView *>(QStringLiteral("problems"));
    org->setCurrentIndex(org->findData(ids.at(0)));
    QCOMPARE(person->currentData().toLongLong(), ids.at(3)); // Olga, ODV's own, though last by name
    QVERIFY(person->currentText().contains(QStringLiteral("ODV Aiuto")));
    QVERIFY(!problems->refused()); // the act's reference is not typed yet: nothing refused shown
    QVERIFY(!okOf(&d)->isEnabled());
    const int carlo = person->findData(ids.at(2));
    QVERIFY(carlo > 1);
    QVERIFY(person->itemText(carlo).contains(QStringLiteral("Coop Beta")));
    person->setCurrentIndex(carlo);
    d.findChild<QLineEdit *>(QStringLiteral("actReference"))
        ->setText(QStringLiteral("prot. 1/2025"));
    QCOMPARE(problems->problems().size(), 1);
    QCOMPARE(problems->problems().first().severity, Severity::Warning);
    QVERIFY(problems->text().contains(QStringLiteral("Coop Beta")));
    QVERIFY(okOf(&d)->isEnabled());
    person->setCurrentIndex(person->findData(ids.at(4)));
    QCOMPARE(problems->problems().size(), 1);
    QVERIFY(problems->text().contains(Offices::label(Office::MayorsPresident)));
    QVERIFY(problems->isVisibleTo(&d));
}

// A RUNTS number with the section "(not registered)" is refused under the number, and accepted
// once a section is chosen (or the number emptied).
void TestGuiNewClerk::aRuntsNumberNeedsASection()
{
    OrganisationDialog d(Organisation {}, nullptr);
    d.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("ODV Aiuto"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("taxCode")),
                     QStringLiteral("93000010004"));
    auto *number = d.findChild<QLineEdit *>(QStringLiteral("runtsNumber"));
    auto *section = d.findChild<QComboBox *>(QStringLiteral("runtsSection"));
    QVERIFY(okOf(&d)->isEnabled());
    QCOMPARE(section->currentIndex(), 0); // (not registered)
    QTest::keyClicks(number, QStringLiteral("8812"));
    QVERIFY(!okOf(&d)->isEnabled());
    auto *message = d.findChild<QLabel *>(QStringLiteral("runtsNumberMessage"));
    QVERIFY(message && message->isVisibleTo(&d));
    QVERIFY(message->text().contains(QStringLiteral("RUNTS")));
    section->setCurrentIndex(1);
    QVERIFY(okOf(&d)->isEnabled());
    QVERIFY(!message->isVisibleTo(&d));
}

// Assign office opens on an office nobody holds and on no person; New meeting says nothing
// before the place is typed (and keeps OK disabled).
void TestGuiNewClerk::dialogsOpenOnAUsefulChoiceWithoutARefusal()
{
    ArchiveFixture f;
    twoMembers(f.archive); // the chair and the planning-office head hold their offices
    const History h = HistoryStore(f.archive).load();
    OfficeDialog office(OfficeDialog::Mode::Assign, h, QDate(2025, 6, 1));
    const QList<QComboBox *> offices = office.findChildren<QComboBox *>();
    QVERIFY(offices.size() >= 2);
    QCOMPARE(Office(offices.at(0)->currentData().toInt()), Office::AslSocialDirector);
    QVERIFY(!offices.at(1)->currentData().isValid()); // no person chosen for the clerk
    QVERIFY(office.findChild<ProblemView *>()->problems().isEmpty());
    QVERIFY(!okOf(&office)->isEnabled());

    MeetingDialog meeting(h, QDate(2025, 7, 1));
    auto *problems = meeting.findChild<ProblemView *>();
    QVERIFY(!problems->refused());
    QVERIFY(!okOf(&meeting)->isEnabled()); // no place yet
    const int height = meeting.sizeHint().height();
    QLineEdit *place = nullptr;
    for (QLineEdit *edit : meeting.findChildren<QLineEdit *>())
        if (edit->accessibleName() == QLatin1String("Place"))
            place = edit;
    QVERIFY(place);
    place->setText(QStringLiteral("x"));
    place->clear(); // typed and removed: now the rule speaks
    QVERIFY(problems->refused());
    QCOMPARE(meeting.sizeHint().height(), height); // room was kept: OK did not move
}

// Ctrl+Y redoes, as on Windows; the undo entry continues the sentence in lower case.
void TestGuiNewClerk::redoOnCtrlYAndUndoTextReadsAsASentence()
{
    Gui gui;
    auto *redo = gui.window.findChild<QAction *>(QStringLiteral("redoAction"));
    auto *undo = gui.window.findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    auto *page = gui.window.findChild<OrganisationPage *>(QStringLiteral("organisations"));
    gui.window.showPageNamed(page->pageName());
    withDialog<OrganisationDialog>(
        [&](OrganisationDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Alfa"));
            d->findChild<QLineEdit *>(QStringLiteral("taxCode"))
                ->setText(QStringLiteral("00095450144"));
            okOf(d)->click();
        },
        [&] { gui.window.findChild<QAction *>(QStringLiteral("add-organisations"))->trigger(); });
    QCOMPARE(OrganisationStore(gui.window.archive()).list().size(), 1);
    QVERIFY2(undo->text().startsWith(QStringLiteral("&Undo add organisation")),
             qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(OrganisationStore(gui.window.archive()).list().size(), 0);
    redo->trigger(); // the action Ctrl+Y is bound to (offscreen key events skip the shortcut map)
    QCOMPARE(OrganisationStore(gui.window.archive()).list().size(), 1);
}

// Escape in the search box empties it and shows every record again.
void TestGuiNewClerk::escapeEmptiesTheSearch()
{
    Gui gui;
    OrganisationStore(gui.window.archive()).add(alfa());
    auto *page = gui.window.findChild<OrganisationPage *>(QStringLiteral("organisations"));
    gui.window.showPageNamed(page->pageName());
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("nessuno"));
    QCOMPARE(page->proxy()->rowCount(), 0);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(page->proxy()->rowCount(), 1);
}

// The first week through the window, as the issue's path: an empty archive, the letterhead,
// three organisations, five people, four offices, designations, a meeting convened and its
// documents exported. With TAVOLO_GRAB_DIR set, each dialog is saved as a picture on the way.
void TestGuiNewClerk::walkTheFirstWeek()
{
    Gui gui;
    gui.window.resize(1366, 768);
    grab(&gui.window, QStringLiteral("walk-01-empty"));

    gui.window.showPageNamed(QStringLiteral("settings"));
    auto *settings = gui.window.findChild<SettingsPage *>();
    const QList<std::pair<QString, QString>> letterhead {
        {QStringLiteral("enteName"), QStringLiteral("Comunità Montana Valtellina di Sondrio")},
        {QStringLiteral("officeName"), QStringLiteral("Ufficio di Piano")},
        {QStringLiteral("address"), QStringLiteral("Via Nazario Sauro 33, 23100 Sondrio")},
        {QStringLiteral("signatoryName"), QStringLiteral("Dott.ssa Laura Ferrari")},
        {QStringLiteral("signatoryTitle"), QStringLiteral("Responsabile dell'Ufficio di Piano")},
        {QStringLiteral("place"), QStringLiteral("Sondrio")}};
    for (const auto &[key, value] : letterhead)
        settings->findChild<QLineEdit *>(key)->setText(value);
    settings->findChild<QPushButton *>(QStringLiteral("saveSettings"))->click();
    QVERIFY(!settings->isModified());
    grab(&gui.window, QStringLiteral("walk-02-letterhead"));

    const QList<std::tuple<QString, QString, QString>> organisations {
        {QStringLiteral("Cooperativa Sociale Il Sentiero"), QStringLiteral("social-cooperative"),
         QStringLiteral("93000010004")},
        {QStringLiteral("ODV Mani Tese Sondrio"), QStringLiteral("volunteer-organisation"),
         QStringLiteral("93000010376")},
        {QStringLiteral("APS Il Ponte"), QStringLiteral("social-promotion-association"),
         QStringLiteral("93000010749")}};
    int n = 0;
    for (const auto &[name, category, taxCode] : organisations)
        withDialog<OrganisationDialog>(
            [&](OrganisationDialog *d) {
                d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
                auto *box = d->findChild<QComboBox *>(QStringLiteral("category"));
                box->setCurrentIndex(box->findData(category));
                d->findChild<QLineEdit *>(QStringLiteral("taxCode"))->setText(taxCode);
                d->findChild<QLineEdit *>(QStringLiteral("pec"))
                    ->setText(QStringLiteral("ente%1@pec.it").arg(++n));
                if (n == 1)
                    grab(d, QStringLiteral("walk-03-organisation"));
                okOf(d)->click();
            },
            [&] {
                gui.window.findChild<QAction *>(QStringLiteral("add-organisations"))->trigger();
            });
    const QList<Organisation> orgs = OrganisationStore(gui.window.archive()).list();
    QCOMPARE(orgs.size(), 3);

    // Five people: two office holders, three representatives (each of their organisation).
    const QList<std::tuple<QString, QString, qint64>> people {
        {QStringLiteral("Paolo"), QStringLiteral("Bianchi"), 0},
        {QStringLiteral("Laura"), QStringLiteral("Ferrari"), 0},
        {QStringLiteral("Anna"), QStringLiteral("Gallo"), orgs.at(1).id},
        {QStringLiteral("Luca"), QStringLiteral("Conti"), orgs.at(2).id},
        {QStringLiteral("Sara"), QStringLiteral("De Luca"), orgs.at(0).id}};
    n = 0;
    for (const auto &[given, family, organisation] : people)
        withDialog<QDialog>(
            [&](QDialog *d) {
                d->findChild<QLineEdit *>(QStringLiteral("givenName"))->setText(given);
                d->findChild<QLineEdit *>(QStringLiteral("familyName"))->setText(family);
                auto *box = d->findChild<QComboBox *>(QStringLiteral("organisation"));
                if (organisation)
                    box->setCurrentIndex(box->findData(organisation));
                d->findChild<QLineEdit *>(QStringLiteral("email"))
                    ->setText(QStringLiteral("%1@example.it")
                                  .arg(family.toLower().remove(QLatin1Char(' '))));
                if (++n == 3)
                    grab(d, QStringLiteral("walk-04-person"));
                okOf(d)->click();
            },
            [&] { gui.window.findChild<QAction *>(QStringLiteral("add-people"))->trigger(); });
    History h = HistoryStore(gui.window.archive()).load();
    QCOMPARE(h.personNames.size(), 5);
    const auto personId = [&](const QString &family) {
        for (auto it = h.personSortNames.cbegin(); it != h.personSortNames.cend(); ++it)
            if (it.value().startsWith(family))
                return it.key();
        return qint64(0);
    };

    gui.window.showPageNamed(TavoloPages::Composition);
    auto *composition = gui.window.findChild<CompositionPage *>();
    QVERIFY(composition);
    // Four offices: each dialog opens on the first vacant one.
    const QStringList holders {QStringLiteral("Bianchi"), QStringLiteral("Ferrari"),
                               QStringLiteral("Bianchi"), QStringLiteral("Ferrari")};
    n = 0;
    for (const QString &holder : holders)
        withDialog<OfficeDialog>(
            [&](OfficeDialog *d) {
                auto *person = d->findChildren<QComboBox *>().at(1);
                person->setCurrentIndex(person->findData(personId(holder)));
                if (n++ == 0)
                    grab(d, QStringLiteral("walk-05-office"));
                QVERIFY2(okOf(d)->isEnabled(),
                         qPrintable(describe(d->findChild<ProblemView *>()->problems())));
                okOf(d)->click();
            },
            [&] { composition->assignOffice(); });
    for (int k = 0; k < 3; ++k)
        withDialog<DesignateDialog>(
            [&](DesignateDialog *d) {
                auto *org = d->findChild<QComboBox *>(QStringLiteral("organisation"));
                org->setCurrentIndex(org->findData(orgs.at(k).id));
                if (k == 0)
                    grab(d, QStringLiteral("walk-06-designate-open"));
                d->findChild<QLineEdit *>(QStringLiteral("actReference"))
                    ->setText(QStringLiteral("prot. %1/2026").arg(k + 1));
                if (k == 0)
                    grab(d, QStringLiteral("walk-07-designate"));
                QVERIFY(okOf(d)->isEnabled());
                okOf(d)->click();
            },
            [&] { composition->designate(); });
    h = HistoryStore(gui.window.archive()).load();
    QCOMPARE(h.officeTerms.size(), 4);
    QCOMPARE(h.designations.size(), 3);
    grab(&gui.window, QStringLiteral("walk-08-composition"));

    gui.window.showPageNamed(TavoloPages::Meetings);
    auto *meetings = gui.window.findChild<MeetingsPage *>();
    withDialog<MeetingDialog>(
        [&](MeetingDialog *d) {
            grab(d, QStringLiteral("walk-09-meeting-open"));
            qobject_cast<QDateEdit *>(named(d, QStringLiteral("Date")))
                ->setDate(QDate::currentDate().addDays(10));
            qobject_cast<QLineEdit *>(named(d, QStringLiteral("Place")))
                ->setText(QStringLiteral("Sala consiliare, Sondrio"));
            qobject_cast<QPlainTextEdit *>(named(d, QStringLiteral("Agenda")))
                ->setPlainText(QStringLiteral("Comunicazioni\nPiano di Zona 2025-2027"));
            grab(d, QStringLiteral("walk-10-meeting"));
            okOf(d)->click();
        },
        [&] { meetings->newMeeting(); });
    withDialog<FormDialog>(
        [&](FormDialog *d) {
            grab(d, QStringLiteral("walk-11-convene"));
            d->okButton()->click();
        },
        [&] { meetings->convene(); });
    grab(&gui.window, QStringLiteral("walk-12-meeting-convened"));
    withDialog<FormDialog>(
        [&](FormDialog *d) {
            QVERIFY(!d->okButton()->isEnabled()); // ten days ahead: not yet held
            grab(d, QStringLiteral("walk-13-attendance-too-early"));
        },
        [&] { meetings->recordAttendance(); });
    QTemporaryDir out;
    bool exported = false;
    withDialog<ExportDialog>(
        [&](ExportDialog *d) {
            qobject_cast<QLineEdit *>(named(d, QStringLiteral("Folder")))->setText(out.path());
            qobject_cast<QLineEdit *>(named(d, QStringLiteral("Protocol number")))
                ->setText(QStringLiteral("4512/2026"));
            grab(d, QStringLiteral("walk-14-export"));
            QTimer::singleShot(0, [&] {
                auto *done = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY2(done, "no word after the export");
                QVERIFY(done->detailedText().contains(QStringLiteral("ente1@pec.it"))
                        || done->detailedText().contains(QStringLiteral("@example.it")));
                grab(done, QStringLiteral("walk-15-exported"));
                exported = true;
                done->button(QMessageBox::Close)->click();
            });
            d->findChild<QPushButton *>(QStringLiteral("export"))->click();
        },
        [&] { meetings->exportDocuments(); });
    QVERIFY(exported);
    QVERIFY(QDir(out.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files).size() >= 6);
}

QTEST_MAIN(TestGuiNewClerk)
#include "tst_gui_newclerk.moc"

// The Tavolo's screens driven as the clerk drives them, offscreen: the refusal of a full
// category shown in the Designate dialog before saving (R-E), the live "n of m — threshold t"
// of a request (R-D), the notice warning when convening (R-C), empty states, the dashboard's
// problems leading to the page that fixes them, undo of a designation and of agenda edits,
// saving a meeting's material where the clerk chooses, requests and groups judged as of a day.
// With TAVOLO_GRAB_DIR set, every page is also grabbed at 1366×768 into that folder.
#include "archivefixture.h"
#include "core/config/translations.h"
#include "core/domain/clock.h"
#include "core/operations/batch.h"
#include "core/rules/composition.h"
#include "core/storage/groupstore.h"
#include "core/storage/historystore.h"
#include "core/storage/meetingstore.h"
#include "core/storage/requeststore.h"
#include "gui/modaldialog.h"
#include "pdftools.h"
#include "ui/tavolo/amenddialog.h"
#include "ui/tavolo/approveminutesdialog.h"
#include "ui/tavolo/attendancedialog.h"
#include "ui/tavolo/compositionpage.h"
#include "ui/tavolo/dashboardpage.h"
#include "ui/tavolo/designatedialog.h"
#include "ui/tavolo/exportdialog.h"
#include "ui/tavolo/formdialog.h"
#include "ui/tavolo/groupspage.h"
#include "ui/tavolo/materialfile.h"
#include "ui/tavolo/meetingdialog.h"
#include "ui/tavolo/meetingschart.h"
#include "ui/tavolo/meetingspage.h"
#include "ui/tavolo/minutespreviewdialog.h"
#include "ui/tavolo/problemview.h"
#include "ui/tavolo/regulationpage.h"
#include "ui/tavolo/requestdialog.h"
#include "ui/tavolo/requestspage.h"
#include "ui/tavolo/tavolopages.h"
#include "ui/tavolo/votenamesdialog.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <functional>
#include <numeric>

using namespace tavolo;

namespace {

const QDate kToday(2026, 11, 30);

QList<qint64> runBatch(Archive &archive, const QByteArray &json)
{
    QList<qint64> ids;
    const auto ops = Batch::parse(json);
    if (!ops)
        return ids;
    // The scenario refuses some operations on purpose (tst_cli_scenario checks which).
    Batch(archive).run(
        ops.value(), [&](const OperationResult &r) { ids << (r.outcome ? r.outcome.value() : 0); });
    return ids;
}

// Three people of the register, Anna Uno, Bruno Due and Carla Tre: their ids.
QList<qint64> annaBrunoCarla(Archive &archive)
{
    return runBatch(archive, R"([
        {"op": "person.add", "givenName": "Anna", "familyName": "Uno"},
        {"op": "person.add", "givenName": "Bruno", "familyName": "Due"},
        {"op": "person.add", "givenName": "Carla", "familyName": "Tre"}
    ])");
}

// A draft meeting in Sondrio on `date`, its id.
qint64 addDraft(Archive &archive, QDate date)
{
    Meeting draft;
    draft.date = date;
    draft.place = QStringLiteral("Sondrio");
    return MeetingStore(archive).add(draft).value();
}

// A Tavolo meeting on `day` with two agenda items, convened on `convened` and held with
// `presentGuests` invited and present, no one else recorded (absent): one without minutes, the
// scenario's all have theirs.
Meeting heldMeeting(Archive &archive, QDate day, QDate convened,
                    const QList<qint64> &presentGuests = {})
{
    Meeting m;
    m.date = day;
    m.time = QTime(16, 30);
    m.place = QStringLiteral("Sala consiliare, Sondrio");
    m.agenda = {QStringLiteral("Comunicazioni"), QStringLiteral("Bilancio sociale")};
    const qint64 id = MeetingStore(archive).add(m).value();
    QHash<qint64, Attendance> attendance;
    for (const qint64 guest : presentGuests) {
        if (!MeetingStore(archive).invite(id, Guest {guest, QStringLiteral("Esperto")}))
            return {};
        attendance.insert(guest, Attendance::Present);
    }
    if (!MeetingStore(archive).convene(id, convened) || !MeetingStore(archive).hold(id, attendance))
        return {};
    return *HistoryStore(archive).load().meeting(id);
}

// The meeting's Minutes tab, on which the clerk clicks "Draw up the minutes".
void drawUpMinutes(MeetingsPage &page, qint64 meeting)
{
    page.show();
    page.selectMeeting(meeting);
    page.findChild<QTabWidget *>(QStringLiteral("meetingTabs"))->setCurrentIndex(1);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("draftMinutes")),
                      Qt::LeftButton);
}

QByteArray scenario()
{
    QFile file(QStringLiteral(TAVOLO_EXAMPLES "/sondrio-scenario.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGuiTavolo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void designatingPastAFullCategoryIsRefusedInTheDialog_RE();
    void requestIndicatorChangesAtTheThreshold_RD();
    void conveningShowsTheNoticeWarning_RC();
    void exportWritesEveryRecipientsLetter();
    void amendmentNeedsEveryMembersApproval_RH();
    void agendaEditsWhileDraftAreUndoable();
    void emptyArchiveShowsEmptyStates();
    void dashboardProblemsLeadToTheirPage();
    void materialIsSavedWhereTheClerkChooses();
    void materialThatCannotBeWrittenLeavesNoFile();
    void requestStatusIsJudgedAsOfTheChosenDay_RD();
    void groupIsFlaggedAsOfTheChosenDay_RI();
    void groupMeetingIsHeldAndShownInTheMeetingView_RI();
    void groupMeetingIsConvenedInvitedExportedAndHeldThroughTheDetail_RI();
    void minutesAreDraftedSavedAndApprovedThroughTheWindow_RK();
    void minutesPreviewShowsTheTextNotSavedYet_RK();
    void voteNamesAreChosenAmongThePresent_RK();
    void newMeetingProposesApprovingTheLastMinutes_RK();
    void grabPages();
    void grabMinutesAndGroupMeetingInItalian();
};

void TestGuiTavolo::initTestCase()
{
    // Every screen asks Clock for today: the tests run on the same day whatever the calendar says.
    Clock::setToday(kToday);
}

void TestGuiTavolo::designatingPastAFullCategoryIsRefusedInTheDialog_RE()
{
    ArchiveFixture f;
    // Three social co-operatives (two seats, R-E) and three people.
    const QList<qint64> ids = runBatch(f.archive, R"([
        {"op": "org.add", "name": "Coop Uno", "category": "social-cooperative", "taxCode": "93000010004"},
        {"op": "org.add", "name": "Coop Due", "category": "social-cooperative", "taxCode": "93000010376"},
        {"op": "org.add", "name": "Coop Tre", "category": "social-cooperative", "taxCode": "93000010749"},
        {"op": "person.add", "givenName": "Anna", "familyName": "Uno"},
        {"op": "person.add", "givenName": "Bruno", "familyName": "Due"},
        {"op": "person.add", "givenName": "Carla", "familyName": "Tre"}
    ])");
    QCOMPARE(ids.size(), 6);
    QVERIFY(!ids.contains(0));

    QUndoStack undo;
    CompositionPage page(f.archive, &undo, nullptr);
    page.setDate(QDate(2025, 2, 1));
    page.show();

    const auto designate = [&](int k, bool expectRefused) {
        withDialog<DesignateDialog>(
            [&](DesignateDialog *d) {
                auto *org = d->findChild<QComboBox *>(QStringLiteral("organisation"));
                auto *person = d->findChild<QComboBox *>(QStringLiteral("person"));
                org->setCurrentIndex(org->findData(ids.at(k)));
                person->setCurrentIndex(person->findData(ids.at(3 + k)));
                d->findChild<QLineEdit *>(QStringLiteral("actReference"))
                    ->setText(QStringLiteral("prot. %1/2025").arg(k + 1));
                auto *problems = d->findChild<ProblemView *>(QStringLiteral("problems"));
                QCOMPARE(okOf(d)->isEnabled(), !expectRefused);
                QCOMPARE(problems->refused(), expectRefused);
                if (expectRefused) {
                    // The refusal is shown in words, naming the category and who holds its seats.
                    QVERIFY(problems->isVisibleTo(d));
                    QCOMPARE(problems->problems().first().rule, QStringLiteral("R-E"));
                    QVERIFY(problems->text().contains(QStringLiteral("Anna Uno")));
                    QVERIFY(problems->text().contains(QStringLiteral("Bruno Due")));
                    d->reject();
                } else {
                    okOf(d)->click();
                }
            },
            [&] { page.designate(); });
    };
    designate(0, false);
    designate(1, false);
    designate(2, true);
    QCOMPARE(HistoryStore(f.archive).load().designations.size(), 2);
    QCOMPARE(undo.count(), 2);

    // Undo deletes the designation just recorded (nothing rests on it yet); redo puts it back.
    undo.undo();
    QCOMPARE(HistoryStore(f.archive).load().designations.size(), 1);
    undo.redo();
    QCOMPARE(HistoryStore(f.archive).load().designations.size(), 2);
}

void TestGuiTavolo::requestIndicatorChangesAtTheThreshold_RD()
{
    ArchiveFixture f;
    runBatch(f.archive, scenario());
    const History h = HistoryStore(f.archive).load();
    const QDate day(2026, 6, 1);
    // On 1 June 2026 the scenario has 11 third-sector representatives in office (Luca Conti
    // ended on 31 January, Sara De Luca began on 1 February); the threshold is still the seed's
    // 1/3 (the scenario's amendment to 1/2 is refused by R-H): ceil(11 / 3) = 4 signatures.
    struct
    {
        int representatives = 11;
        int threshold = 4;
    } const count;
    const int requestsBefore = int(h.requests.size());

    QUndoStack undo;
    RequestsPage page(f.archive, &undo, nullptr);
    page.show();
    withDialog<RequestDialog>(
        [&](RequestDialog *d) {
            d->findChild<QDateEdit *>(QStringLiteral("date"))->setDate(day);
            d->findChild<QPlainTextEdit *>(QStringLiteral("motivation"))
                ->setPlainText(QStringLiteral("Discutere il bando per i centri estivi."));
            auto *list = d->findChild<QListWidget *>(QStringLiteral("signatories"));
            QCOMPARE(list->count(), count.representatives);
            for (int i = 0; i < count.threshold - 1; ++i)
                list->item(i)->setCheckState(Qt::Checked);
            const QString below = QStringLiteral("%1 of %2 — threshold %3: not enough")
                                      .arg(count.threshold - 1)
                                      .arg(count.representatives)
                                      .arg(count.threshold);
            QCOMPARE(d->indicatorText(), below);
            QVERIFY(!okOf(d)->isEnabled());
            list->item(count.threshold - 1)->setCheckState(Qt::Checked);
            QCOMPARE(d->indicatorText(),
                     QStringLiteral("%1 of %2 — threshold %1: valid")
                         .arg(count.threshold)
                         .arg(count.representatives));
            QVERIFY(okOf(d)->isEnabled());
            okOf(d)->click();
        },
        [&] { page.newRequest(); });
    QCOMPARE(HistoryStore(f.archive).load().requests.size(), requestsBefore + 1);
}

void TestGuiTavolo::conveningShowsTheNoticeWarning_RC()
{
    ArchiveFixture f;
    runBatch(f.archive, scenario());
    const QDate today = kToday;
    Meeting draft;
    draft.date = today.addDays(3); // shorter than the 7 days' notice of the seed (R-C)
    draft.time = QTime(16, 30);
    draft.place = QStringLiteral("Sala consiliare");
    draft.agenda = {QStringLiteral("Comunicazioni")};
    draft.convenedBy = QStringLiteral("planning-office");
    const auto added = MeetingStore(f.archive).add(draft);
    QVERIFY2(added, qPrintable(describe(added.problems())));

    QUndoStack undo;
    MeetingsPage page(f.archive, &undo, nullptr);
    page.show();
    page.selectMeeting(added.value());
    QCOMPARE(page.currentMeeting(), added.value());
    withDialog<FormDialog>(
        [&](FormDialog *d) {
            d->findChild<QDateEdit *>(QStringLiteral("conveneOn"))->setDate(today);
            auto *problems = d->problemView();
            QVERIFY(problems->isVisibleTo(d));
            QVERIFY(!problems->refused());
            QCOMPARE(problems->problems().size(), 1);
            QCOMPARE(problems->problems().first().rule, QStringLiteral("R-C"));
            QCOMPARE(problems->problems().first().severity, Severity::Warning);
            QVERIFY(d->okButton()->isEnabled()); // a warning lets the clerk go on
            d->okButton()->click();
        },
        [&] { page.convene(); });
    const History h = HistoryStore(f.archive).load();
    QCOMPARE(h.meeting(added.value())->state, MeetingState::Convened);
    QCOMPARE(undo.count(), 0); // a convocation sent cannot be undone: the stack is cleared
}

void TestGuiTavolo::exportWritesEveryRecipientsLetter()
{
    ArchiveFixture f;
    runBatch(f.archive, scenario());
    Meeting next;
    next.date = QDate(2026, 12, 10);
    next.time = QTime(16, 30);
    next.place = QStringLiteral("Sala consiliare, Sondrio");
    next.agenda = {QStringLiteral("Relazione annuale"), QStringLiteral("Programmazione 2027")};
    const qint64 id = MeetingStore(f.archive).add(next).value();
    QVERIFY(MeetingStore(f.archive).convene(id, QDate(2026, 11, 25)).isOk());

    QUndoStack undo;
    MeetingsPage page(f.archive, &undo, nullptr);
    page.show();
    page.selectMeeting(id);
    QTemporaryDir out;
    QStringList written;
    withDialog<ExportDialog>(
        [&](ExportDialog *d) {
            d->folderEdit()->setText(out.path());
            d->protocolEdit()->setText(QStringLiteral("4512/2026"));
            QVERIFY(d->exportFiles(&written));
        },
        [&] { page.exportDocuments(); });
    // 15 members (a delegate in the ASL social director's place) but the head of the planning
    // office, who signs them, the combined PDF, the attendance sheet and the
    // calendar file.
    QCOMPARE(written.size(), 14 + 1 + 1 + 1);
    for (const QString &file : std::as_const(written))
        QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
    QCOMPARE(written.filter(QStringLiteral(".ics")).size(), 1);
    // Each member's letter names its recipient and carries the protocol number given in the
    // dialog; together they reach the 15 members of 10 December 2026 (from the scenario) but the
    // head of the planning office, Laura Ferrari, who signs the letters and receives none.
    const QStringList members = {
        QStringLiteral("Marco Bianchi"),  QStringLiteral("Paolo Ricci"),
        QStringLiteral("Elena Colombo"),  QStringLiteral("Anna Gallo"),
        QStringLiteral("Sara De Luca"),   QStringLiteral("Franco Mancini"),
        QStringLiteral("Chiara Costa"),   QStringLiteral("Davide Giordano"),
        QStringLiteral("Marta Rizzo"),    QStringLiteral("Stefano Lombardi"),
        QStringLiteral("Giulia Moretti"), QStringLiteral("Andrea Barbieri"),
        QStringLiteral("Silvia Fontana"), QStringLiteral("Roberto Santoro")};
    QStringList reached;
    for (const QString &file : std::as_const(written)) {
        if (!file.endsWith(QLatin1String(".pdf")))
            continue;
        const QString text = pdftools::text(file);
        if (text.contains(QStringLiteral("FOGLIO PRESENZE"))) // the attendance sheet: no protocol
            continue;
        QVERIFY2(text.contains(QStringLiteral("4512/2026")),
                 qPrintable(file + QStringLiteral(": ") + text.left(300)));
        for (const QString &member : members)
            if (text.contains(member))
                reached << member;
    }
    reached.removeDuplicates();
    reached.sort();
    QStringList expected = members;
    expected.sort();
    QCOMPARE(reached, expected);
    QVERIFY(!std::any_of(written.cbegin(), written.cend(), [](const QString &file) {
        return file.contains(QStringLiteral("Laura Ferrari"));
    }));
}

void TestGuiTavolo::amendmentNeedsEveryMembersApproval_RH()
{
    ArchiveFixture f;
    runBatch(f.archive, scenario());
    const int before = int(HistoryStore(f.archive).load().amendments.size());
    QUndoStack undo;
    RegulationPage page(f.archive, &undo, nullptr);
    page.show();
    withDialog<AmendDialog>(
        [&](AmendDialog *d) {
            d->findChild<QSpinBox *>(QStringLiteral("noticeDays"))->setValue(5);
            auto *problems = d->findChild<ProblemView *>();
            QVERIFY(problems->refused());
            QCOMPARE(problems->problems().first().rule, QStringLiteral("R-H"));
            QVERIFY(problems->text().contains(QStringLiteral("missing")));
            QVERIFY(!okOf(d)->isEnabled());
            d->findChild<QPushButton *>(QStringLiteral("allApproved"))->click();
            QVERIFY(!problems->refused());
            QVERIFY(okOf(d)->isEnabled());
            okOf(d)->click();
        },
        [&] { page.amend(); });
    const History h = HistoryStore(f.archive).load();
    QCOMPARE(h.amendments.size(), before + 1);
    QCOMPARE(h.amendments.last().noticeDays, 5);
}

void TestGuiTavolo::agendaEditsWhileDraftAreUndoable()
{
    ArchiveFixture f;
    Meeting draft;
    draft.date = QDate(2026, 12, 10);
    draft.place = QStringLiteral("Sondrio");
    draft.agenda = {QStringLiteral("Uno"), QStringLiteral("Due")};
    const auto added = MeetingStore(f.archive).add(draft);
    QVERIFY(added);
    QUndoStack undo;
    MeetingsPage page(f.archive, &undo, nullptr);
    page.show();
    page.selectMeeting(added.value());
    auto *agenda = page.findChild<QListWidget *>(QStringLiteral("agenda"));
    agenda->setCurrentRow(1);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("moveUp")), Qt::LeftButton);
    const auto agendaNow = [&] {
        return HistoryStore(f.archive).load().meeting(added.value())->agenda;
    };
    QCOMPARE(agendaNow(), (QStringList {QStringLiteral("Due"), QStringLiteral("Uno")}));
    agenda->setCurrentRow(0);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeAgendaItem")),
                      Qt::LeftButton);
    QCOMPARE(agendaNow(), QStringList {QStringLiteral("Uno")});
    undo.undo();
    QCOMPARE(agendaNow(), (QStringList {QStringLiteral("Due"), QStringLiteral("Uno")}));
    undo.undo();
    QCOMPARE(agendaNow(), (QStringList {QStringLiteral("Uno"), QStringLiteral("Due")}));
    QCOMPARE(agenda->count(), 2);
}

void TestGuiTavolo::emptyArchiveShowsEmptyStates()
{
    ArchiveFixture f;
    QUndoStack undo;
    MeetingsPage page(f.archive, &undo, nullptr);
    page.show();
    auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No meetings yet — create the first."));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("convene"))->isEnabled());
}

void TestGuiTavolo::dashboardProblemsLeadToTheirPage()
{
    // An empty Tavolo has no chair (R-A): the first problem leads to the composition page.
    ArchiveFixture f;
    QUndoStack undo;
    DashboardPage page(f.archive, &undo, nullptr);
    page.show();
    auto *problems = page.findChild<QListWidget *>(QStringLiteral("problems"));
    QVERIFY(problems->count() > 0);
    // Words first, the rule's code after them.
    QVERIFY(problems->item(0)->text().endsWith(QStringLiteral("(R-A)")));
    QVERIFY(!problems->item(0)->text().startsWith(QStringLiteral("R-")));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("verdict"))
                ->text()
                .startsWith(QStringLiteral("Not in order")));
    QSignalSpy spy(&page, &TavoloPage::navigateTo);
    problems->setCurrentRow(0);
    page.findChild<QPushButton *>(QStringLiteral("fix"))->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), TavoloPages::Composition);

    // The Sondrio scenario is in order on 23/11/2026, and the dashboard says so; its one
    // warning is the last meeting's minutes, awaiting approval at the next (R-K), and it leads
    // to the meetings.
    runBatch(f.archive, scenario());
    page.setDate(QDate(2026, 11, 23));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("verdict"))->text(),
             QStringLiteral("In order on 23/11/2026, with 1 warning(s)."));
    QCOMPARE(problems->count(), 1);
    QVERIFY(problems->item(0)->text().endsWith(QStringLiteral("(R-K)")));
    problems->setCurrentRow(0);
    page.findChild<QPushButton *>(QStringLiteral("fix"))->click();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().first().toString(), TavoloPages::Meetings);

    // The chart counts the meetings held up to the day, by year, and follows the date back.
    QMap<int, int> held;
    QDate first;
    for (const Meeting &m : HistoryStore(f.archive).load().meetings) {
        if (m.state != MeetingState::Held || m.date > QDate(2026, 11, 23))
            continue;
        ++held[m.date.year()];
        first = first.isValid() ? qMin(first, m.date) : m.date;
    }
    QVERIFY(!held.isEmpty());
    auto *chart = page.findChild<MeetingsChart *>();
    QCOMPARE(chart->held(), held);
    const auto *bars = qobject_cast<QBarSeries *>(chart->chart()->series().constFirst());
    QBarSet *set = bars->barSets().constFirst();
    QCOMPARE(set->count(), held.lastKey() - held.firstKey() + 1);
    QCOMPARE(set->sum(), double(std::accumulate(held.cbegin(), held.cend(), 0)));
    QCOMPARE(chart->chart()->title(), QStringLiteral("Meetings held per year"));
    page.setDate(first.addDays(-1));
    QVERIFY(chart->held().isEmpty());
    QCOMPARE(set->count(), 0);
    QCOMPARE(chart->chart()->title(), QStringLiteral("Meetings held per year: none held yet"));
    page.setDate(QDate(2026, 11, 23));
    QCOMPARE(set->sum(), double(std::accumulate(held.cbegin(), held.cend(), 0)));
}

void TestGuiTavolo::materialIsSavedWhereTheClerkChooses()
{
    ArchiveFixture f;
    const qint64 id = addDraft(f.archive, QDate(2026, 12, 10));
    const qint64 emptyId = addDraft(f.archive, QDate(2026, 12, 17));
    const QByteArray content("%PDF-1.4 relazione sul bilancio sociale\n");
    // A name Windows refuses (":" and "?"), and a folder that must not choose where it goes.
    QVERIFY(MeetingStore(f.archive)
                .addMaterial(id, QStringLiteral("Relazione"),
                             QStringLiteral("../Relazione: bilancio?.pdf"), content)
                .isOk());

    QUndoStack undo;
    MeetingsPage page(f.archive, &undo, nullptr);
    page.show();
    auto *materials = page.findChild<QListWidget *>(QStringLiteral("materials"));
    auto *save = page.findChild<QPushButton *>(QStringLiteral("saveMaterial"));
    auto *open = page.findChild<QPushButton *>(QStringLiteral("openMaterial"));
    QAction *saveAction = nullptr;
    QAction *openAction = nullptr;
    for (QAction *a : materials->actions()) {
        if (a->objectName() == QStringLiteral("saveMaterialAction"))
            saveAction = a;
        if (a->objectName() == QStringLiteral("openMaterialAction"))
            openAction = a;
    }
    QVERIFY(save && open && saveAction && openAction);
    QCOMPARE(materials->contextMenuPolicy(), Qt::ActionsContextMenu);
    const auto enabled = [&] {
        return QList<bool> {save->isEnabled(), open->isEnabled(), saveAction->isEnabled(),
                            openAction->isEnabled()};
    };
    const QList<bool> none {false, false, false, false};

    // The placeholder of a meeting without materials is not a file.
    page.selectMeeting(emptyId);
    QCOMPARE(materials->count(), 1);
    materials->setCurrentRow(0);
    QCOMPARE(materials->item(0)->text(), QStringLiteral("(no materials yet)"));
    QCOMPARE(enabled(), none);

    page.selectMeeting(id);
    QCOMPARE(enabled(), none); // nothing chosen yet
    materials->setCurrentRow(0);
    QCOMPARE(enabled(), (QList<bool> {true, true, true, true}));

    // The clerk's Documents folder, in a home of the test's own.
    QTemporaryDir home;
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const auto restoreHome = qScopeGuard([&] { qputenv("HOME", realHome); });
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("Documents")));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
#ifndef Q_OS_WIN // Windows: Documents is the user's known folder, whatever HOME says
    QCOMPARE(QFileInfo(documents).canonicalFilePath(),
             QFileInfo(home.filePath(QStringLiteral("Documents"))).canonicalFilePath());
#endif

    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("per la PEC.pdf"));
    withDialog<QFileDialog>(
        [&](QFileDialog *d) {
            QCOMPARE(d->acceptMode(), QFileDialog::AcceptSave);
            const QStringList proposed = d->selectedFiles();
            QCOMPARE(proposed.size(), 1);
            QCOMPARE(QFileInfo(proposed.first()).fileName(),
                     QStringLiteral("Relazione- bilancio-.pdf"));
            QCOMPARE(QFileInfo(proposed.first()).absoluteDir().canonicalPath(),
                     QFileInfo(documents).canonicalFilePath());
            d->selectFile(target);
            static_cast<QDialog *>(d)->accept(); // QFileDialog's own accept(), public in QDialog
        },
        [&] { save->click(); });
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), content);
    QVERIFY(page.findChild<ProblemView *>()->problems().isEmpty());
}

void TestGuiTavolo::materialThatCannotBeWrittenLeavesNoFile()
{
    ArchiveFixture f;
    const qint64 meeting = addDraft(f.archive, QDate(2026, 12, 10));
    const auto material = MeetingStore(f.archive).addMaterial(
        meeting, QStringLiteral("Verbale"), QStringLiteral("verbale.pdf"), QByteArray("contenuto"));
    QVERIFY(material);
    const qint64 id = HistoryStore(f.archive).load().meeting(meeting)->materials.first().id;

    QTemporaryDir out;
    const QString nowhere = out.filePath(QStringLiteral("no such folder/verbale.pdf"));
    const Problems problems = MaterialFile::write(f.archive, id, nowhere);
    QCOMPARE(problems.size(), 1);
    QVERIFY(hasRefusal(problems));
    QVERIFY2(problems.first().message.contains(QStringLiteral("verbale.pdf")),
             qPrintable(problems.first().message));
    QVERIFY(!QFileInfo::exists(nowhere));
    QCOMPARE(QDir(out.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());

    // Written whole, under the name kept in the archive.
    const QString there = out.filePath(MaterialFile::safeName(QStringLiteral("verbale.pdf")));
    QVERIFY(MaterialFile::write(f.archive, id, there).isEmpty());
    QFile file(there);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("contenuto"));
    QCOMPARE(MaterialFile::safeName(QStringLiteral("sub/CON.txt")), QStringLiteral("CON_.txt"));
    QCOMPARE(MaterialFile::safeName(QString()), QString());
}

namespace {
// The status column (R-D) of the request made on `day`, as the page shows it.
QString requestStatusShown(QWidget *page, QDate day)
{
    auto *list = page->findChild<QTreeWidget *>(QStringLiteral("requests"));
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0)
            == day.toString(QStringLiteral("dd/MM/yyyy"))) // as shown
            return list->topLevelItem(i)->text(2);
    return {};
}
} // namespace

void TestGuiTavolo::requestStatusIsJudgedAsOfTheChosenDay_RD()
{
    ArchiveFixture f;
    runBatch(f.archive, scenario());
    const History h = HistoryStore(f.archive).load();
    const QDate day(2026, 6, 1);
    ConvocationRequest request;
    request.date = day;
    request.signatories = CompositionRules::compositionOn(h, day).representatives().mid(
        0, 4); // 4 of 11: the threshold
    request.motivation = QStringLiteral("Discutere il bando per i centri estivi.");
    const auto added = RequestStore(f.archive).add(request);
    QVERIFY2(added, qPrintable(describe(added.problems())));
    // The deadline was shortened to 20 days on 1 December 2025; the fixed today (kToday) is
    // long after it.
    const QDate deadline(2026, 6, 21);

    QUndoStack undo;
    RequestsPage page(f.archive, &undo, nullptr);
    page.show();
    QCOMPARE(page.date(), kToday);
    QCOMPARE(requestStatusShown(&page, day), QStringLiteral("OVERDUE"));

    auto *asOf = page.findChild<QDateEdit *>(QStringLiteral("asOf"));
    QVERIFY(asOf && asOf->calendarPopup());
    QCOMPARE(asOf->displayFormat(), QStringLiteral("dd/MM/yyyy"));
    asOf->setDate(deadline.addDays(-1));
    QCOMPARE(requestStatusShown(&page, day), QStringLiteral("open, 1 day(s) left"));
    asOf->setDate(deadline.addDays(1));
    QCOMPARE(requestStatusShown(&page, day), QStringLiteral("OVERDUE"));
    asOf->setDate(day.addDays(-1));
    QCOMPARE(requestStatusShown(&page, day), QStringLiteral("not yet received"));

    page.findChild<QPushButton *>(QStringLiteral("asOfToday"))->click();
    QCOMPARE(asOf->date(), kToday);
    QCOMPARE(requestStatusShown(&page, day), QStringLiteral("OVERDUE"));
}

void TestGuiTavolo::groupIsFlaggedAsOfTheChosenDay_RI()
{
    // A group whose first meeting, on 2 March 2026, is held without ratifying a coordinator.
    ArchiveFixture f;
    const QList<qint64> ids = runBatch(f.archive, R"([
        {"op": "person.add", "givenName": "Anna", "familyName": "Uno"}
    ])");
    QCOMPARE(ids.size(), 1);
    const qint64 person = ids.first();
    WorkingGroup group;
    group.name = QStringLiteral("Anziani");
    group.area = QStringLiteral("Anziani e non autosufficienza");
    const qint64 groupId = GroupStore(f.archive).add(group).value();
    QVERIFY(GroupStore(f.archive).addParticipant(groupId, person));
    Meeting first;
    first.body = MeetingBody::group(groupId);
    first.date = QDate(2026, 3, 2);
    first.place = QStringLiteral("Sondrio");
    const auto meeting = GroupStore(f.archive).addMeeting(first);
    QVERIFY(meeting);
    QVERIFY(
        GroupStore(f.archive).holdMeeting(meeting.value(), {{person, Attendance::Present}}, false));

    QUndoStack undo;
    GroupsPage page(f.archive, &undo, nullptr);
    page.show();
    auto *list = page.findChild<QTreeWidget *>(QStringLiteral("groups"));
    auto *detail = page.findChild<QLabel *>(QStringLiteral("groupDetail"));
    const auto coordinatorShown = [&] {
        return list->topLevelItem(0)->text(3);
    };
    QCOMPARE(coordinatorShown(), QStringLiteral("FLAGGED: none"));

    auto *asOf = page.findChild<QDateEdit *>(QStringLiteral("asOf"));
    QVERIFY(asOf);
    asOf->setDate(QDate(2026, 3, 1)); // the day before the meeting: nothing to flag yet
    QCOMPARE(coordinatorShown(), QStringLiteral("none"));
    QVERIFY(!detail->text().contains(QStringLiteral("flagged")));
    asOf->setDate(QDate(2026, 3, 2));
    QCOMPARE(coordinatorShown(), QStringLiteral("FLAGGED: none"));
    QVERIFY(detail->text().contains(QStringLiteral("flagged")));
}

// A working group's meeting goes through the same screens as the Tavolo's: held with the one
// attendance dialog, then shown in the one meeting view (agenda, participants, attendance).
void TestGuiTavolo::groupMeetingIsHeldAndShownInTheMeetingView_RI()
{
    ArchiveFixture f;
    const QList<qint64> people = runBatch(f.archive, R"([
        {"op": "person.add", "givenName": "Anna", "familyName": "Uno"},
        {"op": "person.add", "givenName": "Bruno", "familyName": "Due"}
    ])");
    QCOMPARE(people.size(), 2);
    WorkingGroup group;
    group.name = QStringLiteral("Anziani");
    group.area = QStringLiteral("Anziani e non autosufficienza");
    const qint64 groupId = GroupStore(f.archive).add(group).value();
    for (const qint64 person : people)
        QVERIFY(GroupStore(f.archive).addParticipant(groupId, person));
    QVERIFY(GroupStore(f.archive).proposeCoordinator(groupId, people.first()));
    Meeting first;
    first.body = MeetingBody::group(groupId);
    first.date = QDate(2026, 3, 2);
    first.place = QStringLiteral("Sondrio");
    first.agenda = {QStringLiteral("Mappatura dei servizi")};
    QVERIFY(GroupStore(f.archive).addMeeting(first));

    QUndoStack undo;
    GroupsPage page(f.archive, &undo, nullptr);
    page.show();
    auto *agenda = page.findChild<QListWidget *>(QStringLiteral("agenda"));
    auto *participants = page.findChild<QTreeWidget *>(QStringLiteral("participants"));
    auto *header = page.findChild<QLabel *>(QStringLiteral("meetingHeader"));
    QVERIFY(agenda && participants && header);
    QCOMPARE(agenda->count(), 1);
    QCOMPARE(agenda->item(0)->text(), QStringLiteral("1. Mappatura dei servizi"));
    QCOMPARE(participants->topLevelItemCount(), 2);
    // A group's draft may be held as it is (R-I): groups used to meet without a convocation.
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("recordAttendance"))->isEnabled());

    withDialog<AttendanceDialog>(
        [&](AttendanceDialog *d) {
            const QList<QComboBox *> boxes = d->findChildren<QComboBox *>();
            QCOMPARE(boxes.size(), 2);
            for (QComboBox *box : boxes) // each row's box is named after its participant
                box->setCurrentIndex(
                    box->findData(int(box->accessibleName().contains(QStringLiteral("Bruno"))
                                          ? Attendance::Absent
                                          : Attendance::Present)));
            QVERIFY(d->findChild<QCheckBox *>()->isChecked()); // Anna Uno, proposed, ratified
            QVERIFY(d->okButton()->isEnabled());
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
        },
        [&] {
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("recordAttendance")),
                              Qt::LeftButton);
        });

    QVERIFY(header->text().contains(MeetingTerms::stateLabel(MeetingState::Held)));
    QCOMPARE(participants->topLevelItemCount(), 2);
    QHash<QString, QStringList> shown;
    for (int i = 0; i < participants->topLevelItemCount(); ++i)
        shown.insert(
            participants->topLevelItem(i)->text(0),
            {participants->topLevelItem(i)->text(1), participants->topLevelItem(i)->text(2)});
    QCOMPARE(shown.value(QStringLiteral("Anna Uno")),
             (QStringList {QStringLiteral("coordinator"), QStringLiteral("present")}));
    QCOMPARE(shown.value(QStringLiteral("Bruno Due")),
             (QStringList {QStringLiteral("member"), QStringLiteral("absent")}));
}

// A working group's meeting is worked from the groups' page with the meeting view's own buttons,
// as the Tavolo's is: convened with the body's notice check (R-C), a guest invited (R-F), its
// letters exported to every participant and the guest, and held ratifying the proposed
// coordinator (R-I).
void TestGuiTavolo::groupMeetingIsConvenedInvitedExportedAndHeldThroughTheDetail_RI()
{
    ArchiveFixture f;
    const QList<qint64> people = annaBrunoCarla(f.archive);
    QCOMPARE(people.size(), 3);
    WorkingGroup group;
    group.name = QStringLiteral("Anziani");
    group.area = QStringLiteral("Anziani e non autosufficienza");
    const qint64 groupId = GroupStore(f.archive).add(group).value();
    for (const qint64 person : people.mid(0, 2))
        QVERIFY(GroupStore(f.archive).addParticipant(groupId, person));
    QVERIFY(GroupStore(f.archive).proposeCoordinator(groupId, people.first()));
    Meeting draft;
    draft.body = MeetingBody::group(groupId);
    draft.date = kToday;
    draft.time = QTime(17, 0);
    draft.place = QStringLiteral("Sala riunioni, Sondrio");
    draft.onlineLink = QStringLiteral("https://meet.example.org/anziani");
    draft.agenda = {QStringLiteral("Mappatura dei servizi")};
    const auto added = GroupStore(f.archive).addMeeting(draft);
    QVERIFY2(added, qPrintable(describe(added.problems())));
    const qint64 id = added.value();

    QUndoStack undo;
    GroupsPage page(f.archive, &undo, nullptr);
    page.show();
    const auto button = [&](const char *name) {
        auto *b = page.findChild<QPushButton *>(QLatin1String(name));
        return b && b->isVisibleTo(&page) ? b : nullptr;
    };
    QVERIFY(button("convene") && button("inviteGuest") && button("recordAttendance")
            && button("cancelMeeting") && button("exportDocuments") && button("newGroupMeeting"));
    QVERIFY(button("addAgendaItem")); // a draft's agenda is edited here too
    const auto state = [&] {
        return HistoryStore(f.archive).load().meeting(id)->state;
    };

    withDialog<FormDialog>(
        [&](FormDialog *d) {
            auto *on = d->findChild<QDateEdit *>(QStringLiteral("conveneOn"));
            on->setDate(kToday.addDays(-2)); // two days' notice of the seven (R-C)
            QCOMPARE(d->problemView()->problems().size(), 1);
            QCOMPARE(d->problemView()->problems().first().rule, QStringLiteral("R-C"));
            on->setDate(kToday.addDays(-10));
            QVERIFY(d->problemView()->problems().isEmpty());
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
        },
        [&] { QTest::mouseClick(button("convene"), Qt::LeftButton); });
    QCOMPARE(state(), MeetingState::Convened);

    withDialog<FormDialog>(
        [&](FormDialog *d) {
            auto *guest = d->findChild<QComboBox *>();
            guest->setCurrentIndex(
                guest->findText(QStringLiteral("Carla Tre"), Qt::MatchStartsWith));
            d->findChild<QLineEdit *>()->setText(QStringLiteral("Gestisce il centro diurno"));
            QVERIFY(d->okButton()->isEnabled());
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
        },
        [&] { QTest::mouseClick(button("inviteGuest"), Qt::LeftButton); });
    const QList<Guest> guests = HistoryStore(f.archive).load().meeting(id)->guests;
    QCOMPARE(guests.size(), 1);
    QCOMPARE(guests.first().personId, people.at(2));

    QTemporaryDir out;
    QStringList written;
    withDialog<ExportDialog>(
        [&](ExportDialog *d) {
            d->folderEdit()->setText(out.path());
            QVERIFY(d->exportFiles(&written));
        },
        [&] { QTest::mouseClick(button("exportDocuments"), Qt::LeftButton); });
    QStringList reached;
    for (const QString &file : std::as_const(written)) {
        if (!file.endsWith(QLatin1String(".pdf")))
            continue;
        const QString text = pdftools::text(file);
        for (const QString &name :
             {QStringLiteral("Anna Uno"), QStringLiteral("Bruno Due"), QStringLiteral("Carla Tre")})
            if (text.contains(name) && !text.contains(QStringLiteral("FOGLIO PRESENZE")))
                reached << name;
    }
    reached.removeDuplicates();
    reached.sort();
    QCOMPARE(reached,
             (QStringList {QStringLiteral("Anna Uno"), QStringLiteral("Bruno Due"),
                           QStringLiteral("Carla Tre")}));
    QCOMPARE(written.filter(QStringLiteral(".ics")).size(), 1);

    withDialog<AttendanceDialog>(
        [&](AttendanceDialog *d) {
            auto *ratify = d->findChild<QCheckBox *>(QStringLiteral("ratifyCoordinator"));
            QVERIFY(ratify);
            QVERIFY(ratify->text().contains(QStringLiteral("Anna Uno")));
            QVERIFY(ratify->isChecked());
            for (QComboBox *box : d->findChildren<QComboBox *>())
                box->setCurrentIndex(box->findData(int(Attendance::Present)));
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
        },
        [&] { QTest::mouseClick(button("recordAttendance"), Qt::LeftButton); });
    const History h = HistoryStore(f.archive).load();
    QCOMPARE(h.meeting(id)->state, MeetingState::Held);
    QVERIFY(h.meeting(id)->ratifiedCoordinator);
    QCOMPARE(h.group(groupId)->coordinator, std::optional<qint64>(people.first()));
    QCOMPARE(h.meeting(id)->attendance.value(people.at(2)), Attendance::Present); // the guest
}

// R-K through the window: the Minutes tab of a held meeting drafts its minutes from the meeting
// (one section per agenda item), saves what the clerk types, and approves them at the next held
// meeting of the Tavolo, after which they are locked and only a correction is offered.
void TestGuiTavolo::minutesAreDraftedSavedAndApprovedThroughTheWindow_RK()
{
    ArchiveFixture f;
    runBatch(f.archive, scenario()); // its held meetings have their minutes: two more, held
    const Meeting minuted = heldMeeting(f.archive, QDate(2026, 11, 20), QDate(2026, 11, 10));
    const Meeting next = heldMeeting(f.archive, QDate(2026, 11, 27), QDate(2026, 11, 18));
    const auto minutesNow = [&]() -> std::optional<Minutes> {
        const History h = HistoryStore(f.archive).load();
        const Minutes *m = h.minutesOfMeeting(minuted.id);
        return m ? std::optional<Minutes>(*m) : std::nullopt;
    };
    QVERIFY(!minutesNow());

    QUndoStack undo;
    MeetingsPage page(f.archive, &undo, nullptr);
    page.resize(1146, 708);
    page.show();
    page.selectMeeting(minuted.id);
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("meetingTabs"));
    QVERIFY(tabs);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    QCOMPARE(tabs->currentIndex(), 1);
    auto *draft = page.findChild<QPushButton *>(QStringLiteral("draftMinutes"));
    QVERIFY(draft->isVisible());
    QTest::mouseClick(draft, Qt::LeftButton);
    QVERIFY(minutesNow());
    QCOMPARE(minutesNow()->items.size(), minuted.agenda.size());
    QVERIFY(minutesNow()->isDraft());

    auto *first = page.findChild<QWidget *>(QStringLiteral("minutesItem1"));
    QVERIFY(first);
    auto *summary = first->findChild<QPlainTextEdit *>(QStringLiteral("summary"));
    auto *decision = first->findChild<QPlainTextEdit *>(QStringLiteral("decision"));
    QTest::keyClicks(summary, QStringLiteral("Relazione del coordinatore"));
    QTest::keyClicks(decision, QStringLiteral("Approvata"));
    auto *vote = first->findChild<QComboBox *>(QStringLiteral("vote"));
    QVERIFY(vote);
    vote->setCurrentIndex(1); // unanimous
    auto *save = page.findChild<QPushButton *>(QStringLiteral("saveMinutes"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const Minutes saved = *minutesNow();
    QCOMPARE(saved.items.first().summary, QStringLiteral("Relazione del coordinatore"));
    QCOMPARE(saved.items.first().decision, QStringLiteral("Approvata"));
    QVERIFY(saved.items.first().vote && saved.items.first().vote->unanimous);

    // The preview is the document as it prints: a draft, page by page.
    withDialog<MinutesPreviewDialog>(
        [&](MinutesPreviewDialog *d) {
            QVERIFY(d->pageCount() >= 1);
            QVERIFY(!d->image().isNull());
            QVERIFY(d->windowTitle().contains(QStringLiteral("draft")));
            d->reject();
        },
        [&] {
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("previewMinutes")),
                              Qt::LeftButton);
        });

    withDialog<ApproveMinutesDialog>(
        [&](ApproveMinutesDialog *d) {
            auto *at = d->findChild<QComboBox *>(QStringLiteral("approvedAt"));
            QVERIFY(at->findData(next.id) >= 0);
            QVERIFY(at->findData(minuted.id) < 0); // never at the minuted meeting itself
            at->setCurrentIndex(at->findData(next.id));
            QVERIFY(d->okButton()->isEnabled());
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
        },
        [&] {
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("approveMinutes")),
                              Qt::LeftButton);
        });
    QCOMPARE(minutesNow()->approvedAt, std::optional<qint64>(next.id));
    // Locked: the text reads but does not edit, and a correction is what is offered.
    summary = page.findChild<QWidget *>(QStringLiteral("minutesItem1"))
                  ->findChild<QPlainTextEdit *>(QStringLiteral("summary"));
    QVERIFY(summary->isReadOnly());
    QCOMPARE(summary->toPlainText(), QStringLiteral("Relazione del coordinatore"));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("saveMinutes"))->isVisible());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("correctMinutes"))->isVisible());
    if (const QString dir = qEnvironmentVariable("TAVOLO_GRAB_DIR"); !dir.isEmpty())
        QVERIFY(page.grab().save(dir + QStringLiteral("/tavolo.meetings-minutes.png")));
}

// The minutes' preview shows the draft as the clerk is editing it, before it is saved (R-K).
void TestGuiTavolo::minutesPreviewShowsTheTextNotSavedYet_RK()
{
    ArchiveFixture f;
    runBatch(f.archive, scenario());
    const Meeting minuted = heldMeeting(f.archive, QDate(2026, 11, 20), QDate(2026, 11, 10));
    QVERIFY(minuted.isHeld());
    QUndoStack undo;
    MeetingsPage page(f.archive, &undo, nullptr);
    drawUpMinutes(page, minuted.id);
    auto *summary = page.findChild<QWidget *>(QStringLiteral("minutesItem2"))
                        ->findChild<QPlainTextEdit *>(QStringLiteral("summary"));
    const QString typed = QStringLiteral("La tesoriera illustra il bilancio sociale");
    QTest::keyClicks(summary, typed);

    QString previewed;
    withDialog<MinutesPreviewDialog>(
        [&](MinutesPreviewDialog *d) {
            previewed = d->document().document()->toPlainText();
            d->reject();
        },
        [&] {
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("previewMinutes")),
                              Qt::LeftButton);
        });
    QVERIFY2(previewed.contains(typed), qPrintable(previewed));
    QVERIFY(previewed.contains(QStringLiteral("Bilancio sociale")));
    // Previewed, not saved: the archive still has the draft as it was drawn up.
    const History h = HistoryStore(f.archive).load();
    for (const MinutesItem &item : h.minutesOfMeeting(minuted.id)->items)
        QVERIFY(!item.summary.contains(typed));
}

// R-K, names optional: a counted vote names who voted, chosen among those present; the counts
// follow the names, the names are saved with the minutes and shown under the vote.
void TestGuiTavolo::voteNamesAreChosenAmongThePresent_RK()
{
    ArchiveFixture f;
    const QList<qint64> people = annaBrunoCarla(f.archive);
    QCOMPARE(people.size(), 3);
    // Anna and Bruno are guests, present; Carla is not at the meeting.
    const Meeting held = heldMeeting(f.archive, QDate(2026, 11, 20), QDate(2026, 11, 10),
                                     {people.at(0), people.at(1)});
    QVERIFY(held.isHeld());
    QUndoStack undo;
    MeetingsPage page(f.archive, &undo, nullptr);
    drawUpMinutes(page, held.id);
    auto *item = page.findChild<QWidget *>(QStringLiteral("minutesItem2"));
    auto *kind = item->findChild<QComboBox *>(QStringLiteral("vote"));
    auto *names = item->findChild<QPushButton *>(QStringLiteral("voteNames"));
    QVERIFY(kind && names);
    QVERIFY(!names->isEnabled()); // no vote yet: nobody to name
    kind->setCurrentIndex(2); // counted
    QVERIFY(names->isEnabled());

    withDialog<VoteNamesDialog>(
        [&](VoteNamesDialog *d) {
            const QList<QComboBox *> boxes = d->findChildren<QComboBox *>();
            QCOMPARE(boxes.size(), 2); // the two present, not Carla Tre (absent)
            for (QComboBox *box : boxes)
                box->setCurrentIndex(box->accessibleName().contains(QStringLiteral("Anna")) ? 1
                                                                                            : 3);
            QTest::mouseClick(d->okButton(), Qt::LeftButton);
        },
        [&] { QTest::mouseClick(names, Qt::LeftButton); });
    const QList<QSpinBox *> counts = item->findChildren<QSpinBox *>();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.at(0)->value(), 1); // favourable
    QCOMPARE(counts.at(1)->value(), 0);
    QCOMPARE(counts.at(2)->value(), 1); // abstained
    const QString shown = item->findChild<QLabel *>(QStringLiteral("voteNamesText"))->text();
    QVERIFY2(shown.contains(QStringLiteral("Anna Uno"))
                 && shown.contains(QStringLiteral("Bruno Due")),
             qPrintable(shown));

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveMinutes")), Qt::LeftButton);
    const History h = HistoryStore(f.archive).load();
    const Minutes *saved = h.minutesOfMeeting(held.id);
    QVERIFY(saved);
    const std::optional<Vote> vote = saved->items.at(1).vote;
    QVERIFY(vote && !vote->unanimous);
    QCOMPARE(vote->names.favourable, QList<qint64> {people.at(0)});
    QCOMPARE(vote->names.abstained, QList<qint64> {people.at(1)});
    QCOMPARE(vote->abstained, 1);
}

// R-K: the next meeting approves the minutes still awaiting approval, usually as its first
// item; the new meeting dialog proposes it, and takes it back for a day before those minutes.
void TestGuiTavolo::newMeetingProposesApprovingTheLastMinutes_RK()
{
    ArchiveFixture f;
    runBatch(f.archive, scenario()); // the minutes of 21/10/2026 are a draft
    const History h = HistoryStore(f.archive).load();
    MeetingDialog d(h, QDate(2026, 12, 10));
    QPlainTextEdit *agenda = nullptr;
    QDateEdit *date = nullptr;
    for (QWidget *w : d.findChildren<QWidget *>()) {
        if (w->accessibleName() == QLatin1String("Agenda"))
            agenda = qobject_cast<QPlainTextEdit *>(w);
        if (w->accessibleName() == QLatin1String("Date"))
            date = qobject_cast<QDateEdit *>(w);
    }
    QVERIFY(agenda && date);
    QCOMPARE(agenda->toPlainText(),
             QStringLiteral("Approvazione del verbale della seduta del 21 ottobre 2026"));
    QTest::keyClick(agenda, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(agenda, Qt::Key_Return);
    QTest::keyClicks(agenda, QStringLiteral("Bilancio sociale"));
    date->setDate(QDate(2026, 10, 1)); // before the minuted meeting: nothing to approve yet
    QCOMPARE(agenda->toPlainText(), QStringLiteral("Bilancio sociale"));
    date->setDate(QDate(2026, 12, 10));
    QCOMPARE(
        d.meeting().agenda,
        (QStringList {QStringLiteral("Approvazione del verbale della seduta del 21 ottobre 2026"),
                      QStringLiteral("Bilancio sociale")}));
}

void TestGuiTavolo::grabPages()
{
    // Into TAVOLO_GRAB_DIR when set (to look at them), else into a folder of its own: the pages
    // and dialogs are drawn in every run, and each picture must be written.
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariable("TAVOLO_GRAB_DIR", scratch.path());
    ArchiveFixture f;
    runBatch(f.archive, scenario());
    QUndoStack undo;
    for (const TavoloPageInfo &info : TavoloPages::all()) {
        TavoloPage *page = info.create(f.archive, &undo, nullptr);
        page->setWindowTitle(info.title());
        page->resize(1366, 768);
        page->show();
        QCoreApplication::processEvents();
        QVERIFY(page->grab().save(dir + QLatin1Char('/') + info.id + QStringLiteral(".png")));
        // As it sits in the main window, beside the navigation list and under the menu.
        page->resize(1366 - 220, 768 - 60);
        QCoreApplication::processEvents();
        QVERIFY(
            page->grab().save(dir + QLatin1Char('/') + info.id + QStringLiteral("-in-window.png")));
        if (auto *dashboard = qobject_cast<DashboardPage *>(page)) {
            dashboard->setDate(QDate(2025, 2, 1)); // before any meeting: problems to show
            QVERIFY(page->grab().save(dir + QStringLiteral("/tavolo.dashboard-2025.png")));
        }
        if (auto *requests = qobject_cast<RequestsPage *>(page)) {
            requests->setDate(QDate(2025, 5, 15)); // the request of 10/05/2025 still open
            QVERIFY(page->grab().save(dir + QStringLiteral("/tavolo.requests-2025.png")));
        }
        delete page;
    }

    // The dialogs, in the states the clerk must understand at a glance.
    const History h = HistoryStore(f.archive).load();
    const auto idOf = [](const auto &names, const QString &name) {
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            if constexpr (std::is_same_v<std::decay_t<decltype(it.value())>, QString>) {
                if (it.value() == name)
                    return it.key();
            } else if (it.value().name == name) {
                return it.key();
            }
        return qint64(0);
    };
    const auto save = [&](QWidget *w, const QString &name) {
        w->show();
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    };
    {
        const auto exporter = MeetingExport::forMeeting(f.archive, h.meetings.last().id);
        QVERIFY(exporter.isOk());
        ExportDialog d(exporter.value(), exporter.warnings(), nullptr);
        d.protocolEdit()->setText(QStringLiteral("4512/2026"));
        d.protocolEdit()->editingFinished();
        save(&d, QStringLiteral("dialog-export"));
    }
    {
        DesignateDialog d(h, QDate(2025, 2, 1));
        auto *org = d.findChild<QComboBox *>(QStringLiteral("organisation"));
        auto *person = d.findChild<QComboBox *>(QStringLiteral("person"));
        org->setCurrentIndex(org->findData(
            idOf(h.organisations, QStringLiteral("Cooperativa Sociale Nuovi Orizzonti"))));
        person->setCurrentIndex(
            person->findData(idOf(h.personNames, QStringLiteral("Sara De Luca"))));
        d.findChild<QLineEdit *>(QStringLiteral("actReference"))
            ->setText(QStringLiteral("prot. 12/2025"));
        save(&d, QStringLiteral("dialog-designate-refused"));
    }
    {
        RequestDialog d(h, QDate(2026, 6, 1));
        auto *list = d.findChild<QListWidget *>(QStringLiteral("signatories"));
        for (int i = 0; i < 3; ++i)
            list->item(i)->setCheckState(Qt::Checked);
        d.findChild<QPlainTextEdit *>(QStringLiteral("motivation"))
            ->setPlainText(QStringLiteral("Discutere il bando per i centri estivi."));
        save(&d, QStringLiteral("dialog-request-below"));
        list->item(3)->setCheckState(Qt::Checked);
        save(&d, QStringLiteral("dialog-request-valid"));
    }
    {
        AmendDialog d(h, QDate(2026, 11, 23));
        d.findChild<QListWidget *>(QStringLiteral("approvals"))
            ->item(0)
            ->setCheckState(Qt::Checked);
        save(&d, QStringLiteral("dialog-amend"));
    }
    {
        MeetingDialog d(h, QDate(2026, 12, 10));
        save(&d, QStringLiteral("dialog-meeting"));
    }
    {
        Meeting draft;
        draft.date = kToday.addDays(3);
        draft.time = QTime(16, 30);
        draft.place = QStringLiteral("Sala consiliare, Sondrio");
        draft.agenda = {QStringLiteral("Comunicazioni"), QStringLiteral("Bando centri estivi")};
        draft.convenedBy = QStringLiteral("planning-office");
        const auto added = MeetingStore(f.archive).add(draft);
        QVERIFY(added);
        MeetingsPage page(f.archive, &undo, nullptr);
        page.resize(1146, 708);
        page.show();
        page.selectMeeting(added.value());
        withDialog<FormDialog>(
            [&](FormDialog *d) {
                QCoreApplication::processEvents();
                QVERIFY(d->grab().save(dir + QStringLiteral("/dialog-convene.png")));
                d->okButton()->click();
            },
            [&] { page.convene(); });
        withDialog<FormDialog>(
            [&](FormDialog *d) {
                QCoreApplication::processEvents();
                QVERIFY(d->grab().save(dir + QStringLiteral("/dialog-attendance.png")));
            },
            [&] { page.recordAttendance(); });
        QVERIFY(page.grab().save(dir + QStringLiteral("/tavolo.meetings-convened.png")));
        QVERIFY(MeetingStore(f.archive)
                    .addMaterial(added.value(), QStringLiteral("Bando"),
                                 QStringLiteral("bando.pdf"), QByteArray("%PDF"))
                    .isOk());
        page.findChild<QListWidget *>(QStringLiteral("materials"))->setCurrentRow(0);
        QVERIFY(page.grab().save(dir + QStringLiteral("/tavolo.meetings-material.png")));
    }
    if (dir == scratch.path()) // two a page, two of the dashboard and requests as of 2025, ten
                               // dialogs and states
        QCOMPARE(QDir(dir).entryList({QStringLiteral("*.png")}).size(),
                 2 * TavoloPages::all().size() + 2 + 10);
}

// For docs/screenshots: the Minutes tab of a held meeting and a working group's
// meeting, in Italian as the clerk sees them, into TAVOLO_GRAB_DIR when set (else a scratch
// folder); last, since it leaves the Italian translation installed.
void TestGuiTavolo::grabMinutesAndGroupMeetingInItalian()
{
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariable("TAVOLO_GRAB_DIR", scratch.path());
    Translations::install(*qApp, QStringLiteral("it"));
    ArchiveFixture f;
    runBatch(f.archive, scenario());
    const History h = HistoryStore(f.archive).load();
    qint64 minuted = 0;
    for (const Meeting &m : h.meetings)
        if (m.date == QDate(2026, 10, 21))
            minuted = m.id;
    // The scenario minutes every held meeting: the latest are a draft awaiting approval.
    QVERIFY(h.minutesOfMeeting(minuted));
    QUndoStack undo;
    {
        MeetingsPage page(f.archive, &undo, nullptr);
        page.resize(1146, 708);
        page.show();
        page.selectMeeting(minuted);
        page.findChild<QTabWidget *>(QStringLiteral("meetingTabs"))->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(dir + QStringLiteral("/tavolo.meetings-minutes.png")));
        const auto document =
            MeetingExport::forMeeting(f.archive, minuted).value().minutesDocument();
        QVERIFY(document);
        MinutesPreviewDialog preview(document.value());
        preview.show();
        QCoreApplication::processEvents();
        QVERIFY(preview.grab().save(dir + QStringLiteral("/dialog-minutes-preview.png")));
    }
    {
        GroupsPage page(f.archive, &undo, nullptr);
        page.resize(1146, 708);
        page.show();
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(dir + QStringLiteral("/tavolo.groups-meeting.png")));
    }
}

QTEST_MAIN(TestGuiTavolo)
#include "tst_gui_tavolo.moc"

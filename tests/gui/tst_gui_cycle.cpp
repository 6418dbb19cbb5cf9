// The Piano di Zona's section of the main window (R-L, R-M) on the Casalasco example
// (docs/examples/casalasco-cycle.json, from seed 004), driven as the clerk drives it: the cycle
// with its call and submissions, the late ones marked, the filter narrowing the rows as one
// types, a late submission decided through the dialog, an adhesion refused in the dialog with
// R-M's sentence and nothing recorded, a table's meetings in the shared meeting view, and the
// cycle's state on the dashboard.
#include "core/config/translations.h"
#include "core/domain/clock.h"
#include "core/operations/batch.h"
#include "core/storage/historystore.h"
#include "modaldialog.h"
#include "ui/cycle/adhesiondialog.h"
#include "ui/cycle/callspanel.h"
#include "ui/cycle/cyclepage.h"
#include "ui/cycle/decidedialog.h"
#include "ui/cycle/submissionsview.h"
#include "ui/cycle/tablespanel.h"
#include "ui/tavolo/meetingdetail.h"
#include "ui/tavolo/problemview.h"
#include "ui/tavolo/tavolopages.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace tavolo;

namespace {

// The example's protocol numbers, from seed 004's deadlines: form A by 10/09/2021 (3188 came at
// 17:45 that day, on time), form B by 20/09/2021; 3201 (a second form A of Il Cerchio) refused.
const QStringList kOnTime {QStringLiteral("3101"), QStringLiteral("3150"), QStringLiteral("3188"),
                           QStringLiteral("3301")};
const QStringList kLate {QStringLiteral("3215"), QStringLiteral("3230"), QStringLiteral("3320")};

// The window on an archive with the Casalasco example applied through the core.
struct CasalascoWindow : WindowFixture
{
    CasalascoWindow()
    {
        QFile file(QStringLiteral(TAVOLO_EXAMPLES "/casalasco-cycle.json"));
        if (!opened || !file.open(QIODevice::ReadOnly))
            return;
        const auto ops = Batch::parse(file.readAll());
        if (!ops)
            return;
        // The example refuses some operations on purpose (tst_cli_cycle checks which).
        Batch(window.archive()).run(ops.value(), [](const OperationResult &) {});
        window.resize(1280, 800);
        window.show();
        window.showPageNamed(TavoloPages::Cycle);
        page = window.findChild<CyclePage *>(TavoloPages::Cycle);
        if (page)
            page->reload();
    }

    CallsPanel *calls() const { return page->findChild<CallsPanel *>(); }
    QTableView *submissions() const { return calls()->submissions()->table(); }
    History history() { return HistoryStore(window.archive()).load(); }

    // The protocol numbers of the rows shown, those marked late (tinted, in bold) and those
    // with the warning icon of a decision still to take.
    QStringList shownProtocols(QStringList *marked = nullptr, QStringList *waiting = nullptr) const
    {
        QStringList protocols;
        const QAbstractItemModel *model = submissions()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString protocol = model->index(r, 0).data().toString();
            protocols << protocol;
            const QModelIndex timeliness = model->index(r, 5);
            if (marked && timeliness.data(Qt::BackgroundRole).isValid()
                && timeliness.data(Qt::FontRole).value<QFont>().bold())
                *marked << protocol;
            if (waiting && !timeliness.data(Qt::DecorationRole).isNull())
                *waiting << protocol;
        }
        return protocols;
    }

    void selectProtocol(const QString &protocol) const
    {
        const QAbstractItemModel *model = submissions()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == protocol)
                submissions()->setCurrentIndex(model->index(r, 0));
    }

    CyclePage *page = nullptr;
};

} // namespace

class TestGuiCycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Clock::setToday(QDate(2021, 11, 30)); }
    void openingShowsTheCycleItsCallAndTheLateSubmissions_RL();
    void filterNarrowsTheRowsAsTheClerkTypes();
    void decidingALateSubmissionThroughTheDialog_RL();
    void refusedAdhesionShowsTheSentenceAndChangesNothing_RM();
    void tableMeetingsAreShownInTheSharedMeetingView();
    void dashboardShowsTheCycleState();
    void grabTheSectionInItalian();
};

void TestGuiCycle::openingShowsTheCycleItsCallAndTheLateSubmissions_RL()
{
    CasalascoWindow w;
    QVERIFY(w.page);
    QVERIFY(w.page->isVisible());
    const auto *cycles = w.page->findChild<QComboBox *>(QStringLiteral("cycles"));
    QCOMPARE(cycles->currentText(), QStringLiteral("Piano di Zona 2021-2023"));
    const QString summary = w.page->findChild<QLabel *>(QStringLiteral("cycleSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Casalasco"))
                 && summary.contains(QStringLiteral("Viadanese")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("21/12/2021")), qPrintable(summary)); // plan approved

    const auto *calls = w.page->findChild<QTreeWidget *>(QStringLiteral("calls"));
    QCOMPARE(calls->topLevelItemCount(), 1);
    QVERIFY(calls->topLevelItem(0)->text(0).startsWith(QStringLiteral("Invito al Terzo settore")));
    QCOMPARE(calls->topLevelItem(0)->childCount(), 2); // allegato A and B, with their deadlines
    QVERIFY(calls->topLevelItem(0)->child(0)->text(1).contains(QStringLiteral("10/09/2021")));

    QStringList marked;
    QStringList waiting;
    QStringList shown = w.shownProtocols(&marked, &waiting);
    shown.sort();
    marked.sort();
    QStringList all = kOnTime + kLate;
    all.sort();
    QCOMPARE(shown, all);
    QCOMPARE(marked, kLate);
    QCOMPARE(waiting, QStringList {QStringLiteral("3320")}); // the late allegato B, undecided

    // Counts per table: the plenary chosen by Il Cerchio, Auser and the training centre.
    const auto *counts = w.page->findChild<QTreeWidget *>(QStringLiteral("tableCounts"));
    bool plenary = false;
    for (int i = 0; i < counts->topLevelItemCount(); ++i)
        if (counts->topLevelItem(i)->text(0) == QStringLiteral("Plenaria d'ambito Oglio Po")) {
            plenary = true;
            QCOMPARE(counts->topLevelItem(i)->text(1), QStringLiteral("3"));
        }
    QVERIFY(plenary);
}

void TestGuiCycle::filterNarrowsTheRowsAsTheClerkTypes()
{
    CasalascoWindow w;
    QVERIFY(w.page);
    auto *filter = w.page->findChild<QLineEdit *>(QStringLiteral("submissionFilter"));
    QCOMPARE(w.shownProtocols().size(), 7);
    QTest::keyClicks(filter, QStringLiteral("cerchio")); // any case
    QStringList shown = w.shownProtocols();
    shown.sort();
    QCOMPARE(shown, (QStringList {QStringLiteral("3101"), QStringLiteral("3301")}));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("3320"));
    QCOMPARE(w.shownProtocols(), QStringList {QStringLiteral("3320")});
    filter->clear();
    QCOMPARE(w.shownProtocols().size(), 7);
}

void TestGuiCycle::decidingALateSubmissionThroughTheDialog_RL()
{
    CasalascoWindow w;
    QVERIFY(w.page);
    auto *decide = w.page->findChild<QPushButton *>(QStringLiteral("decideSubmission"));
    w.selectProtocol(QStringLiteral("3101")); // on time: nothing to decide
    QVERIFY(!decide->isEnabled());
    w.selectProtocol(QStringLiteral("3230")); // late, already not admitted
    QVERIFY(!decide->isEnabled());
    w.selectProtocol(QStringLiteral("3320")); // late allegato B, awaiting a decision
    QVERIFY(decide->isEnabled());
    const auto pending = [&w] {
        for (const Submission &s : w.history().submissions)
            if (s.protocol == QStringLiteral("3320"))
                return s;
        return Submission {};
    };
    QCOMPARE(pending().decision, Decision::Pending);

    withDialog<DecideDialog>(
        [](DecideDialog *d) {
            d->findChild<QComboBox *>(QStringLiteral("decision"))->setCurrentIndex(0);
            d->findChild<QDateEdit *>(QStringLiteral("decidedOn"))->setDate(QDate(2021, 9, 24));
            QVERIFY(!okOf(d)->isEnabled()); // no reason yet
            d->findChild<QPlainTextEdit *>(QStringLiteral("reason"))
                ->setPlainText(QStringLiteral("Scheda utile alla seconda sintesi"));
            QVERIFY(okOf(d)->isEnabled());
            okOf(d)->click();
        },
        [decide] { decide->click(); });

    const Submission decided = pending();
    QCOMPARE(decided.decision, Decision::Admitted);
    QCOMPARE(decided.decidedOn, QDate(2021, 9, 24));
    QCOMPARE(decided.reason, QStringLiteral("Scheda utile alla seconda sintesi"));
    // The row says so, and there is nothing left to decide on it.
    const QAbstractItemModel *model = w.submissions()->model();
    bool shown = false;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == QStringLiteral("3320")) {
            shown = model->index(r, 6).data().toString().contains(QStringLiteral("24/09/2021"));
        }
    QVERIFY(shown);
    QVERIFY(!decide->isEnabled());
}

void TestGuiCycle::refusedAdhesionShowsTheSentenceAndChangesNothing_RM()
{
    CasalascoWindow w;
    QVERIFY(w.page);
    w.page->tabs()->setCurrentIndex(2);
    const auto *adhesions = w.page->findChild<QTreeWidget *>(QStringLiteral("adhesions"));
    QCOMPARE(adhesions->topLevelItemCount(), 2); // Il Cerchio and Famiglie Insieme
    const qsizetype before = w.history().adhesions.size();
    auto *add = w.page->findChild<QPushButton *>(QStringLiteral("addAdhesion"));
    withDialog<AdhesionDialog>(
        [](AdhesionDialog *d) {
            auto *body = d->findChild<QComboBox *>(QStringLiteral("organisation"));
            body->setCurrentIndex(
                body->findText(QStringLiteral("Istituto Comprensivo di Casalmaggiore")));
            QVERIFY(body->currentIndex() >= 0);
            // R-M's refusal, its sentence naming the body (the school's teacher was only absent
            // or excused).
            const Problems problems = d->problemView()->problems();
            const auto rm = std::find_if(problems.cbegin(), problems.cend(), [](const Problem &p) {
                return p.rule == QStringLiteral("R-M") && p.severity == Severity::Refused;
            });
            QVERIFY(rm != problems.cend());
            QVERIFY2(rm->message.contains(QStringLiteral("Istituto Comprensivo di Casalmaggiore")),
                     qPrintable(rm->message));
            // Shown under the form, in words.
            QVERIFY(d->problemView()->isVisible());
            QVERIFY(d->problemView()->text().contains(
                QStringLiteral("Istituto Comprensivo di Casalmaggiore")));
            QVERIFY(!okOf(d)->isEnabled());
            const auto *record = d->findChild<QLabel *>(QStringLiteral("participationRecord"));
            QVERIFY(record->text().contains(QStringLiteral("no held meeting")));
            d->reject();
        },
        [add] { add->click(); });
    QCOMPARE(w.history().adhesions.size(), before);
    QCOMPARE(adhesions->topLevelItemCount(), 2);
}

void TestGuiCycle::tableMeetingsAreShownInTheSharedMeetingView()
{
    CasalascoWindow w;
    QVERIFY(w.page);
    w.page->tabs()->setCurrentIndex(1);
    auto *tables = w.page->findChild<QTreeWidget *>(QStringLiteral("planningTables"));
    QCOMPARE(tables->topLevelItemCount(), 6); // the plenary at sub-area level was refused
    QTreeWidgetItem *plenary = nullptr;
    for (int i = 0; i < tables->topLevelItemCount(); ++i)
        if (tables->topLevelItem(i)->text(0) == QStringLiteral("Plenaria d'ambito Oglio Po"))
            plenary = tables->topLevelItem(i);
    QVERIFY(plenary);
    tables->setCurrentItem(plenary);
    const auto *meetings = w.page->findChild<QTreeWidget *>(QStringLiteral("tableMeetings"));
    QCOMPARE(meetings->topLevelItemCount(), 2); // 27 September and 22 November 2021
    QCOMPARE(meetings->currentItem(), meetings->topLevelItem(1)); // both held: the last shown
    const auto *detail = w.page->findChild<TablesPanel *>()->meetingDetail();
    QVERIFY(detail->meetingId() != 0);
    QCOMPARE(detail->meetingId(), meetings->topLevelItem(1)->data(0, Qt::UserRole).toLongLong());
    // Its participants as of that day: Il Cerchio's, Auser's, the training centre's contacts and
    // Chiara Negri, added by the office from 20 September.
    const auto *participants =
        w.page->findChild<QTreeWidget *>(QStringLiteral("tableParticipants"));
    QCOMPARE(participants->topLevelItemCount(), 4);
}

void TestGuiCycle::dashboardShowsTheCycleState()
{
    CasalascoWindow w;
    QVERIFY(w.page);
    w.window.showPageNamed(TavoloPages::Dashboard);
    const auto *summary = w.window.findChild<QTreeWidget *>(QStringLiteral("summary"));
    QTreeWidgetItem *cycle = nullptr;
    for (int i = 0; i < summary->topLevelItemCount(); ++i)
        if (summary->topLevelItem(i)->text(0).startsWith(QStringLiteral("Piano di Zona 2021-2023")))
            cycle = summary->topLevelItem(i);
    QVERIFY(cycle);
    QStringList lines;
    for (int i = 0; i < cycle->childCount(); ++i)
        lines << cycle->child(i)->text(0) + QStringLiteral(": ") + cycle->child(i)->text(1);
    const QString text = lines.join(QLatin1Char('\n'));
    // On 30/11/2021: six tables, the two co-programming ones with no meeting; seven submissions,
    // three late, one of them (3320) undecided; no adhesion yet.
    QVERIFY2(text.contains(QStringLiteral("Planning tables: 6, of which 2 with no meeting yet")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Submissions: 7 received, 3 late")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Adhesions to the programme agreement: 0")),
             qPrintable(text));
    QCOMPARE(cycle->child(1)->childCount(), 1); // the late submission awaiting a decision
    QCOMPARE(cycle->child(1)->child(0)->text(1), QStringLiteral("1"));
}

// The window in Italian at 1366×768, one picture per tab and of the two dialogs that refuse or
// decide, into TAVOLO_GRAB_DIR when set (docs/screenshots/piano-di-zona-*.png), else into a
// folder of its own: drawn in every run, and each picture must be written.
void TestGuiCycle::grabTheSectionInItalian()
{
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariable("TAVOLO_GRAB_DIR", scratch.path());
    const auto path = [&dir](const QString &name) {
        return dir + QStringLiteral("/piano-di-zona-") + name + QStringLiteral(".png");
    };
    Translations::install(*qApp, QStringLiteral("it"));
    CasalascoWindow w;
    QVERIFY(w.page);
    w.window.resize(1366, 768);
    const QStringList tabs {QStringLiteral("calls"), QStringLiteral("tables"),
                            QStringLiteral("agreement"), QStringLiteral("attendance")};
    for (int i = 0; i < tabs.size(); ++i) {
        w.page->tabs()->setCurrentIndex(i);
        QTest::qWait(20);
        QVERIFY(w.window.grab().save(path(tabs.at(i))));
    }
    w.page->tabs()->setCurrentIndex(0);
    w.selectProtocol(QStringLiteral("3320"));
    withDialog<DecideDialog>(
        [&](DecideDialog *d) {
            d->findChild<QPlainTextEdit *>(QStringLiteral("reason"))
                ->setPlainText(QStringLiteral("Scheda utile alla seconda sintesi"));
            QTest::qWait(20);
            QVERIFY(d->grab().save(path(QStringLiteral("decide"))));
            d->reject();
        },
        [&w] { w.page->findChild<QPushButton *>(QStringLiteral("decideSubmission"))->click(); });
    w.page->tabs()->setCurrentIndex(2);
    withDialog<AdhesionDialog>(
        [&](AdhesionDialog *d) {
            auto *body = d->findChild<QComboBox *>(QStringLiteral("organisation"));
            body->setCurrentIndex(
                body->findText(QStringLiteral("Istituto Comprensivo di Casalmaggiore")));
            QTest::qWait(20);
            QVERIFY(d->grab().save(path(QStringLiteral("adhesion-refused"))));
            d->reject();
        },
        [&w] { w.page->findChild<QPushButton *>(QStringLiteral("addAdhesion"))->click(); });
    w.window.showPageNamed(TavoloPages::Dashboard);
    QTest::qWait(20);
    QVERIFY(w.window.grab().save(path(QStringLiteral("dashboard"))));
}

QTEST_MAIN(TestGuiCycle)
#include "tst_gui_cycle.moc"

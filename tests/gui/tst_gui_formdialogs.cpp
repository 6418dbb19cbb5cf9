// The Tavolo's dialogs are FormDialogs: each is driven here only through what FormDialog offers
// (its answer, its OK button, its tab order), on hand-built histories (no archive). OK is
// disabled while a refusal shows, and enabled once the clerk has fixed what was refused.
#include "rules/historybuilder.h"
#include "ui/tavolo/amenddialog.h"
#include "ui/tavolo/designatedialog.h"
#include "ui/tavolo/enddesignationdialog.h"
#include "ui/tavolo/meetingdialog.h"
#include "ui/tavolo/newgroupdialog.h"
#include "ui/tavolo/officedialog.h"
#include "ui/tavolo/problemview.h"
#include "ui/tavolo/requestdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace tavolo;

namespace {

const QDate kFrom(2025, 1, 1);

// What the clerk sees: a refusal in words and OK disabled, or neither.
void expectRefused(FormDialog *dialog, bool refused, const char *rule = nullptr)
{
    ProblemView *answer = dialog->problemView();
    QCOMPARE(answer->refused(), refused);
    QCOMPARE(dialog->okButton()->isEnabled(), !refused);
    if (refused) {
        QVERIFY(answer->isVisibleTo(dialog));
        QVERIFY(answer->text().contains(QStringLiteral("Refused")));
        if (rule)
            QCOMPARE(answer->problems().first().rule, QString::fromLatin1(rule));
    }
}

} // namespace

class TestGuiFormDialogs : public QObject
{
    Q_OBJECT
private slots:
    void endingBeforeTheTermBeganIsRefused();
    void requestBelowTheThresholdIsRefused_RD();
    void amendmentWithoutEveryApprovalIsRefused_RH();
    void officeNeedsAPersonButSaysNothingBeforeOne();
    void designationWaitsForTheActBeforeSpeaking_RE();
    void tabGoesThroughTheFieldsBeforeTheButtons();
    void textFieldsStopAtWhatTheArchiveTakes();
};

void TestGuiFormDialogs::endingBeforeTheTermBeganIsRefused()
{
    HistoryBuilder b;
    b.offices(kFrom);
    const qint64 id =
        b.designate(b.organisation(QStringLiteral("ODV Aiuto"), Category::VolunteerOrganisation),
                    b.person(QStringLiteral("Anna Uno")), kFrom.addMonths(6));
    EndDesignationDialog dialog(b.h, kFrom.addYears(1), id);
    FormDialog *form = &dialog;
    expectRefused(form, false);
    auto *to = dialog.findChild<QDateEdit *>();
    to->setDate(kFrom); // before the designation began
    expectRefused(form, true);
    to->setDate(kFrom.addMonths(8));
    expectRefused(form, false);
}

void TestGuiFormDialogs::requestBelowTheThresholdIsRefused_RD()
{
    HistoryBuilder b;
    b.offices(kFrom);
    const QList<qint64> reps = b.representatives(6, kFrom); // seed threshold 1/3: 2 signatures
    RequestDialog dialog(b.h, kFrom.addMonths(2));
    FormDialog *form = &dialog;
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("motivation"))
        ->setPlainText(QStringLiteral("Il bando dei centri estivi."));
    auto *signatories = dialog.findChild<QListWidget *>(QStringLiteral("signatories"));
    QCOMPARE(signatories->count(), reps.size());
    signatories->item(0)->setCheckState(Qt::Checked);
    expectRefused(form, true, "R-D");
    signatories->item(1)->setCheckState(Qt::Checked);
    expectRefused(form, false);
    // The motivation is required too: emptied, refused again.
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("motivation"))->clear();
    expectRefused(form, true, "R-D");
}

void TestGuiFormDialogs::amendmentWithoutEveryApprovalIsRefused_RH()
{
    HistoryBuilder b;
    b.offices(kFrom);
    b.representatives(3, kFrom);
    AmendDialog dialog(b.h, kFrom.addMonths(3));
    FormDialog *form = &dialog;
    expectRefused(form, true, "R-H"); // nothing changed yet
    dialog.findChild<QSpinBox *>(QStringLiteral("noticeDays"))->setValue(5);
    expectRefused(form, true, "R-H"); // no approval yet
    auto *approvals = dialog.findChild<QListWidget *>(QStringLiteral("approvals"));
    QCOMPARE(approvals->count(), 7); // the four offices' holders and three representatives
    for (int i = 0; i < approvals->count() - 1; ++i)
        approvals->item(i)->setCheckState(Qt::Checked);
    expectRefused(form, true, "R-H"); // one missing
    approvals->item(approvals->count() - 1)->setCheckState(Qt::Checked);
    expectRefused(form, false);
}

void TestGuiFormDialogs::officeNeedsAPersonButSaysNothingBeforeOne()
{
    HistoryBuilder b;
    const qint64 anna = b.person(QStringLiteral("Anna Uno"));
    OfficeDialog dialog(OfficeDialog::Mode::Assign, b.h, kFrom);
    FormDialog *form = &dialog;
    // No person yet: OK disabled, and no refusal shown before the clerk has chosen.
    QVERIFY(form->problemView()->problems().isEmpty());
    QVERIFY(!form->okButton()->isEnabled());
    auto *person = dialog.findChildren<QComboBox *>().at(1);
    person->setCurrentIndex(person->findData(anna));
    expectRefused(form, false);
    person->setCurrentIndex(0); // back to "choose a person": now it is said
    expectRefused(form, true, "REQUIRED");
}

void TestGuiFormDialogs::designationWaitsForTheActBeforeSpeaking_RE()
{
    HistoryBuilder b;
    b.offices(kFrom);
    const qint64 odv = b.organisation(QStringLiteral("ODV Aiuto"), Category::VolunteerOrganisation);
    b.h.personOrganisations.insert(b.person(QStringLiteral("Olga Zodv")), odv);
    DesignateDialog dialog(b.h, kFrom.addMonths(1));
    FormDialog *form = &dialog;
    QVERIFY(!form->problemView()->refused()); // the act's reference is not typed yet
    QVERIFY(!form->okButton()->isEnabled());
    auto *reference = dialog.findChild<QLineEdit *>(QStringLiteral("actReference"));
    reference->setText(QStringLiteral("prot. 1/2025"));
    expectRefused(form, false);
    reference->clear();
    expectRefused(form, true);
}

void TestGuiFormDialogs::tabGoesThroughTheFieldsBeforeTheButtons()
{
    HistoryBuilder b;
    b.offices(kFrom);
    DesignateDialog dialog(b.h, kFrom);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *organisation = dialog.findChild<QComboBox *>(QStringLiteral("organisation"));
    // It opens on the first field, not on OK (made first, by FormDialog's constructor).
    QCOMPARE(dialog.focusWidget(), organisation);
    // From there Tab meets every field before the answer and OK.
    QList<QWidget *> chain;
    for (QWidget *w = organisation; chain.isEmpty() || w != organisation; w = w->nextInFocusChain())
        chain << w;
    const auto at = [&](QWidget *w) {
        return chain.indexOf(w);
    };
    const int ok = at(dialog.okButton());
    QVERIFY(ok > 0);
    QVERIFY(at(dialog.findChild<QLineEdit *>(QStringLiteral("actReference"))) < ok);
    QVERIFY(at(dialog.findChild<QLineEdit *>(QStringLiteral("actReference")))
            < at(dialog.problemView()));
}

// A place or a group's name longer than the archive takes was typed in full and refused only on
// saving; each named editor of a FormDialog now stops at the archive's length (TextLimits).
void TestGuiFormDialogs::textFieldsStopAtWhatTheArchiveTakes()
{
    HistoryBuilder b;
    b.offices(kFrom);
    MeetingDialog meeting(b.h, QDate(2026, 3, 12));
    meeting.show();
    auto *place = meeting.findChild<QLineEdit *>(QStringLiteral("place"));
    QVERIFY(place);
    QTest::keyClicks(place, QString(250, QLatin1Char('x')));
    QCOMPARE(place->text().size(), 200);
    auto *agenda = meeting.findChild<QPlainTextEdit *>(QStringLiteral("agenda"));
    QVERIFY(agenda);
    agenda->setPlainText(QString(20050, QLatin1Char('a')));
    QCOMPARE(agenda->toPlainText().size(), 20000);

    NewGroupDialog group(b.h);
    group.show();
    auto *name = group.findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(name);
    QCOMPARE(name->maxLength(), 200);
}

QTEST_MAIN(TestGuiFormDialogs)
#include "tst_gui_formdialogs.moc"

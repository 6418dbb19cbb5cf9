#include "callspanel.h"

#include "core/domain/clock.h"
#include "core/exports/cycleexport.h"
#include "core/rules/ruletext.h"
#include "core/rules/submissionrules.h"
#include "cyclecommands.h"
#include "decidedialog.h"
#include "submissiondialog.h"
#include "submissionsview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tavolo {

namespace {
QString deadlineText(const CallForm &form)
{
    return form.deadlineTime.isValid()
        ? CallsPanel::tr("by %1 at %2")
              .arg(RuleText::day(form.deadline),
                   form.deadlineTime.toString(QStringLiteral("HH:mm")))
        : CallsPanel::tr("by %1").arg(RuleText::day(form.deadline));
}
// "Allegato A – Manifestazione d'interesse", or the title alone when it already names its form.
QString formName(const CallForm &form)
{
    return form.title.contains(QStringLiteral("allegato %1").arg(form.form), Qt::CaseInsensitive)
        ? form.title
        : CallsPanel::tr("Form %1 – %2").arg(form.form, form.title);
}
} // namespace

CallsPanel::CallsPanel(Archive &archive, QUndoStack *undo, QWidget *parent)
    : CyclePanel(archive, undo, parent)
    , m_calls(new QTreeWidget(this))
    , m_counts(new QTreeWidget(this))
    , m_submissions(new SubmissionsView(this))
    , m_add(new QPushButton(tr("Record submission…"), this))
    , m_decide(new QPushButton(tr("Decide late submission…"), this))
    , m_register(new QPushButton(tr("Register of submissions…"), this))
    , m_publication(new QPushButton(tr("Register for publication…"), this))
    , m_receipt(new QPushButton(tr("Receipt…"), this))
{
    m_add->setObjectName(QStringLiteral("addSubmission"));
    m_decide->setObjectName(QStringLiteral("decideSubmission"));
    m_register->setObjectName(QStringLiteral("exportRegister"));
    m_publication->setObjectName(QStringLiteral("exportPublication"));
    m_receipt->setObjectName(QStringLiteral("exportReceipt"));
    m_decide->setToolTip(tr("Admit or not a submission received after its deadline, with the "
                            "reason (R-L)."));
    m_publication->setToolTip(tr("The register without the contacts, for the website."));

    m_calls->setObjectName(QStringLiteral("calls"));
    m_calls->setAccessibleName(tr("Calls"));
    m_calls->setHeaderLabels({tr("Call and its forms"), tr("Published / deadline")});
    m_calls->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_calls->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_calls->header()->setStretchLastSection(false);
    m_counts->setObjectName(QStringLiteral("tableCounts"));
    m_counts->setAccessibleName(tr("Submissions per table"));
    m_counts->setRootIsDecorated(false);
    m_counts->setHeaderLabels({tr("Table"), tr("Chosen"), tr("Admitted")});
    m_counts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counts->header()->setStretchLastSection(false);
    for (int c = 1; c < 3; ++c)
        m_counts->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_calls);
    top->addWidget(m_counts);
    top->setSizes({560, 440});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_submissions);
    split->setSizes({120, 430});
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_decide})
        actions->addWidget(b);
    actions->addStretch();
    for (QPushButton *b : {m_register, m_publication, m_receipt})
        actions->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(actions);

    connect(m_calls, &QTreeWidget::currentItemChanged, this, [this] { showCall(); });
    connect(m_submissions, &SubmissionsView::currentChanged, this, &CallsPanel::updateActions);
    connect(m_add, &QPushButton::clicked, this, &CallsPanel::addSubmission);
    connect(m_decide, &QPushButton::clicked, this, &CallsPanel::decide);
    connect(m_register, &QPushButton::clicked, this, [this] { exportRegister(false); });
    connect(m_publication, &QPushButton::clicked, this, [this] { exportRegister(true); });
    connect(m_receipt, &QPushButton::clicked, this, &CallsPanel::exportReceipt);
}

qint64 CallsPanel::currentCall() const
{
    const QTreeWidgetItem *item = m_calls->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void CallsPanel::refresh()
{
    const qint64 keep = currentCall();
    const QSignalBlocker block(m_calls);
    m_calls->clear();
    for (const Call &call : history().calls) {
        if (call.cycleId != cycleId())
            continue;
        auto *item = new QTreeWidgetItem(
            m_calls, {call.title, tr("published on %1").arg(RuleText::day(call.published))});
        item->setData(0, Qt::UserRole, call.id);
        item->setToolTip(0,
                         call.reference.isEmpty() ? call.title
                                                  : tr("%1 — %2").arg(call.title, call.reference));
        for (const CallForm &form : call.forms)
            new QTreeWidgetItem(item, {formName(form), deadlineText(form)});
        if (call.id == keep || !m_calls->currentItem())
            m_calls->setCurrentItem(item);
    }
    m_calls->expandAll();
    if (m_calls->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_calls, {tr("No calls in this cycle yet (tavolo-cli: call.add).")});
    showCall();
}

void CallsPanel::showCall()
{
    const Call *call = history().call(currentCall());
    m_submissions->showCall(history(), call);
    showCounts(call);
    updateActions();
}

// How many submissions chose each of the call's tables, and of those how many are admitted.
void CallsPanel::showCounts(const Call *call)
{
    m_counts->clear();
    if (!call)
        return;
    for (const qint64 tableId : call->tables) {
        int chosen = 0;
        int admitted = 0;
        for (const Submission &s : history().submissions)
            if (s.callId == call->id && s.tables.contains(tableId)) {
                ++chosen;
                admitted += s.isAdmitted() ? 1 : 0;
            }
        const PlanningTable *table = history().table(tableId);
        auto *item = new QTreeWidgetItem(m_counts,
                                         {table ? table->name : QString::number(tableId),
                                          QString::number(chosen), QString::number(admitted)});
        item->setToolTip(0, item->text(0));
    }
}

void CallsPanel::updateActions()
{
    const Submission *s = history().submission(m_submissions->currentSubmission());
    m_add->setEnabled(currentCall() != 0);
    m_decide->setEnabled(s && s->late && s->decision == Decision::Pending);
    for (QPushButton *b : {m_register, m_publication})
        b->setEnabled(currentCall() != 0);
    m_receipt->setEnabled(s);
}

void CallsPanel::addSubmission()
{
    const Call *call = history().call(currentCall());
    if (!call)
        return;
    SubmissionDialog dialog(history(), *call, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<qint64> added =
        CycleCommands(archive(), undoStack()).addSubmission(dialog.submission());
    report(added);
    if (added)
        m_submissions->selectSubmission(added.value());
}

void CallsPanel::decide()
{
    const Submission *s = history().submission(m_submissions->currentSubmission());
    if (!s)
        return;
    DecideDialog dialog(history(), *s, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = s->id;
    report(CycleCommands(archive(), undoStack())
               .decide(id, dialog.admit(), dialog.date(), dialog.reason()));
    m_submissions->selectSubmission(id);
}

void CallsPanel::exportRegister(bool publication)
{
    const qint64 call = currentCall();
    const auto version =
        publication ? CycleExport::Register::Publication : CycleExport::Register::Office;
    exportTo(publication ? tr("Register for publication") : tr("Register of submissions"),
             [this, call, version](const QString &folder) {
                 return CycleExport::submissionRegister(archive(), call, version, Clock::today(),
                                                        folder);
             });
}

// The acknowledgement of receipt bears the office's outgoing protocol number, asked first.
void CallsPanel::exportReceipt()
{
    const Submission *s = history().submission(m_submissions->currentSubmission());
    if (!s)
        return;
    const qint64 id = s->id;
    bool ok = false;
    const QString protocol =
        QInputDialog::getText(this, tr("Receipt of a submission"),
                              tr("Outgoing protocol number of the receipt to %1:")
                                  .arg(SubmissionRules::sender(history(), *s)),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok || protocol.trimmed().isEmpty())
        return;
    exportTo(tr("Receipt of a submission"), [this, id, protocol](const QString &folder) {
        return CycleExport::receipt(archive(), id, protocol.trimmed(), Clock::today(), folder);
    });
}

} // namespace tavolo

#include "requestspage.h"

#include "asofdate.h"
#include "core/domain/clock.h"
#include "core/rules/requestrules.h"
#include "core/rules/ruletext.h"
#include "core/storage/requeststore.h"
#include "meetingcommands.h"
#include "meetingdialog.h"
#include "problemview.h"
#include "requestdialog.h"
#include "storecommand.h"
#include "tavolopages.h"
#include "ui/dates.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tavolo {

RequestsPage::RequestsPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    , m_asOf(new AsOfDate(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_createMeeting(new QPushButton(tr("&Create the requested meeting…"), this))
    , m_outcome(new ProblemView(this))
{
    auto *create = new QPushButton(tr("&New request…"), this);
    create->setObjectName(QStringLiteral("newRequest"));
    m_createMeeting->setObjectName(QStringLiteral("createMeeting"));
    m_list->setObjectName(QStringLiteral("requests"));
    m_list->setAccessibleName(tr("Requests to convene"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Date"), tr("Signatories"), tr("Status"), tr("Deadline"), tr("Motivation")});
    for (int c = 0; c < 4; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("requestDetail"));

    auto *empty = new QLabel(tr("No requests to convene yet. When representatives ask to "
                                "convene the Tavolo, record their request here."),
                             this);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_list);

    auto *actions = new QHBoxLayout;
    actions->addWidget(create);
    actions->addWidget(m_createMeeting);
    actions->addStretch();
    actions->addWidget(m_asOf);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stack);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_outcome);
    layout->addWidget(split, 1);

    connect(create, &QPushButton::clicked, this, &RequestsPage::newRequest);
    connect(m_createMeeting, &QPushButton::clicked, this, &RequestsPage::createMeeting);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showRequest(); });
    connect(m_asOf, &AsOfDate::dateChanged, this, [this] { refresh(); });
}

void RequestsPage::setDate(QDate date)
{
    m_asOf->setDate(date);
}

QDate RequestsPage::date() const
{
    return m_asOf->date();
}

qint64 RequestsPage::currentRequest() const
{
    auto *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void RequestsPage::refresh()
{
    const qint64 keep = currentRequest();
    const QSignalBlocker block(m_list);
    m_list->clear();
    const History &h = history();
    const QDate asOf = m_asOf->date();
    for (const ConvocationRequest &r : h.requests) {
        const RequestStatus s = RequestRules::status(h, r, asOf);
        const bool received = r.date <= asOf;
        QString status;
        Severity severity = Severity::Warning;
        if (!received) {
            status = tr("not yet received");
        } else if (s.answeredBy) {
            const Meeting *m = h.meeting(*s.answeredBy);
            status = tr("answered: meeting of %1").arg(m ? RuleText::day(m->date) : QString());
        } else if (s.overdue) {
            status = tr("OVERDUE");
            severity = Severity::Refused;
        } else {
            status = tr("open, %n day(s) left", nullptr, s.daysLeft);
        }
        auto *item =
            new QTreeWidgetItem(m_list,
                                {dates::text(r.date), QString::number(r.signatories.size()), status,
                                 RuleText::day(s.deadline), r.motivation.simplified()});
        item->setData(0, Qt::UserRole, r.id);
        if (!received)
            for (int c = 0; c < m_list->columnCount(); ++c)
                item->setForeground(c, Qt::gray);
        else if (!s.answeredBy)
            item->setIcon(2, ProblemView::icon(severity));
        if (r.id == keep)
            m_list->setCurrentItem(item);
    }
    m_stack->setCurrentIndex(h.requests.isEmpty() ? 0 : 1);
    if (!m_list->currentItem() && m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    showRequest();
}

void RequestsPage::showRequest()
{
    const History &h = history();
    const ConvocationRequest *r = h.request(currentRequest());
    if (!r) {
        m_detail->clear();
        m_createMeeting->setEnabled(false);
        return;
    }
    // Whether the meeting can still be created is a matter of today, whatever day is looked at.
    const RequestStatus s = RequestRules::status(h, *r, Clock::today());
    const auto count = RequestRules::count(h, r->date, int(r->signatories.size()));
    QStringList names;
    for (const qint64 id : r->signatories)
        names << h.personName(id);
    m_detail->setText(tr("Request of %1, signed by %2 of the %3 representatives in office "
                         "(threshold %4): %5.\nMotivation: %6")
                          .arg(RuleText::day(r->date))
                          .arg(count.signatories)
                          .arg(count.representatives)
                          .arg(count.threshold)
                          .arg(names.join(QStringLiteral(", ")), r->motivation));
    m_createMeeting->setEnabled(!s.answeredBy);
}

void RequestsPage::newRequest()
{
    RequestDialog dialog(history(), Clock::today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConvocationRequest r = dialog.request();
    Archive &a = archive();
    // Not undoable: a request received is a fact of the history (R-D, R-J).
    m_outcome->setProblems(StoreCommand::run(undoStack(), tr("Record request"), [&a, r] {
                               return RequestStore(a).add(r);
                           }).problems());
}

void RequestsPage::createMeeting()
{
    const qint64 request = currentRequest();
    if (!request)
        return;
    MeetingDialog dialog(history(), Clock::today().addDays(14), this);
    dialog.answerRequest(request);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto result = MeetingCommands(archive(), undoStack()).create(dialog.meeting());
    m_outcome->setProblems(result.problems());
    if (result)
        emit navigateTo(TavoloPages::Meetings);
}

} // namespace tavolo

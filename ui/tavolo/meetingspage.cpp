#include "meetingspage.h"

#include "core/domain/clock.h"
#include "core/rules/meetingrules.h"
#include "meetingcalendar.h"
#include "meetingcommands.h"
#include "meetingdetail.h"
#include "meetingdialog.h"
#include "meetingtext.h"
#include "participantsview.h"
#include "problemview.h"
#include "ui/dates.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tavolo {

MeetingsPage::MeetingsPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    , m_listStack(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_calendar(new MeetingCalendar(this))
    , m_detail(new MeetingDetail(archive, undo, this))
    , m_outcome(new ProblemView(this))
{
    auto *create = new QPushButton(tr("&New meeting…"), this);
    create->setObjectName(QStringLiteral("newMeeting"));
    m_list->setObjectName(QStringLiteral("meetings"));
    m_list->setAccessibleName(tr("Meetings"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("State"), tr("Place")});
    m_list->setAlternatingRowColors(true);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyText = new QLabel(tr("No meetings yet — create the first."), empty);
    emptyText->setObjectName(QStringLiteral("emptyState"));
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyCreate = new QPushButton(tr("New meeting…"), empty);
    emptyCreate->setObjectName(QStringLiteral("emptyNewMeeting"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyCreate, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    m_listStack->addWidget(empty);
    m_listStack->addWidget(m_list);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_listStack);
    left->addWidget(m_calendar);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({400, 800}); // the list shows date, kind, state and place unclipped

    auto *actions = new QHBoxLayout;
    actions->addWidget(create);
    for (QPushButton *b : m_detail->actions())
        actions->addWidget(b);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_outcome);
    layout->addWidget(split, 1);

    connect(create, &QPushButton::clicked, this, [this] { newMeeting(); });
    connect(emptyCreate, &QPushButton::clicked, this, [this] { newMeeting(); });
    connect(m_detail, &MeetingDetail::outcome, m_outcome, &ProblemView::setProblems);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showMeeting(); });
    connect(m_calendar, &MeetingCalendar::meetingChosen, this, &MeetingsPage::selectMeeting);
}

qint64 MeetingsPage::currentMeeting() const
{
    auto *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void MeetingsPage::selectMeeting(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void MeetingsPage::refresh()
{
    const qint64 keep = currentMeeting();
    const QSignalBlocker block(m_list);
    m_list->clear();
    QList<Meeting> meetings = history().meetings;
    std::sort(meetings.begin(), meetings.end(),
              [](const Meeting &a, const Meeting &b) { return a.date > b.date; });
    for (const Meeting &m : meetings) {
        auto *item = new QTreeWidgetItem(
            m_list,
            {dates::text(m.date), MeetingText::capitalised(MeetingTerms::kindLabel(m.kind)),
             MeetingText::capitalised(MeetingTerms::stateLabel(m.state)),
             m.place.isEmpty() ? m.onlineLink : m.place});
        item->setData(0, Qt::UserRole, m.id);
        if (m.kind != MeetingKind::Ordinary) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
            item->setForeground(1, QColor(0x0d, 0x47, 0xa1));
        }
        if (m.state == MeetingState::Cancelled)
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, Qt::gray);
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    m_listStack->setCurrentIndex(meetings.isEmpty() ? 0 : 1);
    m_calendar->setMeetings(meetings);
    selectMeeting(keep);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showMeeting();
}

void MeetingsPage::showMeeting()
{
    const History &h = history();
    const Meeting *m = h.meeting(currentMeeting());
    if (!m) {
        m_detail->showMeeting(h, nullptr, {}, {});
        return;
    }
    m_calendar->showMeeting(*m);
    m_detail->showMeeting(h, m, MeetingRules::participants(h, *m),
                          ParticipantsView::tavoloRoles(h, m->date));
}

void MeetingsPage::newMeeting(qint64 answeringRequest)
{
    MeetingDialog dialog(history(), Clock::today().addDays(14), this);
    if (answeringRequest)
        dialog.answerRequest(answeringRequest);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto result = MeetingCommands(archive(), undoStack()).create(dialog.meeting());
    m_outcome->setProblems(result.problems());
    if (result)
        selectMeeting(result.value());
}

// The actions the clerk (and the tests) reach from the page, carried out by the detail.
void MeetingsPage::convene()
{
    m_detail->convene();
}

void MeetingsPage::recordAttendance()
{
    m_detail->recordAttendance();
}

void MeetingsPage::exportDocuments()
{
    m_detail->exportDocuments();
}

} // namespace tavolo

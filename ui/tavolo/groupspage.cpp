#include "groupspage.h"

#include "asofdate.h"
#include "core/domain/clock.h"
#include "core/rules/grouprules.h"
#include "core/rules/meetingrules.h"
#include "core/rules/ruletext.h"
#include "formdialog.h"
#include "groupcommands.h"
#include "meetingdetail.h"
#include "meetingdialog.h"
#include "meetinglist.h"
#include "newgroupdialog.h"
#include "pickers.h"
#include "problemview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tavolo {

GroupsPage::GroupsPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    // Without access keys: this page has more buttons than Italian has letters for them (the
    // meeting's actions, agenda and materials are here too).
    , m_asOf(new AsOfDate(tr("As of:"), tr("As of"), this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_participants(new QListWidget(this))
    , m_meetings(new QTreeWidget(this))
    , m_meetingDetail(new MeetingDetail(archive, undo, this))
    , m_outcome(new ProblemView(this))
{
    m_asOf->setTodayText(tr("Today"));
    auto *create = new QPushButton(tr("Ne&w group…"), this);
    auto *participant = new QPushButton(tr("Add &participant…"), this);
    auto *propose = new QPushButton(tr("Propose coordi&nator…"), this);
    auto *meeting = new QPushButton(tr("New group &meeting…"), this);
    create->setObjectName(QStringLiteral("newGroup"));
    participant->setObjectName(QStringLiteral("addParticipant"));
    propose->setObjectName(QStringLiteral("proposeCoordinator"));
    meeting->setObjectName(QStringLiteral("newGroupMeeting"));
    m_groupActions = {participant, propose, meeting};

    m_list->setObjectName(QStringLiteral("groups"));
    m_list->setAccessibleName(tr("Working groups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Group"), tr("Area"), tr("Participants"), tr("Coordinator")});
    m_list->setAlternatingRowColors(true);
    for (int c = 0; c < 3; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_detail->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("groupDetail"));
    m_participants->setAccessibleName(tr("Participants"));
    m_meetings->setObjectName(QStringLiteral("groupMeetings"));
    m_meetings->setAccessibleName(tr("Group meetings"));
    m_meetings->setRootIsDecorated(false);
    m_meetings->setHeaderLabels({tr("Date"), tr("Place"), tr("State"), tr("Coordinator")});
    for (int c = 0; c < 3; ++c)
        m_meetings->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *empty = new QLabel(tr("No working groups yet — create the first."), this);
    empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(empty);
    m_stack->addWidget(m_list);

    auto *participantsBox = new QGroupBox(tr("Participants"), this);
    (new QVBoxLayout(participantsBox))->addWidget(m_participants);
    auto *groupSide = new QSplitter(Qt::Vertical, this);
    groupSide->addWidget(m_stack);
    groupSide->addWidget(participantsBox);
    groupSide->addWidget(meetinglist::box(tr("Meetings"), m_meetings, meeting, this));
    // The chosen meeting in the view every body's meetings share, with the same actions as the
    // Tavolo's: convened with the notice check, guests, materials, cancelled, its documents
    // exported, held (ratifying the proposed coordinator, R-I) and minuted.
    QWidget *meetingSide = meetinglist::detailSide(m_meetingDetail, m_detail, this);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(groupSide);
    split->addWidget(meetingSide);
    split->setSizes({460, 700});
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {create, participant, propose})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_asOf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_outcome);
    layout->addWidget(split, 1);

    connect(create, &QPushButton::clicked, this, &GroupsPage::newGroup);
    connect(participant, &QPushButton::clicked, this, &GroupsPage::addParticipant);
    connect(propose, &QPushButton::clicked, this, &GroupsPage::proposeCoordinator);
    connect(meeting, &QPushButton::clicked, this, &GroupsPage::newMeeting);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showGroup(); });
    connect(m_meetings, &QTreeWidget::currentItemChanged, this, [this] { showMeeting(); });
    connect(m_meetingDetail, &MeetingDetail::outcome, m_outcome, &ProblemView::setProblems);
    connect(m_asOf, &AsOfDate::dateChanged, this, [this] { refresh(); });
}

void GroupsPage::setDate(QDate date)
{
    m_asOf->setDate(date);
}

QDate GroupsPage::date() const
{
    return m_asOf->date();
}

qint64 GroupsPage::currentGroup() const
{
    auto *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

const WorkingGroup *GroupsPage::group() const
{
    return history().group(currentGroup());
}

void GroupsPage::report(const Result<qint64> &result)
{
    m_outcome->setProblems(result.problems());
}

void GroupsPage::refresh()
{
    const qint64 keep = currentGroup();
    const QSignalBlocker block(m_list);
    m_list->clear();
    const History &h = history();
    const QDate asOf = m_asOf->date();
    for (const WorkingGroup &g : h.groups) {
        const bool flagged = GroupRules::isFlagged(g, asOf);
        const std::optional<qint64> ratified = GroupRules::coordinatorOn(g, asOf);
        QString coordinator = ratified ? h.personName(*ratified)
            : g.proposedCoordinator ? tr("%1 (proposed)").arg(h.personName(*g.proposedCoordinator))
                                    : tr("none");
        if (flagged)
            coordinator = tr("FLAGGED: %1").arg(coordinator);
        auto *item = new QTreeWidgetItem(
            m_list, {g.name, g.area, QString::number(g.participants.size()), coordinator});
        item->setData(0, Qt::UserRole, g.id);
        if (flagged) {
            item->setIcon(0, ProblemView::icon(Severity::Refused));
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
            item->setToolTip(0,
                             tr("The group's first meeting was held without ratifying a "
                                "coordinator (R-I)."));
        }
        if (g.id == keep)
            m_list->setCurrentItem(item);
    }
    m_stack->setCurrentIndex(h.groups.isEmpty() ? 0 : 1);
    if (!m_list->currentItem() && m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showGroup();
}

void GroupsPage::showGroup()
{
    const WorkingGroup *g = group();
    for (QPushButton *b : m_groupActions)
        b->setEnabled(g);
    m_participants->clear();
    const QSignalBlocker block(m_meetings);
    m_meetings->clear();
    if (!g) {
        m_detail->clear();
        showMeeting();
        return;
    }
    const History &h = history();
    const std::optional<qint64> ratified = GroupRules::coordinatorOn(*g, m_asOf->date());
    m_detail->setText(
        GroupRules::isFlagged(*g, m_asOf->date()) ? tr("%1: flagged — its first meeting was held "
                                                       "without ratifying a coordinator. Propose "
                                                       "one and ratify it at the next meeting.")
                                                        .arg(g->name)
            : ratified ? tr("%1: coordinated by %2.").arg(g->name, h.personName(*ratified))
                       : tr("%1: the coordinator is named from the participants and ratified "
                            "at the group's first meeting.")
                             .arg(g->name));
    for (const qint64 id : pickers::peopleByName(h, g->participants))
        m_participants->addItem(h.personName(id));
    meetinglist::fill(m_meetings, g->meetings, [](const Meeting &m) {
        return m.ratifiedCoordinator ? tr("ratified", "the coordinator, at this meeting")
                                     : QString();
    });
    showMeeting();
}

const Meeting *GroupsPage::meeting() const
{
    const WorkingGroup *g = group();
    return g ? meetinglist::current(m_meetings, g->meetings) : nullptr;
}

// The group's meeting in the view every body's meetings share, its participants as members
// and the coordinator in office that day.
void GroupsPage::showMeeting()
{
    const WorkingGroup *g = group();
    const Meeting *m = meeting();
    if (!g || !m) {
        m_meetingDetail->showMeeting(history(), nullptr, {}, {});
        return;
    }
    QHash<qint64, QString> roles;
    if (const std::optional<qint64> c = GroupRules::coordinatorOn(*g, m->date))
        roles.insert(*c, tr("coordinator", "of a working group"));
    m_meetingDetail->showMeeting(
        history(), m, pickers::peopleByName(history(), MeetingRules::participants(history(), *m)),
        roles);
}

void GroupsPage::newGroup()
{
    NewGroupDialog dialog(history(), this);
    if (dialog.exec() == QDialog::Accepted)
        report(GroupCommands(archive(), undoStack()).create(dialog.group()));
}

void GroupsPage::addParticipant()
{
    const WorkingGroup *g = group();
    if (!g)
        return;
    const WorkingGroup snapshot = *g;
    FormDialog dialog(tr("Add a participant to %1").arg(g->name), tr("&Add"), this);
    auto *person = new QComboBox(&dialog);
    person->setAccessibleName(tr("Participant"));
    pickers::fillAllPeople(person, history());
    dialog.form()->addRow(tr("&Person:"), person);
    dialog.watch(person);
    const History &h = history();
    dialog.setCheck(
        [&] { return GroupRules::participantProblems(h, snapshot, pickers::currentId(person)); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(GroupCommands(archive(), undoStack())
               .addParticipant(snapshot.id, pickers::currentId(person)));
}

void GroupsPage::proposeCoordinator()
{
    const WorkingGroup *g = group();
    if (!g)
        return;
    const WorkingGroup snapshot = *g;
    FormDialog dialog(tr("Propose the coordinator of %1").arg(g->name), tr("&Propose"), this);
    auto *person = new QComboBox(&dialog);
    person->setAccessibleName(tr("Coordinator"));
    pickers::fillPeople(person, history(), g->participants);
    dialog.form()->addRow(tr("&Coordinator:"), person);
    dialog.form()->addRow(new QLabel(tr("Named from the group's own participants; ratified at "
                                        "the group's first meeting (R-I)."),
                                     &dialog));
    dialog.watch(person);
    const History &h = history();
    dialog.setCheck(
        [&] { return GroupRules::proposeProblems(h, snapshot, pickers::currentId(person)); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(GroupCommands(archive(), undoStack())
               .proposeCoordinator(snapshot.id, pickers::currentId(person)));
}

void GroupsPage::newMeeting()
{
    const WorkingGroup *g = group();
    if (!g)
        return;
    MeetingDialog dialog(history(), Clock::today().addDays(7), this);
    dialog.forWorkingGroup(*g);
    if (dialog.exec() == QDialog::Accepted)
        report(GroupCommands(archive(), undoStack()).addMeeting(dialog.meeting()));
}

} // namespace tavolo

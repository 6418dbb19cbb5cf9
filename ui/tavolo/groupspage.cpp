#include "groupspage.h"

#include "asofdate.h"
#include "attendancetable.h"
#include "exportdialog.h"

#include "formdialog.h"
#include "pickers.h"
#include "problemview.h"
#include "storecommand.h"

#include "core/domain/clock.h"
#include "core/rules/grouprules.h"
#include "core/rules/meetingrules.h"
#include "core/rules/ruletext.h"
#include "core/storage/groupstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tavolo {

GroupsPage::GroupsPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    , m_asOf(new AsOfDate(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_detail(new QLabel(this))
    , m_participants(new QListWidget(this))
    , m_meetings(new QTreeWidget(this))
    , m_outcome(new ProblemView(this))
{
    auto *create = new QPushButton(tr("&New group…"), this);
    auto *participant = new QPushButton(tr("Add parti&cipant…"), this);
    auto *propose = new QPushButton(tr("&Propose coordinator…"), this);
    auto *meeting = new QPushButton(tr("New group &meeting…"), this);
    auto *hold = new QPushButton(tr("H&old meeting…"), this);
    auto *letters = new QPushButton(tr("E&xport letters…"), this);
    letters->setObjectName(QStringLiteral("exportGroupLetters"));
    letters->setToolTip(tr("The convocation letters of the chosen group meeting, one per participant"));
    create->setObjectName(QStringLiteral("newGroup"));
    participant->setObjectName(QStringLiteral("addParticipant"));
    propose->setObjectName(QStringLiteral("proposeCoordinator"));
    meeting->setObjectName(QStringLiteral("newGroupMeeting"));
    hold->setObjectName(QStringLiteral("holdGroupMeeting"));
    m_groupActions = {participant, propose, meeting, hold, letters};

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
    auto *meetingsBox = new QGroupBox(tr("Meetings"), this);
    (new QVBoxLayout(meetingsBox))->addWidget(m_meetings);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(participantsBox, 1);
    lowerLayout->addWidget(meetingsBox, 2);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(lower, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stack);
    split->addWidget(detail);
    split->setSizes({220, 480}); // groups are few; their participants and meetings need the room
    auto *actions = new QHBoxLayout;
    actions->addWidget(create);
    for (QPushButton *b : m_groupActions)
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
    connect(hold, &QPushButton::clicked, this, &GroupsPage::holdMeeting);
    connect(letters, &QPushButton::clicked, this, &GroupsPage::exportLetters);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showGroup(); });
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
                            : g.proposedCoordinator
                                ? tr("%1 (proposed)").arg(h.personName(*g.proposedCoordinator))
                                : tr("none");
        if (flagged)
            coordinator = tr("FLAGGED: %1").arg(coordinator);
        auto *item = new QTreeWidgetItem(
            m_list, {g.name, g.area, QString::number(g.participants.size()), coordinator});
        item->setData(0, Qt::UserRole, g.id);
        if (flagged) {
            item->setIcon(0, ProblemView::icon(Severity::Refused));
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
            item->setToolTip(0, tr("The group's first meeting was held without ratifying a "
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
    m_meetings->clear();
    if (!g) {
        m_detail->clear();
        return;
    }
    const History &h = history();
    const std::optional<qint64> ratified = GroupRules::coordinatorOn(*g, m_asOf->date());
    m_detail->setText(
        GroupRules::isFlagged(*g, m_asOf->date())
            ? tr("%1: flagged — its first meeting was held without ratifying a coordinator. Propose "
                 "one and ratify it at the next meeting.")
                  .arg(g->name)
            : ratified ? tr("%1: coordinated by %2.").arg(g->name, h.personName(*ratified))
                             : tr("%1: the coordinator is named from the participants and ratified "
                                  "at the group's first meeting.")
                                   .arg(g->name));
    for (const qint64 id : pickers::peopleByName(h, g->participants))
        m_participants->addItem(h.personName(id));
    for (const Meeting &m : g->meetings) {
        auto *item = new QTreeWidgetItem(
            m_meetings, {RuleText::day(m.date), m.place,
                         m.isHeld() ? tr("held", "state of a group meeting (it took place)")
                                : tr("planned", "state of a group meeting"),
                         m.ratifiedCoordinator ? tr("ratified", "the coordinator, at this meeting") : QString()});
        item->setData(0, Qt::UserRole, m.id);
    }
}

void GroupsPage::newGroup()
{
    FormDialog dialog(tr("New working group"), tr("&Create group"), this);
    auto *name = new QLineEdit(&dialog);
    auto *area = new QLineEdit(&dialog);
    name->setAccessibleName(tr("Name"));
    area->setAccessibleName(tr("Area"));
    area->setPlaceholderText(tr("e.g. Minori, giovani e famiglie"));
    dialog.form()->addRow(tr("&Name:"), name);
    dialog.form()->addRow(tr("&Area:"), area);
    dialog.watch(name);
    const History &h = history();
    const auto value = [&] {
        WorkingGroup g;
        g.name = name->text().trimmed();
        g.area = area->text().trimmed();
        return g;
    };
    dialog.setCheck([&] { return GroupRules::addProblems(h, value()); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WorkingGroup g = value();
    Archive &a = archive();
    report(StoreCommand::run(undoStack(), tr("New group"), [&a, g] { return GroupStore(a).add(g); }));
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
    dialog.setCheck([&] {
        return GroupRules::participantProblems(h, snapshot, pickers::currentId(person));
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = snapshot.id;
    const qint64 p = pickers::currentId(person);
    Archive &a = archive();
    report(StoreCommand::run(undoStack(), tr("Add participant"),
                             [&a, id, p] { return GroupStore(a).addParticipant(id, p); }));
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
    dialog.setCheck([&] {
        return GroupRules::proposeProblems(h, snapshot, pickers::currentId(person));
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = snapshot.id;
    const qint64 p = pickers::currentId(person);
    Archive &a = archive();
    report(StoreCommand::run(undoStack(), tr("Propose coordinator"),
                             [&a, id, p] { return GroupStore(a).proposeCoordinator(id, p); }));
}

void GroupsPage::newMeeting()
{
    const WorkingGroup *g = group();
    if (!g)
        return;
    FormDialog dialog(tr("New meeting of %1").arg(g->name), tr("&Create meeting"), this);
    auto *date = new QDateEdit(Clock::today().addDays(7), &dialog);
    date->setCalendarPopup(true);
    auto *time = new QTimeEdit(QTime(17, 0), &dialog);
    time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *place = new QLineEdit(&dialog);
    auto *agenda = new QPlainTextEdit(&dialog);
    agenda->setTabChangesFocus(true);
    agenda->setPlaceholderText(tr("One agenda item per line"));
    date->setAccessibleName(tr("Date"));
    time->setAccessibleName(tr("Time"));
    place->setAccessibleName(tr("Place"));
    agenda->setAccessibleName(tr("Agenda"));
    dialog.form()->addRow(tr("&Date:"), date);
    dialog.form()->addRow(tr("&Time:"), time);
    dialog.form()->addRow(tr("&Place:"), place);
    dialog.form()->addRow(tr("&Agenda:"), agenda);
    dialog.watch(date);
    const qint64 groupId = g->id;
    const auto value = [&] {
        Meeting m;
        m.body = MeetingBody::group(groupId);
        m.date = date->date();
        m.time = time->time();
        m.place = place->text().trimmed();
        for (const QString &line : agenda->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                m.agenda << line.trimmed();
        return m;
    };
    dialog.setCheck([&] { return MeetingRules::addProblems(history(), value()); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Meeting m = value();
    Archive &a = archive();
    report(StoreCommand::run(undoStack(), tr("New group meeting"),
                             [&a, m] { return GroupStore(a).addMeeting(m); }));
}

void GroupsPage::exportLetters()
{
    const WorkingGroup *g = group();
    QTreeWidgetItem *item = m_meetings->currentItem();
    if (!item && g && !g->meetings.isEmpty())
        item = m_meetings->topLevelItem(m_meetings->topLevelItemCount() - 1);
    if (!item) {
        m_outcome->setProblems({Problem::refused(QStringLiteral("R-I"),
                                                 tr("The group has no meeting to write letters for: create one first."))});
        return;
    }
    const auto exporter = MeetingExport::forMeeting(archive(), item->data(0, Qt::UserRole).toLongLong());
    if (!exporter) {
        m_outcome->setProblems(exporter.problems());
        return;
    }
    ExportDialog dialog(exporter.value(), exporter.warnings(), this);
    dialog.exec();
}

void GroupsPage::holdMeeting()
{
    const WorkingGroup *g = group();
    if (!g)
        return;
    const WorkingGroup snapshot = *g;
    const Meeting *chosen = nullptr;
    if (auto *item = m_meetings->currentItem())
        for (const Meeting &m : g->meetings)
            if (m.id == item->data(0, Qt::UserRole).toLongLong())
                chosen = &m;
    if (!chosen)
        for (const Meeting &m : g->meetings)
            if (!m.isHeld()) {
                chosen = &m;
                break;
            }
    if (!chosen) {
        report(Result<qint64>::refused(Problem::refused(
            QStringLiteral("R-I"), tr("The group has no planned meeting to hold: create one first."))));
        return;
    }
    const Meeting meeting = *chosen;
    const History &h = history();
    FormDialog dialog(tr("Hold the meeting of %1 of %2").arg(RuleText::day(meeting.date), g->name),
                      tr("&Record"), this);
    auto *table = new AttendanceTable(h, pickers::peopleByName(h, g->participants), &dialog);
    table->watchIn(dialog);
    auto *ratify = new QCheckBox(
        g->proposedCoordinator
            ? tr("Ra&tify %1 as coordinator").arg(h.personName(*g->proposedCoordinator))
            : tr("Ra&tify the coordinator (none proposed yet)"),
        &dialog);
    ratify->setChecked(g->proposedCoordinator && !g->coordinator);
    ratify->setEnabled(!g->coordinator);
    dialog.addBody(table);
    dialog.form()->addRow(ratify);
    dialog.watch(ratify);
    dialog.resize(520, 480);
    const QDate today = Clock::today();
    const auto sheet = [table] { return table->sheet(); };
    dialog.setCheck([&] {
        return GroupRules::holdProblems(h, snapshot, meeting, sheet(), ratify->isChecked(), today);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto attendance = sheet();
    const bool ratifying = ratify->isChecked();
    const qint64 id = meeting.id;
    Archive &a = archive();
    // Not undoable: a held meeting and its ratification are the group's history (R-I, R-J).
    report(StoreCommand::run(undoStack(), tr("Hold group meeting"), [&a, id, attendance, ratifying] {
        return GroupStore(a).holdMeeting(id, attendance, ratifying);
    }));
}

} // namespace tavolo

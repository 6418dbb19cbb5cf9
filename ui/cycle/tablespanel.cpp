#include "tablespanel.h"

#include "core/domain/clock.h"
#include "core/rules/cyclerules.h"
#include "core/rules/meetingrules.h"
#include "core/rules/ruletext.h"
#include "cyclecommands.h"
#include "tabledialog.h"
#include "ui/tavolo/formdialog.h"
#include "ui/tavolo/meetingcommands.h"
#include "ui/tavolo/meetingdetail.h"
#include "ui/tavolo/meetingdialog.h"
#include "ui/tavolo/meetinglist.h"
#include "ui/tavolo/pickers.h"
#include "ui/tavolo/problemview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tavolo {

namespace {
QTreeWidget *list(QWidget *parent, const QString &name, const QString &accessible,
                  const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(accessible);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels(headers);
    for (int c = 1; c < headers.size(); ++c)
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return tree;
}
} // namespace

TablesPanel::TablesPanel(Archive &archive, QUndoStack *undo, QWidget *parent)
    : CyclePanel(archive, undo, parent)
    , m_tables(list(this, QStringLiteral("planningTables"), tr("Planning tables"),
                    {tr("Table"), tr("Kind"), tr("People"), tr("Meetings")}))
    , m_participants(list(this, QStringLiteral("tableParticipants"), tr("Participants"),
                          {tr("Participant"), tr("From"), tr("To"), tr("Through")}))
    , m_meetings(list(this, QStringLiteral("tableMeetings"), tr("Table meetings"),
                      {tr("Date"), tr("Place"), tr("State"), QString()}))
    , m_meetingDetail(new MeetingDetail(archive, undo, this))
{
    auto *create = new QPushButton(tr("New table…"), this);
    auto *participant = new QPushButton(tr("Add table participant…"), this);
    auto *meeting = new QPushButton(tr("New table meeting…"), this);
    create->setObjectName(QStringLiteral("newTable"));
    participant->setObjectName(QStringLiteral("addTableParticipant"));
    meeting->setObjectName(QStringLiteral("newTableMeeting"));
    m_tableActions = {participant, meeting};
    m_tables->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tables->header()->setStretchLastSection(false);
    m_meetings->setColumnHidden(3, true);
    m_meetings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_meetings->header()->setStretchLastSection(false);

    auto *tablesBox = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tablesBox);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    auto *tableActions = new QHBoxLayout;
    tableActions->addWidget(create);
    tableActions->addWidget(participant);
    tableActions->addStretch();
    tablesLayout->addLayout(tableActions);
    tablesLayout->addWidget(m_tables, 1);
    auto *participantsBox = new QGroupBox(tr("Participants"), this);
    (new QVBoxLayout(participantsBox))->addWidget(m_participants);
    auto *tableSide = new QSplitter(Qt::Vertical, this);
    tableSide->addWidget(tablesBox);
    tableSide->addWidget(participantsBox);
    tableSide->addWidget(meetinglist::box(tr("Meetings"), m_meetings, meeting, this));
    // The chosen meeting with the same actions as a working group's.
    QWidget *meetingSide = meetinglist::detailSide(m_meetingDetail, nullptr, this);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(tableSide);
    split->addWidget(meetingSide);
    split->setSizes({560, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);

    connect(create, &QPushButton::clicked, this, &TablesPanel::newTable);
    connect(participant, &QPushButton::clicked, this, &TablesPanel::addParticipant);
    connect(meeting, &QPushButton::clicked, this, &TablesPanel::newMeeting);
    connect(m_tables, &QTreeWidget::currentItemChanged, this, [this] { showTable(); });
    connect(m_meetings, &QTreeWidget::currentItemChanged, this, [this] { showMeeting(); });
    connect(m_meetingDetail, &MeetingDetail::outcome, this, &CyclePanel::outcome);
}

qint64 TablesPanel::currentTable() const
{
    const QTreeWidgetItem *item = m_tables->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

const PlanningTable *TablesPanel::table() const
{
    return history().table(currentTable());
}

void TablesPanel::refresh()
{
    const qint64 keep = currentTable();
    const QSignalBlocker block(m_tables);
    m_tables->clear();
    for (const PlanningTable &t : history().tablesOf(cycleId())) {
        auto *item =
            new QTreeWidgetItem(m_tables,
                                {t.name,
                                 tr("%1 (%2)").arg(CycleTerms::tableKindLabel(t.kind),
                                                   t.level.isEmpty() ? tr("Ambito") : t.level),
                                 QString::number(t.participantsOn(Clock::today()).size()),
                                 QString::number(t.meetings.size())});
        item->setData(0, Qt::UserRole, t.id);
        item->setToolTip(
            0,
            t.areas.isEmpty()
                ? t.name
                : tr("%1 — areas: %2").arg(t.name, t.areas.join(QStringLiteral("; "))));
        if (t.meetings.isEmpty()) {
            item->setIcon(3, ProblemView::icon(Severity::Warning));
            item->setToolTip(3, tr("No meeting yet (R-L)."));
        }
        if (t.id == keep || !m_tables->currentItem())
            m_tables->setCurrentItem(item);
    }
    showTable();
}

void TablesPanel::showTable()
{
    const PlanningTable *t = table();
    for (QPushButton *b : std::as_const(m_tableActions))
        b->setEnabled(t);
    m_participants->clear();
    const QSignalBlocker block(m_meetings);
    m_meetings->clear();
    if (t) {
        const History &h = history();
        for (const TableParticipant &p : t->participants) {
            const Submission *s = p.submissionId ? h.submission(*p.submissionId) : nullptr;
            new QTreeWidgetItem(m_participants,
                                {h.personName(p.personId), RuleText::day(p.period.from),
                                 p.period.isOpen() ? QString() : RuleText::day(p.period.to),
                                 s ? tr("prot. %1").arg(s->protocol) : tr("added by the office")});
        }
        meetinglist::fill(m_meetings, t->meetings);
    }
    showMeeting();
}

// The table's meeting with its participants on the meeting's day (and its guests).
void TablesPanel::showMeeting()
{
    const PlanningTable *t = table();
    const Meeting *m = t ? meetinglist::current(m_meetings, t->meetings) : nullptr;
    if (!m) {
        m_meetingDetail->showMeeting(history(), nullptr, {}, {});
        return;
    }
    const QList<qint64> people = MeetingRules::participants(history(), *m);
    QHash<qint64, QString> roles;
    for (const qint64 id : t->participantsOn(m->date))
        roles.insert(id, tr("table participant"));
    m_meetingDetail->showMeeting(history(), m, pickers::peopleByName(history(), people), roles);
}

void TablesPanel::newTable()
{
    const PlanningCycle *c = cycle();
    if (!c)
        return;
    TableDialog dialog(history(), *c, this);
    if (dialog.exec() == QDialog::Accepted)
        report(CycleCommands(archive(), undoStack()).addTable(dialog.table()));
}

void TablesPanel::addParticipant()
{
    const PlanningTable *t = table();
    if (!t)
        return;
    const qint64 tableId = t->id;
    FormDialog dialog(tr("Add a participant to %1").arg(t->name), tr("&Add"), this);
    auto *person = new QComboBox(&dialog);
    person->setAccessibleName(tr("Participant"));
    pickers::fillAllPeople(person, history());
    auto *from = new QDateEdit(Clock::today(), &dialog);
    from->setCalendarPopup(true);
    from->setAccessibleName(tr("From"));
    dialog.form()->addRow(tr("&Person:"), person);
    dialog.form()->addRow(tr("&From:"), from);
    dialog.watch(person);
    dialog.watch(from);
    const History &h = history();
    dialog.setCheck([&] {
        return CycleRules::participantProblems(h, tableId, pickers::currentId(person),
                                               from->date());
    });
    if (dialog.exec() == QDialog::Accepted)
        report(CycleCommands(archive(), undoStack())
                   .addParticipant(tableId, pickers::currentId(person), from->date()));
}

void TablesPanel::newMeeting()
{
    const PlanningTable *t = table();
    if (!t)
        return;
    MeetingDialog dialog(history(), Clock::today().addDays(7), this);
    dialog.forPlanningTable(*t);
    if (dialog.exec() == QDialog::Accepted)
        report(MeetingCommands(archive(), undoStack()).create(dialog.meeting()));
}

} // namespace tavolo

#include "meetingspage.h"

#include "attendancetable.h"
#include "exportdialog.h"
#include "meetingcalendar.h"

#include "formdialog.h"
#include "materialfile.h"
#include "meetingdialog.h"
#include "pickers.h"
#include "problemview.h"
#include "storecommand.h"

#include "ui/dates.h"

#include "core/domain/clock.h"
#include "core/rules/composition.h"
#include "core/rules/meetingrules.h"
#include "core/rules/ruletext.h"
#include "core/storage/meetingstore.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QStandardPaths>
#include <QDir>
#include <QDesktopServices>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tavolo {

namespace {
QString kindText(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Ordinary:
        return MeetingsPage::tr("Ordinary");
    case MeetingKind::Requested:
        return MeetingsPage::tr("REQUESTED");
    case MeetingKind::Joint:
        return MeetingsPage::tr("JOINT");
    }
    return {};
}

QString stateText(MeetingState state)
{
    switch (state) {
    case MeetingState::Draft:
        return MeetingsPage::tr("Draft", "state of a meeting, in the list");
    case MeetingState::Convened:
        return MeetingsPage::tr("Convened", "state of a meeting, in the list");
    case MeetingState::Held:
        return MeetingsPage::tr("Held", "state of a meeting, in the list (it took place)");
    case MeetingState::Cancelled:
        return MeetingsPage::tr("Cancelled", "state of a meeting, in the list");
    }
    return {};
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

// A material with a file kept in the archive (not the "(no materials yet)" placeholder, nor a
// material recorded by title only).
bool holdsFile(const QListWidgetItem *item)
{
    return item && item->data(Qt::UserRole).toLongLong() > 0
        && !MaterialFile::safeName(item->data(Qt::UserRole + 1).toString()).isEmpty();
}

QAction *action(const QString &text, const QString &name, QWidget *parent)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(name);
    parent->addAction(a);
    return a;
}
} // namespace

MeetingsPage::MeetingsPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    , m_listStack(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_calendar(new MeetingCalendar(this))
    , m_header(new QLabel(this))
    , m_agenda(new QListWidget(this))
    , m_materials(new QListWidget(this))
    , m_participants(new QTreeWidget(this))
    , m_outcome(new ProblemView(this))
{
    auto *create = button(tr("&New meeting…"), QStringLiteral("newMeeting"), this);
    m_convene = button(tr("&Convene…"), QStringLiteral("convene"), this);
    m_invite = button(tr("&Invite guest…"), QStringLiteral("inviteGuest"), this);
    m_attendance = button(tr("&Record attendance…"), QStringLiteral("recordAttendance"), this);
    m_cancel = button(tr("Cance&l meeting…"), QStringLiteral("cancelMeeting"), this);
    m_attach = button(tr("A&ttach file…"), QStringLiteral("attachMaterial"), this);
    m_export = button(tr("E&xport documents…"), QStringLiteral("exportDocuments"), this);
    m_openMaterial = button(tr("&Open"), QStringLiteral("openMaterial"), this);
    m_saveMaterial = button(tr("Save a cop&y…"), QStringLiteral("saveMaterial"), this);
    m_saveMaterial->setToolTip(tr("Save a copy of the file where you choose, e.g. to attach it to a PEC"));
    auto *addItem = button(tr("&Add item…"), QStringLiteral("addAgendaItem"), this);
    auto *removeItem = button(tr("Remo&ve item"), QStringLiteral("removeAgendaItem"), this);
    auto *up = button(tr("Move &up"), QStringLiteral("moveUp"), this);
    auto *down = button(tr("Move &down"), QStringLiteral("moveDown"), this);
    m_draftOnly = {addItem, removeItem, up, down};

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
    auto *emptyCreate = button(tr("New meeting…"), QStringLiteral("emptyNewMeeting"), empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyCreate, 0, Qt::AlignCenter);
    emptyLayout->addStretch();
    m_listStack->addWidget(empty);
    m_listStack->addWidget(m_list);

    m_header->setObjectName(QStringLiteral("meetingHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_materials->setObjectName(QStringLiteral("materials"));
    m_materials->setAccessibleName(tr("Materials"));
    m_materials->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_openAction = action(tr("&Open"), QStringLiteral("openMaterialAction"), m_materials);
    m_saveAction = action(tr("Save a cop&y…"), QStringLiteral("saveMaterialAction"), m_materials);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setRootIsDecorated(false);
    m_participants->setHeaderLabels({tr("Participant"), tr("As"), tr("Attendance")});
    m_participants->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_participants->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_participants->header()->setStretchLastSection(false);
    m_participants->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *agendaBox = new QGroupBox(tr("Agenda"), this);
    auto *agendaButtons = new QVBoxLayout;
    for (QPushButton *b : m_draftOnly)
        agendaButtons->addWidget(b);
    agendaButtons->addStretch();
    auto *agendaLayout = new QHBoxLayout(agendaBox);
    agendaLayout->addWidget(m_agenda, 1);
    agendaLayout->addLayout(agendaButtons);

    auto *materialsBox = new QGroupBox(tr("Materials"), this);
    auto *materialsLayout = new QHBoxLayout(materialsBox);
    materialsLayout->addWidget(m_materials, 1);
    auto *materialButtons = new QVBoxLayout;
    for (QPushButton *b : {m_attach, m_openMaterial, m_saveMaterial})
        materialButtons->addWidget(b);
    materialButtons->addStretch();
    materialsLayout->addLayout(materialButtons);

    auto *participantsBox = new QGroupBox(tr("Participants"), this);
    auto *participantsLayout = new QVBoxLayout(participantsBox);
    participantsLayout->addWidget(m_participants);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_header);
    auto *lists = new QHBoxLayout;
    auto *leftLists = new QVBoxLayout;
    leftLists->addWidget(agendaBox, 3);
    leftLists->addWidget(materialsBox, 2);
    lists->addLayout(leftLists, 2);
    lists->addWidget(participantsBox, 3);
    detailLayout->addLayout(lists, 1);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_listStack);
    left->addWidget(m_calendar);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({400, 800}); // the list shows date, kind, state and place unclipped

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {create, m_convene, m_invite, m_attendance, m_cancel, m_export})
        actions->addWidget(b);
    actions->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_outcome);
    layout->addWidget(split, 1);

    connect(create, &QPushButton::clicked, this, [this] { newMeeting(); });
    connect(emptyCreate, &QPushButton::clicked, this, [this] { newMeeting(); });
    connect(m_convene, &QPushButton::clicked, this, &MeetingsPage::convene);
    connect(m_invite, &QPushButton::clicked, this, &MeetingsPage::inviteGuest);
    connect(m_attendance, &QPushButton::clicked, this, &MeetingsPage::recordAttendance);
    connect(m_cancel, &QPushButton::clicked, this, &MeetingsPage::cancelMeeting);
    connect(m_attach, &QPushButton::clicked, this, &MeetingsPage::attachMaterial);
    connect(m_export, &QPushButton::clicked, this, &MeetingsPage::exportDocuments);
    connect(m_materials, &QListWidget::itemDoubleClicked, this, &MeetingsPage::openMaterial);
    connect(m_materials, &QListWidget::currentItemChanged, this, &MeetingsPage::updateMaterialActions);
    const auto openCurrent = [this] { openMaterial(m_materials->currentItem()); };
    connect(m_openMaterial, &QPushButton::clicked, this, openCurrent);
    connect(m_openAction, &QAction::triggered, this, openCurrent);
    connect(m_saveMaterial, &QPushButton::clicked, this, &MeetingsPage::saveMaterial);
    connect(m_saveAction, &QAction::triggered, this, &MeetingsPage::saveMaterial);
    connect(addItem, &QPushButton::clicked, this, &MeetingsPage::addAgendaItem);
    connect(removeItem, &QPushButton::clicked, this, &MeetingsPage::removeAgendaItem);
    connect(up, &QPushButton::clicked, this, [this] { moveAgendaItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveAgendaItem(+1); });
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

const Meeting *MeetingsPage::meeting() const
{
    return history().meeting(currentMeeting());
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
            m_list, {dates::text(m.date), kindText(m.kind), stateText(m.state),
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
    const Meeting *m = meeting();
    if (m)
        m_calendar->showMeeting(*m);
    m_agenda->clear();
    m_materials->clear();
    m_participants->clear();
    const bool draft = m && m->state == MeetingState::Draft;
    for (QPushButton *b : m_draftOnly)
        b->setEnabled(draft);
    m_convene->setEnabled(draft);
    m_invite->setEnabled(m && (draft || m->state == MeetingState::Convened));
    // A meeting is held on its day (R-C): before it there is no attendance to record.
    const bool started = m && m->date <= Clock::today();
    m_attendance->setEnabled(m && m->state == MeetingState::Convened && started);
    m_attendance->setToolTip(m && m->state == MeetingState::Convened && !started
                                 ? tr("The attendance is recorded on the meeting's day or after.")
                                 : QString());
    m_cancel->setEnabled(m && (draft || m->state == MeetingState::Convened));
    m_attach->setEnabled(m && (draft || m->state == MeetingState::Convened));
    m_export->setEnabled(m && m->state != MeetingState::Cancelled);
    updateMaterialActions(); // nothing chosen in the list just emptied
    if (!m) {
        m_header->setText(tr("<i>Choose a meeting, or create one.</i>"));
        return;
    }
    const History &h = history();
    QString text = QStringLiteral("<h3>%1 — %2%3</h3>")
                       .arg(kindText(m->kind).toHtmlEscaped(), RuleText::day(m->date),
                            m->time.isValid() ? QLatin1Char(' ') + m->time.toString(QStringLiteral("HH:mm"))
                                              : QString());
    QStringList lines;
    lines << tr("State: %1").arg(stateText(m->state));
    if (m->convenedOn.isValid())
        lines << tr("Convened on %1").arg(RuleText::day(m->convenedOn));
    if (!m->place.isEmpty())
        lines << tr("Place: %1").arg(m->place);
    if (!m->onlineLink.isEmpty())
        lines << tr("Online: %1").arg(m->onlineLink);
    if (m->requestId)
        if (const ConvocationRequest *r = h.request(*m->requestId))
            lines << tr("Answers the request of %1 (R-D)").arg(RuleText::day(r->date));
    if (!m->jointWith.isEmpty())
        lines << tr("Joint session with: %1 (R-G)").arg(m->jointWith.join(QStringLiteral("; ")));
    if (m->state == MeetingState::Cancelled)
        lines << tr("Cancelled: %1").arg(m->cancelReason);
    QStringList escaped;
    for (const QString &l : lines)
        escaped << l.toHtmlEscaped();
    m_header->setText(text + escaped.join(QStringLiteral(" · ")));

    for (int i = 0; i < m->agenda.size(); ++i)
        m_agenda->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(m->agenda.at(i)));
    if (m->agenda.isEmpty())
        m_agenda->addItem(tr("(no items yet: a meeting is convened with its agenda)"));
    for (const Material &mat : m->materials) {
        auto *item = new QListWidgetItem(mat.file.isEmpty() ? mat.title : tr("%1 (%2)").arg(mat.title, mat.file),
                                         m_materials);
        item->setData(Qt::UserRole, mat.id);
        item->setData(Qt::UserRole + 1, mat.file);
        if (!mat.file.isEmpty())
            item->setToolTip(tr("Double-click to open the file kept in the archive"));
    }
    if (m->materials.isEmpty())
        m_materials->addItem(tr("(no materials yet)"));
    // Why each participant is there: the office held, or the organisation represented, on the
    // meeting's date; guests with the reason of their invitation (R-F).
    const Composition c = CompositionRules::compositionOn(h, m->date);
    QHash<qint64, QString> roles;
    for (const OfficeHolding &o : c.offices) {
        if (o.holder)
            roles.insert(o.holder->personId, Offices::label(o.office));
        if (o.delegation)
            roles.insert(o.delegation->delegateId,
                         tr("delegate, %1").arg(Offices::label(o.office)));
    }
    for (const CategorySeats &s : c.categories)
        for (const Designation &d : s.holders)
            roles.insert(d.personId, h.organisationName(d.organisationId));
    for (const qint64 id : MeetingRules::participants(h, *m)) {
        const Guest *guest = nullptr;
        for (const Guest &g : m->guests)
            if (g.personId == id)
                guest = &g;
        auto *item = new QTreeWidgetItem(
            m_participants,
            {h.personName(id), guest ? tr("guest: %1").arg(guest->reason) : roles.value(id, tr("member")),
             m->attendance.contains(id) ? MeetingTerms::attendanceLabel(m->attendance.value(id)) : QString()});
        if (guest)
            item->setForeground(1, QColor(0x6a, 0x1b, 0x9a));
        if (m->attendance.value(id, Attendance::Present) == Attendance::Absent)
            item->setForeground(2, QColor(0xb0, 0x00, 0x20));
    }
}

void MeetingsPage::report(const Result<qint64> &result)
{
    m_outcome->setProblems(result.problems());
}

void MeetingsPage::newMeeting(qint64 answeringRequest)
{
    MeetingDialog dialog(history(), Clock::today().addDays(14), this);
    if (answeringRequest)
        dialog.answerRequest(answeringRequest);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Meeting m = dialog.meeting();
    Archive &a = archive();
    const auto result = StoreCommand::run(
        undoStack(), tr("New meeting of %1").arg(RuleText::day(m.date)),
        [&a, m] { return MeetingStore(a).add(m); },
        [&a](qint64 id) { return MeetingStore(a).discard(id); });
    report(result);
    if (result)
        selectMeeting(result.value());
}

void MeetingsPage::convene()
{
    const Meeting *m = meeting();
    if (!m)
        return;
    const Meeting snapshot = *m;
    FormDialog dialog(tr("Convene the meeting of %1").arg(RuleText::day(m->date)), tr("&Convene"),
                      this);
    auto *on = new QDateEdit(Clock::today(), &dialog);
    on->setCalendarPopup(true);
    on->setObjectName(QStringLiteral("conveneOn"));
    on->setAccessibleName(tr("Convened on"));
    on->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    dialog.form()->addRow(tr("Convocation &dated:"), on);
    auto *next = new QLabel(
        tr("The agenda and the materials go to all %n participant(s). Convening fixes the date "
           "and the agenda and cannot be undone (a convened meeting is cancelled instead); the "
           "letters, dated this day, come next, from the button Export documents…",
           nullptr, int(MeetingRules::participants(history(), snapshot).size())),
        &dialog);
    next->setWordWrap(true);
    dialog.form()->addRow(next);
    dialog.watch(on);
    const History &h = history();
    dialog.setCheck([&] { return MeetingRules::conveneProblems(h, snapshot, on->date()); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = snapshot.id;
    const QDate day = on->date();
    Archive &a = archive();
    // Not undoable: a convocation, once sent, cannot be unsent; cancel the meeting instead.
    report(StoreCommand::run(undoStack(), tr("Convene meeting"),
                             [&a, id, day] { return MeetingStore(a).convene(id, day); }));
}

void MeetingsPage::inviteGuest()
{
    const Meeting *m = meeting();
    if (!m)
        return;
    const Meeting snapshot = *m;
    FormDialog dialog(tr("Invite a guest (R-F)"), tr("&Invite"), this);
    auto *person = new QComboBox(&dialog);
    person->setAccessibleName(tr("Guest"));
    pickers::fillAllPeople(person, history());
    auto *reason = new QLineEdit(&dialog);
    reason->setAccessibleName(tr("Reason"));
    reason->setPlaceholderText(tr("why the topics make the guest useful"));
    dialog.form()->addRow(tr("&Guest:"), person);
    dialog.form()->addRow(tr("&Reason:"), reason);
    dialog.watch(person);
    dialog.watch(reason);
    const History &h = history();
    const auto guest = [&] { return Guest{pickers::currentId(person), reason->text().trimmed()}; };
    dialog.setCheck([&] { return MeetingRules::guestProblems(h, snapshot, guest()); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Guest g = guest();
    const qint64 id = snapshot.id;
    Archive &a = archive();
    report(StoreCommand::run(
        undoStack(), tr("Invite guest"), [&a, id, g] { return MeetingStore(a).invite(id, g); },
        [&a, id, g](qint64) { return MeetingStore(a).uninvite(id, g.personId); }));
}

void MeetingsPage::recordAttendance()
{
    const Meeting *m = meeting();
    if (!m)
        return;
    const Meeting snapshot = *m;
    const History &h = history();
    FormDialog dialog(tr("Record attendance of %1").arg(RuleText::day(m->date)),
                      tr("&Record and mark held"), this);
    auto *note = new QLabel(tr("Recording the attendance marks the meeting as held: this is its "
                                "record and cannot be undone. Whoever is left unset is recorded "
                                "absent."),
                             &dialog);
    note->setWordWrap(true);
    dialog.form()->addRow(note);
    auto *table = new AttendanceTable(h, MeetingRules::participants(h, snapshot), &dialog);
    table->watchIn(dialog);
    dialog.addBody(table);
    dialog.resize(560, 560);
    const QDate today = Clock::today();
    const auto sheet = [table] { return table->sheet(); };
    dialog.setCheck([&] { return MeetingRules::hold(h, snapshot, sheet(), today).problems(); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto attendance = sheet();
    const qint64 id = snapshot.id;
    Archive &a = archive();
    // Not undoable: the attendance sheet is the record of a held meeting (R-J).
    report(StoreCommand::run(undoStack(), tr("Record attendance"),
                             [&a, id, attendance] { return MeetingStore(a).hold(id, attendance); }));
}

void MeetingsPage::cancelMeeting()
{
    const Meeting *m = meeting();
    if (!m)
        return;
    const Meeting snapshot = *m;
    FormDialog dialog(tr("Cancel the meeting of %1").arg(RuleText::day(m->date)),
                      tr("Cancel &meeting"), this);
    auto *reason = new QLineEdit(&dialog);
    reason->setAccessibleName(tr("Reason"));
    dialog.form()->addRow(tr("&Reason:"), reason);
    dialog.watch(reason);
    dialog.setCheck([&] { return MeetingRules::cancelProblems(snapshot, reason->text()); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString why = reason->text().trimmed();
    const qint64 id = snapshot.id;
    Archive &a = archive();
    report(StoreCommand::run(undoStack(), tr("Cancel meeting"),
                             [&a, id, why] { return MeetingStore(a).cancel(id, why); }));
}

void MeetingsPage::exportDocuments()
{
    const auto exporter = MeetingExport::forMeeting(archive(), currentMeeting());
    if (!exporter) {
        m_outcome->setProblems(exporter.problems());
        return;
    }
    ExportDialog dialog(exporter.value(), exporter.warnings(), this);
    dialog.exec();
}

void MeetingsPage::updateMaterialActions()
{
    const bool chosen = holdsFile(m_materials->currentItem());
    for (QPushButton *b : {m_openMaterial, m_saveMaterial})
        b->setEnabled(chosen);
    for (QAction *a : {m_openAction, m_saveAction})
        a->setEnabled(chosen);
}

// Opened with the program the system associates with the file.
void MeetingsPage::openMaterial(QListWidgetItem *item)
{
    if (!holdsFile(item))
        return;
    Problems problems;
    const QString path = MaterialFile::writeForOpening(
        archive(), item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString(),
        &problems);
    m_outcome->setProblems(problems);
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void MeetingsPage::saveMaterial()
{
    const QListWidgetItem *item = m_materials->currentItem();
    if (!holdsFile(item))
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString proposed = MaterialFile::proposedPath(item->data(Qt::UserRole + 1).toString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the material as"), proposed);
    if (path.isEmpty())
        return;
    m_outcome->setProblems(MaterialFile::write(archive(), id, path));
}

void MeetingsPage::attachMaterial()
{
    const qint64 id = currentMeeting();
    if (!id)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the meeting"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report(Result<qint64>::refused(Problem::refused(
            QStringLiteral("FILE"), tr("Cannot read %1: %2").arg(path, file.errorString()))));
        return;
    }
    const QByteArray content = file.readAll();
    const QString name = QFileInfo(path).fileName();
    const QString title = QFileInfo(path).completeBaseName();
    Archive &a = archive();
    report(StoreCommand::run(undoStack(), tr("Attach %1").arg(name), [&a, id, title, name, content] {
        return MeetingStore(a).addMaterial(id, title, name, content);
    }));
}

void MeetingsPage::addAgendaItem()
{
    const Meeting *m = meeting();
    if (!m)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add an agenda item"), tr("&Item:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const qint64 id = m->id;
    const int position = int(m->agenda.size()) + 1;
    Archive &a = archive();
    report(StoreCommand::run(
        undoStack(), tr("Add agenda item"),
        [&a, id, text, position] { return MeetingStore(a).addAgendaItem(id, text, position); },
        [&a, id, position](qint64) { return MeetingStore(a).removeAgendaItem(id, position); }));
}

void MeetingsPage::removeAgendaItem()
{
    const Meeting *m = meeting();
    const int row = m_agenda->currentRow();
    if (!m || row < 0 || row >= m->agenda.size())
        return;
    const qint64 id = m->id;
    const QString text = m->agenda.at(row);
    Archive &a = archive();
    report(StoreCommand::run(
        undoStack(), tr("Remove agenda item"),
        [&a, id, row] { return MeetingStore(a).removeAgendaItem(id, row + 1); },
        [&a, id, row, text](qint64) { return MeetingStore(a).addAgendaItem(id, text, row + 1); }));
}

void MeetingsPage::moveAgendaItem(int by)
{
    const Meeting *m = meeting();
    const int row = m_agenda->currentRow();
    if (!m || row < 0 || row >= m->agenda.size() || row + by < 0 || row + by >= m->agenda.size())
        return;
    const qint64 id = m->id;
    const int from = row + 1;
    const int to = row + by + 1;
    Archive &a = archive();
    report(StoreCommand::run(
        undoStack(), tr("Reorder agenda"),
        [&a, id, from, to] { return MeetingStore(a).moveAgendaItem(id, from, to); },
        [&a, id, from, to](qint64) { return MeetingStore(a).moveAgendaItem(id, to, from); }));
    m_agenda->setCurrentRow(to - 1);
}

} // namespace tavolo

#include "meetingdetail.h"

#include "agendabox.h"
#include "attendancedialog.h"
#include "cancelmeetingdialog.h"
#include "convenedialog.h"
#include "core/domain/clock.h"
#include "core/exports/meetingexport.h"
#include "core/rules/grouprules.h"
#include "core/rules/meetingrules.h"
#include "core/rules/ruletext.h"
#include "exportdialog.h"
#include "invitedialog.h"
#include "materialsbox.h"
#include "meetingcommands.h"
#include "meetingtext.h"
#include "minutestab.h"
#include "participantsview.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tavolo {

MeetingDetail::MeetingDetail(Archive &archive, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_archive(archive)
    , m_commands(std::make_unique<MeetingCommands>(archive, undo))
    , m_header(new QLabel(this))
    , m_agenda(new AgendaBox(*m_commands, this))
    , m_materials(new MaterialsBox(archive, *m_commands, this))
    , m_participants(new ParticipantsView(this))
    , m_tabs(new QTabWidget(this))
    , m_minutes(new MinutesTab(archive, undo, this))
{
    const auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        m_actions << b;
        return b;
    };
    m_convene = button(tr("&Convene…"), QStringLiteral("convene"));
    m_invite = button(tr("&Invite guest…"), QStringLiteral("inviteGuest"));
    m_attendance = button(tr("&Record attendance…"), QStringLiteral("recordAttendance"));
    m_cancel = button(tr("Cance&l meeting…"), QStringLiteral("cancelMeeting"));
    m_export = button(tr("E&xport documents…"), QStringLiteral("exportDocuments"));

    m_header->setObjectName(QStringLiteral("meetingHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *participantsBox = new QGroupBox(tr("Participants"), this);
    (new QVBoxLayout(participantsBox))->addWidget(m_participants);
    auto *leftLists = new QVBoxLayout;
    leftLists->addWidget(m_agenda, 3);
    leftLists->addWidget(m_materials, 2);
    auto *lists = new QWidget(this);
    auto *listsLayout = new QHBoxLayout(lists);
    listsLayout->addLayout(leftLists, 2);
    listsLayout->addWidget(participantsBox, 3);
    m_tabs->setObjectName(QStringLiteral("meetingTabs"));
    m_tabs->addTab(lists, tr("Agenda and participants"));
    m_tabs->addTab(m_minutes, tr("Minutes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_agenda, &AgendaBox::outcome, this, &MeetingDetail::outcome);
    connect(m_materials, &MaterialsBox::outcome, this, &MeetingDetail::outcome);
    connect(m_minutes, &MinutesTab::outcome, this, &MeetingDetail::outcome);
    connect(m_convene, &QPushButton::clicked, this, &MeetingDetail::convene);
    connect(m_invite, &QPushButton::clicked, this, &MeetingDetail::inviteGuest);
    connect(m_attendance, &QPushButton::clicked, this, &MeetingDetail::recordAttendance);
    connect(m_cancel, &QPushButton::clicked, this, &MeetingDetail::cancelMeeting);
    connect(m_export, &QPushButton::clicked, this, &MeetingDetail::exportDocuments);
    showMeeting(History {}, nullptr, {}, {});
}

MeetingDetail::~MeetingDetail() = default;

void MeetingDetail::showMeeting(const History &history, const Meeting *m,
                                const QList<qint64> &people, const QHash<qint64, QString> &roles)
{
    m_history = m ? &history : nullptr;
    m_meeting = m ? std::optional<Meeting>(*m) : std::nullopt;
    m_people = people;
    const bool draft = m && m->state == MeetingState::Draft;
    const bool open = m && (draft || m->state == MeetingState::Convened);
    m_convene->setEnabled(draft);
    m_invite->setEnabled(open);
    // A meeting is held on its day (R-C): before it there is no attendance to record. A working
    // group's draft may be held too: groups used to meet without a convocation (R-I).
    const bool holdable =
        m && (m->state == MeetingState::Convened || (draft && m->body.kind == BodyKind::Group));
    const bool started = m && m->date <= Clock::today();
    m_attendance->setEnabled(holdable && started);
    m_attendance->setToolTip(holdable && !started
                                 ? tr("The attendance is recorded on the meeting's day or after.")
                                 : QString());
    m_cancel->setEnabled(open);
    m_export->setEnabled(m && m->state != MeetingState::Cancelled);
    m_agenda->showMeeting(m);
    m_materials->showMeeting(m);
    m_participants->showMeeting(history, m, people, roles);
    m_minutes->showMeeting(history, m);
    m_header->setText(m ? MeetingText::header(history, *m)
                        : tr("<i>Choose a meeting, or create one.</i>"));
}

void MeetingDetail::report(const Result<qint64> &result)
{
    emit outcome(result.problems());
}

void MeetingDetail::convene()
{
    if (!m_meeting)
        return;
    ConveneDialog dialog(*m_history, *m_meeting, this);
    if (dialog.exec() == QDialog::Accepted)
        report(m_commands->convene(m_meeting->id, dialog.convenedOn()));
}

void MeetingDetail::inviteGuest()
{
    if (!m_meeting)
        return;
    InviteDialog dialog(*m_history, *m_meeting, this);
    if (dialog.exec() == QDialog::Accepted)
        report(m_commands->invite(m_meeting->id, dialog.guest()));
}

void MeetingDetail::recordAttendance()
{
    if (!m_meeting)
        return;
    const Meeting snapshot = *m_meeting;
    const History &h = *m_history;
    const WorkingGroup *group =
        snapshot.body.kind == BodyKind::Group ? h.group(snapshot.body.id) : nullptr;
    AttendanceDialog dialog(
        h, m_people,
        group ? tr("Hold the meeting of %1 of %2").arg(RuleText::day(snapshot.date), group->name)
              : tr("Record attendance of %1").arg(RuleText::day(snapshot.date)),
        tr("&Record and mark held"), this);
    dialog.addNote(tr("Recording the attendance marks the meeting as held: this is its record and "
                      "cannot be undone. Whoever is left unset is recorded absent."));
    // A working group's meeting may ratify the coordinator proposed from its participants (R-I).
    QCheckBox *ratify = group ? dialog.addRatify(h, *group) : nullptr;
    const QDate today = Clock::today();
    const auto ratifying = [&] {
        return ratify && ratify->isChecked();
    };
    dialog.setCheck([&] {
        return group
            ? GroupRules::holdProblems(h, *group, snapshot, dialog.sheet(), ratifying(), today)
            : MeetingRules::hold(h, snapshot, dialog.sheet(), today).problems();
    });
    if (dialog.exec() == QDialog::Accepted)
        report(m_commands->hold(snapshot.id, dialog.sheet(), ratifying()));
}

void MeetingDetail::cancelMeeting()
{
    if (!m_meeting)
        return;
    CancelMeetingDialog dialog(*m_meeting, this);
    if (dialog.exec() == QDialog::Accepted)
        report(m_commands->cancel(m_meeting->id, dialog.reason()));
}

void MeetingDetail::exportDocuments()
{
    const auto exporter = MeetingExport::forMeeting(m_archive, meetingId());
    if (!exporter) {
        emit outcome(exporter.problems());
        return;
    }
    ExportDialog dialog(exporter.value(), exporter.warnings(), this);
    dialog.exec();
}

} // namespace tavolo

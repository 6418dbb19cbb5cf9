#include "minutestab.h"

#include "approveminutesdialog.h"
#include "core/exports/meetingexport.h"
#include "core/rules/meetingrules.h"
#include "core/rules/minutesrules.h"
#include "core/rules/ruletext.h"
#include "correctminutesdialog.h"
#include "meetingtext.h"
#include "minutescommands.h"
#include "minutesitemeditor.h"
#include "minutespreviewdialog.h"
#include "pickers.h"
#include "problemview.h"
#include "voteeditor.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tavolo {

namespace {
QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}
} // namespace

MinutesTab::MinutesTab(Archive &archive, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_archive(archive)
    , m_commands(std::make_unique<MinutesCommands>(archive, undo))
    , m_state(new QLabel(this))
    , m_attendance(new QLabel(this))
    , m_form(new QWidget(this))
    , m_chair(new QComboBox(m_form))
    , m_secretary(new QComboBox(m_form))
    , m_opened(new QTimeEdit(m_form))
    , m_closed(new QTimeEdit(m_form))
    , m_itemsLayout(new QVBoxLayout)
    , m_problems(new ProblemView(this))
    , m_draft(button(tr("Dra&w up the minutes"), QStringLiteral("draftMinutes"), this))
    , m_save(button(tr("Save &draft"), QStringLiteral("saveMinutes"), this))
    , m_approve(button(tr("Appro&ve at…"), QStringLiteral("approveMinutes"), this))
    , m_correct(button(tr("A&dd a correction…"), QStringLiteral("correctMinutes"), this))
    , m_preview(button(tr("Previe&w…"), QStringLiteral("previewMinutes"), this))
    , m_export(button(tr("Cop&y as PDF and ODT…"), QStringLiteral("exportMinutes"), this))
{
    m_state->setObjectName(QStringLiteral("minutesState"));
    m_state->setWordWrap(true);
    m_attendance->setObjectName(QStringLiteral("minutesAttendance"));
    m_attendance->setWordWrap(true);
    m_chair->setObjectName(QStringLiteral("minutesChair"));
    m_secretary->setObjectName(QStringLiteral("minutesSecretary"));
    m_chair->setAccessibleName(tr("Chair"));
    m_secretary->setAccessibleName(tr("Secretary"));
    m_opened->setAccessibleName(tr("Opened at"));
    m_closed->setAccessibleName(tr("Closed at"));
    for (QTimeEdit *t : {m_opened, m_closed})
        t->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Chair:"), m_chair);
    form->addRow(tr("Secretary:"), m_secretary);
    auto *times = new QHBoxLayout;
    times->addWidget(m_opened);
    times->addWidget(new QLabel(tr("closed at"), m_form));
    times->addWidget(m_closed);
    times->addStretch();
    form->addRow(tr("Opened at:"), times);
    form->addRow(tr("Attendance:"), m_attendance);

    auto *items = new QWidget(this);
    items->setLayout(m_itemsLayout);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(items);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    m_preview->setToolTip(tr("The minutes as they print, with the changes not saved yet"));
    for (QPushButton *b : {m_draft, m_save, m_approve, m_correct, m_preview, m_export})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(m_form);
    layout->addWidget(m_problems);
    layout->addWidget(scroll, 1);

    connect(m_draft, &QPushButton::clicked, this, &MinutesTab::draft);
    connect(m_save, &QPushButton::clicked, this, &MinutesTab::save);
    connect(m_approve, &QPushButton::clicked, this, &MinutesTab::approve);
    connect(m_correct, &QPushButton::clicked, this, &MinutesTab::correct);
    connect(m_preview, &QPushButton::clicked, this, &MinutesTab::preview);
    connect(m_export, &QPushButton::clicked, this, &MinutesTab::exportFiles);
    connect(m_chair, &QComboBox::currentIndexChanged, this, &MinutesTab::recheck);
    connect(m_secretary, &QComboBox::currentIndexChanged, this, &MinutesTab::recheck);
    connect(m_opened, &QTimeEdit::timeChanged, this, &MinutesTab::recheck);
    connect(m_closed, &QTimeEdit::timeChanged, this, &MinutesTab::recheck);
}

MinutesTab::~MinutesTab() = default;

void MinutesTab::showMeeting(const History &history, const Meeting *meeting)
{
    m_history = meeting ? &history : nullptr;
    m_meeting = meeting ? std::optional<Meeting>(*meeting) : std::nullopt;
    const Minutes *minutes = meeting ? history.minutesOfMeeting(meeting->id) : nullptr;
    m_minutes = minutes ? std::optional<Minutes>(*minutes) : std::nullopt;
    const bool held = meeting && meeting->isHeld();
    const bool draft = m_minutes && m_minutes->isDraft();
    m_draft->setVisible(held && !m_minutes);
    m_save->setVisible(draft);
    m_approve->setVisible(draft);
    m_correct->setVisible(m_minutes && !draft);
    m_preview->setVisible(m_minutes.has_value());
    m_export->setVisible(m_minutes.has_value());
    m_form->setVisible(m_minutes.has_value());
    if (!held)
        m_state->setText(tr("Minutes are written once the meeting is held (R-K)."));
    else if (!m_minutes)
        m_state->setText(
            tr("No minutes yet: draft them from the meeting's attendance and agenda."));
    else if (draft)
        m_state->setText(
            tr("Draft: to be approved at a later held meeting of the same body (R-K)."));
    else {
        const Meeting *at = history.meeting(*m_minutes->approvedAt);
        QString text =
            tr("Approved at the meeting of %1: the text is locked; a correction is a dated "
               "record with its reason.")
                .arg(at ? RuleText::day(at->date) : QString());
        for (const MinutesCorrection &c : m_minutes->corrections)
            text += QLatin1Char('\n')
                + tr("Correction of %1: %2 (%3)").arg(RuleText::day(c.date), c.text, c.reason);
        m_state->setText(text);
    }
    m_items.clear();
    while (QLayoutItem *old = m_itemsLayout->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    if (!meeting || !m_minutes) {
        m_problems->setProblems({});
        return;
    }
    const QSignalBlocker chair(m_chair), secretary(m_secretary), opened(m_opened), closed(m_closed);
    m_chair->clear();
    m_secretary->clear();
    m_chair->addItem(tr("— not said —"));
    m_secretary->addItem(tr("— not said —"));
    const QList<qint64> people =
        pickers::peopleByName(history, MeetingRules::participants(history, *meeting));
    for (const qint64 id : people) {
        m_chair->addItem(history.personName(id), id);
        m_secretary->addItem(history.personName(id), id);
    }
    m_attendance->setText(attendanceText(history, *meeting));
    buildItems(*meeting);
    fill(*m_minutes);
    for (QWidget *w : {static_cast<QWidget *>(m_chair), static_cast<QWidget *>(m_secretary),
                       static_cast<QWidget *>(m_opened), static_cast<QWidget *>(m_closed)})
        w->setEnabled(draft);
    for (MinutesItemEditor *e : std::as_const(m_items))
        e->setReadOnly(!draft);
    recheck();
}

QString MinutesTab::attendanceText(const History &history, const Meeting &meeting) const
{
    QStringList lines;
    for (const Attendance a : {Attendance::Present, Attendance::Excused, Attendance::Absent}) {
        QStringList names;
        for (auto it = meeting.attendance.cbegin(); it != meeting.attendance.cend(); ++it)
            if (it.value() == a)
                names << history.personName(it.key());
        names.sort();
        if (!names.isEmpty())
            lines << QStringLiteral("%1: %2").arg(
                MeetingText::capitalised(MeetingTerms::attendanceLabel(a)),
                names.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

void MinutesTab::buildItems(const Meeting &meeting)
{
    // A vote names people recorded present (R-K), by name.
    QList<qint64> present;
    for (auto it = meeting.attendance.cbegin(); it != meeting.attendance.cend(); ++it)
        if (it.value() == Attendance::Present)
            present << it.key();
    present = pickers::peopleByName(*m_history, present);
    for (int i = 0; i < meeting.agenda.size(); ++i) {
        auto *editor = new MinutesItemEditor(i + 1, meeting.agenda.at(i), this);
        editor->voteEditor()->setVoters(m_history, present);
        m_itemsLayout->addWidget(editor);
        m_items << editor;
        connect(editor, &MinutesItemEditor::changed, this, &MinutesTab::recheck);
    }
    m_itemsLayout->addStretch();
}

void MinutesTab::fill(const Minutes &minutes)
{
    pickers::selectId(m_chair, minutes.chair.value_or(0));
    pickers::selectId(m_secretary, minutes.secretary.value_or(0));
    m_opened->setTime(minutes.opened.isValid() ? minutes.opened : QTime(0, 0));
    m_closed->setTime(minutes.closed.isValid() ? minutes.closed : QTime(0, 0));
    for (const MinutesItem &item : minutes.items)
        if (item.item >= 1 && item.item <= m_items.size())
            m_items.at(item.item - 1)->setItem(item);
}

Minutes MinutesTab::edited() const
{
    Minutes m = m_minutes.value_or(Minutes {});
    const qint64 chair = pickers::currentId(m_chair);
    const qint64 secretary = pickers::currentId(m_secretary);
    m.chair = chair ? std::optional<qint64>(chair) : std::nullopt;
    m.secretary = secretary ? std::optional<qint64>(secretary) : std::nullopt;
    m.opened = m_opened->time() == QTime(0, 0) ? QTime() : m_opened->time();
    m.closed = m_closed->time() == QTime(0, 0) ? QTime() : m_closed->time();
    m.items.clear();
    for (const MinutesItemEditor *e : m_items)
        m.items << e->item();
    return m;
}

void MinutesTab::recheck()
{
    if (!m_history || !m_minutes || !m_minutes->isDraft())
        return;
    const Problems problems = MinutesRules::updateProblems(*m_history, *m_minutes, edited());
    m_problems->setProblems(problems);
    m_save->setEnabled(!hasRefusal(problems));
}

void MinutesTab::draft()
{
    if (!m_meeting || !m_history)
        return;
    emit outcome(m_commands->draft(MinutesRules::proposal(*m_history, *m_meeting)).problems());
}

void MinutesTab::save()
{
    if (m_minutes && m_minutes->isDraft())
        emit outcome(m_commands->update(*m_minutes, edited()).problems());
}

void MinutesTab::approve()
{
    if (!m_meeting || !m_minutes || !m_history)
        return;
    ApproveMinutesDialog dialog(*m_history, *m_meeting, *m_minutes, this);
    if (dialog.exec() == QDialog::Accepted)
        emit outcome(
            m_commands->approve(m_minutes->id, dialog.atMeeting(), dialog.vote()).problems());
}

void MinutesTab::correct()
{
    if (!m_minutes || !m_history)
        return;
    CorrectMinutesDialog dialog(*m_history, *m_minutes, this);
    if (dialog.exec() == QDialog::Accepted)
        emit outcome(m_commands->correct(m_minutes->id, dialog.correction()).problems());
}

void MinutesTab::preview()
{
    if (!m_meeting)
        return;
    const auto exporter = MeetingExport::forMeeting(m_archive, m_meeting->id);
    // A draft as the form holds it, saved or not; approved minutes as they were approved.
    const bool draft = m_minutes && m_minutes->isDraft();
    const auto document = !exporter
        ? Result<documents::MinutesDocument>::refused(exporter.problems())
        : draft ? exporter.value().minutesDocument(edited())
                : exporter.value().minutesDocument();
    if (!document) {
        emit outcome(document.problems());
        return;
    }
    MinutesPreviewDialog dialog(document.value(), this);
    dialog.exec();
}

void MinutesTab::exportFiles()
{
    if (!m_meeting)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the minutes"));
    if (folder.isEmpty())
        return;
    const auto exporter = MeetingExport::forMeeting(m_archive, m_meeting->id);
    if (!exporter) {
        emit outcome(exporter.problems());
        return;
    }
    Problems problems;
    for (const auto format : {MeetingExport::MinutesFormat::Pdf, MeetingExport::MinutesFormat::Odt})
        problems << exporter.value().minutes(folder, format).problems();
    emit outcome(problems);
}

} // namespace tavolo

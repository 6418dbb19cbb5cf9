#include "agendabox.h"

#include "meetingcommands.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tavolo {

AgendaBox::AgendaBox(MeetingCommands &commands, QWidget *parent)
    : QGroupBox(tr("Agenda"), parent)
    , m_commands(commands)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("agenda"));
    m_list->setAccessibleName(tr("Agenda"));
    m_list->setWordWrap(true); // an item is often a sentence
    const auto button = [this](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        m_buttons << b;
        return b;
    };
    auto *add = button(tr("&Add item…"), QStringLiteral("addAgendaItem"));
    auto *remove = button(tr("Remo&ve item"), QStringLiteral("removeAgendaItem"));
    auto *up = button(tr("Move &up"), QStringLiteral("moveUp"));
    auto *down = button(tr("Move &down"), QStringLiteral("moveDown"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : std::as_const(m_buttons))
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &AgendaBox::addItem);
    connect(remove, &QPushButton::clicked, this, &AgendaBox::removeItem);
    connect(up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveItem(+1); });
}

void AgendaBox::showMeeting(const Meeting *meeting)
{
    m_meeting = meeting ? std::optional<Meeting>(*meeting) : std::nullopt;
    m_list->clear();
    const bool draft = meeting && meeting->state == MeetingState::Draft;
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(draft);
    if (!meeting)
        return;
    for (int i = 0; i < meeting->agenda.size(); ++i)
        m_list->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(meeting->agenda.at(i)));
    if (meeting->agenda.isEmpty())
        m_list->addItem(tr("(no items yet: a meeting is convened with its agenda)"));
}

void AgendaBox::addItem()
{
    if (!m_meeting)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add an agenda item"), tr("&Item:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    emit outcome(m_commands.addAgendaItem(m_meeting->id, text, int(m_meeting->agenda.size()) + 1)
                     .problems());
}

void AgendaBox::removeItem()
{
    const int row = m_list->currentRow();
    if (!m_meeting || row < 0 || row >= m_meeting->agenda.size())
        return;
    emit outcome(
        m_commands.removeAgendaItem(m_meeting->id, m_meeting->agenda.at(row), row + 1).problems());
}

void AgendaBox::moveItem(int by)
{
    const int row = m_list->currentRow();
    if (!m_meeting || row < 0 || row >= m_meeting->agenda.size() || row + by < 0
        || row + by >= m_meeting->agenda.size())
        return;
    emit outcome(m_commands.moveAgendaItem(m_meeting->id, row + 1, row + by + 1).problems());
    m_list->setCurrentRow(row + by);
}

} // namespace tavolo

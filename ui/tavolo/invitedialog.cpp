#include "invitedialog.h"

#include "core/rules/meetingrules.h"
#include "pickers.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace tavolo {

InviteDialog::InviteDialog(const History &history, const Meeting &meeting, QWidget *parent)
    : FormDialog(tr("Invite a guest (R-F)"), tr("&Invite"), parent)
    , m_history(history)
    , m_meeting(meeting)
    , m_person(new QComboBox(this))
    , m_reason(new QLineEdit(this))
{
    m_person->setAccessibleName(tr("Guest"));
    pickers::fillAllPeople(m_person, history);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("why the topics make the guest useful"));
    form()->addRow(tr("&Guest:"), m_person);
    form()->addRow(tr("&Reason:"), m_reason);
    watch(m_person);
    watch(m_reason);
    setCheck([this] { return MeetingRules::guestProblems(m_history, m_meeting, guest()); });
}

Guest InviteDialog::guest() const
{
    return Guest {pickers::currentId(m_person), m_reason->text().trimmed()};
}

} // namespace tavolo

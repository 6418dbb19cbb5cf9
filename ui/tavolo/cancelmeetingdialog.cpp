#include "cancelmeetingdialog.h"

#include "core/rules/meetingrules.h"
#include "core/rules/ruletext.h"

#include <QFormLayout>
#include <QLineEdit>

namespace tavolo {

CancelMeetingDialog::CancelMeetingDialog(const Meeting &meeting, QWidget *parent)
    : FormDialog(tr("Cancel the meeting of %1").arg(RuleText::day(meeting.date)),
                 tr("Cancel &meeting"), parent)
    , m_meeting(meeting)
    , m_reason(new QLineEdit(this))
{
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    form()->addRow(tr("&Reason:"), m_reason);
    watch(m_reason);
    setCheck([this] { return MeetingRules::cancelProblems(m_meeting, m_reason->text()); });
}

QString CancelMeetingDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace tavolo

#include "convenedialog.h"

#include "core/domain/clock.h"
#include "core/rules/meetingrules.h"
#include "core/rules/ruletext.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace tavolo {

ConveneDialog::ConveneDialog(const History &history, const Meeting &meeting, QWidget *parent)
    : FormDialog(tr("Convene the meeting of %1").arg(RuleText::day(meeting.date)), tr("&Convene"),
                 parent)
    , m_history(history)
    , m_meeting(meeting)
    , m_on(new QDateEdit(Clock::today(), this))
{
    m_on->setCalendarPopup(true);
    m_on->setObjectName(QStringLiteral("conveneOn"));
    m_on->setAccessibleName(tr("Convened on"));
    m_on->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    form()->addRow(tr("Convocation &dated:"), m_on);
    auto *next = new QLabel(
        tr("The agenda and the materials go to all %n participant(s). Convening fixes the date "
           "and the agenda and cannot be undone (a convened meeting is cancelled instead); the "
           "letters, dated this day, come next, from the button Export documents…",
           nullptr, int(MeetingRules::participants(history, meeting).size())),
        this);
    next->setWordWrap(true);
    form()->addRow(next);
    watch(m_on);
    setCheck([this] { return MeetingRules::conveneProblems(m_history, m_meeting, convenedOn()); });
}

QDate ConveneDialog::convenedOn() const
{
    return m_on->date();
}

} // namespace tavolo

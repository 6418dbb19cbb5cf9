#include "approveminutesdialog.h"

#include "core/rules/minutesrules.h"
#include "core/rules/ruletext.h"
#include "pickers.h"
#include "voteeditor.h"

#include <QComboBox>
#include <QFormLayout>

namespace tavolo {

ApproveMinutesDialog::ApproveMinutesDialog(const History &history, const Meeting &minuted,
                                           const Minutes &minutes, QWidget *parent)
    : FormDialog(tr("Approve the minutes of %1").arg(RuleText::day(minuted.date)), tr("&Approve"),
                 parent)
    , m_history(history)
    , m_minutes(minutes)
    , m_at(new QComboBox(this))
    , m_vote(new VoteEditor(this))
{
    m_at->setObjectName(QStringLiteral("approvedAt"));
    m_at->setAccessibleName(tr("Approved at"));
    // The body's later held meetings (R-K): the rules say why any other would not do.
    for (const Meeting &m : history.meetingsOf(minuted.body))
        if (m.isHeld() && MinutesRules::isAfter(m, minuted))
            m_at->addItem(tr("Meeting of %1").arg(RuleText::day(m.date)), m.id);
    m_vote->setVote(Vote {});
    form()->addRow(tr("At the &meeting of:"), m_at);
    form()->addRow(tr("Vote:"), m_vote);
    watch(m_at);
    connect(m_vote, &VoteEditor::changed, this, &FormDialog::recheck);
    setCheck([this] {
        if (m_at->count() == 0)
            return Problems {Problem::refused(
                QStringLiteral("R-K"),
                tr("No later meeting of the same body has been held yet: "
                   "minutes are approved at one held after the minuted meeting."))};
        return MinutesRules::approveProblems(m_history, m_minutes, atMeeting(), vote());
    });
}

qint64 ApproveMinutesDialog::atMeeting() const
{
    return pickers::currentId(m_at);
}

std::optional<Vote> ApproveMinutesDialog::vote() const
{
    return m_vote->vote();
}

} // namespace tavolo

#pragma once

#include "core/domain/history.h"
#include "formdialog.h"

class QComboBox;

namespace tavolo {

class VoteEditor;

// Approving a meeting's minutes at a later held meeting of the same body (R-K), with the vote.
class ApproveMinutesDialog : public FormDialog
{
    Q_OBJECT
public:
    ApproveMinutesDialog(const History &history, const Meeting &minuted, const Minutes &minutes,
                         QWidget *parent = nullptr);

    qint64 atMeeting() const;
    std::optional<Vote> vote() const;

private:
    const History &m_history;
    Minutes m_minutes;
    QComboBox *m_at;
    VoteEditor *m_vote;
};

} // namespace tavolo

#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

// The minutes (verbale) of a held meeting of any body (R-K): drafted from the meeting's own
// data, approved at a later held meeting of the same body, then locked; a correction
// (rettifica) of approved minutes is a new dated record with its reason.
class MinutesRules
{
    Q_DECLARE_TR_FUNCTIONS(MinutesRules)
public:
    // A draft for `meeting`, filled from its data: the chair in office that day (the delegate
    // when there is one; a working group's coordinator), one empty item per agenda item.
    static Minutes proposal(const History &history, const Meeting &meeting);
    // Who chaired the meeting as of its day: for the Tavolo the president's delegate in office
    // that day if there is one, else the president; for a group its ratified coordinator.
    static std::optional<qint64> defaultChair(const History &history, const Meeting &meeting);

    // minutes.draft: the meeting is held and has no minutes yet; the items are its agenda's.
    static Problems draftProblems(const History &history, const Minutes &minutes);
    // minutes.update: drafts only (approved minutes are corrected instead).
    static Problems updateProblems(const History &history, const Minutes &current,
                                   const Minutes &changed);
    // minutes.approve: at a held meeting of the same body that took place after the minuted one.
    static Problems approveProblems(const History &history, const Minutes &minutes,
                                    qint64 atMeeting, const std::optional<Vote> &vote);
    // minutes.correct: approved minutes only (a draft is edited instead), with text and reason,
    // dated on or after the approval.
    static Problems correctProblems(const History &history, const Minutes &minutes,
                                    const MinutesCorrection &correction);

    // True when `later` is a meeting after `earlier` (a later day, or the same day at a later
    // time).
    static bool isAfter(const Meeting &later, const Meeting &earlier);
    // The latest minutes of `body` not yet approved whose meeting came before `date`, if any:
    // what the next meeting approves (R-K).
    static const Minutes *awaitingApproval(const History &history, const MeetingBody &body,
                                           QDate date);
    // The agenda item that approves them, in Italian as the convocation prints it:
    // "Approvazione del verbale della seduta del 12 marzo 2015"; empty when none awaits.
    static QString approvalItem(const History &history, const MeetingBody &body, QDate date);

    // As of `date`: held meetings of every body without minutes after the notice period, and
    // drafts awaiting approval (warnings, R-K).
    static Problems complianceProblems(const History &history, QDate date);

private:
    static Problems contentProblems(const History &history, const Meeting &meeting,
                                    const Minutes &minutes);
    static Problems voteProblems(const Vote &vote, const QString &field);
    // The names of an item's counted vote: people of the register, each once, as many as the
    // counts say; one not recorded present at the meeting is a warning.
    static Problems namesProblems(const History &history, const Meeting &meeting,
                                  const MinutesItem &item);
};

} // namespace tavolo

#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

namespace tavolo {

// The life of a meeting of any body (the Tavolo, a working group): draft → convened → held or
// cancelled (R-C, R-D, R-F, R-G). A working group's meeting may also be recorded as held
// straight from its draft (groups met informally before they had convocations, R-I); its
// coordinator's ratification is GroupRules'.
class MeetingRules
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRules)
public:
    static Problems addProblems(const History &history, const Meeting &meeting);
    // Convening needs an agenda; a notice shorter than the regulation's is a warning (R-C).
    static Problems conveneProblems(const History &history, const Meeting &meeting, QDate on);
    static Problems materialProblems(const Meeting &meeting, const QString &title);
    static Problems guestProblems(const History &history, const Meeting &meeting,
                                  const Guest &guest);
    // Unlisted participants are recorded absent (a warning names them). A meeting is held on
    // its day: attendance is refused while `today` comes before it.
    static Result<QHash<qint64, Attendance>> hold(const History &history, const Meeting &meeting,
                                                  const QHash<qint64, Attendance> &attendance,
                                                  QDate today);
    // The refusal of recording a meeting of `day` as held on `today`, or none (R-C, R-I).
    static Problems notYetProblems(QDate day, QDate today);
    static Problems cancelProblems(const Meeting &meeting, const QString &reason);

    // The agenda of a draft can change (R-C: the agenda given in advance is the one convened):
    // `position` 1…n, or n+1 when `allowEnd` (adding at the end).
    static Problems agendaProblems(const Meeting &meeting, int position, bool allowEnd);
    static Problems agendaItemProblems(const Meeting &meeting, const QString &text);
    // Blank items, said in words (the schema would refuse them with a raw CHECK failure).
    static Problems blankItems(const QStringList &agenda);
    // Only a draft, never convened, may be thrown away; a convened one is cancelled (R-J).
    static Problems discardProblems(const Meeting &meeting);
    // Withdrawing an invitation while the meeting is neither held nor cancelled (R-F).
    static Problems uninviteProblems(const History &history, const Meeting &meeting, qint64 person);

    // Who is convened: for the Tavolo all members in office on the meeting's date, for a
    // working group its participants; then the guests (R-C, R-F, R-I).
    static QList<qint64> participants(const History &history, const Meeting &meeting);
    // The body's name for the clerk: "the Tavolo", "the working group \"Minori\"".
    static QString bodyName(const History &history, const MeetingBody &body);

private:
    enum class StateChange { Convene, AddMaterials, AddGuests, Hold, Cancel };
    static Problems stateProblems(const Meeting &meeting, MeetingState required,
                                  StateChange change);
    static Problems requestedProblems(const History &history, const Meeting &meeting);
    static Problems jointProblems(const Meeting &meeting);
    static Problems bodyProblems(const History &history, const Meeting &meeting);
    static Problems placeProblems(const Meeting &meeting);
};

} // namespace tavolo

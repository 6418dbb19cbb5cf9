#pragma once

#include "core/domain/history.h"

#include "core/domain/result.h"

namespace tavolo {

// The life of a meeting of the Tavolo: draft → convened → held or cancelled (R-C, R-D, R-F, R-G).
class MeetingRules
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRules)
public:
    static Problems addProblems(const History &history, const Meeting &meeting);
    // Convening needs an agenda; a notice shorter than the regulation's is a warning (R-C).
    static Problems conveneProblems(const History &history, const Meeting &meeting, QDate on);
    static Problems materialProblems(const Meeting &meeting, const QString &title);
    static Problems guestProblems(const History &history, const Meeting &meeting, const Guest &guest);
    // Unlisted participants are recorded absent (a warning names them). A meeting is held on
    // its day: attendance is refused while `today` comes before it.
    static Result<QHash<qint64, Attendance>> hold(const History &history, const Meeting &meeting,
                                                  const QHash<qint64, Attendance> &attendance,
                                                  QDate today);
    // The refusal of recording a meeting of `day` as held on `today`, or none (R-C, R-I).
    static Problems notYetProblems(QDate day, QDate today);
    static Problems cancelProblems(const Meeting &meeting, const QString &reason);

    // All members in office on the meeting's date, then its guests (R-C, R-F).
    static QList<qint64> participants(const History &history, const Meeting &meeting);

    // In words for the clerk ("convened", "joint session", "excused").
    static QString stateLabel(MeetingState state);
    static QString kindLabel(MeetingKind kind);
    static QString attendanceLabel(Attendance attendance);
    static QString kindId(MeetingKind kind);
    static std::optional<MeetingKind> kindFromId(const QString &id);
    static QString stateId(MeetingState state);
    static std::optional<MeetingState> stateFromId(const QString &id);
    static QString attendanceId(Attendance attendance);
    static std::optional<Attendance> attendanceFromId(const QString &id);

private:
    enum class StateChange { Convene, AddMaterials, AddGuests, Hold, Cancel };
    static Problems stateProblems(const Meeting &meeting, MeetingState required, StateChange change);
    static Problems requestedProblems(const History &history, const Meeting &meeting);
    static Problems jointProblems(const Meeting &meeting);
};

} // namespace tavolo

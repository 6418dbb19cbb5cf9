#include "meeting.h"

namespace tavolo {

// A meeting's state, as an adjective after "is": its own source strings, apart from the verbs
// of the same spelling (Italian says "svolta" for the state, "tenere" for the act).
QString MeetingTerms::stateLabel(MeetingState state)
{
    switch (state) {
    case MeetingState::Draft:
        return tr("in preparation", "state of a meeting: the meeting is …");
    case MeetingState::Convened:
        return tr("convened", "state of a meeting: the meeting is …");
    case MeetingState::Held:
        return tr("held", "state of a meeting: the meeting is … (it took place)");
    case MeetingState::Cancelled:
        return tr("cancelled", "state of a meeting: the meeting is …");
    }
    return {};
}

QString MeetingTerms::kindLabel(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Ordinary:
        return tr("ordinary");
    case MeetingKind::Requested:
        return tr("requested");
    case MeetingKind::Joint:
        return tr("joint session");
    }
    return {};
}

QString MeetingTerms::attendanceLabel(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Present:
        return tr("present");
    case Attendance::Excused:
        return tr("excused");
    case Attendance::Absent:
        return tr("absent");
    }
    return {};
}

QString MeetingTerms::kindId(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::Ordinary:
        return QStringLiteral("ordinary");
    case MeetingKind::Requested:
        return QStringLiteral("requested");
    case MeetingKind::Joint:
        return QStringLiteral("joint");
    }
    return {};
}

std::optional<MeetingKind> MeetingTerms::kindFromId(const QString &id)
{
    for (MeetingKind k : {MeetingKind::Ordinary, MeetingKind::Requested, MeetingKind::Joint})
        if (kindId(k) == id)
            return k;
    return std::nullopt;
}

QString MeetingTerms::stateId(MeetingState state)
{
    switch (state) {
    case MeetingState::Draft:
        return QStringLiteral("draft");
    case MeetingState::Convened:
        return QStringLiteral("convened");
    case MeetingState::Held:
        return QStringLiteral("held");
    case MeetingState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<MeetingState> MeetingTerms::stateFromId(const QString &id)
{
    for (MeetingState s :
         {MeetingState::Draft, MeetingState::Convened, MeetingState::Held, MeetingState::Cancelled})
        if (stateId(s) == id)
            return s;
    return std::nullopt;
}

QString MeetingTerms::attendanceId(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Present:
        return QStringLiteral("present");
    case Attendance::Excused:
        return QStringLiteral("excused");
    case Attendance::Absent:
        return QStringLiteral("absent");
    }
    return {};
}

std::optional<Attendance> MeetingTerms::attendanceFromId(const QString &id)
{
    for (Attendance a : {Attendance::Present, Attendance::Excused, Attendance::Absent})
        if (attendanceId(a) == id)
            return a;
    return std::nullopt;
}

} // namespace tavolo

#pragma once

#include "core/domain/clock.h"
#include "core/domain/history.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// Meetings of every body, the Tavolo's and the working groups' (R-C, R-D, R-F, R-G, R-I):
// draft → convened → held or cancelled; `Meeting::body` says whose. Every method returns the
// meeting's id (or the new material's).
class MeetingStore
{
    Q_DECLARE_TR_FUNCTIONS(MeetingStore)
public:
    explicit MeetingStore(Archive &archive);

    Result<qint64> add(const Meeting &meeting);
    // The same with, as its first item, the approval of the body's latest minutes still awaiting
    // it (MinutesRules::approvalItem), when there are any (R-K).
    Result<qint64> addApprovingMinutes(const Meeting &meeting);
    Result<qint64> convene(qint64 meeting, QDate on);
    Result<qint64> addMaterial(qint64 meeting, const QString &title, const QString &fileName,
                               const QByteArray &content);
    Result<qint64> invite(qint64 meeting, const Guest &guest);
    // Withdrawing an invitation (R-F), while the meeting has not been held or cancelled: once
    // it has, the guest list is part of its record.
    Result<qint64> uninvite(qint64 meeting, qint64 person);
    // Refused before the meeting's day (`today`).
    Result<qint64> hold(qint64 meeting, const QHash<qint64, Attendance> &attendance,
                        QDate today = Clock::today());
    // The same, ratifying the proposed coordinator when a working group's meeting does (R-I).
    Result<qint64> hold(qint64 meeting, const QHash<qint64, Attendance> &attendance,
                        bool ratifyCoordinator, QDate today = Clock::today());
    Result<qint64> cancel(qint64 meeting, const QString &reason);

    // The agenda of a draft meeting (R-C: the agenda given in advance is the one convened):
    // add an item at `position` (1-based; 0 or past the end: last), remove, move. Once
    // convened the agenda is part of the convocation and stays as it is.
    Result<qint64> addAgendaItem(qint64 meeting, const QString &text, int position = 0);
    Result<qint64> removeAgendaItem(qint64 meeting, int position);
    Result<qint64> moveAgendaItem(qint64 meeting, int from, int to);
    // A draft (never convened, so no one was told of it) may be thrown away, with its agenda,
    // materials and guests; a convened meeting is cancelled instead (R-J).
    Result<qint64> discard(qint64 meeting);

    QByteArray materialContent(qint64 material) const;
    static Problem notFound(qint64 id);

private:
    static Problems notAGroup();
    Result<qint64> insert(const Meeting &meeting);
    template<typename Check, typename Save>
    Result<qint64> change(qint64 meeting, Check check, Save save);
    Result<qint64> setAgenda(qint64 meeting, const QStringList &agenda);
    Result<qint64> setState(qint64 meeting, const QVariantMap &values);

    Archive &m_archive;
};

} // namespace tavolo

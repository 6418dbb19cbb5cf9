#pragma once

#include "core/domain/meeting.h"
#include "core/domain/result.h"

#include <QCoreApplication>

class QUndoStack;

namespace tavolo {

class Archive;

// The clerk's actions on a meeting, each a named command on the undo stack (in the manner of
// Tiled's changeproperties.cpp): it runs its store operation once, so that a refusal can be
// shown, and pushes its undo pair when it has one. Convening, holding, cancelling and
// attaching have none: a letter sent or a record kept is not unsent (R-J); the stack is
// cleared instead (StoreCommand).
class MeetingCommands
{
    Q_DECLARE_TR_FUNCTIONS(MeetingCommands)
public:
    MeetingCommands(Archive &archive, QUndoStack *undo)
        : m_archive(archive)
        , m_undo(undo)
    { }

    Result<qint64> create(const Meeting &meeting);
    Result<qint64> convene(qint64 meeting, QDate on);
    Result<qint64> invite(qint64 meeting, const Guest &guest);
    // `ratify`: a working group's meeting ratifies its proposed coordinator (R-I).
    Result<qint64> hold(qint64 meeting, const QHash<qint64, Attendance> &attendance,
                        bool ratify = false);
    Result<qint64> cancel(qint64 meeting, const QString &reason);
    Result<qint64> attach(qint64 meeting, const QString &title, const QString &fileName,
                          const QByteArray &content);
    Result<qint64> addAgendaItem(qint64 meeting, const QString &text, int position);
    Result<qint64> removeAgendaItem(qint64 meeting, const QString &text, int position);
    Result<qint64> moveAgendaItem(qint64 meeting, int from, int to);

private:
    Archive &m_archive;
    QUndoStack *m_undo;
};

} // namespace tavolo

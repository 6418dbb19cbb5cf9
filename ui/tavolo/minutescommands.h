#pragma once

#include "core/domain/minutes.h"
#include "core/domain/result.h"

#include <QCoreApplication>

class QUndoStack;

namespace tavolo {

class Archive;

// The clerk's work on a meeting's minutes (R-K), each a named command on the undo stack (see
// MeetingCommands). Saving a draft again is undone by saving the text it replaced; the first
// draft, an approval and a correction are records of the body's history: they clear the stack.
class MinutesCommands
{
    Q_DECLARE_TR_FUNCTIONS(MinutesCommands)
public:
    MinutesCommands(Archive &archive, QUndoStack *undo)
        : m_archive(archive)
        , m_undo(undo)
    { }

    Result<qint64> draft(const Minutes &minutes);
    Result<qint64> update(const Minutes &before, const Minutes &after);
    Result<qint64> approve(qint64 minutes, qint64 atMeeting, const std::optional<Vote> &vote);
    Result<qint64> correct(qint64 minutes, const MinutesCorrection &correction);

private:
    Archive &m_archive;
    QUndoStack *m_undo;
};

} // namespace tavolo

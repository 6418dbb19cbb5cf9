#pragma once

#include "core/domain/result.h"

#include <QUndoCommand>
#include <functional>

class QUndoStack;

namespace tavolo {

// One clerk's action on the archive as an undo command. The action runs once, when the clerk
// asks (so that its refusal can be shown); the command is pushed only when it succeeded.
// `undo` takes the id the action returned; without one the action cannot be undone honestly
// (the history is never overwritten, R-J), and the stack is cleared instead, since the commands
// below it may no longer be undoable over the new state.
class StoreCommand : public QUndoCommand
{
public:
    using Action = std::function<Result<qint64>()>;
    using Undo = std::function<Result<qint64>(qint64 id)>;

    // Runs `action`; on success pushes it on `stack` (or clears the stack when `undo` is empty).
    static Result<qint64> run(QUndoStack *stack, const QString &text, Action action,
                              Undo undo = {});

    void redo() override;
    void undo() override;

private:
    StoreCommand(const QString &text, Action action, Undo undo, qint64 id);

    Action m_action;
    Undo m_undo;
    qint64 m_id;
    bool m_done = true;
};

} // namespace tavolo

#include "storecommand.h"

#include <QUndoStack>

namespace tavolo {

StoreCommand::StoreCommand(const QString &text, Action action, Undo undo, qint64 id)
    : QUndoCommand(text)
    , m_action(std::move(action))
    , m_undo(std::move(undo))
    , m_id(id)
{ }

Result<qint64> StoreCommand::run(QUndoStack *stack, const QString &text, Action action, Undo undo)
{
    Result<qint64> result = action();
    if (!result || !stack)
        return result;
    if (undo)
        stack->push(new StoreCommand(text, std::move(action), std::move(undo), result.value()));
    else
        stack->clear();
    return result;
}

void StoreCommand::redo()
{
    if (m_done)
        return; // the first redo, from push(): the action already ran
    const auto again = m_action();
    if (again) {
        m_id = again.value();
        m_done = true;
    } else {
        setObsolete(true); // the archive changed under us: the stack drops this command
    }
}

void StoreCommand::undo()
{
    if (!m_done)
        return;
    if (m_undo(m_id))
        m_done = false;
    else
        setObsolete(true);
}

} // namespace tavolo

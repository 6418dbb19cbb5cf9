#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

#include <QWidget>
#include <functional>

class QUndoStack;

namespace tavolo {

class Archive;

// One tab of the Piano di Zona page: it shows one cycle of the page's history and acts on it
// through the undo stack (CycleCommands); what an action answers goes to the page (outcome),
// and a document written is announced (written) — as MeetingDetail's actions do.
class CyclePanel : public QWidget
{
    Q_OBJECT
public:
    CyclePanel(Archive &archive, QUndoStack *undo, QWidget *parent);

    // Redraws for `cycleId` of `history`, which is the page's and outlives the panel's use.
    void showCycle(const History &history, qint64 cycleId);

signals:
    void outcome(const Problems &problems);
    void written(const QString &path);

protected:
    virtual void refresh() = 0;

    const History &history() const { return *m_history; }
    qint64 cycleId() const { return m_cycle; }
    const PlanningCycle *cycle() const { return m_history->cycle(m_cycle); }
    Archive &archive() const { return m_archive; }
    QUndoStack *undoStack() const { return m_undo; }
    void report(const Result<qint64> &result) { emit outcome(result.problems()); }
    // Asks the clerk for a folder, then writes a document there (CycleExport): the file
    // written is announced, a refusal reported.
    void exportTo(const QString &title,
                  const std::function<Result<QString>(const QString &)> &write);

private:
    Archive &m_archive;
    QUndoStack *m_undo;
    const History *m_history;
    qint64 m_cycle = 0;
};

} // namespace tavolo

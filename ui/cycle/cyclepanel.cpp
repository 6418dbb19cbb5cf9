#include "cyclepanel.h"

#include "ui/exportfolder.h"

namespace tavolo {

namespace {
const History &noHistory()
{
    static const History empty;
    return empty;
}
} // namespace

CyclePanel::CyclePanel(Archive &archive, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_archive(archive)
    , m_undo(undo)
    , m_history(&noHistory())
{ }

void CyclePanel::showCycle(const History &history, qint64 cycleId)
{
    m_history = &history;
    m_cycle = cycleId;
    refresh();
}

void CyclePanel::exportTo(const QString &title,
                          const std::function<Result<QString>(const QString &)> &write)
{
    const QString folder = chooseExportFolder(this, title);
    if (folder.isEmpty())
        return;
    const Result<QString> path = write(folder);
    emit outcome(path.problems());
    if (path)
        emit written(path.value());
}

} // namespace tavolo

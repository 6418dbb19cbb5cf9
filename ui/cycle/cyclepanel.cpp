#include "cyclepanel.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace tavolo {

namespace {
const History &noHistory()
{
    static const History empty;
    return empty;
}

// The folder the clerk last chose for the cycle's documents, for the next one.
QString &lastFolder()
{
    static QString folder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("Tavolo"));
    return folder;
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
    const QString folder = QFileDialog::getExistingDirectory(this, title, lastFolder());
    if (folder.isEmpty())
        return;
    lastFolder() = folder;
    const Result<QString> path = write(folder);
    emit outcome(path.problems());
    if (path)
        emit written(path.value());
}

} // namespace tavolo

#pragma once

#include "core/domain/result.h"
#include "core/domain/history.h"

#include <QWidget>

class QUndoStack;

namespace tavolo {

class Archive;

// A page of the Tavolo's screens: it reads the whole history (small, R-J) when the archive
// changes and redraws; actions go through the undo stack (see StoreCommand).
class TavoloPage : public QWidget
{
    Q_OBJECT
public:
    TavoloPage(Archive &archive, QUndoStack *undo, QWidget *parent);

    const History &history() const { return m_history; }
    Archive &archive() const { return m_archive; }
    QUndoStack *undoStack() const { return m_undo; }

public slots:
    void reload();

signals:
    // The page that can fix what the clerk is looking at (an id of tavoloPages()).
    void navigateTo(const QString &pageId);

protected:
    virtual void refresh() = 0; // redraw from history()
    void showEvent(QShowEvent *event) override;

private:
    Archive &m_archive;
    QUndoStack *m_undo;
    History m_history;
    bool m_stale = true;
};

} // namespace tavolo

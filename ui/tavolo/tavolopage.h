#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"
#include "ui/page.h"

#include <functional>

class QUndoStack;

namespace tavolo {

class Archive;

// A page of the Tavolo's screens: it reads the whole history (small, R-J) when the archive
// changes and redraws; actions go through the undo stack (see StoreCommand). Its id and title
// come from its entry in tavolopages.h (setIdentity), so the main window adds it as any Page.
class TavoloPage : public Page
{
    Q_OBJECT
public:
    TavoloPage(Archive &archive, QUndoStack *undo, QWidget *parent);

    const History &history() const { return m_history; }
    Archive &archive() const { return m_archive; }
    QUndoStack *undoStack() const { return m_undo; }

    void setIdentity(const QString &id, std::function<QString()> title);
    QString title() const override { return m_title ? m_title() : QString(); }
    QString pageName() const override { return objectName(); }
    // The column widths and orders of every table of the page, by the table's object name.
    void saveLayout(Settings &settings) const override;
    void restoreLayout(const Settings &settings) override;

    void reloadWhenShown() override; // at once if visible, else at the next showEvent

public slots:
    void reload() override;

signals:
    // The page that can fix what the clerk is looking at (an id of tavoloPages()).
    void navigateTo(const QString &pageId);

protected:
    virtual void refresh() = 0; // redraw from history()
    void showEvent(QShowEvent *event) override;

private:
    Archive &m_archive;
    QUndoStack *m_undo;
    std::function<QString()> m_title;
    History m_history;
    bool m_stale = true;
};

} // namespace tavolo

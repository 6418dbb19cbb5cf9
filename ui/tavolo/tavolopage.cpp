#include "tavolopage.h"

#include "core/storage/archive.h"
#include "core/storage/historystore.h"

namespace tavolo {

TavoloPage::TavoloPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_archive(archive)
    , m_undo(undo)
{
    // A hidden page only notes that it is stale; it reloads when shown, so that a change
    // costs one history load for the visible page, not one per page.
    connect(&m_archive, &Archive::changed, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
}

void TavoloPage::reload()
{
    m_history = m_archive.isOpen() ? HistoryStore(m_archive).load() : History{};
    m_stale = false;
    refresh();
}

void TavoloPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

} // namespace tavolo

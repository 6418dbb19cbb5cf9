#include "tavolopage.h"

#include "core/config/settings.h"
#include "core/storage/archive.h"
#include "core/storage/historystore.h"

#include <QHeaderView>
#include <QTreeView>

namespace tavolo {

TavoloPage::TavoloPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : Page(parent)
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

void TavoloPage::setIdentity(const QString &id, std::function<QString()> title)
{
    setObjectName(id);
    m_title = std::move(title);
}

void TavoloPage::reload()
{
    m_history = m_archive.isOpen() ? HistoryStore(m_archive).load() : History {};
    m_stale = false;
    refresh();
}

void TavoloPage::reloadWhenShown()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void TavoloPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

namespace {

// The tables of a page whose columns the clerk may have arranged: those with an object name.
QList<QTreeView *> namedTables(const QWidget *page)
{
    QList<QTreeView *> tables;
    for (QTreeView *view : page->findChildren<QTreeView *>())
        if (!view->objectName().isEmpty())
            tables << view;
    return tables;
}

} // namespace

void TavoloPage::saveLayout(Settings &settings) const
{
    for (const QTreeView *view : namedTables(this))
        settings.setHeaderState(pageName() + QLatin1Char('.') + view->objectName(),
                                view->header()->saveState());
}

void TavoloPage::restoreLayout(const Settings &settings)
{
    for (QTreeView *view : namedTables(this)) {
        const QByteArray state =
            settings.headerState(pageName() + QLatin1Char('.') + view->objectName());
        if (!state.isEmpty())
            view->header()->restoreState(state);
    }
}

} // namespace tavolo

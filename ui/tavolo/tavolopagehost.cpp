#include "tavolopagehost.h"

#include "tavolopage.h"

#include "core/config/settings.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace tavolo {

TavoloPageHost::TavoloPageHost(const TavoloPageInfo &info, Archive &archive, QUndoStack *undo)
    : m_info(info)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_page = info.create(archive, undo, this);
    layout->addWidget(m_page);
    setObjectName(info.id);
}

bool TavoloPageHost::canPrint() const
{
    return m_page->canPrint();
}

PrintJob TavoloPageHost::printJob()
{
    return m_page->printJob();
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

void TavoloPageHost::saveLayout(Settings &settings) const
{
    for (const QTreeView *view : namedTables(m_page))
        settings.setHeaderState(m_info.id + QLatin1Char('.') + view->objectName(), view->header()->saveState());
}

void TavoloPageHost::restoreLayout(const Settings &settings)
{
    for (QTreeView *view : namedTables(m_page)) {
        const QByteArray state = settings.headerState(m_info.id + QLatin1Char('.') + view->objectName());
        if (!state.isEmpty())
            view->header()->restoreState(state);
    }
}

void TavoloPageHost::reload()
{
    m_page->reload();
}

} // namespace tavolo

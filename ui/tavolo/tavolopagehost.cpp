#include "tavolopagehost.h"

#include "tavolopage.h"

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

void TavoloPageHost::reload()
{
    m_page->reload();
}

} // namespace tavolo

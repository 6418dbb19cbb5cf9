#pragma once

#include "ui/page.h"
#include "tavolopages.h"

namespace tavolo {

class TavoloPage;

// Puts one of the Tavolo's pages (tavolopages.h) into the main window's navigation.
class TavoloPageHost : public Page
{
    Q_OBJECT
public:
    TavoloPageHost(const TavoloPageInfo &info, Archive &archive, QUndoStack *undo);

    QString title() const override { return m_info.title(); }
    QString pageName() const override { return m_info.id; }
    void reload() override;
    // The column widths and orders of every table of the page, by the table's object name.
    void saveLayout(Settings &settings) const override;
    void restoreLayout(const Settings &settings) override;
    bool canPrint() const override;
    PrintJob printJob() override;
    TavoloPage *page() const { return m_page; }

private:
    TavoloPageInfo m_info;
    TavoloPage *m_page = nullptr;
};

} // namespace tavolo

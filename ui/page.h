#pragma once

#include "printing.h"

#include <QWidget>

namespace tavolo {

class Settings;

// One page of the main window's navigation: the registers (OrganisationPage, PersonPage), the
// audit trail, the settings, and each of the Tavolo's pages (a TavoloPage inside a
// TavoloPageHost). MainWindow::createPages adds them; the navigation lists them in that order.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0; // shown in the navigation list
    virtual QString pageName() const = 0; // stable, ASCII: file names, settings keys

    // Another archive was opened: show its contents.
    virtual void reload() { }
    // The same for a page the clerk is not looking at: a page that can wait until it is shown
    // does (TavoloPage: one history load at the program's start instead of one per page).
    virtual void reloadWhenShown() { reload(); }
    // Column widths and the like, kept between sessions.
    virtual void saveLayout(Settings &) const { }
    virtual void restoreLayout(const Settings &) { }
    // The clerk leaves the page or closes the window: false keeps them here (e.g. unsaved
    // edits they chose not to throw away).
    virtual bool canLeave() { return true; }
    // What File › Print… prints on this page; pages with nothing to print say no.
    virtual bool canPrint() const { return false; }
    virtual PrintJob printJob() { return {}; }
};

} // namespace tavolo

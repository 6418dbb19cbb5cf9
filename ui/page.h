#pragma once

#include <QWidget>

namespace tavolo {

class Settings;

// One page of the main window's navigation (Organisations, People, later Dashboard,
// Meetings, …). The main window lists the pages in the order they were added.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0; // shown in the navigation list
    virtual QString pageName() const = 0; // stable, ASCII: file names, settings keys

    // Another archive was opened: show its contents.
    virtual void reload() { }
    // Column widths and the like, kept between sessions.
    virtual void saveLayout(Settings &) const { }
    virtual void restoreLayout(const Settings &) { }
};

} // namespace tavolo

#pragma once

#include <QDialog>

class QTextBrowser;

namespace tavolo {

// Aiuto › Guida and F1: the clerk's guide (UserGuide) in a window of its own, left open beside
// the main window, at the section of the page the clerk is on.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent);

    // Shows the section about the page named `pageName` (Page::pageName()).
    void showSection(const QString &pageName);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace tavolo

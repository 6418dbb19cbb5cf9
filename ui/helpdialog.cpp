#include "helpdialog.h"

#include "userguide.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tavolo {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("Tavolo guide"));
    m_browser->setObjectName(QStringLiteral("guide"));
    m_browser->setAccessibleName(tr("Guide"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    resize(720, 620);
}

void HelpDialog::showSection(const QString &pageName)
{
    // Shown first: the browser scrolls to an anchor only once it knows its own height.
    show();
    raise();
    activateWindow();
    if (m_browser->source() != UserGuide::url())
        m_browser->setSource(UserGuide::url());
    const QUrl section = UserGuide::sectionUrl(pageName);
    m_browser->scrollToAnchor(section.hasFragment() ? section.fragment() : QStringLiteral("start"));
}

} // namespace tavolo

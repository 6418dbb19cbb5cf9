#include "minutespreviewdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tavolo {

namespace {
constexpr int kDpi = 60;
}

MinutesPreviewDialog::MinutesPreviewDialog(documents::MinutesDocument document, QWidget *parent)
    : QDialog(parent)
    , m_document(std::move(document))
    , m_page(new QLabel(this))
    , m_number(new QSpinBox(this))
{
    setWindowTitle(m_document.isDraft() ? tr("Preview of the draft minutes")
                                        : tr("Preview of the minutes"));
    setObjectName(QStringLiteral("minutesPreview"));
    m_pages = qMax(1, m_document.document()->pageCount());
    m_page->setObjectName(QStringLiteral("minutesPage"));
    m_page->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // The page is white paper whatever the desktop's colours (as LetterPreview).
    m_page->setStyleSheet(QStringLiteral("QLabel { background: #808080; padding: 6px; }"));
    m_number->setRange(1, m_pages);
    m_number->setSuffix(tr(" of %1").arg(m_pages));
    m_number->setAccessibleName(tr("Page"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_page);
    scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Page:"), m_number);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(620, 760);
    connect(m_number, &QSpinBox::valueChanged, this, [this](int n) { showPage(n - 1); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPage(0);
}

void MinutesPreviewDialog::showPage(int page)
{
    m_image = m_document.previewImage(page, kDpi);
    m_page->setPixmap(QPixmap::fromImage(m_image));
}

} // namespace tavolo

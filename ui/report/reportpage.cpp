#include "reportpage.h"

#include "core/charts/reportcharts.h"
#include "core/documents/annualreport.h"
#include "core/documents/pagedoutput.h"
#include "core/domain/clock.h"
#include "core/exports/documentsettings.h"
#include "core/exports/reportdocuments.h"
#include "core/exports/reportexport.h"
#include "core/storage/archive.h"
#include "ui/exportfolder.h"
#include "ui/tavolo/problemview.h"

#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tavolo {

namespace {

constexpr int kDpi = 60; // an A4 page as the minutes' preview shows it

} // namespace

ReportPage::ReportPage(Archive &archive, QUndoStack *undo, QWidget *parent)
    : TavoloPage(archive, undo, parent)
    , m_year(new QSpinBox(this))
    , m_page(new QSpinBox(this))
    , m_pdf(new QPushButton(tr("Export &PDF…"), this))
    , m_odt(new QPushButton(tr("Export &ODT…"), this))
    , m_preview(new QLabel(this))
    , m_outcome(new ProblemView(this))
    , m_written(new QLabel(this))
{
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(2000, 2100);
    // The report is written for a year that has ended: last year by default.
    m_year->setValue(Clock::today().year() - 1);
    m_year->setAccessibleName(tr("Year"));
    m_page->setObjectName(QStringLiteral("reportPageNumber"));
    m_page->setAccessibleName(tr("Page"));
    m_pdf->setObjectName(QStringLiteral("reportExportPdf"));
    m_pdf->setToolTip(tr("The report as PDF/A-1b, to send or archive"));
    m_odt->setObjectName(QStringLiteral("reportExportOdt"));
    m_odt->setToolTip(tr("The report as an editable document (LibreOffice, Word), to add the "
                         "narrative"));
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // The page is white paper whatever the desktop's colours (as the minutes' preview).
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: #808080; padding: 6px; }"));
    m_written->setObjectName(QStringLiteral("written"));
    m_written->setWordWrap(true);
    m_written->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_written->hide();

    auto *intro = new QLabel(tr("The annual report of the Tavolo: composition, meetings and "
                                "attendance, requests, amendments, groups and tables, the Piano di "
                                "Zona, objectives and indicators, with charts. It is written in "
                                "Italian."),
                             this);
    intro->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *pageLabel = new QLabel(tr("P&age:"), this);
    pageLabel->setBuddy(m_page);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addSpacing(16);
    bar->addWidget(pageLabel);
    bar->addWidget(m_page);
    bar->addStretch(1);
    bar->addWidget(m_pdf);
    bar->addWidget(m_odt);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_written);

    connect(m_year, &QSpinBox::valueChanged, this, [this] { refresh(); });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int n) { showPage(n - 1); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(false); });
    connect(m_odt, &QPushButton::clicked, this, [this] { exportAs(true); });
}

ReportPage::~ReportPage() = default;

int ReportPage::year() const
{
    return m_year->value();
}

void ReportPage::setYear(int year)
{
    m_year->setValue(year);
}

void ReportPage::refresh()
{
    if (!archive().isOpen())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const documents::AnnualReport report(
        DocumentSettings(archive()).letterhead(),
        ReportDocuments::annual(archive(), history(), year(), Clock::today()), charts::painter());
    m_document = report.document();
    m_footer = report.footer();
    m_pages = std::max(1, m_document->pageCount());
    QGuiApplication::restoreOverrideCursor();
    const int shown = std::min(m_page->value(), m_pages);
    const QSignalBlocker blocker(m_page);
    m_page->setRange(1, m_pages);
    m_page->setSuffix(tr(" of %1").arg(m_pages));
    m_page->setValue(std::max(1, shown));
    showPage(m_page->value() - 1);
}

void ReportPage::showPage(int page)
{
    if (!m_document)
        return;
    m_image = documents::PagedOutput::renderPage(*m_document, page, m_footer, kDpi);
    m_preview->setPixmap(QPixmap::fromImage(m_image));
}

Result<QString> ReportPage::exportTo(const QString &folder, bool odt)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QString> path = ReportExport::annual(
        archive(), year(), odt ? ReportExport::Format::Odt : ReportExport::Format::Pdf, folder,
        charts::painter(), Clock::today());
    QGuiApplication::restoreOverrideCursor();
    m_outcome->setProblems(path.problems());
    m_written->setVisible(bool(path));
    if (path)
        m_written->setText(tr("Written: %1").arg(QDir::toNativeSeparators(path.value())));
    return path;
}

void ReportPage::exportAs(bool odt)
{
    const QString folder = chooseExportFolder(
        this, odt ? tr("Folder for the editable report") : tr("Folder for the report"));
    if (!folder.isEmpty())
        exportTo(folder, odt);
}

} // namespace tavolo

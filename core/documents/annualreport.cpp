#include "annualreport.h"

#include "documenthtml.h"
#include "pagedoutput.h"
#include "pagedtable.h"
#include "pdfmetadata.h"
#include "safefilename.h"
#include "tablepagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <cmath>

namespace tavolo::documents {

AnnualReport::AnnualReport(Letterhead letterhead, AnnualReportData data, ChartPainter charts)
    : m_letterhead(std::move(letterhead))
    , m_data(std::move(data))
    , m_charts(std::move(charts))
    , m_logo(flattenedLogo(m_letterhead))
{ }

QString AnnualReport::title() const
{
    return QStringLiteral("Relazione annuale %1 – %2").arg(m_data.year).arg(m_data.tavoloName);
}

QString AnnualReport::fileName(const QString &extension) const
{
    return safefilename::make(QStringLiteral("Relazione annuale %1").arg(m_data.year), extension);
}

QString AnnualReport::footer() const
{
    return m_letterhead.footerLine();
}

QSizeF AnnualReport::chartSize(const ReportChart &chart)
{
    // Across the text's width; a bar across the page for each body when the names are long.
    const qreal height =
        chart.horizontal ? qBound(50.0, 22.0 + 7.5 * chart.categories.size(), 200.0) : 70.0;
    return {165.0, height};
}

QString AnnualReport::figure(const std::function<void(QPainter &, const QRectF &)> &paint,
                             QSizeF mm) const
{
    const int index = int(m_figures.size());
    m_figures.append({mm, paint});
    return QStringLiteral("<p align=\"center\" style=\"margin-top: 8px; margin-bottom: 4px;\">%1"
                          "</p>")
        .arg(figures::imageTag(index, mm));
}

QString AnnualReport::chart(const ReportChart &c) const
{
    if (!m_charts || c.isEmpty())
        return {};
    const ChartPainter painter = m_charts;
    return figure([painter, c](QPainter &p, const QRectF &rect) { painter(p, rect, c); },
                  chartSize(c));
}

QString AnnualReport::heading(int number, const QString &title) const
{
    return headingBlock(2, QStringLiteral("%1. %2").arg(number).arg(title));
}

QString AnnualReport::subheading(const QString &title) const
{
    return headingBlock(3, title);
}

QString AnnualReport::headingBlock(int level, const QString &text) const
{
    // A heading that would be left at the bottom of a page, its content on the next, starts
    // that page (document() finds them).
    const int index = m_headingCount++;
    const QString pageBreak =
        m_headingBreaks.contains(index) ? QStringLiteral(" page-break-before: always;") : QString();
    return level == 2
        ? QStringLiteral("<h2 style=\"font-size: 12.5pt; color: #1f3a5f; margin-top: 16px; "
                         "margin-bottom: 4px;%1\">%2</h2>")
              .arg(pageBreak, html::escaped(text))
        : QStringLiteral("<h3 style=\"font-size: 10.5pt; margin-top: 10px; margin-bottom: 2px;%1\">"
                         "%2</h3>")
              .arg(pageBreak, html::escaped(text));
}

QString AnnualReport::table(const QStringList &heads, const QList<QStringList> &rows) const
{
    // A row that a page break would cut starts a new table, with the header, on the next page
    // (document() finds them, as the registers' PagedTable does for their one table).
    const int index = m_tableCount++;
    const QList<int> breaks = m_rowBreaks.value(index);
    const QString header = pagedtable::headerRow(heads);
    QString out = pagedtable::tableOpening(QString(), 8.5) + header;
    m_pieces.append({index, 0});
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0 && breaks.contains(int(i))) {
            out += QStringLiteral("</table>")
                + pagedtable::tableOpening(pagedtable::pageBreak(false), 8.5) + header;
            m_pieces.append({index, int(i)});
        }
        out += QStringLiteral("<tr>") + rows.at(i).join(QString()) + QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

QString AnnualReport::body() const
{
    m_figures.clear();
    m_pieces.clear();
    m_tableCount = 0;
    m_headingCount = 0;
    QString out =
        QStringLiteral("<html><body style=\"font-family: '%1';\">").arg(PagedOutput::fontFamily());
    out += html::letterheadBlock(m_letterhead, !m_logo.isNull());
    out += QStringLiteral("<p align=\"center\" style=\"font-size: 16pt; font-weight: bold; "
                          "margin-top: 14px; margin-bottom: 2px;\">RELAZIONE ANNUALE %1</p>"
                          "<p align=\"center\" style=\"font-size: 11.5pt; margin-top: 0px;\">"
                          "sull'attività del %2<br/>dal 1° gennaio al 31 dicembre %1</p>")
               .arg(m_data.year)
               .arg(html::escaped(m_data.tavoloName));
    int n = 0;
    out += compositionSection(++n);
    out += meetingsSection(++n);
    out += requestsSection(++n);
    out += amendmentsSection(++n);
    out += activitySection(++n);
    out += cycleSection(++n);
    out += objectivesSection(++n);
    out += closing();
    return out + QStringLiteral("</body></html>");
}

QString AnnualReport::html() const
{
    return body();
}

std::unique_ptr<QTextDocument> AnnualReport::build(Figures kind) const
{
    auto document = html::newDocument(m_logo);
    document->setHtml(body());
    html::sealImages(*document);
    if (kind == Figures::Vectors)
        figures::paintAsVectors(*document, m_figures);
    else
        figures::addAsPictures(*document, m_figures);
    PagedOutput::layout(*document);
    return document;
}

bool AnnualReport::moveCutRow(const QTextDocument &document) const
{
    // The letterhead is the document's first table; then this report's, piece by piece.
    const QList<QTextTable *> tables = tablepagination::topLevelTables(document);
    for (qsizetype k = 0; k < m_pieces.size() && k + 1 < tables.size(); ++k) {
        const int row = tablepagination::firstRowToMove(document, *tables.at(k + 1), 2);
        if (row > 1) {
            const auto [table, first] = m_pieces.at(k);
            m_rowBreaks[table] << first + row - 1; // row 0 is the header
            return true;
        }
    }
    return false;
}

bool AnnualReport::moveLoneHeading(const QTextDocument &document) const
{
    const qreal page = document.pageSize().height();
    const auto pageOf = [page](qreal y) {
        return int(std::floor(y / page));
    };
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    int index = -1;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        ++index;
        const QTextBlock next = block.next();
        if (!next.isValid() || m_headingBreaks.contains(index))
            continue;
        const int at = pageOf(layout->blockBoundingRect(block).top());
        int nextAt = pageOf(layout->blockBoundingRect(next).bottom() - 1);
        if (QTextTable *t = QTextCursor(next).currentTable(); t && t->rows() > 1)
            nextAt = tablepagination::rowPages(document, *t, 1).bottom;
        if (nextAt > at) {
            m_headingBreaks.insert(index);
            return true;
        }
    }
    return false;
}

void AnnualReport::keepLogoProportions(QTextDocument &document) const
{
    // The ODT writer takes a missing height from the picture itself (the logo's 240 pixels)
    // whatever the width: the logo came out tall and narrow in Writer.
    if (m_logo.isNull() || m_logo.width() <= 0)
        return;
    QList<std::pair<QTextFragment, QTextImageFormat>> logos;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid() || image.name() != html::LogoUrl
                || image.hasProperty(QTextFormat::ImageHeight) || image.width() <= 0)
                continue;
            image.setHeight(image.width() * m_logo.height() / m_logo.width());
            logos.append({it.fragment(), image});
        }
    }
    for (const auto &[fragment, image] : std::as_const(logos)) {
        QTextCursor cursor(&document);
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(image);
    }
}

std::unique_ptr<QTextDocument> AnnualReport::document(Figures kind) const
{
    // Laid out again until no table row is cut by a page break and no heading is left alone at
    // the bottom of a page: each pass moves one more thing to the next page, so it ends.
    // An ODT is paginated again by the word processor: no break of this layout goes into it.
    m_rowBreaks.clear();
    m_headingBreaks.clear();
    auto document = build(kind);
    if (kind == Figures::Pictures) {
        keepLogoProportions(*document);
        return document;
    }
    for (int pass = 0; pass < 60; ++pass) {
        if (!moveCutRow(*document) && !moveLoneHeading(*document))
            break;
        document = build(kind);
    }
    return document;
}

int AnnualReport::pageCount() const
{
    auto doc = document();
    return PagedOutput::layout(*doc);
}

QImage AnnualReport::previewImage(int page, int dpi) const
{
    auto doc = document();
    return PagedOutput::renderPage(*doc, page, m_letterhead.footerLine(), dpi);
}

Result<int> AnnualReport::writePdf(const QString &path) const
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<int>::refused(problems);
    auto doc = document();
    PdfMetadata metadata;
    metadata.title = title();
    metadata.author = m_letterhead.enteName;
    metadata.subject = QStringLiteral("Relazione annuale sull'attività del %1, anno %2")
                           .arg(m_data.tavoloName)
                           .arg(m_data.year);
    return PagedOutput::writePdfFile(path, {doc.get()}, {m_letterhead.footerLine()}, metadata);
}

Result<Done> AnnualReport::writeOdt(const QString &path) const
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<Done>::refused(problems);
    auto doc = document(Figures::Pictures);
    return PagedOutput::writeOdtFile(path, *doc);
}

} // namespace tavolo::documents

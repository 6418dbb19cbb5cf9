#include "userguide.h"

#include "core/documents/documenthtml.h"
#include "core/documents/pagedoutput.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>

namespace tavolo {

using namespace documents;

QUrl UserGuide::url()
{
    return QUrl(QStringLiteral("qrc:/guide/guida.html"));
}

QUrl UserGuide::sectionUrl(const QString &pageName)
{
    QUrl section = url();
    if (html().contains(QStringLiteral("<a name=\"%1\">").arg(pageName)))
        section.setFragment(pageName);
    return section;
}

QString UserGuide::html()
{
    QFile file(QStringLiteral(":/guide/guida.html"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList UserGuide::headings()
{
    static const QRegularExpression heading(
        QStringLiteral("<h[12]>(?:<a name=\"[^\"]*\"></a>)?([^<]*)</h[12]>"));
    QStringList out;
    for (const QRegularExpressionMatch &m : heading.globalMatch(html()))
        out << m.captured(1);
    return out;
}

std::unique_ptr<QTextDocument> UserGuide::document()
{
    auto document = html::newDocument(QImage(), 10.0);
    document->setHtml(html());
    html::sealImages(*document);
    return document;
}

Result<int> UserGuide::writePdf(const QString &path)
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<int>::refused(problems);
    auto guide = document();
    PdfMetadata metadata;
    metadata.title = headings().value(0);
    metadata.subject = metadata.title;
    return PagedOutput::writePdfFile(path, {guide.get()}, {metadata.title}, metadata);
}

} // namespace tavolo

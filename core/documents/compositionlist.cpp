#include "compositionlist.h"

#include "documenthtml.h"
#include "italiandates.h"
#include "pagedoutput.h"

#include <QTextDocument>

namespace tavolo::documents {

CompositionList::CompositionList(Letterhead letterhead, QString tableName, QDate asOf)
    : m_letterhead(std::move(letterhead))
    , m_tableName(std::move(tableName))
    , m_asOf(asOf)
    , m_logo(flattenedLogo(m_letterhead))
{ }

QString CompositionList::html(const QList<CompositionEntry> &entries) const
{
    QString out =
        QStringLiteral("<html><body style=\"font-family: '%1';\">").arg(PagedOutput::fontFamily());
    out += html::letterheadBlock(m_letterhead, !m_logo.isNull());
    out +=
        QStringLiteral(
            "<p align=\"center\" style=\"font-size: 14pt; font-weight: bold; margin-top: 10px;\">"
            "Composizione del %1</p>"
            "<p align=\"center\">aggiornata al %2</p>")
            .arg(html::escaped(m_tableName), italian::longDate(m_asOf));
    out += QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
        "style=\"border-collapse: collapse; border-color: #555555; margin-top: 8px;\">"
        "<thead><tr style=\"background-color: #e8edf3;\">"
        "<th width=\"6%\">N.</th><th width=\"28%\" align=\"left\">Nome e cognome</th>"
        "<th width=\"33%\" align=\"left\">Ente di appartenenza</th>"
        "<th width=\"33%\" align=\"left\">Carica o categoria</th></tr></thead>");
    int number = 0;
    for (const CompositionEntry &e : entries)
        out +=
            QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(++number)
                .arg(html::escaped(e.name), html::escaped(e.organisation),
                     html::escaped(e.category));
    out += QStringLiteral("</table>");
    out += QStringLiteral(
        "<p style=\"margin-top: 14px; font-size: 8.5pt;\"><i>Elenco pubblicato ai fini "
        "di trasparenza; i dati di contatto sono omessi in applicazione del principio di "
        "minimizzazione dei dati (art. 5, par. 1, lett. c, del Regolamento (UE) "
        "2016/679).</i></p></body></html>");
    return out;
}

std::unique_ptr<QTextDocument>
CompositionList::document(const QList<CompositionEntry> &entries) const
{
    auto document = html::newDocument(m_logo, 10.0);
    document->setHtml(html(entries));
    html::sealImages(*document);
    return document;
}

QImage CompositionList::previewImage(const QList<CompositionEntry> &entries, int dpi) const
{
    auto doc = document(entries);
    return PagedOutput::renderPage(*doc, 0, m_letterhead.footerLine(), dpi);
}

Result<int> CompositionList::writePdf(const QString &path,
                                      const QList<CompositionEntry> &entries) const
{
    if (const Problems problems = PagedOutput::unavailable(); !problems.isEmpty())
        return Result<int>::refused(problems);
    auto doc = document(entries);
    PdfMetadata metadata;
    metadata.title =
        QStringLiteral("Composizione del %1 al %2").arg(m_tableName, italian::longDate(m_asOf));
    metadata.author = m_letterhead.enteName;
    metadata.subject = metadata.title;
    return PagedOutput::writePdfFile(path, {doc.get()}, {m_letterhead.footerLine()}, metadata);
}

} // namespace tavolo::documents

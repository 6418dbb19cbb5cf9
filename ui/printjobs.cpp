#include "printjobs.h"

#include "core/documents/attendancesheet.h"
#include "core/documents/documenthtml.h"
#include "core/documents/pagedoutput.h"
#include "core/exports/documentsettings.h"
#include "core/exports/meetingexport.h"
#include "core/rules/ruletext.h"

#include <QAbstractItemModel>
#include <QTextDocument>

namespace tavolo {

using namespace documents;

PrintJob PrintJobs::letters(const MeetingExport &exporter, const QString &protocolNumber)
{
    const LetterRenderer renderer = exporter.renderer(protocolNumber);
    PrintJob job;
    job.title = tr("Convocation letters of %1").arg(RuleText::day(exporter.pack().meeting.date));
    for (const Recipient &recipient : exporter.pack().recipients)
        job.add(renderer.document(recipient), renderer.footer());
    return job;
}

PrintJob PrintJobs::attendanceSheet(const MeetingExport &exporter)
{
    const MeetingPack &pack = exporter.pack();
    const Letterhead letterhead = exporter.renderer().letterhead();
    PrintJob job;
    job.title = tr("Attendance sheet of %1").arg(RuleText::day(pack.meeting.date));
    job.add(AttendanceSheet(letterhead, pack.meeting).document(pack.participants),
            letterhead.footerLine());
    return job;
}

PrintJob PrintJobs::composition(Archive &archive, QDate date)
{
    const Letterhead letterhead = DocumentSettings(archive).letterhead();
    PrintJob job;
    job.title = tr("Composition of the Tavolo on %1").arg(RuleText::day(date));
    job.add(CompositionList(letterhead, QStringLiteral("Tavolo del Terzo Settore"), date)
                .document(MeetingDocuments::composition(archive, date)),
            letterhead.footerLine());
    return job;
}

PrintJob PrintJobs::table(Archive &archive, const QAbstractItemModel &model, const QString &title)
{
    const Letterhead letterhead = DocumentSettings(archive).letterhead();
    const QImage logo = flattenedLogo(letterhead);
    QString body = html::letterheadBlock(letterhead, !logo.isNull());
    body += QStringLiteral("<h3>%1</h3>").arg(html::escaped(title));
    body += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse: collapse; font-size: 8pt;\"><thead><tr>");
    for (int column = 0; column < model.columnCount(); ++column)
        body += QStringLiteral("<th align=\"left\">%1</th>")
                    .arg(html::escaped(model.headerData(column, Qt::Horizontal).toString()));
    body += QStringLiteral("</tr></thead>");
    for (int row = 0; row < model.rowCount(); ++row) {
        body += QStringLiteral("<tr>");
        for (int column = 0; column < model.columnCount(); ++column)
            body += QStringLiteral("<td>%1</td>")
                        .arg(html::escaped(model.index(row, column).data().toString()));
        body += QStringLiteral("</tr>");
    }
    body += QStringLiteral("</table><p style=\"font-size: 8pt;\">%1</p>")
                .arg(html::escaped(tr("%n record(s), printed on %1.", nullptr, model.rowCount())
                                       .arg(RuleText::day(QDate::currentDate()))));
    auto document = html::newDocument(logo, 9.0);
    PagedOutput::prepare(*document);
    document->setHtml(QStringLiteral("<html><body>%1</body></html>").arg(body));
    html::sealImages(*document);
    PrintJob job;
    job.title = title;
    job.add(std::move(document), letterhead.footerLine());
    return job;
}

} // namespace tavolo

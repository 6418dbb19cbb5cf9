#include "objectivesheet.h"

#include "objectivetext.h"

namespace tavolo {

namespace {

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("—") : value.toHtmlEscaped());
}

QString dupText(const DupLink &link)
{
    return link.code.isEmpty() ? QString() : QStringLiteral("%1 – %2").arg(link.code, link.title);
}

} // namespace

ObjectiveSheet::ObjectiveSheet(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("sheet"));
    setAccessibleName(tr("Objective sheet"));
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(8);
}

void ObjectiveSheet::setObjective(const Objective *objective)
{
    setText(objective ? html(*objective) : QString());
}

QString ObjectiveSheet::html(const Objective &o)
{
    QString html = QStringLiteral("<table cellspacing=\"3\">");
    html += row(tr("Code"), o.code);
    html += row(tr("Title"), o.title);
    html += row(tr("Type"), o.type);
    html += row(tr("Classification"), o.classification);
    html += row(tr("Years"), ObjectiveText::years(o));
    html += row(tr("DUP strategic direction"), dupText(o.strategicDirection));
    html += row(tr("DUP strategic objective"), dupText(o.strategicObjective));
    html += row(tr("Direction"), o.direction);
    html += row(tr("Director"), o.director);
    html += row(tr("Service"), o.service);
    html += row(tr("Manager"), o.manager);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Description").toHtmlEscaped());
    for (const QString &paragraph : o.description.split(QStringLiteral("\n\n")))
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    return html;
}

} // namespace tavolo

#include "problemview.h"

#include <QApplication>
#include <QIcon>
#include <QResizeEvent>
#include <QStyle>

namespace tavolo {

ProblemView::ProblemView(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignTop | Qt::AlignLeft);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Problems"));
    setFrameShape(QFrame::StyledPanel);
    setContentsMargins(6, 4, 6, 4);
    hide();
}

QIcon ProblemView::icon(Severity severity)
{
    return QApplication::style()->standardIcon(severity == Severity::Refused
                                                   ? QStyle::SP_MessageBoxCritical
                                                   : QStyle::SP_MessageBoxWarning);
}

QString ProblemView::html(const Problems &problems)
{
    QString text;
    for (const Severity s : {Severity::Refused, Severity::Warning})
        for (const Problem &p : problems) {
            if (p.severity != s)
                continue;
            const QString colour =
                s == Severity::Refused ? QStringLiteral("#b00020") : QStringLiteral("#8a5a00");
            const QString what = s == Severity::Refused ? tr("Refused") : tr("Warning");
            // Words first, the rule's code after them for whoever looks it up (docs).
            text += QStringLiteral("<p style=\"margin:2px\"><b style=\"color:%1\">%2:</b> %4 "
                                   "<span style=\"color:#666\">(%3)</span></p>")
                        .arg(colour, what, p.rule.toHtmlEscaped(), p.message.toHtmlEscaped());
        }
    return text;
}

// A wrapped label does not ask its window for the height it needs: ask for it here, so that
// the dialog grows and no sentence is cut.
void ProblemView::fitHeight(int w)
{
    const QMargins m = contentsMargins();
    const int reserved = m_reserve * fontMetrics().lineSpacing() + m.top() + m.bottom() + 4;
    setMinimumHeight(qMax(m_problems.isEmpty() ? 0 : heightForWidth(w), m_reserve ? reserved : 0));
}

void ProblemView::reserveLines(int lines)
{
    m_reserve = lines;
    setFrameShape(QFrame::NoFrame);
    fitHeight(qMax(width(), 480));
    setVisible(!m_problems.isEmpty() || m_reserve > 0);
}

void ProblemView::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight(event->size().width());
}

void ProblemView::setProblems(const Problems &all)
{
    Problems problems;
    for (const Problem &p : all)
        if (!m_quiet.contains(p.field))
            problems << p;
    m_problems = problems;
    setText(html(problems));
    setAccessibleDescription(describe(problems));
    // A frame in pages; none in dialogs, whose reserved room must not change size with it.
    setFrameShape(problems.isEmpty() || m_reserve ? QFrame::NoFrame : QFrame::StyledPanel);
    fitHeight(qMax(width(), 480));
    setVisible(!problems.isEmpty() || m_reserve > 0);
}

} // namespace tavolo

#include "minutesitemeditor.h"

#include "voteeditor.h"

#include <QFormLayout>
#include <QPlainTextEdit>

namespace tavolo {

MinutesItemEditor::MinutesItemEditor(int number, const QString &agendaItem, QWidget *parent)
    : QGroupBox(QStringLiteral("%1. %2").arg(number).arg(agendaItem), parent)
    , m_number(number)
    , m_summary(new QPlainTextEdit(this))
    , m_decision(new QPlainTextEdit(this))
    , m_vote(new VoteEditor(this))
{
    setObjectName(QStringLiteral("minutesItem%1").arg(number));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_decision->setObjectName(QStringLiteral("decision"));
    m_summary->setAccessibleName(tr("Summary of item %1").arg(number));
    m_decision->setAccessibleName(tr("Decision on item %1").arg(number));
    m_summary->setPlaceholderText(tr("What was presented and discussed"));
    m_decision->setPlaceholderText(tr("What was decided, if anything"));
    for (QPlainTextEdit *edit : {m_summary, m_decision}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
        connect(edit, &QPlainTextEdit::textChanged, this, &MinutesItemEditor::changed);
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Decision:"), m_decision);
    form->addRow(tr("Vote:"), m_vote);
    connect(m_vote, &VoteEditor::changed, this, &MinutesItemEditor::changed);
}

MinutesItem MinutesItemEditor::item() const
{
    return {m_number, m_summary->toPlainText().trimmed(), m_decision->toPlainText().trimmed(),
            m_vote->vote()};
}

void MinutesItemEditor::setItem(const MinutesItem &item)
{
    const QSignalBlocker quiet(this);
    m_summary->setPlainText(item.summary);
    m_decision->setPlainText(item.decision);
    m_vote->setVote(item.vote);
}

void MinutesItemEditor::setReadOnly(bool readOnly)
{
    m_summary->setReadOnly(readOnly);
    m_decision->setReadOnly(readOnly);
    m_vote->setReadOnly(readOnly);
}

} // namespace tavolo

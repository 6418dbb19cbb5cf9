#include "correctminutesdialog.h"

#include "core/domain/clock.h"
#include "core/rules/minutesrules.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace tavolo {

CorrectMinutesDialog::CorrectMinutesDialog(const History &history, const Minutes &minutes,
                                           QWidget *parent)
    : FormDialog(tr("Correct the approved minutes"), tr("Sa&ve correction"), parent)
    , m_history(history)
    , m_minutes(minutes)
    , m_date(new QDateEdit(Clock::today(), this))
    , m_text(new QPlainTextEdit(this))
    , m_reason(new QLineEdit(this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setAccessibleName(tr("Date"));
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setAccessibleName(tr("Correction"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(
        tr("The corrected text, e.g. \"at item 2, read 12 favourable instead of 11\""));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("Corrected &text:"), m_text);
    form()->addRow(tr("&Reason:"), m_reason);
    for (QWidget *field : {static_cast<QWidget *>(m_date), static_cast<QWidget *>(m_text),
                           static_cast<QWidget *>(m_reason)})
        watch(field);
    setCheck([this] { return MinutesRules::correctProblems(m_history, m_minutes, correction()); });
}

MinutesCorrection CorrectMinutesDialog::correction() const
{
    MinutesCorrection c;
    c.date = m_date->date();
    c.text = m_text->toPlainText().trimmed();
    c.reason = m_reason->text().trimmed();
    return c;
}

} // namespace tavolo

#include "recorddialog.h"

#include "core/rules/objectiverules.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tavolo {

RecordDialog::RecordDialog(const History &history, const Indicator &indicator, QDate day,
                           QWidget *parent)
    : FormDialog(tr("Record an indicator's value"), tr("&Record"), parent)
    , m_history(history)
    , m_indicator(indicator.id)
    , m_date(new QDateEdit(day, this))
    , m_value(new QLineEdit(this))
    , m_note(new QLineEdit(this))
{
    auto *what = new QLabel(
        tr("%1 (expected: %2)").arg(indicator.description, indicator.expected.text()), this);
    what->setWordWrap(true);
    m_date->setCalendarPopup(true);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setAccessibleName(tr("Day"));
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setAccessibleName(tr("Value"));
    m_value->setPlaceholderText(indicator.expected.isRatio() ? tr("a ratio, such as 76/14")
                                                             : tr("a number"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("where the value comes from"));
    form()->addRow(tr("Indicator:"), what);
    form()->addRow(tr("&Day:"), m_date);
    form()->addRow(tr("&Value:"), m_value);
    form()->addRow(tr("&Note:"), m_note);
    watch(m_date);
    watchQuietly(m_value, QStringLiteral("value"));
    watch(m_note);
    setCheck([this] { return problems(); });
    resize(520, 240);
}

IndicatorReading RecordDialog::reading() const
{
    IndicatorReading r;
    r.date = m_date->date();
    r.value = Quantity::parse(m_value->text()).value_or(Quantity {});
    r.note = m_note->text().trimmed();
    return r;
}

Problems RecordDialog::problems() const
{
    if (!Quantity::parse(m_value->text()))
        return {Problem::refused(QStringLiteral("INPUT"),
                                 tr("Give the value as a number (12, 12,5) or a ratio (76/14)."),
                                 QStringLiteral("value"))};
    return ObjectiveRules::readingProblems(m_history, m_indicator, reading());
}

} // namespace tavolo

#include "asofdate.h"

#include "core/domain/clock.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tavolo {

AsOfDate::AsOfDate(QWidget *parent)
    : AsOfDate(tr("&As of:"), tr("As of"), parent)
{ }

AsOfDate::AsOfDate(const QString &labelText, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_date(new QDateEdit(Clock::today(), this))
    , m_today(new QPushButton(tr("&Today"), this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy")); // as Italian dates are written
    m_date->setObjectName(QStringLiteral("asOf"));
    m_date->setAccessibleName(accessibleName);
    auto *label = new QLabel(labelText, this);
    label->setBuddy(m_date);
    QPushButton *today = m_today;
    today->setObjectName(QStringLiteral("asOfToday"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_date);
    layout->addWidget(today);

    connect(m_date, &QDateEdit::dateChanged, this, &AsOfDate::dateChanged);
    connect(today, &QPushButton::clicked, this, [this] { setDate(Clock::today()); });
}

void AsOfDate::setTodayText(const QString &text)
{
    m_today->setText(text);
}

QDate AsOfDate::date() const
{
    return m_date->date();
}

void AsOfDate::setDate(QDate date)
{
    m_date->setDate(date);
}

} // namespace tavolo

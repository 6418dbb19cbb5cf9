#include "amenddialog.h"

#include "core/rules/composition.h"
#include "pickers.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace tavolo {

AmendDialog::AmendDialog(const History &history, QDate date, QWidget *parent)
    : FormDialog(tr("Amend the regulation"), tr("&Amend"), parent)
    , m_history(history)
    , m_date(new QDateEdit(date, this))
    , m_minMeetings(new QSpinBox(this))
    , m_notice(new QSpinBox(this))
    , m_deadline(new QSpinBox(this))
    , m_numerator(new QSpinBox(this))
    , m_denominator(new QSpinBox(this))
    , m_approvals(new QListWidget(this))
    , m_approvalCount(new QLabel(this))
{
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("In force from"));
    // Out-of-range values must reach the rules, which explain them; the spin boxes only keep
    // the numbers sane.
    m_minMeetings->setRange(0, 52);
    m_notice->setRange(0, 365);
    m_deadline->setRange(0, 365);
    m_numerator->setRange(0, 99);
    m_denominator->setRange(1, 99);
    m_minMeetings->setAccessibleName(tr("Meetings a year, at least"));
    m_notice->setAccessibleName(tr("Notice, days"));
    m_deadline->setAccessibleName(tr("Days to convene after a valid request"));
    m_numerator->setAccessibleName(tr("Request threshold numerator"));
    m_denominator->setAccessibleName(tr("Request threshold denominator"));
    m_approvals->setObjectName(QStringLiteral("approvals"));
    m_approvals->setAccessibleName(tr("Approvals of the members"));
    auto *all = new QPushButton(tr("All appro&ved"), this);
    all->setObjectName(QStringLiteral("allApproved"));
    m_notice->setObjectName(QStringLiteral("noticeDays"));

    auto *threshold = new QHBoxLayout;
    threshold->addWidget(m_numerator);
    threshold->addWidget(new QLabel(QStringLiteral("/"), this));
    threshold->addWidget(m_denominator);
    threshold->addWidget(new QLabel(tr("of the representatives in office"), this));
    threshold->addStretch();
    auto *approvalsRow = new QHBoxLayout;
    m_approvalCount->setWordWrap(true); // "Approvata da 12 componenti su 15" beside the button
    approvalsRow->addWidget(m_approvalCount, 1);
    approvalsRow->addWidget(all);

    QFormLayout *form = this->form();
    form->addRow(tr("In force &from:"), m_date);
    form->addRow(tr("&Meetings a year, at least:"), m_minMeetings);
    form->addRow(tr("&Notice (days):"), m_notice);
    form->addRow(tr("Days to convene after a valid re&quest:"), m_deadline);
    auto *thresholdLabel = new QLabel(tr("Request &threshold:"), this);
    thresholdLabel->setBuddy(m_numerator); // a row holding a layout gets no buddy by itself
    form->addRow(thresholdLabel, threshold);
    form->addRow(tr("A&pproved by (every member):"), m_approvals);
    form->addRow(QString(), approvalsRow);
    letFormGrow(); // the checklist of the members
    resize(620, 640);

    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_approvals->count(); ++i)
            m_approvals->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_date, &QDateEdit::dateChanged, this, &AmendDialog::dateChanged);
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_minMeetings, m_notice, m_deadline, m_numerator, m_denominator, m_approvals})
        watch(field);
    dateChanged();
    setCheck([this] { return problems(); });
}

void AmendDialog::dateChanged()
{
    const QDate date = m_date->date();
    m_current = CompositionRules::regulationOn(m_history, date);
    for (QSpinBox *s : {m_minMeetings, m_notice, m_deadline, m_numerator, m_denominator})
        s->blockSignals(true);
    m_minMeetings->setValue(m_current.minMeetingsPerYear);
    m_notice->setValue(m_current.noticeDays);
    m_deadline->setValue(m_current.requestDeadlineDays);
    m_numerator->setValue(m_current.thresholdNumerator);
    m_denominator->setValue(m_current.thresholdDenominator);
    for (QSpinBox *s : {m_minMeetings, m_notice, m_deadline, m_numerator, m_denominator})
        s->blockSignals(false);
    {
        const QSignalBlocker block(m_approvals);
        pickers::fillChecklist(m_approvals, m_history,
                               CompositionRules::compositionOn(m_history, date).members());
    }
    recheck();
}

Amendment AmendDialog::amendment() const
{
    Amendment a;
    a.date = m_date->date();
    // Only what changes is part of the amendment.
    if (m_minMeetings->value() != m_current.minMeetingsPerYear)
        a.minMeetingsPerYear = m_minMeetings->value();
    if (m_notice->value() != m_current.noticeDays)
        a.noticeDays = m_notice->value();
    if (m_deadline->value() != m_current.requestDeadlineDays)
        a.requestDeadlineDays = m_deadline->value();
    if (m_numerator->value() != m_current.thresholdNumerator
        || m_denominator->value() != m_current.thresholdDenominator)
        a.threshold = std::pair {m_numerator->value(), m_denominator->value()};
    a.approvals = pickers::checkedIds(m_approvals);
    return a;
}

// The rules' answer, and the count of approvals beside the checklist.
Problems AmendDialog::problems() const
{
    const Amendment a = amendment();
    m_approvalCount->setText(tr("Approved by %n of %1 members", nullptr, int(a.approvals.size()))
                                 .arg(m_approvals->count()));
    Problems problems = RegulationRules::amend(m_history, a).problems();
    if (!a.minMeetingsPerYear && !a.noticeDays && !a.requestDeadlineDays && !a.threshold)
        problems.prepend(
            Problem::refused(QStringLiteral("R-H"), tr("Change at least one parameter.")));
    return problems;
}

} // namespace tavolo

#include "enddesignationdialog.h"

#include "core/rules/designationrules.h"
#include "core/rules/ruletext.h"
#include "pickers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>

namespace tavolo {

EndDesignationDialog::EndDesignationDialog(const History &history, QDate date, qint64 preselected,
                                           QWidget *parent)
    : FormDialog(tr("End a designation"), tr("&End designation"), parent)
    , m_history(history)
    , m_designation(new QComboBox(this))
    , m_to(new QDateEdit(date, this))
{
    m_designation->setAccessibleName(tr("Designation"));
    m_to->setAccessibleName(tr("Last day in office"));
    m_to->setCalendarPopup(true);
    for (const Designation &d : history.designations)
        if (d.period.endsOnOrAfter(date))
            m_designation->addItem(tr("%1 for %2 (%3)")
                                       .arg(history.personName(d.personId),
                                            history.organisationName(d.organisationId),
                                            RuleText::term(d.period)),
                                   d.id);
    pickers::selectId(m_designation, preselected);

    form()->addRow(tr("&Designation:"), m_designation);
    form()->addRow(tr("&Last day in office:"), m_to);
    resize(560, sizeHint().height());
    watch(m_designation);
    watch(m_to);
    setCheck([this] { return problems(); });
}

qint64 EndDesignationDialog::designationId() const
{
    return pickers::currentId(m_designation);
}

QDate EndDesignationDialog::endDate() const
{
    return m_to->date();
}

Problems EndDesignationDialog::problems() const
{
    if (!designationId())
        return {Problem::refused(QStringLiteral("REQUIRED"),
                                 tr("No designation is in office to end."))};
    return DesignationRules::endProblems(m_history, designationId(), endDate());
}

} // namespace tavolo

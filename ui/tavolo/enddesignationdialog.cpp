#include "enddesignationdialog.h"

#include "pickers.h"
#include "problemview.h"

#include "core/rules/designationrules.h"
#include "core/rules/ruletext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace tavolo {

EndDesignationDialog::EndDesignationDialog(const History &history, QDate date, qint64 preselected,
                                           QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_designation(new QComboBox(this))
    , m_to(new QDateEdit(date, this))
    , m_problems(new ProblemView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("End a designation"));
    m_designation->setAccessibleName(tr("Designation"));
    m_to->setAccessibleName(tr("Last day in office"));
    m_to->setCalendarPopup(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&End designation"));
    for (const Designation &d : history.designations)
        if (d.period.isOpen() || d.period.to >= date)
            m_designation->addItem(tr("%1 for %2 (%3)")
                                       .arg(history.personName(d.personId),
                                            history.organisationName(d.organisationId),
                                            RuleText::term(d.period)),
                                   d.id);
    pickers::selectId(m_designation, preselected);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Designation:"), m_designation);
    form->addRow(tr("&Last day in office:"), m_to);
    form->addRow(m_problems);
    form->addRow(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_designation, &QComboBox::currentIndexChanged, this, &EndDesignationDialog::check);
    connect(m_to, &QDateEdit::dateChanged, this, &EndDesignationDialog::check);
    check();
}

qint64 EndDesignationDialog::designationId() const
{
    return pickers::currentId(m_designation);
}

QDate EndDesignationDialog::endDate() const
{
    return m_to->date();
}

void EndDesignationDialog::check()
{
    const Problems problems =
        designationId() ? DesignationRules::endProblems(m_history, designationId(), endDate())
                        : Problems{Problem::refused(QStringLiteral("REQUIRED"),
                                                    tr("No designation is in office to end."))};
    m_problems->setProblems(problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasRefusal(problems));
}

} // namespace tavolo

#include "designatedialog.h"

#include "core/rules/designationrules.h"
#include "pickers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace tavolo {

DesignateDialog::DesignateDialog(const History &history, QDate date, QWidget *parent)
    : FormDialog(tr("Designate a representative"), tr("&Designate"), parent)
    , m_history(history)
    , m_organisation(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_from(new QDateEdit(date, this))
    , m_ends(new QCheckBox(tr("&Ends on"), this))
    , m_to(new QDateEdit(date.addYears(3), this))
    , m_actDate(new QDateEdit(date, this))
    , m_actReference(new QLineEdit(this))
{
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_person->setObjectName(QStringLiteral("person"));
    m_from->setObjectName(QStringLiteral("from"));
    m_ends->setObjectName(QStringLiteral("ends"));
    m_to->setObjectName(QStringLiteral("to"));
    m_actDate->setObjectName(QStringLiteral("actDate"));
    m_actReference->setObjectName(QStringLiteral("actReference"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_person->setAccessibleName(tr("Representative"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_actDate->setAccessibleName(tr("Act date"));
    m_actReference->setAccessibleName(tr("Act reference"));
    m_actReference->setPlaceholderText(tr("protocol number of the act, e.g. prot. 123/2024"));
    m_actReference->setToolTip(tr("The organisation's formal act naming its representative (R-E): "
                                  "its protocol number or reference, as written on the act."));
    for (QDateEdit *d : {m_from, m_to, m_actDate})
        d->setCalendarPopup(true);
    m_to->setEnabled(false);

    pickers::fillSeatOrganisations(m_organisation, history);
    pickers::fillRepresentatives(m_person, history, pickers::currentId(m_organisation));

    auto *term = new QHBoxLayout;
    term->addWidget(m_from);
    term->addWidget(m_ends);
    term->addWidget(m_to);
    QFormLayout *form = this->form();
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Representative:"), m_person);
    auto *termLabel = new QLabel(tr("In office &from:"), this);
    termLabel->setBuddy(m_from); // a row holding a layout gets no buddy by itself
    form->addRow(termLabel, term);
    form->addRow(tr("Act da&te:"), m_actDate);
    form->addRow(tr("Act referen&ce:"), m_actReference);
    resize(560, sizeHint().height());

    connect(m_ends, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    // The chosen organisation's people come first; a choice already made is kept.
    connect(m_organisation, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker quiet(m_person);
        m_person->clear(); // the new organisation's own first person
        pickers::fillRepresentatives(m_person, m_history, pickers::currentId(m_organisation));
    });
    for (QWidget *field : std::initializer_list<QWidget *> {m_organisation, m_person, m_from,
                                                            m_ends, m_to, m_actDate})
        watch(field);
    // The act's reference is typed last: no refusal for it before the clerk gets there.
    watchQuietly(m_actReference, QStringLiteral("actReference"));
    setCheck([this] { return problems(); });
}

Designation DesignateDialog::designation() const
{
    Designation d;
    d.organisationId = pickers::currentId(m_organisation);
    d.category = m_history.organisations.value(d.organisationId).category;
    d.personId = pickers::currentId(m_person);
    d.period = {m_from->date(), m_ends->isChecked() ? m_to->date() : QDate()};
    d.actDate = m_actDate->date();
    d.actReference = m_actReference->text().trimmed();
    return d;
}

Problems DesignateDialog::problems() const
{
    const Designation d = designation();
    if (d.organisationId == 0 || d.personId == 0)
        return {Problem::refused(QStringLiteral("REQUIRED"),
                                 tr("Choose the organisation and its representative."))};
    return DesignationRules::problems(m_history, d);
}

} // namespace tavolo

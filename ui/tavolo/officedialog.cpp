#include "officedialog.h"

#include "pickers.h"
#include "problemview.h"

#include "core/rules/composition.h"
#include "core/rules/officerules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tavolo {

OfficeDialog::OfficeDialog(Mode mode, const History &history, QDate date, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_history(history)
    , m_office(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_from(new QDateEdit(date, this))
    , m_problems(new ProblemView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool delegating = mode == Mode::Delegate;
    setWindowTitle(delegating ? tr("Name a delegate") : tr("Assign an office"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(delegating ? tr("&Name delegate")
                                                                : tr("&Assign"));
    for (const Office o : Offices::all())
        if (!delegating || Offices::allowsDelegate(o))
            m_office->addItem(Offices::label(o), int(o));
    // Open on the first office nobody holds (or, delegating, without a delegate) that day,
    // and on no person: the clerk chooses one.
    const Composition composition = CompositionRules::compositionOn(history, date);
    for (const OfficeHolding &o : composition.offices)
        if (const int index = m_office->findData(int(o.office));
            index >= 0 && (delegating ? !o.delegation : !o.holder)) {
            m_office->setCurrentIndex(index);
            break;
        }
    pickers::fillAllPeople(m_person, history);
    m_person->insertItem(0, tr("— choose a person —"));
    m_person->setCurrentIndex(0);
    m_from->setCalendarPopup(true);
    m_office->setAccessibleName(tr("Office"));
    m_person->setAccessibleName(delegating ? tr("Delegate") : tr("Holder"));
    m_from->setAccessibleName(tr("From"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Office:"), m_office);
    form->addRow(delegating ? tr("&Delegate:") : tr("&Holder:"), m_person);
    form->addRow(tr("&From:"), m_from);
    connect(m_office, &QComboBox::currentIndexChanged, this, &OfficeDialog::check);
    connect(m_person, &QComboBox::currentIndexChanged, this, &OfficeDialog::check);
    connect(m_from, &QDateEdit::dateChanged, this, &OfficeDialog::check);
    if (delegating) {
        m_actDate = new QDateEdit(date, this);
        m_actDate->setCalendarPopup(true);
        m_actDate->setAccessibleName(tr("Act date"));
        m_actReference = new QLineEdit(this);
        m_actReference->setAccessibleName(tr("Act reference"));
        m_actReference->setPlaceholderText(tr("protocol number of the delegation act"));
        form->addRow(tr("Act da&te:"), m_actDate);
        form->addRow(tr("Act referen&ce:"), m_actReference);
        connect(m_actDate, &QDateEdit::dateChanged, this, &OfficeDialog::check);
        connect(m_actReference, &QLineEdit::textChanged, this, &OfficeDialog::check);
    }
    m_problems->reserveLines(3);
    form->addRow(m_problems);
    form->addRow(m_buttons);
    resize(540, sizeHint().height());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

OfficeTerm OfficeDialog::term() const
{
    OfficeTerm t;
    t.office = Office(m_office->currentData().toInt());
    t.personId = pickers::currentId(m_person);
    t.period = {m_from->date(), {}};
    return t;
}

Delegation OfficeDialog::delegation() const
{
    Delegation d;
    d.office = Office(m_office->currentData().toInt());
    d.delegateId = pickers::currentId(m_person);
    d.period = {m_from->date(), {}};
    if (m_actDate) {
        d.actDate = m_actDate->date();
        d.actReference = m_actReference->text().trimmed();
    }
    return d;
}

void OfficeDialog::check()
{
    Problems problems;
    if (pickers::currentId(m_person)) // nothing to say before a person is chosen
        problems = m_mode == Mode::Assign ? OfficeRules::assign(m_history, term()).problems()
                                          : OfficeRules::delegate(m_history, delegation()).problems();
    m_problems->setProblems(problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(pickers::currentId(m_person)
                                                         && !hasRefusal(problems));
}

} // namespace tavolo

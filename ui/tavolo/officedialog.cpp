#include "officedialog.h"

#include "core/rules/composition.h"
#include "core/rules/officerules.h"
#include "pickers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace tavolo {

OfficeDialog::OfficeDialog(Mode mode, const History &history, QDate date, QWidget *parent)
    : FormDialog(mode == Mode::Delegate ? tr("Name a delegate") : tr("Assign an office"),
                 mode == Mode::Delegate ? tr("&Name delegate") : tr("&Assign"), parent)
    , m_mode(mode)
    , m_history(history)
    , m_office(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_from(new QDateEdit(date, this))
{
    const bool delegating = mode == Mode::Delegate;
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

    QFormLayout *form = this->form();
    form->addRow(tr("&Office:"), m_office);
    form->addRow(delegating ? tr("&Delegate:") : tr("&Holder:"), m_person);
    form->addRow(tr("&From:"), m_from);
    watch(m_office);
    // Nothing to say before a person is chosen, and nothing to save either.
    watchQuietly(m_person, QStringLiteral("person"));
    watch(m_from);
    if (delegating) {
        m_actDate = new QDateEdit(date, this);
        m_actDate->setCalendarPopup(true);
        m_actDate->setAccessibleName(tr("Act date"));
        m_actReference = new QLineEdit(this);
        m_actReference->setObjectName(QStringLiteral("actReference"));
        m_actReference->setAccessibleName(tr("Act reference"));
        m_actReference->setPlaceholderText(tr("protocol number of the delegation act"));
        form->addRow(tr("Act da&te:"), m_actDate);
        form->addRow(tr("Act referen&ce:"), m_actReference);
        watch(m_actDate);
        watch(m_actReference);
    }
    resize(540, sizeHint().height());
    setCheck([this] { return problems(); });
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

Problems OfficeDialog::problems() const
{
    if (!pickers::currentId(m_person))
        return {Problem::refused(QStringLiteral("REQUIRED"),
                                 m_mode == Mode::Assign ? tr("Choose the holder.")
                                                        : tr("Choose the delegate."),
                                 QStringLiteral("person"))};
    return m_mode == Mode::Assign ? OfficeRules::assign(m_history, term()).problems()
                                  : OfficeRules::delegate(m_history, delegation()).problems();
}

} // namespace tavolo

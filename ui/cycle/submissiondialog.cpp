#include "submissiondialog.h"

#include "core/domain/clock.h"
#include "core/rules/ruletext.h"
#include "core/rules/submissionrules.h"
#include "ui/tavolo/pickers.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

namespace tavolo {

SubmissionDialog::SubmissionDialog(const History &history, const Call &call, QWidget *parent)
    : FormDialog(tr("Record a submission to %1").arg(call.title), tr("&Record"), parent)
    , m_history(history)
    , m_call(call)
    , m_form(new QComboBox(this))
    , m_organisation(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_received(new QDateTimeEdit(QDateTime(Clock::today(), QTime::currentTime()), this))
    , m_channel(new QComboBox(this))
    , m_protocol(new QLineEdit(this))
    , m_tables(new QListWidget(this))
    , m_contact(new QComboBox(this))
{
    for (const CallForm &f : call.forms)
        m_form->addItem(tr("%1 – %2 (by %3)").arg(f.form, f.title, RuleText::day(f.deadline)),
                        f.form);
    pickers::fillAllOrganisations(m_organisation, history);
    m_organisation->insertItem(0, tr("— a person on their own —"), qint64(0));
    m_organisation->setCurrentIndex(m_organisation->count() > 1 ? 1 : 0);
    pickers::fillAllPeople(m_person, history);
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    for (const Channel c : {Channel::Pec, Channel::Email, Channel::Hand, Channel::Post})
        m_channel->addItem(CycleTerms::channelLabel(c), int(c));
    m_protocol->setObjectName(QStringLiteral("protocol"));
    for (const qint64 t : call.tables)
        if (const PlanningTable *table = history.table(t)) {
            auto *item = new QListWidgetItem(table->name, m_tables);
            item->setData(Qt::UserRole, t);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    m_form->setAccessibleName(tr("Form"));
    m_organisation->setAccessibleName(tr("Body"));
    m_person->setAccessibleName(tr("Person"));
    m_received->setAccessibleName(tr("Received"));
    m_channel->setAccessibleName(tr("Channel"));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_tables->setAccessibleName(tr("Tables chosen"));
    m_contact->setAccessibleName(tr("Contact"));

    form()->addRow(tr("&Form:"), m_form);
    form()->addRow(tr("&Body:"), m_organisation);
    form()->addRow(tr("&Person:"), m_person);
    form()->addRow(tr("Recei&ved:"), m_received);
    form()->addRow(tr("C&hannel:"), m_channel);
    form()->addRow(tr("Pro&tocol:"), m_protocol);
    form()->addRow(tr("T&ables chosen:"), m_tables);
    form()->addRow(tr("C&ontact:"), m_contact);
    letFormGrow();
    senderChanged();

    connect(m_organisation, &QComboBox::currentIndexChanged, this,
            &SubmissionDialog::senderChanged);
    for (QWidget *field : {static_cast<QWidget *>(m_form), static_cast<QWidget *>(m_organisation),
                           static_cast<QWidget *>(m_person), static_cast<QWidget *>(m_received),
                           static_cast<QWidget *>(m_channel), static_cast<QWidget *>(m_tables),
                           static_cast<QWidget *>(m_contact)})
        watch(field);
    watchQuietly(m_protocol, QStringLiteral("protocol"));
    setCheck([this] { return SubmissionRules::receive(m_history, submission()).problems(); });
    resize(620, 560);
}

// A body's people first as its contact; a person on their own is their own contact.
void SubmissionDialog::senderChanged()
{
    const qint64 organisation = pickers::currentId(m_organisation);
    form()->setRowVisible(m_person, organisation == 0);
    pickers::fillRepresentatives(m_contact, m_history, organisation);
}

Submission SubmissionDialog::submission() const
{
    Submission s;
    s.callId = m_call.id;
    s.form = m_form->currentData().toString();
    if (const qint64 organisation = pickers::currentId(m_organisation))
        s.organisationId = organisation;
    else if (const qint64 person = pickers::currentId(m_person))
        s.personId = person;
    s.received = m_received->dateTime();
    s.channel = Channel(m_channel->currentData().toInt());
    s.protocol = m_protocol->text().trimmed();
    for (int i = 0; i < m_tables->count(); ++i)
        if (m_tables->item(i)->checkState() == Qt::Checked)
            s.tables << m_tables->item(i)->data(Qt::UserRole).toLongLong();
    if (const qint64 contact = pickers::currentId(m_contact))
        s.contactId = contact;
    return s;
}

} // namespace tavolo

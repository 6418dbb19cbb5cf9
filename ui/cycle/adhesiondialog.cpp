#include "adhesiondialog.h"

#include "core/domain/clock.h"
#include "core/rules/cyclerules.h"
#include "core/rules/ruletext.h"
#include "ui/tavolo/pickers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tavolo {

AdhesionDialog::AdhesionDialog(const History &history, qint64 cycleId, QWidget *parent)
    : FormDialog(tr("Record an adhesion to the programme agreement"), tr("&Record"), parent)
    , m_history(history)
    , m_cycle(cycleId)
    , m_organisation(new QComboBox(this))
    , m_record(new QLabel(this))
    , m_requested(new QDateEdit(Clock::today(), this))
    , m_actDate(new QDateEdit(Clock::today(), this))
    , m_actReference(new QLineEdit(this))
{
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setAccessibleName(tr("Body"));
    pickers::fillAllOrganisations(m_organisation, history);
    m_record->setObjectName(QStringLiteral("participationRecord"));
    m_record->setWordWrap(true);
    for (QDateEdit *d : {m_requested, m_actDate})
        d->setCalendarPopup(true);
    m_requested->setAccessibleName(tr("Requested on"));
    m_actDate->setAccessibleName(tr("Act date"));
    m_actReference->setAccessibleName(tr("Act"));
    m_actReference->setPlaceholderText(tr("empty until the act accepts it"));
    form()->addRow(tr("&Body:"), m_organisation);
    form()->addRow(QString(), m_record);
    form()->addRow(tr("Re&quested on:"), m_requested);
    form()->addRow(tr("&Act:"), m_actReference);
    form()->addRow(tr("Act &date:"), m_actDate);
    for (QWidget *field :
         {static_cast<QWidget *>(m_organisation), static_cast<QWidget *>(m_requested),
          static_cast<QWidget *>(m_actDate), static_cast<QWidget *>(m_actReference)})
        watch(field);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &AdhesionDialog::showRecord);
    m_actDate->setEnabled(false);
    connect(m_actReference, &QLineEdit::textChanged, this,
            [this](const QString &act) { m_actDate->setEnabled(!act.trimmed().isEmpty()); });
    setCheck([this] { return CycleRules::adhesionProblems(m_history, adhesion()); });
    showRecord();
    resize(560, 300);
}

// What R-M reads: the held meetings of the cycle's tables where someone of the body was present.
void AdhesionDialog::showRecord()
{
    const QList<Meeting> record =
        CycleRules::participationRecord(m_history, m_cycle, pickers::currentId(m_organisation));
    QStringList days;
    for (const Meeting &m : record)
        days << RuleText::day(m.date);
    m_record->setText(record.isEmpty()
                          ? tr("Present at no held meeting of the cycle's tables.")
                          : tr("Present at %n held meeting(s) of the cycle's tables: %1.", nullptr,
                               int(record.size()))
                                .arg(days.join(QStringLiteral(", "))));
}

Adhesion AdhesionDialog::adhesion() const
{
    Adhesion a;
    a.cycleId = m_cycle;
    a.organisationId = pickers::currentId(m_organisation);
    a.requested = m_requested->date();
    a.actReference = m_actReference->text().trimmed();
    if (!a.actReference.isEmpty())
        a.actDate = m_actDate->date();
    return a;
}

} // namespace tavolo

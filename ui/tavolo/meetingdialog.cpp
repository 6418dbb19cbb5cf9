#include "meetingdialog.h"

#include "core/rules/meetingrules.h"
#include "core/rules/minutesrules.h"
#include "core/rules/ruletext.h"
#include "pickers.h"
#include "problemview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>

namespace tavolo {

MeetingDialog::MeetingDialog(const History &history, QDate date, QWidget *parent)
    : FormDialog(tr("New meeting"), tr("&Create draft"), parent)
    , m_history(history)
    , m_kind(new QComboBox(this))
    , m_request(new QComboBox(this))
    , m_jointWith(new QLineEdit(this))
    , m_convenedBy(new QComboBox(this))
    , m_date(new QDateEdit(date, this))
    , m_time(new QTimeEdit(QTime(16, 30), this))
    , m_place(new QLineEdit(this))
    , m_link(new QLineEdit(this))
    , m_agenda(new QPlainTextEdit(this))
{
    m_jointWith->setObjectName(QStringLiteral("jointWith"));
    m_place->setObjectName(QStringLiteral("place"));
    m_link->setObjectName(QStringLiteral("onlineLink"));
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_kind->addItem(tr("Ordinary"), int(MeetingKind::Ordinary));
    m_kind->addItem(tr("Requested (answers a request to convene)"), int(MeetingKind::Requested));
    m_kind->addItem(tr("Joint session with other tables"), int(MeetingKind::Joint));
    for (const ConvocationRequest &r : history.requests)
        m_request->addItem(tr("Request of %1 (%n signatories)", nullptr, int(r.signatories.size()))
                               .arg(RuleText::day(r.date)),
                           r.id);
    for (const Office o : Offices::all())
        if (o != Office::PlanningOfficeHead)
            m_convenedBy->addItem(Offices::label(o), Offices::id(o));
    m_convenedBy->setAccessibleName(tr("Convened by"));
    m_date->setCalendarPopup(true);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_jointWith->setPlaceholderText(tr("the other tables, separated by semicolons"));
    m_link->setPlaceholderText(tr("https://… for an online meeting"));
    m_agenda->setPlaceholderText(tr("One agenda item per line"));
    m_agenda->setTabChangesFocus(true);
    m_kind->setAccessibleName(tr("Kind"));
    m_request->setAccessibleName(tr("Request answered"));
    m_jointWith->setAccessibleName(tr("Joint with"));
    m_date->setAccessibleName(tr("Date"));
    m_time->setAccessibleName(tr("Time"));
    m_place->setAccessibleName(tr("Place"));
    m_link->setAccessibleName(tr("Online link"));
    m_agenda->setAccessibleName(tr("Agenda"));

    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Request answered:"), m_request);
    form()->addRow(tr("&Joint with:"), m_jointWith);
    form()->addRow(tr("Con&vened by:"), m_convenedBy);
    form()->addRow(tr("&Date:"), m_date);
    form()->addRow(tr("&Time:"), m_time);
    form()->addRow(tr("&Place:"), m_place);
    form()->addRow(tr("Online &link:"), m_link);
    form()->addRow(tr("&Agenda:"), m_agenda);
    resize(600, 520);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingDialog::kindChanged);
    for (QWidget *field : {static_cast<QWidget *>(m_request), static_cast<QWidget *>(m_jointWith),
                           static_cast<QWidget *>(m_convenedBy), static_cast<QWidget *>(m_date),
                           static_cast<QWidget *>(m_agenda)})
        watch(field);
    problemView()->quietUntilEdited({QStringLiteral("place")});
    for (QLineEdit *where : {m_place, m_link})
        connect(where, &QLineEdit::textChanged, this, [this] {
            problemView()->edited(QStringLiteral("place"));
            recheck();
        });
    setCheck([this] { return MeetingRules::addProblems(m_history, meeting()); });
    connect(m_date, &QDateEdit::dateChanged, this, &MeetingDialog::proposeApproval);
    kindChanged();
    proposeApproval();
}

// The body's latest minutes awaiting approval are approved at its next meeting, usually as the
// first item (R-K): proposed, and replaced when the date changes, while the clerk has not
// touched that line.
void MeetingDialog::proposeApproval()
{
    const QString item = MinutesRules::approvalItem(m_history, m_body, m_date->date());
    QStringList lines = m_agenda->toPlainText().split(QLatin1Char('\n'));
    if (!m_proposed.isEmpty() && !lines.isEmpty() && lines.first() == m_proposed)
        lines.removeFirst();
    else if (lines.size() == 1 && lines.first().isEmpty())
        lines.clear();
    if (!item.isEmpty())
        lines.prepend(item);
    m_proposed = item;
    const QString text = lines.join(QLatin1Char('\n'));
    if (text != m_agenda->toPlainText())
        m_agenda->setPlainText(text);
}

void MeetingDialog::kindChanged()
{
    const auto kind = MeetingKind(m_kind->currentData().toInt());
    m_request->setEnabled(kind == MeetingKind::Requested);
    m_jointWith->setEnabled(kind == MeetingKind::Joint);
    m_convenedBy->setEnabled(kind == MeetingKind::Joint);
    recheck();
}

void MeetingDialog::answerRequest(qint64 requestId)
{
    m_kind->setCurrentIndex(m_kind->findData(int(MeetingKind::Requested)));
    pickers::selectId(m_request, requestId);
}

void MeetingDialog::forWorkingGroup(const WorkingGroup &group)
{
    forBody(MeetingBody::group(group.id), group.name);
}

void MeetingDialog::forPlanningTable(const PlanningTable &table)
{
    forBody(MeetingBody::table(table.id), table.name);
}

void MeetingDialog::forBody(const MeetingBody &body, const QString &name)
{
    m_body = body;
    setWindowTitle(tr("New meeting of %1").arg(name));
    okButton()->setText(tr("&Create meeting"));
    m_time->setTime(QTime(17, 0));
    // A group's or a planning table's meeting is ordinary, convened by the planning office
    // (R-I, R-L).
    for (QWidget *tavoloOnly :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_request),
          static_cast<QWidget *>(m_jointWith), static_cast<QWidget *>(m_convenedBy)})
        form()->setRowVisible(tavoloOnly, false);
    proposeApproval();
    adjustSize();
}

Meeting MeetingDialog::meeting() const
{
    Meeting m;
    m.body = m_body;
    m.kind = MeetingKind(m_kind->currentData().toInt());
    if (m.kind == MeetingKind::Requested && m_request->currentIndex() >= 0)
        m.requestId = pickers::currentId(m_request);
    if (m.kind == MeetingKind::Joint)
        for (const QString &t : m_jointWith->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty())
                m.jointWith << t.trimmed();
    m.date = m_date->date();
    m.time = m_time->time();
    m.place = m_place->text().trimmed();
    m.onlineLink = m_link->text().trimmed();
    for (const QString &line : m_agenda->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            m.agenda << line.trimmed();
    // The Tavolo's own meetings are convened by the planning office; joint sessions by the
    // ASL or the Mayors' President (R-G).
    m.convenedBy = m.kind == MeetingKind::Joint ? m_convenedBy->currentData().toString()
                                                : QStringLiteral("planning-office");
    return m;
}

} // namespace tavolo

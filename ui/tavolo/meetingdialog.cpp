#include "meetingdialog.h"

#include "pickers.h"
#include "problemview.h"

#include "core/rules/meetingrules.h"
#include "core/rules/ruletext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>

namespace tavolo {

MeetingDialog::MeetingDialog(const History &history, QDate date, QWidget *parent)
    : QDialog(parent)
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
    , m_problems(new ProblemView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New meeting"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create draft"));
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

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Request answered:"), m_request);
    form->addRow(tr("&Joint with:"), m_jointWith);
    form->addRow(tr("Con&vened by:"), m_convenedBy);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Time:"), m_time);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("Online &link:"), m_link);
    form->addRow(tr("&Agenda:"), m_agenda);
    m_problems->reserveLines(3);
    form->addRow(m_problems);
    form->addRow(m_buttons);
    resize(600, 520);

    const auto kindChanged = [this] {
        const auto kind = MeetingKind(m_kind->currentData().toInt());
        m_request->setEnabled(kind == MeetingKind::Requested);
        m_jointWith->setEnabled(kind == MeetingKind::Joint);
        m_convenedBy->setEnabled(kind == MeetingKind::Joint);
        check();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, kindChanged);
    connect(m_request, &QComboBox::currentIndexChanged, this, &MeetingDialog::check);
    connect(m_jointWith, &QLineEdit::textChanged, this, &MeetingDialog::check);
    connect(m_convenedBy, &QComboBox::currentIndexChanged, this, &MeetingDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &MeetingDialog::check);
    m_problems->quietUntilEdited({QStringLiteral("place")});
    for (QLineEdit *where : {m_place, m_link})
        connect(where, &QLineEdit::textChanged, this, [this] {
            m_problems->edited(QStringLiteral("place"));
            check();
        });
    connect(m_agenda, &QPlainTextEdit::textChanged, this, &MeetingDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
}

void MeetingDialog::answerRequest(qint64 requestId)
{
    m_kind->setCurrentIndex(m_kind->findData(int(MeetingKind::Requested)));
    pickers::selectId(m_request, requestId);
}

Meeting MeetingDialog::meeting() const
{
    Meeting m;
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

void MeetingDialog::check()
{
    const Problems problems = MeetingRules::addProblems(m_history, meeting());
    m_problems->setProblems(problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!hasRefusal(problems));
}

} // namespace tavolo

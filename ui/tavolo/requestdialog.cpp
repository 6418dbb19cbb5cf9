#include "requestdialog.h"

#include "core/rules/composition.h"
#include "core/rules/requestrules.h"
#include "pickers.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>

namespace tavolo {

RequestDialog::RequestDialog(const History &history, QDate date, QWidget *parent)
    : FormDialog(tr("Record a request to convene"), tr("&Record request"), parent)
    , m_history(history)
    , m_date(new QDateEdit(date, this))
    , m_signatories(new QListWidget(this))
    , m_indicator(new QLabel(this))
    , m_motivation(new QPlainTextEdit(this))
{
    m_date->setCalendarPopup(true);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setAccessibleName(tr("Date of the request"));
    m_signatories->setObjectName(QStringLiteral("signatories"));
    m_signatories->setAccessibleName(tr("Signatories"));
    m_indicator->setObjectName(QStringLiteral("indicator"));
    m_indicator->setAccessibleName(tr("Signatories against the threshold"));
    QFont bold = m_indicator->font();
    bold.setBold(true);
    m_indicator->setFont(bold);
    m_motivation->setObjectName(QStringLiteral("motivation"));
    m_motivation->setAccessibleName(tr("Motivation"));
    m_motivation->setTabChangesFocus(true);
    m_motivation->setPlaceholderText(tr("why the signatories ask to convene the Tavolo"));
    m_motivation->setMaximumHeight(90);

    QFormLayout *form = this->form();
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Signatories\n(representatives in office):"), m_signatories);
    form->addRow(QString(), m_indicator);
    form->addRow(tr("&Motivation:"), m_motivation);
    letFormGrow(); // the checklist of the signatories
    resize(600, 560);

    // The signatories are those in office on the request's date: refilled before the check.
    connect(m_date, &QDateEdit::dateChanged, this, &RequestDialog::fillSignatories);
    for (QWidget *field : std::initializer_list<QWidget *> {m_date, m_signatories, m_motivation})
        watch(field);
    fillSignatories();
    setCheck([this] { return problems(); });
}

void RequestDialog::fillSignatories()
{
    const QList<qint64> keep = pickers::checkedIds(m_signatories);
    const QSignalBlocker block(m_signatories);
    const Composition c = CompositionRules::compositionOn(m_history, m_date->date());
    pickers::fillChecklist(m_signatories, m_history, c.representatives());
    for (int i = 0; i < m_signatories->count(); ++i)
        if (keep.contains(m_signatories->item(i)->data(Qt::UserRole).toLongLong()))
            m_signatories->item(i)->setCheckState(Qt::Checked);
}

ConvocationRequest RequestDialog::request() const
{
    ConvocationRequest r;
    r.date = m_date->date();
    r.signatories = pickers::checkedIds(m_signatories);
    r.motivation = m_motivation->toPlainText().trimmed();
    return r;
}

QString RequestDialog::indicatorText() const
{
    return m_indicator->text();
}

// The rules' answer, and the count of signatures against the threshold above it.
Problems RequestDialog::problems() const
{
    const ConvocationRequest r = request();
    const auto count = RequestRules::count(m_history, r.date, int(r.signatories.size()));
    m_indicator->setText(tr("%1 of %2 — threshold %3: %4")
                             .arg(count.signatories)
                             .arg(count.representatives)
                             .arg(count.threshold)
                             .arg(count.enough() ? tr("valid") : tr("not enough")));
    m_indicator->setStyleSheet(count.enough() ? QStringLiteral("color:#1b5e20")
                                              : QStringLiteral("color:#b00020"));
    return RequestRules::problems(m_history, r);
}

} // namespace tavolo

#include "decidedialog.h"

#include "core/domain/clock.h"
#include "core/rules/cyclerules.h"
#include "core/rules/submissionrules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace tavolo {

DecideDialog::DecideDialog(const History &history, const Submission &submission, QWidget *parent)
    : FormDialog(tr("Decide a late submission"), tr("&Decide"), parent)
    , m_history(history)
    , m_submission(submission)
    , m_decision(new QComboBox(this))
    , m_date(new QDateEdit(qMax(Clock::today(), submission.received.date()), this))
    , m_reason(new QPlainTextEdit(this))
{
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->addItem(tr("Admitted"), true);
    m_decision->addItem(tr("Not admitted"), false);
    m_decision->setAccessibleName(tr("Decision"));
    m_date->setObjectName(QStringLiteral("decidedOn"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Decided on"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why it is admitted or not, as the register will print it"));
    auto *what = new QLabel(SubmissionRules::describe(history, submission), this);
    what->setWordWrap(true);
    QStringList tables;
    for (const qint64 t : submission.tables)
        tables << CycleRules::tableName(history, t);
    auto *effect = new QLabel(tables.isEmpty()
                                  ? tr("No tables were chosen: admitting it adds no participant.")
                                  : tr("If admitted, its contact takes part in %1 from the day of "
                                       "the decision.")
                                        .arg(tables.join(QStringLiteral(", "))),
                              this);
    effect->setWordWrap(true);
    form()->addRow(tr("Submission:"), what);
    form()->addRow(tr("Dec&ision:"), m_decision);
    form()->addRow(tr("Decided &on:"), m_date);
    form()->addRow(tr("&Reason:"), m_reason);
    form()->addRow(effect);
    watch(m_decision);
    watch(m_date);
    watchQuietly(m_reason, QStringLiteral("reason"));
    setCheck([this] {
        return SubmissionRules::decideProblems(m_history, m_submission.id, date(), reason());
    });
    resize(560, 360);
}

bool DecideDialog::admit() const
{
    return m_decision->currentData().toBool();
}

QDate DecideDialog::date() const
{
    return m_date->date();
}

QString DecideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace tavolo

#include "importcheckpage.h"

#include "core/operations/registerimport.h"
#include "importwizard.h"

#include <QColor>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace tavolo {

namespace {

QListWidgetItem *problemItem(const QString &text, Severity severity)
{
    auto *item = new QListWidgetItem(text);
    item->setForeground(severity == Severity::Refused ? QColor(0xb0, 0x00, 0x20)
                                                      : QColor(0x8a, 0x5a, 0x00));
    return item;
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
{
    setTitle(tr("Check the records"));
    setSubTitle(tr("Every record is checked before anything is written: the file is imported "
                   "whole, or not at all."));
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setWordWrap(true);
    m_problems->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    setFinalPage(true);
}

void ImportCheckPage::initializePage()
{
    m_problems->clear();
    m_ready = false;
    const auto report = RegisterImport(m_wizard->archive(), m_wizard->kind())
                            .check(m_wizard->bytes(), m_wizard->overrides());
    if (!report) {
        // The file as a whole cannot be read this way (the mapping): go back and change it.
        m_summary->setText(tr("The columns cannot be read this way: go back and change them."));
        for (const Problem &p : report.problems())
            m_problems->addItem(
                problemItem(QStringLiteral("%1 (%2)").arg(p.message, p.rule), p.severity));
        emit completeChanged();
        return;
    }
    const ImportReport &r = report.value();
    for (const ImportRowReport &row : r.rows)
        for (const Problem &p : row.problems)
            m_problems->addItem(problemItem(
                tr("Line %1 (%2): %3 (%4)").arg(row.line).arg(row.label, p.message, p.rule),
                p.severity));
    const int total = int(r.rows.size());
    if (r.hasRefusals()) {
        m_summary->setText(tr("%1 of %n record(s) have problems: correct the file and choose it "
                              "again. Nothing has been written.",
                              nullptr, total)
                               .arg(r.refusedRows()));
    } else {
        m_ready = total > 0;
        m_summary->setText(total == 0 ? tr("The file holds no records to import.")
                                      : tr("%n record(s) ready to import. Choose Import to "
                                           "write them.",
                                           nullptr, total));
    }
    if (m_problems->count() == 0)
        m_problems->addItem(tr("No problems found."));
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_ready;
}

bool ImportCheckPage::validatePage()
{
    // The same check again inside the transaction: the archive may have changed meanwhile.
    const auto report = RegisterImport(m_wizard->archive(), m_wizard->kind())
                            .run(m_wizard->bytes(), m_wizard->overrides());
    if (report && report.value().written) {
        m_wizard->setImportedCount(int(report.value().rows.size()));
        return true;
    }
    initializePage(); // show what stands in the way now
    if (!report)
        for (const Problem &p : report.problems())
            m_problems->addItem(
                problemItem(QStringLiteral("%1 (%2)").arg(p.message, p.rule), p.severity));
    return false;
}

QString ImportCheckPage::summary() const
{
    return m_summary->text();
}

QStringList ImportCheckPage::problemLines() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out << m_problems->item(i)->text();
    return out;
}

} // namespace tavolo

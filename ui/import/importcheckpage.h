#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace tavolo {

class ImportWizard;

// Step 3: the dry run (RegisterImport::check, as `tavolo-cli import --dry-run`): every record's
// problems by line. Import (Finish) stays disabled while any record is refused; it writes all
// records in one transaction or none.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QString summary() const;
    QStringList problemLines() const;

private:
    ImportWizard *m_wizard;
    QLabel *m_summary;
    QListWidget *m_problems;
    bool m_ready = false;
};

} // namespace tavolo

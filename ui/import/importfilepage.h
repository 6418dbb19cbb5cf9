#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace tavolo {

class ImportWizard;

// Step 1: the CSV file, and how it was read (encoding, separator, how many records).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    void setPath(const QString &path);
    QString info() const; // what the clerk reads about the file

private:
    void browse();
    void load();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_info;
};

} // namespace tavolo

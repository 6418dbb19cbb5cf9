#pragma once

#include <QWizardPage>

class QComboBox;
class QGridLayout;

namespace tavolo {

class ImportWizard;

// Step 2: which field each column feeds, prefilled by ColumnMapping's automatic recognition of
// Italian and English headers; any column can be ignored.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    QStringList overrides() const; // "column=field", "column=-" for an ignored column
    QList<QComboBox *> combos() const { return m_combos; }

private:
    static QString fieldLabel(const QString &field);
    ImportWizard *m_wizard;
    QGridLayout *m_grid;
    QList<QComboBox *> m_combos;
    QStringList m_header;
};

} // namespace tavolo

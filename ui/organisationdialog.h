#pragma once

#include "core/domain/organisation.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace tavolo {

class FieldMessages;

// Adds or edits an organisation of the register. Checks the fields as the clerk types with the
// domain's own rules (OK stays disabled while one refuses); on OK hands the record to `save`,
// and keeps the dialog open showing what the archive refused (e.g. a duplicate tax code).
class OrganisationDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns the archive's refusals; empty when the record was saved.
    using Save = std::function<Problems(const Organisation &)>;

    OrganisationDialog(const Organisation &organisation, Save save, QWidget *parent = nullptr);

    Organisation organisation() const; // as entered, with the id it was opened with

    void accept() override;

private:
    void validate();
    void fieldEdited(const QString &field);

    Organisation m_initial;
    Save m_save;
    Problems m_storeProblems;
    FieldMessages *m_messages;
    QLineEdit *m_name;
    QComboBox *m_category;
    QLineEdit *m_taxCode;
    QComboBox *m_runtsSection;
    QLineEdit *m_runtsNumber;
    QLineEdit *m_comune;
    QLineEdit *m_address;
    QLineEdit *m_pec;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_notes;
    QCheckBox *m_active;
    QDialogButtonBox *m_buttons;
};

} // namespace tavolo

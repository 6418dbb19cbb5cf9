#pragma once

#include "core/domain/organisation.h"
#include "core/domain/person.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace tavolo {

class FieldMessages;

// Adds or edits a person of the register, with the organisation they belong to (if any).
// Checks the fields as the clerk types (OK stays disabled while a rule refuses); on OK hands
// the record to `save` and keeps the dialog open showing what the archive refused.
class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Problems(const Person &)>;

    PersonDialog(const Person &person, const QList<Organisation> &organisations, Save save,
                 QWidget *parent = nullptr);

    Person person() const; // as entered, with the id it was opened with

    void accept() override;

private:
    void validate();
    void fieldEdited(const QString &field);

    Person m_initial;
    Save m_save;
    Problems m_storeProblems;
    FieldMessages *m_messages;
    QLineEdit *m_givenName;
    QLineEdit *m_familyName;
    QLineEdit *m_taxCode;
    QComboBox *m_organisation;
    QLineEdit *m_email;
    QLineEdit *m_pec;
    QLineEdit *m_phone;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace tavolo

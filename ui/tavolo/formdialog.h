#pragma once

#include "core/domain/problem.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QPushButton;
class QVBoxLayout;

namespace tavolo {

class ProblemView;

// A small action dialog: a form, the rules' answer in words under it, re-checked whenever a
// field changes (call watch() on each), and OK disabled while the answer is a refusal. Used
// as it is by the pages for their small actions, and as the base of the Tavolo's own dialogs.
// It opens on its first field; Tab goes through the fields in the order they were made, then
// the answer and the buttons.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(const QString &title, const QString &okText, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    void addBody(QWidget *widget); // below the form, taking the dialog's spare height
    void letFormGrow(); // the form takes the spare height: a list among its fields grows
    void setCheck(std::function<Problems()> check);
    void watch(QWidget *field); // re-check when this field changes
    // watch(), and the problems naming `problemField` stay unsaid until the clerk changes the
    // field: an empty required field is no error before the clerk gets to it. OK stays
    // disabled all the same while they refuse.
    void watchQuietly(QWidget *field, const QString &problemField);
    ProblemView *problemView() const { return m_problems; }
    QPushButton *okButton() const;

public slots:
    void recheck();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onChange(QWidget *field, const std::function<void()> &changed);
    void focusFirstField();
    void removeStretch();

    QFormLayout *m_form;
    QVBoxLayout *m_layout;
    ProblemView *m_problems;
    QDialogButtonBox *m_buttons;
    std::function<Problems()> m_check;
    bool m_opened = false;
};

} // namespace tavolo

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
// field changes (call watch() on each), and OK disabled while the answer is a refusal.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(const QString &title, const QString &okText, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    void addBody(QWidget *widget); // below the form, taking the dialog's spare height
    void setCheck(std::function<Problems()> check);
    void watch(QWidget *field); // re-check when this field changes
    ProblemView *problemView() const { return m_problems; }
    QPushButton *okButton() const;

public slots:
    void recheck();

private:
    QFormLayout *m_form;
    QVBoxLayout *m_layout;
    ProblemView *m_problems;
    QDialogButtonBox *m_buttons;
    std::function<Problems()> m_check;
};

} // namespace tavolo

#include "formdialog.h"

#include "problemview.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tavolo {

FormDialog::FormDialog(const QString &title, const QString &okText, QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problems(new ProblemView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->reserveLines(3);
    okButton()->setText(okText);
    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(m_form);
    m_layout->addWidget(m_problems);
    m_layout->addStretch();
    m_layout->addWidget(m_buttons);
    setMinimumWidth(520);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FormDialog::addBody(QWidget *widget)
{
    // The body takes the spare height the stretch before the buttons had.
    if (QLayoutItem *last = m_layout->itemAt(m_layout->count() - 2); last && last->spacerItem())
        delete m_layout->takeAt(m_layout->count() - 2);
    m_layout->insertWidget(m_layout->count() - 2, widget, 1);
}

QPushButton *FormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FormDialog::setCheck(std::function<Problems()> check)
{
    m_check = std::move(check);
    recheck();
}

void FormDialog::watch(QWidget *field)
{
    if (auto *w0 = qobject_cast<QComboBox *>(field))
        connect(w0, &QComboBox::currentIndexChanged, this, &FormDialog::recheck);
    else if (auto *w1 = qobject_cast<QDateTimeEdit *>(field))
        connect(w1, &QDateTimeEdit::dateTimeChanged, this, &FormDialog::recheck);
    else if (auto *w2 = qobject_cast<QLineEdit *>(field))
        connect(w2, &QLineEdit::textChanged, this, &FormDialog::recheck);
    else if (auto *w3 = qobject_cast<QPlainTextEdit *>(field))
        connect(w3, &QPlainTextEdit::textChanged, this, &FormDialog::recheck);
    else if (auto *w4 = qobject_cast<QAbstractButton *>(field))
        connect(w4, &QAbstractButton::toggled, this, &FormDialog::recheck);
    else if (auto *w5 = qobject_cast<QSpinBox *>(field))
        connect(w5, &QSpinBox::valueChanged, this, &FormDialog::recheck);
    else if (auto *w6 = qobject_cast<QListWidget *>(field))
        connect(w6, &QListWidget::itemChanged, this, &FormDialog::recheck);
    else if (auto *w7 = qobject_cast<QTableWidget *>(field))
        connect(w7, &QTableWidget::cellChanged, this, &FormDialog::recheck);
}

void FormDialog::recheck()
{
    const Problems problems = m_check ? m_check() : Problems{};
    m_problems->setProblems(problems);
    okButton()->setEnabled(!hasRefusal(problems));
}

} // namespace tavolo

#include "formdialog.h"

#include "problemview.h"
#include "ui/fieldlimits.h"

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

// The stretch before the buttons holds the dialog's spare height until something takes it.
void FormDialog::removeStretch()
{
    if (QLayoutItem *last = m_layout->itemAt(m_layout->count() - 2); last && last->spacerItem())
        delete m_layout->takeAt(m_layout->count() - 2);
}

void FormDialog::addBody(QWidget *widget)
{
    removeStretch();
    m_layout->insertWidget(m_layout->count() - 2, widget, 1);
}

void FormDialog::letFormGrow()
{
    removeStretch();
    m_layout->setStretchFactor(m_form, 1);
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
    onChange(field, [this] { recheck(); });
}

void FormDialog::watchQuietly(QWidget *field, const QString &problemField)
{
    m_problems->addQuietField(problemField);
    onChange(field, [this, problemField] {
        m_problems->edited(problemField);
        recheck();
    });
}

void FormDialog::onChange(QWidget *field, const std::function<void()> &changed)
{
    if (auto *w0 = qobject_cast<QComboBox *>(field))
        connect(w0, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *w1 = qobject_cast<QDateTimeEdit *>(field))
        connect(w1, &QDateTimeEdit::dateTimeChanged, this, changed);
    else if (auto *w2 = qobject_cast<QLineEdit *>(field))
        connect(w2, &QLineEdit::textChanged, this, changed);
    else if (auto *w3 = qobject_cast<QPlainTextEdit *>(field))
        connect(w3, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *w4 = qobject_cast<QAbstractButton *>(field))
        connect(w4, &QAbstractButton::toggled, this, changed);
    else if (auto *w5 = qobject_cast<QSpinBox *>(field))
        connect(w5, &QSpinBox::valueChanged, this, changed);
    else if (auto *w6 = qobject_cast<QListWidget *>(field))
        connect(w6, &QListWidget::itemChanged, this, changed);
    else if (auto *w7 = qobject_cast<QTableWidget *>(field))
        connect(w7, &QTableWidget::cellChanged, this, changed);
}

void FormDialog::showEvent(QShowEvent *event)
{
    if (!m_opened) {
        m_opened = true;
        // Every dialog names its text editors after the fields they fill, so each stops at
        // the length the archive takes (once: a QPlainTextEdit gets a connection).
        FieldLimits::applyByName(this);
        focusFirstField();
    }
    QDialog::showEvent(event);
}

// The answer and the buttons are made in the constructor, before the fields, so they come
// first in the focus chain: Qt would open the dialog on OK. The chain is a ring, so Tab still
// goes from the last field to the answer and the buttons, then back to the first field; only
// the start is set here.
void FormDialog::focusFirstField()
{
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (w != m_problems && !m_buttons->isAncestorOf(w) && isAncestorOf(w) && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void FormDialog::recheck()
{
    const Problems problems = m_check ? m_check() : Problems {};
    m_problems->setProblems(problems);
    okButton()->setEnabled(!hasRefusal(problems));
}

} // namespace tavolo

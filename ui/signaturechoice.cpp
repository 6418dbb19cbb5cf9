#include "signaturechoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QVBoxLayout>

namespace tavolo {

namespace {
const QString kSignature = QStringLiteral("signature");
const QString kToSignatory = QStringLiteral("lettersToSignatory");
} // namespace

SignatureChoice::SignatureChoice(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_toSignatory(new QCheckBox(tr("The signatory also receives a letter"), this))
{
    m_mode->setObjectName(kSignature);
    m_mode->setAccessibleName(tr("How the letters are signed"));
    // The program signs nothing: either the signature is printed in place of a handwritten
    // one, or the office signs the exported PDFs with its own tool.
    m_mode->addItem(tr("Printed in place of a handwritten signature (D.Lgs. 39/1993, art. 3)"),
                    QStringLiteral("printed"));
    m_mode->addItem(tr("Digital, applied afterwards with the office's signing tool"),
                    QStringLiteral("digital"));
    // The long choices do not set the form's width: the list opens as wide as they need, and
    // the tooltip gives the whole text.
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(28);
    m_mode->setToolTip(m_mode->currentText());
    connect(m_mode, &QComboBox::currentTextChanged, m_mode, &QComboBox::setToolTip);
    m_toSignatory->setObjectName(kToSignatory);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_toSignatory);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SignatureChoice::changed);
    connect(m_toSignatory, &QCheckBox::toggled, this, &SignatureChoice::changed);
}

QMap<QString, QString> SignatureChoice::values() const
{
    return {
        {kSignature, m_mode->currentData().toString()},
        {kToSignatory, m_toSignatory->isChecked() ? QStringLiteral("yes") : QStringLiteral("no")}};
}

void SignatureChoice::setValues(const QMap<QString, QString> &values)
{
    const QSignalBlocker blockMode(m_mode);
    const QSignalBlocker blockBox(m_toSignatory);
    const int index = m_mode->findData(values.value(kSignature));
    m_mode->setCurrentIndex(index < 0 ? 0 : index);
    m_toSignatory->setChecked(values.value(kToSignatory) == QLatin1String("yes"));
}

} // namespace tavolo

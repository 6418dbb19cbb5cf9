#include "fieldmessages.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace tavolo {

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

FieldMessages::FieldMessages(QWidget *dialog)
    : QObject(dialog)
    , m_general(messageLabel(dialog))
{
    m_general->setObjectName(QStringLiteral("generalMessage"));
}

QWidget *FieldMessages::wrap(const QString &field, QWidget *editor)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    QLabel *label = messageLabel(box);
    label->setObjectName(field + QStringLiteral("Message"));
    layout->addWidget(label);
    m_labels.insert(field, label);
    m_editors.insert(field, editor);
    return box;
}

void FieldMessages::touchAll()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        m_touched.insert(it.key());
}

void FieldMessages::show(const Problems &ruleProblems, const Problems &storeProblems)
{
    QHash<QString, QString> byField;
    QStringList general;
    for (const Problem &p : storeProblems) {
        if (m_labels.contains(p.field) && !byField.contains(p.field))
            byField.insert(p.field, p.message);
        else if (!m_labels.contains(p.field))
            general << p.message;
    }
    for (const Problem &p : ruleProblems) {
        if (m_labels.contains(p.field) && m_touched.contains(p.field) && !byField.contains(p.field))
            byField.insert(p.field, p.message);
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        showText(it.value(), byField.value(it.key()));
    showText(m_general, general.join(QLatin1Char('\n')));
}

} // namespace tavolo

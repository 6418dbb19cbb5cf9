#include "fieldmessages.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace tavolo {

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->hide();
    return label;
}

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    // Word wrap only while shown: a hidden word-wrapping label still gives its box a
    // height-for-width, which makes the form row taller than its field and misaligns the label.
    label->setWordWrap(!text.isEmpty());
    label->setVisible(!text.isEmpty());
}

} // namespace

FieldMessages::FieldMessages(QWidget *dialog)
    : QObject(dialog)
    , m_general(messageLabel(dialog))
{
    m_general->setObjectName(QStringLiteral("generalMessage"));
}

void FieldMessages::addRow(QFormLayout *form, const QString &label, const QString &field,
                           QWidget *editor)
{
    auto *box = new QWidget(editor->parentWidget());
    // Never taller than editor + message: spare height must not open gaps between rows.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    QLabel *message = messageLabel(box);
    message->setObjectName(field + QStringLiteral("Message"));
    layout->addWidget(message);
    form->addRow(label, box);
    m_labels.insert(field, message);
    m_editors.insert(field, editor);
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

bool FieldMessages::accepted(const Problems &ruleProblems, const std::function<Problems()> &save,
                             Problems &storeProblems, const std::function<void()> &revalidate)
{
    touchAll();
    revalidate();
    if (hasRefusal(ruleProblems))
        return false;
    if (!save)
        return true;
    storeProblems = save();
    if (!hasRefusal(storeProblems))
        return true;
    revalidate();
    if (QWidget *editor = editorOf(storeProblems.first().field))
        editor->setFocus();
    return false;
}

} // namespace tavolo

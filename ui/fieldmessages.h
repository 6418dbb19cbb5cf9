#pragma once

#include "core/domain/problem.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

namespace tavolo {

// The messages of a record dialog: a line under each checked field saying what is wrong with
// it as the clerk types, and one line for refusals that name no field. A rule's message shows
// once the clerk has touched the field (an empty form does not start out scolding); a refusal
// from the archive on saving shows at once.
class FieldMessages : public QObject
{
    Q_OBJECT
public:
    explicit FieldMessages(QWidget *dialog);

    // Adds the row `label` / `editor` to `form`, with the field's message under the editor
    // (shown only while there is one). `field` is the Problem::field name (e.g. "taxCode"); the
    // message label is named "<field>Message" (tests find it).
    void addRow(QFormLayout *form, const QString &label, const QString &field, QWidget *editor);
    QLabel *generalLabel() const { return m_general; }

    void touch(const QString &field) { m_touched.insert(field); }
    void touchAll();
    void show(const Problems &ruleProblems, const Problems &storeProblems);
    QWidget *editorOf(const QString &field) const { return m_editors.value(field); }

    // The end of a record dialog's accept(), shared by the register dialogs: every message
    // shown; nothing the rules refuse; then `save` (when given), whose refusal is kept in
    // `storeProblems`, shown by `revalidate` and focused. True when the dialog may close.
    bool accepted(const Problems &ruleProblems, const std::function<Problems()> &save,
                  Problems &storeProblems, const std::function<void()> &revalidate);

private:
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
    QSet<QString> m_touched;
    QLabel *m_general;
};

} // namespace tavolo

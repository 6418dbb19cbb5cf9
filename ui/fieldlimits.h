#pragma once

#include <QString>

class QWidget;

namespace tavolo::FieldLimits {

// A dialog's text fields stop at the length the archive takes for them (TextLimits, the same
// numbers the one door of text into the archive checks), instead of letting the clerk type or
// paste a text that is refused only on saving. A QLineEdit gets it as its maxLength (never
// raised above a shorter one the dialog set); a QPlainTextEdit cuts what goes past it.

// The field `editor` edits is named as the records name it ("givenName", "notes", "value").
void apply(QWidget *editor, const QString &field);

// apply() on every QLineEdit and QPlainTextEdit of `dialog` that has an object name: the
// register dialogs name their editors after their fields.
void applyByName(QWidget *dialog);

} // namespace tavolo::FieldLimits

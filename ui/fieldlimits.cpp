#include "fieldlimits.h"

#include "core/domain/textlimits.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace tavolo::FieldLimits {

void apply(QWidget *editor, const QString &field)
{
    const int limit = TextLimits::forColumn(TextLimits::columnOf(field));
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setMaxLength(qMin(line->maxLength(), limit));
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        QObject::connect(text, &QPlainTextEdit::textChanged, text, [text, limit] {
            // A position of the document counts one per character and one per line break,
            // as the stored text does.
            if (text->document()->characterCount() - 1 <= limit)
                return;
            QTextCursor cursor(text->document());
            cursor.setPosition(limit);
            cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
        });
    }
}

void applyByName(QWidget *dialog)
{
    for (QLineEdit *line : dialog->findChildren<QLineEdit *>()) {
        if (!line->objectName().isEmpty())
            apply(line, line->objectName());
    }
    for (QPlainTextEdit *text : dialog->findChildren<QPlainTextEdit *>()) {
        if (!text->objectName().isEmpty())
            apply(text, text->objectName());
    }
}

} // namespace tavolo::FieldLimits

#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

namespace tavolo::documents {

// The editable text of the convocation letter: HTML with placeholders.
//   {{name}}                 a value, already HTML (the renderer escapes plain text)
//   {{#flag}} … {{/flag}}    kept only when flag is true (e.g. guest, requested, joint)
//   {{^flag}} … {{/flag}}    kept only when flag is false
// The clerk edits it in the GUI; validate() tells which placeholders are unknown, so a typo
// is reported before 20 letters go out with "{{dat}}" in them.
class LetterTemplate
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)

public:
    explicit LetterTemplate(QString html = {})
        : m_html(std::move(html))
    { }

    // The Italian default shipped in resources/documents/convocation_it.html.
    static LetterTemplate italianDefault();
    // Reads a template the clerk saved; refused when unreadable.
    static Result<LetterTemplate> fromFile(const QString &path);

    const QString &html() const { return m_html; }

    // Every {{…}} name used, sections included.
    QSet<QString> placeholders() const;
    // Problems for unknown placeholders and unbalanced sections (rule TEMPLATE).
    Problems validate(const QSet<QString> &knownValues, const QSet<QString> &knownFlags) const;

    // Fills the template. Unknown values become empty text; sections follow the flags.
    QString fill(const QHash<QString, QString> &htmlValues,
                 const QHash<QString, bool> &flags) const;

private:
    QString m_html;
};

} // namespace tavolo::documents

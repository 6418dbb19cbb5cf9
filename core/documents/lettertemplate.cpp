#include "lettertemplate.h"

#include <QFile>
#include <QRegularExpression>

namespace tavolo::documents {

namespace {

const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\{\\{\\s*([#^/]?)\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\}\\}"));
    return re;
}

} // namespace

LetterTemplate LetterTemplate::italianDefault()
{
    QFile file(QStringLiteral(":/documents/convocation_it.html"));
    if (!file.open(QIODevice::ReadOnly))
        return LetterTemplate(); // cannot happen: compiled into the library
    return LetterTemplate(QString::fromUtf8(file.readAll()));
}

Result<LetterTemplate> LetterTemplate::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<LetterTemplate>::refused(Problem::refused(
            QStringLiteral("TEMPLATE"),
            tr("Cannot read the letter template %1: %2").arg(path, file.errorString())));
    return Result<LetterTemplate>::ok(LetterTemplate(QString::fromUtf8(file.readAll())));
}

QSet<QString> LetterTemplate::placeholders() const
{
    QSet<QString> names;
    auto it = tagPattern().globalMatch(m_html);
    while (it.hasNext())
        names.insert(it.next().captured(2));
    return names;
}

Problems LetterTemplate::validate(const QSet<QString> &knownValues,
                                  const QSet<QString> &knownFlags) const
{
    Problems problems;
    QStringList open;
    auto it = tagPattern().globalMatch(m_html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString kind = m.captured(1);
        const QString name = m.captured(2);
        if (kind.isEmpty()) {
            if (!knownValues.contains(name))
                problems << Problem::refused(
                    QStringLiteral("TEMPLATE"),
                    tr("The template uses an unknown placeholder {{%1}}.").arg(name));
        } else if (kind == QLatin1String("/")) {
            if (open.isEmpty() || open.constLast() != name)
                problems << Problem::refused(
                    QStringLiteral("TEMPLATE"),
                    tr("The section {{/%1}} closes nothing that is open.").arg(name));
            else
                open.removeLast();
        } else {
            if (!knownFlags.contains(name))
                problems << Problem::refused(
                    QStringLiteral("TEMPLATE"),
                    tr("The template uses an unknown section {{%1%2}}.").arg(kind, name));
            open << name;
        }
    }
    for (const QString &name : std::as_const(open))
        problems << Problem::refused(QStringLiteral("TEMPLATE"),
                                     tr("The section {{#%1}} is never closed.").arg(name));
    return problems;
}

QString LetterTemplate::fill(const QHash<QString, QString> &htmlValues,
                             const QHash<QString, bool> &flags) const
{
    // One pass over the tags: text and values are written while every open section is kept
    // ({{#flag}} when the flag is true, {{^flag}} when it is false). The template is valid
    // (validate()); a stray closing tag closes nothing.
    QString out;
    out.reserve(m_html.size() * 2);
    QList<bool> keeping; // one entry per open section
    int dropped = 0; // open sections whose text is left out
    qsizetype last = 0;
    auto it = tagPattern().globalMatch(m_html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (dropped == 0)
            out += QStringView(m_html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QStringView kind = m.capturedView(1);
        if (kind.isEmpty()) {
            if (dropped == 0)
                out += htmlValues.value(m.captured(2));
        } else if (kind == QLatin1String("/")) {
            if (!keeping.isEmpty() && !keeping.takeLast())
                --dropped;
        } else {
            const bool keep = (kind == QLatin1String("#")) == flags.value(m.captured(2), false);
            keeping << keep;
            if (!keep)
                ++dropped;
        }
    }
    if (dropped == 0)
        out += QStringView(m_html).mid(last);
    return out;
}

} // namespace tavolo::documents

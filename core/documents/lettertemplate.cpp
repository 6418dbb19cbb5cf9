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

// Removes or keeps each section; innermost first, so nested sections of different names work.
QString resolveSections(QString text, const QHash<QString, bool> &flags)
{
    static const QRegularExpression innermost(
        QStringLiteral("\\{\\{\\s*([#^])\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\}\\}"
                       "((?:(?!\\{\\{\\s*[#^]).)*?)"
                       "\\{\\{\\s*/\\s*\\2\\s*\\}\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    for (;;) {
        const QRegularExpressionMatch m = innermost.match(text);
        if (!m.hasMatch())
            return text;
        const bool flag = flags.value(m.captured(2), false);
        const bool keep = (m.captured(1) == QLatin1String("#")) == flag;
        text.replace(m.capturedStart(), m.capturedLength(), keep ? m.captured(3) : QString());
    }
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
    const QString sectioned = resolveSections(m_html, flags);
    QString out;
    out.reserve(sectioned.size() * 2);
    qsizetype last = 0;
    auto it = tagPattern().globalMatch(sectioned);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(sectioned).mid(last, m.capturedStart() - last);
        if (m.captured(1).isEmpty())
            out += htmlValues.value(m.captured(2));
        last = m.capturedEnd();
    }
    out += QStringView(sectioned).mid(last);
    return out;
}

} // namespace tavolo::documents

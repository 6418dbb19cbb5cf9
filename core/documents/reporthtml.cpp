#include "reporthtml.h"

#include "documenthtml.h"
#include "italiandates.h"

namespace tavolo::documents::reporthtml {

QString number(double value, int decimals)
{
    return italian::locale().toString(value, 'f', decimals);
}

QString rate(int present, int recorded)
{
    return recorded > 0 ? QStringLiteral("%1%").arg(qRound(100.0 * present / recorded))
                        : QStringLiteral("–");
}

QString ofPercent(const QString &percent)
{
    const bool vowel = percent.startsWith(QLatin1Char('8')) || percent == QLatin1String("1%")
        || percent == QLatin1String("11%");
    return (vowel ? QStringLiteral("dell'") : QStringLiteral("del ")) + percent;
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top: 4px;\">%1</p>").arg(text);
}

QString nothing(const QString &sentence)
{
    return QStringLiteral("<p style=\"margin-top: 4px;\"><i>%1</i></p>")
        .arg(html::escaped(sentence));
}

QString th(const QString &text, int width, bool left)
{
    return QStringLiteral("<th%1%2>%3</th>")
        .arg(width > 0 ? QStringLiteral(" width=\"%1%\"").arg(width) : QString(),
             left ? QStringLiteral(" align=\"left\"") : QString(), html::escaped(text));
}

QString td(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(html::escaped(text));
}

QString tdRight(const QString &text)
{
    return QStringLiteral("<td align=\"right\">%1</td>").arg(html::escaped(text));
}

QString count(int n, const QString &one, const QString &many)
{
    return n == 1 ? QStringLiteral("1 %1").arg(one) : QStringLiteral("%1 %2").arg(n).arg(many);
}

} // namespace tavolo::documents::reporthtml

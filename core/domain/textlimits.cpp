#include "textlimits.h"

#include <QSet>

namespace tavolo::TextLimits {

int forColumn(const QString &column)
{
    static const QSet<QString> oneLine {
        QStringLiteral("given_name"),    QStringLiteral("family_name"),
        QStringLiteral("name"),          QStringLiteral("comune"),
        QStringLiteral("email"),         QStringLiteral("pec"),
        QStringLiteral("phone"),         QStringLiteral("tax_code"),
        QStringLiteral("place"),         QStringLiteral("title"),
        QStringLiteral("act_reference"), QStringLiteral("file_name"),
        QStringLiteral("runts_number"),  QStringLiteral("runts_section"),
        QStringLiteral("area")};
    if (oneLine.contains(column))
        return 200;
    if (column == QLatin1String("value"))
        return 200000;
    return 20000;
}

QString columnOf(const QString &field)
{
    QString out;
    for (const QChar c : field) {
        if (c.isUpper()) {
            if (!out.isEmpty())
                out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace tavolo::TextLimits

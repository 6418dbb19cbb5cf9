#include "letterhead.h"

#include <QStringList>

namespace tavolo::documents {

QString Letterhead::defaultLogoPath()
{
    return QStringLiteral(":/documents/logo-placeholder.png");
}

QString Letterhead::footerLine() const
{
    QStringList parts;
    for (const QString &part : {enteName, officeName, address, contacts}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QStringLiteral(" – "));
}

} // namespace tavolo::documents

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

QString Letterhead::signatureNote() const
{
    switch (signature) {
    case Signature::Digital:
        return QStringLiteral("Documento sottoscritto con firma digitale ai sensi dell'art. 24 "
                              "del D.Lgs. 82/2005");
    case Signature::Printed:
        break;
    }
    return QStringLiteral("Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, "
                          "comma 2, del D.Lgs. 39/1993");
}

} // namespace tavolo::documents

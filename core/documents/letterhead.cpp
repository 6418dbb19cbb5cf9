#include "letterhead.h"

namespace tavolo::documents {

QString Letterhead::defaultLogoPath()
{
    return QStringLiteral(":/documents/logo-placeholder.png");
}

} // namespace tavolo::documents

#include "office.h"

namespace tavolo {

QList<Office> Offices::all()
{
    return {Office::MayorsPresident, Office::PlanningOfficeHead, Office::AslSocialDirector,
            Office::AslDistrictDirector};
}

QString Offices::id(Office office)
{
    switch (office) {
    case Office::MayorsPresident:
        return QStringLiteral("mayors-president");
    case Office::PlanningOfficeHead:
        return QStringLiteral("planning-office-head");
    case Office::AslSocialDirector:
        return QStringLiteral("asl-social-director");
    case Office::AslDistrictDirector:
        return QStringLiteral("asl-district-director");
    }
    return {};
}

std::optional<Office> Offices::fromId(const QString &id)
{
    for (Office office : all())
        if (Offices::id(office) == id)
            return office;
    return std::nullopt;
}

QString Offices::label(Office office)
{
    switch (office) {
    case Office::MayorsPresident:
        return tr("President of the Mayors' Assembly");
    case Office::PlanningOfficeHead:
        return tr("Head of the Planning Office");
    case Office::AslSocialDirector:
        return tr("Social Director of the ASL");
    case Office::AslDistrictDirector:
        return tr("District Director of the ASL");
    }
    return {};
}

bool Offices::allowsDelegate(Office office)
{
    return office != Office::PlanningOfficeHead;
}

} // namespace tavolo

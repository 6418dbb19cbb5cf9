#include "category.h"

#include <array>

namespace tavolo {

namespace {

struct CategoryInfo
{
    Category category;
    const char *id;
    int seats;
};

// One table for identifiers and seats, in the order of R-E in the regulation.
constexpr std::array<CategoryInfo, 10> kCategories {{
    {Category::SocialCooperative, "social-cooperative", 2},
    {Category::VolunteerOrganisation, "volunteer-organisation", 2},
    {Category::SocialPromotionAssociation, "social-promotion-association", 1},
    {Category::CareHomeFoundation, "care-home-foundation", 1},
    {Category::LocalFoundation, "local-foundation", 1},
    {Category::Patronage, "patronage", 1},
    {Category::FamilyAssociation, "family-association", 1},
    {Category::FamilyForum, "family-forum", 1},
    {Category::ReligiousBody, "religious-body", 1},
    {Category::Other, "other", 0},
}};

const CategoryInfo &infoOf(Category category)
{
    return kCategories[static_cast<size_t>(category)];
}

} // namespace

QList<Category> Categories::all()
{
    QList<Category> out;
    for (const auto &info : kCategories)
        out << info.category;
    return out;
}

QList<Category> Categories::withSeats()
{
    QList<Category> out = all();
    out.removeAll(Category::Other);
    return out;
}

QString Categories::id(Category category)
{
    return QString::fromLatin1(infoOf(category).id);
}

std::optional<Category> Categories::fromId(const QString &id)
{
    for (const auto &info : kCategories) {
        if (id == QLatin1String(info.id))
            return info.category;
    }
    return std::nullopt;
}

QString Categories::label(Category category)
{
    switch (category) {
    case Category::SocialCooperative:
        return tr("Social co-operatives and co-operation bodies");
    case Category::VolunteerOrganisation:
        return tr("Volunteer organisations");
    case Category::SocialPromotionAssociation:
        return tr("Social promotion associations and bodies");
    case Category::CareHomeFoundation:
        return tr("Care-home foundations");
    case Category::LocalFoundation:
        return tr("Local foundations for social promotion");
    case Category::Patronage:
        return tr("Patronage bodies");
    case Category::FamilyAssociation:
        return tr("Family associations");
    case Category::FamilyForum:
        return tr("Family Forum");
    case Category::ReligiousBody:
        return tr("Bodies recognised by religious confessions");
    case Category::Other:
        return tr("Other (no seat)");
    }
    return {};
}

int Categories::seedSeats(Category category)
{
    return infoOf(category).seats;
}

int Categories::seedSeatTotal()
{
    int total = 0;
    for (const auto &info : kCategories)
        total += info.seats;
    return total;
}

} // namespace tavolo

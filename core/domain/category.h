#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace tavolo {

// The categories of third-sector organisation that hold seats on the Tavolo (rule R-E), plus
// `Other` for bodies that hold none (they may be guests, join groups or answer calls).
enum class Category {
    SocialCooperative,
    VolunteerOrganisation,
    SocialPromotionAssociation,
    CareHomeFoundation,
    LocalFoundation,
    Patronage,
    FamilyAssociation,
    FamilyForum,
    ReligiousBody,
    Other,
};

class Categories
{
    Q_DECLARE_TR_FUNCTIONS(Categories)
public:
    static QList<Category> all(); // every category, seat-holding first, Other last
    static QList<Category> withSeats(); // the nine of R-E
    static QString id(Category category); // stable identifier used in JSON ("social-cooperative")
    static std::optional<Category> fromId(const QString &id);
    static QString label(Category category); // translated name for the clerk
    static int seedSeats(Category category); // seats the regulation's seed gives (R-E); 0 for Other
    static int seedSeatTotal(); // 11
};

} // namespace tavolo

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace tavolo {

// The institutional offices that sit on the Tavolo (rules R-A, R-B).
enum class Office {
    MayorsPresident, // Presidente dell'Assemblea dei Sindaci: the chair (R-A)
    PlanningOfficeHead, // Responsabile dell'Ufficio di Piano (R-B)
    AslSocialDirector, // Direttore Sociale ASL, "o suo delegato" (R-B)
    AslDistrictDirector, // Direttore di Distretto ASL, "o suo delegato" (R-B)
};

class Offices
{
    Q_DECLARE_TR_FUNCTIONS(Offices)
public:
    static QList<Office> all();
    static QString id(Office office); // "mayors-president", as in the JSON of the CLI
    static std::optional<Office> fromId(const QString &id);
    static QString label(Office office); // translated title of the office
    // The seed lets the chair and the two ASL directors act through a delegate ("o suo
    // delegato"); it gives the head of the planning office no such option.
    static bool allowsDelegate(Office office);
    static bool isChair(Office office) { return office == Office::MayorsPresident; }
};

} // namespace tavolo

#pragma once

#include <QString>

namespace tavolo::documents {

// Destinatario of a convocation letter: a member of the Tavolo or a guest (R-F).
// Only what the letter prints; the adapter from the archive picks the PEC when there is one.
struct Recipient
{
    QString name; // "Mario Rossi"
    QString role; // "Rappresentante — Cooperative sociali", "Direttore Sociale ASL (delegato)"
    QString organisation; // "Cooperativa Sociale Il Sentiero"
    QString pec; // PEC or e-mail address; preferred over the postal address
    QString postalAddress;
    bool guest = false; // invited by the chair for this meeting (R-F)
    QString guestReason; // the chair's reason: which items concern the guest
};

} // namespace tavolo::documents

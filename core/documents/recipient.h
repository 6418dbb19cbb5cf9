#pragma once

#include <QString>

namespace tavolo::documents {

// Destinatario of a convocation letter: a member of the Tavolo or a guest (R-F).
// Only what the letter prints. The adapter from the archive picks the address: the person's
// PEC, else the PEC of the person's organisation ("c/o", careOf), else the person's e-mail,
// else the organisation's postal address (careOf). The letter names the kind it prints.
struct Recipient
{
    QString name; // "Mario Rossi"
    QString role; // "Rappresentante — Cooperative sociali", "Direttore Sociale ASL (delegato)"
    QString organisation; // "Cooperativa Sociale Il Sentiero"
    QString pec; // a PEC address (the person's, or the organisation's when careOf)
    QString email; // an ordinary e-mail, only when there is no PEC to send to
    QString postalAddress;
    bool careOf = false; // the address is the organisation's: the letter prints "c/o"
    bool guest = false; // invited by the chair for this meeting (R-F)
    QString guestReason; // the chair's reason: which items concern the guest

    // Where the letter is sent electronically: the PEC, else the e-mail; empty when by post.
    QString sendTo() const { return pec.isEmpty() ? email : pec; }
};

} // namespace tavolo::documents

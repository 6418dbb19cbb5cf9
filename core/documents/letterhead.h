#pragma once

#include <QByteArray>
#include <QString>

namespace tavolo::documents {

// Carta intestata: who writes the letter and who signs it. Plain values, filled by the
// caller from settings; the renderer never reads settings or the archive itself.
struct Letterhead
{
    QString enteName; // "Comunità Montana Valtellina di Sondrio"
    QString officeName; // "Ufficio di Piano"
    QString address; // one line, e.g. "Via Nazionale 20 – 23100 Sondrio"
    QString contacts; // one line for the footer: telephone, e-mail, PEC of the office
    QString officePec; // the office's PEC or e-mail: ORGANIZER of the calendar file
    QString logoPath; // an image file or a Qt resource; empty: defaultLogoPath()
    // The logo's bytes as the archive keeps them: used instead of logoPath when set, so that
    // two archives exported at once never share a file (each keeps its own logo in memory).
    QByteArray logoImage;
    QString signatoryName; // "Dott.ssa Maria Bianchi"
    QString signatoryTitle; // "La Responsabile dell'Ufficio di Piano"
    QString place; // where the letter is written: "Sondrio"
    // How the letter is signed: the program applies no signature, so the letter
    // says either that the signature is printed in place of a handwritten one (D.Lgs.
    // 39/1993, art. 3, c. 2) or that it is signed digitally by the office's own signing tool
    // after the export (D.Lgs. 82/2005, art. 24).
    enum class Signature { Printed, Digital };
    Signature signature = Signature::Printed;

    // The placeholder logo shipped in resources/documents (a neutral crest).
    static QString defaultLogoPath();
    // Ente, office, address and contacts on one line: the footer of every page.
    QString footerLine() const;
    // The line under the signatory's name that says how the letter is signed (Italian).
    QString signatureNote() const;
    QString effectiveLogoPath() const { return logoPath.isEmpty() ? defaultLogoPath() : logoPath; }
};

} // namespace tavolo::documents

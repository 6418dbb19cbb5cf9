#pragma once

// Sample values for the document tests and the benchmark: the Sondrio letterhead of seed 001
// and a meeting with agenda, materials and a mix of members and a guest.

#include "core/documents/letterhead.h"
#include "core/documents/meetingdocumentdata.h"
#include "core/documents/recipient.h"

#include <QList>

namespace samples {

using namespace tavolo::documents;

inline Letterhead letterhead()
{
    Letterhead l;
    l.enteName = QStringLiteral("Comunità Montana Valtellina di Sondrio");
    l.officeName = QStringLiteral("Ufficio di Piano");
    l.address = QStringLiteral("Via Nazionale 20 – 23100 Sondrio (SO)");
    l.contacts = QStringLiteral("tel. 0342 000000 – PEC: ufficiodipiano@pec.cmsondrio.it");
    l.officePec = QStringLiteral("ufficiodipiano@pec.cmsondrio.it");
    l.signatoryName = QStringLiteral("Dott.ssa Maria Bianchi");
    l.signatoryTitle = QStringLiteral("La Responsabile dell'Ufficio di Piano");
    l.place = QStringLiteral("Sondrio");
    return l;
}

inline MeetingDocumentData ordinaryMeeting()
{
    MeetingDocumentData m;
    m.meetingId = QStringLiteral("meeting-12");
    m.districtName = QStringLiteral("Ambito territoriale di Sondrio");
    m.kind = tavolo::MeetingKind::Ordinary;
    m.date = QDate(2015, 3, 12);
    m.time = QTime(16, 30);
    m.place = QStringLiteral("Sala riunioni della Comunità Montana, Via Nazionale 20, Sondrio");
    m.agenda = {QStringLiteral("Approvazione del verbale della seduta precedente"),
                QStringLiteral("Piano di Zona 2015-2017: presentazione delle linee di indirizzo"),
                QStringLiteral("Costituzione del gruppo di lavoro \"Politiche abitative\""),
                QStringLiteral("Varie ed eventuali")};
    m.materials = {QStringLiteral("Verbale della seduta del 20 novembre 2014"),
                   QStringLiteral("Bozza delle linee di indirizzo del Piano di Zona 2015-2017")};
    m.protocolNumber = QStringLiteral("2015/1234");
    m.protocolDate = QDate(2015, 3, 2);
    return m;
}

inline Recipient member(const QString &name, const QString &organisation)
{
    Recipient r;
    r.name = name;
    r.role = QStringLiteral("Rappresentante — Cooperative sociali");
    r.organisation = organisation;
    r.pec = QStringLiteral("segreteria@pec.example.it");
    return r;
}

inline QList<Recipient> recipients()
{
    Recipient director;
    director.name = QStringLiteral("Giuseppe Verdi");
    director.role = QStringLiteral("Delegato del Direttore Sociale dell'ASL");
    director.organisation = QStringLiteral("ATS della Montagna");
    director.postalAddress = QStringLiteral("Via Nazario Sauro 38\n23100 Sondrio");
    Recipient guest;
    guest.name = QStringLiteral("Lucia Neri");
    guest.role = QStringLiteral("Dirigente scolastica");
    guest.organisation = QStringLiteral("Istituto Comprensivo Sondrio Centro");
    guest.pec = QStringLiteral("soic000000@pec.istruzione.it");
    guest.guest = true;
    guest.guestReason = QStringLiteral("punto 3, collaborazione con le scuole del territorio");
    return {
        member(QStringLiteral("Mario Rossi"), QStringLiteral("Cooperativa Sociale Il Sentiero")),
        director, guest};
}

// n members with distinct names, for the benchmark and the combined-PDF test.
inline QList<Recipient> manyRecipients(int n)
{
    QList<Recipient> list;
    for (int i = 1; i <= n; ++i)
        list << member(QStringLiteral("Componente Numero %1").arg(i),
                       QStringLiteral("Associazione di Volontariato %1").arg(i));
    return list;
}

} // namespace samples

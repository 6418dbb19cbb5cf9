#pragma once

// Sample values for the cycle's documents: the Casalasco call of seed 004 (allegato A due
// 10 September 2021, allegato B due 20 September 2021) and its three target tables.

#include "core/documents/cycledocumentdata.h"

namespace samples {

using namespace tavolo::documents;

inline const QString TableElderly =
    QStringLiteral("Anziani, persone disabili e non autosufficienti");
inline const QString TableMinors = QStringLiteral("Minori, giovani e famiglie");
inline const QString TableAdults = QStringLiteral("Adulti, fragilità e vulnerabilità");
inline const QString FormA = QStringLiteral("Allegato A – Manifestazione d'interesse");
inline const QString FormB = QStringLiteral("Allegato B – Scheda di rilevazione");

inline CallInfo casalascoCall()
{
    CallInfo c;
    c.cycleName = QStringLiteral("Piano di Zona 2021-2023");
    c.title = QStringLiteral("Invito al Terzo settore per la programmazione dei Piani di Zona");
    c.reference = QStringLiteral("prot. n. 2021/3100");
    c.published = QDate(2021, 8, 30);
    c.forms = {{FormA, QDate(2021, 9, 10), QTime()}, {FormB, QDate(2021, 9, 20), QTime()}};
    c.tables = {TableElderly, TableMinors, TableAdults};
    return c;
}

inline SubmissionEntry submission(const QString &protocol, QDateTime received, const QString &body,
                                  const QString &form, const QStringList &tables, bool late,
                                  const QString &contact, const QString &email)
{
    SubmissionEntry s;
    s.protocolNumber = protocol;
    s.received = received;
    s.body = body;
    s.form = form;
    s.tables = tables;
    s.late = late;
    s.contactName = contact;
    s.contactEmail = email;
    return s;
}

// Four submissions given out of order: two on time (one received in the last minute of the
// deadline day), one late and admitted, one late and not admitted.
inline SubmissionRegisterData casalascoRegister()
{
    SubmissionRegisterData d;
    d.call = casalascoCall();
    d.asOf = QDate(2021, 9, 24);
    SubmissionEntry late =
        submission(QStringLiteral("2021/3377"), QDateTime(QDate(2021, 9, 11), QTime(9, 5)),
                   QStringLiteral("Cooperativa Sociale Il Girasole"), FormA, {TableMinors}, true,
                   QStringLiteral("Luca Verdi"), QStringLiteral("luca.verdi@girasole.example.it"));
    late.decision = tavolo::Decision::Admitted;
    late.decidedOn = QDate(2021, 9, 14);
    late.decisionReason = QStringLiteral("Ritardo di poche ore, tavoli non ancora avviati");
    SubmissionEntry refused =
        submission(QStringLiteral("2021/3501"), QDateTime(QDate(2021, 9, 22), QTime(15, 40)),
                   QStringLiteral("Associazione Noi Insieme APS"), FormB, {}, true,
                   QStringLiteral("Carla Neri"), QStringLiteral("noiinsieme@pec.example.it"));
    refused.channel = tavolo::Channel::Hand;
    refused.decision = tavolo::Decision::NotAdmitted;
    refused.decidedOn = QDate(2021, 9, 23);
    refused.decisionReason = QStringLiteral("Sintesi già presentata");
    refused.notInFirstSynthesis = true;
    d.submissions = {
        late,
        submission(QStringLiteral("2021/3290"), QDateTime(QDate(2021, 9, 10), QTime(23, 59)),
                   QStringLiteral("ODV Amici dell'Oglio"), FormA, {TableElderly, TableAdults},
                   false, QStringLiteral("Paolo Gialli"),
                   QStringLiteral("amicioglio@pec.example.it")),
        refused,
        submission(QStringLiteral("2021/3150"), QDateTime(QDate(2021, 9, 2), QTime(11, 20)),
                   QStringLiteral("Istituto Comprensivo di Casalmaggiore"), FormA, {TableMinors},
                   false, QStringLiteral("Anna Rosa"),
                   QStringLiteral("cric81000x@pec.istruzione.example.it")),
    };
    return d;
}

} // namespace samples

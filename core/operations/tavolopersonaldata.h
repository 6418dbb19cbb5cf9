#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>

namespace tavolo {

class Archive;

// The Tavolo's share of a person's data (GDPR): the offices, delegations, designations,
// meetings, minutes (as chair, secretary or a named voter), requests and groups that name them,
// for the export; and the refusal to anonymise someone who still holds an office or a seat, or
// is convened to a meeting still to come.
class TavoloPersonalData
{
    Q_DECLARE_TR_FUNCTIONS(TavoloPersonalData)
public:
    static QJsonValue section(Archive &archive, qint64 personId);
    static Problems currentUse(Archive &archive, qint64 personId, const QDate &today);
    // The reasons the person was invited as a guest: written by the clerk, they usually name
    // the person ("Mario Rossi, esperto di …"). Replaced by a neutral sentence.
    static Result<Done> scrub(Archive &archive, qint64 personId);
};

} // namespace tavolo

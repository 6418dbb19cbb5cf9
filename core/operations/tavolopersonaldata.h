#pragma once

#include "core/domain/problem.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>

namespace tavolo {

class Archive;

// The Tavolo's share of a person's data (GDPR): the offices, delegations, designations,
// meetings, requests and groups that name them, for the export; and the refusal to anonymise
// someone who still holds an office or a seat, or is convened to a meeting still to come.
class TavoloPersonalData
{
    Q_DECLARE_TR_FUNCTIONS(TavoloPersonalData)
public:
    static QJsonValue section(Archive &archive, qint64 personId);
    static Problems currentUse(Archive &archive, qint64 personId, const QDate &today);
};

} // namespace tavolo

#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>

namespace tavolo {

class Archive;

// The Piano di Zona cycle's share of a person's data (GDPR, art. 15): the planning tables she
// takes or took part in (from, to, the submission that admitted her), and the submissions that
// name her, as their contact or as their sender; and the refusal to anonymise someone who still
// takes part in a planning table (until the day her participation ends).
class CyclePersonalData
{
    Q_DECLARE_TR_FUNCTIONS(CyclePersonalData)
public:
    static QJsonValue section(Archive &archive, qint64 personId);
    static Problems currentUse(Archive &archive, qint64 personId, const QDate &today);
};

} // namespace tavolo

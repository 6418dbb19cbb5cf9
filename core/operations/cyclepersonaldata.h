#pragma once

#include <QJsonValue>

namespace tavolo {

class Archive;

// The Piano di Zona cycle's share of a person's data (GDPR, art. 15): the planning tables she
// takes or took part in (from, to, the submission that admitted her), and the submissions that
// name her, as their contact or as their sender.
class CyclePersonalData
{
public:
    static QJsonValue section(Archive &archive, qint64 personId);
};

} // namespace tavolo

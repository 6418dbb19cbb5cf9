#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

#include <QCoreApplication>

namespace tavolo {

class Archive;

// The minutes of held meetings (R-K). Every method returns the minutes' id; each is one
// transaction and a refused one changes nothing.
class MinutesStore
{
    Q_DECLARE_TR_FUNCTIONS(MinutesStore)
public:
    explicit MinutesStore(Archive &archive);

    std::optional<Minutes> find(qint64 minutes) const;
    // A new draft for `minutes.meetingId` (the id is ignored). Without a chair, the one in
    // office on the meeting's day (MinutesRules::defaultChair).
    Result<qint64> draft(const Minutes &minutes);
    // Replaces a draft's times, chair, secretary and items (`minutes.id` says which).
    Result<qint64> update(const Minutes &minutes);
    Result<qint64> approve(qint64 minutes, qint64 atMeeting, const std::optional<Vote> &vote);
    Result<qint64> correct(qint64 minutes, const MinutesCorrection &correction);

    static Problem notFound(qint64 id);

private:
    Result<qint64> writeItems(qint64 minutes, const QList<MinutesItem> &items);
    template<typename Check, typename Save>
    Result<qint64> change(qint64 minutes, Check check, Save save);

    Archive &m_archive;
};

} // namespace tavolo

#pragma once

#include "core/domain/history.h"

namespace tavolo {

class Archive;

// Reads the Tavolo's whole history from the archive into the plain values the rules take
// (R-J). A Tavolo's history is small (tens of people, hundreds of rows), so the rules always
// see all of it and answer any date.
class HistoryStore
{
public:
    explicit HistoryStore(const Archive &archive);
    History load() const;

private:
    template<typename Row> void each(const QString &statement, Row row) const;

    void loadNames(History &h) const;
    void loadOffices(History &h) const;
    void loadDesignations(History &h) const;
    void loadRegulation(History &h) const;
    void loadRequests(History &h) const;
    void loadMeetings(History &h) const;
    void loadMeetingDetails(History &h) const;
    void loadGroups(History &h) const;
    void loadMinutes(History &h) const;

    const Archive &m_archive;
};

} // namespace tavolo

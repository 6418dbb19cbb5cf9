#pragma once

#include "core/domain/history.h"

namespace tavolo {

class Archive;

// Reads the participation cycles (cycles, tables and participants, calls, submissions,
// adhesions) into the history; HistoryStore calls it before the meetings, which then find
// their tables.
class CycleHistory
{
public:
    explicit CycleHistory(const Archive &archive);
    void load(History &h) const;

private:
    template<typename Row> void each(const QString &statement, Row row) const;
    void loadCycles(History &h) const;
    void loadTables(History &h) const;
    void loadCalls(History &h) const;
    void loadSubmissions(History &h) const;
    void loadFiles(History &h) const;

    const Archive &m_archive;
};

} // namespace tavolo

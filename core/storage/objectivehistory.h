#pragma once

#include "core/domain/history.h"

namespace tavolo {

class Archive;

// Reads the objectives (seed 002) with their phases, indicators and readings into the history.
class ObjectiveHistory
{
public:
    explicit ObjectiveHistory(const Archive &archive);
    void load(History &h) const;

private:
    const Archive &m_archive;
};

} // namespace tavolo

#pragma once

#include "core/domain/history.h"
#include "core/domain/result.h"

namespace tavolo {

class Archive;

// Requests to convene (R-D): only valid requests are recorded.
class RequestStore
{
public:
    explicit RequestStore(Archive &archive);

    Result<qint64> add(const ConvocationRequest &request);

private:
    Archive &m_archive;
};

} // namespace tavolo

#pragma once

#include "archive.h"
#include "historystore.h"

namespace tavolo {

namespace detail {
inline Result<Done> checked(const Problems &problems)
{
    return hasRefusal(problems) ? Result<Done>::refused(problems) : Result<Done>::ok({}, problems);
}
template<typename T> Result<T> checked(Result<T> result)
{
    return result;
}
} // namespace detail

// The one shape of every change to the Tavolo's history: inside one transaction, read the
// history, ask the rules (`check` returns the problems, or a Result carrying what the rules
// decided), and only if nothing is refused `save` it. A refusal changes nothing; the rules'
// warnings travel with the new id. Reading inside the transaction means a second program
// cannot slip a change in between the check and the save.
template<typename Check, typename Save>
Result<qint64> ruledWrite(Archive &archive, Check check, Save save)
{
    return archive.write([&]() -> Result<qint64> {
        const History history = HistoryStore(archive).load();
        auto verdict = detail::checked(check(history));
        if (!verdict)
            return Result<qint64>::from(verdict);
        Result<qint64> saved = save(history, verdict.value());
        if (saved)
            saved.addWarnings(verdict.warnings());
        return saved;
    });
}

} // namespace tavolo

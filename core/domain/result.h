#pragma once

#include "problem.h"

#include <optional>
#include <utility>

namespace tavolo {

// The value of an operation that succeeded, for operations that return nothing else.
struct Done
{
};

// Either a value (possibly with warnings) or the refusals that prevented it.
// Errors are values (architecture.md): core never throws or shows a dialog on bad input.
template<typename T> class Result
{
public:
    // Problems is an implicitly shared QList: a copy costs one reference count.
    static Result ok(T value, const Problems &warnings = {})
    {
        Result r;
        r.m_value = std::move(value);
        r.m_problems = warnings;
        return r;
    }
    static Result refused(const Problems &problems)
    {
        Result r;
        r.m_problems = problems;
        return r;
    }
    static Result refused(Problem problem) { return refused(Problems {std::move(problem)}); }

    // A failure of another type carried over unchanged.
    template<typename U> static Result from(const Result<U> &other)
    {
        return refused(other.problems());
    }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const Problems &problems() const { return m_problems; }
    Problems warnings() const { return warningsOf(m_problems); }
    void addWarnings(const Problems &warnings) { m_problems += warnings; }

private:
    std::optional<T> m_value;
    Problems m_problems;
};

} // namespace tavolo

#pragma once

#include "core/domain/result.h"

namespace tavolo {

class Archive;

// What anonymising a person (PersonalData::anonymise) asks of the file itself: freed space
// overwritten with zeros while the erasure lasts (SQLite's secure_delete, from construction to
// destruction), the guest reasons of the person cleared, and the write-ahead log emptied
// afterwards so that the old values do not stay in `-wal`. The audit rows are scrubbed by
// AuditLog::scrubPerson.
class PersonErasure
{
public:
    explicit PersonErasure(Archive &archive);
    ~PersonErasure();
    PersonErasure(const PersonErasure &) = delete;
    PersonErasure &operator=(const PersonErasure &) = delete;

    // Replaces the reason of every invitation of the person as a guest with
    // AuditLog::scrubbedGuestReason(). Inside the anonymisation's write.
    static Result<Done> clearGuestReasons(Archive &archive, qint64 personId);

    // Copies the log into the file and empties it (wal_checkpoint(TRUNCATE)); false when
    // another connection reading the archive keeps it from being emptied.
    bool emptyLog();

private:
    Archive &m_archive;
};

} // namespace tavolo

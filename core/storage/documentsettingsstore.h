#pragma once

#include "core/domain/result.h"

#include <QMap>
#include <QVariant>

namespace tavolo {

class Archive;

// Letterhead, signatory, letter template and logo kept in the archive: plain keys
// and values here; core/exports gives them meaning.
class DocumentSettingsStore
{
public:
    explicit DocumentSettingsStore(Archive &archive);

    QMap<QString, QVariant> all() const;
    // Where the settings stand (RecordVersion::tableStamp): kept by a form when it loads them,
    // checked when it saves, so that of two programs the second save is refused.
    qint64 stamp() const;
    // Inside the save's transaction: refused (rule CHANGED) naming who changed the settings
    // since `stamp` was read.
    Result<Done> checkUnchangedSince(qint64 stamp) const;
    // Sets every key of `values` in one transaction; a null value removes the key.
    Result<Done> set(const QMap<QString, QVariant> &values);

private:
    Archive &m_archive;
};

} // namespace tavolo

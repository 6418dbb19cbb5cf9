#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace tavolo {

class Archive;

// One row of the audit trail (003_audit.sql).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString osUser;
    QString operation;
    QString table;
    qint64 rowId = 0;
    QString action; // insert, update, delete
    QJsonObject before;
    QJsonObject after;

    // {"id", "at" (ISO 8601 UTC), "osUser", "operation", "table", "rowId", "action",
    //  "before", "after"}; before/after are null when absent.
    QJsonObject toJson() const;
    static QStringList csvHeader();
    QStringList csvFields() const;
    // What the row became: the whole row for an insert or delete, only the fields an update
    // changed for an update ("pec: a@x.it → b@x.it; phone: ∅ → 0342 1"). Shared by the CLI and
    // the GUI so that both tell the clerk the same thing.
    QString changeSummary() const;
};

// Reads the audit trail; it is written only by the archive's triggers, and changed only by the
// scrub of an anonymised person.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    struct Filter
    {
        QString table; // empty: every table
        std::optional<qint64> rowId; // only with a table
        QDate from; // inclusive, by UTC date; null: no bound
        QDate to; // inclusive
    };

    explicit AuditLog(Archive &archive);

    // Oldest first.
    QList<AuditEntry> entries(const Filter &filter = {}) const;
    QList<AuditEntry> forRecord(const QString &table, qint64 rowId) const;

    // The tables the audit trail has rows for (for help and validation of --table).
    QStringList tables() const;

    // Anonymisation (GDPR art. 17), inside its write and after the register row and the guest
    // reasons have been cleared: the person's audit rows (`people`) take the values the register
    // now holds for the personal fields, and the audit rows of the person's invitations as a
    // guest (`guests`) take scrubbedGuestReason() as reason. The audit trigger (003, 008) allows
    // exactly these two changes, for this person only.
    Result<Done> scrubPerson(qint64 personId);

    // The reason an anonymised person's invitations keep (stored data: Italian, like the
    // pseudonym). Must stay the literal of 008_scrub_guest_reasons.sql.
    static QString scrubbedGuestReason();

private:
    Archive &m_archive;
};

} // namespace tavolo

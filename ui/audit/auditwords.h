#pragma once

#include "core/storage/auditlog.h"

#include <QHash>
#include <QJsonValue>

namespace tavolo {

class Archive;

// The audit trail in the clerk's words: "Persone" rather than `people`, "Modifica"
// rather than `update`, "Cognome" rather than `family_name`, "convocata" rather than
// `convened`, people and organisations by name rather than by id, dates as 30/11/2026. The
// stored trail keeps the database's names (the CLI and the CSV export print them for scripts
// and auditors); only what the page shows is translated.
class AuditWords
{
    Q_DECLARE_TR_FUNCTIONS(AuditWords)
public:
    AuditWords() = default;
    explicit AuditWords(Archive &archive); // reads the names of people and organisations

    static QString table(const QString &table);
    static QString action(const QString &action);
    static QString field(const QString &column);
    // The operation that made the change: the command-line operation in words, or the window.
    static QString operation(const QString &operation);
    QString value(const QString &column, const QJsonValue &value) const;
    // What changed: the whole row named for an insert or delete, the changed fields of an update.
    QString summary(const AuditEntry &entry) const;

private:
    QHash<qint64, QString> m_people;
    QHash<qint64, QString> m_organisations;
};

} // namespace tavolo

#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <functional>

namespace tavolo {

class Archive;

// Personal data of one person under the GDPR: everything the archive holds about them (art. 15,
// `tavolo-cli person export`) and their anonymisation (art. 17, `person anonymise`).
//
// Anonymising keeps the row, so that designations, attendance and the audit trail still point at
// someone ("Persona anonimizzata n. 12"), and clears what identifies or reaches the person: the
// name becomes the pseudonym, tax code, e-mail, PEC, phone and notes are emptied. The audit rows
// of that person are scrubbed the same way — all of those fields, not only the contacts: if the
// old name and tax code stayed in the audit's before/after values, reading the audit would undo
// the anonymisation. What the audit keeps is that each change happened, when, by which user and
// which operation, and the fields that are not personal (the organisation). This is the one
// permitted change to the audit trail, and the triggers of 003_audit.sql allow it only towards
// the values the register now holds. The file is then rewritten so that no old copy survives in
// free pages or the write-ahead log; backup copies made before are out of the archive's reach.
//
// Each store contributes: a Section to the export, and a CurrentUse check that refuses the
// anonymisation while the person is still referenced by something current (an office held, a
// designation in force, a convocation not yet held, …). See standardHooks() in the .cpp.
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(PersonalData)
public:
    struct Section
    {
        QString name; // key in the exported JSON ("designations")
        std::function<QJsonValue(Archive &, qint64 personId)> collect;
    };
    // Refusals (rule IN-USE) while the person is referenced by something current on `today`.
    using CurrentUse = std::function<Problems(Archive &, qint64 personId, const QDate &today)>;

    // Clears, inside the anonymisation's transaction, the person's data a store keeps in fields
    // of its own (a guest's invitation reason, which usually names the person).
    using Scrub = std::function<Result<Done>(Archive &, qint64 personId)>;

    struct Hooks
    {
        QList<Section> sections;
        QList<CurrentUse> currentUses;
        QList<Scrub> scrubs;
    };
    // The register's own sections ("person", "audit") and those of every store that refers to
    // people.
    static Hooks standardHooks();

    explicit PersonalData(Archive &archive, Hooks hooks = standardHooks());

    // {"format": "tavolo-personal-data/1", "exportedAt": …, "personId": …, <section>: …}
    Result<QJsonObject> exportPerson(qint64 personId) const;
    // Done only when the old values are gone from the file and its journal too; when another
    // program reading the archive keeps them in the journal, the result carries a warning.
    Result<Done> anonymise(qint64 personId, const QDate &today = Clock::today());

    static QString pseudonymGivenName(); // "Persona anonimizzata"
    static QString pseudonymFamilyName(qint64 id); // "n. 12"
    static bool isAnonymised(qint64 id, const QString &givenName, const QString &familyName);

private:
    Archive &m_archive;
    Hooks m_hooks;
};

} // namespace tavolo

// The audit trail records changes only (migration 006): an UPDATE that leaves every column as it
// was writes no audit row; one that changes a column, a NULL or a file writes exactly one.
#include "archivefixture.h"
#include "core/storage/archivefile.h"
#include "core/storage/auditlog.h"
#include "core/storage/documentsettingsstore.h"
#include "core/storage/internal/migrations.h"
#include "core/storage/internal/sql.h"
#include "core/storage/meetingstore.h"
#include "core/storage/organisationstore.h"
#include "storagehelpers.h"

#include <QSqlRecord>

using namespace tavolo;
using storagehelpers::organisation;

namespace {

const QString kLink = QStringLiteral("https://meet.example.org/tavolo");
const QByteArray kPdf("%PDF-1.4 a"); // 10 bytes

qint64 auditCount(Archive &archive)
{
    return sql::scalar(sql::database(archive), QStringLiteral("SELECT count(*) FROM audit"));
}

qint64 lastAuditId(Archive &archive)
{
    return sql::scalar(sql::database(archive),
                       QStringLiteral("SELECT coalesce(max(id), 0) FROM audit"));
}

// The audit rows written after the row `mark`.
QList<AuditEntry> entriesAfter(Archive &archive, qint64 mark)
{
    QList<AuditEntry> out;
    for (const AuditEntry &entry : AuditLog(archive).entries())
        if (entry.id > mark)
            out << entry;
    return out;
}

// Writes every column of the row back with the value it already has, as a program that saves
// a form without looking at what changed does.
// What names a row: SQLite's rowid, or on PostgreSQL the id (the generated `rowid` where a table
// has no id, as resources/migrations/pg does).
QString rowKey(const QSqlDatabase &db, const QString &table)
{
    return testserver::active() && db.record(table).contains(QStringLiteral("id"))
        ? QStringLiteral("id")
        : QStringLiteral("rowid");
}

bool rewriteUnchanged(const QSqlDatabase &db, const QString &table, qint64 rowId)
{
    const QSqlRecord columns = db.record(table);
    QStringList assignments;
    for (int i = 0; i < columns.count(); ++i)
        assignments << QStringLiteral("%1 = %1").arg(columns.fieldName(i));
    return sql::exec(db,
                     QStringLiteral("UPDATE %1 SET %2 WHERE %3 = :id")
                         .arg(table, assignments.join(QStringLiteral(", ")), rowKey(db, table)),
                     {{QStringLiteral("id"), rowId}})
        .isOk();
}

bool setColumn(const QSqlDatabase &db, const QString &table, const QString &column, qint64 rowId,
               const QVariant &value)
{
    return sql::exec(db,
                     QStringLiteral("UPDATE %1 SET %2 = :value WHERE %3 = :id")
                         .arg(table, column, rowKey(db, table)),
                     {{QStringLiteral("value"), value}, {QStringLiteral("id"), rowId}})
        .isOk();
}

// The audit rows that setting one column of one row wrote (none if the UPDATE failed).
QList<AuditEntry> auditOfSet(Archive &archive, const QString &table, const QString &column,
                             qint64 rowId, const QVariant &value)
{
    const qint64 mark = lastAuditId(archive);
    if (!setColumn(sql::database(archive), table, column, rowId, value))
        return {};
    return entriesAfter(archive, mark);
}

qint64 draftMeeting(Archive &archive)
{
    Meeting m;
    m.date = QDate(2025, 3, 12);
    m.time = QTime(16, 30);
    m.place = QStringLiteral("Sondrio"); // no online link
    return MeetingStore(archive).add(m).value();
}

// A material of `meeting` whose file is kPdf.
Result<qint64> draftMaterial(Archive &archive, qint64 meeting)
{
    return MeetingStore(archive).addMaterial(meeting, QStringLiteral("Bozza"),
                                             QStringLiteral("bozza.pdf"), kPdf);
}

} // namespace

class TestAuditChanges : public QObject
{
    Q_OBJECT
private slots:
    void unchangedOrganisationWritesNoRow();
    void unchangedMeetingAndMaterialWriteNoRow();
    void unchangedLogoWritesNoRow();
    void changedColumnWritesOneRow();
    void changedFileWritesOneRow();
    void changedLogoWritesOneRow();
    void everyUpdateTriggerComparesEveryColumn();
    void upgradeFromSchema5KeepsHistory();
    void upgradeReplacesAllTriggersOrNone();
};

void TestAuditChanges::unchangedOrganisationWritesNoRow()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    const auto id = store.add(organisation(1)); // runts, address, pec… are NULL
    QVERIFY(id);
    const qint64 before = auditCount(f.archive);
    QVERIFY(store.update(*store.find(id.value()))); // Save on an unchanged dialog
    QVERIFY(
        rewriteUnchanged(sql::database(f.archive), QStringLiteral("organisations"), id.value()));
    QCOMPARE(auditCount(f.archive), before);
}

void TestAuditChanges::unchangedMeetingAndMaterialWriteNoRow()
{
    ArchiveFixture f;
    const qint64 meeting = draftMeeting(f.archive);
    const auto material = draftMaterial(f.archive, meeting);
    QVERIFY(material);
    const QSqlDatabase db = sql::database(f.archive);
    const qint64 before = auditCount(f.archive);
    QVERIFY(rewriteUnchanged(db, QStringLiteral("meetings"), meeting));
    QVERIFY(rewriteUnchanged(db, QStringLiteral("materials"), material.value()));
    // The same bytes written again from outside the database.
    QVERIFY(setColumn(db, QStringLiteral("materials"), QStringLiteral("content"), material.value(),
                      kPdf));
    QCOMPARE(auditCount(f.archive), before);
}

void TestAuditChanges::unchangedLogoWritesNoRow()
{
    ArchiveFixture f;
    DocumentSettingsStore settings(f.archive);
    const QMap<QString, QVariant> values {
        {QStringLiteral("logo"), QByteArray("\x89PNG logo", 9)},
        {QStringLiteral("signatory"), QStringLiteral("Il Sindaco")}};
    QVERIFY(settings.set(values));
    const qint64 before = auditCount(f.archive);
    QVERIFY(settings.set(values)); // Save on the unchanged settings page
    QCOMPARE(auditCount(f.archive), before);
}

void TestAuditChanges::changedColumnWritesOneRow()
{
    ArchiveFixture f;
    OrganisationStore store(f.archive);
    const auto id = store.add(organisation(1));
    QVERIFY(id);
    Organisation o = *store.find(id.value());
    o.pec = QStringLiteral("alfa@pec.it"); // NULL → value
    const qint64 mark = lastAuditId(f.archive);
    QVERIFY(store.update(o));
    auto written = entriesAfter(f.archive, mark);
    QCOMPARE(written.size(), 1);
    QCOMPARE(written[0].action, QStringLiteral("update"));
    QCOMPARE(written[0].table, QStringLiteral("organisations"));
    QCOMPARE(written[0].rowId, id.value());
    QVERIFY(written[0].before[QStringLiteral("pec")].isNull());
    QCOMPARE(written[0].after[QStringLiteral("pec")].toString(), o.pec);

    const qint64 meeting = draftMeeting(f.archive);
    const auto link = [&](const QVariant &value) {
        return auditOfSet(f.archive, QStringLiteral("meetings"), QStringLiteral("online_link"),
                          meeting, value);
    };
    written = link(kLink); // NULL → value
    QCOMPARE(written.size(), 1);
    QCOMPARE(written[0].table, QStringLiteral("meetings"));
    QCOMPARE(written[0].rowId, meeting);
    QVERIFY(written[0].before[QStringLiteral("online_link")].isNull());
    QCOMPARE(written[0].after[QStringLiteral("online_link")].toString(), kLink);
    QCOMPARE(written[0].after[QStringLiteral("place")].toString(), QStringLiteral("Sondrio"));
    written = link(QVariant()); // value → NULL
    QCOMPARE(written.size(), 1);
    QCOMPARE(written[0].before[QStringLiteral("online_link")].toString(), kLink);
    QVERIFY(written[0].after[QStringLiteral("online_link")].isNull());
    QVERIFY(link(QVariant()).isEmpty()); // NULL → NULL is no change
}

void TestAuditChanges::changedFileWritesOneRow()
{
    ArchiveFixture f;
    const auto material = draftMaterial(f.archive, draftMeeting(f.archive));
    QVERIFY(material);
    const auto content = [&](const QVariant &value) {
        return auditOfSet(f.archive, QStringLiteral("materials"), QStringLiteral("content"),
                          material.value(), value);
    };
    // Another file of the same size: the audit records it by size, but records it.
    auto written = content(QByteArray("%PDF-1.4 b"));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written[0].table, QStringLiteral("materials"));
    QCOMPARE(written[0].rowId, material.value());
    QCOMPARE(written[0].before[QStringLiteral("content")].toString(), QStringLiteral("10 bytes"));
    QCOMPARE(written[0].after[QStringLiteral("content")].toString(), QStringLiteral("10 bytes"));
    written = content(QVariant()); // file → none
    QCOMPARE(written.size(), 1);
    QVERIFY(written[0].after[QStringLiteral("content")].isNull());
    written = content(QByteArray("%PDF-1.7")); // none → file
    QCOMPARE(written.size(), 1);
    QVERIFY(written[0].before[QStringLiteral("content")].isNull());
    QCOMPARE(written[0].after[QStringLiteral("content")].toString(), QStringLiteral("8 bytes"));
}

void TestAuditChanges::changedLogoWritesOneRow()
{
    ArchiveFixture f;
    DocumentSettingsStore settings(f.archive);
    QVERIFY(settings.set({{QStringLiteral("logo"), QByteArray("\x89PNG logo", 9)},
                          {QStringLiteral("signatory"), QStringLiteral("Il Sindaco")}}));
    const qint64 mark = lastAuditId(f.archive);
    QVERIFY(settings.set({{QStringLiteral("logo"), QByteArray("\x89PNG new logo", 13)},
                          {QStringLiteral("signatory"), QStringLiteral("Il Sindaco")}}));
    const auto written = entriesAfter(f.archive, mark);
    QCOMPARE(written.size(), 1);
    QCOMPARE(written[0].table, QStringLiteral("document_settings"));
    QCOMPARE(written[0].action, QStringLiteral("update"));
    QCOMPARE(written[0].before[QStringLiteral("key")].toString(), QStringLiteral("logo"));
    QCOMPARE(written[0].before[QStringLiteral("value")].toString(), QStringLiteral("9 bytes"));
    QCOMPARE(written[0].after[QStringLiteral("value")].toString(), QStringLiteral("13 bytes"));
}

// Every audited table's UPDATE trigger is guarded over all of its columns, so that a column
// left out could neither hide a change nor (if only it changed) go unrecorded.
void TestAuditChanges::everyUpdateTriggerComparesEveryColumn()
{
    SKIP_ON_SERVER(); // reads SQLite's trigger text; the PostgreSQL one is generated from it
    ArchiveFixture f;
    const QSqlDatabase db = sql::database(f.archive);
    auto query = sql::exec(db,
                           QStringLiteral("SELECT name, tbl_name, sql FROM sqlite_master "
                                          "WHERE type = 'trigger' AND name LIKE 'audit\\_%' "
                                          "ESCAPE '\\'"));
    QVERIFY(query);
    QStringList audited, guarded;
    while (query.value().next()) {
        const QString name = query.value().value(0).toString();
        const QString table = query.value().value(1).toString();
        const QString text = query.value().value(2).toString();
        if (name == QStringLiteral("audit_%1_insert").arg(table))
            audited << table;
        if (name != QStringLiteral("audit_%1_update").arg(table))
            continue;
        guarded << table;
        const QSqlRecord columns = db.record(table);
        QVERIFY(!columns.isEmpty());
        for (int i = 0; i < columns.count(); ++i) {
            // The record's version (migration 007) is bookkeeping that its own trigger raises
            // exactly when an audited column changes; it is not the clerk's data.
            if (columns.fieldName(i) == QLatin1String("version"))
                continue;
            const QString term = QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(columns.fieldName(i));
            QVERIFY2(text.contains(term), qPrintable(name + QStringLiteral(": no ") + term));
        }
    }
    audited.sort();
    guarded.sort();
    QCOMPARE(guarded, audited);
    for (const char *table :
         {"organisations", "people", "meetings", "materials", "document_settings"})
        QVERIFY(guarded.contains(QLatin1String(table)));
}

void TestAuditChanges::upgradeFromSchema5KeepsHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema5.sqlite"));
    storagehelpers::rawExec(
        path,
        storagehelpers::schemaUpTo(5)
            << QStringLiteral("INSERT INTO organisations (name, category, tax_code) "
                              "VALUES ('Alfa', 'other', '00095450144')")
            << QStringLiteral("UPDATE organisations SET name = name")
            << QStringLiteral("INSERT INTO meetings (kind, date) "
                              "VALUES ('ordinary', '2025-03-12')")
            << QStringLiteral("UPDATE meetings SET place = 'Sondrio'"));
    if (QTest::currentTestFailed())
        return;
    const QString countAudit = QStringLiteral("SELECT count(*) FROM audit");
    QCOMPARE(storagehelpers::rawScalar(path, countAudit), 4); // schema 5 audited the rewrite too
    Archive archive;
    QVERIFY(archive.open(path, Archive::OpenMode::MustExist));
    QCOMPARE(archive.schemaVersion(), Migrations::latestVersion());
    QVERIFY(archive.schemaVersion() >= 6);
    // The history written at schema 5 is all there, the unchanged rewrite included: the
    // migration changes what is recorded from now on, not what was.
    QCOMPARE(auditCount(archive), 4);
    const auto history = AuditLog(archive).entries();
    QCOMPARE(history.size(), 4);
    QCOMPARE(history[1].action, QStringLiteral("update"));
    QCOMPARE(history[1].table, QStringLiteral("organisations"));
    QCOMPARE(history[1].before, history[1].after);
    QCOMPARE(history[3].after[QStringLiteral("place")].toString(), QStringLiteral("Sondrio"));

    const QSqlDatabase db = sql::database(archive);
    QVERIFY(rewriteUnchanged(db, QStringLiteral("organisations"), history[0].rowId));
    QVERIFY(rewriteUnchanged(db, QStringLiteral("meetings"), history[2].rowId));
    QCOMPARE(auditCount(archive), 4);
    const auto written = auditOfSet(archive, QStringLiteral("meetings"), QStringLiteral("place"),
                                    history[2].rowId, QStringLiteral("Chiavenna"));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written[0].before[QStringLiteral("place")].toString(), QStringLiteral("Sondrio"));
    QCOMPARE(written[0].after[QStringLiteral("place")].toString(), QStringLiteral("Chiavenna"));
}

// A schema-5 archive that lost one of its triggers: 006 stops at it, and what it had already
// replaced before it is rolled back with it.
void TestAuditChanges::upgradeReplacesAllTriggersOrNone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    storagehelpers::rawExec(path,
                            storagehelpers::schemaUpTo(5)
                                << QStringLiteral("DROP TRIGGER audit_meetings_update"));
    if (QTest::currentTestFailed())
        return;
    {
        Archive archive;
        QVERIFY(!archive.open(path, Archive::OpenMode::MustExist));
    }
    QCOMPARE(ArchiveFile::inspect(path).schemaVersion, 5);
    // The organisations' trigger, replaced before the failure, is the unguarded one again.
    QCOMPARE(storagehelpers::rawScalar(
                 path,
                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                "AND sql LIKE '%IS NOT NEW.%'")),
             0);
    QCOMPARE(
        storagehelpers::rawScalar(
            path,
            QStringLiteral(
                "SELECT count(*) FROM sqlite_master WHERE name = 'audit_organisations_update'")),
        1);
}

QTEST_GUILESS_MAIN(TestAuditChanges)
#include "tst_audit_changes.moc"

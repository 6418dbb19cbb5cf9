#include "archivefixture.h"
#include "core/storage/archivefile.h"
#include "core/storage/historystore.h"
#include "core/storage/internal/migrations.h"
#include "core/storage/internal/sql.h"
#include "core/storage/minutesstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace tavolo;

namespace {

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// An SQLite database made without Tavolo, as another program would.
void makeForeignDatabase(const QString &path, int userVersion = 0)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY)"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

class TestStorageMigrations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void newArchiveHasLatestSchema();
    void pragmasAreSet();
    void reopeningKeepsData();
    void statementSplitter();
    void refusesNonDatabaseUntouched();
    void refusesForeignDatabaseUntouched();
    void refusesNewerSchemaUntouched();
    void refusesMissingWhenMustExist();
    void emptyFileIsInitialised();
    void nestedWritesRollBackInnerOnly();
    void groupMeetingsMoveIntoMeetings_009();
    void voteNamesJoinMinutesAndLockWithThem_010();
    void participationCycleTables_011();
    void surveyFormsAndSubmissionNotes_012();
    void objectivesTables_013();
    void serverHasTheFilesTablesAndColumns();
};

void TestStorageMigrations::newArchiveHasLatestSchema()
{
    ArchiveFixture f;
    QVERIFY(f.archive.isOpen());
    QVERIFY(Migrations::latestVersion() >= 1);
    QCOMPARE(f.archive.schemaVersion(), Migrations::latestVersion());
    if (!testserver::active())
        QCOMPARE(ArchiveFile::inspect(f.path()).kind, ArchiveFile::Kind::Tavolo);
    const auto tables = sql::database(f.archive).tables();
    QVERIFY(tables.contains(QStringLiteral("organisations")));
    QVERIFY(tables.contains(QStringLiteral("people")));
}

void TestStorageMigrations::pragmasAreSet()
{
    SKIP_ON_SERVER();
    ArchiveFixture f;
    const QSqlDatabase db = sql::database(f.archive);
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA synchronous")), 2); // FULL
    auto mode = sql::exec(db, QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode && mode.value().next());
    QCOMPARE(mode.value().value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(quint32(sql::scalar(db, QStringLiteral("PRAGMA application_id"))),
             ArchiveFile::applicationId);
}

void TestStorageMigrations::reopeningKeepsData()
{
    ArchiveFixture f;
    auto inserted = sql::exec(sql::database(f.archive),
                              QStringLiteral("INSERT INTO organisations (name, category, tax_code) "
                                             "VALUES ('Alfa', 'other', '00095450144')"));
    QVERIFY(inserted);
    f.archive.close();
    Archive again;
    QVERIFY(again.open(f.path(), Archive::OpenMode::MustExist));
    QCOMPARE(
        sql::scalar(sql::database(again), QStringLiteral("SELECT count(*) FROM organisations")), 1);
}

void TestStorageMigrations::statementSplitter()
{
    const QString script =
        QStringLiteral("-- a comment\n"
                       "CREATE TABLE a (x INTEGER);\n"
                       "CREATE TABLE b (\n  y TEXT\n);\n"
                       "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  INSERT INTO b VALUES ('1');\n"
                       "  INSERT INTO b VALUES ('2');\nEND;\n"
                       "CREATE INDEX i ON a (x);\n");
    const QStringList statements = Migrations::statements(script);
    QCOMPARE(statements.size(), 4);
    QVERIFY(statements.at(2).startsWith(QLatin1String("CREATE TRIGGER")));
    QVERIFY(statements.at(2).endsWith(QLatin1String("END;")));
}

void TestStorageMigrations::refusesNonDatabaseUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("letter.docx"));
    writeFile(path, QByteArrayLiteral("PK\x03\x04 this is a zip, not a database"));
    const QByteArray before = digestOf(path);
    Archive archive;
    const auto opened = archive.open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.problems().first().rule, QStringLiteral("ARCHIVE"));
    QVERIFY(opened.problems().first().message.contains(QStringLiteral("letter.docx")));
    QCOMPARE(digestOf(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestStorageMigrations::refusesForeignDatabaseUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.sqlite"));
    makeForeignDatabase(path);
    const QByteArray before = digestOf(path);
    QCOMPARE(ArchiveFile::inspect(path).kind, ArchiveFile::Kind::Foreign);
    Archive archive;
    QVERIFY(!archive.open(path));
    QCOMPARE(digestOf(path), before);
}

void TestStorageMigrations::refusesNewerSchemaUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Archive archive;
        QVERIFY(archive.open(path));
        // Leave the write-ahead log checkpointed into the file, as a closed archive is.
        QVERIFY(sql::exec(sql::database(archive), QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(sql::exec(
            sql::database(archive),
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
    }
    const QByteArray before = digestOf(path);
    Archive archive;
    const auto opened = archive.open(path);
    QVERIFY(!opened);
    QVERIFY(opened.problems().first().message.contains(QStringLiteral("newer")));
    QCOMPARE(digestOf(path), before);
}

void TestStorageMigrations::refusesMissingWhenMustExist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nothing.sqlite"));
    Archive archive;
    QVERIFY(!archive.open(path, Archive::OpenMode::MustExist));
    QVERIFY(!QFile::exists(path));
}

void TestStorageMigrations::emptyFileIsInitialised()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(path, {});
    Archive archive;
    QVERIFY(archive.open(path, Archive::OpenMode::MustExist));
    QCOMPARE(archive.schemaVersion(), Migrations::latestVersion());
}

void TestStorageMigrations::nestedWritesRollBackInnerOnly()
{
    ArchiveFixture f;
    const QSqlDatabase db = sql::database(f.archive);
    const auto insert = [&](const QString &code) {
        return sql::exec(db,
                         QStringLiteral("INSERT INTO organisations (name, category, tax_code) "
                                        "VALUES ('x', 'other', :code)"),
                         {{QStringLiteral("code"), code}});
    };
    const auto outer = f.archive.write([&]() -> Result<Done> {
        if (!insert(QStringLiteral("00095450144")))
            return Result<Done>::refused(Problems {});
        const auto inner = f.archive.write([&]() -> Result<Done> {
            insert(QStringLiteral("01199250158"));
            return Result<Done>::refused(Problem::refused(QStringLiteral("TEST"), QString()));
        });
        return inner ? Result<Done>::refused(Problems {}) : Result<Done>::ok({});
    });
    QVERIFY(outer);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM organisations")), 1);
    QVERIFY(!f.archive.inTransaction());
}

// An archive made by the schema before 009 (version 7: no 008 on this branch) with a Tavolo
// meeting and two meetings of a working group, one held with its attendance: after opening it,
// every meeting, agenda item and attendance row is in the one model, the old ids are kept in
// group_meeting_moves, and the audit rows of the old tables are still there.
void TestStorageMigrations::groupMeetingsMoveIntoMeetings_009()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    qint64 oldAudit = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY(Migrations::upgrade(db, 0, 7));
        for (const char *statement :
             {"INSERT INTO people (id, given_name, family_name) VALUES (1, 'Anna', 'Bianchi'), "
              "(2, 'Luca', 'Neri')",
              "INSERT INTO meetings (id, kind, date, place, state) VALUES "
              "(1, 'ordinary', '2025-03-01', 'Sondrio', 'held'), (2, 'ordinary', '2025-06-01', "
              "'Sondrio', 'draft')",
              "INSERT INTO working_groups (id, name, proposed_coordinator_id, coordinator_id) "
              "VALUES (1, 'Minori', 1, 1)",
              "INSERT INTO group_participants (group_id, person_id) VALUES (1, 1), (1, 2)",
              "INSERT INTO group_meetings (id, group_id, date, time, place, agenda, held, "
              "ratified_coordinator) VALUES (1, 1, '2025-04-02', '17:00', 'Tirano', "
              "'[\"Avvio\",\"Calendario\"]', 1, 1), (2, 1, '2025-09-10', NULL, NULL, '[]', 0, 0)",
              "INSERT INTO group_attendance (group_meeting_id, person_id, status) VALUES "
              "(1, 1, 'present'), (1, 2, 'excused')"})
            QVERIFY(sql::exec(db, QString::fromLatin1(statement)));
        oldAudit = sql::scalar(db,
                               QStringLiteral("SELECT count(*) FROM audit WHERE table_name IN "
                                              "('group_meetings', 'group_attendance')"));
        QCOMPARE(oldAudit, 4);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    Archive archive;
    const auto opened = archive.open(path, Archive::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(describe(opened.problems())));
    const QSqlDatabase db = sql::database(archive);
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM meetings")), 4);
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT meeting_id FROM group_meeting_moves WHERE "
                                        "group_meeting_id = 1")),
             3);
    auto row = sql::exec(db,
                         QStringLiteral("SELECT kind, date, time, place, state, group_id, "
                                        "ratified_coordinator FROM meetings WHERE id = 3"));
    QVERIFY(row && row.value().next());
    QCOMPARE(row.value().value(0).toString(), QStringLiteral("ordinary"));
    QCOMPARE(row.value().value(1).toString(), QStringLiteral("2025-04-02"));
    QCOMPARE(row.value().value(2).toString(), QStringLiteral("17:00"));
    QCOMPARE(row.value().value(3).toString(), QStringLiteral("Tirano"));
    QCOMPARE(row.value().value(4).toString(), QStringLiteral("held"));
    QCOMPARE(row.value().value(5).toLongLong(), 1);
    QCOMPARE(row.value().value(6).toInt(), 1);
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM meetings WHERE id = 4 AND "
                                        "state = 'draft' AND group_id = 1")),
             1);
    QCOMPARE(
        sql::scalar(db, QStringLiteral("SELECT count(*) FROM agenda_items WHERE meeting_id = 3")),
        2);
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM attendance WHERE meeting_id = 3 "
                                        "AND ((person_id = 1 AND status = 'present') OR "
                                        "(person_id = 2 AND status = 'excused'))")),
             2);
    // Nothing of the audit trail is lost; the move itself is audited.
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM audit WHERE table_name IN "
                                        "('group_meetings', 'group_attendance')")),
             oldAudit);
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                        "'meetings' AND action = 'insert' AND row_id IN (3, 4)")),
             2);
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                        "('group_meetings', 'group_attendance')")),
             0);
    // The history reads them as the group's meetings.
    const History h = HistoryStore(archive).load();
    QCOMPARE(h.meetings.size(), 2);
    QCOMPARE(h.groups.size(), 1);
    QCOMPARE(h.groups.first().meetings.size(), 2);
    const Meeting &first = h.groups.first().meetings.first();
    QCOMPARE(first.body, MeetingBody::group(1));
    QCOMPARE(first.agenda, (QStringList {QStringLiteral("Avvio"), QStringLiteral("Calendario")}));
    QCOMPARE(first.attendance.value(2), Attendance::Excused);
    QVERIFY(first.ratifiedCoordinator);
    QCOMPARE(h.meeting(3)->date, QDate(2025, 4, 2));
}

namespace {

// An archive made by schema `version`, with the given rows, written around the program as an
// older Tavolo left it.
QString archiveAtSchema(const QTemporaryDir &dir, int version,
                        std::initializer_list<const char *> rows)
{
    const QString name = QStringLiteral("schema%1").arg(version);
    const QString path = dir.filePath(name + QStringLiteral(".sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open() || !sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"))
            || !Migrations::upgrade(db, 0, version))
            return {};
        for (const char *statement : rows)
            if (!sql::exec(db, QString::fromUtf8(statement)))
                return {};
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return path;
}

// The audit triggers of a table (insert, update, delete: 3).
qint64 auditTriggers(const QSqlDatabase &db, const char *table)
{
    return sql::scalar(db,
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                      "AND tbl_name = '%1' AND name LIKE 'audit\\_%' ESCAPE '\\'")
                           .arg(QLatin1String(table)));
}

// A schema-9 archive (the one meeting model and the minutes, before 010 and 011).
QString archiveAtSchemaNine(const QTemporaryDir &dir, std::initializer_list<const char *> rows)
{
    return archiveAtSchema(dir, 9, rows);
}

} // namespace

// An archive made by schema 9 (the one model and the minutes, before the vote names) with two
// held meetings, the first's minutes approved at the second and the second's a draft: after
// opening it every minutes row, item and count is kept; the draft's vote can name its voters,
// audited; the approved minutes' vote cannot, whatever the program does (R-K).
void TestStorageMigrations::voteNamesJoinMinutesAndLockWithThem_010()
{
    QTemporaryDir dir;
    const QString path = archiveAtSchemaNine(
        dir,
        {"INSERT INTO people (id, given_name, family_name) VALUES (1, 'Anna', 'Bianchi'), "
         "(2, 'Luca', 'Neri')",
         "INSERT INTO meetings (id, kind, date, place, state) VALUES "
         "(1, 'ordinary', '2025-03-01', 'Sondrio', 'held'), (2, 'ordinary', '2025-06-01', "
         "'Sondrio', 'held')",
         "INSERT INTO attendance (meeting_id, person_id, status) VALUES (1, 1, 'present'), "
         "(1, 2, 'present'), (2, 1, 'present'), (2, 2, 'present')",
         "INSERT INTO agenda_items (meeting_id, position, text) VALUES "
         "(1, 0, 'Insediamento'), (2, 0, 'Approvazione del verbale'), (2, 1, 'Bilancio')",
         "INSERT INTO minutes (id, meeting_id, chair_id, secretary_id) VALUES (1, 1, 1, 2), "
         "(2, 2, 1, 2)",
         "INSERT INTO minutes_items (minutes_id, item, summary, decision, unanimous, "
         "favourable, contrary, abstained) VALUES (1, 1, 'Sintesi', 'Insediato', 0, 1, 1, "
         "0), (2, 2, 'Bilancio', 'Approvato', 0, 2, 0, 0)",
         "UPDATE minutes SET approved_at = 2, approval_unanimous = 1 WHERE id = 1"});
    QVERIFY(!path.isEmpty());

    Archive archive;
    const auto opened = archive.open(path, Archive::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(describe(opened.problems())));
    const QSqlDatabase db = sql::database(archive);
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 10);
    History h = HistoryStore(archive).load();
    QCOMPARE(h.minutes.size(), 2);
    QCOMPARE(h.minutesById(1)->approvedAt, std::optional<qint64>(2));
    QCOMPARE(*h.minutesById(1)->items.first().vote, Vote::counted(1, 1, 0));
    QVERIFY(h.minutesById(1)->items.first().vote->names.isEmpty());

    // The draft's counted vote names its voters; the names come back and are audited.
    Minutes draft = *h.minutesById(2);
    draft.items.first().vote->names.favourable = {1, 2};
    const auto updated = MinutesStore(archive).update(draft);
    QVERIFY2(updated, qPrintable(describe(updated.problems())));
    h = HistoryStore(archive).load();
    QCOMPARE(h.minutesById(2)->items.first().vote->names.favourable, (QList<qint64> {1, 2}));
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                        "'minutes_vote_names' AND action = 'insert'")),
             2);
    // The approved minutes' vote takes no names, even written around the program.
    QVERIFY(!sql::exec(db,
                       QStringLiteral("INSERT INTO minutes_vote_names (minutes_id, item, "
                                      "person_id, choice) VALUES (1, 1, 1, 'favourable')")));
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM minutes_vote_names WHERE "
                                        "minutes_id = 1")),
             0);
}

// An archive made by schema 9 (before 010 and 011) with a Tavolo meeting and a group's meeting:
// after opening it, they are unchanged, meetings gain `table_id`, the cycle's tables exist and
// are audited, and a planning table's meeting is audited with its table.
void TestStorageMigrations::participationCycleTables_011()
{
    QTemporaryDir dir;
    const QString path =
        archiveAtSchemaNine(dir,
                            {"INSERT INTO working_groups (id, name) VALUES (1, 'Minori')",
                             "INSERT INTO meetings (id, kind, date, place, state) VALUES "
                             "(1, 'ordinary', '2021-03-01', 'Casalmaggiore', 'held')",
                             "INSERT INTO meetings (id, kind, date, state, group_id) VALUES "
                             "(2, 'ordinary', '2021-04-01', 'draft', 1)"});
    QVERIFY(!path.isEmpty());

    Archive archive;
    const auto opened = archive.open(path, Archive::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(describe(opened.problems())));
    const QSqlDatabase db = sql::database(archive);
    QVERIFY(sql::scalar(db, QStringLiteral("PRAGMA user_version")) >= 11);
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM meetings WHERE table_id IS "
                                        "NULL")),
             2);
    for (const char *table : {"planning_cycles", "cycle_sub_areas", "planning_tables",
                              "table_participants", "calls", "call_tables", "call_forms",
                              "submissions", "submission_tables", "cycle_files", "adhesions"})
        QCOMPARE(auditTriggers(db, table), 3);
    QVERIFY(sql::exec(db,
                      QStringLiteral("INSERT INTO planning_cycles (id, name, date_from, "
                                     "date_to) VALUES (1, '2021-2023', '2021-01-01', "
                                     "'2023-12-31')")));
    QVERIFY(sql::exec(db,
                      QStringLiteral("INSERT INTO planning_tables (id, cycle_id, name, kind) "
                                     "VALUES (1, 1, 'Plenaria', 'plenary')")));
    QVERIFY(sql::exec(db,
                      QStringLiteral("INSERT INTO meetings (id, kind, date, state, table_id) "
                                     "VALUES (3, 'ordinary', '2021-09-27', 'draft', 1)")));
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                        "'meetings' AND row_id = 3 AND "
                                        "json_extract(after_json, '$.table_id') = 1")),
             1);
    const History h = HistoryStore(archive).load();
    QCOMPARE(h.meetings.size(), 1);
    QCOMPARE(h.groups.first().meetings.size(), 1);
    QCOMPARE(h.tables.size(), 1);
    QCOMPARE(h.tables.first().meetings.size(), 1);
    QCOMPARE(h.meeting(3)->body, MeetingBody::table(1));
}

// An archive made by schema 11 (the cycle, before the survey flag and the submissions' notes)
// with a call of two forms and a submission: after opening it, no form is a survey (the title
// "Scheda di rilevazione" decides nothing), the submission has no notes, and both new columns
// are written and audited like the others.
void TestStorageMigrations::surveyFormsAndSubmissionNotes_012()
{
    QTemporaryDir dir;
    const QString path = archiveAtSchema(
        dir, 11,
        {"INSERT INTO organisations (id, name, tax_code, category) VALUES (1, 'Cooperativa "
         "Alfa', '93000200019', 'social-cooperative')",
         "INSERT INTO planning_cycles (id, name, date_from, date_to) VALUES (1, '2021-2023', "
         "'2021-01-01', '2023-12-31')",
         "INSERT INTO calls (id, cycle_id, title) VALUES (1, 1, 'Avviso')",
         "INSERT INTO call_forms (call_id, form, title, deadline) VALUES (1, 'A', "
         "'Manifestazione', '2021-09-10'), (1, 'B', 'Scheda di rilevazione', '2021-09-20')",
         "INSERT INTO submissions (id, call_id, form, organisation_id, received, channel, late, "
         "decision, decided_on) VALUES (1, 1, 'A', 1, '2021-09-09T10:15', 'pec', 0, "
         "'admitted', '2021-09-09')"});
    QVERIFY(!path.isEmpty());

    Archive archive;
    const auto opened = archive.open(path, Archive::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(describe(opened.problems())));
    const QSqlDatabase db = sql::database(archive);
    QVERIFY(sql::scalar(db, QStringLiteral("PRAGMA user_version")) >= 12);
    History h = HistoryStore(archive).load();
    QCOMPARE(h.calls.size(), 1);
    QCOMPARE(h.calls.first().forms.size(), 2);
    QVERIFY(!h.calls.first().form(QStringLiteral("A"))->survey);
    QVERIFY(!h.calls.first().form(QStringLiteral("B"))->survey);
    QCOMPARE(h.submissions.size(), 1);
    QVERIFY(h.submissions.first().notes.isEmpty());

    QVERIFY(sql::exec(db, QStringLiteral("UPDATE call_forms SET survey = 1 WHERE form = 'B'")));
    QVERIFY(!sql::exec(db, QStringLiteral("UPDATE call_forms SET survey = 2 WHERE form = 'A'")));
    QVERIFY(sql::exec(db,
                      QStringLiteral("UPDATE submissions SET notes = 'Referente corretto' "
                                     "WHERE id = 1")));
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                        "'call_forms' AND action = 'update' AND "
                                        "json_extract(before_json, '$.survey') = 0 AND "
                                        "json_extract(after_json, '$.survey') = 1")),
             1);
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM audit WHERE table_name = "
                                        "'submissions' AND action = 'update' AND "
                                        "json_extract(after_json, '$.notes') = "
                                        "'Referente corretto'")),
             1);
    h = HistoryStore(archive).load();
    QVERIFY(h.calls.first().form(QStringLiteral("B"))->survey);
    QCOMPARE(h.submissions.first().notes, QStringLiteral("Referente corretto"));
}

// An archive made by schema 11 (the participation cycle, before 012 and 013) with a cycle and
// a held Tavolo meeting: after opening it they are unchanged, the objectives' four tables exist
// with three audit triggers each, an objective written around the program is audited, and
// History reads it with its phase, indicator and reading.
void TestStorageMigrations::objectivesTables_013()
{
    QTemporaryDir dir;
    const QString path = archiveAtSchema(
        dir, 11,
        {"INSERT INTO planning_cycles (id, name, date_from, date_to) VALUES (1, '2021-2023', "
         "'2021-01-01', '2023-12-31')",
         "INSERT INTO meetings (id, kind, date, place, state) VALUES "
         "(1, 'ordinary', '2021-03-01', 'Casalmaggiore', 'held')"});
    QVERIFY(!path.isEmpty());

    Archive archive;
    const auto opened = archive.open(path, Archive::OpenMode::MustExist);
    QVERIFY2(opened, qPrintable(describe(opened.problems())));
    const QSqlDatabase db = sql::database(archive);
    QVERIFY(sql::scalar(db, QStringLiteral("PRAGMA user_version")) >= 13);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM planning_cycles")), 1);
    for (const char *table :
         {"objectives", "objective_phases", "objective_indicators", "indicator_readings"})
        QCOMPARE(auditTriggers(db, table), 3);
    for (const char *statement :
         {"INSERT INTO objectives (id, code, title, first_year, last_year) VALUES "
          "(1, '2019_ZN20', 'Volontariato', 2019, 2019)",
          "INSERT INTO objective_phases (id, objective_id, number, description, weight, "
          "planned_from, planned_to) VALUES (1, 1, 1, 'Fase', 100, '2019-01-01', '2019-12-31')",
          "INSERT INTO objective_indicators (id, objective_id, number, description, expected, "
          "measure, cycle_id) VALUES (1, 1, 1, 'Co-progettazione', '2', "
          "'co-design-activities', 1)",
          "INSERT INTO objective_indicators (id, objective_id, number, description, expected) "
          "VALUES (2, 1, 2, 'Giovani', '80/15')",
          "INSERT INTO indicator_readings (indicator_id, date, value) VALUES (2, "
          "'2019-12-31', '76/14')"})
        QVERIFY2(sql::exec(db, QString::fromLatin1(statement)), statement);
    // The schema's own checks: planned end before start, progress past 100.
    QVERIFY(!sql::exec(db,
                       QStringLiteral("INSERT INTO objective_phases (objective_id, number, "
                                      "description, weight, planned_from, planned_to) "
                                      "VALUES (1, 2, 'X', 1, '2019-02-01', '2019-01-01')")));
    QVERIFY(!sql::exec(db, QStringLiteral("UPDATE objective_phases SET progress = 101")));
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM audit WHERE table_name IN "
                                        "('objectives', 'objective_phases', "
                                        "'objective_indicators', 'indicator_readings') AND "
                                        "action = 'insert'")),
             5);
    const History h = HistoryStore(archive).load();
    QCOMPARE(h.meetings.size(), 1);
    QCOMPARE(h.objectives.size(), 1);
    const Objective &o = h.objectives.first();
    QCOMPARE(o.phases.first().weight, 100.0);
    QCOMPARE(o.indicators.first().cycleId, std::optional<qint64>(1));
    QCOMPARE(o.indicators.last().readings.first().value.text(), QStringLiteral("76/14"));
}

namespace {

// Every table and column of a file's schema, in order, as "table.column" (the server's
// generated `rowid` stands for SQLite's implicit one and is not listed).
QStringList columnsOf(const QSqlDatabase &db)
{
    const QString statement = testserver::active() && db.driverName() == QLatin1String("QPSQL")
        ? QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                         "WHERE table_schema = current_schema() AND table_name <> "
                         "'schema_version' AND column_name <> 'rowid' "
                         "ORDER BY table_name, ordinal_position")
        : QStringLiteral("SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p "
                         "WHERE m.type = 'table' ORDER BY m.name, p.cid");
    QStringList out;
    auto query = sql::exec(db, statement);
    while (query && query.value().next())
        out << query.value().value(0).toString() + QLatin1Char('.')
                + query.value().value(1).toString();
    return out;
}

} // namespace

// The server's schema is generated from the SQLite migrations (scripts/pg-schema.py): after a
// new migration it must be generated again, or this fails.
void TestStorageMigrations::serverHasTheFilesTablesAndColumns()
{
    if (!testserver::active())
        QSKIP("compares an archive on the PostgreSQL test server with a file");
    QCOMPARE(Migrations::latestServerVersion(), Migrations::latestVersion());
    ArchiveFixture onServer;
    QVERIFY(onServer.archive.onServer());
    QTemporaryDir dir;
    Archive file;
    QVERIFY(file.open(dir.filePath(QStringLiteral("file.sqlite"))));
    const QStringList expected = columnsOf(sql::database(file));
    QVERIFY(expected.size() > 100);
    QCOMPARE(columnsOf(sql::database(onServer.archive)), expected);
}

QTEST_GUILESS_MAIN(TestStorageMigrations)
#include "tst_storage_migrations.moc"

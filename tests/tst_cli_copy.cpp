// tavolo-cli copy, backup and restore between an archive file and the office server (issue 18,
// point 4): a file copied whole onto the server (every row with its id, the audit trail as it
// was; a non-empty target refused untouched; the server's ids continue after the copied ones),
// the server's archive copied back into a new file that compares equal with the first, row by
// row; a backup of the server's archive that is a sound archive file; a backup restored onto the
// server. Run in the PostgreSQL variant only.
#include "clirunner.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace {

const QString Sondrio = QStringLiteral(TAVOLO_EXAMPLES "/sondrio-scenario.json");

// What a copy must carry over, from a connection of its own to an archive file: every row of
// every table in order (audit_context, the one row of context each program writes for its own
// transactions, apart), the schema as SQLite keeps it and its version.
QMap<QString, QStringList> contents(const QString &file)
{
    QMap<QString, QStringList> out;
    const QString name = QStringLiteral("contents");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {};
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA user_version"));
        out[QStringLiteral("(version)")] << (query.next() ? query.value(0).toString() : QString());
        query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"));
        QStringList tables;
        while (query.next()) {
            out[QStringLiteral("(schema)")]
                << QStringList {query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3).toString()}
                       .join(QLatin1Char('|'));
            if (query.value(0).toString() == QLatin1String("table")
                && query.value(1).toString() != QLatin1String("audit_context"))
                tables << query.value(1).toString();
        }
        out[QStringLiteral("(schema)")].sort();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT rowid AS rowid, * FROM %1 ORDER BY rowid").arg(table));
            QStringList &kept = out[table];
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant value = rows.value(i);
                    values << (value.isNull()
                                   ? QStringLiteral("NULL")
                                   : QStringLiteral("%1:%2").arg(
                                       QString::fromLatin1(value.typeName()),
                                       value.typeId() == QMetaType::QByteArray
                                           ? QString::fromLatin1(value.toByteArray().toHex())
                                           : value.toString()));
                }
                kept << values.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// For each table whose rows (or the schema) differ, the first row that differs; empty when the
// two files hold the same.
QString difference(const QMap<QString, QStringList> &a, const QMap<QString, QStringList> &b)
{
    if (a.keys() != b.keys())
        return QStringLiteral("tables: %1 / %2")
            .arg(a.keys().join(QLatin1Char(',')), b.keys().join(QLatin1Char(',')));
    QStringList found;
    for (auto table = a.begin(); table != a.end(); ++table) {
        const QStringList &other = b[table.key()];
        for (qsizetype i = 0; i < qMax(table->size(), other.size()); ++i) {
            if (table->value(i) != other.value(i)) {
                found << QStringLiteral("%1 row %2: %3 / %4")
                             .arg(table.key())
                             .arg(i)
                             .arg(table->value(i), other.value(i));
                break;
            }
        }
    }
    return found.join(QStringLiteral("; "));
}

// Each identity sequence of the server's archive as "table: last value, called".
QStringList sequences(const QString &location)
{
    QStringList out;
    const QString name = QStringLiteral("sequences");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        testserver::configure(db, location);
        if (db.open()) {
            QSqlQuery columns(db);
            columns.exec(QStringLiteral(
                "SELECT c.relname, pg_get_serial_sequence(c.relname, a.attname) FROM pg_class c "
                "JOIN pg_attribute a ON a.attrelid = c.oid WHERE a.attidentity <> '' AND "
                "c.relnamespace = current_schema()::regnamespace"));
            while (columns.next()) {
                QSqlQuery sequence(db);
                sequence.exec(QStringLiteral("SELECT last_value, is_called FROM %1")
                                  .arg(columns.value(1).toString()));
                if (sequence.next())
                    out << QStringLiteral("%1: %2, %3")
                               .arg(columns.value(0).toString(), sequence.value(0).toString(),
                                    sequence.value(1).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    out.sort();
    return out;
}

// The same, as the file `file` implies them: its highest id (or rowid) in each table.
QStringList sequencesImplied(const QString &file)
{
    QStringList out;
    const auto rows = contents(file);
    for (auto table = rows.begin(); table != rows.end(); ++table) {
        if (table.key().startsWith(QLatin1Char('(')))
            continue;
        qint64 most = 0;
        for (const QString &row : *table)
            most =
                qMax(most,
                     row.section(QLatin1Char('|'), 0, 0).section(QLatin1Char(':'), 1).toLongLong());
        out << QStringLiteral("%1: %2, %3")
                   .arg(table.key())
                   .arg(most == 0 ? 1 : most)
                   .arg(most == 0 ? QStringLiteral("false") : QStringLiteral("true"));
    }
    out.sort();
    return out;
}

void changeOneRow(const QString &file)
{
    const QString name = QStringLiteral("change");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE organisations SET phone = '0342 000000' WHERE id = (SELECT max(id) FROM "
            "organisations)")));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestCliCopy : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void fileCopiedWholeOntoTheServer();
    void serverCopiedBackIntoAnEqualFile();
    void backupOfTheServerIsASoundFile();
    void backupRestoredOntoTheServer();

private:
    // A file archive with every kind of row: the Sondrio scenario, a Piano di Zona cycle and an
    // objective with its indicators, a letterhead with a logo (a document kept as bytes).
    QString filledFile(const QString &name);
    // tavolo-cli copy of `file` onto the archive at `location`: its exit status.
    static int copied(const QString &file, const QString &location);
    // Where tavolo-cli keeps the backups of the server's archive in `database`.
    QDir backupFolder(const QString &database) const;
    QTemporaryDir m_dir;
};

void TestCliCopy::init()
{
    if (!testserver::active())
        QSKIP("copies onto the PostgreSQL test server (TAVOLO_TEST_DB)");
    // The backups of an archive on a server go to the user's application-data folder: here.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
}

QString TestCliCopy::filledFile(const QString &name)
{
    const QString file = m_dir.filePath(name);
    runCli(file,
           {QStringLiteral("apply"), QStringLiteral(TAVOLO_EXAMPLES "/casalasco-cycle.json")});
    runCli(file,
           {QStringLiteral("apply"), QStringLiteral(TAVOLO_EXAMPLES "/objective-2019-zn20.json")});
    runCli(file, {QStringLiteral("apply"), Sondrio}); // some operations are refused, on purpose
    runCli(file,
           {QStringLiteral("letterhead"), QStringLiteral("--set"),
            QStringLiteral("enteName=Comunità Montana"), QStringLiteral("--logo"),
            QStringLiteral(TAVOLO_SOURCE_DIR "/resources/documents/logo-placeholder.png")});
    return file;
}

int TestCliCopy::copied(const QString &file, const QString &location)
{
    return runCli(file, {QStringLiteral("copy"), QStringLiteral("--to"), location}).exitCode;
}

QDir TestCliCopy::backupFolder(const QString &database) const
{
    return QDir(m_dir.filePath(QStringLiteral("data/Tavolo/Tavolo/backups/") + database));
}

void TestCliCopy::fileCopiedWholeOntoTheServer()
{
    const QString file = m_dir.filePath(QStringLiteral("sondrio.sqlite"));
    QCOMPARE(runCli(file, {QStringLiteral("apply"), Sondrio}).exitCode,
             1); // some operations are refused, on purpose
    const testserver::Place server(m_dir.filePath(QStringLiteral("unused.sqlite")));
    const CliRun copied =
        runCli(file, {QStringLiteral("copy"), QStringLiteral("--to"), server.location()});
    QVERIFY2(copied.exitCode == 0, copied.err.constData());

    const QStringList check {QStringLiteral("check"), QStringLiteral("--date"),
                             QStringLiteral("2026-06-01"), QStringLiteral("--json")};
    const CliRun onFile = runCli(file, check);
    QVERIFY(!onFile.out.isEmpty());
    QCOMPARE(runCli(server.location(), check).out, onFile.out);
    const QStringList audit {QStringLiteral("audit"), QStringLiteral("--json")};
    const QJsonArray trail = runCli(file, audit).array();
    QVERIFY(trail.size() > 100);
    QCOMPARE(runCli(server.location(), audit).array(), trail);

    // Into an archive that holds rows: refused, nothing changed.
    const CliRun again =
        runCli(file, {QStringLiteral("copy"), QStringLiteral("--to"), server.location()});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(runCli(server.location(), audit).array().size(), trail.size());

    // The next organisation on the server takes the id after the copied ones.
    const QByteArray add = R"([{"op": "org.add", "name": "Associazione Nuova",
        "category": "volunteer-organisation", "taxCode": "93000011002"}])";
    const CliRun added =
        runCli(server.location(), {QStringLiteral("apply"), QStringLiteral("-")}, add);
    QVERIFY2(added.exitCode == 0, added.out.constData());
    const qint64 maxCopied = [&] {
        qint64 most = 0;
        for (const QJsonValue &entry : trail)
            if (entry[QStringLiteral("table")].toString() == QLatin1String("organisations"))
                most = qMax(most, qint64(entry[QStringLiteral("rowId")].toInteger()));
        return most;
    }();
    QCOMPARE(added.lines().constFirst()[QStringLiteral("id")].toInteger(), maxCopied + 1);
}

// SQLite → PostgreSQL → SQLite: the same rows in every table, the same schema, the server's
// sequences where the file's ids stop; and the comparison does notice one changed row.
void TestCliCopy::serverCopiedBackIntoAnEqualFile()
{
    const QString first = filledFile(QStringLiteral("roundtrip.sqlite"));
    const testserver::Place server(m_dir.filePath(QStringLiteral("unused.sqlite")));
    const CliRun there = runCli(first,
                                {QStringLiteral("copy"), QStringLiteral("--from"), first,
                                 QStringLiteral("--to"), server.location()});
    QVERIFY2(there.exitCode == 0, there.err.constData());
    QCOMPARE(sequences(server.location()), sequencesImplied(first));

    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    const CliRun home =
        runCli(server.location(), {QStringLiteral("copy"), QStringLiteral("--to"), back});
    QVERIFY2(home.exitCode == 0, home.err.constData());
    QVERIFY(home.out.contains("Copied"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("back.sqlite*")}),
             QStringList {QStringLiteral("back.sqlite")}); // one file, nothing beside it
    const auto before = contents(first);
    QVERIFY(before.value(QStringLiteral("audit")).size() > 100);
    QVERIFY(before.value(QStringLiteral("document_settings"))
                .join(QString())
                .contains(QStringLiteral("QByteArray:89504e47"))); // the logo, as PNG bytes
    QVERIFY(!before.value(QStringLiteral("objective_indicators")).isEmpty());
    QCOMPARE(difference(before, contents(back)), QString());

    // The copy is a working archive: sound, and its ids continue after the copied ones.
    QCOMPARE(runCli(back, {QStringLiteral("check")}).exitCode,
             runCli(first, {QStringLiteral("check")}).exitCode);
    const QByteArray add = R"([{"op": "org.add", "name": "Associazione Nuova",
        "category": "volunteer-organisation", "taxCode": "93000011002"}])";
    const CliRun added = runCli(back, {QStringLiteral("apply"), QStringLiteral("-")}, add);
    QVERIFY2(added.exitCode == 0, added.out.constData());
    const QString lastOrg = before.value(QStringLiteral("organisations")).constLast();
    QCOMPARE(added.lines().constFirst()[QStringLiteral("id")].toInteger(),
             lastOrg.section(QLatin1Char('|'), 0, 0).section(QLatin1Char(':'), 1).toLongLong() + 1);

    // The comparison can fail: one changed value of one row is found.
    const QString changed = m_dir.filePath(QStringLiteral("changed.sqlite"));
    QVERIFY(runCli(server.location(), {QStringLiteral("copy"), QStringLiteral("--to"), changed})
                .exitCode
            == 0);
    QCOMPARE(difference(before, contents(changed)), QString());
    changeOneRow(changed);
    const QString found = difference(before, contents(changed));
    QVERIFY2(found.contains(QLatin1String("organisations row")), qPrintable(found));

    // A file that exists is never a copy's target.
    const auto beforeRefusal = contents(changed);
    const CliRun refused =
        runCli(server.location(), {QStringLiteral("copy"), QStringLiteral("--to"), changed});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("already exists"));
    QCOMPARE(difference(beforeRefusal, contents(changed)), QString());
}

// backup of an archive on the server: one SQLite file with the same rows, that opens as a sound
// archive anywhere; by default in the user's application-data folder, backups/<database>.
void TestCliCopy::backupOfTheServerIsASoundFile()
{
    const QString first = filledFile(QStringLiteral("backup-source.sqlite"));
    const testserver::Place server(m_dir.filePath(QStringLiteral("unused.sqlite")));
    QCOMPARE(copied(first, server.location()), 0);
    const QString named = m_dir.filePath(QStringLiteral("named-backup.sqlite"));
    const CliRun made = runCli(server.location(), {QStringLiteral("backup"), named});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QCOMPARE(difference(contents(first), contents(named)), QString());
    QCOMPARE(
        runCli(named, {QStringLiteral("audit"), QStringLiteral("--json")}).array(),
        runCli(server.location(), {QStringLiteral("audit"), QStringLiteral("--json")}).array());
    const CliRun again = runCli(server.location(), {QStringLiteral("backup"), named});
    QCOMPARE(again.exitCode, 1); // never overwritten

    const CliRun daily = runCli(server.location(), {QStringLiteral("backup")});
    QVERIFY2(daily.exitCode == 0, daily.err.constData());
    const QString database = QUrl(server.location()).path().mid(1);
    const QDir folder = backupFolder(database);
    const QStringList files = folder.entryList({database + QStringLiteral("-*.sqlite")});
    QCOMPARE(files.size(), 1);
    QVERIFY(daily.out.contains(files.constFirst().toUtf8()));
    QCOMPARE(difference(contents(first), contents(folder.filePath(files.constFirst()))), QString());
}

// restore BACKUP onto the server: the backup's rows replace the archive's, the archive as it was
// kept first as a backup file; a damaged backup is refused with the server unchanged.
void TestCliCopy::backupRestoredOntoTheServer()
{
    const QString first = filledFile(QStringLiteral("restore-source.sqlite"));
    const testserver::Place server(m_dir.filePath(QStringLiteral("unused.sqlite")));
    QCOMPARE(copied(first, server.location()), 0);
    const QString backup = m_dir.filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(runCli(server.location(), {QStringLiteral("backup"), backup}).exitCode, 0);
    const QByteArray add = R"([{"op": "org.add", "name": "Associazione Dopo il Backup",
        "category": "volunteer-organisation", "taxCode": "93000011002"}])";
    QCOMPARE(
        runCli(server.location(), {QStringLiteral("apply"), QStringLiteral("-")}, add).exitCode, 0);
    const QStringList list {QStringLiteral("org"), QStringLiteral("list"),
                            QStringLiteral("--json")};
    const QJsonArray withNew = runCli(server.location(), list).array();

    // A damaged backup: refused, the server's archive as it was.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile::copy(backup, damaged);
    QFile::resize(damaged, QFileInfo(damaged).size() / 2);
    const CliRun refused = runCli(server.location(), {QStringLiteral("restore"), damaged});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(runCli(server.location(), list).array(), withNew);

    // Refused while another Tavolo program is connected to the database, which it names.
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other"));
        testserver::configure(other, server.location());
        other.setConnectOptions(QStringLiteral("application_name='Tavolo - a colleague'"));
        QVERIFY(other.open());
        const CliRun busy = runCli(server.location(), {QStringLiteral("restore"), backup});
        QCOMPARE(busy.exitCode, 1);
        QVERIFY2(busy.err.contains("Tavolo - a colleague"), busy.err.constData());
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QCOMPARE(runCli(server.location(), list).array(), withNew);

    const CliRun restored = runCli(server.location(), {QStringLiteral("restore"), backup});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QVERIFY(restored.out.contains("before-restore"));
    const QString after = m_dir.filePath(QStringLiteral("after.sqlite"));
    QCOMPARE(
        runCli(server.location(), {QStringLiteral("copy"), QStringLiteral("--to"), after}).exitCode,
        0);
    QCOMPARE(difference(contents(backup), contents(after)), QString());
    QCOMPARE(runCli(server.location(), list).array().size(), withNew.size() - 1);

    // The archive as it was before the restore is kept, the new organisation in it.
    const QString database = QUrl(server.location()).path().mid(1);
    const QDir folder = backupFolder(database);
    const QStringList kept = folder.entryList({QStringLiteral("*-before-restore.sqlite")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(runCli(folder.filePath(kept.constFirst()), list).array(), withNew);
    // Nothing else left behind in the folder (the checked copy of the backup is removed).
    QCOMPARE(folder.entryList(QDir::Files).size(), 1);

    // The server's ids continue after the restored ones.
    const CliRun again =
        runCli(server.location(), {QStringLiteral("apply"), QStringLiteral("-")}, add);
    QCOMPARE(again.exitCode, 0);
    const auto added = std::find_if(withNew.begin(), withNew.end(), [](const QJsonValue &org) {
        return org[QStringLiteral("name")].toString()
            == QLatin1String("Associazione Dopo il Backup");
    });
    QVERIFY(added != withNew.end());
    QCOMPARE(again.lines().constFirst()[QStringLiteral("id")].toInteger(),
             (*added)[QStringLiteral("id")].toInteger());
}

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_cli_copy.moc"

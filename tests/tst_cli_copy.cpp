// tavolo-cli copy (issue 18, point 4): an archive file into a new archive on the office server,
// every row with its id, the audit trail as it was; a non-empty target refused untouched; the
// server's ids continue after the copied ones. Run in the PostgreSQL variant only.
#include "clirunner.h"
#include "testserver.h"

#include <QTemporaryDir>

class TestCliCopy : public QObject
{
    Q_OBJECT
private slots:
    void fileCopiedWholeOntoTheServer();
};

void TestCliCopy::fileCopiedWholeOntoTheServer()
{
    if (!testserver::active())
        QSKIP("copies onto the PostgreSQL test server (TAVOLO_TEST_DB)");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sondrio.sqlite"));
    QCOMPARE(
        runCli(file,
               {QStringLiteral("apply"), QStringLiteral(TAVOLO_EXAMPLES "/sondrio-scenario.json")})
            .exitCode,
        1); // some operations are refused, on purpose
    const testserver::Place server(dir.filePath(QStringLiteral("unused.sqlite")));
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

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_cli_copy.moc"

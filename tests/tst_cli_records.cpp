// tavolo-cli audit, import and person export/anonymise, end to end.
#include "clirunner.h"

#include <QTemporaryDir>

namespace {

QString data(const char *name)
{
    return QStringLiteral(TAVOLO_TEST_DATA "/") + QString::fromUtf8(name);
}

} // namespace

class TestCliRecords : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void auditListsEveryChange();
    void auditCsvAndUsage();
    void refusedApplyLeavesNoAudit();
    void atomicBatchNamesEachOperation();
    void importDryRunThenImport();
    void importWithWrongRowsWritesNothing();
    void importUsageErrors();
    void personExportAndAnonymise();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("t.sqlite")); }
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return runCli(db(), arguments, input);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
}

void TestCliRecords::auditListsEveryChange()
{
    const QByteArray batch = R"([{"op":"org.add","name":"Alfa","taxCode":"00095450144"},
        {"op":"org.update","org":"00095450144","comune":"Sondrio"}])";
    QCOMPARE(run({QStringLiteral("apply"), QStringLiteral("-")}, batch).exitCode, 0);
    const CliRun audit = run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    const QJsonArray entries = audit.array();
    QCOMPARE(entries.size(), 2);
    const QJsonObject update = entries[1].toObject();
    QCOMPARE(update[QStringLiteral("operation")].toString(), QStringLiteral("org.update"));
    QCOMPARE(update[QStringLiteral("table")].toString(), QStringLiteral("organisations"));
    QVERIFY(update[QStringLiteral("before")].toObject()[QStringLiteral("comune")].isNull());
    QCOMPARE(update[QStringLiteral("after")].toObject()[QStringLiteral("comune")].toString(),
             QStringLiteral("Sondrio"));
    QVERIFY(!update[QStringLiteral("osUser")].toString().isEmpty());
    // Filtered by record, and by date.
    const QJsonArray one =
        run({QStringLiteral("audit"), QStringLiteral("--table"), QStringLiteral("organisations"),
             QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--json")})
            .array();
    QCOMPARE(one.size(), 2);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--table"), QStringLiteral("people"),
                  QStringLiteral("--json")})
                 .array()
                 .size(),
             0);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--to"), QStringLiteral("2000-01-01"),
                  QStringLiteral("--json")})
                 .array()
                 .size(),
             0);
    const CliRun text = run({QStringLiteral("audit")});
    QVERIFY(text.out.contains("comune: \xe2\x88\x85 \xe2\x86\x92 Sondrio"));
}

void TestCliRecords::auditCsvAndUsage()
{
    const QByteArray batch =
        R"([{"op":"org.add","name":"Città; \"Alfa\"","taxCode":"00095450144"}])";
    QCOMPARE(run({QStringLiteral("apply"), QStringLiteral("-")}, batch).exitCode, 0);
    const CliRun csv = run({QStringLiteral("audit"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(
        csv.out.startsWith("\xef\xbb\xbfid;at;osUser;operation;table;rowId;action;before;after"));
    QCOMPARE(csv.out.count('\n'), 2);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--id"), QStringLiteral("1")}).exitCode,
             2);
    QCOMPARE(
        run({QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--csv")}).exitCode,
        2);
    QCOMPARE(
        run({QStringLiteral("audit"), QStringLiteral("--from"), QStringLiteral("ieri")}).exitCode,
        2);
}

void TestCliRecords::refusedApplyLeavesNoAudit()
{
    const CliRun refused = run({QStringLiteral("apply"), QStringLiteral("-")},
                               R"([{"op":"org.add","name":"Alfa","taxCode":"00095450145"}])");
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--json")}).array().size(), 0);
}

void TestCliRecords::atomicBatchNamesEachOperation()
{
    const QByteArray batch = R"([{"op":"org.add","ref":"a","name":"Alfa","taxCode":"00095450144"},
        {"op":"person.add","givenName":"Mario","familyName":"Rossi","organisation":"a"}])";
    QCOMPARE(run({QStringLiteral("apply"), QStringLiteral("--atomic"), QStringLiteral("-")}, batch)
                 .exitCode,
             0);
    const QJsonArray audit = run({QStringLiteral("audit"), QStringLiteral("--json")}).array();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[0].toObject()[QStringLiteral("operation")].toString(),
             QStringLiteral("org.add"));
    QCOMPARE(audit[1].toObject()[QStringLiteral("operation")].toString(),
             QStringLiteral("person.add"));
    // Refused at the second operation: the first is rolled back with its audit row.
    const QByteArray refused = R"([{"op":"org.add","name":"Beta","taxCode":"01234567897"},
        {"op":"person.add","givenName":"","familyName":"Verdi"}])";
    QCOMPARE(
        run({QStringLiteral("apply"), QStringLiteral("--atomic"), QStringLiteral("-")}, refused)
            .exitCode,
        1);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("--json")}).array().size(), 2);
}

void TestCliRecords::importDryRunThenImport()
{
    const CliRun dry = run({QStringLiteral("import"), QStringLiteral("orgs"),
                            data("orgs_windows1252.csv"), QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains("Windows-1252"));
    QVERIFY(dry.out.contains("Nothing was written"));
    QVERIFY(run({QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")})
                .array()
                .isEmpty());
    const CliRun real = run({QStringLiteral("import"), QStringLiteral("orgs"),
                             data("orgs_windows1252.csv"), QStringLiteral("--json")});
    QCOMPARE(real.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(real.out).object()[QStringLiteral("written")].toBool(), true);
    const QJsonArray orgs =
        run({QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")}).array();
    QCOMPARE(orgs.size(), 2);
    QCOMPARE(orgs[1].toObject()[QStringLiteral("name")].toString(),
             QString::fromUtf8("Società Cooperativa Solidarietà"));
    const QJsonArray audit = run({QStringLiteral("audit"), QStringLiteral("--json")}).array();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit[0].toObject()[QStringLiteral("operation")].toString(),
             QStringLiteral("import orgs"));
}

void TestCliRecords::importWithWrongRowsWritesNothing()
{
    const CliRun wrong =
        run({QStringLiteral("import"), QStringLiteral("orgs"), data("orgs_wrong.csv")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY(wrong.out.contains("line 3 (Codice Sbagliato): [TAX-CODE]"));
    QVERIFY(wrong.out.contains("line 4 (Categoria Ignota): [CATEGORY]"));
    QVERIFY(wrong.out.contains("line 5 (Doppione nel File): [DUPLICATE]"));
    QVERIFY(wrong.out.contains("Records with problems: 3 of 5. Nothing was written."));
    QVERIFY(run({QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")})
                .array()
                .isEmpty());
}

void TestCliRecords::importUsageErrors()
{
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("cats"), data("people.csv")}).exitCode,
             2);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("orgs"), data("missing.csv")}).exitCode,
             2);
    const CliRun unmapped =
        run({QStringLiteral("import"), QStringLiteral("orgs"), data("orgs_custom_headers.csv")});
    QCOMPARE(unmapped.exitCode, 1);
    QVERIFY(unmapped.err.contains("--map"));
    const CliRun mapped =
        run({QStringLiteral("import"), QStringLiteral("orgs"), data("orgs_custom_headers.csv"),
             QStringLiteral("--map"), QStringLiteral("Sigla=name"), QStringLiteral("--map"),
             QStringLiteral("Identificativo fiscale=taxCode")});
    QCOMPARE(mapped.exitCode, 0);
}

void TestCliRecords::personExportAndAnonymise()
{
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("orgs"), data("orgs_utf8_bom.csv")}).exitCode,
        0);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("people"), data("people.csv")}).exitCode,
             0);
    const CliRun exported = run({QStringLiteral("person"), QStringLiteral("export"),
                                 QStringLiteral("RSSMRA85T10A562S"), QStringLiteral("--json")});
    QCOMPARE(exported.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(json[QStringLiteral("person")].toObject()[QStringLiteral("email")].toString(),
             QStringLiteral("mario.rossi@example.org"));
    QCOMPARE(json[QStringLiteral("audit")].toArray().size(), 1);

    QCOMPARE(
        run({QStringLiteral("person"), QStringLiteral("anonymise"), QStringLiteral("1")}).exitCode,
        0);
    const QJsonArray people =
        run({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")}).array();
    QCOMPARE(people.size(), 3);
    const CliRun after = run({QStringLiteral("person"), QStringLiteral("export"),
                              QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(after.exitCode, 0);
    QVERIFY(after.out.contains("Persona anonimizzata"));
    QVERIFY(!after.out.contains("mario.rossi"));
    const QJsonArray audit = run({QStringLiteral("audit"), QStringLiteral("--json")}).array();
    QVERIFY(!audit.isEmpty());
    QVERIFY(!QJsonDocument(audit).toJson().contains("RSSMRA85T10A562S"));
    QCOMPARE(
        run({QStringLiteral("person"), QStringLiteral("anonymise"), QStringLiteral("1")}).exitCode,
        1);
    QCOMPARE(
        run({QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("99")}).exitCode,
        1);
    QCOMPARE(run({QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("1")}).exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCliRecords)
#include "tst_cli_records.moc"

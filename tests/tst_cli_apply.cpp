#include "clirunner.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>

namespace {

const QByteArray kAlfa = R"({"op":"org.add","ref":"alfa","name":"Cooperativa Sociale Alfa",
    "category":"social-cooperative","taxCode":"00095450144","pec":"alfa@pec.coopalfa.it"})";
const QByteArray kRossi = R"({"op":"person.add","ref":"rossi","givenName":"Mario",
    "familyName":"Rossi","taxCode":"RSSMRA85T10A562S","organisation":"alfa"})";

QByteArray batch(const QList<QByteArray> &operations)
{
    return '[' + operations.toList().join(',') + ']';
}

// Every message of every refused operation printed by `apply`, one per line.
QString messagesOf(const CliRun &run)
{
    QStringList out;
    for (const QJsonObject &line : run.lines()) {
        for (const QJsonValue &p : line[QStringLiteral("problems")].toArray())
            out << p[QStringLiteral("message")].toString();
    }
    return out.join(QLatin1Char('\n')) + QString::fromUtf8(run.err);
}

} // namespace

class TestCliApply : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void initCreatesAndRefusesExisting();
    void appliesValidOperationsWithRefs();
    void refusesWrongTaxCodeAndDuplicate();
    void refusedOperationChangesNothing();
    void atomicRollsBackEverything();
    void atomicCommitsWhenAllSucceed();
    void updateByTaxCode();
    void unknownOperationAndField();
    void invalidJsonIsAUsageError();
    void refusesForeignFileUntouched();
    void refusesHoldingAMeetingBeforeItsDay_RC();
    void refusesAnUpdateOfAVersionChangedSince();
    void duplicateKeysAndRefsRefused();
    void clearSentencesForWrongValues();
    void batchOverTheLimitIsRefusedUnread();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("t.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliApply::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(runCli(db(), {QStringLiteral("init")}).exitCode, 0);
}

void TestCliApply::initCreatesAndRefusesExisting()
{
    QVERIFY(QFile::exists(db()));
    const CliRun again = runCli(db(), {QStringLiteral("init")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(!again.err.isEmpty());
}

void TestCliApply::appliesValidOperationsWithRefs()
{
    const CliRun run =
        runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, batch({kAlfa, kRossi}));
    QCOMPARE(run.exitCode, 0);
    const auto lines = run.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0][QStringLiteral("index")].toInt(), 0);
    QCOMPARE(lines[0][QStringLiteral("op")].toString(), QStringLiteral("org.add"));
    QCOMPARE(lines[0][QStringLiteral("ok")].toBool(), true);
    QVERIFY(lines[0][QStringLiteral("warnings")].isArray());
    const int orgId = lines[0][QStringLiteral("id")].toInt();

    const QJsonArray people =
        runCli(db(), {QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")})
            .array();
    QCOMPARE(people.size(), 1);
    const QJsonObject rossi = people.first().toObject();
    QCOMPARE(rossi[QStringLiteral("familyName")].toString(), QStringLiteral("Rossi"));
    QCOMPARE(rossi[QStringLiteral("organisation")].toInt(), orgId);
    QCOMPARE(rossi[QStringLiteral("taxCode")].toString(), QStringLiteral("RSSMRA85T10A562S"));
}

void TestCliApply::refusesWrongTaxCodeAndDuplicate()
{
    QByteArray wrong = kAlfa;
    wrong.replace("00095450144", "00095450145");
    const CliRun run =
        runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, batch({wrong, kAlfa, kAlfa}));
    QCOMPARE(run.exitCode, 1);
    const auto lines = run.lines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0][QStringLiteral("ok")].toBool(), false);
    const QJsonObject problem = lines[0][QStringLiteral("problems")].toArray().first().toObject();
    QCOMPARE(problem[QStringLiteral("rule")].toString(), QStringLiteral("TAX-CODE"));
    QCOMPARE(problem[QStringLiteral("severity")].toString(), QStringLiteral("refused"));
    QVERIFY(problem[QStringLiteral("message")].toString().contains(QStringLiteral("00095450145")));
    QCOMPARE(lines[1][QStringLiteral("ok")].toBool(), true);
    QCOMPARE(lines[2][QStringLiteral("problems")].toArray().first()[QStringLiteral("rule")],
             QStringLiteral("DUPLICATE"));
}

void TestCliApply::refusedOperationChangesNothing()
{
    QCOMPARE(runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, batch({kAlfa})).exitCode,
             0);
    const QJsonArray before =
        runCli(db(), {QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")})
            .array();
    QCOMPARE(before.size(), 1);
    const QByteArray badUpdate = R"({"op":"org.update","org":"00095450144","name":"Nuovo nome",
        "pec":"not a pec"})";
    QCOMPARE(
        runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, batch({badUpdate})).exitCode,
        1);
    const QJsonArray after =
        runCli(db(), {QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")})
            .array();
    QCOMPARE(after, before);
}

void TestCliApply::atomicRollsBackEverything()
{
    QByteArray bad = kRossi;
    bad.replace("RSSMRA85T10A562S", "RSSMRA85T10A562X");
    const CliRun run =
        runCli(db(), {QStringLiteral("apply"), QStringLiteral("--atomic"), QStringLiteral("-")},
               batch({kAlfa, bad}));
    QCOMPARE(run.exitCode, 1);
    const auto lines = run.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0][QStringLiteral("ok")].toBool(), false);
    QCOMPARE(lines[0][QStringLiteral("problems")].toArray().first()[QStringLiteral("rule")],
             QStringLiteral("ATOMIC"));
    QCOMPARE(lines[1][QStringLiteral("problems")].toArray().first()[QStringLiteral("rule")],
             QStringLiteral("TAX-CODE"));
    QCOMPARE(runCli(db(), {QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")})
                 .array()
                 .size(),
             0);
}

void TestCliApply::atomicCommitsWhenAllSucceed()
{
    const CliRun run =
        runCli(db(), {QStringLiteral("apply"), QStringLiteral("--atomic"), QStringLiteral("-")},
               batch({kAlfa, kRossi}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.lines().size(), 2);
    QCOMPARE(
        runCli(db(), {QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")})
            .array()
            .size(),
        1);
}

void TestCliApply::updateByTaxCode()
{
    const QByteArray update = R"({"op":"org.update","org":"00095450144","active":false,
        "phone":"0342 526283"})";
    const CliRun run =
        runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, batch({kAlfa, update}));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject org =
        runCli(db(), {QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")})
            .array()
            .first()
            .toObject();
    QCOMPARE(org[QStringLiteral("active")].toBool(), false);
    QCOMPARE(org[QStringLiteral("phone")].toString(), QStringLiteral("0342 526283"));
    QCOMPARE(org[QStringLiteral("name")].toString(), QStringLiteral("Cooperativa Sociale Alfa"));
}

void TestCliApply::unknownOperationAndField()
{
    QByteArray typo = kAlfa;
    typo.replace("\"pec\"", "\"pecc\"");
    const CliRun run = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")},
                              batch({R"({"op":"org.remove","org":1})", typo}));
    QCOMPARE(run.exitCode, 1);
    const auto lines = run.lines();
    QCOMPARE(lines[0][QStringLiteral("problems")].toArray().first()[QStringLiteral("rule")],
             QStringLiteral("INPUT"));
    const QJsonObject problem = lines[1][QStringLiteral("problems")].toArray().first().toObject();
    QCOMPARE(problem[QStringLiteral("field")].toString(), QStringLiteral("pecc"));
    QCOMPARE(runCli(db(), {QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")})
                 .array()
                 .size(),
             0);
}

void TestCliApply::invalidJsonIsAUsageError()
{
    const CliRun run = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")},
                              QByteArrayLiteral("[{\"op\": \"org.add\""));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.isEmpty());
}

void TestCliApply::refusesForeignFileUntouched()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("appunti della riunione\n");
    }
    const CliRun run = runCli(path, {QStringLiteral("apply"), QStringLiteral("-")}, batch({kAlfa}));
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("appunti della riunione\n"));
}

// A meeting convened for a day still to come cannot be recorded as held from a script either:
// refused with the rule, and the meeting stays convened.
void TestCliApply::refusesHoldingAMeetingBeforeItsDay_RC()
{
    const QString ahead = QDate::currentDate().addDays(14).toString(Qt::ISODate);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QByteArray json = QStringLiteral(R"([
        {"op":"meeting.add","ref":"m","date":"%1","place":"Sondrio","agenda":["Comunicazioni"]},
        {"op":"meeting.convene","meeting":"m","date":"%2"},
        {"op":"meeting.hold","meeting":"m","attendance":[]}])")
                                .arg(ahead, today)
                                .toUtf8();
    const CliRun run = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, json);
    QCOMPARE(run.exitCode, 1);
    const auto lines = run.lines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[1][QStringLiteral("ok")].toBool(), true);
    QCOMPARE(lines[2][QStringLiteral("ok")].toBool(), false);
    const QJsonObject problem = lines[2][QStringLiteral("problems")].toArray().first().toObject();
    QCOMPARE(problem[QStringLiteral("rule")].toString(), QStringLiteral("R-C"));
    QVERIFY(
        problem[QStringLiteral("message")].toString().contains(QStringLiteral("not taken place")));
    // The audit trail shows the convocation and nothing after it: the meeting stays convened.
    const QJsonArray trail = runCli(db(),
                                    {QStringLiteral("audit"), QStringLiteral("--table"),
                                     QStringLiteral("meetings"), QStringLiteral("--json")})
                                 .array();
    QVERIFY(!trail.isEmpty());
    const QJsonObject last = trail.last().toObject();
    QCOMPARE(last[QStringLiteral("after")][QStringLiteral("state")].toString(),
             QStringLiteral("convened"));
}

// A script that read a record's version (list --json) is refused when the record changed since,
// as the GUI's dialogs are: the second update names the version the first one replaced.
void TestCliApply::refusesAnUpdateOfAVersionChangedSince()
{
    QCOMPARE(runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, batch({kAlfa})).exitCode,
             0);
    const QJsonArray listed =
        runCli(db(), {QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")})
            .array();
    QCOMPARE(listed.first()[QStringLiteral("version")].toInt(), 1);
    const QByteArray first =
        R"([{"op":"org.update","org":"00095450144","version":1,"phone":"0342 1"}])";
    QCOMPARE(runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, first).exitCode, 0);
    const QByteArray second =
        R"([{"op":"org.update","org":"00095450144","version":1,"phone":"0342 2"}])";
    const CliRun stale = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, second);
    QCOMPARE(stale.exitCode, 1);
    const QJsonObject problem =
        stale.lines().first()[QStringLiteral("problems")].toArray().first().toObject();
    QCOMPARE(problem[QStringLiteral("rule")].toString(), QStringLiteral("CHANGED"));
    const QJsonArray after =
        runCli(db(), {QStringLiteral("org"), QStringLiteral("list"), QStringLiteral("--json")})
            .array();
    QCOMPARE(after.first()[QStringLiteral("phone")].toString(), QStringLiteral("0342 1"));
    QCOMPARE(after.first()[QStringLiteral("version")].toInt(), 2);
}

void TestCliApply::duplicateKeysAndRefsRefused()
{
    // QJsonDocument keeps the last of two members with one name: one value meant is lost.
    const CliRun twice = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")},
                                R"([{"op":"org.add","name":"Alfa","taxCode":"00095450144",
                                     "name":"Beta"}])");
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains("\"name\"") && twice.err.contains("line 2"), twice.err.constData());
    // The same ref for two records would make later uses point at the second.
    const CliRun refs = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")},
                               batch({kAlfa, R"({"op":"org.add","ref":"alfa","name":"Beta",
                                      "taxCode":"00000000000"})"}));
    QCOMPARE(refs.exitCode, 1);
    const auto lines = refs.lines();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0)[QStringLiteral("ok")].toBool());
    QVERIFY(!lines.at(1)[QStringLiteral("ok")].toBool());
    QVERIFY2(messagesOf(refs).contains(QStringLiteral("already")), qPrintable(messagesOf(refs)));
}

void TestCliApply::clearSentencesForWrongValues()
{
    QCOMPARE(runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, batch({kAlfa})).exitCode,
             0);
    // A person that cannot be found: that is the sentence, not "unknown field notes".
    const CliRun missing = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")},
                                  R"([{"op":"person.update","person":"nobody","notes":"x"}])");
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(!messagesOf(missing).contains(QStringLiteral("notes")),
             qPrintable(messagesOf(missing)));
    QVERIFY(messagesOf(missing).contains(QStringLiteral("nobody")));
    // 1e20 meetings a year is not 0.
    const CliRun huge = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")},
                               R"([{"op":"regulation.amend","date":"2026-01-01",
                                    "changes":{"minMeetingsPerYear":1e20},"approvals":[]}])");
    QCOMPARE(huge.exitCode, 1);
    QVERIFY2(messagesOf(huge).contains(QStringLiteral("whole number")),
             qPrintable(messagesOf(huge)));
    // A blank agenda item: a sentence, not the schema's "CHECK constraint failed".
    const CliRun blank = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")},
                                R"([{"op":"meeting.add","date":"2026-12-10","time":"17:00",
                                     "place":"Sala","agenda":["Bilancio","  "]}])");
    QCOMPARE(blank.exitCode, 1);
    QVERIFY2(!messagesOf(blank).contains(QStringLiteral("CHECK")), qPrintable(messagesOf(blank)));
    QVERIFY2(messagesOf(blank).contains(QStringLiteral("Item 2")), qPrintable(messagesOf(blank)));
}

void TestCliApply::batchOverTheLimitIsRefusedUnread()
{
    // A file over 16 MB is refused by its size, with the limit named, before it is read: a
    // sparse file of 4 GB would take minutes and gigabytes if it were read.
    const QString path = m_dir->filePath(QStringLiteral("huge.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[");
        QVERIFY(file.resize(qint64(4) * 1024 * 1024 * 1024));
    }
    const CliRun run = runCli(db(), {QStringLiteral("apply"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("huge.json") && run.err.contains("16 MB"), run.err.constData());
    // Standard input: refused once one byte more than the limit has come.
    QByteArray big(16 * 1024 * 1024 + 1, ' ');
    big[0] = '[';
    const CliRun piped = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, big);
    QCOMPARE(piped.exitCode, 2);
    QVERIFY2(piped.err.contains("16 MB"), piped.err.constData());
    // One byte less is read and parsed (and refused as JSON, not as too large).
    big.chop(2);
    big.append(']');
    const CliRun fits = runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, big);
    QVERIFY2(!fits.err.contains("16 MB"), fits.err.constData());
}

QTEST_GUILESS_MAIN(TestCliApply)
#include "tst_cli_apply.moc"

// Two workstations designating the last seat of a category at the same moment (issue 18): on a
// PostgreSQL archive every rule-checked write is SERIALIZABLE and run again when it loses the
// race, so the second one sees the first and is refused by the rule (R-E) — never both saved.
// (On a SQLite file the writers take turns on the file's lock: the same test, without races.)
// Two processes (this executable started twice with --client) race for the last seat in each of
// ROUNDS disjoint periods; afterwards no period may hold more designations than seats.
#include "archivefixture.h"
#include "core/storage/designationstore.h"
#include "core/storage/internal/sql.h"
#include "core/storage/organisationstore.h"
#include "core/storage/personstore.h"

#include <QFile>
#include <QProcess>
#include <QThread>

using namespace tavolo;

namespace {

constexpr int Rounds = 200;
const QDate FirstDay(2030, 1, 7);

// Round r's period: ten days apart, five days long, so that each round has its own seats.
Period periodOf(int round)
{
    const QDate from = FirstDay.addDays(qint64(round) * 10);
    return {from, from.addDays(5)};
}

qint64 addCooperative(Archive &archive, int n)
{
    Organisation o;
    o.name = QStringLiteral("Cooperativa %1").arg(n);
    o.category = Category::SocialCooperative; // two seats
    o.taxCode = QStringList {QStringLiteral("00095450144"), QStringLiteral("01234567897"),
                             QStringLiteral("00000000000")}
                    .at(n);
    return OrganisationStore(archive).add(o).value();
}

qint64 addPerson(Archive &archive, int n)
{
    Person p;
    p.givenName = QStringLiteral("Persona");
    p.familyName = QStringLiteral("Numero %1").arg(n);
    return PersonStore(archive).add(p).value();
}

Designation designation(qint64 organisation, qint64 person, int round)
{
    const Period period = periodOf(round);
    return {0,
            organisation,
            Category::Other,
            person,
            period,
            period.from,
            QStringLiteral("prot. %1").arg(round)};
}

// Both clients start each round together: each writes the round it reached into a file of
// its own in `folder` and waits until the other has reached it too.
void meet(const QString &folder, int self, int round)
{
    QFile mine(QStringLiteral("%1/%2").arg(folder).arg(self));
    if (mine.open(QIODevice::WriteOnly | QIODevice::Truncate))
        mine.write(QByteArray::number(round));
    mine.close();
    QFile other(QStringLiteral("%1/%2").arg(folder).arg(3 - self));
    for (int waited = 0; waited < 100000; ++waited) {
        if (other.open(QIODevice::ReadOnly)) {
            const bool there = other.readAll().toInt() >= round;
            other.close();
            if (there)
                return;
        }
        QThread::usleep(100);
    }
}

// --client LOCATION ORGANISATION PERSON FOLDER N: designates PERSON for every round, meeting
// the other client at the start of each; prints how many were saved.
int client(const QStringList &args)
{
    Archive archive;
    if (auto opened = archive.open(args.at(2), Archive::OpenMode::MustExist); !opened) {
        qWarning("%s", qPrintable(describe(opened.problems())));
        return 2;
    }
    DesignationStore store(archive);
    int saved = 0;
    for (int round = 0; round < Rounds; ++round) {
        meet(args.at(5), args.at(6).toInt(), round);
        const auto added =
            store.add(designation(args.at(3).toLongLong(), args.at(4).toLongLong(), round));
        saved += added ? 1 : 0;
        if (!added && added.problems().constFirst().rule == QLatin1String("STORAGE")) {
            qWarning("round %d: %s", round, qPrintable(describe(added.problems())));
            return 3;
        }
    }
    std::printf("%d\n", saved);
    return 0;
}

} // namespace

class TestLastSeatRace : public QObject
{
    Q_OBJECT
private slots:
    void lastSeatIsNeverGivenTwice();
};

void TestLastSeatRace::lastSeatIsNeverGivenTwice()
{
    ArchiveFixture f;
    QVERIFY(f.archive.isOpen());
    // In every round one of the category's two seats is already held: one is left.
    const qint64 holder = addPerson(f.archive, 0);
    const qint64 first = addCooperative(f.archive, 0);
    DesignationStore store(f.archive);
    for (int round = 0; round < Rounds; ++round)
        QVERIFY(store.add(designation(first, holder, round)));

    QTemporaryDir meetings;
    QList<QProcess *> clients;
    for (int n = 1; n <= 2; ++n) {
        auto *process = new QProcess(this);
        process->setProgram(QCoreApplication::applicationFilePath());
        process->setArguments(
            {QStringLiteral("--client"), f.path(), QString::number(addCooperative(f.archive, n)),
             QString::number(addPerson(f.archive, n)), meetings.path(), QString::number(n)});
        clients << process;
    }
    for (QProcess *process : std::as_const(clients))
        process->start();
    int saved = 0;
    QList<int> savedBy;
    for (QProcess *process : std::as_const(clients)) {
        QVERIFY(process->waitForFinished(240000));
        QCOMPARE(process->exitCode(), 0);
        savedBy << process->readAllStandardOutput().trimmed().toInt();
        saved += savedBy.last();
    }
    qInfo("designations saved by the two clients: %d and %d", savedBy.at(0), savedBy.at(1));
    const QSqlDatabase db = sql::database(f.archive);
    const qint64 overTheCap =
        sql::scalar(db,
                    QStringLiteral("SELECT count(*) FROM (SELECT date_from FROM designations "
                                   "GROUP BY date_from HAVING count(*) > 2) AS full_rounds"));
    QCOMPARE(overTheCap, 0);
    // Every round's last seat went to exactly one of the two.
    QCOMPARE(saved, Rounds);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM designations")), 2 * Rounds);
    // Both took part: each won some rounds.
    QVERIFY(savedBy.at(0) > 0 && savedBy.at(1) > 0);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 7 && args.at(1) == QLatin1String("--client"))
        return client(args);
    TestLastSeatRace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_last_seat_race.moc"

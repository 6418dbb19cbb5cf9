// The Casalasco example (docs/examples/casalasco-cycle.json, from seed 004) end to end through
// tavolo-cli: the 2021-2023 cycle, its call with allegati A and B, submissions on time and late,
// the tables' and plenaries' meetings, adhesions — every result line as the rules R-L and R-M
// demand; then `check`, `cycle list`, `call show`, `table show` and `cycle attendance`.
#include "clirunner.h"
#include "pdftools.h"

#include <QDir>
#include <QTemporaryDir>

class TestCliCycle : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("casalasco.sqlite")); }
    CliRun run(const QStringList &arguments) const { return runCli(db(), arguments); }

    // What each operation of the example must give: "ok", "ok R-L" (accepted with a warning)
    // or "refused R-M", derived from the seed and the rules, not from a run.
    static QStringList expected()
    {
        QStringList e;
        for (int i = 0; i < 12; ++i)
            e << QStringLiteral("ok"); // six bodies and their contacts
        e << QStringLiteral("ok"); // 12 the cycle and its two sub-areas
        for (int i = 0; i < 6; ++i)
            e << QStringLiteral("ok"); // 13-18 three target tables, the plenary, two co-programming
        e << QStringLiteral("refused INPUT"); // 19 a plenary at a sub-area's level
        e << QStringLiteral("ok"); // 20 the call, allegato A by 10/09, B by 20/09
        e << QStringLiteral("ok") // 21 A on 03/09
          << QStringLiteral("ok") // 22 A on the deadline day at 17:45: the whole day counts
          << QStringLiteral("ok") // 23 A by e-mail on 08/09
          << QStringLiteral("ok R-L") // 24 A on 13/09: late, waits for a decision
          << QStringLiteral("ok R-L") // 25 A on 14/09 by hand: late
          << QStringLiteral("refused R-L") // 26 a second A from Il Cerchio
          << QStringLiteral("ok") // 27 B on 20/09
          << QStringLiteral("ok R-L"); // 28 B on 21/09: late, left undecided
        e << QStringLiteral("ok") // 29 the late A admitted with a reason
          << QStringLiteral("ok") // 30 the other late A not admitted
          << QStringLiteral("refused R-L") // 31 decided twice
          << QStringLiteral("ok"); // 32 a participant of the plenary added by hand
        for (int i = 0; i < 8; ++i)
            e << QStringLiteral("ok"); // 33-40 the meetings, 16:30 as in the seed
        e << QStringLiteral("ok") << QStringLiteral("ok") << QStringLiteral("ok")
          << QStringLiteral("ok") // 41-44 held
          << QStringLiteral("refused R-L") // 45 the body not admitted is no participant
          << QStringLiteral("ok") << QStringLiteral("ok") << QStringLiteral("ok")
          << QStringLiteral("ok"); // 46-49 held
        e << QStringLiteral("ok"); // 50 plan approved, agreement signed
        e << QStringLiteral("ok") // 51 Il Cerchio: present at both plenaries
          << QStringLiteral("ok") // 52 Famiglie Insieme: present at one plenary only
          << QStringLiteral("refused R-M") // 53 the school: admitted, never present
          << QStringLiteral("refused R-M") // 54 Nazareth: not admitted, never present
          << QStringLiteral("refused R-M"); // 55 Il Cerchio again
        return e;
    }

    static QString outcome(const QJsonObject &line)
    {
        const bool ok = line[QStringLiteral("ok")].toBool();
        QStringList rules;
        for (const QJsonValue &p :
             line[ok ? QStringLiteral("warnings") : QStringLiteral("problems")].toArray()) {
            if (p[QStringLiteral("message")].toString().isEmpty())
                return QStringLiteral("no message");
            if (!rules.contains(p[QStringLiteral("rule")].toString()))
                rules << p[QStringLiteral("rule")].toString();
        }
        QString out = ok ? QStringLiteral("ok") : QStringLiteral("refused");
        if (!rules.isEmpty())
            out += QLatin1Char(' ') + rules.join(QLatin1Char(','));
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
        const CliRun applied =
            run({QStringLiteral("apply"), QStringLiteral(TAVOLO_EXAMPLES "/casalasco-cycle.json")});
        QCOMPARE(applied.exitCode, 1); // some operations are refused, on purpose
        m_lines = applied.lines();
    }

    void everyResultAsTheRulesDemand_RL_RM()
    {
        const QStringList want = expected();
        QCOMPARE(m_lines.size(), want.size());
        for (const QJsonObject &line : std::as_const(m_lines)) {
            const int index = line[QStringLiteral("index")].toInt();
            const QString got = outcome(line);
            QVERIFY2(
                got == want.at(index),
                qPrintable(QStringLiteral("operation %1 (%2): %3, expected %4")
                               .arg(index)
                               .arg(line[QStringLiteral("op")].toString(), got, want.at(index))));
        }
    }

    // The refusals name what they are about.
    void refusalsNameTheFirstSubmissionAndWhatWasChecked()
    {
        const auto message = [&](int index) {
            return m_lines.at(index)[QStringLiteral("problems")]
                .toArray()
                .first()[QStringLiteral("message")]
                .toString();
        };
        QVERIFY2(message(26).contains(QStringLiteral("prot. 3101")), qPrintable(message(26)));
        QVERIFY2(message(53).contains(QStringLiteral("Istituto Comprensivo di Casalmaggiore"))
                     && message(53).contains(QStringLiteral("Elena Bassi"))
                     && message(53).contains(QStringLiteral("8 held")),
                 qPrintable(message(53)));
        QVERIFY2(message(54).contains(QStringLiteral("Luca Mori")), qPrintable(message(54)));
    }

    // On 30 November 2021: one late allegato B undecided, the two co-programming tables with no
    // meeting yet; the counts of the cycle.
    void checkReportsTheCycle()
    {
        const CliRun checked = run({QStringLiteral("check"), QStringLiteral("--date"),
                                    QStringLiteral("2021-11-30"), QStringLiteral("--json")});
        const QJsonObject c = QJsonDocument::fromJson(checked.out).object();
        QStringList cycleWarnings;
        for (const QJsonValue &p : c[QStringLiteral("problems")].toArray())
            if (p[QStringLiteral("rule")].toString() == QLatin1String("R-L")) {
                QCOMPARE(p[QStringLiteral("severity")].toString(), QStringLiteral("warning"));
                cycleWarnings << p[QStringLiteral("message")].toString();
            }
        QCOMPARE(cycleWarnings.size(), 3);
        QVERIFY(cycleWarnings.at(0).contains(QStringLiteral("1 late submission")));
        QVERIFY(cycleWarnings.at(1).contains(QStringLiteral("Vita indipendente")));
        QVERIFY(cycleWarnings.at(2).contains(QStringLiteral("Politiche abitative")));
        const QJsonArray cycles = c[QStringLiteral("cycles")].toArray();
        QCOMPARE(cycles.size(), 1);
        const QJsonObject s = cycles.first().toObject();
        QCOMPARE(s[QStringLiteral("tables")].toInt(), 6);
        QCOMPARE(s[QStringLiteral("tablesWithoutMeetings")].toArray().size(), 2);
        QCOMPARE(s[QStringLiteral("submissions")].toInt(), 7);
        QCOMPARE(s[QStringLiteral("late")].toInt(), 3);
        QCOMPARE(s[QStringLiteral("lateUndecided")].toInt(), 1);
        QCOMPARE(s[QStringLiteral("admitted")].toInt(), 5);
        QCOMPARE(s[QStringLiteral("adhesions")].toInt(), 0); // requested in January 2022
        const QJsonObject later =
            QJsonDocument::fromJson(run({QStringLiteral("check"), QStringLiteral("--date"),
                                         QStringLiteral("2022-02-01"), QStringLiteral("--json")})
                                        .out)
                .object();
        QCOMPARE(
            later[QStringLiteral("cycles")].toArray().first()[QStringLiteral("adhesions")].toInt(),
            2);
        const CliRun text =
            run({QStringLiteral("check"), QStringLiteral("--date"), QStringLiteral("2021-11-30")});
        QVERIFY(
            text.out.contains("Cycle Piano di Zona 2021-2023: 6 tables (2 with no meeting yet)"));
    }

    void listsAndShows()
    {
        const QJsonArray cycles =
            run({QStringLiteral("cycle"), QStringLiteral("list"), QStringLiteral("--json")})
                .array();
        QCOMPARE(cycles.size(), 1);
        const QJsonObject c = cycles.first().toObject();
        QCOMPARE(c[QStringLiteral("subAreas")].toArray().size(), 2);
        QCOMPARE(c[QStringLiteral("subAreas")].toArray()[1][QStringLiteral("name")].toString(),
                 QStringLiteral("Viadanese"));
        QCOMPARE(c[QStringLiteral("agreementSigned")][QStringLiteral("date")].toString(),
                 QStringLiteral("2022-01-14"));
        QCOMPARE(c[QStringLiteral("tables")].toArray().size(), 6);

        const CliRun shown = run({QStringLiteral("call"), QStringLiteral("show"),
                                  QStringLiteral("1"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject call = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(call[QStringLiteral("forms")].toArray()[0][QStringLiteral("deadline")].toString(),
                 QStringLiteral("2021-09-10"));
        QCOMPARE(call[QStringLiteral("forms")].toArray()[1][QStringLiteral("deadline")].toString(),
                 QStringLiteral("2021-09-20"));
        const QJsonArray submissions = call[QStringLiteral("submissions")].toArray();
        QCOMPARE(submissions.size(), 7);
        QStringList decisions;
        for (const QJsonValue &s : submissions)
            decisions << QStringLiteral("%1%2:%3").arg(s[QStringLiteral("form")].toString(),
                                                       s[QStringLiteral("late")].toBool()
                                                           ? QStringLiteral("late")
                                                           : QStringLiteral("on-time"),
                                                       s[QStringLiteral("decision")].toString());
        // By time received.
        QCOMPARE(
            decisions,
            (QStringList {QStringLiteral("Aon-time:admitted"), QStringLiteral("Aon-time:admitted"),
                          QStringLiteral("Aon-time:admitted"), QStringLiteral("Alate:admitted"),
                          QStringLiteral("Alate:not-admitted"), QStringLiteral("Bon-time:admitted"),
                          QStringLiteral("Blate:pending")}));

        // The plenary (table 4): its participants from the day each was admitted or added.
        const QJsonObject plenary =
            QJsonDocument::fromJson(run({QStringLiteral("table"), QStringLiteral("show"),
                                         QStringLiteral("4"), QStringLiteral("--json")})
                                        .out)
                .object();
        QCOMPARE(plenary[QStringLiteral("kind")].toString(), QStringLiteral("plenary"));
        QStringList joined;
        for (const QJsonValue &p : plenary[QStringLiteral("participants")].toArray())
            joined << p[QStringLiteral("name")].toString() + QLatin1Char(' ')
                    + p[QStringLiteral("from")].toString();
        QCOMPARE(joined,
                 (QStringList {QStringLiteral("Giulia Rossi 2021-09-03"),
                               QStringLiteral("Mario Ferrari 2021-09-10"),
                               QStringLiteral("Paolo Sarzi 2021-09-15"),
                               QStringLiteral("Chiara Negri 2021-09-20")}));
        const QJsonArray meetings = plenary[QStringLiteral("meetings")].toArray();
        QCOMPARE(meetings.size(), 2);
        QCOMPARE(meetings[0][QStringLiteral("state")].toString(), QStringLiteral("held"));
        QCOMPARE(meetings[1][QStringLiteral("present")].toInt(), 3);
        QCOMPARE(
            run({QStringLiteral("table"), QStringLiteral("show"), QStringLiteral("99")}).exitCode,
            1);
        QCOMPARE(run({QStringLiteral("call"), QStringLiteral("list")}).exitCode, 2);
    }

    // Per body across the cycle: invited, present, excused, absent (derived from the holds).
    void attendanceOverTheCycle()
    {
        const QJsonObject r =
            QJsonDocument::fromJson(
                run({QStringLiteral("cycle"), QStringLiteral("attendance"),
                     QStringLiteral("--cycle"), QStringLiteral("1"), QStringLiteral("--json")})
                    .out)
                .object();
        QStringList got;
        for (const QJsonValue &b : r[QStringLiteral("bodies")].toArray())
            got << QStringLiteral("%1 %2/%3/%4/%5")
                       .arg(b[QStringLiteral("name")].toString())
                       .arg(b[QStringLiteral("invited")].toInt())
                       .arg(b[QStringLiteral("present")].toInt())
                       .arg(b[QStringLiteral("excused")].toInt())
                       .arg(b[QStringLiteral("absent")].toInt());
        QCOMPARE(got,
                 (QStringList {QStringLiteral("Associazione Famiglie Insieme APS 2/1/1/0"),
                               QStringLiteral("Auser Casalasco ODV 4/2/2/0"),
                               QStringLiteral("Centro di Formazione Professionale Oglio Po "
                                              "4/3/0/1"),
                               QStringLiteral("Cooperativa Sociale Il Cerchio 4/4/0/0"),
                               QStringLiteral("Istituto Comprensivo di Casalmaggiore "
                                              "2/0/1/1")}));
        const QJsonArray tables = r[QStringLiteral("tables")].toArray();
        QCOMPARE(tables.size(), 6);
        QCOMPARE(tables[3][QStringLiteral("heldMeetings")].toInt(), 2); // the plenary
        QCOMPARE(tables[4][QStringLiteral("heldMeetings")].toInt(), 0);

        // CSV for Excel: a byte-order mark, ';', the rate with a comma.
        const CliRun csv =
            run({QStringLiteral("cycle"), QStringLiteral("attendance"), QStringLiteral("--cycle"),
                 QStringLiteral("1"), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("\xef\xbb\xbf"
                                   "body;table;invited"));
        QVERIFY2(csv.out.contains("Cooperativa Sociale Il Cerchio;;4;4;0;0;100,0"),
                 csv.out.constData());
        QVERIFY(csv.out.contains("Auser Casalasco ODV;;4;2;2;0;50,0"));
        QCOMPARE(run({QStringLiteral("cycle"), QStringLiteral("attendance")}).exitCode, 2);
    }

    // A target table's letters name the table, its sub-area and the cycle, not a working group
    // of the Tavolo nor its regulation.
    void tableLettersNameTheTableAndItsSubArea()
    {
        const qint64 meeting = m_lines.at(34)[QStringLiteral("id")].toInteger(); // anziani, 29/09
        const QString out = dir.filePath(QStringLiteral("letters"));
        const CliRun exported =
            run({QStringLiteral("export"), QStringLiteral("letters"), QStringLiteral("--meeting"),
                 QString::number(meeting), QStringLiteral("--protocol"), QStringLiteral("812/2021"),
                 QStringLiteral("--out"), out});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QStringList pdfs = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QVERIFY(pdfs.size() > 1); // one per participant and the combined one
        const QString text = pdftools::text(QDir(out).filePath(pdfs.first()));
        QVERIFY2(text.contains(QStringLiteral("seduta del tavolo di lavoro «Anziani, persone "
                                              "disabili e non autosufficienti» del sub-ambito "
                                              "Casalasco")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Piano di Zona 2021-2023")));
        QVERIFY(!text.contains(QStringLiteral("gruppo di lavoro")));
    }

private:
    QList<QJsonObject> m_lines;
};

QTEST_GUILESS_MAIN(TestCliCycle)
#include "tst_cli_cycle.moc"

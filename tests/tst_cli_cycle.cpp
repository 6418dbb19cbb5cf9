// The Casalasco example (docs/examples/casalasco-cycle.json, from seed 004) end to end through
// tavolo-cli: the 2021-2023 cycle, its call with allegati A and B, submissions on time and late,
// the tables' and plenaries' meetings, adhesions — every result line as the rules R-L and R-M
// demand; then `check`, `cycle list`, `call show`, `table show` and `cycle attendance`; and the
// cycle's documents through `export`: the register of submissions (office and publication),
// a receipt, the adherents list, the attendance over the cycle.
#include "clirunner.h"
#include "pdftools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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

    // The id an operation of the example was given, as the CLI takes it.
    QString id(int operation) const
    {
        return QString::number(m_lines.at(operation)[QStringLiteral("id")].toInteger());
    }

    // `export WHAT … --out DIR/sub`: one file printed, a PDF/A-1b; its text.
    QString exportedText(const QStringList &what, const QString &sub) const
    {
        const QString out = dir.filePath(sub);
        const CliRun r = run(QStringList {QStringLiteral("export")} + what
                             + QStringList {QStringLiteral("--out"), out});
        if (r.exitCode != 0)
            return QStringLiteral("<exit %1: %2>").arg(r.exitCode).arg(QString::fromUtf8(r.err));
        // One file a line; on Windows the lines end with CR LF.
        const QStringList files = QString::fromUtf8(r.out).split(
            QRegularExpression(QStringLiteral("[\r\n]+")), Qt::SkipEmptyParts);
        if (files.size() != 1 || !QFileInfo(files.first()).absolutePath().startsWith(out)
            || !files.first().endsWith(QLatin1String(".pdf")))
            return QStringLiteral("<printed: %1>").arg(QString::fromUtf8(r.out));
        return pdftools::text(files.first());
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
        QVERIFY2(message(26).contains(QStringLiteral("prot. 3101"))
                     && message(26).contains(QStringLiteral("submission.update")),
                 qPrintable(message(26)));
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
        QVERIFY2(csv.out.startsWith("\xef\xbb\xbf"
                                    "Body;Table;Invited;Present;Excused;Absent;Rate %"),
                 csv.out.constData());
        QVERIFY2(csv.out.contains("Cooperativa Sociale Il Cerchio;;4;4;0;0;100,0"),
                 csv.out.constData());
        QVERIFY(csv.out.contains("Auser Casalasco ODV;;4;2;2;0;50,0"));
        QCOMPARE(run({QStringLiteral("cycle"), QStringLiteral("attendance")}).exitCode, 2);

        // In Italian the header is Italian; the byte-order mark, ';' and the rows stay.
        const CliRun italian =
            runCli(db(),
                   {QStringLiteral("cycle"), QStringLiteral("attendance"),
                    QStringLiteral("--cycle"), QStringLiteral("1"), QStringLiteral("--csv")},
                   {}, QStringLiteral("it"));
        QCOMPARE(italian.exitCode, 0);
        QVERIFY2(italian.out.startsWith("\xef\xbb\xbf"
                                        "Ente;Tavolo;Convocati;Presenti;Giustificati;Assenti;"
                                        "Tasso %"),
                 italian.out.constData());
        QVERIFY(italian.out.contains("Cooperativa Sociale Il Cerchio;;4;4;0;0;100,0"));
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

    // The register of the call's submissions, as the office keeps it: by received time, the
    // three late ones FUORI TERMINE with their decision (or none yet), the contacts.
    void registerOfSubmissions_RL()
    {
        const QString text =
            exportedText({QStringLiteral("submissions"), QStringLiteral("--call"), id(20),
                          QStringLiteral("--date"), QStringLiteral("2021-09-24")},
                         QStringLiteral("register"));
        QVERIFY2(text.contains(QStringLiteral("Registro delle istanze pervenute")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("situazione al 24 settembre 2021")));
        QVERIFY(text.contains(
            QStringLiteral("Invito al Terzo settore per la programmazione dei Piani di Zona")));
        // Seven stored (the second allegato A of Il Cerchio was refused), by time received.
        qsizetype last = -1;
        for (const QString &protocol :
             {QStringLiteral("3101"), QStringLiteral("3150"), QStringLiteral("3188"),
              QStringLiteral("3215"), QStringLiteral("3230"), QStringLiteral("3301"),
              QStringLiteral("3320")}) {
            const qsizetype at = text.indexOf(protocol, last + 1);
            QVERIFY2(at > last, qPrintable(protocol));
            last = at;
        }
        QVERIFY(!text.contains(QStringLiteral("3201")));
        QVERIFY(text.contains(QStringLiteral("Istanze pervenute: 7, di cui 3 fuori termine")));
        // The forms by their titles, which already name their allegato (not "Allegato A – …").
        QVERIFY(text.contains(QStringLiteral("Scheda di rilevazione (allegato B) 20/09/2021 2 1")));
        QVERIFY(!text.contains(QStringLiteral("Allegato A –")));
        QCOMPARE(text.count(QStringLiteral("FUORI TERMINE")), 3);
        // 3215: late, admitted on 15/09 with the reason; 3230: not admitted; 3320 (allegato B,
        // the survey form): waiting, and left out of the first synthesis.
        const auto row = [&text](const QString &protocol, const QString &next) {
            const qsizetype from = text.indexOf(protocol);
            return text.mid(from, next.isEmpty() ? -1 : text.indexOf(next, from) - from);
        };
        const QString late1 = row(QStringLiteral("3215"), QStringLiteral("3230"));
        QVERIFY2(late1.contains(QStringLiteral("FUORI TERMINE ammessa il 15/09/2021")),
                 qPrintable(late1));
        QVERIFY(late1.contains(QStringLiteral("disservizio della PEC")));
        QVERIFY(late1.contains(QStringLiteral("Centro di Formazione Professionale Oglio Po")));
        const QString late2 = row(QStringLiteral("3230"), QStringLiteral("3301"));
        QVERIFY2(late2.contains(QStringLiteral("FUORI TERMINE non ammessa il 15/09/2021")),
                 qPrintable(late2));
        QVERIFY(late2.contains(QStringLiteral("a mano")));
        const QString late3 = row(QStringLiteral("3320"), QString());
        QVERIFY2(late3.contains(QStringLiteral("FUORI TERMINE in attesa di decisione")),
                 qPrintable(late3));
        QVERIFY(late3.contains(QStringLiteral("non inclusa nella prima sintesi")));
        // On time: nothing to decide; received on the deadline day at 17:45.
        const QString onTime = row(QStringLiteral("3188"), QStringLiteral("3215"));
        QVERIFY2(onTime.contains(QStringLiteral("nei termini")), qPrintable(onTime));
        QVERIFY(!onTime.contains(QStringLiteral("attesa")));
        QVERIFY(!onTime.contains(QStringLiteral("ammessa"))); // admitted on receipt: no decision
        QVERIFY(onTime.contains(QStringLiteral("ore 17:45")));
        // The office's register names the contacts, PEC else e-mail.
        QVERIFY(text.contains(QStringLiteral("Giulia Rossi")));
        QVERIFY(text.contains(QStringLiteral("rossi@example.it")));
    }

    // The version for publication: the same rows, no contact person, no e-mail or PEC but
    // the office's own.
    void publishedRegisterHasNoContacts()
    {
        // The office's own address, in the footer of every page.
        const QString office = QStringLiteral("ufficiodipiano@example.it");
        QCOMPARE(run({QStringLiteral("letterhead"), QStringLiteral("--set"),
                      QStringLiteral("contacts=") + office})
                     .exitCode,
                 0);
        QString text = exportedText({QStringLiteral("submissions"), QStringLiteral("--call"),
                                     id(20), QStringLiteral("--publication")},
                                    QStringLiteral("publication"));
        QVERIFY2(text.contains(QStringLiteral("Elenco delle istanze pervenute")), qPrintable(text));
        QVERIFY(text.contains(office));
        QCOMPARE(text.count(QStringLiteral("FUORI TERMINE")), 3);
        QVERIFY(text.contains(QStringLiteral("Cooperativa Sociale Il Cerchio")));
        for (const QString &name : {QStringLiteral("Giulia Rossi"), QStringLiteral("Mario Ferrari"),
                                    QStringLiteral("Elena Bassi"), QStringLiteral("Paolo Sarzi"),
                                    QStringLiteral("Luca Mori"), QStringLiteral("Referente")})
            QVERIFY2(!text.contains(name), qPrintable(name));
        text.remove(office);
        QVERIFY2(!text.contains(QLatin1Char('@')), qPrintable(text));
    }

    // The receipt of Il Cerchio's allegato A: the outgoing protocol, the incoming one, on time.
    void receiptOfASubmission()
    {
        const QString text =
            exportedText({QStringLiteral("receipt"), QStringLiteral("--submission"), id(21),
                          QStringLiteral("--protocol"), QStringLiteral("3345/2021"),
                          QStringLiteral("--date"), QStringLiteral("2021-09-06")},
                         QStringLiteral("receipt"));
        QVERIFY2(text.contains(QStringLiteral("Prot. n. 3345/2021")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Cooperativa Sociale Il Cerchio")));
        QVERIFY(text.contains(QStringLiteral("c.a. Giulia Rossi")));
        QVERIFY(text.contains(QStringLiteral("PEC: cerchio@pec.example.it")));
        QVERIFY(text.contains(QStringLiteral("3101")));
        QVERIFY(text.contains(QStringLiteral("venerdì 3 settembre 2021")));
        QVERIFY(text.contains(QStringLiteral("entro il termine")));
        QVERIFY(text.contains(QStringLiteral("10 settembre 2021")));
        QVERIFY(!text.contains(QStringLiteral("fuori termine"), Qt::CaseInsensitive));
        // Without the outgoing protocol the command shows its usage.
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("receipt"),
                      QStringLiteral("--submission"), id(21), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("receipt"))})
                     .exitCode,
                 2);
    }

    // The adherents to the programme agreement: the two accepted, not the refused (R-M).
    void adherentsList_RM()
    {
        const QString text =
            exportedText({QStringLiteral("adherents"), QStringLiteral("--cycle"), id(12),
                          QStringLiteral("--date"), QStringLiteral("2022-02-01")},
                         QStringLiteral("adherents"));
        QVERIFY2(text.contains(QStringLiteral("Elenco degli aderenti all'accordo di programma")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("rep. 1/2022 del 14 gennaio 2022")));
        QVERIFY(text.contains(QStringLiteral("Cooperativa Sociale Il Cerchio")));
        QVERIFY(text.contains(QStringLiteral("Associazione Famiglie Insieme APS")));
        QVERIFY(text.indexOf(QStringLiteral("Il Cerchio"))
                < text.indexOf(QStringLiteral("Famiglie Insieme"))); // by request date
        QVERIFY(text.contains(QStringLiteral("Accordo di programma, rep. 1/2022 del 14/01/2022")));
        QVERIFY(!text.contains(QStringLiteral("Istituto Comprensivo")));
        QVERIFY(!text.contains(QStringLiteral("Nazareth")));
        QVERIFY(text.contains(QStringLiteral("Aderenti: 2")));
    }

    // Attendance over the cycle per table and per body: Il Cerchio at all four of its
    // meetings, the school at none of its two. Asked as `export cycle-attendance`, and by its
    // older name `export attendance --cycle`, which gives the same document; `export
    // cycle-attendance` without a cycle is a usage error, not a meeting's sheet.
    void attendanceOverTheCycleDocument()
    {
        const QString text =
            exportedText({QStringLiteral("cycle-attendance"), QStringLiteral("--cycle"), id(12),
                          QStringLiteral("--date"), QStringLiteral("2021-12-31")},
                         QStringLiteral("attendance"));
        const QString older =
            exportedText({QStringLiteral("attendance"), QStringLiteral("--cycle"), id(12),
                          QStringLiteral("--date"), QStringLiteral("2021-12-31")},
                         QStringLiteral("attendance-older"));
        QCOMPARE(older, text);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("cycle-attendance"),
                      QStringLiteral("--meeting"), QStringLiteral("1"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("none"))})
                     .exitCode,
                 2);
        const CliRun help = run({QStringLiteral("help"), QStringLiteral("export")});
        QVERIFY2(help.out.contains("export adherents|cycle-attendance --cycle ID")
                     && help.out.contains("export attendance --cycle ID"),
                 help.out.constData());
        QVERIFY2(text.contains(QStringLiteral("Cooperativa Sociale Il Cerchio 4 4 0 0 100%")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Istituto Comprensivo di Casalmaggiore 2 0 1 1 0%")));
        QVERIFY(text.contains(QStringLiteral("Auser Casalasco ODV 4 2 2 0 50%")));
        QVERIFY(text.contains(QStringLiteral("Plenaria d'ambito Oglio Po")));
        QVERIFY(text.contains(QStringLiteral("sub-ambito Casalasco")));
        QVERIFY(!text.contains(QStringLiteral("Giulia Rossi"))); // counts per body, no people
    }

    // An unknown id is refused in words, and nothing is written; a second export of the same
    // document never overwrites the first.
    void unknownIdsRefusedAndNoFileOverwritten()
    {
        const QString out = dir.filePath(QStringLiteral("refused"));
        const QList<QStringList> asks = {
            {QStringLiteral("submissions"), QStringLiteral("--call"), QStringLiteral("99")},
            {QStringLiteral("receipt"), QStringLiteral("--submission"), QStringLiteral("99"),
             QStringLiteral("--protocol"), QStringLiteral("1")},
            {QStringLiteral("adherents"), QStringLiteral("--cycle"), QStringLiteral("99")},
            {QStringLiteral("attendance"), QStringLiteral("--cycle"), QStringLiteral("99")}};
        const QStringList words = {
            QStringLiteral("no call with id 99"), QStringLiteral("no submission with id 99"),
            QStringLiteral("no cycle with id 99"), QStringLiteral("no cycle with id 99")};
        for (qsizetype i = 0; i < asks.size(); ++i) {
            const CliRun r = run(QStringList {QStringLiteral("export")} + asks.at(i)
                                 + QStringList {QStringLiteral("--out"), out});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(QString::fromUtf8(r.err + r.out).contains(words.at(i)), r.err.constData());
        }
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());

        const QString again = dir.filePath(QStringLiteral("again"));
        const QStringList ask = {QStringLiteral("export"),  QStringLiteral("adherents"),
                                 QStringLiteral("--cycle"), id(12),
                                 QStringLiteral("--out"),   again};
        const CliRun first = run(ask);
        const CliRun second = run(ask);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(second.exitCode, 0);
        QVERIFY(first.out.trimmed() != second.out.trimmed());
        QCOMPARE(QDir(again).entryList(QDir::Files).size(), 2);
    }

    // Last, as it changes the archive: a submission corrected and a participation ended through
    // `apply`, each with the result the rules demand.
    void correctionsThroughApply()
    {
        const auto number = [&](int operation) {
            return id(operation).toLongLong();
        };
        const QJsonArray ops {
            // 0 the late allegato B's protocol number and a note
            QJsonObject {{QStringLiteral("op"), QStringLiteral("submission.update")},
                         {QStringLiteral("submission"), number(28)},
                         {QStringLiteral("protocol"), QStringLiteral("3320/bis")},
                         {QStringLiteral("notes"), QStringLiteral("Protocollo corretto")}},
            // 1 the form is not corrected: a field submission.update does not take
            QJsonObject {{QStringLiteral("op"), QStringLiteral("submission.update")},
                         {QStringLiteral("submission"), number(28)},
                         {QStringLiteral("form"), QStringLiteral("A")}},
            // 2 Il Cerchio's contact, present at the tables' meetings, is not taken out
            QJsonObject {{QStringLiteral("op"), QStringLiteral("submission.update")},
                         {QStringLiteral("submission"), number(21)},
                         {QStringLiteral("contact"), number(7)}},
            // 3 the school's contact ends before the meeting of 26/10 that recorded her excused
            QJsonObject {{QStringLiteral("op"), QStringLiteral("table.participant.end")},
                         {QStringLiteral("table"), number(14)},
                         {QStringLiteral("person"), number(8)},
                         {QStringLiteral("to"), QStringLiteral("2021-10-01")}},
            // 4 … on the day of that meeting
            QJsonObject {{QStringLiteral("op"), QStringLiteral("table.participant.end")},
                         {QStringLiteral("table"), number(14)},
                         {QStringLiteral("person"), number(8)},
                         {QStringLiteral("to"), QStringLiteral("2021-10-26")}},
            // 5 not extended afterwards
            QJsonObject {{QStringLiteral("op"), QStringLiteral("table.participant.end")},
                         {QStringLiteral("table"), number(14)},
                         {QStringLiteral("person"), number(8)},
                         {QStringLiteral("to"), QStringLiteral("2021-10-27")}}};
        const QString path = dir.filePath(QStringLiteral("corrections.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(ops).toJson());
        file.close();
        const QList<QJsonObject> lines = run({QStringLiteral("apply"), path}).lines();
        QStringList got;
        for (const QJsonObject &line : lines)
            got << outcome(line);
        QCOMPARE(got,
                 (QStringList {QStringLiteral("ok"), QStringLiteral("refused INPUT"),
                               QStringLiteral("refused R-L"), QStringLiteral("refused R-L"),
                               QStringLiteral("ok"), QStringLiteral("refused DATES")}));
        const QString refusal = lines.at(3)[QStringLiteral("problems")]
                                    .toArray()
                                    .first()[QStringLiteral("message")]
                                    .toString();
        QVERIFY2(refusal.contains(QStringLiteral("26/10/2021")), qPrintable(refusal));

        const QJsonObject call =
            QJsonDocument::fromJson(run({QStringLiteral("call"), QStringLiteral("show"), id(20),
                                         QStringLiteral("--json")})
                                        .out)
                .object();
        QJsonObject corrected;
        for (const QJsonValue &s : call[QStringLiteral("submissions")].toArray())
            if (s[QStringLiteral("id")].toInteger() == number(28))
                corrected = s.toObject();
        QCOMPARE(corrected[QStringLiteral("protocol")].toString(), QStringLiteral("3320/bis"));
        QCOMPARE(corrected[QStringLiteral("notes")].toString(),
                 QStringLiteral("Protocollo corretto"));
        QCOMPARE(call[QStringLiteral("forms")].toArray()[1][QStringLiteral("survey")].toBool(),
                 true);
        const QJsonObject minori =
            QJsonDocument::fromJson(run({QStringLiteral("table"), QStringLiteral("show"), id(14),
                                         QStringLiteral("--json")})
                                        .out)
                .object();
        QStringList ended;
        for (const QJsonValue &p : minori[QStringLiteral("participants")].toArray())
            if (!p[QStringLiteral("to")].isNull())
                ended << p[QStringLiteral("name")].toString() + QLatin1Char(' ')
                        + p[QStringLiteral("to")].toString();
        QCOMPARE(ended, QStringList {QStringLiteral("Elena Bassi 2021-10-26")});
    }

private:
    QList<QJsonObject> m_lines;
};

QTEST_GUILESS_MAIN(TestCliCycle)
#include "tst_cli_cycle.moc"

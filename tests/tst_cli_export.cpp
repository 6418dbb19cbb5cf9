// tavolo-cli export on the Sondrio scenario: one letter per member (a delegate in the ASL
// director's place) and per guest, the combined PDF, attendance sheet, calendar file and the
// composition for publication (issue 4).
#include "clirunner.h"
#include "pdftools.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

class TestCliExport : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("sondrio.sqlite")); }
    QString out() const { return dir.filePath(QStringLiteral("out")); }

    QStringList exportFiles(const QStringList &arguments)
    {
        const CliRun run = runCli(db(), QStringList{QStringLiteral("export")} + arguments
                                            + QStringList{QStringLiteral("--out"), out()});
        [&] { QCOMPARE(run.exitCode, 0); }();
        return QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QCOMPARE(runCli(db(), {QStringLiteral("init")}).exitCode, 0);
        runCli(db(), {QStringLiteral("apply"), QStringLiteral(TAVOLO_EXAMPLES "/sondrio-scenario.json")});
        // Meeting 7: a convened meeting with two materials and a guest (person 18).
        const QByteArray next = R"json([
          {"op":"meeting.add","date":"2026-12-10","time":"16:30","place":"Sala consiliare, Sondrio",
           "agenda":["Approvazione del verbale","Piano di Zona: stato di attuazione"]},
          {"op":"material.add","meeting":7,"title":"Relazione sullo stato di attuazione"},
          {"op":"guest.invite","meeting":7,"person":18,"reason":"Progetto scuola-territorio (punto 2)"},
          {"op":"meeting.convene","meeting":7,"date":"2026-11-25"}])json";
        QCOMPARE(runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, next).exitCode, 0);
    }

    void lettersOnePerRecipientAndCombined()
    {
        const QStringList files = exportFiles({QStringLiteral("letters"), QStringLiteral("--meeting"),
                                               QStringLiteral("7"), QStringLiteral("--protocol"), QStringLiteral("4512/2026")});
        QCOMPARE(files.size(), 15 + 1 + 1); // members, the guest, the combined PDF
        const QString delegate = files.filter(QStringLiteral("Paolo Ricci")).value(0);
        QVERIFY(QFile::exists(delegate));
        const QString text = pdftools::text(delegate);
        for (const QString &expected : {QStringLiteral("Paolo Ricci"), QStringLiteral("giovedì 10 dicembre 2026, ore 16:30"),
                                        QStringLiteral("Approvazione del verbale"),
                                        QStringLiteral("Piano di Zona: stato di attuazione"),
                                        QStringLiteral("Relazione sullo stato di attuazione"), QStringLiteral("4512/2026")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // The ASL social director sits through the delegate: no letter to the holder.
        QVERIFY(files.filter(QStringLiteral("Giovanni Russo")).isEmpty());
        const QString guest = files.filter(QStringLiteral("Alessandra Marino")).value(0);
        QVERIFY(pdftools::text(guest).contains(QStringLiteral("scuola-territorio")));
        QVERIFY(pdftools::metadata(delegate).contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
        QVERIFY(pdftools::fontsNotEmbedded(files.last()).isEmpty());
        QCOMPARE(pdftools::pages(files.last()), 16);
    }

    void attendanceIcsAndComposition()
    {
        const QString sheet = exportFiles({QStringLiteral("attendance"), QStringLiteral("--meeting"), QStringLiteral("7")}).value(0);
        QVERIFY(pdftools::text(sheet).contains(QStringLiteral("Silvia Fontana")));
        const QString ics = exportFiles({QStringLiteral("ics"), QStringLiteral("--meeting"), QStringLiteral("7")}).value(0);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray calendar = file.readAll();
        QVERIFY(calendar.contains("DTSTART;TZID=Europe/Rome:20261210T163000"));
        const QString composition = exportFiles({QStringLiteral("composition"), QStringLiteral("--date"),
                                                 QStringLiteral("2026-11-20")}).value(0);
        const QString published = pdftools::text(composition);
        QVERIFY(published.contains(QStringLiteral("Anna Gallo")));
        QVERIFY(!published.contains(QLatin1Char('@'))); // no contacts (GDPR)
    }

    void workingGroupMeetingLetters_RI()
    {
        // The group of the scenario: three participants, the coordinator first.
        const QStringList files = exportFiles({QStringLiteral("letters"), QStringLiteral("--group-meeting"),
                                               QStringLiteral("1")});
        QCOMPARE(files.size(), 3 + 1);
        QVERIFY(files.first().contains(QStringLiteral("Valeria Greco")));
        const QString text = pdftools::text(files.first());
        QVERIFY(text.contains(QStringLiteral("Minori, giovani e famiglie")));
        QVERIFY(text.contains(QStringLiteral("Mappatura dei servizi per i minori")));
    }

    void exportsNeverOverwriteNorFollowLinks()
    {
        // A second export into the same folder takes new names; a link that carries the name
        // of an export is not written through.
        const QString folder = dir.filePath(QStringLiteral("again"));
        QVERIFY(QDir().mkpath(folder));
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        QFile file(victim);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
        file.close();
        const bool linked = QFile::link(victim, QDir(folder).filePath(QStringLiteral("Seduta 2026-12-10.ics")))
            || QFile::link(victim, QDir(folder).filePath(QStringLiteral("Meeting 2026-12-10.ics")));
        for (const char *kind : {"ics", "attendance"}) {
            QStringList names;
            for (int round = 0; round < 2; ++round) {
                const CliRun run = runCli(db(), {QStringLiteral("export"), QString::fromLatin1(kind),
                                                 QStringLiteral("--meeting"), QStringLiteral("7"),
                                                 QStringLiteral("--out"), folder});
                QCOMPARE(run.exitCode, 0);
                names << QString::fromUtf8(run.out).trimmed();
            }
            QVERIFY2(names.at(0) != names.at(1), qPrintable(names.join(QLatin1Char(' '))));
            QVERIFY(QFileInfo(names.at(0)).isFile() && !QFileInfo(names.at(0)).isSymLink());
            QVERIFY(QFileInfo(names.at(1)).isFile() && !QFileInfo(names.at(1)).isSymLink());
        }
        for (int round = 0; round < 2; ++round) {
            const CliRun run = runCli(db(), {QStringLiteral("export"), QStringLiteral("composition"),
                                             QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                             QStringLiteral("--out"), folder});
            QCOMPARE(run.exitCode, 0);
        }
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 4);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me\n"));
        QVERIFY(!linked || QDir(folder).entryList({QStringLiteral("*.ics")}, QDir::Files).size() >= 2);
    }

    void cancelledMeetingRefused()
    {
        const CliRun run = runCli(db(), {QStringLiteral("export"), QStringLiteral("letters"), QStringLiteral("--meeting"),
                                         QStringLiteral("2"), QStringLiteral("--out"), out()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("R-C"));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"

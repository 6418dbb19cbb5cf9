// tavolo-cli export on the Sondrio scenario: one letter per member (a delegate in the ASL
// director's place) and per guest, the combined PDF, attendance sheet, calendar file and the
// composition for publication (issue 4).
#include "clirunner.h"
#include "pdftools.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
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
        // One file a line; on Windows the lines end with CR LF.
        return QString::fromUtf8(run.out).split(QRegularExpression(QStringLiteral("[\r\n]+")),
                                                Qt::SkipEmptyParts);
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
        // Members but the signatory (issue 12), the guest, the combined PDF.
        QCOMPARE(files.size(), 14 + 1 + 1);
        const QString delegate = files.filter(QStringLiteral("Paolo Ricci")).value(0);
        QVERIFY(QFile::exists(delegate));
        const QString text = pdftools::text(delegate);
        for (const QString &expected : {QStringLiteral("Paolo Ricci"), QStringLiteral("giovedì 10 dicembre 2026, alle ore 16.30"),
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
        QCOMPARE(pdftools::pages(files.last()), 15);
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
        // The group of the scenario: three participants, the coordinator first; the head of
        // the planning office is one of them and signs the letters, so she receives none.
        const QStringList files = exportFiles({QStringLiteral("letters"), QStringLiteral("--group-meeting"),
                                               QStringLiteral("1")});
        QCOMPARE(files.size(), 2 + 1);
        QVERIFY(files.filter(QStringLiteral("Laura Ferrari")).isEmpty());
        QVERIFY(files.first().contains(QStringLiteral("Valeria Greco")));
        const QString text = pdftools::text(files.first());
        QVERIFY(text.contains(QStringLiteral("Minori, giovani e famiglie")));
        QVERIFY(text.contains(QStringLiteral("Mappatura dei servizi per i minori")));
        // Issue 19, point 6: a group has riunioni under the Tavolo's regulation.
        QVERIFY(!text.contains(QStringLiteral("Regolamento del gruppo")));
        QVERIFY(!text.contains(QStringLiteral("seduta")));
    }

    // Issue 12, defect 5: the head of the planning office signs the letters and receives
    // none, unless the clerk asks; she stays on the attendance sheet, a member like the others.
    void signatoryReceivesNoLetterUnlessAsked()
    {
        const QStringList meeting7 = {QStringLiteral("letters"), QStringLiteral("--meeting"), QStringLiteral("7")};
        QVERIFY(exportFiles(meeting7).filter(QStringLiteral("Laura Ferrari")).isEmpty());
        const QString sheet = exportFiles({QStringLiteral("attendance"), QStringLiteral("--meeting"), QStringLiteral("7")}).value(0);
        QVERIFY(pdftools::text(sheet).contains(QStringLiteral("Laura Ferrari")));
        QCOMPARE(runCli(db(), {QStringLiteral("letterhead"), QStringLiteral("--set"),
                               QStringLiteral("lettersToSignatory=yes")}).exitCode, 0);
        QCOMPARE(exportFiles(meeting7).filter(QStringLiteral("Laura Ferrari")).size(), 1);
        QCOMPARE(runCli(db(), {QStringLiteral("letterhead"), QStringLiteral("--set"),
                               QStringLiteral("lettersToSignatory=")}).exitCode, 0);
        // Someone else named as signatory: she receives her letter, he does not.
        QCOMPARE(runCli(db(), {QStringLiteral("letterhead"), QStringLiteral("--set"),
                               QStringLiteral("signatoryName=Dott. Marco Bianchi")}).exitCode, 0);
        const QStringList others = exportFiles(meeting7);
        QCOMPARE(others.filter(QStringLiteral("Laura Ferrari")).size(), 1);
        QVERIFY(others.filter(QStringLiteral("Marco Bianchi")).isEmpty());
        QCOMPARE(runCli(db(), {QStringLiteral("letterhead"), QStringLiteral("--set"),
                               QStringLiteral("signatoryName=")}).exitCode, 0);
        // A value the setting does not know is refused.
        QCOMPARE(runCli(db(), {QStringLiteral("letterhead"), QStringLiteral("--set"),
                               QStringLiteral("signature=autografa")}).exitCode, 1);
    }

    // Issue 12, defect 2: a representative without a personal PEC is written to c/o the
    // organisation's PEC; an office holder with only an e-mail gets "E-mail:", not "PEC:".
    // Issue 19, points 4 and 10: the delegate is the director's delegate, and the health
    // authority's titles are settings.
    void addressKindAndOfficeTitles()
    {
        const QStringList meeting7 = {QStringLiteral("letters"), QStringLiteral("--meeting"), QStringLiteral("7")};
        QStringList files = exportFiles(meeting7);
        const QString gallo = pdftools::text(files.filter(QStringLiteral("Anna Gallo")).value(0)).simplified();
        QVERIFY2(gallo.contains(QStringLiteral("c/o Cooperativa Sociale Il Sentiero PEC: coop1@pec.example.it")),
                 qPrintable(gallo));
        const QString ricci = pdftools::text(files.filter(QStringLiteral("Paolo Ricci")).value(0)).simplified();
        QVERIFY2(ricci.contains(QStringLiteral("E-mail: deleg@example.it")), qPrintable(ricci));
        QVERIFY(!ricci.contains(QStringLiteral("PEC: deleg@example.it")));
        QVERIFY(ricci.contains(QStringLiteral("Delegato del Direttore Sociale dell'ASL")));
        QVERIFY(!ricci.contains(QStringLiteral("(delegato)")));
        QCOMPARE(runCli(db(), {QStringLiteral("letterhead"), QStringLiteral("--set"),
                               QStringLiteral("aslSocialDirectorTitle=Direttore Sociosanitario dell'ASST Valtellina")})
                     .exitCode,
                 0);
        files = exportFiles(meeting7);
        QVERIFY(pdftools::text(files.filter(QStringLiteral("Paolo Ricci")).value(0))
                    .simplified()
                    .contains(QStringLiteral("Delegato del Direttore Sociosanitario dell'ASST Valtellina")));
        const QString composition = exportFiles({QStringLiteral("composition"), QStringLiteral("--date"),
                                                 QStringLiteral("2026-11-20")}).value(0);
        QVERIFY(pdftools::text(composition).simplified().contains(
            QStringLiteral("Delegato del Direttore Sociosanitario dell'ASST Valtellina")));
        QCOMPARE(runCli(db(), {QStringLiteral("letterhead"), QStringLiteral("--set"),
                               QStringLiteral("aslSocialDirectorTitle=")}).exitCode, 0);
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

// tavolo-cli export on the Sondrio scenario: one letter per member (a delegate in the ASL
// director's place) and per guest, the combined PDF, attendance sheet, calendar file and the
// composition for publication.
#include "clirunner.h"
#include "pdftools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        const CliRun run = runCli(db(),
                                  QStringList {QStringLiteral("export")} + arguments
                                      + QStringList {QStringLiteral("--out"), out()});
        [&] {
            QCOMPARE(run.exitCode, 0);
        }();
        // One file a line; on Windows the lines end with CR LF.
        return QString::fromUtf8(run.out).split(QRegularExpression(QStringLiteral("[\r\n]+")),
                                                Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QCOMPARE(runCli(db(), {QStringLiteral("init")}).exitCode, 0);
        runCli(db(),
               {QStringLiteral("apply"), QStringLiteral(TAVOLO_EXAMPLES "/sondrio-scenario.json")});
        // Meeting 9 (after the scenario's eight, two of them the working group's): a convened
        // meeting with two materials and a guest (person 18).
        const QByteArray next = R"json([
          {"op":"meeting.add","date":"2026-12-10","time":"16:30","place":"Sala consiliare, Sondrio",
           "agenda":["Approvazione del verbale","Piano di Zona: stato di attuazione"]},
          {"op":"material.add","meeting":9,"title":"Relazione sullo stato di attuazione"},
          {"op":"guest.invite","meeting":9,"person":18,"reason":"Progetto scuola-territorio (punto 2)"},
          {"op":"meeting.convene","meeting":9,"date":"2026-11-25"}])json";
        QCOMPARE(runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, next).exitCode, 0);
    }

    void lettersOnePerRecipientAndCombined()
    {
        const QStringList files = exportFiles(
            {QStringLiteral("letters"), QStringLiteral("--meeting"), QStringLiteral("9"),
             QStringLiteral("--protocol"), QStringLiteral("4512/2026")});
        // Members but the signatory, the guest, the combined PDF.
        QCOMPARE(files.size(), 14 + 1 + 1);
        const QString delegate = files.filter(QStringLiteral("Paolo Ricci")).value(0);
        QVERIFY(QFile::exists(delegate));
        const QString text = pdftools::text(delegate);
        for (const QString &expected :
             {QStringLiteral("Paolo Ricci"),
              QStringLiteral("giovedì 10 dicembre 2026, alle ore 16.30"),
              QStringLiteral("Approvazione del verbale"),
              QStringLiteral("Piano di Zona: stato di attuazione"),
              QStringLiteral("Relazione sullo stato di attuazione"), QStringLiteral("4512/2026")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // The ASL social director sits through the delegate: no letter to the holder.
        QVERIFY(files.filter(QStringLiteral("Giovanni Russo")).isEmpty());
        const QString guest = files.filter(QStringLiteral("Alessandra Marino")).value(0);
        QVERIFY(pdftools::text(guest).contains(QStringLiteral("scuola-territorio")));
        QVERIFY(
            pdftools::metadata(delegate).contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
        QVERIFY(pdftools::fontsNotEmbedded(files.last()).isEmpty());
        QCOMPARE(pdftools::pages(files.last()), 15);
    }

    void attendanceIcsAndComposition()
    {
        const QString sheet = exportFiles({QStringLiteral("attendance"),
                                           QStringLiteral("--meeting"), QStringLiteral("9")})
                                  .value(0);
        QVERIFY(pdftools::text(sheet).contains(QStringLiteral("Silvia Fontana")));
        const QString ics =
            exportFiles({QStringLiteral("ics"), QStringLiteral("--meeting"), QStringLiteral("9")})
                .value(0);
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray calendar = file.readAll();
        QVERIFY(calendar.contains("DTSTART;TZID=Europe/Rome:20261210T163000"));
        const QString composition =
            exportFiles({QStringLiteral("composition"), QStringLiteral("--date"),
                         QStringLiteral("2026-11-20")})
                .value(0);
        const QString published = pdftools::text(composition);
        QVERIFY(published.contains(QStringLiteral("Anna Gallo")));
        QVERIFY(!published.contains(QLatin1Char('@'))); // no contacts (GDPR)
    }

    void workingGroupMeetingLetters_RI()
    {
        // The group of the scenario: three participants, the coordinator first; the head of
        // the planning office is one of them and signs the letters, so she receives none.
        // The group's first meeting is meeting 7 of the one model (--group-meeting: its old name).
        const QStringList files = exportFiles(
            {QStringLiteral("letters"), QStringLiteral("--group-meeting"), QStringLiteral("7")});
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
        const QStringList newMeeting = {QStringLiteral("letters"), QStringLiteral("--meeting"),
                                        QStringLiteral("9")};
        QVERIFY(exportFiles(newMeeting).filter(QStringLiteral("Laura Ferrari")).isEmpty());
        const QString sheet = exportFiles({QStringLiteral("attendance"),
                                           QStringLiteral("--meeting"), QStringLiteral("9")})
                                  .value(0);
        QVERIFY(pdftools::text(sheet).contains(QStringLiteral("Laura Ferrari")));
        QCOMPARE(runCli(db(),
                        {QStringLiteral("letterhead"), QStringLiteral("--set"),
                         QStringLiteral("lettersToSignatory=yes")})
                     .exitCode,
                 0);
        QCOMPARE(exportFiles(newMeeting).filter(QStringLiteral("Laura Ferrari")).size(), 1);
        QCOMPARE(runCli(db(),
                        {QStringLiteral("letterhead"), QStringLiteral("--set"),
                         QStringLiteral("lettersToSignatory=")})
                     .exitCode,
                 0);
        // Someone else named as signatory: she receives her letter, he does not.
        QCOMPARE(runCli(db(),
                        {QStringLiteral("letterhead"), QStringLiteral("--set"),
                         QStringLiteral("signatoryName=Dott. Marco Bianchi")})
                     .exitCode,
                 0);
        const QStringList others = exportFiles(newMeeting);
        QCOMPARE(others.filter(QStringLiteral("Laura Ferrari")).size(), 1);
        QVERIFY(others.filter(QStringLiteral("Marco Bianchi")).isEmpty());
        QCOMPARE(runCli(db(),
                        {QStringLiteral("letterhead"), QStringLiteral("--set"),
                         QStringLiteral("signatoryName=")})
                     .exitCode,
                 0);
        // A value the setting does not know is refused.
        QCOMPARE(runCli(db(),
                        {QStringLiteral("letterhead"), QStringLiteral("--set"),
                         QStringLiteral("signature=autografa")})
                     .exitCode,
                 1);
    }

    // Issue 12, defect 2: a representative without a personal PEC is written to c/o the
    // organisation's PEC; an office holder with only an e-mail gets "E-mail:", not "PEC:".
    // Issue 19, points 4 and 10: the delegate is the director's delegate, and the health
    // authority's titles are settings.
    void addressKindAndOfficeTitles()
    {
        const QStringList newMeeting = {QStringLiteral("letters"), QStringLiteral("--meeting"),
                                        QStringLiteral("9")};
        QStringList files = exportFiles(newMeeting);
        const QString gallo =
            pdftools::text(files.filter(QStringLiteral("Anna Gallo")).value(0)).simplified();
        QVERIFY2(gallo.contains(QStringLiteral(
                     "c/o Cooperativa Sociale Il Sentiero PEC: coop1@pec.example.it")),
                 qPrintable(gallo));
        const QString ricci =
            pdftools::text(files.filter(QStringLiteral("Paolo Ricci")).value(0)).simplified();
        QVERIFY2(ricci.contains(QStringLiteral("E-mail: deleg@example.it")), qPrintable(ricci));
        QVERIFY(!ricci.contains(QStringLiteral("PEC: deleg@example.it")));
        QVERIFY(ricci.contains(QStringLiteral("Delegato del Direttore Sociale dell'ASL")));
        QVERIFY(!ricci.contains(QStringLiteral("(delegato)")));
        QCOMPARE(
            runCli(db(),
                   {QStringLiteral("letterhead"), QStringLiteral("--set"),
                    QStringLiteral(
                        "aslSocialDirectorTitle=Direttore Sociosanitario dell'ASST Valtellina")})
                .exitCode,
            0);
        files = exportFiles(newMeeting);
        QVERIFY(pdftools::text(files.filter(QStringLiteral("Paolo Ricci")).value(0))
                    .simplified()
                    .contains(QStringLiteral(
                        "Delegato del Direttore Sociosanitario dell'ASST Valtellina")));
        const QString composition =
            exportFiles({QStringLiteral("composition"), QStringLiteral("--date"),
                         QStringLiteral("2026-11-20")})
                .value(0);
        QVERIFY(pdftools::text(composition)
                    .simplified()
                    .contains(QStringLiteral(
                        "Delegato del Direttore Sociosanitario dell'ASST Valtellina")));
        QCOMPARE(runCli(db(),
                        {QStringLiteral("letterhead"), QStringLiteral("--set"),
                         QStringLiteral("aslSocialDirectorTitle=")})
                     .exitCode,
                 0);
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
        const bool linked =
            QFile::link(victim, QDir(folder).filePath(QStringLiteral("Seduta 2026-12-10.ics")))
            || QFile::link(victim, QDir(folder).filePath(QStringLiteral("Meeting 2026-12-10.ics")));
        for (const char *kind : {"ics", "attendance"}) {
            QStringList names;
            for (int round = 0; round < 2; ++round) {
                const CliRun run = runCli(db(),
                                          {QStringLiteral("export"), QString::fromLatin1(kind),
                                           QStringLiteral("--meeting"), QStringLiteral("9"),
                                           QStringLiteral("--out"), folder});
                QCOMPARE(run.exitCode, 0);
                names << QString::fromUtf8(run.out).trimmed();
            }
            QVERIFY2(names.at(0) != names.at(1), qPrintable(names.join(QLatin1Char(' '))));
            QVERIFY(QFileInfo(names.at(0)).isFile() && !QFileInfo(names.at(0)).isSymLink());
            QVERIFY(QFileInfo(names.at(1)).isFile() && !QFileInfo(names.at(1)).isSymLink());
        }
        for (int round = 0; round < 2; ++round) {
            const CliRun run = runCli(db(),
                                      {QStringLiteral("export"), QStringLiteral("composition"),
                                       QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                       QStringLiteral("--out"), folder});
            QCOMPARE(run.exitCode, 0);
        }
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 4);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me\n"));
        QVERIFY(!linked
                || QDir(folder).entryList({QStringLiteral("*.ics")}, QDir::Files).size() >= 2);
    }

    void cancelledMeetingRefused()
    {
        const CliRun run = runCli(db(),
                                  {QStringLiteral("export"), QStringLiteral("letters"),
                                   QStringLiteral("--meeting"), QStringLiteral("2"),
                                   QStringLiteral("--out"), out()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("R-C"));
    }

    // R-K: the minutes of the scenario's first meeting, approved at the second and corrected
    // a year later: items, decisions and votes, the approval and the correction, no BOZZA.
    void approvedMinutesAsPdf_RK()
    {
        const QStringList files = exportFiles(
            {QStringLiteral("minutes"), QStringLiteral("--meeting"), QStringLiteral("1")});
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().endsWith(QStringLiteral(".pdf")));
        const QString text = pdftools::text(files.first());
        QVERIFY2(text.contains(QStringLiteral("VERBALE")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("BOZZA")));
        QVERIFY(text.contains(QStringLiteral("1. Insediamento del Tavolo del Terzo Settore")));
        QVERIFY(text.contains(QStringLiteral("Decisione: Il Tavolo è insediato.")));
        QVERIFY(text.contains(QStringLiteral("Votazione: favorevoli 13, contrari 0, astenuti 2")));
        QVERIFY(text.contains(QStringLiteral("approvato all'unanimità dei presenti")));
        QVERIFY(text.contains(QStringLiteral("Verbale approvato nella seduta del 4 giugno 2025")));
        QVERIFY(text.contains(QStringLiteral("Rettifica del 18 marzo 2026.")));
        QVERIFY(text.contains(QStringLiteral("Presiede: Marco Bianchi")));
        QVERIFY(text.contains(QStringLiteral("Segretario verbalizzante: Laura Ferrari")));
        QVERIFY(text.contains(QStringLiteral("Il segretario verbalizzante")));
        QVERIFY(pdftools::metadata(files.first()).contains(QStringLiteral("pdfaid:part")));
        QVERIFY(pdftools::fontsNotEmbedded(files.first()).isEmpty());
    }

    // A draft says BOZZA on every page; the same text as an editable ODT.
    void draftMinutesSayBozzaOnEveryPageAndOdt_RK()
    {
        // Meeting 6, the scenario's last of the Tavolo: its minutes await approval.
        const QString pdf = exportFiles({QStringLiteral("minutes"), QStringLiteral("--meeting"),
                                         QStringLiteral("6")})
                                .value(0);
        const QList<QStringList> pages = pdftools::pageWords(pdf);
        QVERIFY(!pages.isEmpty());
        for (const QStringList &words : pages)
            QVERIFY(words.contains(QStringLiteral("BOZZA")));
        // The signatures are not cut by the page break: names and lines on the same page.
        QVERIFY(pages.last().contains(QStringLiteral("Presidente")));
        QVERIFY(pages.last().contains(QStringLiteral("verbalizzante")));
        QVERIFY(pdftools::text(pdf).contains(
            QStringLiteral("1. Approvazione del verbale della seduta del 18 marzo 2026")));
        const QString odt =
            exportFiles({QStringLiteral("minutes"), QStringLiteral("--meeting"),
                         QStringLiteral("6"), QStringLiteral("--format"), QStringLiteral("odt")})
                .value(0);
        QVERIFY(odt.endsWith(QStringLiteral(".odt")));
        const QString content = pdftools::run(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, zipfile; "
                            "print(zipfile.ZipFile(sys.argv[1]).read('content.xml').decode())"),
             hosttools::hostPath(odt)});
        QVERIFY2(content.contains(QStringLiteral("BOZZA DI VERBALE")),
                 qPrintable(content.left(400)));
        QVERIFY(content.contains(QStringLiteral("Il Tavolo prende atto del monitoraggio.")));
        QVERIFY(content.contains(QStringLiteral("Si esaminano gli indicatori del Piano di Zona.")));
        // A meeting without minutes, and a format the command does not know, are refused.
        QCOMPARE(runCli(db(),
                        {QStringLiteral("export"), QStringLiteral("minutes"),
                         QStringLiteral("--meeting"), QStringLiteral("9"), QStringLiteral("--out"),
                         out()})
                     .exitCode,
                 1);
        QCOMPARE(
            runCli(db(),
                   {QStringLiteral("export"), QStringLiteral("minutes"),
                    QStringLiteral("--meeting"), QStringLiteral("6"), QStringLiteral("--format"),
                    QStringLiteral("doc"), QStringLiteral("--out"), out()})
                .exitCode,
            2);
    }

    // A working group's meeting convened with an online link (meeting 8 of the scenario):
    // its letters give the link, and its minutes are written like the Tavolo's.
    void groupMeetingOnlineLettersAndMinutes_RI_RK()
    {
        const QStringList letters = exportFiles(
            {QStringLiteral("letters"), QStringLiteral("--meeting"), QStringLiteral("8")});
        QVERIFY(letters.size() >= 2);
        QVERIFY(pdftools::text(letters.first())
                    .contains(QStringLiteral("https://meet.example.it/gruppo-minori")));
        // The vote names who voted (R-K, names optional): the three participants present.
        const qint64 barbieri = personId(QStringLiteral("Andrea Barbieri"));
        const qint64 greco = personId(QStringLiteral("Valeria Greco"));
        const qint64 ferrari = personId(QStringLiteral("Laura Ferrari"));
        QVERIFY(barbieri && greco && ferrari);
        const auto draft = [&](int favourable) {
            return QStringLiteral(
                       R"json([{"op":"minutes.draft","meeting":8,"opened":"17:00","closed":"18:00",
          "items":[{"item":1,"summary":"Il gruppo esamina la mappatura.","decision":"Si pubblica la mappatura.",
                    "vote":{"favourable":%1,"contrary":0,"abstained":1,
                            "favourableNames":[%2,%3],"abstainedNames":[%4]}}]}])json")
                .arg(favourable)
                .arg(barbieri)
                .arg(greco)
                .arg(ferrari)
                .toUtf8();
        };
        // Three favourable counted but two named: refused, saying both numbers.
        const CliRun refused =
            runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, draft(3));
        QVERIFY(refused.exitCode != 0);
        const QString why = QString::fromUtf8(refused.out + refused.err);
        QVERIFY2(why.contains(QStringLiteral("3 favourable"))
                     && why.contains(QStringLiteral("names 2")),
                 qPrintable(why));
        QCOMPARE(runCli(db(), {QStringLiteral("apply"), QStringLiteral("-")}, draft(2)).exitCode,
                 0);
        const QString text =
            pdftools::text(exportFiles({QStringLiteral("minutes"), QStringLiteral("--meeting"),
                                        QStringLiteral("8")})
                               .value(0));
        QVERIFY2(text.contains(
                     QStringLiteral("riunione del gruppo di lavoro «Minori, giovani e famiglie»")),
                 qPrintable(text));
        QVERIFY2(text.simplified().contains(
                     QStringLiteral("Votazione: favorevoli 2 (Andrea Barbieri, Valeria Greco), "
                                    "contrari 0, astenuti 1 (Laura Ferrari)")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("BOZZA")));
        // The chair is the group's ratified coordinator.
        QVERIFY(text.contains(QStringLiteral("Presiede: Valeria Greco")));

        // GDPR: her personal-data export lists these minutes, as chair and as a named voter.
        const CliRun exported = runCli(db(),
                                       {QStringLiteral("person"), QStringLiteral("export"),
                                        QString::number(greco), QStringLiteral("--json")});
        QCOMPARE(exported.exitCode, 0);
        const QJsonArray minutesOfGreco = QJsonDocument::fromJson(exported.out)
                                              .object()
                                              .value(QStringLiteral("tavolo"))
                                              .toObject()
                                              .value(QStringLiteral("minutes"))
                                              .toArray();
        QJsonObject ofMeeting8;
        for (const QJsonValue v : minutesOfGreco)
            if (v.toObject().value(QStringLiteral("meeting")).toInteger() == 8)
                ofMeeting8 = v.toObject();
        QVERIFY2(!ofMeeting8.isEmpty(), exported.out.constData());
        QVERIFY(
            ofMeeting8.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("chair")));
        QCOMPARE(ofMeeting8.value(QStringLiteral("votes")).toArray().first().toObject(),
                 (QJsonObject {{QStringLiteral("item"), 1},
                               {QStringLiteral("voted"), QStringLiteral("favourable")}}));
    }

private:
    // The register's id of a person named "Given Family" (`person list`), 0 if none.
    qint64 personId(const QString &name)
    {
        const CliRun run = runCli(db(), {QStringLiteral("person"), QStringLiteral("list")});
        for (const QString &line : QString::fromUtf8(run.out).split(QLatin1Char('\n')))
            if (line.trimmed().endsWith(QLatin1Char('\t') + name))
                return line.section(QLatin1Char('\t'), 0, 0).toLongLong();
        return 0;
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"

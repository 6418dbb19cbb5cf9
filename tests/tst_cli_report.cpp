// The annual report (issue 17, point 3) written by tavolo-cli on the example archive: the
// Sondrio scenario, the Casalasco cycle and seed 002's objective applied in that order. The
// text of each year's PDF (pdftotext) must hold the figures counted by hand below from the
// examples (not copied from a run), say so in one sentence where a section is empty, and be
// PDF/A-1b with every font embedded; the ODT holds the same text.
#include "clirunner.h"
#include "pdftools.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

class TestCliReport : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QHash<QString, QString> m_text; // "2025" → the PDF's text

    QString db() const { return dir.filePath(QStringLiteral("report.sqlite")); }
    QString out() const { return dir.filePath(QStringLiteral("out")); }
    // In Italian, as the clerk's program runs: the composition's categories are the
    // interface's words (as in the composition list).
    CliRun run(const QStringList &arguments) const
    {
        return runCli(db(), arguments, {}, QStringLiteral("it"));
    }
    QString exportReport(int year, const QString &format = QStringLiteral("pdf")) const
    {
        const CliRun r = run({QStringLiteral("export"), QStringLiteral("report"),
                              QStringLiteral("--year"), QString::number(year),
                              QStringLiteral("--out"), out(), QStringLiteral("--format"), format});
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        return QString::fromUtf8(r.out).trimmed();
    }
    void expectIn(const QString &year, const QStringList &phrases) const
    {
        const QString text = m_text.value(year);
        for (const QString &phrase : phrases)
            QVERIFY2(text.contains(phrase), qPrintable(year + QStringLiteral(": ") + phrase));
    }

private slots:
    void initTestCase();
    void pdfAOfEveryYear();
    void year2025MeetingsRequestsAmendments();
    void year2026ChangesAndGroup();
    void year2021CycleAndTables();
    void year2022Adhesions();
    void year2019Objective();
    void odtHoldsTheSameText();
    void usage();
};

void TestCliReport::initTestCase()
{
    QVERIFY(dir.isValid());
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    for (const char *example :
         {"sondrio-scenario.json", "casalasco-cycle.json", "objective-2019-zn20.json"})
        QCOMPARE(run({QStringLiteral("apply"),
                      QStringLiteral(TAVOLO_EXAMPLES "/") + QLatin1String(example)})
                     .exitCode,
                 1); // each has refusals on purpose
    QCOMPARE(run({QStringLiteral("letterhead"), QStringLiteral("--set"),
                  QStringLiteral("districtName=Ambito di Sondrio"), QStringLiteral("--set"),
                  QStringLiteral("place=Sondrio"), QStringLiteral("--set"),
                  QStringLiteral("signatoryName=Laura Ferrari"), QStringLiteral("--set"),
                  QStringLiteral("signatoryTitle=La Responsabile dell'Ufficio di Piano")})
                 .exitCode,
             0);
    for (const int year : {2019, 2021, 2022, 2025, 2026}) {
        const QString pdf = exportReport(year);
        QVERIFY2(pdf.endsWith(QStringLiteral("Relazione annuale %1.pdf").arg(year)), qPrintable(pdf));
        m_text.insert(QString::number(year), pdftools::text(pdf));
    }
}

void TestCliReport::pdfAOfEveryYear()
{
    for (const QString &file : QDir(out()).entryList({QStringLiteral("*.pdf")})) {
        const QString pdf = QDir(out()).filePath(file);
        QVERIFY2(pdftools::metadata(pdf).contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")),
                 qPrintable(file));
        QVERIFY2(pdftools::fontsNotEmbedded(pdf).isEmpty(),
                 qPrintable(pdftools::fontsNotEmbedded(pdf).join(QLatin1Char('\n'))));
        QVERIFY(pdftools::info(pdf).contains(QStringLiteral("Relazione annuale")));
    }
    for (const QString &year : m_text.keys())
        expectIn(year,
                 {QStringLiteral("RELAZIONE ANNUALE ") + year,
                  QStringLiteral("Tavolo del Terzo Settore dell'Ambito di Sondrio"),
                  QStringLiteral("dal 1° gennaio al 31 dicembre ") + year,
                  QStringLiteral("La Responsabile dell'Ufficio di Piano Laura Ferrari")});
}

void TestCliReport::year2025MeetingsRequestsAmendments()
{
    // Held in 2025: 12 March (16 present of 16, the guest among them), 4 June (11 of 12, the
    // district director excused: 92%), 15 October (10 of 10); 37 of 38 present: 97%. The
    // meeting of 10 April was cancelled.
    expectIn(QStringLiteral("2025"),
             {QStringLiteral("Nel 2025 il Tavolo si è riunito in 3 sedute"),
              QStringLiteral("la presenza media è stata del 97%"),
              QStringLiteral("mercoledì 12 marzo 2025"), QStringLiteral("16 su 16"),
              QStringLiteral("mercoledì 4 giugno 2025"), QStringLiteral("su richiesta"),
              QStringLiteral("11 su 12 92%"), QStringLiteral("mercoledì 15 ottobre 2025"),
              QStringLiteral("congiunta"), QStringLiteral("10 su 10"),
              QStringLiteral("Una seduta convocata è stata annullata"),
              // The four offices (the social director through the delegate Paolo Ricci) and
              // the eleven representatives designated on 15 January.
              QStringLiteral("Al 31 dicembre 2025 il Tavolo è composto da 15 componenti"),
              QStringLiteral("Paolo Ricci"), QStringLiteral("Roberto Santoro"),
              QStringLiteral("Caritas Diocesana di Como, zona di Sondrio"),
              QStringLiteral("Designazione: Anna Gallo per Cooperativa Sociale Il Sentiero"),
              QStringLiteral("prot. 200/2025"),
              QStringLiteral("Delega: Paolo Ricci, delegato del Direttore Sociale"),
              // Of the four requests of 10 May only the fourth is valid: three signatories are
              // below the threshold of 4 (a third of 11), the district director is not a
              // representative, one has no motivation. Meeting 2 answered it.
              QStringLiteral("fondo povertà 2025 tra i comuni dell'Ambito"),
              QStringLiteral("Seduta su richiesta tenuta il 4 giugno 2025"),
              QStringLiteral("Sedute del Tavolo per anno")});
    const QString text = m_text.value(QStringLiteral("2025"));
    QVERIFY(!text.contains(QStringLiteral("Chiediamo di discutere la ripartizione del fondo "
                                          "povertà.")));
    QVERIFY(text.contains(QStringLiteral("Modifiche del Regolamento")));
    QVERIFY(!text.contains(QStringLiteral("Nessuna modifica del Regolamento nel 2025")));
    QVERIFY(text.contains(QStringLiteral("Nessun ciclo del Piano di Zona in corso nel 2025.")));
    QVERIFY(text.contains(QStringLiteral("Nessun obiettivo per il 2025.")));
}

void TestCliReport::year2026ChangesAndGroup()
{
    // 18 March (15 of 15) and 21 October (12 of 12). Luca Conti's designation ends on 31
    // January and Sara De Luca is designated for Nuovi Orizzonti. The working group meets on
    // 15 April (two present, Laura Ferrari excused) and 16 November (three present): 5 of 6,
    // 83%; bodies present: the family association, the school, and Laura Ferrari (no body).
    expectIn(QStringLiteral("2026"),
             {QStringLiteral("Nel 2026 il Tavolo si è riunito in 2 sedute"),
              QStringLiteral("15 su 15"), QStringLiteral("12 su 12"),
              QStringLiteral("Fine della designazione: Luca Conti per Cooperativa Sociale Forme"),
              QStringLiteral("Designazione: Sara De Luca per Cooperativa Sociale Nuovi Orizzonti"),
              QStringLiteral("Minori, giovani e famiglie Gruppo di lavoro 2 3 83%"),
              QStringLiteral("Nessuna richiesta di convocazione nel 2026."),
              QStringLiteral("Nessuna modifica del Regolamento nel 2026."),
              QStringLiteral("Partecipazione ai gruppi e ai tavoli")});
}

void TestCliReport::year2021CycleAndTables()
{
    // No Tavolo meeting in 2021. The call of 2 August: seven submissions (the second form A of
    // Il Cerchio is refused), three late: Formazione Oglio Po (13 Sept., not admitted on second
    // thoughts), Nazareth (14 Sept., not admitted), Famiglie Insieme's survey form (21 Sept.,
    // not yet decided).
    expectIn(QStringLiteral("2021"),
             {QStringLiteral("Nessuna seduta nel 2021."),
              QStringLiteral("Piano di Zona 2021-2023, dal 1 gennaio 2021 al 31 dicembre 2023"),
              QStringLiteral("Invito al Terzo settore per la programmazione dei Piani di Zona "
                             "2021-2023"),
              QStringLiteral("02/08/2021"), QStringLiteral("7 3 (ammesse 0, non ammesse 2)"),
              // Plenaria: 27 Sept. (Il Cerchio and Auser present, Formazione absent, Famiglie
              // excused) and 22 Nov. (Il Cerchio, Formazione, Famiglie present, Auser excused):
              // 2 meetings, 4 bodies, 5 of 8 = 63%.
              QStringLiteral("Plenaria d'ambito Oglio Po Plenaria (Ambito) 2 4 63%"),
              QStringLiteral("Nessuna adesione nel 2021.")});
}

void TestCliReport::year2022Adhesions()
{
    // Asked in January 2022: Il Cerchio, Famiglie Insieme, Nazareth (the school never had
    // anyone present, and Il Cerchio's second request repeats the first).
    expectIn(QStringLiteral("2022"),
             {QStringLiteral("1 Cooperativa Sociale Il Cerchio 10/01/2022"),
              QStringLiteral("2 Associazione Famiglie Insieme APS 11/01/2022"),
              QStringLiteral("3 Cooperativa Sociale Nazareth 12/01/2022")});
    QVERIFY(!m_text.value(QStringLiteral("2022")).contains(QStringLiteral("4 Cooperativa")));
}

void TestCliReport::year2019Objective()
{
    // Seed 002's sheet: phases 60 and 40, the first done (100) and the second half done (50):
    // 60 + 20 = 80% weighted; the typed 76/14 against 80/15.
    expectIn(QStringLiteral("2019"),
             {QStringLiteral("2019_ZN20 – Volontariato e Partecipazione dei cittadini"),
              QStringLiteral("SOSTENERE IL TERZO SETTORE (2019_08IS_OB_STR_05)"),
              QStringLiteral("Avanzamento ponderato al 31/12/2019: 80%"),
              QStringLiteral("Promozione attività di co-progettazione con terzo settore 40%"),
              QStringLiteral("80/15 76/14 rilevato al 31/12/2019"),
              QStringLiteral("calcolato dall'archivio al 31/12/2019")});
}

void TestCliReport::odtHoldsTheSameText()
{
    const QString odt = exportReport(2026, QStringLiteral("odt"));
    QVERIFY2(odt.endsWith(QStringLiteral("Relazione annuale 2026.odt")), qPrintable(odt));
    const QString python = QStringLiteral(
        "import re,sys,zipfile\n"
        "z=zipfile.ZipFile(sys.argv[1])\n"
        "x=z.read('content.xml').decode()\n"
        "print(len([n for n in z.namelist() if n.startswith('Pictures/')]))\n"
        "print(re.sub(r'\\s+',' ',re.sub(r'<[^>]+>',' ',x)))");
    const QString content =
        pdftools::run(QStringLiteral("python3"),
                      {QStringLiteral("-c"), python, hosttools::hostPath(odt)});
    // The two charts of 2026 (meetings per year, attendance per body) and the groups' chart as
    // pictures, and the logo.
    QVERIFY2(content.section(QLatin1Char('\n'), 0, 0).toInt() >= 3, qPrintable(content.left(200)));
    for (const QString &phrase :
         {QStringLiteral("RELAZIONE ANNUALE 2026"), QStringLiteral("Sedute del Tavolo"),
          QStringLiteral("Fine della designazione: Luca Conti"),
          QStringLiteral("Minori, giovani e famiglie"),
          QStringLiteral("Nessuna modifica del Regolamento nel 2026.")})
        QVERIFY2(content.contains(phrase.toHtmlEscaped().replace(QStringLiteral("&#39;"), QStringLiteral("&apos;")))
                     || content.contains(phrase),
                 qPrintable(phrase));
}

void TestCliReport::usage()
{
    // No year, or not a number: the usage, exit 2.
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--out"),
                  out()})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--year"),
                  QStringLiteral("duemila"), QStringLiteral("--out"), out()})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"

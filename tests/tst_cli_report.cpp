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
#include <algorithm>

namespace {

// The lines of a PDF as printed: pdftotext -bbox's words grouped by page and by their top
// (within half a point), left to right. A table's row is one line (its cells' first lines).
QStringList printedLines(const QString &pdf)
{
    const QString bbox =
        pdftools::run(QStringLiteral("pdftotext"),
                      {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                       hosttools::hostPath(pdf), QStringLiteral("-")});
    static const QRegularExpression tag(
        QStringLiteral("<page |<word xMin=\"([^\"]*)\" yMin=\"([^\"]*)\"[^>]*>([^<]*)</word>"));
    struct Word
    {
        double x;
        double y;
        QString text;
    };
    QList<QList<Word>> pages;
    for (const QRegularExpressionMatch &m : tag.globalMatch(bbox)) {
        if (m.captured(0).startsWith(QLatin1String("<page ")))
            pages.append(QList<Word>());
        else if (!pages.isEmpty())
            pages.last().append({m.captured(1).toDouble(), m.captured(2).toDouble(),
                                 m.captured(3)
                                     .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
                                     .replace(QStringLiteral("&amp;"), QStringLiteral("&"))});
    }
    QStringList lines;
    for (QList<Word> &words : pages) {
        std::stable_sort(words.begin(), words.end(),
                         [](const Word &a, const Word &b) { return a.y < b.y; });
        QList<Word> line;
        const auto flush = [&] {
            std::stable_sort(line.begin(), line.end(),
                             [](const Word &a, const Word &b) { return a.x < b.x; });
            QStringList texts;
            for (const Word &w : line)
                texts << w.text;
            if (!texts.isEmpty())
                lines << texts.join(QLatin1Char(' '));
            line.clear();
        };
        for (const Word &w : words) {
            if (!line.isEmpty() && w.y - line.first().y > 0.5)
                flush();
            line << w;
        }
        flush();
    }
    return lines;
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QHash<int, QString> m_text; // year → the PDF's text, whitespace collapsed
    QHash<int, QStringList> m_lines; // year → its printed lines

    QString db() const { return dir.filePath(QStringLiteral("report.sqlite")); }
    QString out() const { return dir.filePath(QStringLiteral("out")); }
    // In Italian, as the clerk's program runs (the composition's categories are the
    // interface's words, as in the composition list).
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
    // Each phrase somewhere in the year's text.
    void expectText(int year, const QStringList &phrases) const
    {
        for (const QString &phrase : phrases)
            QVERIFY2(m_text.value(year).contains(phrase),
                     qPrintable(QStringLiteral("%1: %2").arg(year).arg(phrase)));
    }
    // One printed line (a table's row) holding every part, in this order.
    void expectRow(int year, const QStringList &parts) const
    {
        for (const QString &line : m_lines.value(year)) {
            qsizetype at = 0;
            bool all = true;
            for (const QString &part : parts) {
                at = line.indexOf(part, at);
                if (at < 0) {
                    all = false;
                    break;
                }
                at += part.size();
            }
            if (all)
                return;
        }
        QFAIL(qPrintable(QStringLiteral("%1: no line with %2")
                             .arg(year)
                             .arg(parts.join(QStringLiteral(" … ")))));
    }

private slots:
    void initTestCase();
    void pdfAWithChartsAsVectors();
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
        QVERIFY2(pdf.endsWith(QStringLiteral("Relazione annuale %1.pdf").arg(year)),
                 qPrintable(pdf));
        m_text.insert(year, pdftools::text(pdf));
        m_lines.insert(year, printedLines(pdf));
    }
}

void TestCliReport::pdfAWithChartsAsVectors()
{
    for (const QString &file : QDir(out()).entryList({QStringLiteral("*.pdf")})) {
        const QString pdf = QDir(out()).filePath(file);
        QVERIFY2(pdftools::metadata(pdf).contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")),
                 qPrintable(file));
        QVERIFY2(pdftools::fontsNotEmbedded(pdf).isEmpty(),
                 qPrintable(pdftools::fontsNotEmbedded(pdf).join(QLatin1Char('\n'))));
        QVERIFY(pdftools::info(pdf).contains(QStringLiteral("Title:")));
        QVERIFY(pdftools::info(pdf).contains(QStringLiteral("Relazione annuale")));
        // The charts are drawn, not pasted: the only picture of the file is the logo.
        const QStringList images =
            pdftools::run(QStringLiteral("pdfimages"),
                          {QStringLiteral("-list"), hosttools::hostPath(pdf)})
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2 + 1); // two header lines, the logo
    }
    for (const int year : m_text.keys())
        expectText(year,
                   {QStringLiteral("RELAZIONE ANNUALE %1").arg(year),
                    QStringLiteral("Tavolo del Terzo Settore dell'Ambito di Sondrio"),
                    QStringLiteral("dal 1° gennaio al 31 dicembre %1").arg(year),
                    QStringLiteral("La Responsabile dell'Ufficio di Piano Laura Ferrari")});
    // The charts' titles and numbers are text of the page: vectors.
    expectText(2025,
               {QStringLiteral("Sedute del Tavolo per anno"),
                QStringLiteral("Presenza alle sedute del Tavolo per ente (%)"),
                QStringLiteral("Minimo previsto dal Regolamento")});
    // Caritas's representative: present on 12 March, absent on 4 June and 15 October.
    expectText(2025, {QStringLiteral("Caritas Diocesana di Como, zona di Sondrio 33%")});
}

void TestCliReport::year2025MeetingsRequestsAmendments()
{
    // A held meeting's attendance names everyone convened: the 15 members in office (four
    // offices, the ASL's social director through her delegate Paolo Ricci, and the eleven
    // representatives of 15 January) and the guests; whoever was not marked is absent.
    // 12 March: all 15 and the guest Alessandra Marino present, 16 of 16. 4 June: 11 present,
    // the district director excused, three representatives absent: 11 of 15, 73%.
    // 15 October: 10 of 15, 67%. In the year 37 of 46: 80%. The meeting of 10 April was
    // cancelled. R-H refused lowering the minimum to one meeting: it stays 2.
    expectText(2025,
               {QStringLiteral("Nel 2025 il Tavolo si è riunito in 3 sedute (il Regolamento "
                               "ne prevede almeno 2); la presenza media è stata dell'80%."),
                QStringLiteral("Una seduta convocata è stata annullata nel corso dell'anno."),
                QStringLiteral("Al 31 dicembre 2025 il Tavolo è composto da 15 componenti.")});
    expectRow(2025,
              {QStringLiteral("1"), QStringLiteral("12 marzo 2025"), QStringLiteral("ordinaria"),
               QStringLiteral("16 su 16"), QStringLiteral("100%")});
    expectRow(2025,
              {QStringLiteral("2"), QStringLiteral("4 giugno 2025"), QStringLiteral("su richiesta"),
               QStringLiteral("11 su 15"), QStringLiteral("73%")});
    expectRow(2025,
              {QStringLiteral("3"), QStringLiteral("15 ottobre 2025"), QStringLiteral("congiunta"),
               QStringLiteral("10 su 15"), QStringLiteral("67%")});
    // The composition and its changes: the delegation by act, the designations by protocol.
    expectRow(2025,
              {QStringLiteral("15"), QStringLiteral("Roberto Santoro"),
               QStringLiteral("Caritas Diocesana di Como, zona di")});
    expectRow(2025,
              {QStringLiteral("15/01/2025"),
               QStringLiteral("Designazione: Anna Gallo per Cooperativa Sociale Il "
                              "Sentiero – prot. 200/2025 del 10/01/2025")});
    expectText(2025,
               {QStringLiteral("Delega: Paolo Ricci, delegato del Direttore Sociale "
                               "dell'ASL – Decreto DG ASL n. 45/2025 del 20/01/2025")});
    // Of the four requests of 10 May only the fourth is valid (three signatures are below the
    // threshold of 4 of 11, the district director is no representative, one has no
    // motivation); the requested meeting of 4 June answered it.
    expectRow(2025,
              {QStringLiteral("10/05/2025"), QStringLiteral("Anna Gallo, Luca Conti,"),
               QStringLiteral("Chiediamo di discutere la"),
               QStringLiteral("Seduta su richiesta tenuta il 4")});
    QCOMPARE(m_text.value(2025).count(QStringLiteral("10/05/2025")), 1);
    // Of the six amendments of 1 December only the last passes (R-H refuses the others):
    // notice 7 → 10 days, 30 → 20 days to convene on request.
    expectRow(2025,
              {QStringLiteral("01/12/2025"),
               QStringLiteral("Giorni di preavviso: da 7 a 10; giorni per convocare su")});
    expectText(2025,
               {QStringLiteral("Nessun gruppo di lavoro o tavolo di programmazione attivo "
                               "nel 2025."),
                QStringLiteral("Nessun ciclo del Piano di Zona in corso nel 2025."),
                QStringLiteral("Nessun obiettivo per il 2025.")});
}

void TestCliReport::year2026ChangesAndGroup()
{
    // 18 March: the 15 members (Sara De Luca in Luca Conti's seat) all present; 21 October:
    // 12 present, Paolo Ricci, Sara De Luca and Roberto Santoro absent: 12 of 15, 80%; the
    // year 27 of 30, 90%. The working group "Minori, giovani e famiglie" (three participants)
    // meets on 15 April (two present, Laura Ferrari excused) and 16 November (all three):
    // 5 of 6, 83%; bodies present: the family association, the school, Laura Ferrari.
    expectText(2026,
               {QStringLiteral("Nel 2026 il Tavolo si è riunito in 2 sedute (il Regolamento "
                               "ne prevede almeno 2); la presenza media è stata del 90%."),
                QStringLiteral("Nessuna richiesta di convocazione nel 2026."),
                QStringLiteral("Nessuna modifica del Regolamento nel 2026."),
                QStringLiteral("Partecipazione ai gruppi e ai tavoli")});
    expectRow(
        2026,
        {QStringLiteral("18 marzo 2026"), QStringLiteral("15 su 15"), QStringLiteral("100%")});
    expectRow(
        2026,
        {QStringLiteral("21 ottobre 2026"), QStringLiteral("12 su 15"), QStringLiteral("80%")});
    expectRow(2026,
              {QStringLiteral("31/01/2026"),
               QStringLiteral("Fine della designazione: Luca Conti per Cooperativa Sociale "
                              "Forme")});
    expectRow(2026,
              {QStringLiteral("01/02/2026"),
               QStringLiteral("Designazione: Sara De Luca per Cooperativa Sociale Nuovi "
                              "Orizzonti")});
    expectRow(2026,
              {QStringLiteral("Minori, giovani e famiglie"), QStringLiteral("Gruppo di lavoro"),
               QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("83%")});
    // The meetings per year: 3 in 2025, 2 in 2026, over the regulation's minimum of 2.
    expectText(2026, {QStringLiteral("Sedute del Tavolo per anno")});
}

void TestCliReport::year2021CycleAndTables()
{
    expectText(2021,
               {QStringLiteral("Nessuna seduta nel 2021."),
                QStringLiteral("Piano di Zona 2021-2023, dal 1 gennaio 2021 al 31 dicembre "
                               "2023. Piano approvato il 21 dicembre 2021 (Deliberazione "
                               "dell'Assemblea dei Sindaci n. 9/2021)"),
                QStringLiteral("Nessuna adesione nel 2021.")});
    // The call of 2 August: seven submissions (Il Cerchio's second form A is refused), three
    // late: Formazione Oglio Po admitted (deciding it again is refused), Nazareth not
    // admitted, Famiglie Insieme's survey form not decided.
    expectRow(2021,
              {QStringLiteral("Invito al Terzo settore per la"),
               QStringLiteral("02/08/2021, Consorzio"), QStringLiteral("7"),
               QStringLiteral("3 (ammesse 1, non ammesse 1)")});
    // Plenaria: 27 Sept. (Il Cerchio and Auser present, Formazione absent, Famiglie excused),
    // 22 Nov. (Il Cerchio, Formazione and Famiglie present, Auser excused): 2 meetings, 4
    // bodies, 5 of 8 = 63%. Anziani: Auser present on 29 Sept., excused on 25 Oct. (Nazareth's
    // presence refused: not admitted, no participant): 1 body, 50%.
    expectRow(2021,
              {QStringLiteral("Plenaria d'ambito Oglio Po"), QStringLiteral("Plenaria (Ambito)"),
               QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("63%")});
    expectRow(2021,
              {QStringLiteral("Anziani, persone disabili e non"),
               QStringLiteral("Tavolo tematico (sub-ambito"), QStringLiteral("2"),
               QStringLiteral("1"), QStringLiteral("50%")});
}

void TestCliReport::year2022Adhesions()
{
    // Asked in January 2022: Il Cerchio and Famiglie Insieme (the school and Nazareth never had
    // anyone present, Il Cerchio's second request repeats the first).
    expectRow(2022,
              {QStringLiteral("1"), QStringLiteral("Cooperativa Sociale Il Cerchio"),
               QStringLiteral("10/01/2022"), QStringLiteral("Accordo di programma, rep.")});
    expectRow(2022,
              {QStringLiteral("2"), QStringLiteral("Associazione Famiglie Insieme APS"),
               QStringLiteral("11/01/2022")});
    QVERIFY(!m_text.value(2022).contains(QStringLiteral("Nazareth")));
    QVERIFY(!m_text.value(2022).contains(QStringLiteral("Istituto Comprensivo")));
    expectText(2022, {QStringLiteral("Nessun avviso pubblicato nel 2022.")});
}

void TestCliReport::year2019Objective()
{
    // Seed 002's sheet: phases of 60 and 40, the first done (100), the second half done (50):
    // 60 + 20 = 80% weighted; 76/14 typed in against 80/15; the computed indicator counts the
    // co-programming tables' meetings, none before 2021.
    expectText(2019,
               {QStringLiteral("2019_ZN20 – Volontariato e Partecipazione dei cittadini"),
                QStringLiteral("SOSTENERE IL TERZO SETTORE (2019_08IS_OB_STR_05)"),
                QStringLiteral("Avanzamento ponderato al 31/12/2019: 80%")});
    expectRow(2019,
              {QStringLiteral("2"), QStringLiteral("Promozione attività di co-"),
               QStringLiteral("40%"), QStringLiteral("01/01/2019 –"), QStringLiteral("01/02/2019"),
               QStringLiteral("50%")});
    expectRow(2019,
              {QStringLiteral("1"), QStringLiteral("Servizio Civile numero giovani"),
               QStringLiteral("PERFORMANCE"), QStringLiteral("80/15"), QStringLiteral("76/14"),
               QStringLiteral("rilevato al 31/12/2019")});
    expectRow(2019,
              {QStringLiteral("2"), QStringLiteral("RISULTATO"), QStringLiteral("2"),
               QStringLiteral("0"), QStringLiteral("calcolato dall'archivio")});
    expectText(2019, {QStringLiteral("(nessun elemento contato)")});
    // The Gantt chart's legend, drawn as text.
    expectText(2019, {QStringLiteral("Previsto"), QStringLiteral("Effettivo")});
}

void TestCliReport::odtHoldsTheSameText()
{
    const QString odt = exportReport(2026, QStringLiteral("odt"));
    QVERIFY2(odt.endsWith(QStringLiteral("Relazione annuale 2026.odt")), qPrintable(odt));
    // The pictures stored, then content.xml's text without its tags and entities.
    const QString python =
        QStringLiteral("import html,re,sys,zipfile\n"
                       "z=zipfile.ZipFile(sys.argv[1])\n"
                       "print(len([n for n in z.namelist() if n.startswith('Pictures/')]))\n"
                       "x=z.read('content.xml').decode()\n"
                       "print(re.sub(r'\\s+',' ',html.unescape(re.sub(r'<[^>]+>',' ',x))))");
    const QString content = pdftools::run(QStringLiteral("python3"),
                                          {QStringLiteral("-c"), python, hosttools::hostPath(odt)});
    // The logo and the three charts of 2026 (meetings per year, attendance per body, the
    // group's participation) as pictures.
    QCOMPARE(content.section(QLatin1Char('\n'), 0, 0).trimmed().toInt(), 4);
    const QString text = content.section(QLatin1Char('\n'), 1).simplified();
    for (const QString &phrase :
         {QStringLiteral("RELAZIONE ANNUALE 2026"),
          QStringLiteral("la presenza media è stata del 90%"), QStringLiteral("12 su 15"),
          QStringLiteral("Fine della designazione: Luca Conti per Cooperativa Sociale Forme"),
          QStringLiteral("Minori, giovani e famiglie"),
          QStringLiteral("Nessuna modifica del Regolamento nel 2026."),
          QStringLiteral("La Responsabile dell'Ufficio di Piano")})
        QVERIFY2(text.contains(phrase), qPrintable(phrase));
}

void TestCliReport::usage()
{
    // No year, or not a number: the usage, exit 2.
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--out"), out()})
            .exitCode,
        2);
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--year"),
                  QStringLiteral("duemila"), QStringLiteral("--out"), out()})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"

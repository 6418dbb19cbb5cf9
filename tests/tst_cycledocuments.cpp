// The documents of the Piano di Zona's cycle (issue 16): register of submissions and its
// publication version, adherents to the programme agreement, acknowledgement of receipt,
// attendance over time. PDF/A-1b, content read back by pdftotext.

#include "core/documents/adherentslist.h"
#include "core/documents/attendanceovertime.h"
#include "core/documents/letterexporter.h"
#include "core/documents/pagedoutput.h"
#include "core/documents/safefilename.h"
#include "core/documents/submissionreceipt.h"
#include "core/documents/submissionregister.h"
#include "core/domain/clock.h"
#include "cyclesamples.h"
#include "documentsamples.h"
#include "pdftools.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace tavolo;
using namespace tavolo::documents;

namespace {

// Where a test writes its PDF: its temporary folder, or the folder TAVOLO_DOCUMENTS_OUT names
// (to keep the documents and look at them: pdftoppm -png -r 60).
QString outPath(const QTemporaryDir &dir, const QString &name)
{
    const QString keep = qEnvironmentVariable("TAVOLO_DOCUMENTS_OUT");
    return keep.isEmpty() ? dir.filePath(name) : QDir(keep).filePath(name);
}

bool isPdfA(const QString &path)
{
    return pdftools::metadata(path).contains(
               QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>"))
        && pdftools::fontsNotEmbedded(path).isEmpty();
}

} // namespace

class TestCycleDocuments : public QObject
{
    Q_OBJECT
private slots:
    void registerListsSubmissionsByReceivedTime();
    void registerCountsPerFormAndTable();
    void publishedRegisterHasNoContacts();
    void longRegisterKeepsRowsWhole();
    void adherentsListByRequestDate();
    void receiptOnTime();
    void receiptLateWithAndWithoutDecision();
    void attendanceOverTimePerTableAndBody();
    void fileNamesAreSafe();
    void longCallTitleIsCutAtAWord();
    void tableConvocationLetterIsPdfA();
};

void TestCycleDocuments::registerListsSubmissionsByReceivedTime()
{
    QTemporaryDir dir;
    const QString path = outPath(dir, QStringLiteral("registro.pdf"));
    const SubmissionRegister reg(samples::letterhead(), samples::casalascoRegister());
    QVERIFY(reg.writePdf(path));
    QVERIFY(isPdfA(path));
    const QString text = pdftools::text(path);
    QVERIFY2(text.contains(QStringLiteral("Registro delle istanze pervenute")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Piano di Zona 2021-2023")));
    QVERIFY(text.contains(QStringLiteral("situazione al 24 settembre 2021")));
    // By received time, whatever the order given: 3150, 3290, 3377, 3501.
    const QStringList order = {QStringLiteral("2021/3150"), QStringLiteral("2021/3290"),
                               QStringLiteral("2021/3377"), QStringLiteral("2021/3501")};
    qsizetype last = -1;
    for (const QString &protocol : order) {
        const qsizetype at = text.indexOf(protocol);
        QVERIFY2(at > last, qPrintable(protocol));
        last = at;
    }
    // Received in the last minute of the deadline day: on time; the next morning: late.
    QVERIFY2(text.contains(QStringLiteral("2021/3290 10/09/2021 ore 23:59, PEC")),
             qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("FUORI TERMINE")), 2);
    QCOMPARE(text.count(QStringLiteral("nei termini")), 2);
    // The decisions with their dates and reasons; the contacts in the office's register.
    QVERIFY(text.contains(QStringLiteral("ammessa il 14/09/2021")));
    QVERIFY(text.contains(QStringLiteral("non ammessa il 23/09/2021")));
    QVERIFY(text.contains(QStringLiteral("Sintesi già presentata")));
    // The late survey form (allegato B) is marked as left out of the first synthesis; only it.
    QCOMPARE(text.count(QStringLiteral("non inclusa nella prima sintesi")), 1);
    QVERIFY(text.contains(QStringLiteral("a mano")));
    QVERIFY(text.contains(QStringLiteral("Luca Verdi")));
    // (An e-mail address wraps anywhere in its narrow column: read from the document model.)
    QVERIFY(
        reg.document()->toPlainText().contains(QStringLiteral("luca.verdi@girasole.example.it")));
    QVERIFY(!reg.previewImage().isNull());
}

void TestCycleDocuments::registerCountsPerFormAndTable()
{
    const SubmissionRegister reg(samples::letterhead(), samples::casalascoRegister());
    auto doc = reg.document();
    const QString text = doc->toPlainText().simplified();
    QVERIFY2(text.contains(QStringLiteral("Istanze pervenute: 4, di cui 2 fuori termine")),
             qPrintable(text));
    // Per form: name, deadline, received, late.
    QVERIFY(text.contains(samples::FormA + QStringLiteral(" 10/09/2021 3 1")));
    QVERIFY(text.contains(samples::FormB + QStringLiteral(" 20/09/2021 1 1")));
    // Per table: the Minors' table chosen twice (one late), the Adults' once, none late.
    QVERIFY(text.contains(samples::TableMinors + QStringLiteral(" 2 1")));
    QVERIFY(text.contains(samples::TableAdults + QStringLiteral(" 1 0")));
    QVERIFY(text.contains(samples::TableElderly + QStringLiteral(" 1 0")));

    // Without a date of its own the register is as of today (the program's Clock).
    SubmissionRegisterData undated = samples::casalascoRegister();
    undated.asOf = {};
    Clock::setToday(QDate(2021, 10, 4));
    const QString today =
        SubmissionRegister(samples::letterhead(), undated).document()->toPlainText().simplified();
    Clock::setToday({});
    QVERIFY2(today.contains(QStringLiteral("situazione al 4 ottobre 2021")), qPrintable(today));
}

void TestCycleDocuments::publishedRegisterHasNoContacts()
{
    QTemporaryDir dir;
    const QString path = outPath(dir, QStringLiteral("elenco.pdf"));
    const SubmissionRegisterData data = samples::casalascoRegister();
    const SubmissionRegister reg(samples::letterhead(), data,
                                 SubmissionRegister::Version::Publication);
    QVERIFY(reg.writePdf(path));
    QVERIFY(isPdfA(path));
    const QString text = pdftools::text(path);
    QVERIFY2(text.contains(QStringLiteral("Elenco delle istanze pervenute")), qPrintable(text));
    // The same rows …
    for (const SubmissionEntry &s : data.submissions) {
        QVERIFY(text.contains(s.protocolNumber));
        QVERIFY(text.contains(s.body));
    }
    QCOMPARE(text.count(QStringLiteral("FUORI TERMINE")), 2);
    // … without the contact person, e-mail or PEC: only the office's footer has an address.
    QVERIFY(!reg.html().contains(QLatin1Char('@')));
    const QString withoutFooter = text.left(text.indexOf(QStringLiteral("2016/679")));
    QVERIFY(text.contains(QStringLiteral("2016/679")));
    QVERIFY2(!withoutFooter.contains(QLatin1Char('@')), qPrintable(withoutFooter));
    QVERIFY(!withoutFooter.contains(QStringLiteral("Referente")));
    for (const SubmissionEntry &s : data.submissions)
        QVERIFY2(!text.contains(s.contactName), qPrintable(s.contactName));
}

// Many submissions with long names: more than one page, every row whole on its page (its first
// and last word on the same page) and the header on each page.
void TestCycleDocuments::longRegisterKeepsRowsWhole()
{
    QTemporaryDir dir;
    const QString path = outPath(dir, QStringLiteral("lungo.pdf"));
    SubmissionRegisterData data = samples::casalascoRegister();
    data.submissions.clear();
    for (int i = 1; i <= 40; ++i)
        data.submissions << samples::submission(
            QStringLiteral("P%1").arg(i), QDateTime(QDate(2021, 9, 1), QTime(8, 0).addSecs(i * 60)),
            QStringLiteral("Inizio%1 Associazione di volontariato per la promozione sociale del "
                           "territorio casalasco Fine%1")
                .arg(i),
            samples::FormA, {samples::TableElderly, samples::TableMinors}, false,
            QStringLiteral("Referente %1").arg(i), QStringLiteral("r%1@example.it").arg(i));
    QVERIFY(SubmissionRegister(samples::letterhead(), data).writePdf(path));
    const QList<QStringList> pages = pdftools::pageWords(path);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    for (int i = 1; i <= 40; ++i) {
        int first = -1;
        int last = -1;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (pages.at(p).contains(QStringLiteral("Inizio%1").arg(i)))
                first = int(p);
            if (pages.at(p).contains(QStringLiteral("Fine%1").arg(i)))
                last = int(p);
        }
        QVERIFY2(first >= 0 && first == last, qPrintable(QStringLiteral("row %1").arg(i)));
    }
    for (const QStringList &page : pages)
        QVERIFY(page.contains(QStringLiteral("Referente")));
}

void TestCycleDocuments::adherentsListByRequestDate()
{
    QTemporaryDir dir;
    const QString path = outPath(dir, QStringLiteral("aderenti.pdf"));
    AdherentsListData data;
    data.cycleName = QStringLiteral("Piano di Zona 2021-2023");
    data.ambito = QStringLiteral("Ambito territoriale Oglio Po");
    data.agreementDate = QDate(2021, 12, 20);
    data.agreementAct = QStringLiteral("Deliberazione dell'Assemblea dei Sindaci n. 12");
    data.asOf = QDate(2022, 1, 31);
    data.adherents = {
        {QStringLiteral("Cooperativa Sociale Il Girasole"), QDate(2022, 1, 15),
         QStringLiteral("Determinazione n. 8 del 20/01/2022")},
        {QStringLiteral("ODV Amici dell'Oglio"), QDate(2021, 12, 28),
         QStringLiteral("Determinazione n. 1 del 05/01/2022")},
    };
    const AdherentsList list(samples::letterhead(), data);
    QVERIFY(list.writePdf(path));
    QVERIFY(isPdfA(path));
    const QString text = pdftools::text(path);
    QVERIFY2(text.contains(QStringLiteral("Elenco degli aderenti all'accordo di programma")),
             qPrintable(text));
    QVERIFY(
        text.contains(QStringLiteral("Piano di Zona 2021-2023 – Ambito territoriale Oglio Po")));
    QVERIFY(text.contains(QStringLiteral("Accordo di programma: Deliberazione dell'Assemblea dei "
                                         "Sindaci n. 12 del 20 dicembre 2021.")));
    // By request date: the ODV (28 December) before the cooperative (15 January).
    const qsizetype odv = text.indexOf(QStringLiteral("ODV Amici dell'Oglio 28/12/2021"));
    const qsizetype coop =
        text.indexOf(QStringLiteral("Cooperativa Sociale Il Girasole 15/01/2022"));
    QVERIFY2(odv > 0 && coop > odv, qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Determinazione n. 1 del 05/01/2022")));
    QVERIFY(text.contains(QStringLiteral("Aderenti: 2. Elenco aggiornato al 31 gennaio 2022.")));
    QVERIFY(!list.previewImage().isNull());
}

namespace {

SubmissionReceiptData receiptFor(const QString &protocol)
{
    SubmissionReceiptData d;
    d.call = samples::casalascoCall();
    for (const SubmissionEntry &s : samples::casalascoRegister().submissions)
        if (s.protocolNumber == protocol)
            d.submission = s;
    for (const CallFormInfo &f : d.call.forms)
        if (f.name == d.submission.form)
            d.form = f;
    d.recipientAddress = QStringLiteral("PEC: ") + d.submission.contactEmail;
    d.protocolNumber = QStringLiteral("2021/3400");
    d.date = QDate(2021, 9, 15);
    return d;
}

} // namespace

void TestCycleDocuments::receiptOnTime()
{
    QTemporaryDir dir;
    const QString path = outPath(dir, QStringLiteral("ricevuta.pdf"));
    const SubmissionReceipt receipt(samples::letterhead(), receiptFor(QStringLiteral("2021/3290")));
    QVERIFY(receipt.writePdf(path));
    QVERIFY(isPdfA(path));
    const QString text = pdftools::text(path);
    QVERIFY2(text.contains(QStringLiteral("Prot. n. 2021/3400 del 15/09/2021")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Sondrio, 15 settembre 2021")));
    QVERIFY(text.contains(QStringLiteral("Spett.le ODV Amici dell'Oglio c.a. Paolo Gialli")));
    QVERIFY(text.contains(QStringLiteral("Oggetto: ") + samples::casalascoCall().title
                          + QStringLiteral(" – ricevuta dell'istanza (") + samples::FormA));
    QVERIFY2(text.contains(QStringLiteral(
                 "è pervenuta a questo Ufficio venerdì 10 settembre 2021, alle ore 23.59 tramite "
                 "PEC ed è stata registrata al protocollo in entrata con il n. 2021/3290.")),
             qPrintable(text));
    QVERIFY(text.contains(samples::TableElderly));
    QVERIFY(text.contains(samples::TableAdults));
    QVERIFY(!text.contains(samples::TableMinors));
    QVERIFY(text.contains(QStringLiteral("è pervenuta entro il termine fissato dall'avviso per "
                                         "questo modulo (10 settembre 2021).")));
    QVERIFY(!text.contains(QStringLiteral("fuori termine")));
    // The office's signature block.
    QVERIFY(text.contains(
        QStringLiteral("La Responsabile dell'Ufficio di Piano Dott.ssa Maria Bianchi")));
    QVERIFY(text.contains(samples::letterhead().signatureNote()));
    QVERIFY(!receipt.previewImage().isNull());
}

void TestCycleDocuments::receiptLateWithAndWithoutDecision()
{
    SubmissionReceiptData data = receiptFor(QStringLiteral("2021/3377"));
    QVERIFY(data.submission.late);
    const auto text = [](const SubmissionReceiptData &d) {
        return SubmissionReceipt(samples::letterhead(), d).document()->toPlainText().simplified();
    };
    const QString admitted = text(data);
    QVERIFY2(admitted.contains(QStringLiteral(
                 "è pervenuta oltre il termine fissato dall'avviso per questo modulo "
                 "(10 settembre 2021) ed è pertanto fuori termine. Con decisione del 14 settembre "
                 "2021 l'istanza è stata ammessa, con la seguente motivazione: «Ritardo di poche "
                 "ore, tavoli non ancora avviati».")),
             qPrintable(admitted));
    QVERIFY(!admitted.contains(QStringLiteral("entro il termine")));

    QVERIFY(!admitted.contains(QStringLiteral("prima sintesi")));
    data.submission.decision = Decision::NotAdmitted;
    data.submission.notInFirstSynthesis = true;
    const QString notAdmitted = text(data);
    QVERIFY(notAdmitted.contains(QStringLiteral("l'istanza non è stata ammessa")));
    QVERIFY(
        notAdmitted.contains(QStringLiteral("non potranno essere inclusi nella prima sintesi")));

    data.submission.decision = Decision::Pending;
    data.submission.decidedOn = {};
    data.submission.decisionReason.clear();
    const QString pending = text(data);
    QVERIFY(pending.contains(QStringLiteral("ed è pertanto fuori termine. L'Ufficio di Piano "
                                            "deciderà in merito alla sua ammissione")));
    QVERIFY(!pending.contains(QStringLiteral("ammessa")));

    // A deadline with a time is printed with it.
    data.form.deadlineTime = QTime(12, 0);
    QVERIFY(text(data).contains(QStringLiteral("(10 settembre 2021, ore 12:00)")));
}

void TestCycleDocuments::attendanceOverTimePerTableAndBody()
{
    QTemporaryDir dir;
    const QString path = outPath(dir, QStringLiteral("presenze.pdf"));
    AttendanceOverTimeData data;
    data.cycleName = QStringLiteral("Piano di Zona 2021-2023");
    data.from = QDate(2021, 9, 1);
    data.to = QDate(2021, 12, 31);
    data.tables = {
        {samples::TableElderly, QStringLiteral("sub-ambito Casalasco"), 2, {10, 7, 2, 1}},
        {QStringLiteral("Plenaria"), QStringLiteral("Ambito Oglio Po"), 2, {30, 20, 4, 6}},
    };
    data.bodies = {
        {QStringLiteral("ODV Amici dell'Oglio"), {4, 4, 0, 0}},
        {QStringLiteral("Cooperativa Sociale Il Girasole"), {3, 1, 1, 1}},
        {QStringLiteral("Istituto Comprensivo di Casalmaggiore"), {0, 0, 0, 0}},
    };
    const AttendanceOverTime report(samples::letterhead(), data);
    QVERIFY(report.writePdf(path));
    QVERIFY(isPdfA(path));
    QVERIFY2(pdftools::text(path).contains(QStringLiteral("Presenze ai tavoli e alle plenarie")),
             qPrintable(pdftools::text(path)));
    // The numbers read from the document model: a row's cells in order.
    const QString text = report.document()->toPlainText().simplified();
    QVERIFY(text.contains(QStringLiteral("dal 1 settembre 2021 al 31 dicembre 2021")));
    // Per table, with the rate and the total of the cycle (4 meetings, 27 of 40 = 68%).
    QVERIFY2(text.contains(samples::TableElderly
                           + QStringLiteral(" sub-ambito Casalasco 2 10 7 2 1 70%")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Plenaria Ambito Oglio Po 2 30 20 4 6 67%")));
    QVERIFY(text.contains(QStringLiteral("Totale 4 40 27 6 7 68%")));
    // Per body, by name; no invitation: no rate.
    const qsizetype coop =
        text.indexOf(QStringLiteral("Cooperativa Sociale Il Girasole 3 1 1 1 33%"));
    const qsizetype school =
        text.indexOf(QStringLiteral("Istituto Comprensivo di Casalmaggiore 0 0 0 0 –"));
    const qsizetype odv = text.indexOf(QStringLiteral("ODV Amici dell'Oglio 4 4 0 0 100%"));
    QVERIFY2(coop > 0 && school > coop && odv > school, qPrintable(text));
    QVERIFY(!report.previewImage().isNull());
}

void TestCycleDocuments::fileNamesAreSafe()
{
    SubmissionRegisterData data = samples::casalascoRegister();
    data.call.title = QStringLiteral("Avviso: tavoli 2021/2023?");
    const QString name = SubmissionRegister(samples::letterhead(), data).fileName();
    QVERIFY2(name.endsWith(QStringLiteral(".pdf")), qPrintable(name));
    for (const QChar c : QStringLiteral("<>:\"/\\|?*"))
        QVERIFY2(!name.contains(c), qPrintable(name));
    QVERIFY(name.startsWith(QStringLiteral("Registro delle istanze pervenute")));
    QVERIFY(
        SubmissionRegister(samples::letterhead(), data, SubmissionRegister::Version::Publication)
            .fileName()
            .startsWith(QStringLiteral("Elenco delle istanze pervenute")));
    SubmissionReceiptData receipt = receiptFor(QStringLiteral("2021/3377"));
    const QString receiptName = SubmissionReceipt(samples::letterhead(), receipt).fileName();
    QVERIFY2(receiptName.startsWith(QStringLiteral("Ricevuta 2021-3377 Cooperativa")),
             qPrintable(receiptName));
}

// The Casalasco call's title makes the register's name 108 characters long: cut at the end of
// a word to fit 100 with ".pdf", not in the middle of "Zona", and marked as cut with "…";
// still a name Windows takes.
void TestCycleDocuments::longCallTitleIsCutAtAWord()
{
    SubmissionRegisterData data = samples::casalascoRegister();
    data.call.title =
        QStringLiteral("Invito al Terzo settore per la programmazione dei Piani di Zona 2021/2023");
    const QString name = SubmissionRegister(samples::letterhead(), data).fileName();
    QCOMPARE(name,
             QStringLiteral("Registro delle istanze pervenute – Invito al Terzo settore per la "
                            "programmazione dei Piani di….pdf"));
    QVERIFY(name.size() <= safefilename::MaxLength);
    data.call.title = QStringLiteral("Avviso ") + QString(120, QLatin1Char('x'));
    const QString unbroken = SubmissionRegister(samples::letterhead(), data).fileName();
    QCOMPARE(unbroken.size(), safefilename::MaxLength); // one long word: cut where it must
    QVERIFY(unbroken.endsWith(QStringLiteral("x….pdf")));
    QVERIFY(!safefilename::isReservedDeviceName(unbroken));
}

// The convocation letters of a target table's meeting through the exporter the Tavolo's use:
// PDF/A-1b, the table and its sub-area in the subject and the text (wording: tst_letterwording).
void TestCycleDocuments::tableConvocationLetterIsPdfA()
{
    QTemporaryDir dir;
    const QString folder = qEnvironmentVariable("TAVOLO_DOCUMENTS_OUT").isEmpty()
        ? dir.path()
        : qEnvironmentVariable("TAVOLO_DOCUMENTS_OUT");
    MeetingDocumentData meeting = samples::ordinaryMeeting();
    meeting.date = QDate(2021, 9, 29);
    meeting.place = QStringLiteral("Sala riunioni del Consorzio Casalasco, Casalmaggiore");
    meeting.agenda = {QStringLiteral("Presentazione della sintesi delle schede di rilevazione"),
                      QStringLiteral("Lettura dei bisogni: cura e salute, politiche abitative")};
    meeting.materials.clear();
    meeting.planning = {tavolo::TableKind::Target, samples::TableElderly,
                        PlanningInfo::Level::SubArea, QStringLiteral("Casalasco"),
                        QStringLiteral("Piano di Zona 2021-2023")};
    const LetterExporter exporter(LetterRenderer(samples::letterhead(), meeting));
    const auto result = exporter.exportLetters(folder, {samples::recipients().at(0)});
    QVERIFY(result);
    const QString path = result.value().letterFiles.constFirst();
    QVERIFY(isPdfA(path));
    const QString text = pdftools::text(path);
    QVERIFY2(text.contains(QStringLiteral("Oggetto: Convocazione della seduta del tavolo di lavoro "
                                          "«Anziani, persone disabili e non autosufficienti» del "
                                          "sub-ambito Casalasco")),
             qPrintable(text));
    QVERIFY(
        text.contains(QStringLiteral("percorso di programmazione del Piano di Zona 2021-2023")));
    QVERIFY(!text.contains(QStringLiteral("Regolamento")));
}

QTEST_MAIN(TestCycleDocuments)
#include "tst_cycledocuments.moc"

// Convocation letters: content checked through pdftotext, PDF/A-1b identification
// through pdfinfo -meta, embedded fonts through pdffonts.

#include "core/documents/documenthtml.h"
#include "core/documents/italiandates.h"
#include "core/documents/letterexporter.h"
#include "core/documents/letterrenderer.h"
#include "documentsamples.h"
#include "pdftools.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tavolo;
using namespace tavolo::documents;

class TestLetters : public QObject
{
    Q_OBJECT
private slots:
    void italianDates_data();
    void italianDates();
    void memberLetterCarriesEverything();
    void guestLetterHasItsOwnWording_RF();
    void requestedMeetingCitesTheRequest_RD();
    void jointMeetingNamesTheOtherTables_RG();
    void onlineOnlyMeetingGivesTheLink();
    void pdfIsPdfA1bWithEmbeddedFonts();
    void combinedPdfHasEveryLetter();
    void cancellationLeavesNothing();
    void memberCannotTakeTheCombinedFileName();
    void unknownPlaceholderIsRefused();
    void valuesAreEscaped();
    void previewShowsPageOne();
    void unwritableFolderIsRefused();
    void templateFromFile();
    void missingLogoGivesALetterWithoutLogo();
    void templateCannotPullInLocalFiles();
    void recipientBlockLeavesOutMissingLines();
    void agendaNumbersStayOnTheirItemsPage();
    void charactersWithoutGlyphAreShownByCode();
    void templateImageOfAnySizeGivesALetter_data();
    void templateImageOfAnySizeGivesALetter();

private:
    static LetterExportReport exportTo(const QTemporaryDir &dir, const MeetingDocumentData &meeting,
                                       const QList<Recipient> &recipients);
};

LetterExportReport TestLetters::exportTo(const QTemporaryDir &dir,
                                         const MeetingDocumentData &meeting,
                                         const QList<Recipient> &recipients)
{
    LetterExporter exporter(LetterRenderer(samples::letterhead(), meeting));
    const auto result = exporter.exportLetters(dir.path(), recipients);
    if (!result)
        qWarning() << describe(result.problems());
    return result ? result.value() : LetterExportReport {};
}

void TestLetters::italianDates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("domain.md example") << QDate(2015, 3, 12) << QTime(16, 30)
                                       << QStringLiteral("giovedì 12 marzo 2015, ore 16:30");
    QTest::newRow("first of month, morning")
        << QDate(2024, 1, 1) << QTime(9, 5) << QStringLiteral("lunedì 1 gennaio 2024, ore 09:05");
    QTest::newRow("sunday in August") << QDate(2023, 8, 20) << QTime(21, 0)
                                      << QStringLiteral("domenica 20 agosto 2023, ore 21:00");
    QTest::newRow("no time") << QDate(2021, 12, 31) << QTime()
                             << QStringLiteral("venerdì 31 dicembre 2021");
}

void TestLetters::italianDates()
{
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QString, expected);
    QCOMPARE(italian::weekdayDateTime(date, time), expected);
}

void TestLetters::memberLetterCarriesEverything()
{
    QTemporaryDir dir;
    const auto meeting = samples::ordinaryMeeting();
    const auto recipients = samples::recipients();
    const LetterExportReport report = exportTo(dir, meeting, recipients);
    QCOMPARE(report.letterFiles.size(), recipients.size());
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const QString text = pdftools::text(report.letterFiles.at(i));
        const Recipient &r = recipients.at(i);
        QVERIFY2(text.contains(r.name), qPrintable(text));
        QVERIFY(text.contains(r.role));
        QVERIFY(text.contains(r.organisation));
        QVERIFY(text.contains(QStringLiteral("giovedì 12 marzo 2015, ore 16:30")));
        QVERIFY(text.contains(QStringLiteral("Prot. n. 2015/1234")));
        QVERIFY(text.contains(QStringLiteral("Sondrio, 2 marzo 2015")));
        QVERIFY(text.contains(QStringLiteral("Comunità Montana Valtellina di Sondrio")));
        // No ligatures: "Ufficio" must be found by a search in the PDF viewer.
        QVERIFY(text.contains(QStringLiteral("Ufficio di Piano")));
        QVERIFY(text.contains(meeting.place));
        for (qsizetype item = 0; item < meeting.agenda.size(); ++item)
            QVERIFY2(
                text.contains(QStringLiteral("%1. %2").arg(item + 1).arg(meeting.agenda.at(item))),
                qPrintable(meeting.agenda.at(item)));
        for (const QString &material : meeting.materials)
            QVERIFY2(text.contains(material), qPrintable(material));
        QVERIFY(text.contains(QStringLiteral("Dott.ssa Maria Bianchi")));
        QVERIFY(!text.contains(QStringLiteral("{{")));
        // Neither a request (R-D) nor a joint session (R-G): their sentences stay out.
        QVERIFY(!text.contains(QStringLiteral("richiesta motivata")));
        QVERIFY(!text.contains(QStringLiteral("forma congiunta")));
    }
    QVERIFY(pdftools::text(report.letterFiles.at(0))
                .contains(QStringLiteral("PEC: segreteria@pec.example.it")));
    QVERIFY(pdftools::text(report.letterFiles.at(1))
                .contains(QStringLiteral("Via Nazario Sauro 38 23100 Sondrio")));
    QVERIFY(
        pdftools::text(report.letterFiles.at(0)).contains(QStringLiteral("la S.V. è convocata")));
}

void TestLetters::guestLetterHasItsOwnWording_RF()
{
    QTemporaryDir dir;
    const LetterExportReport report =
        exportTo(dir, samples::ordinaryMeeting(), samples::recipients());
    const QString guestFile = report.letterFiles.at(2);
    QVERIFY(QFileInfo(guestFile).fileName().startsWith(QLatin1String("Invito 2015-03-12")));
    const QString text = pdftools::text(guestFile);
    QVERIFY(text.contains(QStringLiteral("Invito alla seduta ordinaria")));
    QVERIFY(text.contains(QStringLiteral("Su invito del Presidente, la S.V.")));
    QVERIFY(text.contains(QStringLiteral("in qualità di invitato/a")));
    QVERIFY(text.contains(QStringLiteral("punto 3, collaborazione con le scuole del territorio")));
    QVERIFY(text.contains(QStringLiteral("non attribuisce la qualifica di componente")));
    QVERIFY(!text.contains(QStringLiteral("la S.V. è convocata")));
    const QString memberText = pdftools::text(report.letterFiles.at(0));
    QVERIFY(!memberText.contains(QStringLiteral("invitato/a")));
}

void TestLetters::requestedMeetingCitesTheRequest_RD()
{
    auto meeting = samples::ordinaryMeeting();
    meeting.kind = MeetingKind::Requested;
    meeting.request.date = QDate(2015, 2, 20);
    meeting.request.protocolNumber = QStringLiteral("2015/987");
    meeting.request.signatories = 4;
    meeting.request.motivation =
        QStringLiteral("Urgenza di discutere la chiusura del centro diurno");
    QTemporaryDir dir;
    const LetterExportReport report = exportTo(dir, meeting, {samples::recipients().at(0)});
    const QString text = pdftools::text(report.letterFiles.at(0));
    QVERIFY2(text.contains(QStringLiteral("su richiesta motivata di quattro rappresentanti")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("pervenuta il 20 febbraio 2015 (prot. n. 2015/987)")));
    QVERIFY(text.contains(QStringLiteral("«Urgenza di discutere la chiusura del centro diurno»")));
    QVERIFY(text.contains(QStringLiteral("seduta straordinaria del Tavolo")));
}

void TestLetters::jointMeetingNamesTheOtherTables_RG()
{
    auto meeting = samples::ordinaryMeeting();
    meeting.kind = MeetingKind::Joint;
    meeting.joint.otherTables = {
        QStringLiteral("Tavolo del Terzo Settore dell'Ambito di Tirano"),
        QStringLiteral("Tavolo delle reti sociosanitarie dell'ATS della Montagna")};
    meeting.joint.convenedBy = QStringLiteral("Presidente dell'Assemblea dei Sindaci");
    QTemporaryDir dir;
    const LetterExportReport report = exportTo(dir, meeting, {samples::recipients().at(0)});
    const QString text = pdftools::text(report.letterFiles.at(0));
    QVERIFY2(text.contains(QStringLiteral(
                 "convocata dal Presidente dell'Assemblea dei Sindaci congiuntamente")),
             qPrintable(text));
    for (const QString &table : meeting.joint.otherTables)
        QVERIFY(text.contains(table));
    QVERIFY(text.contains(QStringLiteral("seduta congiunta")));
}

void TestLetters::onlineOnlyMeetingGivesTheLink()
{
    auto meeting = samples::ordinaryMeeting();
    meeting.place.clear();
    meeting.onlineLink = QStringLiteral("https://meet.example.it/tavolo-ts-2015-03");
    QTemporaryDir dir;
    const LetterExportReport report = exportTo(dir, meeting, {samples::recipients().at(0)});
    const QString text = pdftools::text(report.letterFiles.at(0));
    QVERIFY(text.contains(QStringLiteral("in modalità telematica, al seguente collegamento: "
                                         "https://meet.example.it/tavolo-ts-2015-03")));
    QVERIFY(!text.contains(QStringLiteral(" presso ")));
}

void TestLetters::pdfIsPdfA1bWithEmbeddedFonts()
{
    QTemporaryDir dir;
    const LetterExportReport report =
        exportTo(dir, samples::ordinaryMeeting(), samples::recipients());
    for (const QString &file : report.letterFiles + QStringList {report.combinedFile}) {
        const QString meta = pdftools::metadata(file);
        QVERIFY2(meta.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")), qPrintable(meta));
        QVERIFY(meta.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
        QVERIFY(
            meta.contains(QStringLiteral("Comunità Montana Valtellina di Sondrio"))); // dc:creator
        const QString info = pdftools::info(file);
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Tavolo\n"))));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral(
                     "Title:\\s+(Convocazione della|Invito alla) seduta ordinaria"))),
                 qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("A4")));
        int fonts = 0;
        const QStringList notEmbedded = pdftools::fontsNotEmbedded(file, &fonts);
        QVERIFY(fonts > 0);
        QVERIFY2(notEmbedded.isEmpty(), qPrintable(notEmbedded.join(QLatin1Char('\n'))));
    }
}

void TestLetters::combinedPdfHasEveryLetter()
{
    QTemporaryDir dir;
    const auto recipients = samples::manyRecipients(6);
    const LetterExportReport report = exportTo(dir, samples::ordinaryMeeting(), recipients);
    QCOMPARE(report.letterFiles.size(), 6);
    int sum = 0;
    for (const QString &file : report.letterFiles)
        sum += pdftools::pages(file);
    QCOMPARE(pdftools::pages(report.combinedFile), sum);
    QCOMPARE(report.combinedPages, sum);
    QVERIFY(sum >= 6);
    const QString text = pdftools::text(report.combinedFile);
    for (const Recipient &r : recipients)
        QVERIFY(text.contains(r.name));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 7);
}

void TestLetters::memberCannotTakeTheCombinedFileName()
{
    // A member called "tutte le lettere" (a crafted register entry, or a joke) makes the same
    // file name as the combined PDF: the combined file keeps its name, the member gets "(2)".
    QTemporaryDir dir;
    auto recipients = samples::recipients();
    recipients[0].name = QStringLiteral("tutte le lettere");
    const LetterExportReport report = exportTo(dir, samples::ordinaryMeeting(), recipients);
    QCOMPARE(QFileInfo(report.combinedFile).fileName(),
             QStringLiteral("Convocazione 2015-03-12 - tutte le lettere.pdf"));
    QCOMPARE(pdftools::pages(report.combinedFile), report.combinedPages);
    QVERIFY(!report.letterFiles.contains(report.combinedFile));
}

void TestLetters::cancellationLeavesNothing()
{
    // Letters are written on two cores, so a cancel may come after the other core has
    // written some: they must go too.
    QTemporaryDir dir;
    LetterExporter exporter(LetterRenderer(samples::letterhead(), samples::ordinaryMeeting()));
    for (int cancelAt : {0, 2}) {
        QList<int> calls;
        const auto result = exporter.exportLetters(dir.path(), samples::manyRecipients(8),
                                                   [&](int done, int total, const QString &) {
                                                       calls << done;
                                                       return done < cancelAt && total == 8;
                                                   });
        QVERIFY(!result);
        QCOMPARE(result.problems().first().rule, QStringLiteral("CANCELLED"));
        QCOMPARE(calls.first(), 0);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    // Without a cancel: a call with the letters done so far, never fewer than before, and one
    // at the end with all of them.
    QList<int> all;
    QSet<int> totals;
    const auto done = exporter.exportLetters(dir.path(), samples::manyRecipients(6),
                                             [&](int d, int total, const QString &) {
                                                 totals << total;
                                                 all << d;
                                                 return true;
                                             });
    QVERIFY(done);
    QCOMPARE(totals, QSet<int> {6});
    QCOMPARE(all.first(), 0);
    QCOMPARE(all.last(), 6);
    QVERIFY(std::is_sorted(all.cbegin(), all.cend()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 7);
}

void TestLetters::unknownPlaceholderIsRefused()
{
    const LetterTemplate broken(QStringLiteral("<p>{{recipientName}} {{dat}} {{#guest}}x</p>"));
    LetterRenderer renderer(samples::letterhead(), samples::ordinaryMeeting(), broken);
    const Problems problems = renderer.validateTemplate();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.at(0).message.contains(QStringLiteral("{{dat}}")));
    QTemporaryDir dir;
    const auto result = LetterExporter(renderer).exportLetters(dir.path(), samples::recipients());
    QVERIFY(!result);
    QCOMPARE(result.problems().first().rule, QStringLiteral("TEMPLATE"));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    QVERIFY(LetterRenderer(samples::letterhead(), samples::ordinaryMeeting())
                .validateTemplate()
                .isEmpty());

    // Sections: kept, dropped, inverted, nested.
    const LetterTemplate t(
        QStringLiteral("{{#a}}A{{#b}}B{{/b}}{{^b}}!B{{/b}}{{/a}}{{^a}}-{{/a}}[{{v}}]"));
    QCOMPARE(t.fill({{QStringLiteral("v"), QStringLiteral("1")}},
                    {{QStringLiteral("a"), true}, {QStringLiteral("b"), false}}),
             QStringLiteral("A!B[1]"));
    QCOMPARE(t.fill({}, {{QStringLiteral("a"), false}}), QStringLiteral("-[]"));
}

void TestLetters::valuesAreEscaped()
{
    Recipient r = samples::recipients().at(0);
    r.name = QStringLiteral("Anna <b>Rossi</b> & figli {{subject}}");
    LetterRenderer renderer(samples::letterhead(), samples::ordinaryMeeting());
    const QString html = renderer.html(r);
    QVERIFY(html.contains(QStringLiteral("Anna &lt;b&gt;Rossi&lt;/b&gt; &amp; figli {{subject}}")));
    QTemporaryDir dir;
    const LetterExportReport report = exportTo(dir, samples::ordinaryMeeting(), {r});
    const QString text = pdftools::text(report.letterFiles.at(0));
    QVERIFY2(text.contains(r.name), qPrintable(text));
    QVERIFY(
        QFileInfo(report.letterFiles.at(0)).fileName().contains(QStringLiteral("Anna -b-Rossi-")));
}

void TestLetters::previewShowsPageOne()
{
    LetterRenderer renderer(samples::letterhead(), samples::ordinaryMeeting());
    const QImage image = renderer.previewImage(samples::recipients().at(0), 50);
    // A4 at 50 dpi: 413 × 585 pixels.
    QVERIFY(qAbs(image.width() - 413) <= 1);
    QVERIFY(qAbs(image.height() - 585) <= 1);
    int dark = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY2(dark > 500, qPrintable(QString::number(dark))); // text and logo were painted
}

void TestLetters::unwritableFolderIsRefused()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    LetterExporter exporter(LetterRenderer(samples::letterhead(), samples::ordinaryMeeting()));
    const auto result =
        exporter.exportLetters(blocker + QStringLiteral("/sub"), samples::recipients());
    QVERIFY(!result);
    QVERIFY(!exporter.exportLetters(dir.path(), {}));

    // Incomplete meetings are refused before anything is written.
    auto noAgenda = samples::ordinaryMeeting();
    noAgenda.agenda.clear();
    const auto refused = LetterExporter(LetterRenderer(samples::letterhead(), noAgenda))
                             .exportLetters(dir.path(), samples::recipients());
    QVERIFY(!refused);
    QCOMPARE(refused.problems().first().rule, QStringLiteral("R-C"));
    auto nowhere = samples::ordinaryMeeting();
    nowhere.place.clear();
    nowhere.date = QDate();
    QCOMPARE(LetterExporter(LetterRenderer(samples::letterhead(), nowhere))
                 .exportLetters(dir.path(), samples::recipients())
                 .problems()
                 .size(),
             2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // only the blocker
}

void TestLetters::templateFromFile()
{
    QVERIFY(!LetterTemplate::fromFile(QStringLiteral("/nonexistent/template.html")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mio.html"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("<p>Egregio {{recipientName}}, seduta di {{meetingDateTime}}.</p>")
                   .toUtf8());
    file.close();
    const auto loaded = LetterTemplate::fromFile(path);
    QVERIFY(loaded);
    LetterRenderer renderer(samples::letterhead(), samples::ordinaryMeeting(), loaded.value());
    QVERIFY(renderer.validateTemplate().isEmpty());
    QCOMPARE(renderer.html(samples::recipients().at(0)),
             QStringLiteral(
                 "<p>Egregio Mario Rossi, seduta di giovedì 12 marzo 2015, alle ore 16.30.</p>"));
}

void TestLetters::missingLogoGivesALetterWithoutLogo()
{
    Letterhead letterhead = samples::letterhead();
    letterhead.logoPath = QStringLiteral("/nonexistent/logo.png");
    LetterRenderer renderer(letterhead, samples::ordinaryMeeting());
    QVERIFY(!renderer.html(samples::recipients().at(0)).contains(QStringLiteral("<img")));
    QTemporaryDir dir;
    const auto result =
        LetterExporter(renderer).exportLetters(dir.path(), {samples::recipients().at(0)});
    QVERIFY(result);
    QVERIFY(
        pdftools::text(result.value().letterFiles.at(0)).contains(QStringLiteral("Mario Rossi")));
}

void TestLetters::templateCannotPullInLocalFiles()
{
    // An <img> naming a file of the computer (absolute, file:// or relative to the working
    // folder) must not carry that picture into the letters sent out.
    QTemporaryDir dir;
    const QString secret = dir.filePath(QStringLiteral("secret.png"));
    QImage picture(32, 32, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QVERIFY(picture.save(secret));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const QString html = QStringLiteral("<p>Egregio {{recipientName}}</p><img src=\"%1\"/>"
                                        "<img src=\"file://%1\"/><img src=\"secret.png\"/>")
                             .arg(secret);
    Letterhead letterhead = samples::letterhead();
    letterhead.logoPath = QStringLiteral("/nonexistent/logo.png"); // no logo: no image at all
    LetterRenderer renderer(letterhead, samples::ordinaryMeeting(), LetterTemplate(html));
    QTemporaryDir out;
    const auto result =
        LetterExporter(renderer).exportLetters(out.path(), {samples::recipients().at(0)});
    QDir::setCurrent(previous);
    QVERIFY2(result, qPrintable(describe(result.problems())));
    const QString images = pdftools::run(
        QStringLiteral("pdfimages"),
        {QStringLiteral("-list"), hosttools::hostPath(result.value().letterFiles.at(0))});
    QVERIFY2(!images.startsWith(QLatin1Char('<')), qPrintable(images));
    // Any image left is the blank stand-in (1 x 1), never the 32 x 32 picture of the file.
    const QStringList lines = images.trimmed().split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        QVERIFY2(columns.value(3) == QLatin1String("1") && columns.value(4) == QLatin1String("1"),
                 qPrintable(line));
    }
}

void TestLetters::recipientBlockLeavesOutMissingLines()
{
    const LetterRenderer renderer(samples::letterhead(), samples::ordinaryMeeting());
    Recipient guest = samples::recipients().at(2);
    guest.role.clear();
    QVERIFY2(renderer.html(guest).contains(QRegularExpression(QStringLiteral(
                 "<b>Lucia Neri</b><br/>\\s*Istituto Comprensivo Sondrio Centro<br/>\\s*PEC: "))),
             qPrintable(renderer.html(guest)));
    Recipient delegate = samples::recipients().at(1);
    delegate.organisation.clear();
    QVERIFY(renderer.html(delegate).contains(QRegularExpression(
        QStringLiteral("Delegato del Direttore Sociale dell'ASL<br/>\\s*Via Nazario Sauro 38"))));
    delegate.postalAddress.clear();
    QVERIFY(renderer.html(delegate).contains(
        QRegularExpression(QStringLiteral("Delegato del Direttore Sociale dell'ASL</p>"))));
    // Everything given: four lines under the name, as before.
    const Recipient member = samples::recipients().at(0);
    QVERIFY(renderer.html(member).contains(QRegularExpression(QStringLiteral(
        "<b>Mario Rossi</b><br/>\\s*Rappresentante[^<]*<br/>\\s*Cooperativa Sociale Il "
        "Sentiero<br/>\\s*PEC: segreteria@pec.example.it"))));
}

void TestLetters::agendaNumbersStayOnTheirItemsPage()
{
    // An agenda long enough that items break across pages: each item's number is printed once,
    // on the page of the item's first line, and nothing is printed above the body's top
    // (15 mm: PagedOutput's top margin).
    MeetingDocumentData meeting = samples::ordinaryMeeting();
    meeting.agenda.clear();
    for (int item = 1; item <= 40; ++item)
        meeting.agenda << QStringLiteral("Voce%1 %2")
                              .arg(item)
                              .arg(QStringLiteral(
                                       "esame della proposta di programmazione dei servizi sociali "
                                       "del distretto ")
                                       .repeated(1 + item % 5));
    QTemporaryDir dir;
    const LetterExportReport report = exportTo(dir, meeting, {samples::recipients().first()});
    QCOMPARE(report.letterFiles.size(), 1);
    const auto pages = pdftools::pageWordBoxes(report.letterFiles.first());
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    const double bodyTop = 15.0 / 25.4 * 72.0;
    QMap<QString, int> numberPage, itemPage;
    for (qsizetype page = 0; page < pages.size(); ++page) {
        for (const pdftools::Word &word : pages.at(page)) {
            QVERIFY2(word.top >= bodyTop - 1.0,
                     qPrintable(QStringLiteral("\"%1\" at %2 pt on page %3")
                                    .arg(word.text)
                                    .arg(word.top)
                                    .arg(page + 1)));
            static const QRegularExpression number(QStringLiteral("^(\\d+)\\.$"));
            static const QRegularExpression first(QStringLiteral("^Voce(\\d+)$"));
            if (const auto m = number.match(word.text);
                m.hasMatch() && m.captured(1).toInt() >= 1 && m.captured(1).toInt() <= 40) {
                QVERIFY2(!numberPage.contains(m.captured(1)),
                         qPrintable(QStringLiteral("\"%1\" again on page %2 at %3 pt (first on "
                                                   "page %4)")
                                        .arg(word.text)
                                        .arg(page + 1)
                                        .arg(word.top)
                                        .arg(numberPage.value(m.captured(1)) + 1)));
                numberPage.insert(m.captured(1), int(page));
            }
            if (const auto m = first.match(word.text); m.hasMatch())
                itemPage.insert(m.captured(1), int(page));
        }
    }
    QCOMPARE(itemPage.size(), 40);
    for (auto it = itemPage.cbegin(); it != itemPage.cend(); ++it)
        QVERIFY2(numberPage.value(it.key(), -1) == it.value(),
                 qPrintable(QStringLiteral("item %1: number on page %2, item on page %3")
                                .arg(it.key())
                                .arg(numberPage.value(it.key(), -1) + 1)
                                .arg(it.value() + 1)));
}

void TestLetters::charactersWithoutGlyphAreShownByCode()
{
    // An emoji and a snowman (no glyph in the document font; the snowman is in DejaVu Sans,
    // which a machine may have) are printed as their codes, in the document font only; a
    // variation selector, invisible, is dropped; "è" stays.
    MeetingDocumentData meeting = samples::ordinaryMeeting();
    meeting.agenda = {QStringLiteral("Festa del volontariato \U0001F389\u200D\uFE0F è confermata"),
                      QStringLiteral("Inverno \u2603 solidale")};
    QTemporaryDir dir;
    const LetterExportReport report = exportTo(dir, meeting, {samples::recipients().first()});
    QCOMPARE(report.letterFiles.size(), 1);
    const QString text = pdftools::text(report.letterFiles.first());
    QVERIFY2(text.contains(QStringLiteral("Festa del volontariato [U+1F389] è confermata")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Inverno [U+2603] solidale")), qPrintable(text));
    int fonts = 0;
    QVERIFY(pdftools::fontsNotEmbedded(report.letterFiles.first(), &fonts).isEmpty());
    const QString listed = pdftools::run(QStringLiteral("pdffonts"),
                                         {hosttools::hostPath(report.letterFiles.first())});
    for (const QString &line : listed.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2))
        QVERIFY2(line.contains(QStringLiteral("TavoloSerif")), qPrintable(listed));
}

void TestLetters::templateImageOfAnySizeGivesALetter_data()
{
    QTest::addColumn<QString>("attributes");
    QTest::newRow("missing, no size") << QString();
    QTest::newRow("negative") << QStringLiteral("width=\"-5000000\" height=\"-99999999\"");
    QTest::newRow("largest int") << QStringLiteral("height=\"2147483647\"");
    QTest::newRow("huge") << QStringLiteral("width=\"100000\" height=\"100000\"");
    QTest::newRow("not a number") << QStringLiteral("width=\"1e309\" height=\"nan\"");
    QTest::newRow("logo, huge") << QStringLiteral("height=\"900000\"");
}

void TestLetters::templateImageOfAnySizeGivesALetter()
{
    // A template's <img> naming a missing file, with any width and height: a negative or huge
    // height made "Le pagine 1–-10975 … non sono nel PDF", a large one 66 pages a letter. Each
    // image is kept within the page: at most a page of its own between the two paragraphs.
    QFETCH(QString, attributes);
    const QString source =
        QString::fromLatin1(QTest::currentDataTag()).startsWith(QLatin1String("logo"))
        ? html::LogoUrl
        : QStringLiteral("mancante.png");
    const QString html = QStringLiteral("<p>Egregio {{recipientName}}.</p><img src=\"%1\" %2/>"
                                        "<p>Cordiali saluti</p>")
                             .arg(source, attributes);
    LetterRenderer renderer(samples::letterhead(), samples::ordinaryMeeting(),
                            LetterTemplate(html));
    QTemporaryDir out;
    const auto result =
        LetterExporter(renderer).exportLetters(out.path(), {samples::recipients().at(0)});
    QVERIFY2(result, qPrintable(describe(result.problems())));
    const int pages = pdftools::pages(result.value().letterFiles.at(0));
    QVERIFY2(pages >= 1 && pages <= 3, qPrintable(QString::number(pages)));
    QVERIFY(pdftools::text(result.value().letterFiles.at(0))
                .contains(QStringLiteral("Cordiali saluti")));
}

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"

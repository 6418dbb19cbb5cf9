// The Italian of the convocation letters (a clerk signs them unedited) and the
// address and signature lines, read from the letter's text as the
// renderer lays it out; no PDF needed.
#include "core/documents/italianwords.h"
#include "core/documents/letterrenderer.h"
#include "documentsamples.h"

#include <QRegularExpression>
#include <QTest>
#include <QTextDocument>

using namespace tavolo::documents;

class TestLetterWording : public QObject
{
    Q_OBJECT

    static QString text(const MeetingDocumentData &meeting, const Recipient &recipient,
                        const Letterhead &letterhead = samples::letterhead())
    {
        return LetterRenderer(letterhead, meeting).document(recipient)->toPlainText().simplified();
    }
    static Recipient member() { return samples::recipients().at(0); }
    static Recipient guest() { return samples::recipients().at(2); }
    // The opening sentence: from "Con la presente" or "Su invito" to the agenda heading.
    static QString opening(const QString &letter)
    {
        static const QRegularExpression first(
            QStringLiteral("((Con la presente|Su invito).*?)ORDINE DEL GIORNO"));
        return first.match(letter).captured(1);
    }

private slots:
    void memberLetterRegister_point8()
    {
        const QString letter = text(samples::ordinaryMeeting(), member());
        const QString first = opening(letter);
        QVERIFY2(first.contains(QStringLiteral(
                     "ai sensi del vigente Regolamento, la S.V. è convocata alla seduta "
                     "ordinaria del Tavolo del Terzo Settore dell'Ambito territoriale di Sondrio")),
                 qPrintable(first));
        QCOMPARE(first.count(QStringLiteral("Tavolo del Terzo Settore")), 1);
        QVERIFY2(first.contains(QStringLiteral(
                     "giovedì 12 marzo 2015, alle ore 16.30, presso la Sala riunioni")),
                 qPrintable(first));
        QVERIFY(letter.contains(QStringLiteral("Distinti saluti.")));
        QVERIFY(!letter.contains(QStringLiteral("Cordiali saluti")));
        QVERIFY2(letter.contains(QStringLiteral(
                     "all'indirizzo PEC ufficiodipiano@pec.cmsondrio.it, indicando il "
                     "nominativo dell'eventuale delegato.")),
                 qPrintable(letter));
    }

    void guestLetter_points1and5()
    {
        const QString letter = text(samples::ordinaryMeeting(), guest());
        QVERIFY2(!letter.contains(QStringLiteral("il ORDINE")), qPrintable(letter));
        QVERIFY(letter.contains(
            QStringLiteral("l'ordine del giorno completo della seduta: ORDINE DEL GIORNO")));
        QVERIFY(!letter.contains(QStringLiteral("ospite"), Qt::CaseInsensitive));
        QVERIFY(!letter.contains(QStringLiteral("è invitata")));
        QVERIFY(letter.contains(QStringLiteral("Su invito del Presidente, la S.V.")));
        QVERIFY(letter.contains(QStringLiteral("in qualità di invitato/a")));
        QVERIFY(letter.contains(QStringLiteral("non attribuisce la qualifica di componente")));
        QVERIFY(!letter.contains(QStringLiteral("delegato"))); // a guest sends no delegate
    }

    void requestedMeeting_points2and3()
    {
        auto meeting = samples::ordinaryMeeting();
        meeting.kind = tavolo::MeetingKind::Requested;
        meeting.request = {
            QDate(2015, 2, 20), QString(), 4,
            QStringLiteral("Ripartizione del fondo povertà tra i comuni dell'Ambito.")};
        const QString letter = text(meeting, member());
        QVERIFY2(!letter.contains(QStringLiteral("su richiesta del Tavolo")), qPrintable(letter));
        QVERIFY(opening(letter).contains(
            QStringLiteral("seduta straordinaria del Tavolo del Terzo Settore dell'Ambito "
                           "territoriale di Sondrio, richiesta dai "
                           "rappresentanti del Terzo Settore, che si terrà")));
        QVERIFY(letter.contains(QStringLiteral("su richiesta motivata di quattro rappresentanti")));
        QVERIFY2(letter.contains(QStringLiteral("dell'Ambito».")), qPrintable(letter));
        QVERIFY(!letter.contains(QStringLiteral(".».")));
    }

    void delegateRole_point4()
    {
        // The role is the adapter's (core/exports); here the grammar it uses.
        QCOMPARE(italian::articulated(QStringLiteral("di"),
                                      QStringLiteral("Direttore Sociale dell'ASL")),
                 QStringLiteral("del Direttore Sociale dell'ASL"));
        QCOMPARE(italian::articulated(QStringLiteral("da"), QStringLiteral("Assessore")),
                 QStringLiteral("dall'Assessore"));
        QCOMPARE(
            italian::articulated(QStringLiteral("di"), QStringLiteral("Direttrice di Distretto")),
            QStringLiteral("della Direttrice di Distretto"));
    }

    void workingGroup_point6()
    {
        auto meeting = samples::ordinaryMeeting();
        meeting.groupName = QStringLiteral("Minori, giovani e famiglie");
        const QString letter = text(meeting, member());
        QVERIFY(!letter.contains(QStringLiteral("Regolamento del gruppo")));
        QVERIFY(!letter.contains(QStringLiteral("seduta ordinaria")));
        QVERIFY2(opening(letter).contains(
                     QStringLiteral("la S.V. è convocata alla riunione del gruppo di lavoro "
                                    "«Minori, giovani e famiglie» del Tavolo "
                                    "del Terzo Settore")),
                 qPrintable(letter));
        QVERIFY(letter.contains(
            QStringLiteral("Oggetto: Convocazione della riunione del gruppo di lavoro")));
    }

    // Issue 16: a target table at sub-area level and a plenary at Ambito level are convened by
    // the same letter, which names the table and its level in the subject and the text and
    // cites the Piano di Zona's cycle instead of the Tavolo's Regolamento.
    void planningTableAndPlenary_issue16()
    {
        auto table = samples::ordinaryMeeting();
        table.date = QDate(2021, 9, 29);
        table.planning = {tavolo::TableKind::Target,
                          QStringLiteral("Anziani, persone disabili e non autosufficienti"),
                          PlanningInfo::Level::SubArea, QStringLiteral("Casalasco"),
                          QStringLiteral("Piano di Zona 2021-2023")};
        const QString letter = text(table, member());
        const QString first = opening(letter);
        QVERIFY2(
            first.contains(QStringLiteral(
                "Con la presente, nell'ambito del percorso di programmazione del Piano di "
                "Zona 2021-2023, la S.V. è convocata alla seduta del tavolo di lavoro «Anziani, "
                "persone disabili e non autosufficienti» del sub-ambito Casalasco, che si "
                "terrà mercoledì 29 settembre 2021, alle ore 16.30")),
            qPrintable(first));
        QVERIFY(!letter.contains(QStringLiteral("Regolamento")));
        QVERIFY(!letter.contains(QStringLiteral("Tavolo del Terzo Settore")));
        QVERIFY(!letter.contains(QStringLiteral("seduta ordinaria")));
        QVERIFY2(letter.contains(QStringLiteral(
                     "Oggetto: Convocazione della seduta del tavolo di lavoro «Anziani, persone "
                     "disabili e non autosufficienti» del sub-ambito Casalasco – mercoledì 29 "
                     "settembre 2021, ore 16:30")),
                 qPrintable(letter));

        auto plenary = table;
        plenary.planning = {tavolo::TableKind::Plenary, QString(), PlanningInfo::Level::Ambito,
                            QStringLiteral("Oglio Po"), QStringLiteral("Piano di Zona 2021-2023")};
        const QString plenaryLetter = text(plenary, member());
        QVERIFY2(opening(plenaryLetter)
                     .contains(QStringLiteral("la S.V. è convocata alla seduta plenaria dei tavoli "
                                              "di programmazione dell'Ambito Oglio Po, che si "
                                              "terrà")),
                 qPrintable(plenaryLetter));
        QVERIFY(plenaryLetter.contains(QStringLiteral(
            "Oggetto: Convocazione della seduta plenaria dei tavoli di programmazione "
            "dell'Ambito Oglio Po – mercoledì")));
        // The Ambito named as the letterhead's district already says "Ambito di …".
        plenary.planning.areaName = QStringLiteral("Ambito di Sondrio");
        QVERIFY(
            text(plenary, member())
                .contains(QStringLiteral("Oggetto: Convocazione della seduta plenaria dei "
                                         "tavoli di programmazione dell'Ambito di Sondrio – ")));
        // A guest of a co-programming table is invited to it by name.
        auto coProgramming = table;
        coProgramming.planning = {tavolo::TableKind::CoProgramming,
                                  QStringLiteral("Vita indipendente"), PlanningInfo::Level::Ambito,
                                  QStringLiteral("Oglio Po"), QString()};
        QVERIFY(text(coProgramming, guest())
                    .contains(QStringLiteral("Oggetto: Invito alla seduta del tavolo di "
                                             "co-programmazione «Vita indipendente» dell'Ambito "
                                             "Oglio Po")));
        // The Tavolo's own letter is as it was.
        QVERIFY(opening(text(samples::ordinaryMeeting(), member()))
                    .startsWith(QStringLiteral("Con la presente, ai sensi del vigente Regolamento, "
                                               "la S.V. è convocata alla seduta ordinaria")));
    }

    void jointMeeting_point7()
    {
        auto meeting = samples::ordinaryMeeting();
        meeting.kind = tavolo::MeetingKind::Joint;
        meeting.joint = {
            {QStringLiteral("Tavolo della rete sociosanitaria del Distretto di Sondrio")},
            QStringLiteral("Direttore di Distretto dell'ASL")};
        const QString letter = text(meeting, member());
        QVERIFY(!letter.contains(QStringLiteral("su convocazione di:")));
        QVERIFY2(letter.contains(QStringLiteral("La seduta è convocata dal Direttore di Distretto "
                                                "dell'ASL congiuntamente ai seguenti tavoli:")),
                 qPrintable(letter));
    }

    void numbersInWords_point8()
    {
        QCOMPARE(italian::numberInWords(4), QStringLiteral("quattro"));
        QCOMPARE(italian::numberInWords(21), QStringLiteral("ventuno"));
        QCOMPARE(italian::numberInWords(23), QStringLiteral("ventitré"));
        QCOMPARE(italian::numberInWords(38), QStringLiteral("trentotto"));
        QCOMPARE(italian::numberInWords(100), QStringLiteral("100"));
    }

    void addressKindIsNamed_issue12_2()
    {
        Recipient r = member();
        r.pec.clear();
        r.email = QStringLiteral("mario.rossi@example.it");
        const QString byEmail = text(samples::ordinaryMeeting(), r);
        QVERIFY2(byEmail.contains(QStringLiteral("E-mail: mario.rossi@example.it")),
                 qPrintable(byEmail));
        QVERIFY(!byEmail.contains(QStringLiteral("PEC: mario.rossi")));
        r.email.clear();
        r.pec = QStringLiteral("ilsentiero@pec.example.it");
        r.careOf = true;
        const QString careOf = text(samples::ordinaryMeeting(), r);
        QVERIFY2(careOf.contains(QStringLiteral(
                     "c/o Cooperativa Sociale Il Sentiero PEC: ilsentiero@pec.example.it")),
                 qPrintable(careOf));
    }

    void signatureLineFollowsTheSetting_issue12_5()
    {
        Letterhead printed = samples::letterhead();
        const QString letter = text(samples::ordinaryMeeting(), member(), printed);
        QVERIFY(!letter.contains(QStringLiteral("firmato digitalmente")));
        QVERIFY2(letter.contains(QStringLiteral(
                     "Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2, "
                     "del D.Lgs. 39/1993")),
                 qPrintable(letter));
        Letterhead digital = samples::letterhead();
        digital.signature = Letterhead::Signature::Digital;
        const QString signedLetter = text(samples::ordinaryMeeting(), member(), digital);
        QVERIFY(signedLetter.contains(
            QStringLiteral("firma digitale ai sensi dell'art. 24 del D.Lgs. 82/2005")));
        QVERIFY(!signedLetter.contains(QStringLiteral("Firma autografa")));
    }
};

QTEST_MAIN(TestLetterWording)
#include "tst_letterwording.moc"

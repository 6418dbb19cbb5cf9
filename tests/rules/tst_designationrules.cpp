// R-E seats per category by formal act, R-J history as of a date.
#include "core/rules/composition.h"
#include "core/rules/designationrules.h"
#include "historybuilder.h"

#include <QTest>

using namespace tavolo;

class TestDesignationRules : public QObject
{
    Q_OBJECT
    const QDate jan1 {2025, 1, 1};

private slots:
    // Issue 12: the mayors' president designated for a volunteer association without a word.
    // A person of another organisation, or an office holder, is designated with a warning that
    // names the mismatch; one of the organisation's own people, or someone of none, is not.
    void anotherOrganisationsPersonOrAnOfficeHolderWarns_RE()
    {
        HistoryBuilder b;
        const qint64 odv =
            b.organisation(QStringLiteral("ODV Aiuto"), Category::VolunteerOrganisation);
        const qint64 coop =
            b.organisation(QStringLiteral("Coop Beta"), Category::SocialCooperative);
        const qint64 own = b.person(QStringLiteral("Olga Odv"));
        const qint64 outsider = b.person(QStringLiteral("Carlo Coop"));
        const qint64 free = b.person(QStringLiteral("Franca Libera"));
        const qint64 president = b.person(QStringLiteral("Paolo Sindaco"));
        b.h.personOrganisations.insert(own, odv);
        b.h.personOrganisations.insert(outsider, coop);
        b.office(Office::MayorsPresident, president, jan1);

        QVERIFY(DesignationRules::problems(b.h, b.designation(odv, own, jan1)).isEmpty());
        QVERIFY(DesignationRules::problems(b.h, b.designation(odv, free, jan1)).isEmpty());
        const Problems other = DesignationRules::problems(b.h, b.designation(odv, outsider, jan1));
        QCOMPARE(warnings(other), QStringList {QStringLiteral("R-E")});
        QVERIFY(refusals(other).isEmpty());
        QVERIFY(other.first().message.contains(QStringLiteral("Coop Beta")));
        QVERIFY(other.first().message.contains(QStringLiteral("ODV Aiuto")));
        const Problems holder =
            DesignationRules::problems(b.h, b.designation(odv, president, jan1));
        QCOMPARE(warnings(holder), QStringList {QStringLiteral("R-E")});
        QVERIFY(holder.first().message.contains(Offices::label(Office::MayorsPresident)));
        // An office that ended before the term starts is no mismatch.
        b.h.officeTerms.first().period.to = jan1.addDays(-1);
        QVERIFY(DesignationRules::problems(b.h, b.designation(odv, president, jan1)).isEmpty());
    }

    void thirdCooperativeRefusedWhileTwoInOffice_RE()
    {
        HistoryBuilder b;
        const qint64 c1 = b.organisation(QStringLiteral("Coop Alfa"), Category::SocialCooperative);
        const qint64 c2 = b.organisation(QStringLiteral("Coop Beta"), Category::SocialCooperative);
        const qint64 c3 = b.organisation(QStringLiteral("Coop Gamma"), Category::SocialCooperative);
        b.designate(c1, b.person(QStringLiteral("Anna Gallo")), jan1);
        const qint64 ending = b.designate(c2, b.person(QStringLiteral("Luca Conti")), jan1);
        const qint64 third = b.person(QStringLiteral("Sara De Luca"));

        const Problems refused =
            DesignationRules::problems(b.h, b.designation(c3, third, QDate(2025, 6, 1)));
        QCOMPARE(refusals(refused), QStringList {QStringLiteral("R-E")});
        // The sentence names the category, its seats and who holds them.
        QVERIFY(refused.first().message.contains(QStringLiteral("Anna Gallo")));
        QVERIFY(refused.first().message.contains(QStringLiteral("Luca Conti")));
        QVERIFY(refused.first().message.contains(QStringLiteral("2")));

        // One ends on 31 May: a designation from 1 June is accepted, from 31 May is not.
        b.h.designations[1].period.to = QDate(2025, 5, 31);
        QVERIFY(b.h.designations[1].id == ending);
        QVERIFY(
            refusals(DesignationRules::problems(b.h, b.designation(c3, third, QDate(2025, 6, 1))))
                .isEmpty());
        QCOMPARE(
            refusals(DesignationRules::problems(b.h, b.designation(c3, third, QDate(2025, 5, 31)))),
            QStringList {QStringLiteral("R-E")});
    }

    void futureTermOverlappingALaterOneRefused_RE()
    {
        HistoryBuilder b;
        const qint64 odv1 =
            b.organisation(QStringLiteral("ODV 1"), Category::VolunteerOrganisation);
        const qint64 odv2 =
            b.organisation(QStringLiteral("ODV 2"), Category::VolunteerOrganisation);
        const qint64 odv3 =
            b.organisation(QStringLiteral("ODV 3"), Category::VolunteerOrganisation);
        b.designate(odv1, b.person(QStringLiteral("A")), jan1);
        // A second seat taken only from 2026: a new open term from 2025 collides in 2026.
        b.designate(odv2, b.person(QStringLiteral("B")), QDate(2026, 1, 1));
        const qint64 c = b.person(QStringLiteral("C"));
        QCOMPARE(
            refusals(DesignationRules::problems(b.h, b.designation(odv3, c, QDate(2025, 3, 1)))),
            QStringList {QStringLiteral("R-E")});
        // Ending before the later term starts fits.
        QVERIFY(refusals(DesignationRules::problems(
                             b.h, b.designation(odv3, c, QDate(2025, 3, 1), QDate(2025, 12, 31))))
                    .isEmpty());
    }

    void onePersonOneSeat_RE()
    {
        HistoryBuilder b;
        const qint64 p = b.person(QStringLiteral("Anna Gallo"));
        b.designate(b.organisation(QStringLiteral("APS"), Category::SocialPromotionAssociation), p,
                    jan1, QDate(2025, 12, 31));
        const qint64 patronage = b.organisation(QStringLiteral("Patronato"), Category::Patronage);
        QCOMPARE(refusals(DesignationRules::problems(
                     b.h, b.designation(patronage, p, QDate(2025, 12, 31)))),
                 QStringList {QStringLiteral("R-E")});
        QVERIFY(refusals(
                    DesignationRules::problems(b.h, b.designation(patronage, p, QDate(2026, 1, 1))))
                    .isEmpty());
    }

    void formalActAndCategoryRequired_RE()
    {
        HistoryBuilder b;
        const qint64 p = b.person(QStringLiteral("P"));
        const qint64 school = b.organisation(QStringLiteral("Scuola"), Category::Other);
        QCOMPARE(refusals(DesignationRules::problems(b.h, b.designation(school, p, jan1))),
                 QStringList {QStringLiteral("R-E")});
        Designation noAct =
            b.designation(b.organisation(QStringLiteral("Forum"), Category::FamilyForum), p, jan1);
        noAct.actDate = QDate();
        noAct.actReference.clear();
        QCOMPARE(refusals(DesignationRules::problems(b.h, noAct)).size(), 2);
    }

    // The act may be dated the day the term starts, or before; a day after is a warning (R-E).
    void actDatedAfterTheStartWarns_RE()
    {
        HistoryBuilder b;
        const qint64 forum = b.organisation(QStringLiteral("Forum"), Category::FamilyForum);
        const qint64 p = b.person(QStringLiteral("P"));
        Designation d = b.designation(forum, p, QDate(2025, 3, 1));
        d.actDate = QDate(2025, 3, 1);
        QVERIFY(DesignationRules::problems(b.h, d).isEmpty());
        d.actDate = QDate(2025, 2, 28);
        QVERIFY(DesignationRules::problems(b.h, d).isEmpty());
        d.actDate = QDate(2025, 3, 2);
        const Problems late = DesignationRules::problems(b.h, d);
        QCOMPARE(warnings(late), QStringList {QStringLiteral("R-E")});
        QVERIFY(refusals(late).isEmpty());
        QCOMPARE(late.first().field, QStringLiteral("actDate"));
        QCOMPARE(late.first().message,
                 QStringLiteral("The act is dated 02/03/2025, after the term starts (01/03/2025): "
                                "check the dates."));
        // A designation refused for its seat gets no warning on top.
        b.designate(b.organisation(QStringLiteral("APS"), Category::SocialPromotionAssociation), p,
                    jan1);
        const Problems refused = DesignationRules::problems(b.h, d);
        QCOMPARE(refusals(refused), QStringList {QStringLiteral("R-E")});
        QCOMPARE(warnings(refused), QStringList());
    }

    void datesInTheWrongOrderRefused()
    {
        HistoryBuilder b;
        const Designation d =
            b.designation(b.organisation(QStringLiteral("Forum"), Category::FamilyForum),
                          b.person(QStringLiteral("P")), QDate(2025, 5, 1), QDate(2025, 4, 30));
        QCOMPARE(refusals(DesignationRules::problems(b.h, d)),
                 QStringList {QStringLiteral("DATES")});
    }

    void endingKeepsHistoryAndIsNotExtended_RJ()
    {
        HistoryBuilder b;
        const qint64 id =
            b.designate(b.organisation(QStringLiteral("Forum"), Category::FamilyForum),
                        b.person(QStringLiteral("P")), jan1, QDate(2025, 6, 30));
        QCOMPARE(refusals(DesignationRules::endProblems(b.h, id, QDate(2025, 7, 1))),
                 QStringList {QStringLiteral("R-J")});
        QVERIFY(DesignationRules::endProblems(b.h, id, QDate(2025, 6, 1)).isEmpty());
        QCOMPARE(refusals(DesignationRules::endProblems(b.h, id, QDate(2024, 12, 31))),
                 QStringList {QStringLiteral("DATES")});
    }

    void compositionAnsweredAsOfPastDates_RJ()
    {
        HistoryBuilder b;
        const qint64 forum = b.organisation(QStringLiteral("Forum"), Category::FamilyForum);
        const qint64 first = b.person(QStringLiteral("First"));
        const qint64 second = b.person(QStringLiteral("Second"));
        b.designate(forum, first, QDate(2012, 1, 1), QDate(2014, 12, 31));
        b.designate(forum, second, QDate(2021, 1, 1));
        QCOMPARE(CompositionRules::compositionOn(b.h, QDate(2013, 3, 3)).representatives(),
                 QList<qint64> {first});
        QVERIFY(
            CompositionRules::compositionOn(b.h, QDate(2018, 1, 1)).representatives().isEmpty());
        QCOMPARE(CompositionRules::compositionOn(b.h, QDate(2023, 1, 1)).representatives(),
                 QList<qint64> {second});
    }
};

QTEST_GUILESS_MAIN(TestDesignationRules)
#include "tst_designationrules.moc"

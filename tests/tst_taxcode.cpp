#include "core/domain/taxcode.h"

#include <QTest>

using namespace tavolo;

class TestTaxCode : public QObject
{
    Q_OBJECT
private slots:
    void bodyCodes_data();
    void bodyCodes();
    void personCodes_data();
    void personCodes();
    void normalisation();
};

void TestTaxCode::bodyCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Comune di Sondrio (seed 001)") << QStringLiteral("00095450144") << true;
    QTest::newRow("check digit off by one") << QStringLiteral("00095450145") << false;
    QTest::newRow("two digits swapped") << QStringLiteral("00059450144") << false;
    QTest::newRow("ten digits") << QStringLiteral("0009545014") << false;
    QTest::newRow("twelve digits") << QStringLiteral("000954501440") << false;
    QTest::newRow("letter inside") << QStringLiteral("0009545O144") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("all zeros") << QStringLiteral("00000000000") << true;
    QTest::newRow("Comune di Milano") << QStringLiteral("01199250158") << true;
}

void TestTaxCode::bodyCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(TaxCode::isValidBody(code), valid);
    if (!valid)
        QVERIFY(!TaxCode::bodyError(code)->isEmpty());
}

void TestTaxCode::personCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("textbook example") << QStringLiteral("RSSMRA85T10A562S") << true;
    QTest::newRow("wrong check letter") << QStringLiteral("RSSMRA85T10A562T") << false;
    // Omocodia: the last digit 2 becomes N, and the check letter follows.
    QTest::newRow("omocode, one substitution") << QStringLiteral("RSSMRA85T10A56NH") << true;
    QTest::newRow("omocode, all seven substituted") << QStringLiteral("RSSMRAURTMLARSNL") << true;
    QTest::newRow("omocode letter not in LMNPQRSTUV")
        << QStringLiteral("RSSMRA85T10A56AH") << false;
    QTest::newRow("female day 41-71") << QStringLiteral("BNCLRA90A41F205I") << true;
    QTest::newRow("impossible day 32") << QStringLiteral("RSSMRA85T32A562S") << false;
    QTest::newRow("month letter Z") << QStringLiteral("RSSMRA85Z10A562S") << false;
    QTest::newRow("fifteen characters") << QStringLiteral("RSSMRA85T10A562") << false;
    QTest::newRow("digit where a letter goes") << QStringLiteral("R5SMRA85T10A562S") << false;
}

void TestTaxCode::personCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(TaxCode::isValidPerson(code), valid);
}

void TestTaxCode::normalisation()
{
    QCOMPARE(TaxCode::normalised(QStringLiteral(" rss mra 85t10 a562s ")),
             QStringLiteral("RSSMRA85T10A562S"));
    QVERIFY(TaxCode::isValidPerson(TaxCode::normalised(QStringLiteral("rssmra85t10a562s"))));
}

QTEST_GUILESS_MAIN(TestTaxCode)
#include "tst_taxcode.moc"

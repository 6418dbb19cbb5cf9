// Windows-safe file names for the exported letters.

#include "core/documents/safefilename.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tavolo::documents;

class TestFileNames : public QObject
{
    Q_OBJECT
private slots:
    void cleaning_data();
    void cleaning();
    void reservedNames_data();
    void reservedNames();
    void lengthIsCapped();
    void uniqueWithinTheRunAndTheFolder();
    void everyOutputIsSafe();
};

void TestFileNames::cleaning_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Convocazione 2015-03-12 - Mario Rossi")
                           << QStringLiteral("Convocazione 2015-03-12 - Mario Rossi.pdf");
    QTest::newRow("forbidden characters")
        << QStringLiteral("a:b/c\\d*e?f\"g<h>i|j") << QStringLiteral("a-b-c-d-e-f-g-h-i-j.pdf");
    QTest::newRow("control characters")
        << QStringLiteral("Rossi\tMario\nBis\x01x") << QStringLiteral("Rossi Mario Bis x.pdf");
    QTest::newRow("trailing dots and spaces")
        << QStringLiteral("Soc. Coop. . . ") << QStringLiteral("Soc. Coop.pdf");
    QTest::newRow("accents kept") << QStringLiteral("Comunità – Società cooperativa")
                                  << QStringLiteral("Comunità – Società cooperativa.pdf");
    QTest::newRow("right-to-left override") << (QStringLiteral("Mario Rossi") + QChar(0x202E)
                                                + QStringLiteral("fdp.exe") + QChar(0x202C))
                                            << QStringLiteral("Mario Rossifdp.exe.pdf");
    QTest::newRow("zero-width and bidi marks")
        << (QStringLiteral("Ros") + QChar(0x200B) + QStringLiteral("si") + QChar(0x2066)
            + QChar(0xFEFF))
        << QStringLiteral("Rossi.pdf");
    QTest::newRow("empty") << QString() << QStringLiteral("documento.pdf");
    QTest::newRow("only forbidden dots")
        << QStringLiteral("...") << QStringLiteral("documento.pdf");
}

void TestFileNames::cleaning()
{
    QFETCH(QString, stem);
    QFETCH(QString, expected);
    QCOMPARE(safefilename::make(stem, QStringLiteral("pdf")), expected);
}

void TestFileNames::reservedNames_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("expected");
    QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("CON_.pdf");
    QTest::newRow("nul lower case") << QStringLiteral("nul") << QStringLiteral("nul_.pdf");
    QTest::newRow("COM1") << QStringLiteral("COM1") << QStringLiteral("COM1_.pdf");
    QTest::newRow("LPT9") << QStringLiteral("Lpt9") << QStringLiteral("Lpt9_.pdf");
    QTest::newRow("AUX with extension")
        << QStringLiteral("aux.txt") << QStringLiteral("aux.txt_.pdf");
    QTest::newRow("PRN with trailing dot") << QStringLiteral("PRN.") << QStringLiteral("PRN_.pdf");
    QTest::newRow("COM10 is not reserved")
        << QStringLiteral("COM10") << QStringLiteral("COM10.pdf");
    QTest::newRow("CONSORZIO is not reserved")
        << QStringLiteral("CONSORZIO") << QStringLiteral("CONSORZIO.pdf");
}

void TestFileNames::reservedNames()
{
    QFETCH(QString, stem);
    QFETCH(QString, expected);
    QCOMPARE(safefilename::make(stem, QStringLiteral("pdf")), expected);
}

void TestFileNames::lengthIsCapped()
{
    const QString longName = QStringLiteral("Convocazione 2015-03-12 - ")
        + QStringLiteral("Associazione di Promozione Sociale ").repeated(6);
    const QString name = safefilename::make(longName, QStringLiteral("pdf"));
    QVERIFY(name.size() <= safefilename::MaxLength);
    QVERIFY(name.endsWith(QLatin1String(".pdf")));
    // Cut at the end of a word, and said so: the stem is the long name up to one of its
    // spaces, then "…".
    const QString stem = name.chopped(4);
    QVERIFY2(stem.endsWith(QChar(0x2026)), qPrintable(name));
    QVERIFY2(longName.startsWith(stem.chopped(1) + QLatin1Char(' ')), qPrintable(name));
    QVERIFY(stem.size() >= safefilename::MaxLength / 2);
    // A cut never splits a surrogate pair.
    const QString emoji = QString(96, QLatin1Char('a')) + QStringLiteral("😀😀");
    const QString cut = safefilename::make(emoji, QStringLiteral("pdf"));
    QVERIFY(cut.size() <= safefilename::MaxLength);
    QVERIFY(cut.endsWith(QStringLiteral("….pdf")));
    QVERIFY(!cut.chopped(5).back().isHighSurrogate());
}

void TestFileNames::uniqueWithinTheRunAndTheFolder()
{
    QTemporaryDir dir;
    QFile existing(dir.filePath(QStringLiteral("Convocazione - Mario Rossi.pdf")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    QSet<QString> taken;
    const QString stem = QStringLiteral("Convocazione - Mario Rossi");
    QCOMPARE(safefilename::unique(stem, QStringLiteral("pdf"), dir.path(), taken),
             QStringLiteral("Convocazione - Mario Rossi (2).pdf"));
    // Windows ignores case: "ROSSI" collides with "Rossi".
    QCOMPARE(safefilename::unique(QStringLiteral("Convocazione - Mario ROSSI"),
                                  QStringLiteral("pdf"), dir.path(), taken),
             QStringLiteral("Convocazione - Mario ROSSI (3).pdf"));
    // The counter stays visible on a name cut to length.
    const QString longStem = QString(120, QLatin1Char('x'));
    QSet<QString> fresh;
    const QString first = safefilename::unique(longStem, QStringLiteral("pdf"), QString(), fresh);
    const QString second = safefilename::unique(longStem, QStringLiteral("pdf"), QString(), fresh);
    QCOMPARE(first.size(), safefilename::MaxLength);
    QCOMPARE(second.size(), safefilename::MaxLength);
    QVERIFY(second.endsWith(QLatin1String(" (2).pdf")));
}

void TestFileNames::everyOutputIsSafe()
{
    const QStringList inputs = {QStringLiteral(" CON "),
                                QStringLiteral("a\x7f"
                                               "b"),
                                QStringLiteral("x.  "), QStringLiteral("?*?"),
                                QStringLiteral("Ente \"Il Ponte\" / sede: Sondrio")};
    for (const QString &input : inputs) {
        const QString name = safefilename::make(input, QStringLiteral("pdf"));
        const QString stem = name.chopped(4);
        QVERIFY2(!stem.isEmpty(), qPrintable(input));
        for (const QChar c : name) {
            QVERIFY(!QStringLiteral("<>:\"/\\|?*").contains(c));
            QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f);
        }
        QVERIFY(!stem.endsWith(QLatin1Char('.')) && !stem.endsWith(QLatin1Char(' ')));
        // Windows' device names, written out here (not taken from the code under test): not
        // even with an extension after them.
        static const QStringList reserved = {
            QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),
            QStringLiteral("NUL"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
            QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("COM5"),
            QStringLiteral("COM6"), QStringLiteral("COM7"), QStringLiteral("COM8"),
            QStringLiteral("COM9"), QStringLiteral("LPT1"), QStringLiteral("LPT2"),
            QStringLiteral("LPT3"), QStringLiteral("LPT4"), QStringLiteral("LPT5"),
            QStringLiteral("LPT6"), QStringLiteral("LPT7"), QStringLiteral("LPT8"),
            QStringLiteral("LPT9")};
        QVERIFY2(
            !reserved.contains(stem.section(QLatin1Char('.'), 0, 0).trimmed(), Qt::CaseInsensitive),
            qPrintable(name));
        QVERIFY(name.size() <= safefilename::MaxLength);
    }
}

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_filenames.moc"

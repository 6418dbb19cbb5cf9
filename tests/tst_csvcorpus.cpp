// Replays the fuzz corpus (fuzz/corpus/csv) through the fuzz target's own checks, so that every
// input the fuzzer kept stays a regression test in the normal build, without clang; and reads
// the hand-made seeds of the corpus, whose records are written out here.
#include "core/io/csvreader.h"

#include <QDir>
#include <QFile>
#include <QTest>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

using namespace tavolo;

namespace {

QByteArray corpusFile(const QString &name)
{
    QFile file(QDir(QStringLiteral(TAVOLO_FUZZ_CORPUS)).filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCsvCorpus : public QObject
{
    Q_OBJECT
private slots:
    void replaysEveryInput()
    {
        const QDir corpus(QStringLiteral(TAVOLO_FUZZ_CORPUS));
        const QStringList files = corpus.entryList(QDir::Files);
        QVERIFY(files.size() >= 5);
        int read = 0;
        for (const QString &name : files) {
            const QByteArray bytes = corpusFile(name);
            // The target std::abort()s on a broken invariant: the test then fails with a crash.
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            read += CsvReader::read(bytes).isOk() ? 1 : 0;
        }
        // Both kinds of input are in the corpus: some read as records, some refused.
        QVERIFY(read > 0);
        QVERIFY(read < files.size());
    }

    void seedsGiveTheirRecords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::newRow("semicolon, CRLF")
            << QStringLiteral("semicolon_crlf.csv") << QStringLiteral(";")
            << QList<QStringList> {
                   {QStringLiteral("Denominazione"), QStringLiteral("Codice fiscale"),
                    QStringLiteral("Categoria"), QStringLiteral("PEC")},
                   {QStringLiteral("Cooperativa Alfa"), QStringLiteral("00095450144"),
                    QStringLiteral("social-cooperative"), QStringLiteral("alfa@pec.it")}};
        // The header sets ',' apart; the record after it uses ';', so after the quoted "Beta, ODV"
        // the rest of the line is text of the same field, not new fields.
        QTest::newRow("UTF-8 with BOM, comma, then semicolons")
            << QStringLiteral("utf8_bom_comma.csv") << QStringLiteral(",")
            << QList<QStringList> {
                   {QStringLiteral("name"), QStringLiteral("taxCode"), QStringLiteral("category")},
                   {QStringLiteral("Beta, ODV;01234567897;volunteer-organisation")}};
        QTest::newRow("Windows-1252")
            << QStringLiteral("windows1252.csv") << QStringLiteral(";")
            << QList<QStringList> {
                   {QStringLiteral("Denominazione"), QStringLiteral("Comune")},
                   {QStringLiteral("Coop. Solidarità"), QStringLiteral("Morbegno")},
                   {QStringLiteral("Fondazione € e “virgolette”"), QStringLiteral("Chiavenna")}};
    }

    void seedsGiveTheirRecords()
    {
        QFETCH(QString, file);
        QFETCH(QString, separator);
        QFETCH(QList<QStringList>, records);
        const auto table = CsvReader::read(corpusFile(file));
        QVERIFY(table.isOk());
        QCOMPARE(QString(table.value().separator), separator);
        QList<QStringList> fields;
        for (const CsvRow &row : table.value().rows)
            fields << row.fields;
        QCOMPARE(fields, records);
    }

    void unterminatedQuoteIsRefused()
    {
        QVERIFY(!CsvReader::read(corpusFile(QStringLiteral("unterminated.csv"))).isOk());
    }
};

QTEST_GUILESS_MAIN(TestCsvCorpus)
#include "tst_csvcorpus.moc"

// The CSV reader (core/io): what Italian Excel and LibreOffice write.
#include "core/io/csvreader.h"
#include "core/io/csvwriter.h"
#include "core/io/windows1252.h"

#include <QTest>

using namespace tavolo;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void semicolonCrlf();
    void detectsComma();
    void detectsTab();
    void quotedNewlinesAndDoubledQuotes();
    void utf8WithAndWithoutBom();
    void invalidUtf8IsWindows1252();
    void windows1252Table();
    void utf16WithBom();
    void blankLinesSkippedAndLinesCounted();
    void unterminatedQuoteIsRefused();
    void lenientQuotes();
    void writerRoundTrip();
    void formulasAreWrittenAsText();
    void mixedEncodingsAreRefused();
};

void TestCsvReader::semicolonCrlf()
{
    const auto table = CsvReader::read("a;b;c\r\n1;2;3\r\n");
    QVERIFY(table);
    QCOMPARE(table.value().separator, QLatin1Char(';'));
    QCOMPARE(table.value().rows.size(), 2);
    QCOMPARE(table.value().rows[1].fields, strings({"1", "2", "3"}));
    QCOMPARE(table.value().rows[1].line, 2);
}

void TestCsvReader::detectsComma()
{
    const auto table = CsvReader::read("name,\"Alfa; Beta\",x\n1,2,3\n");
    QVERIFY(table);
    QCOMPARE(table.value().separator, QLatin1Char(','));
    QCOMPARE(table.value().rows[0].fields, strings({"name", "Alfa; Beta", "x"}));
    // A tie, or no separator at all: ';' as Italian Excel writes.
    QCOMPARE(CsvReader::detectSeparator(QStringLiteral("a;b,c")), QLatin1Char(';'));
    QCOMPARE(CsvReader::detectSeparator(QStringLiteral("Denominazione")), QLatin1Char(';'));
}

void TestCsvReader::detectsTab()
{
    QCOMPARE(CsvReader::detectSeparator(QStringLiteral("a\tb\tc,d")), QLatin1Char('\t'));
}

void TestCsvReader::quotedNewlinesAndDoubledQuotes()
{
    const auto table =
        CsvReader::read("n;note\r\n\"Coop \"\"Alfa\"\"\";\"riga 1\r\nriga 2\"\r\nx;y\r\n");
    QVERIFY(table);
    const auto &rows = table.value().rows;
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].fields.at(0), QStringLiteral("Coop \"Alfa\""));
    QCOMPARE(rows[1].fields.at(1), QStringLiteral("riga 1\r\nriga 2"));
    QCOMPARE(rows[1].line, 2);
    QCOMPARE(rows[2].line, 4); // the quoted line break counts
}

void TestCsvReader::utf8WithAndWithoutBom()
{
    const QByteArray text = "Citt\xc3\xa0;Perch\xc3\xa9\n";
    const auto plain = CsvReader::read(text);
    const auto bom = CsvReader::read("\xef\xbb\xbf" + text);
    QVERIFY(plain && bom);
    QCOMPARE(plain.value().encoding, QStringLiteral("UTF-8"));
    QCOMPARE(bom.value().encoding, QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(plain.value().rows[0].fields.at(0), QString::fromUtf8("Città"));
    QCOMPARE(bom.value().rows[0].fields, plain.value().rows[0].fields);
}

void TestCsvReader::invalidUtf8IsWindows1252()
{
    const auto table = CsvReader::read("Societ\xe0;\x80 5;\x93s\xec\x94\r\n");
    QVERIFY(table);
    QCOMPARE(table.value().encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(table.value().rows[0].fields,
             (QStringList {QString::fromUtf8("Società"), QString::fromUtf8("€ 5"),
                           QString::fromUtf8("“sì”")}));
}

void TestCsvReader::windows1252Table()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString text = Windows1252::decode(all);
    QCOMPARE(text.size(), 256);
    QCOMPARE(text.at(0x41), QLatin1Char('A'));
    QCOMPARE(text.at(0x80), QChar(0x20AC));
    QCOMPARE(text.at(0x8A), QChar(0x0160));
    QCOMPARE(text.at(0x9F), QChar(0x0178));
    QCOMPARE(text.at(0x81), QChar(0x0081)); // undefined in 1252: kept as the C1 control
    QCOMPARE(text.at(0xE8), QChar(0x00E8)); // è: as Latin-1 above 0x9F
}

void TestCsvReader::utf16WithBom()
{
    const QString text = QStringLiteral("a\tb\r\nc\td\r\n");
    QByteArray bytes("\xff\xfe", 2);
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto table = CsvReader::read(bytes);
    QVERIFY(table);
    QCOMPARE(table.value().encoding, QStringLiteral("UTF-16"));
    QCOMPARE(table.value().separator, QLatin1Char('\t'));
    QCOMPARE(table.value().rows[1].fields, strings({"c", "d"}));
}

void TestCsvReader::blankLinesSkippedAndLinesCounted()
{
    const auto table = CsvReader::read("h1;h2\n\n;\n\"\";\"\"\nx;y\rz;w");
    QVERIFY(table);
    const auto &rows = table.value().rows;
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1].line, 5);
    QCOMPARE(rows[2].line, 6); // a lone CR ends a line too
    QCOMPARE(rows[2].fields, strings({"z", "w"}));
}

void TestCsvReader::unterminatedQuoteIsRefused()
{
    const auto table = CsvReader::read("a;b\n1;\"open\n2;3\n");
    QVERIFY(!table);
    QCOMPARE(table.problems().first().rule, QStringLiteral("CSV"));
    QVERIFY(table.problems().first().message.contains(QLatin1String("line 2")));
}

void TestCsvReader::lenientQuotes()
{
    const auto table = CsvReader::read("a\"b;\"c\"d;\"\"\n");
    QVERIFY(table);
    QCOMPARE(table.value().rows[0].fields, strings({"a\"b", "cd", ""}));
}

void TestCsvReader::writerRoundTrip()
{
    const QList<QStringList> rows {strings({"a;b", "say \"hi\"", " padded "}),
                                   strings({"line\nbreak", "", "x\r\ny"}),
                                   strings({"plain", "", ""})};
    const QString text = CsvWriter::table(rows, QLatin1Char(';'));
    QVERIFY(text.endsWith(QLatin1String("\r\n")));
    const auto back = CsvReader::parse(text, QLatin1Char(';'));
    QVERIFY(back);
    QCOMPARE(back.value().size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(back.value().at(i).fields, rows.at(i));
}

void TestCsvReader::formulasAreWrittenAsText()
{
    // CWE-1236: what a spreadsheet would run is written with a leading apostrophe.
    const QStringList cells = strings({"=HYPERLINK(\"http://x\")", "+39 333", "-2+3", "@SUM(A1)",
                                       "\t=1", "\r=1", "plain", "a=b", ""});
    const auto back = CsvReader::parse(CsvWriter::row(cells, QLatin1Char(';')), QLatin1Char(';'));
    QVERIFY(back);
    const QStringList read = back.value().at(0).fields;
    QCOMPARE(read.size(), cells.size());
    for (int i = 0; i < 6; ++i)
        QCOMPARE(read.at(i), QLatin1Char('\'') + cells.at(i));
    QCOMPARE(read.at(6), QStringLiteral("plain"));
    QCOMPARE(read.at(7), QStringLiteral("a=b"));
}

void TestCsvReader::mixedEncodingsAreRefused()
{
    // Line 2 written by a UTF-8 program, line 3 by Italian Excel ("ANSI"): read as one
    // encoding, one of the two garbles ("SocietÃ  Cooperativa").
    const QByteArray mixed = "nome;comune\r\nSociet\xc3\xa0 Cooperativa;Sondrio\r\n"
                             "Universit\xe0 Popolare;Tirano\r\n";
    const auto refused = CsvReader::read(mixed);
    QVERIFY(!refused);
    QCOMPARE(refused.problems().size(), 1);
    const QString message = refused.problems().constFirst().message;
    QVERIFY2(message.contains(QStringLiteral("line 2"))
                 && message.contains(QStringLiteral("line 3")),
             qPrintable(message));
    // Each alone is read, as before.
    QVERIFY(CsvReader::read("nome\r\nSociet\xc3\xa0\r\n"));
    QVERIFY(CsvReader::read("nome\r\nUniversit\xe0\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

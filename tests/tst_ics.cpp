// Calendar file (RFC 5545) of a meeting, checked by python3-icalendar and byte by byte.

#include "core/documents/icswriter.h"
#include "documentsamples.h"
#include "hosttools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tavolo::documents;

class TestIcs : public QObject
{
    Q_OBJECT
private slots:
    void escaping_data();
    void escaping();
    void foldingKeepsUtf8Whole();
    void shortLinesAreNotFolded();
    void calendarParsesWithTheRightZoneAndAgenda();
    void summerMeetingIsPlusTwo();
    void onlineMeetingUsesTheLinkAsLocation();
    void unwritablePathIsRefused();
    void meetingWithoutTimeIsAllDay();
    void addressesCannotAddProperties();

private:
    static QJsonObject parsed(const QByteArray &ics);
};

QJsonObject TestIcs::parsed(const QByteArray &ics)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("meeting.ics"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(ics);
    file.close();
    // Debian's python3 with python3-icalendar (hosttools: also from the Windows build, under Wine).
    const hosttools::Run run =
        hosttools::run(QStringLiteral("python3"),
                       {hosttools::hostPath(QStringLiteral(TAVOLO_TESTS_DIR "/ics_check.py")),
                        hosttools::hostPath(path)},
                       30000);
    if (!run.started || run.exitCode != 0) {
        qWarning() << run.err;
        return {};
    }
    return QJsonDocument::fromJson(run.out).object();
}

void TestIcs::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comma") << QStringLiteral("Sala A, piano 1")
                           << QStringLiteral("Sala A\\, piano 1");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::newRow("backslash first")
        << QStringLiteral("C:\\dati;x") << QStringLiteral("C:\\\\dati\\;x");
    QTest::newRow("newline") << QStringLiteral("1. uno\n2. due")
                             << QStringLiteral("1. uno\\n2. due");
    QTest::newRow("CRLF is one newline") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
    QTest::newRow("colon stays") << QStringLiteral("ore 16:30") << QStringLiteral("ore 16:30");
    QTest::newRow("tab is a control") << QStringLiteral("a\tb") << QStringLiteral("a b");
}

void TestIcs::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(IcsWriter::escapeText(text), expected);
}

void TestIcs::foldingKeepsUtf8Whole()
{
    // "à" is two octets: put one across the 75-octet boundary at every offset.
    for (int prefix = 60; prefix < 80; ++prefix) {
        const QByteArray line =
            QByteArray(prefix, 'x') + QStringLiteral("àèìòù€𝄞").repeated(20).toUtf8();
        const QByteArray folded = IcsWriter::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        QByteArray unfolded;
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            if (part.endsWith('\r'))
                part.chop(1);
            QVERIFY2(part.size() <= 75, qPrintable(QString::number(part.size())));
            if (i > 0) {
                QVERIFY(part.startsWith(' '));
                part.remove(0, 1);
            }
            // No part starts with a UTF-8 continuation byte: nothing was split.
            QVERIFY(part.isEmpty() || (static_cast<unsigned char>(part.at(0)) & 0xC0) != 0x80);
            QVERIFY(QString::fromUtf8(part).toUtf8() == part);
            unfolded += part;
        }
        QCOMPARE(unfolded, line);
    }
}

void TestIcs::shortLinesAreNotFolded()
{
    const QByteArray exact(75, 'a');
    QCOMPARE(IcsWriter::foldLine(exact), exact + "\r\n");
    QCOMPARE(IcsWriter::foldLine(exact + 'b'), exact + "\r\n b\r\n");
}

void TestIcs::calendarParsesWithTheRightZoneAndAgenda()
{
    auto meeting = samples::ordinaryMeeting();
    meeting.agenda << QStringLiteral("Nota con virgola, punto e virgola; e barra \\ rovescia");
    const QByteArray ics =
        IcsWriter::calendar(meeting, samples::letterhead(), samples::recipients(),
                            QDateTime(QDate(2015, 3, 2), QTime(9, 0), Qt::UTC));
    QVERIFY(ics.contains("DTSTAMP:20150302T090000Z\r\n"));
    QVERIFY(ics.contains("DTSTART;TZID=Europe/Rome:20150312T163000\r\n"));
    QVERIFY(ics.contains("DTEND;TZID=Europe/Rome:20150312T183000\r\n"));
    const QJsonObject o = parsed(ics);
    QVERIFY2(!o.isEmpty(), "python3-icalendar could not parse the file");
    QVERIFY(o.value(QStringLiteral("crlf")).toBool());
    QVERIFY(o.value(QStringLiteral("utf8")).toBool());
    QVERIFY(o.value(QStringLiteral("maxOctets")).toInt() <= 75);
    QCOMPARE(o.value(QStringLiteral("timezones")).toArray().first().toString(),
             QStringLiteral("Europe/Rome"));
    QCOMPARE(o.value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Rome"));
    QCOMPARE(o.value(QStringLiteral("start")).toString(),
             QStringLiteral("2015-03-12T16:30:00+01:00"));
    QCOMPARE(o.value(QStringLiteral("end")).toString(),
             QStringLiteral("2015-03-12T18:30:00+01:00"));
    QCOMPARE(o.value(QStringLiteral("uid")).toString(), QStringLiteral("meeting-12@tavolo"));
    QCOMPARE(o.value(QStringLiteral("location")).toString(), meeting.place);
    const QString description = o.value(QStringLiteral("description")).toString();
    for (qsizetype i = 0; i < meeting.agenda.size(); ++i)
        QVERIFY2(
            description.contains(QStringLiteral("%1. %2\n").arg(i + 1).arg(meeting.agenda.at(i)))
                || description.endsWith(
                    QStringLiteral("%1. %2").arg(i + 1).arg(meeting.agenda.at(i))),
            qPrintable(description));
    for (const QString &material : meeting.materials)
        QVERIFY(description.contains(material));
    QCOMPARE(o.value(QStringLiteral("organizer")).toString(),
             QStringLiteral("mailto:ufficiodipiano@pec.cmsondrio.it"));
    // The ASL director has only a postal address: no ATTENDEE line for him.
    const QJsonArray attendees = o.value(QStringLiteral("attendees")).toArray();
    QCOMPARE(attendees.size(), 2);
    QCOMPARE(attendees.at(0).toString(), QStringLiteral("mailto:segreteria@pec.example.it"));
    QCOMPARE(o.value(QStringLiteral("attendeeNames")).toArray().at(1).toString(),
             QStringLiteral("Lucia Neri"));
    QVERIFY(ics.contains("ROLE=OPT-PARTICIPANT")); // the guest (R-F)
}

void TestIcs::summerMeetingIsPlusTwo()
{
    auto meeting = samples::ordinaryMeeting();
    meeting.date = QDate(2024, 7, 4);
    meeting.time = QTime(23, 0);
    meeting.durationMinutes = 90;
    const QJsonObject o = parsed(IcsWriter::calendar(meeting, samples::letterhead(), {}));
    QCOMPARE(o.value(QStringLiteral("start")).toString(),
             QStringLiteral("2024-07-04T23:00:00+02:00"));
    QCOMPARE(o.value(QStringLiteral("end")).toString(),
             QStringLiteral("2024-07-05T00:30:00+02:00"));
}

void TestIcs::onlineMeetingUsesTheLinkAsLocation()
{
    auto meeting = samples::ordinaryMeeting();
    meeting.place.clear();
    meeting.onlineLink = QStringLiteral("https://meet.example.it/tavolo?id=1,2;3");
    const QJsonObject o = parsed(IcsWriter::calendar(meeting, samples::letterhead(), {}));
    QCOMPARE(o.value(QStringLiteral("location")).toString(), meeting.onlineLink);
    QVERIFY(o.value(QStringLiteral("description")).toString().contains(meeting.onlineLink));
}

void TestIcs::unwritablePathIsRefused()
{
    const auto result = IcsWriter::writeFile(QStringLiteral("/nonexistent-dir/x.ics"),
                                             samples::ordinaryMeeting(), samples::letterhead(), {});
    QVERIFY(!result);
    QCOMPARE(result.problems().first().rule, QStringLiteral("ICS"));
    QTemporaryDir dir;
    QVERIFY(IcsWriter::writeFile(dir.filePath(QStringLiteral("ok.ics")), samples::ordinaryMeeting(),
                                 samples::letterhead(), samples::recipients()));
}

void TestIcs::addressesCannotAddProperties()
{
    // Values that reached the writer unchecked (an archive written before the letterhead was
    // validated): a line break in an address must stay inside its property.
    auto letterhead = samples::letterhead();
    letterhead.officePec = QStringLiteral("up@pec.example.it\r\nATTENDEE:mailto:spy@example.org");
    auto recipients = samples::recipients();
    recipients[1].pec = QStringLiteral("neri@pec.example.it\nX-INJECTED:1;foo");
    const QByteArray ics = IcsWriter::calendar(samples::ordinaryMeeting(), letterhead, recipients,
                                               QDateTime(QDate(2015, 3, 2), QTime(9, 0), Qt::UTC));
    int attendees = 0;
    for (const QByteArray &line : ics.split('\n')) {
        QVERIFY2(!line.startsWith("ATTENDEE:") && !line.startsWith("X-INJECTED"), line.constData());
        attendees += line.startsWith("ATTENDEE;") ? 1 : 0;
    }
    int withPec = 0;
    for (const auto &r : recipients)
        withPec += r.pec.isEmpty() ? 0 : 1;
    QCOMPARE(attendees, withPec);
    QVERIFY(QByteArray(ics)
                .replace("\r\n ", "")
                .contains("mailto:up@pec.example.it%0D%0AATTENDEE%3Amailto%3Aspy@example.org"));
    QVERIFY2(!parsed(ics).isEmpty(), "python3-icalendar could not parse the file");
}

void TestIcs::meetingWithoutTimeIsAllDay()
{
    auto meeting = samples::ordinaryMeeting();
    meeting.time = QTime();
    meeting.meetingId.clear();
    const QByteArray ics = IcsWriter::calendar(meeting, samples::letterhead(), {});
    QVERIFY(ics.contains("DTSTART;VALUE=DATE:20150312\r\n"));
    QVERIFY(!ics.contains("DTEND"));
    // Without an archive id the UID is the SHA-1 of table, day, time and place (expected values
    // from Python's hashlib): the same for a copy with another agenda, another for another place.
    const QString expected = QStringLiteral("d71a5818b393228605d47e7352d1bf833d88d839@tavolo");
    QCOMPARE(IcsWriter::uid(meeting), expected);
    QVERIFY(ics.contains("UID:" + expected.toUtf8() + "\r\n"));
    auto copy = meeting;
    copy.agenda.clear();
    QCOMPARE(IcsWriter::uid(copy), expected);
    copy.place = QStringLiteral("Sondrio");
    QCOMPARE(IcsWriter::uid(copy),
             QStringLiteral("7316d26368f1563914f90359643ec6192c62172b@tavolo"));
    QCOMPARE(IcsWriter::uid(samples::ordinaryMeeting()), QStringLiteral("meeting-12@tavolo"));
}

QTEST_GUILESS_MAIN(TestIcs)
#include "tst_ics.moc"

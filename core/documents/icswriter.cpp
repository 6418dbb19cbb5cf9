#include "icswriter.h"

#include "italianwords.h"

#include <QCryptographicHash>
#include <QSaveFile>
#include <QUrl>

namespace tavolo::documents {

namespace {

constexpr int MaxOctets = 75;

// Europe/Rome since 1996 (EU rules): last Sunday of March and of October.
const char *const RomeTimeZone = "BEGIN:VTIMEZONE\n"
                                 "TZID:Europe/Rome\n"
                                 "BEGIN:DAYLIGHT\n"
                                 "TZOFFSETFROM:+0100\n"
                                 "TZOFFSETTO:+0200\n"
                                 "TZNAME:CEST\n"
                                 "DTSTART:19700329T020000\n"
                                 "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\n"
                                 "END:DAYLIGHT\n"
                                 "BEGIN:STANDARD\n"
                                 "TZOFFSETFROM:+0200\n"
                                 "TZOFFSETTO:+0100\n"
                                 "TZNAME:CET\n"
                                 "DTSTART:19701025T030000\n"
                                 "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\n"
                                 "END:STANDARD\n"
                                 "END:VTIMEZONE";

// Parameter values are quoted; a DQUOTE cannot appear in them (§3.2), nor can control chars.
QString paramValue(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('\'');
        else if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            out += c;
        else
            out += QLatin1Char(' ');
    }
    return QLatin1Char('"') + out.simplified() + QLatin1Char('"');
}

// A cal-address (RFC 5545 §3.3.3) is a URI: the address is percent-encoded, so that nothing in
// it (a line break, a ';' or ':') can end the property or start another.
QString calAddress(const QString &address)
{
    return QStringLiteral("mailto:")
        + QString::fromLatin1(QUrl::toPercentEncoding(address.trimmed(), "@.+_~!$&'*=?^`{|}-"));
}

QString localDateTime(QDate date, QTime time)
{
    return QDateTime(date, time).toString(QStringLiteral("yyyyMMddTHHmmss"));
}

QString description(const MeetingDocumentData &meeting)
{
    QStringList lines;
    lines << QStringLiteral("Ordine del giorno:");
    for (qsizetype i = 0; i < meeting.agenda.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(meeting.agenda.at(i));
    if (!meeting.materials.isEmpty()) {
        lines << QString() << QStringLiteral("Materiali:");
        for (const QString &material : meeting.materials)
            lines << QStringLiteral("- ") + material;
    }
    if (!meeting.onlineLink.isEmpty())
        lines << QString() << QStringLiteral("Collegamento: ") + meeting.onlineLink;
    if (meeting.kind == MeetingKind::Joint && !meeting.joint.otherTables.isEmpty())
        lines << QString()
              << QStringLiteral("Seduta congiunta con: ")
                + meeting.joint.otherTables.join(QStringLiteral("; "));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QLatin1Char(' '); // other controls are not allowed in TEXT
        else
            out += c;
    }
    return out;
}

QByteArray IcsWriter::foldLine(const QByteArray &line)
{
    QByteArray out;
    qsizetype start = 0;
    int room = MaxOctets; // the first line has 75 octets, the next ones 74 after the space
    while (line.size() - start > room) {
        qsizetype end = start + room;
        // Never cut inside a UTF-8 sequence: back off over continuation bytes (10xxxxxx).
        while (end > start && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        out += line.mid(start, end - start);
        out += "\r\n ";
        start = end;
        room = MaxOctets - 1;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QString IcsWriter::uid(const MeetingDocumentData &meeting)
{
    if (!meeting.meetingId.isEmpty())
        return meeting.meetingId + QStringLiteral("@tavolo");
    const QString key = meeting.tableName + meeting.date.toString(Qt::ISODate)
        + meeting.time.toString(Qt::ISODate) + meeting.place;
    return QString::fromLatin1(
               QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex())
        + QStringLiteral("@tavolo");
}

QByteArray IcsWriter::calendar(const MeetingDocumentData &meeting, const Letterhead &organiser,
                               const QList<Recipient> &attendees, const QDateTime &stamp)
{
    QStringList lines;
    lines << QStringLiteral("BEGIN:VCALENDAR") << QStringLiteral("VERSION:2.0")
          << QStringLiteral("PRODID:-//Tavolo//Tavolo del Terzo Settore//IT")
          << QStringLiteral("CALSCALE:GREGORIAN");
    lines << QString::fromLatin1(RomeTimeZone).split(QLatin1Char('\n'));
    lines << QStringLiteral("BEGIN:VEVENT");
    lines << QStringLiteral("UID:") + escapeText(uid(meeting));
    lines << QStringLiteral("DTSTAMP:")
            + stamp.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    if (meeting.time.isValid()) {
        const QDateTime start(meeting.date, meeting.time);
        const QDateTime end = start.addSecs(qint64(qMax(1, meeting.durationMinutes)) * 60);
        lines << QStringLiteral("DTSTART;TZID=Europe/Rome:")
                + localDateTime(meeting.date, meeting.time);
        lines << QStringLiteral("DTEND;TZID=Europe/Rome:") + localDateTime(end.date(), end.time());
    } else {
        lines << QStringLiteral("DTSTART;VALUE=DATE:")
                + meeting.date.toString(QStringLiteral("yyyyMMdd"));
    }
    lines << QStringLiteral("SUMMARY:") + escapeText(italian::meetingTitle(meeting));
    const QString location = meeting.place.isEmpty() ? meeting.onlineLink : meeting.place;
    if (!location.isEmpty())
        lines << QStringLiteral("LOCATION:") + escapeText(location);
    lines << QStringLiteral("DESCRIPTION:") + escapeText(description(meeting));
    lines << QStringLiteral("STATUS:CONFIRMED") << QStringLiteral("SEQUENCE:0");
    if (!organiser.officePec.isEmpty()) {
        const QString name = organiser.officeName + QStringLiteral(" – ") + organiser.enteName;
        lines << QStringLiteral("ORGANIZER;CN=%1:%2")
                     .arg(paramValue(name), calAddress(organiser.officePec));
    }
    for (const Recipient &r : attendees) {
        if (r.sendTo().isEmpty())
            continue; // an attendee needs an address (cal-address); the letter reaches them by post
        lines << QStringLiteral("ATTENDEE;CN=%1;ROLE=%2;PARTSTAT=NEEDS-ACTION:%3")
                     .arg(paramValue(r.name),
                          r.guest ? QStringLiteral("OPT-PARTICIPANT")
                                  : QStringLiteral("REQ-PARTICIPANT"),
                          calAddress(r.sendTo()));
    }
    lines << QStringLiteral("END:VEVENT") << QStringLiteral("END:VCALENDAR");

    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += foldLine(line.toUtf8());
    return out;
}

Result<Done> IcsWriter::writeFile(const QString &path, const MeetingDocumentData &meeting,
                                  const Letterhead &organiser, const QList<Recipient> &attendees)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(calendar(meeting, organiser, attendees)) < 0
        || !file.commit())
        return Result<Done>::refused(Problem::refused(
            QStringLiteral("ICS"),
            tr("Cannot write the calendar file %1: %2").arg(path, file.errorString())));
    return Result<Done>::ok(Done {});
}

} // namespace tavolo::documents

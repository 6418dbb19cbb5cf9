#!/usr/bin/env python3
"""Parses a calendar file with python3-icalendar and prints what tst_ics checks, as JSON.
Also checks the raw form: CRLF line ends and at most 75 octets per line (RFC 5545 §3.1)."""
import json
import sys

import icalendar

raw = open(sys.argv[1], "rb").read()
lines = raw.split(b"\r\n")
report = {
    "crlf": raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""),
    "maxOctets": max(len(line) for line in lines),
    "utf8": True,
}
try:
    raw.decode("utf-8")
    for line in lines:  # each physical line must be valid UTF-8 on its own
        line.decode("utf-8")
except UnicodeDecodeError:
    report["utf8"] = False

cal = icalendar.Calendar.from_ical(raw)
report["timezones"] = [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")]
event = cal.walk("VEVENT")[0]
start = event["DTSTART"]
end = event["DTEND"]
report.update({
    "uid": str(event["UID"]),
    "summary": str(event["SUMMARY"]),
    "location": str(event.get("LOCATION", "")),
    "description": str(event["DESCRIPTION"]),
    "tzid": start.params.get("TZID", ""),
    "start": start.dt.isoformat(),
    "startUtc": start.dt.utcoffset().total_seconds() / 3600,
    "end": end.dt.isoformat(),
    "organizer": str(event.get("ORGANIZER", "")),
    "attendees": [str(a) for a in (event.get("ATTENDEE") if isinstance(event.get("ATTENDEE"), list)
                                   else [event.get("ATTENDEE")] if event.get("ATTENDEE") else [])],
    "attendeeNames": [a.params.get("CN", "") for a in (event.get("ATTENDEE") if isinstance(event.get("ATTENDEE"), list)
                                                       else [event.get("ATTENDEE")] if event.get("ATTENDEE") else [])],
})
print(json.dumps(report, ensure_ascii=False))

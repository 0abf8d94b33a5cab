"""iCalendar (RFC 5545) for one event, written by hand: escaping, UTC times, CRLF and line folding."""

import datetime

from django.utils import timezone

CRLF = "\r\n"
MAX_OCTETS = 75


def escape_text(value):
    """TEXT value escaping (RFC 5545 section 3.3.11): backslash, semicolon, comma and newlines."""
    value = str(value or "")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """Content lines longer than 75 octets continue on lines starting with a space (section 3.1).

    Cuts fall between characters, never inside a multi-byte UTF-8 sequence.
    """
    parts, current, size = [], "", 0
    limit = MAX_OCTETS
    for char in line:
        length = len(char.encode("utf-8"))
        if size + length > limit:
            parts.append(current)
            current, size = " ", 1
            limit = MAX_OCTETS
        current += char
        size += length
    parts.append(current)
    return CRLF.join(parts)


def utc(value):
    """DATE-TIME in UTC form, e.g. 20260315T083000Z."""
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def event_calendar(event, request=None, now=None):
    url = event.get_full_url(request)
    description = "\n\n".join(part for part in (event.summary, url) if part)
    location = event.place
    if event.is_online:
        location = ", ".join(part for part in (location, event.online_url or event.registration_url) if part)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Invest in Lombardy//Events//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{event.translation_key}-{event.locale.language_code}@investinlombardy",
        f"DTSTAMP:{utc(now or timezone.now())}",
        f"DTSTART:{utc(event.start)}",
    ]
    if event.end:
        lines.append(f"DTEND:{utc(event.end)}")
    lines.append(f"SUMMARY:{escape_text(event.title)}")
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if url:
        lines.append(f"URL:{url}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return CRLF.join(fold(line) for line in lines) + CRLF

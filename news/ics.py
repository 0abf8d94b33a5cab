"""iCalendar (RFC 5545) for one event, written by the `icalendar` package (escaping, folding, CRLF)."""

import datetime

from django.utils import timezone
from icalendar import Calendar, Event

PRODID = "-//Invest in Lombardy//Events//EN"


def in_utc(value):
    """Times are written in UTC (`...Z`), so no VTIMEZONE block is needed for calendars to place them."""
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value.astimezone(datetime.UTC)


def event_location(event):
    location = event.place
    if event.is_online:
        location = ", ".join(part for part in (location, event.online_url or event.registration_url) if part)
    return location


def event_calendar(event, request=None, now=None):
    """The bytes of a calendar holding this event, in the event's language."""
    url = event.get_full_url(request)
    entry = Event()
    entry.add("uid", f"{event.translation_key}-{event.locale.language_code}@investinlombardy")
    entry.add("dtstamp", in_utc(now or timezone.now()))
    entry.add("dtstart", in_utc(event.start))
    if event.end:
        entry.add("dtend", in_utc(event.end))
    entry.add("summary", event.title)
    description = "\n\n".join(part for part in (event.summary, url) if part)
    if description:
        entry.add("description", description)
    location = event_location(event)
    if location:
        entry.add("location", location)
    if url:
        entry.add("url", url)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add_component(entry)
    return calendar.to_ical()

"""Events as iCalendar (RFC 5545): the calendar of an events listing, and one event's file.

What an entry says of a story's days and place is the story's own (its page's
``calendar_details()``, ``newsroom/stories/calendar.py``); this module writes it. An event of
whole days is written with dates, its end the day after its last day (the format's end is
exclusive: an event on 13 - 14 October 2015 ends on ``20151015``), and has no time zone, as the
format wants for all-day events; a timed event is written in its venue's time zone, with that
zone's definition in the file. An event keeps its UID through every update (``ids.py``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from newsroom.stories.models import StoryPage

from .ids import story_uuid

PRODUCT_ID = "-//Newsroom//Events//EN"
# How often a subscribed calendar is read again (RFC 7986 REFRESH-INTERVAL, and the older
# X-PUBLISHED-TTL some clients read instead).
REFRESH = timedelta(hours=6)
CONTENT_TYPE = "text/calendar; charset=utf-8"


def new_calendar(name: str, description: str = "", url: str = "") -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", description)
    if url:
        calendar.add("url", url)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT6H")
    return calendar


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def event_component(event: StoryPage, url: str) -> CalendarEvent:
    """``event`` as a VEVENT; it must have its place in a calendar (``calendar_details()``)."""
    details = event.calendar_details()
    if details is None:
        raise ValueError(f"“{event.heading}” has no days to enter in a calendar.")
    component = CalendarEvent()
    language = event.locale.language_code
    component.add("uid", str(story_uuid(event, language)))
    changed = event.last_published_at or event.published_at or timezone.now()
    component.add("dtstamp", _utc(changed))
    component.add("last-modified", _utc(changed))
    if event.first_published_at:
        component.add("created", _utc(event.first_published_at))
    if details.is_timed:
        component.add("dtstart", details.starts_at)
        component.add("dtend", details.ends_at)
    else:
        component.add("dtstart", details.first_day)
        component.add("dtend", details.last_day + timedelta(days=1))
        # A day-long entry does not make its readers look busy.
        component.add("transp", "TRANSPARENT")
    component.add("summary", event.heading)
    if event.teaser:
        component.add("description", f"{event.teaser}\n\n{url}")
    else:
        component.add("description", url)
    if details.location:
        component.add("location", details.location)
    component.add("url", url)
    component.add("status", "CONFIRMED")
    component.add("class", "PUBLIC")
    return component


def calendar_bytes(calendar: Calendar) -> bytes:
    """The calendar as sent, with the definition of every time zone its events use."""
    calendar.add_missing_timezones()
    return calendar.to_ical()

"""The feed and calendar answers, each served as a route of the page it follows
(``newsroom/core/page_routes.py``, registered here) and answering conditional requests
(``newsroom/core/conditional.py``)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from newsroom.core import clock
from newsroom.core.conditional import answer_conditionally
from newsroom.core.page_routes import (
    ENTRY_CALENDAR,
    LISTING_CALENDAR,
    LISTING_FEED,
    TERM_FEED,
    answers,
)
from newsroom.core.views import ReaderFacingHttp404
from newsroom.stories.models import ListingPage, StoryPage
from newsroom.taxonomy.models import TermIndexPage

from . import calendars, sources
from .listing_feed import ListingFeed
from .sources import FEED_LIMIT
from .syndication import FORMATS

DEFAULT_FORMAT = "rss"


def _format(name: str | None) -> str:
    name = name or DEFAULT_FORMAT
    if name not in FORMATS:
        raise ReaderFacingHttp404(
            _("There is no feed format “%(name)s”. The formats are: rss, atom, json.")
            % {"name": name[:20]}
        )
    return name


def _feed_response(request: HttpRequest, source: sources.FeedSource, format_name: str):
    response = ListingFeed(source, format_name, request)(request)
    # Django dates the response by its newest item; a story that left the list is a change too.
    del response["Last-Modified"]
    return answer_conditionally(request, response)


@answers(LISTING_FEED)
def listing_feed(request: HttpRequest, page: ListingPage, format_name: str | None = None):
    """The feed of a listing page in ``format_name`` (RSS by default)."""
    format_name = _format(format_name)
    return _feed_response(request, sources.for_listing(request, page), format_name)


@answers(TERM_FEED)
def term_feed(
    request: HttpRequest,
    page: TermIndexPage,
    slug: str,
    kind: str | None,
    format_name: str | None = None,
):
    """The feed of a country's or topic's page, of the kind its ``?kind=`` asks for."""
    format_name = _format(format_name)
    term = page.terms().filter(slug=slug).first()
    if term is None:
        raise ReaderFacingHttp404(page.unknown_term_message(slug))
    return _feed_response(request, sources.for_term(request, page, term, kind), format_name)


def _calendar_response(request: HttpRequest, calendar, filename: str | None = None):
    response = HttpResponse(calendars.calendar_bytes(calendar), content_type=calendars.CONTENT_TYPE)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return answer_conditionally(request, response)


@answers(LISTING_CALENDAR)
def events_calendar(request: HttpRequest, page: ListingPage):
    """The calendar of an events listing (a listing that is a ``CalendarListing``), to
    subscribe to: the events its ``calendar_events()`` gives."""
    source = sources.for_listing(request, page)
    calendar = calendars.new_calendar(
        name=source.title, description=source.description, url=source.link
    )
    for event in page.calendar_events(clock.today(), FEED_LIMIT):
        url = sources.absolute_url(request, event)
        calendar.add_component(calendars.event_component(event, url))
    return _calendar_response(request, calendar)


@answers(ENTRY_CALENDAR)
def event_calendar(request: HttpRequest, event: StoryPage):
    """One event (a story that is a ``CalendarEntry``) as a file to add to a calendar."""
    if event.calendar_details() is None:
        raise ReaderFacingHttp404(
            _("This event has no date yet, so it cannot be added to a calendar.")
        )
    url = sources.absolute_url(request, event)
    calendar = calendars.new_calendar(name=event.heading, url=url)
    calendar.add_component(calendars.event_component(event, url))
    filename = f"{slugify(event.slug) or 'event'}.ics"
    return _calendar_response(request, calendar, filename)

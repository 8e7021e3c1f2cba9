"""Addresses below a page that an app higher up answers: ``feed/`` (RSS 2.0), ``feed/atom/`` and
``feed/json/`` below every listing and below a country's or topic's page, ``calendar/`` below an
events listing and below each event.

The page declares the address, as a route of its own, so Wagtail serves it only while the page is
served, and to whom it is (the page is checked to be live and its view restrictions before any
route). The app that makes the answer (``newsroom/feeds``) registers its view under the route's
name when it is ready (:func:`answers`); the pages need not know it. An address nobody answers is
not found."""

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

Answer = Callable[..., HttpResponse]

_answers: dict[str, Answer] = {}

LISTING_FEED = "listing_feed"
TERM_FEED = "term_feed"
LISTING_CALENDAR = "listing_calendar"
ENTRY_CALENDAR = "entry_calendar"


def answers(name: str) -> Callable[[Answer], Answer]:
    """Register the decorated view as the answer of the routes called ``name``; it is called as
    ``view(request, page, **arguments)``."""

    def register(view: Answer) -> Answer:
        _answers[name] = view
        return view

    return register


def answer(name: str, request: HttpRequest, page, **arguments) -> HttpResponse:
    """The answer of the route ``name`` below ``page``."""
    view = _answers.get(name)
    if view is None:
        raise Http404(f"Nothing answers {name} here.")
    return view(request, page, **arguments)


class SyndicatedListing(RoutablePageMixin):
    """A listing page that can be followed as a feed."""

    @path("feed/", name="feed")
    @path("feed/<str:format_name>/", name="feed_format")
    def feed(self, request, format_name: str | None = None):
        return answer(LISTING_FEED, request, self, format_name=format_name)


class CalendarListing(SyndicatedListing):
    """An events listing, also a calendar to subscribe to."""

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return answer(LISTING_CALENDAR, request, self)


class CalendarEntry(RoutablePageMixin):
    """An event page, with its file to add to a calendar."""

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return answer(ENTRY_CALENDAR, request, self)

"""Which feeds a page offers: those of the listing being read (or, on a home page, of What's
new), for the autodiscovery links in the page head and the visible links under the list."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.utils.translation import gettext as _
from wagtail.models import Page

from newsroom.core.page_routes import CalendarListing
from newsroom.home.models import HomePage
from newsroom.stories.models import ListingPage
from newsroom.taxonomy.models import TermIndexPage

from .calendars import CONTENT_TYPE as CALENDAR_TYPE
from .sources import term_heading
from .syndication import FORMATS


@dataclass(frozen=True)
class FeedLink:
    label: str
    url: str
    content_type: str
    is_calendar: bool = False


# Format, its route below ``feed/``, its name as readers know it.
_FEEDS = [("rss", "", "RSS"), ("atom", "atom/", "Atom"), ("json", "json/", "JSON Feed")]


def _feeds_below(base: str, query: str = "") -> list[FeedLink]:
    return [
        FeedLink(
            label=name,
            url=f"{base}feed/{route}{query}",
            content_type=FORMATS[format_name].content_type.split(";")[0],
        )
        for format_name, route, name in _FEEDS
    ]


def feeds_of(context) -> tuple[str, list[FeedLink]]:
    """The name of the list the feeds follow and the feeds, for the page in ``context``; no
    feeds for a page that is not a listing."""
    request: HttpRequest | None = context.get("request")
    page: Page | None = context.get("page")
    if request is None or not isinstance(page, Page):
        return "", []
    if isinstance(page, HomePage):
        page = context.get("whats_new_page")
        if page is None:
            return "", []
    if isinstance(page, TermIndexPage):
        term, kind = context.get("term"), context.get("kind")
        if term is None:
            return "", []
        base = page.term_url(term, request)
        query = f"?kind={kind.value}" if kind else ""
        return term_heading(page, term, kind.value if kind else None), _feeds_below(base, query)
    if not isinstance(page, ListingPage):
        return "", []
    base = page.get_url(request)
    links = _feeds_below(base)
    if isinstance(page, CalendarListing):
        links.append(
            FeedLink(
                label=_("Calendar (iCal)"),
                url=f"{base}calendar/",
                content_type=CALENDAR_TYPE.split(";")[0],
                is_calendar=True,
            )
        )
    return page.title, links

"""What a feed holds: the stories of one listing, read by the listing's own selector, so that a
feed can never disagree with the page it follows (``docs/feeds.md``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext

from newsroom.core.models import OfficeSettings
from newsroom.languages.switcher import bcp47
from newsroom.stories.kinds import Kind
from newsroom.stories.models import ListingPage, StoryPage
from newsroom.taxonomy.models import Country, Term, TermIndexPage, Topic

# The most items a feed or calendar holds.
FEED_LIMIT = 50


@dataclass(frozen=True)
class FeedSource:
    """One listing as a feed: its name, where it is read, and its stories."""

    title: str
    description: str
    link: str
    language_code: str
    office_name: str
    stories: QuerySet
    changed_at: datetime | None

    @property
    def language_tag(self) -> str:
        return bcp47(self.language_code)

    def items(self) -> list[StoryPage]:
        """The newest stories of the listing, at most ``FEED_LIMIT``, with what an item shows
        besides the story's own columns (picture, office, topics, countries) in a fixed number
        of queries."""
        stories = (
            self.stories[:FEED_LIMIT]
            .select_related("office")
            .prefetch_related(
                Prefetch("topics", queryset=Topic.objects.order_by("name", "pk")),
                Prefetch("countries", queryset=Country.objects.order_by("name", "pk")),
            )
        )
        return list(stories)


def absolute_url(request: HttpRequest, page) -> str:
    """A page's address on the host the request came to, as feeds and calendars write it."""
    return request.build_absolute_uri(page.get_url(request))


def _office_name(request: HttpRequest) -> str:
    return OfficeSettings.for_request(request).name


def _full_title(title: str, office_name: str) -> str:
    return f"{title} | {office_name}" if office_name else title


def for_listing(request: HttpRequest, page: ListingPage) -> FeedSource:
    """The feed of a listing page (What's new, press releases, a section, events…)."""
    office = _office_name(request)
    return FeedSource(
        title=_full_title(page.title, office),
        description=page.intro or page.search_description or page.title,
        link=absolute_url(request, page),
        language_code=page.locale.language_code,
        office_name=office,
        stories=page.stories(),
        changed_at=page.last_published_at,
    )


def term_heading(page: TermIndexPage, term: Term, kind: str | None) -> str:
    """What a country's or topic's list is called, of one kind when ``kind`` is given:
    “China resources: Event”."""
    heading = page.heading_for(term)
    if kind is None:
        return heading
    return gettext("%(heading)s: %(kind)s") % {"heading": heading, "kind": Kind(kind).label}


def for_term(request: HttpRequest, page: TermIndexPage, term: Term, kind: str | None) -> FeedSource:
    """The feed of a country's or topic's page, of one kind when ``kind`` is given."""
    office = _office_name(request)
    heading = term_heading(page, term, kind)
    link = request.build_absolute_uri(page.term_url(term, request))
    if kind is not None:
        link += f"?kind={kind}"
    return FeedSource(
        title=_full_title(heading, office),
        description=page.intro or heading,
        link=link,
        language_code=page.locale.language_code,
        office_name=office,
        stories=page.stories_for(term, kind),
        changed_at=page.last_published_at,
    )

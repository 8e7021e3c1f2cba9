"""The reads of the country and topic pages, built on the listing reads every list shares.

Each is the stories a reader may see (``published_stories``) filed under one term, newest first:
one query for a page of stories and one to count them, whatever the size of the archive."""

from django.db.models import QuerySet
from wagtail.models import Locale

from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.stories.selectors import published_stories

from .models import Country, Topic


def _of_kind(stories: QuerySet[StoryPage], kind: str | None) -> QuerySet[StoryPage]:
    return stories.filter(kind=kind) if kind else stories


def stories_about_country(
    locale: Locale, country: Country, kind: str | None = None
) -> QuerySet[StoryPage]:
    """Every story about ``country`` a reader may see in ``locale``, or those of one kind."""
    return _of_kind(published_stories(locale).filter(countries=country), kind)


def stories_on_topic(locale: Locale, topic: Topic, kind: str | None = None) -> QuerySet[StoryPage]:
    """Every story on ``topic`` a reader may see in ``locale``, or those of one kind."""
    return _of_kind(published_stories(locale).filter(topics=topic), kind)


def kinds_among(stories: QuerySet[StoryPage]) -> list[str]:
    """The kinds of story ``stories`` hold, in the order kinds are listed, in one query."""
    present = set(stories.order_by().values_list("kind", flat=True).distinct())
    return [kind.value for kind in Kind if kind.value in present]

"""The reads of the country and topic pages, built on the listing reads every list shares.

Each is the stories a reader may see (``published_stories``) filed under one term, newest first:
one query for a page of stories, one to count them and one for the kinds among them, whatever
the size of the archive. None of them joins the stories to their filings, which would make the
database read every story filed under the term (about 60 000 for China in a 100 000-story
archive) to keep twenty (measured by ``bench/listing_render.py``, see ``bench/README.md``): the
stories and their count are the audience's filed listing (``stories/audience.py``,
``filed_stories``), and the kinds are one ``EXISTS`` per kind, each stopping at the first story
of its kind (:func:`kinds_among`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import connections
from django.db.models import Model, QuerySet
from wagtail.models import Locale

from newsroom.stories.audience import filed_stories
from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.stories.selectors import StoryListing, published_stories, stories_of_kind

if TYPE_CHECKING:
    # The term pages (``models.py``) read these functions: the terms are named for type checks only.
    from .models import Country, Topic


def _filed_under(locale: Locale, field_name: str, term: Model, kind: str | None) -> StoryListing:
    """The stories of the listing for ``kind`` (every kind when None) filed under ``term`` through
    the many-to-many field ``field_name`` of stories."""
    stories = stories_of_kind(locale, kind) if kind else published_stories(locale)
    return filed_stories(stories, field_name, term)


def stories_about_country(
    locale: Locale, country: Country, kind: str | None = None
) -> StoryListing:
    """Every story about ``country`` a reader may see in ``locale``, or those of one kind."""
    return _filed_under(locale, "countries", country, kind)


def stories_on_topic(locale: Locale, topic: Topic, kind: str | None = None) -> StoryListing:
    """Every story on ``topic`` a reader may see in ``locale``, or those of one kind."""
    return _filed_under(locale, "topics", topic, kind)


def kinds_among(stories: QuerySet[StoryPage]) -> list[str]:
    """The kinds of story ``stories`` hold, in the order kinds are listed, in one query.

    One ``EXISTS`` per kind, each stopping at the first story of its kind in listing order,
    instead of reading every story to collect the distinct kinds."""
    connection = connections[stories.db]
    parts: list[str] = []
    params: list = []
    for kind in Kind:
        of_kind = stories.filter(kind=kind.value).values("pk")
        sql, args = of_kind.query.get_compiler(using=stories.db).as_sql()
        parts.append(f"EXISTS ({sql}) AS {connection.ops.quote_name(kind.value)}")
        params.extend(args)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        present = cursor.fetchone()
    return [kind.value for kind, is_present in zip(Kind, present, strict=True) if is_present]

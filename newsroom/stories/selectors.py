"""The reads every listing, feed and the home page share, so that they cannot drift apart.

Each returns a lazily evaluated queryset of :class:`StoryPage` rows — never the kind-specific
subclasses — so that a listing costs the same number of queries whatever the mix of kinds, and
close to the same time whatever the size of the archive. Which stories a reader may see, and how
a listing of them is counted and cut into pages cheaply, is the audience's rule
(``audience.py``); these name the listings built on it.
"""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone
from wagtail.models import Locale

from .audience import LISTING_ORDER, StoryListing, visible_stories
from .kinds import Kind

__all__ = [
    "LISTING_ORDER",
    "StoryListing",
    "press_releases",
    "published_stories",
    "stories_of_kind",
    "whats_new",
]


def published_stories(locale: Locale) -> StoryListing:
    """Every story a reader may see in ``locale``: live, public, and with a publication time."""
    return visible_stories(locale)


def whats_new(locale: Locale) -> StoryListing:
    return visible_stories(locale)


def stories_of_kind(locale: Locale, kind: str) -> StoryListing:
    return visible_stories(locale, kind)


def press_releases(locale: Locale, year: int | None = None) -> StoryListing:
    stories = stories_of_kind(locale, Kind.PRESS_RELEASE)
    if year is not None:
        tz = timezone.get_current_timezone()
        stories = stories.filter(
            published_at__gte=datetime(year, 1, 1, tzinfo=tz),
            published_at__lt=datetime(year + 1, 1, 1, tzinfo=tz),
        )
    return stories

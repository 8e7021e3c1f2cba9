"""The reads every listing, feed and the home page share, so that they cannot drift apart.

Each returns a lazily evaluated queryset of :class:`StoryPage` rows — never the kind-specific
subclasses — so that a listing costs the same number of queries whatever the mix of kinds.
"""

from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Locale

from .kinds import Kind
from .models import StoryPage

LISTING_ORDER = ("-published_at", "-pk")


def published_stories(locale: Locale) -> QuerySet[StoryPage]:
    """Every story a reader may see in ``locale``: live, public, and with a publication time."""
    return (
        StoryPage.objects.live()
        .public()
        .filter(locale=locale, published_at__isnull=False)
        .select_related("image")
        .defer_streamfields()
        .order_by(*LISTING_ORDER)
    )


def whats_new(locale: Locale) -> QuerySet[StoryPage]:
    return published_stories(locale)


def stories_of_kind(locale: Locale, kind: str) -> QuerySet[StoryPage]:
    return published_stories(locale).filter(kind=kind)


def press_releases(locale: Locale, year: int | None = None) -> QuerySet[StoryPage]:
    stories = stories_of_kind(locale, Kind.PRESS_RELEASE)
    if year is not None:
        tz = timezone.get_current_timezone()
        stories = stories.filter(
            published_at__gte=datetime(year, 1, 1, tzinfo=tz),
            published_at__lt=datetime(year + 1, 1, 1, tzinfo=tz),
        )
    return stories

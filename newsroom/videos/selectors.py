"""The reads behind Video and audio: the kind's listing, each video with its duration.

The listing is the story table's listing of the kind (cheap to count, cut from the listing-order
index); a page of it is then read with each video's duration joined in the same query, so that
the page costs the same whatever the size of the archive.
"""

from django.db.models import F, QuerySet
from wagtail.models import Locale

from newsroom.stories.kinds import Kind
from newsroom.stories.selectors import StoryListing, stories_of_kind


def videos(locale: Locale) -> StoryListing:
    """Every video and audio story a reader may see in ``locale``, newest first."""
    return stories_of_kind(locale, Kind.VIDEO)


def with_durations(stories: QuerySet) -> QuerySet:
    """``stories`` with each video's ``duration`` (None when not given) from the video table."""
    return stories.annotate(duration=F("videopage__duration"))

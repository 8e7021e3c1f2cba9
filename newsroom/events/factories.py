"""Events for tests: published in the events listing with their own days."""

from datetime import date

from newsroom.home.structure import SiteStructure
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

from .models import EventPage


def make_event(
    structure: SiteStructure,
    title: str = "An event",
    start: date | None = None,
    end: date | None = None,
    **fields,
) -> EventPage:
    """An event (see ``make_story``) held from ``start`` to ``end``: on the one day ``start``
    when ``end`` is None, undated when both are. The date shown follows from them, as in the
    admin (a range, one day, or none). ``venue``, ``is_online``, ``start_time``, ``end_time``
    and ``time_zone`` go in ``fields``."""
    return make_story(
        structure, kind=Kind.EVENT, title=title, date_start=start, date_end=end, **fields
    )

"""Events for tests: published in the events listing with their own days."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

from .models import EventPage

if TYPE_CHECKING:
    # The site structure belongs to the home app, a layer above this one: only its type is
    # named here, and the tests hand it in.
    from newsroom.home.structure import SiteStructure


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

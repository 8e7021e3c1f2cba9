"""The order a file of events or of projects must already be in, since the site lists them by
their own days and not in the order the import gives them.

Other listings show their stories newest published first, and the import gives each story the
publication time that keeps the file's order (``ordering.py``). Events and projects are listed
by their days, in groups that depend on the day the page is read (``docs/events-and-projects.md``):
so a file of them is refused, at the line of the first item out of place, when the listing here
could not show it in the file's order. The rules mirror the listing's own reads,
``newsroom/events/selectors.py`` and ``newsroom/projects/selectors.py``; they are written again
here on the items of the file because those reads are queries of the stored stories, and the
parser touches no database.
"""

from collections.abc import Callable
from datetime import date

from django.utils.translation import gettext as _

from newsroom.core.dates import format_day
from newsroom.stories.kinds import Kind

from .errors import ListingError
from .items import ListingItem
from .layouts import ONGOING_PROJECTS, UPCOMING_EVENTS, ListingLayout


def check_order(layout: ListingLayout, items: list[ListingItem]) -> None:
    """Refuse events or projects that their listing here could not show in the file's order.

    Events and projects are not listed by publication but by their days (see
    ``docs/events-and-projects.md``): a file in another order could not read back as it is.
    """
    if layout.kind is Kind.EVENT:
        _check_events_order(items)
    elif layout.kind is Kind.PROJECT:
        _check_projects_order(items)


def _day_text(day: date) -> str:
    # Events and projects show their days unpadded (“1 July 2019”), as their listings do.
    return format_day(day, padded=False)


def _check_events_order(items: list[ListingItem]) -> None:
    """Refuse events the Events and meetings page could not show in the file's order.

    Mirrors ``newsroom/events/selectors.py``: an event is upcoming while its last day is today
    or later; ``upcoming_events`` holds the dated ones only, ordered by ``date_start`` (soonest
    first), ``past_events`` the dated ones over, ordered by ``-date_start`` (latest to begin
    first), and ``undated_events`` come after them.
    """
    upcoming = [item for item in items if item.group == UPCOMING_EVENTS]
    past = [item for item in items if item.group != UPCOMING_EVENTS]
    for previous, item in zip([None, *upcoming], upcoming, strict=False):
        if item.date_start is None:
            raise ListingError(
                item.line,
                _(
                    "item %(number)s, “%(title)s”, has no date, so it cannot be upcoming: an "
                    "event is upcoming until its last day. Give its days, or list it under "
                    "“Past events”."
                )
                % {"number": item.number, "title": item.title},
            )
        if previous is not None and item.date_start < previous.date_start:
            raise ListingError(
                item.line,
                _(
                    "item %(number)s, “%(title)s”, begins on %(day)s, before the event above it; "
                    "upcoming events are listed soonest first, so the listing could not show "
                    "the file's order."
                )
                % {"number": item.number, "title": item.title, "day": _day_text(item.date_start)},
            )
    _check_latest_first(
        past,
        key=lambda item: item.date_start,
        message=_(
            "item %(number)s, “%(title)s”, begins on %(day)s, after the event above it; past "
            "events are listed latest to begin first, those without a date last, so the "
            "listing could not show the file's order."
        ),
    )
    # Whatever day the page is read, every upcoming event ends on that day or later and every
    # past one before it: so each past event ends before the first upcoming one to end.
    last_upcoming = min((_last_day(item) for item in upcoming), default=None)
    for item in past:
        if last_upcoming and item.date_start and _last_day(item) >= last_upcoming:
            raise ListingError(
                item.line,
                _(
                    "item %(number)s, “%(title)s”, is past but ends on %(day)s, no earlier than "
                    "an upcoming event; an event is upcoming until its last day."
                )
                % {"number": item.number, "title": item.title, "day": _day_text(_last_day(item))},
            )


def _check_projects_order(items: list[ListingItem]) -> None:
    """Refuse projects the Projects page could not show in the file's order.

    Mirrors ``newsroom/projects/selectors.py``: a project is ongoing while its ``date_end`` is
    today or later, or when it has none; ``ongoing_projects`` are ordered by ``-date_start``
    (latest to start first), with ``unstarted_projects`` (no start) after them, and
    ``completed_projects``, those whose ``date_end`` is past, by ``-date_end`` (latest to end
    first).
    """
    ongoing = [item for item in items if item.group == ONGOING_PROJECTS]
    completed = [item for item in items if item.group != ONGOING_PROJECTS]
    _check_latest_first(
        ongoing,
        key=lambda item: item.date_start,
        message=_(
            "item %(number)s, “%(title)s”, starts on %(day)s, after the project above it; "
            "ongoing projects are listed latest to start first, those without a start last, so "
            "the listing could not show the file's order."
        ),
    )
    for item in completed:
        if item.date_end is None:
            raise ListingError(
                item.line,
                _(
                    "item %(number)s, “%(title)s”, has no end date, so it cannot be completed: "
                    "a project is ongoing until its last day. Give its duration, such as "
                    "“1 July 2019 - 30 June 2022”, or list it under “Ongoing projects”."
                )
                % {"number": item.number, "title": item.title},
            )
    _check_latest_first(
        completed,
        key=lambda item: item.date_end,
        message=_(
            "item %(number)s, “%(title)s”, ends on %(day)s, after the project above it; "
            "completed projects are listed latest to end first, so the listing could not show "
            "the file's order."
        ),
    )
    # Whatever day the page is read, every ongoing project ends on that day or later and every
    # completed one before it: so each completed project ends before the first ongoing one to end.
    ends = [item.date_end for item in ongoing if item.date_end]
    for item in completed:
        if ends and item.date_end >= min(ends):
            raise ListingError(
                item.line,
                _(
                    "item %(number)s, “%(title)s”, is completed but ends on %(day)s, no earlier "
                    "than an ongoing project; a project is ongoing until its last day."
                )
                % {"number": item.number, "title": item.title, "day": _day_text(item.date_end)},
            )


def _last_day(item: ListingItem) -> date | None:
    # As the events' selectors read it: ``date_end``, or ``date_start`` for a one-day event.
    return item.date_end or item.date_start


def _check_latest_first(
    items: list[ListingItem], *, key: Callable[[ListingItem], date | None], message: str
) -> None:
    """Refuse ``items`` whose ``key`` days do not go latest first, the undated ones last."""
    previous: date | None = None
    undated_above = False
    for item in items:
        day = key(item)
        if day is None:
            undated_above = True
            continue
        if undated_above or (previous is not None and day > previous):
            raise ListingError(
                item.line,
                message % {"number": item.number, "title": item.title, "day": _day_text(day)},
            )
        previous = day

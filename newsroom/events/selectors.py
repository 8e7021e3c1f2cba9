"""The reads behind Events and meetings: upcoming events, then past ones.

An event is upcoming while its last day (``date_end``, or ``date_start`` for a one-day event) is
today or later; after that it is past, and so is an event without days, listed after the dated
ones. Each group is a queryset
of its own, ordered so that a page of it can be cut without ranking every event by an expression
that says which group it falls in; ``paginate_groups`` reads them one after the other.
"""

from datetime import date

from django.db.models import F, Q, QuerySet
from django.db.models.functions import Coalesce
from wagtail.models import Locale

from newsroom.stories.kinds import Kind
from newsroom.stories.selectors import StoryListing, stories_of_kind


def events(locale: Locale) -> QuerySet:
    """Every event a reader may see in ``locale``: the listing of the kind, cheap to count."""
    return stories_of_kind(locale, Kind.EVENT)


def _with_details(events: QuerySet) -> QuerySet:
    """The events with their venue and online flag (from the event table, in the same query)
    and their last day."""
    return events.annotate(
        venue=F("eventpage__venue"),
        is_online=F("eventpage__is_online"),
        last_day=Coalesce("date_end", "date_start"),
    )


def _upcoming(today: date) -> Q:
    # “The last day is today or later”, written on the plain columns so that each part is a
    # range of an index: ``story_kind_end`` for events of several days, ``story_kind_start`` for
    # one-day events.
    return Q(date_end__gte=today) | Q(date_end__isnull=True, date_start__gte=today)


def upcoming_events(events: QuerySet, today: date) -> QuerySet:
    """The events of ``events`` not over by ``today``, the soonest first."""
    return (
        _with_details(events)
        .filter(_upcoming(today), date_start__isnull=False)
        .order_by("date_start", "pk")
    )


def count_upcoming_events(events: StoryListing, today: date) -> int:
    """How many events ``upcoming_events`` holds, as two counts that each read only their range
    of an index, where one count with an ``OR`` would read every event."""
    dated = Q(date_start__isnull=False)
    return events.count_where(dated & Q(date_end__gte=today)) + events.count_where(
        dated & Q(date_end__isnull=True, date_start__gte=today)
    )


def past_events(events: QuerySet, today: date) -> QuerySet:
    """The dated events of ``events`` over before ``today``, the latest to begin first.

    Read down the ``story_kind_start`` index from the first day before ``today``, so that a page
    needs no sorting of every event (a last day is never before its first)."""
    return (
        _with_details(events)
        .filter(Q(date_end__lt=today) | Q(date_end__isnull=True), date_start__lt=today)
        .order_by("-date_start", "-published_at", "-pk")
    )


def undated_events(events: QuerySet) -> QuerySet:
    """The events of ``events`` without days (some old ones), the latest published first: they
    are listed among the past events, after the dated ones."""
    return _with_details(events).filter(date_start__isnull=True).order_by("-published_at", "-pk")

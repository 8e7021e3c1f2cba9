"""The reads behind Projects: ongoing projects, then completed ones.

A project is ongoing while its last day (``date_end``) is today or later, or when it has none;
once that day is over it is completed. Each group is a queryset of its own, so that
``paginate_groups`` can cut a page from each in its own order.
"""

from datetime import date

from django.db.models import F, Q, QuerySet
from wagtail.models import Locale

from newsroom.stories.kinds import Kind
from newsroom.stories.selectors import StoryListing, stories_of_kind


def projects(locale: Locale) -> QuerySet:
    """Every project a reader may see in ``locale``: the listing of the kind, cheap to count."""
    return stories_of_kind(locale, Kind.PROJECT)


def _with_funder(projects: QuerySet) -> QuerySet:
    """The projects with their funder, from the project table in the same query."""
    return projects.annotate(funder=F("projectpage__funder"))


def ongoing_projects(projects: QuerySet, today: date) -> QuerySet:
    """The projects of ``projects`` that have begun and are not over by ``today`` (or have no
    end), the latest to start first."""
    not_over = Q(date_end__gte=today) | Q(date_end__isnull=True)
    return (
        _with_funder(projects)
        .filter(not_over, date_start__isnull=False)
        .order_by("-date_start", "-published_at", "-pk")
    )


def count_ongoing_projects(projects: StoryListing, today: date) -> int:
    """How many projects ``ongoing_projects`` holds, from counts that each read only their range
    of the ``story_kind_end`` index (projects ending from today on, projects without an end), where
    one count with an ``OR`` would read every project."""
    return projects.count_where(
        Q(date_end__gte=today, date_start__isnull=False)
    ) + projects.count_where(Q(date_end__isnull=True, date_start__isnull=False))


def count_unstarted_projects(projects: StoryListing, today: date) -> int:
    """How many projects ``unstarted_projects`` holds (few: older records)."""
    not_over = Q(date_end__gte=today) | Q(date_end__isnull=True)
    return projects.count_where(not_over & Q(date_start__isnull=True))


def unstarted_projects(projects: QuerySet, today: date) -> QuerySet:
    """The projects of ``projects`` without a start that are not over by ``today``, the latest
    published first: listed among the ongoing projects, after those with a start."""
    not_over = Q(date_end__gte=today) | Q(date_end__isnull=True)
    return (
        _with_funder(projects)
        .filter(not_over, date_start__isnull=True)
        .order_by("-published_at", "-pk")
    )


def completed_projects(projects: QuerySet, today: date) -> QuerySet:
    """The projects of ``projects`` over before ``today``, the latest to end first."""
    return (
        _with_funder(projects)
        .filter(date_end__lt=today)
        .order_by("-date_end", "-published_at", "-pk")
    )

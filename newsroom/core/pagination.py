"""Page numbers for long lists; a page that does not exist is a clear 404, never a 500."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from math import ceil

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from .views import ReaderFacingHttp404

PAGE_PARAMETER = "page"


def requested_page_number(request) -> int:
    raw = request.GET.get(PAGE_PARAMETER, "1")
    try:
        number = int(raw.strip())
    except (TypeError, ValueError):
        raise ReaderFacingHttp404(
            _("“%(value)s” is not a page number. Page numbers are whole numbers from 1.")
            % {"value": raw[:40]}
        ) from None
    if number < 1:
        raise ReaderFacingHttp404(_("Page numbers start at 1."))
    return number


def paginate(request, queryset, per_page: int) -> Page:
    """The requested page of ``queryset``; page 1 of an empty list exists and is empty."""
    number = requested_page_number(request)
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    if number > paginator.num_pages:
        raise ReaderFacingHttp404(
            _("This list has %(count)s page(s); there is no page %(number)s.")
            % {"count": paginator.num_pages, "number": number}
        )
    return paginator.page(number)


@dataclass(frozen=True)
class Group:
    """One group of a grouped listing: its heading, its items in their order, and how to count
    them cheaply.

    ``count`` counts the group when ``items.count()`` would read more than it must (two narrow
    counts instead of one with an ``OR``); ``rest`` marks the one group counted as what the
    listing's total leaves once the others are counted — the largest, so that it is never read to
    count it. Consecutive groups under the same heading (dated, then undated past events) read as
    one list."""

    heading: str
    items: QuerySet
    count: Callable[[], int] | None = None
    rest: bool = False


class GroupedPaginator:
    """How many items a grouped list holds, and so how many pages it has."""

    def __init__(self, count: int, per_page: int):
        self.count = count
        self.per_page = per_page

    @property
    def num_pages(self) -> int:
        # Page 1 of an empty list exists, as with ``paginate``.
        return max(1, ceil(self.count / self.per_page))


class GroupedPage:
    """One page of a list made of groups read one after the other (upcoming, then past events).

    ``groups`` holds the ``(heading, items)`` of the groups that have items on this page, in
    order; it has the page interface the pagination templates use."""

    def __init__(self, number: int, paginator: GroupedPaginator, groups: list[tuple[str, list]]):
        self.number = number
        self.paginator = paginator
        self.groups = groups

    def __repr__(self) -> str:
        return f"<Page {self.number} of {self.paginator.num_pages}>"

    @property
    def object_list(self) -> list:
        return [item for _, items in self.groups for item in items]

    def has_next(self) -> bool:
        return self.number < self.paginator.num_pages

    def has_previous(self) -> bool:
        return self.number > 1

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


def _counts(groups: Sequence[Group], total: int | None) -> list[int]:
    rest = [index for index, group in enumerate(groups) if group.rest]
    if len(rest) > 1 or (rest and total is None):
        raise ValueError("One group at most is counted as the rest, and only with a total.")
    counts = [
        0 if group.rest else (group.count() if group.count else group.items.count())
        for group in groups
    ]
    if rest:
        counts[rest[0]] = max(total - sum(counts), 0)
    return counts


def paginate_groups(
    request,
    groups: Sequence[Group],
    per_page: int,
    *,
    total: int | None = None,
) -> GroupedPage:
    """The requested page of the groups' items read as one list, each group in its own order.

    Each group is its own ordered queryset, so that each can be read from an index instead of
    sorting everything by an expression that says which group a row is in. The cost is fixed
    whatever the size of the list: a count per group (but the one counted as the rest of
    ``total``, the number of items in all the groups), then one query per group that has items on
    the page.
    """
    number = requested_page_number(request)
    counts = _counts(groups, total)
    paginator = GroupedPaginator(sum(counts), per_page)
    if number > paginator.num_pages:
        raise ReaderFacingHttp404(
            _("This list has %(count)s page(s); there is no page %(number)s.")
            % {"count": paginator.num_pages, "number": number}
        )
    bottom = (number - 1) * per_page
    top = bottom + per_page
    shown: list[tuple[str, list]] = []
    group_start = 0
    for group, count in zip(groups, counts, strict=True):
        low, high = max(bottom - group_start, 0), min(top - group_start, count)
        if low < high:
            items = list(group.items[low:high])
            if items and shown and shown[-1][0] == group.heading:
                shown[-1][1].extend(items)
            elif items:
                shown.append((group.heading, items))
        group_start += count
    return GroupedPage(number, paginator, shown)

"""Page numbers for long lists; a page that does not exist is a clear 404, never a 500."""

from collections.abc import Sequence
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


def paginate_groups(
    request,
    groups: Sequence[tuple[str, QuerySet]],
    per_page: int,
    *,
    total: int | None = None,
) -> GroupedPage:
    """The requested page of the groups' items read as one list, each group in its own order.

    Each group is its own ordered queryset, so that each can be read from an index instead of
    sorting everything by an expression that says which group a row is in. The cost is fixed
    whatever the size of the list: a count per group, then one query per group that has items
    on the page (a page that falls wholly within one group reads only that one).

    ``total``, the number of items in all the groups, saves counting the last group when the
    groups split one list between them and that list is cheaper to count than its last part:
    the last group then holds what the others leave.
    """
    number = requested_page_number(request)
    if total is None:
        counts = [queryset.count() for _, queryset in groups]
    else:
        counts = [queryset.count() for _, queryset in groups[:-1]]
        counts.append(max(total - sum(counts), 0))
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
    for (heading, queryset), count in zip(groups, counts, strict=True):
        low, high = max(bottom - group_start, 0), min(top - group_start, count)
        if low < high:
            items = list(queryset[low:high])
            if items:
                shown.append((heading, items))
        group_start += count
    return GroupedPage(number, paginator, shown)

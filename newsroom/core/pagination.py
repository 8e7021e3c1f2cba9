"""Page numbers for long lists; a page that does not exist is a clear 404, never a 500."""

from django.core.paginator import Page, Paginator
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

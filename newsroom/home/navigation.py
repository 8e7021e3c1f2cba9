"""The main menu and the footer links of every page, showing only pages a reader may open.

Both are edited in the “Navigation” settings of the site (``newsroom/core/models.py``). A menu
with no items shows the home page's sections marked “Show in menus”, so a new site has a working
menu. Each costs a fixed number of queries, however many items it has, and whether a reader may
open a page is asked of the database in the same query (``stories/audience.py``); see
``docs/navigation.md``.
"""

from django.db.models import Exists, OuterRef
from wagtail.models import Page, Site

from newsroom.core.models import FooterLink, MainMenuItem
from newsroom.core.navigation import Link, MenuItem, language_home
from newsroom.stories.audience import readable_pages


def _readable(field: str) -> Exists:
    """Whether the page that ``field`` of a link points to is one a reader may open."""
    return Exists(readable_pages(Page.objects.filter(pk=OuterRef(field))))


def _in_language(pages: list[Page], locale_id: int) -> dict[int, Page]:
    """Each of ``pages`` by its id, replaced by its translation into the locale when it is in
    another language and a reader may open one; in one query whatever the number of pages."""
    found = {page.pk: page for page in pages}
    foreign: dict = {}
    for page in pages:
        if page.locale_id != locale_id:
            foreign.setdefault(page.translation_key, []).append(page.pk)
    if foreign:
        translations = Page.objects.filter(translation_key__in=foreign, locale_id=locale_id)
        for translation in readable_pages(translations):
            for pk in foreign[translation.translation_key]:
                found[pk] = translation
    return found


def _is_current(page: Page, home: Page, current_path: str) -> bool:
    if page.url_path == current_path:
        return True
    # Every page lies under the home page: a link to it is current only on the home page itself.
    return page.depth > home.depth and current_path.startswith(page.url_path)


def main_menu(request, current_page: Page | None) -> tuple[Page | None, list[MenuItem]]:
    """The language's home page and the items of the main menu, the current section marked."""
    home = language_home(request)
    if home is None:
        return None, []
    current_path = current_page.url_path if current_page is not None else ""
    chosen = list(
        MainMenuItem.objects.filter(
            _readable("page_id"), navigation__site=Site.find_for_request(request)
        )
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    if chosen:
        pages = _in_language([item.page for item in chosen], home.locale_id)
        entries = [
            (item.label or pages[item.page_id].title, pages[item.page_id]) for item in chosen
        ]
    else:
        entries = [
            (child.title, child)
            for child in readable_pages(home.get_children().in_menu()).only(
                "title", "url_path", "depth", "path", "locale_id"
            )
        ]
    items = [
        MenuItem(
            title=title,
            url=page.get_url(request),
            current=_is_current(page, home, current_path),
        )
        for title, page in entries
    ]
    return home, items


def footer_links(request) -> list[Link]:
    """The links at the foot of every page, pages in the reader's language where translated."""
    home = language_home(request)
    if home is None:
        return []
    links = list(
        FooterLink.objects.filter(navigation__site=Site.find_for_request(request))
        .annotate(page_readable=_readable("page_id"))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    pages = _in_language([link.page for link in links if link.page_id], home.locale_id)
    found = []
    for link in links:
        if link.page_id:
            if link.page_readable:
                page = pages[link.page_id]
                found.append(Link(link.label or page.title, page.get_url(request)))
        elif link.url:
            found.append(Link(link.label or link.url, link.url))
    return found

"""How readers find their way: the main menu, the footer links and the breadcrumb trail.

The menu and the footer are edited in the “Navigation” settings of the site. A menu with no items
shows the home page's sections marked “Show in menus”, so a new site has a working menu. Each
costs a fixed number of queries, however many items it has (see ``docs/navigation.md``).
"""

from dataclasses import dataclass

from wagtail.models import Locale, Page, Site

from .models import FooterLink, MainMenuItem

_HOME_CACHE = "_newsroom_language_home"


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    current: bool


@dataclass(frozen=True)
class Link:
    title: str
    url: str


def language_home(request) -> Page | None:
    """The home page of the language the request is in, or None before the site is set up.

    Read once a request: the header, the breadcrumbs and the footer all need it."""
    if hasattr(request, _HOME_CACHE):
        return getattr(request, _HOME_CACHE)
    home = None
    site = Site.find_for_request(request)
    if site is not None:
        home = site.root_page
        locale = Locale.get_active()
        if home.locale_id != locale.pk:
            home = home.get_translation_or_none(locale) or home
    setattr(request, _HOME_CACHE, home)
    return home


def _in_language(pages: list[Page], locale_id: int) -> dict[int, Page]:
    """Each of ``pages`` by its id, replaced by its live translation into the locale when it is
    in another language and has one; in one query whatever the number of pages."""
    found = {page.pk: page for page in pages}
    foreign: dict = {}
    for page in pages:
        if page.locale_id != locale_id:
            foreign.setdefault(page.translation_key, []).append(page.pk)
    if foreign:
        for translation in Page.objects.live().filter(
            translation_key__in=foreign, locale_id=locale_id
        ):
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
            navigation__site=Site.find_for_request(request), page__live=True
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
            for child in home.get_children()
            .live()
            .public()
            .in_menu()
            .only("title", "url_path", "depth", "path", "locale_id")
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
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    pages = _in_language([link.page for link in links if link.page_id], home.locale_id)
    found = []
    for link in links:
        if link.page_id:
            page = pages[link.page_id]
            if page.live:
                found.append(Link(link.label or page.title, page.get_url(request)))
        elif link.url:
            found.append(Link(link.label or link.url, link.url))
    return found


def breadcrumbs(request, page: Page | None, tail: list[Link] | None = None) -> list[Link]:
    """The trail from the home page down to ``page`` and, on a page's own sub-pages (a country of
    the countries page), on to ``tail``. Empty on the home page and outside the home's tree."""
    home = language_home(request)
    tail = list(tail or [])
    if home is None or page is None or not page.path.startswith(home.path):
        return []
    if page.pk == home.pk and not tail:
        return []
    trail = [
        Link(ancestor.title, ancestor.get_url(request))
        for ancestor in page.get_ancestors().filter(depth__gte=home.depth)
    ]
    # A story without a title of its own is named as its page heads it.
    title = getattr(page, "heading", page.title)
    return trail + [Link(title, page.get_url(request))] + tail

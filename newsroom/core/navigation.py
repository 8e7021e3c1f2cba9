"""How readers find their way: the links of the menus, the language's home page and the
breadcrumb trail. The main menu and the footer, which show only pages a reader may open, are
read by the home app (``newsroom/home/navigation.py``); see ``docs/navigation.md``.
"""

from dataclasses import dataclass

from wagtail.models import Locale, Page, Site

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

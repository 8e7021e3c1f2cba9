"""The main menu: the home page of the reader's language and its sections marked “show in menus”."""

from dataclasses import dataclass

from wagtail.models import Locale, Page, Site


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    current: bool


def language_home(request) -> Page | None:
    """The home page of the language the request is in, or None before the site is set up."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    locale = Locale.get_active()
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale) or root


def main_menu(request, current_page: Page | None) -> tuple[Page | None, list[MenuItem]]:
    home = language_home(request)
    if home is None:
        return None, []
    current_path = current_page.url_path if current_page is not None else ""
    items = [
        MenuItem(
            title=child.title,
            url=child.get_url(request),
            current=current_path.startswith(child.url_path),
        )
        for child in home.get_children()
        .live()
        .public()
        .in_menu()
        .only("title", "url_path", "depth", "path")
    ]
    return home, items

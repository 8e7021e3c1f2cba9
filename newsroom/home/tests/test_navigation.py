"""How readers find their way: the main menu, the breadcrumb trail and the footer."""

import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from newsroom.core.models import FooterLink, MainMenuItem, NavigationSettings
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

pytestmark = pytest.mark.django_db

# Every listing a reader can reach, by its address.
LISTINGS = {
    "What's new": "/en/whats-new/",
    "press releases": "/en/press-releases/",
    "news": "/en/news/",
    "statements": "/en/statements/",
    "features": "/en/features/",
    "events": "/en/events/",
    "projects": "/en/projects/",
    "publications": "/en/publications/",
    "videos": "/en/videos/",
    "countries": "/en/countries/",
    "topics": "/en/topics/",
}


def nav(html: str, label: str) -> str:
    found = re.search(rf'<nav[^>]*aria-label="{label}"[^>]*>.*?</nav>', html, re.S)
    assert found is not None, f"No {label!r} navigation on the page."
    return found.group(0)


def links(html: str) -> list[tuple[str, str, bool]]:
    """(address, words, marked current) of each link in ``html``."""
    return [
        (href, unescape(text), bool(current))
        for href, current, text in re.findall(
            r'<a href="([^"]*)"( aria-current="page")?>([^<]*)</a>', html
        )
    ]


def navigation(structure) -> NavigationSettings:
    return NavigationSettings.for_site(Site.objects.get(is_default_site=True))


def test_without_menu_items_the_menu_shows_the_sections_marked_for_menus(client, structure):
    structure.sections[Kind.FEATURE].show_in_menus = False
    structure.sections[Kind.FEATURE].save()

    menu = links(nav(client.get("/en/").content.decode(), "Main"))

    assert [href for href, _words, _current in menu] == [
        path for path in LISTINGS.values() if path != "/en/features/"
    ]
    assert ("/en/whats-new/", "What's new", False) in menu


def test_the_menu_shows_the_items_chosen_in_the_settings_in_their_order(client, structure):
    settings = navigation(structure)
    MainMenuItem.objects.create(navigation=settings, page=structure.countries, sort_order=1)
    MainMenuItem.objects.create(
        navigation=settings, page=structure.press_releases, label="Press room", sort_order=0
    )
    draft = make_story(structure, title="Draft", publish=False)
    MainMenuItem.objects.create(navigation=settings, page=draft, sort_order=2)

    menu = links(nav(client.get("/en/countries/china/").content.decode(), "Main"))

    assert menu == [
        ("/en/press-releases/", "Press room", False),
        ("/en/countries/", "Countries", True),
    ]


def test_the_menu_marks_the_section_of_the_current_page(client, structure):
    story = make_story(structure, kind=Kind.EVENT, title="Forum")

    menu = links(nav(client.get(story.url).content.decode(), "Main"))

    assert [words for _href, words, current in menu if current] == ["Events and meetings"]


def test_the_header_costs_the_same_queries_however_long_the_menu(client, structure):
    settings = navigation(structure)
    pages = [structure.whats_new, structure.press_releases, *structure.sections.values()]
    MainMenuItem.objects.create(navigation=settings, page=pages[0], sort_order=0)
    client.get("/en/topics/")
    with CaptureQueriesContext(connection) as short:
        client.get("/en/topics/")

    for number, page in enumerate(pages[1:], start=1):
        MainMenuItem.objects.create(navigation=settings, page=page, sort_order=number)
    MainMenuItem.objects.create(navigation=settings, page=structure.topics, sort_order=99)
    with CaptureQueriesContext(connection) as long:
        html = client.get("/en/topics/").content.decode()

    assert len(links(nav(html, "Main"))) == len(pages) + 1
    assert len(long) == len(short)


def test_breadcrumbs_lead_from_the_home_page_to_the_current_page(client, structure):
    story = make_story(structure, title="Safety first")

    html = client.get(story.url).content.decode()

    trail = nav(html, "Breadcrumb")
    assert "<ol>" in trail
    assert links(trail) == [
        ("/en/", "Home", False),
        ("/en/news/", "News", False),
        ("/en/news/safety-first/", "Safety first", True),
    ]
    # A landmark of its own between the site's header and the main content, which the skip link
    # goes past.
    assert html.index("</header>") < html.index(trail) < html.index('<main id="main"')


def test_a_country_page_has_its_own_step_in_the_breadcrumbs(client, structure):
    html = client.get("/en/countries/mongolia/").content.decode()

    assert links(nav(html, "Breadcrumb")) == [
        ("/en/", "Home", False),
        ("/en/countries/", "Countries", False),
        ("/en/countries/mongolia/", "Mongolia resources", True),
    ]


def test_the_home_page_has_no_breadcrumbs(client, structure):
    assert 'aria-label="Breadcrumb"' not in client.get("/en/").content.decode()


def test_the_footer_names_the_office_and_shows_the_links_of_the_settings(client, structure):
    settings = navigation(structure)
    FooterLink.objects.create(
        navigation=settings, url="https://www.ilo.org/", label="ILO worldwide", sort_order=1
    )
    FooterLink.objects.create(navigation=settings, page=structure.topics, sort_order=0)

    html = client.get("/en/").content.decode()

    footer = html[html.index("<footer") :]
    assert "ILO Country Office for China and Mongolia" in footer
    assert links(nav(footer, "Footer")) == [
        ("/en/topics/", "Topics", False),
        ("https://www.ilo.org/", "ILO worldwide", False),
    ]


def test_without_footer_links_the_footer_has_no_link_list(client, structure):
    assert 'aria-label="Footer"' not in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    "fields, field",
    [({}, "page"), ({"url": "https://www.ilo.org/"}, "label")],
)
def test_a_footer_link_needs_a_page_or_an_address_with_words(structure, fields, field):
    link = FooterLink(navigation=navigation(structure), **fields)

    with pytest.raises(ValidationError) as error:
        link.clean()

    assert field in error.value.message_dict


def reachable(client, start: str, clicks: int) -> dict[str, int]:
    """The site's addresses a reader reaches from ``start``, with the fewest clicks to each."""
    found = {start: 0}
    frontier = [start]
    for click in range(1, clicks + 1):
        following = []
        for address in frontier:
            response = client.get(address)
            assert response.status_code == 200, address
            for href in re.findall(r'<a href="([^"]*)"', response.content.decode()):
                target = unescape(href)
                if urlsplit(target).netloc or not target.startswith("/en/"):
                    continue
                if target not in found:
                    found[target] = click
                    following.append(target)
        frontier = following
    return found


def test_every_listing_is_one_click_from_the_home_page_and_a_country_two(client, structure):
    found = reachable(client, "/en/", clicks=2)

    for name, address in LISTINGS.items():
        assert found.get(address) == 1, name
        assert client.get(address).status_code == 200, name
    assert found.get("/en/countries/china/") == 2
    assert found.get("/en/topics/gender-equality/") == 2


def test_a_menu_edited_down_to_a_few_items_still_reaches_the_country_pages(client, structure):
    settings = navigation(structure)
    for number, page in enumerate([structure.whats_new, structure.countries, structure.topics]):
        MainMenuItem.objects.create(navigation=settings, page=page, sort_order=number)

    found = reachable(client, "/en/", clicks=2)

    assert found.get("/en/whats-new/") == found.get("/en/countries/") == 1
    assert found.get("/en/countries/mongolia/") == 2

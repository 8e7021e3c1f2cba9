"""Readers and their feed readers find a listing's feeds: links in the page head for software,
links under the list for people."""

import re

import pytest

from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

from .helpers import get

pytestmark = pytest.mark.django_db

LISTINGS = [
    "/en/whats-new/",
    "/en/press-releases/",
    "/en/news/",
    "/en/events/",
    "/en/projects/",
    "/en/publications/",
    "/en/videos/",
    "/en/countries/china/",
    "/en/topics/social-protection/",
]


def head_links(html: str) -> list[tuple[str, str, str]]:
    """The ``(type, title, href)`` of each ``<link rel="alternate">`` with a type."""
    head = html.split("</head>")[0]
    return re.findall(r'<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)">', head)


def visible_links(html: str) -> list[tuple[str, str]]:
    """The ``(href, text)`` of each link under the list."""
    block = re.search(r'<nav class="feed-links"[^>]*>(.*?)</nav>', html, re.S)
    assert block, "no feed links on the page"
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', block.group(1))


@pytest.mark.parametrize("listing", LISTINGS)
def test_every_listing_names_its_three_feeds_in_its_head_and_under_its_list(
    client, structure, listing
):
    html = get(client, listing).content.decode()

    head = head_links(html)
    types = [found[0] for found in head]
    assert types[:3] == ["application/rss+xml", "application/atom+xml", "application/feed+json"]
    assert [href for _type, _title, href in head[:3]] == [
        f"http://testserver{listing}feed/",
        f"http://testserver{listing}feed/atom/",
        f"http://testserver{listing}feed/json/",
    ]
    assert visible_links(html)[:3] == [
        (f"{listing}feed/", "RSS"),
        (f"{listing}feed/atom/", "Atom"),
        (f"{listing}feed/json/", "JSON Feed"),
    ]
    for href in (f"{listing}feed/", f"{listing}feed/atom/", f"{listing}feed/json/"):
        assert get(client, href).status_code == 200


def test_the_events_listing_also_offers_its_calendar(client, structure):
    html = get(client, "/en/events/").content.decode()

    assert ("text/calendar", "Events and meetings (Calendar (iCal))") in [
        (kind, title) for kind, title, _href in head_links(html)
    ]
    assert ("/en/events/calendar/", "Calendar (iCal)") in visible_links(html)


def test_a_filtered_country_page_offers_the_feed_of_what_it_shows(client, structure):
    html = get(client, "/en/countries/china/?kind=event").content.decode()

    assert visible_links(html)[0] == ("/en/countries/china/feed/?kind=event", "RSS")
    assert head_links(html)[0][1] == "China resources: Event (RSS)"


def test_the_home_page_offers_the_feeds_of_whats_new(client, structure):
    html = get(client, "/en/").content.decode()

    assert head_links(html)[0][2] == "http://testserver/en/whats-new/feed/"
    assert visible_links(html)[0] == ("/en/whats-new/feed/", "RSS")


def test_a_story_page_offers_no_feed(client, structure):
    story = make_story(structure, kind=Kind.NEWS, title="A story")

    html = get(client, story.url).content.decode()

    assert head_links(html) == []
    assert 'class="feed-links"' not in html


def test_the_feed_links_are_in_the_readers_language(client, languages):
    html = get(client, "/zh/press-releases/").content.decode()

    assert head_links(html)[0][2] == "http://testserver/zh/press-releases/feed/"
    assert visible_links(html)[0] == ("/zh/press-releases/feed/", "RSS")

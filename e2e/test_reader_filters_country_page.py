"""A reader goes from the home page to the China page, keeps only its events and opens one."""

import re
from datetime import date, datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from newsroom.stories.kinds import Kind
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Country

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FORUM = "China Employment Forum"
EXHIBITION = "Photo exhibition “Decent work for domestic workers”"


def at(year: int, month: int, day: int) -> datetime:
    return timezone.make_aware(datetime(year, month, day, 12))


@pytest.fixture
def china_stories(structure):
    china = Country.objects.get(slug="china")
    mongolia = Country.objects.get(slug="mongolia")
    make_filed_story(
        structure,
        kind=Kind.EVENT,
        title=FORUM,
        countries=[china],
        date_start=date(2015, 10, 13),
        date_end=date(2015, 10, 14),
        venue="Beijing, China",
        teaser="Government, employers and workers discuss youth employment.",
        published_at=at(2015, 10, 1),
    )
    make_filed_story(
        structure,
        kind=Kind.EVENT,
        title=EXHIBITION,
        countries=[china, mongolia],
        date_start=date(2015, 9, 14),
        date_end=date(2015, 12, 31),
        published_at=at(2015, 9, 1),
    )
    make_filed_story(
        structure,
        kind=Kind.EVENT,
        title="Tripartite seminar on the Labour Law",
        countries=[mongolia],
        date_start=date(2015, 10, 20),
        published_at=at(2015, 10, 2),
    )
    make_filed_story(
        structure,
        kind=Kind.PRESS_RELEASE,
        title="ILO and China sign a memorandum on South–South cooperation",
        countries=[china],
        published_at=at(2015, 10, 3),
    )
    make_filed_story(
        structure,
        kind=Kind.NEWS,
        title="Safety and health at the heart of the future of work",
        countries=[china],
        published_at=at(2015, 9, 20),
    )
    make_filed_story(
        structure,
        kind=Kind.PUBLICATION,
        title="A guide to the “Better Work” approach for garment factories",
        countries=[china],
        published_at=at(2015, 8, 5),
    )


def listed_titles(page: Page):
    """The titles of the stories listed under the page's month headings."""
    return (
        page.get_by_role("main")
        .get_by_role("region")
        .get_by_role("listitem")
        .get_by_role("heading")
    )


def test_reader_filters_the_china_page_to_events_and_opens_one(china_stories, page):
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Countries").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Countries")
    page.get_by_role("main").get_by_role("link", name="China", exact=True).click()

    expect(page).to_have_url(re.compile(r"/en/countries/china/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("China resources")
    # Every kind about China, newest first, under month headings; Mongolia's seminar is not here.
    expect(listed_titles(page)).to_have_text(
        [
            "ILO and China sign a memorandum on South–South cooperation",
            FORUM,
            "Safety and health at the heart of the future of work",
            EXHIBITION,
            "A guide to the “Better Work” approach for garment factories",
        ]
    )

    kinds = page.get_by_role("navigation", name="Filter by kind")
    expect(kinds.get_by_role("link", name="All")).to_have_attribute("aria-current", "page")
    kinds.get_by_role("link", name="Event", exact=True).click()

    expect(page).to_have_url(re.compile(r"/en/countries/china/\?kind=event$"))
    expect(kinds.get_by_role("link", name="Event", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    expect(listed_titles(page)).to_have_text([FORUM, EXHIBITION])
    months = page.get_by_role("main").get_by_role("region")
    expect(months.get_by_role("heading", level=2)).to_have_text(["October 2015", "September 2015"])
    # Each item: its kicker, its title, then the event's own days.
    items = page.get_by_role("main").get_by_role("region").get_by_role("listitem")
    expect(items).to_have_text(
        [
            re.compile(rf"^\s*Event\s+{re.escape(FORUM)}\s+13 - 14 October 2015\b"),
            re.compile(rf"^\s*Event\s+{re.escape(EXHIBITION)}\s+14 September - 31 December 2015"),
        ]
    )

    page.get_by_role("link", name=FORUM).click()

    expect(page).to_have_url(re.compile(r"/en/events/china-employment-forum/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(FORUM)
    expect(page.get_by_role("main")).to_contain_text("13 - 14 October 2015 | Beijing, China")

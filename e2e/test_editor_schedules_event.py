"""An editor announces an event of several days; readers find it under upcoming events, then,
once its last day is over, under past events."""

import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect

from e2e.editors import PASSWORD, USERNAME, sign_in
from newsroom.core import clock

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Tripartite seminar on skills and lifelong learning"
VENUE = "Ulaanbaatar, Mongolia"
FIRST_DAY, LAST_DAY = date(2031, 10, 6), date(2031, 10, 8)
WHEN = "6 - 8 October 2031 | Ulaanbaatar, Mongolia"


@pytest.fixture
def editor_account(db):
    return get_user_model().objects.create_superuser(USERNAME, email="", password=PASSWORD)


@pytest.fixture
def office_calendar(monkeypatch):
    """The office's calendar, which the test moves on; the live server runs in this process and
    reads the day from ``clock.today`` on every request."""

    def set_day(day: date) -> None:
        monkeypatch.setattr(clock, "today", lambda: day)

    set_day(date(2031, 9, 1))
    return set_day


def publish_event(page: Page) -> None:
    page.get_by_role("navigation", name="Main menu").get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="View child pages of 'Home'").click()
    page.get_by_role("link", name="Events and meetings", exact=True).click()
    expect(page.get_by_role("heading", name="Exploring: Events and meetings")).to_be_visible()
    # The listing holds only events, so Wagtail goes straight to the new-page form.
    page.get_by_role("link", name="Add child page").click()
    expect(page.get_by_role("heading", name="New: Event")).to_be_visible()

    page.get_by_role("textbox", name="Title").fill(TITLE)
    expect(page.get_by_role("heading", name="When and where")).to_be_visible()
    # Typed as a person types, then Tab: each field's calendar opens a moment after the field
    # gets focus and closes when the field loses it, so a date filled in at once would leave
    # its calendar open over the form.
    for label, day in (("First day", FIRST_DAY), ("Last day", LAST_DAY)):
        field = page.get_by_role("textbox", name=label)
        field.click()
        field.press_sequentially(day.isoformat(), delay=30)
        field.press("Tab")
        expect(field).to_have_value(day.isoformat())
    page.get_by_role("textbox", name="Venue").fill(VENUE)

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(f"Page '{TITLE}' created and published.")


def group(page: Page, heading: str):
    return page.get_by_role("main").get_by_role("region", name=heading, exact=True)


def test_editor_publishes_an_event_that_readers_see_upcoming_then_past(
    editor_account, structure, new_page, office_calendar
):
    editor = new_page()
    sign_in(editor)
    publish_event(editor)

    reader = new_page()
    reader.goto("/")
    reader.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Events and meetings"
    ).click()
    expect(reader).to_have_url(re.compile(r"/en/events/$"))
    upcoming = group(reader, "Upcoming events")
    expect(upcoming.get_by_role("listitem")).to_have_count(1)
    expect(upcoming.get_by_role("listitem")).to_contain_text(TITLE)
    expect(upcoming.get_by_role("listitem")).to_contain_text(WHEN)
    expect(group(reader, "Past events")).to_have_count(0)

    # Still upcoming on its last day; past the day after.
    office_calendar(LAST_DAY)
    reader.reload()
    expect(group(reader, "Upcoming events").get_by_role("listitem")).to_contain_text(TITLE)

    office_calendar(date(2031, 10, 9))
    reader.reload()
    expect(group(reader, "Upcoming events")).to_have_count(0)
    past = group(reader, "Past events")
    expect(past.get_by_role("listitem")).to_have_count(1)
    expect(past.get_by_role("listitem")).to_contain_text(TITLE)
    expect(past.get_by_role("listitem")).to_contain_text(WHEN)

    past.get_by_role("link", name=TITLE).click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.get_by_role("main")).to_contain_text(WHEN)

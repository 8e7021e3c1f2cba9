"""Events in readers' calendars: the calendar of the events listing, and one event's file."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import PageViewRestriction

from newsroom.core import clock
from newsroom.events.factories import make_event
from newsroom.events.models import EventPage
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

from .helpers import calendar, events_of, get

pytestmark = pytest.mark.django_db

TODAY = date(2021, 10, 7)


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


def only_event(client, page: EventPage):
    found = events_of(calendar(client, page.url + "calendar/"))
    assert len(found) == 1
    return found[0]


def test_an_event_of_two_days_ends_on_its_second_day_inclusive(client, structure):
    forum = make_event(structure, "Forum", date(2015, 10, 13), date(2015, 10, 14), venue="Beijing")

    entry = only_event(client, forum)

    # All-day dates, the end exclusive: the day after the last day.
    assert entry.decoded("dtstart") == date(2015, 10, 13)
    assert entry.decoded("dtend") == date(2015, 10, 15)
    assert entry["dtstart"].params["VALUE"] == "DATE"
    assert "TZID" not in entry["dtstart"].params


def test_an_event_of_one_day_lasts_that_day(client, structure):
    seminar = make_event(structure, "Seminar", date(2021, 10, 6))

    entry = only_event(client, seminar)

    assert (entry.decoded("dtstart"), entry.decoded("dtend")) == (
        date(2021, 10, 6),
        date(2021, 10, 7),
    )


def test_a_timed_event_is_in_its_venues_time_zone(client, structure):
    ulaanbaatar = ZoneInfo("Asia/Ulaanbaatar")
    meeting = make_event(
        structure,
        "Tripartite meeting",
        date(2021, 11, 2),
        date(2021, 11, 3),
        start_time=time(9, 30),
        end_time=time(17, 0),
        time_zone="Asia/Ulaanbaatar",
        venue="Ulaanbaatar, Mongolia",
    )

    downloaded = calendar(client, meeting.url + "calendar/")
    entry = events_of(downloaded)[0]

    assert entry["dtstart"].params["TZID"] == "Asia/Ulaanbaatar"
    assert entry.decoded("dtstart") == datetime(2021, 11, 2, 9, 30, tzinfo=ulaanbaatar)
    assert entry.decoded("dtend") == datetime(2021, 11, 3, 17, 0, tzinfo=ulaanbaatar)
    zones = [str(zone["tzid"]) for zone in downloaded.walk("VTIMEZONE")]
    assert zones == ["Asia/Ulaanbaatar"]


def test_an_event_has_its_title_venue_address_and_summary(client, structure):
    forum = make_event(
        structure,
        "Forum on skills",
        date(2021, 10, 6),
        venue="Beijing, China",
        teaser="Employers and workers on apprenticeships.",
    )
    webinar = make_event(structure, "Webinar", date(2021, 10, 8), is_online=True)

    entry = only_event(client, forum)
    online = only_event(client, webinar)

    assert str(entry["summary"]) == "Forum on skills"
    assert str(entry["location"]) == "Beijing, China"
    assert str(entry["url"]) == f"http://testserver{forum.url}"
    assert str(entry["description"]).startswith("Employers and workers on apprenticeships.")
    assert str(online["location"]) == "Online"


def test_an_updated_event_keeps_its_uid(client, structure):
    forum = make_event(structure, "Forum", date(2021, 10, 6))
    before = only_event(client, forum)

    forum.title, forum.slug, forum.date_start = "Forum, postponed", "forum-postponed", None
    forum.date_start = date(2021, 10, 20)
    forum.save_revision().publish()
    forum.refresh_from_db()
    after = only_event(client, forum)

    assert str(after["uid"]) == str(before["uid"])
    assert after.decoded("dtstart") == date(2021, 10, 20)
    assert after.decoded("last-modified") >= before.decoded("last-modified")


def test_the_same_event_in_another_language_is_another_entry(client, languages):
    english = make_event(languages["en"], "Forum", date(2021, 10, 6))
    chinese = make_story(
        languages["zh-hans"],
        kind=Kind.EVENT,
        title="论坛",
        date_start=date(2021, 10, 6),
        translation_key=english.translation_key,
    )

    assert str(only_event(client, english)["uid"]) != str(only_event(client, chinese)["uid"])


def test_the_listing_calendar_holds_upcoming_then_recent_past_events_with_days(
    client, structure, today
):
    make_event(structure, "Past", date(2021, 9, 1))
    make_event(structure, "Today", TODAY)
    make_event(structure, "Next month", date(2021, 11, 1), date(2021, 11, 2))
    make_event(structure, "Undated")
    make_event(structure, "Draft", date(2021, 10, 20), publish=False)
    private = make_event(structure, "Private", date(2021, 10, 21))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    subscribed = calendar(client, "/en/events/calendar/")

    assert [str(entry["summary"]) for entry in events_of(subscribed)] == [
        "Today",
        "Next month",
        "Past",
    ]
    assert str(subscribed["x-wr-calname"]).startswith("Events and meetings")
    assert str(subscribed["refresh-interval"].to_ical().decode()) == "PT6H"


def test_the_listing_calendar_holds_50_events(client, structure, today):
    for number in range(52):
        make_event(structure, f"Event {number}", TODAY - timedelta(days=number))

    entries = events_of(calendar(client, "/en/events/calendar/"))

    assert len(entries) == 50
    assert str(entries[0]["summary"]) == "Event 0" and str(entries[-1]["summary"]) == "Event 49"


def test_an_event_file_is_a_download_named_after_the_event(client, structure):
    forum = make_event(structure, "Forum", date(2021, 10, 6))

    response = get(client, forum.url + "calendar/")

    assert response["Content-Disposition"] == 'attachment; filename="forum.ics"'


def test_an_event_without_days_cannot_be_added_to_a_calendar(client, structure):
    undated = make_event(structure, "Undated")

    response = client.get(undated.url + "calendar/")

    assert response.status_code == 404
    assert "no date yet" in response.content.decode()


def test_a_private_or_unpublished_events_file_is_not_served(client, structure):
    private = make_event(structure, "Private", date(2021, 10, 6))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    withdrawn = make_event(structure, "Withdrawn", date(2021, 10, 6))
    url = withdrawn.url
    withdrawn.unpublish()

    private_answer = client.get(private.url + "calendar/")

    assert not private_answer["Content-Type"].startswith("text/calendar")
    assert client.get(url + "calendar/").status_code == 404


def test_the_event_page_shows_its_times_and_a_link_to_its_calendar_file(client, structure):
    meeting = make_event(
        structure,
        "Meeting",
        date(2021, 11, 2),
        start_time=time(9, 30),
        end_time=time(17, 0),
        time_zone="Asia/Ulaanbaatar",
    )

    html = get(client, meeting.url).content.decode()

    assert "Time: 09:30 - 17:00 (Asia/Ulaanbaatar time)" in html
    assert f'href="{meeting.url}calendar/"' in html

"""Events and meetings, as a reader gets them: upcoming events, then past ones."""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, streamfield

from bench.generate_stories import generate_stories
from newsroom.core import clock
from newsroom.events.factories import make_event
from newsroom.events.models import EventIndexPage, EventPage
from newsroom.home.models import HomePage
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import DateDisplay, Kind
from testing.listings import grouped_titles, listing_html
from testing.textmode import contains_run, folded_lines, text_dump

pytestmark = pytest.mark.django_db

URL = "/en/events/"
FILES = Path(__file__).resolve().parent / "files"
TODAY = date(2021, 10, 7)


@pytest.fixture
def today(monkeypatch):
    """The office's calendar stopped on 7 October 2021."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


listed = grouped_titles


def page_html(client, page=None) -> str:
    return listing_html(client, URL, page)


def test_upcoming_events_come_first_soonest_first_then_past_events_latest_first(
    client, structure, today
):
    make_event(structure, "Forum", date(2015, 10, 13), date(2015, 10, 14))
    make_event(structure, "Undated workshop")
    make_event(structure, "Launch", date(2021, 10, 20))
    make_event(structure, "Ended yesterday", date(2021, 10, 6))
    make_event(structure, "Exhibition", date(2015, 9, 14), date(2015, 12, 31))
    make_event(structure, "Webinar under way", date(2021, 10, 6), date(2021, 10, 8))
    make_event(structure, "Ends today", date(2021, 10, 5), date(2021, 10, 7))
    make_event(structure, "Next year", date(2022, 3, 1), date(2022, 3, 2))

    assert listed(page_html(client)) == [
        ("Upcoming events", ["Ends today", "Webinar under way", "Launch", "Next year"]),
        ("Past events", ["Ended yesterday", "Forum", "Exhibition", "Undated workshop"]),
    ]


def test_undated_past_events_follow_the_dated_ones_newest_published_first(client, structure, today):
    make_event(structure, "Undated, older", published_at=timezone.make_aware(datetime(2017, 3, 1)))
    make_event(structure, "Undated, newer", published_at=timezone.make_aware(datetime(2017, 3, 9)))
    make_event(structure, "Dated long ago", date(2005, 5, 5))

    assert listed(page_html(client)) == [
        ("Past events", ["Dated long ago", "Undated, newer", "Undated, older"]),
    ]


def test_dates_and_venues_are_written_as_the_reference_writes_them(client, structure, today):
    make_event(structure, "Forum", date(2015, 10, 13), date(2015, 10, 14), venue="Beijing, China")
    make_event(structure, "Exhibition", date(2015, 9, 14), date(2015, 12, 31))
    make_event(structure, "Year-end meeting", date(2015, 12, 30), date(2016, 1, 2), venue="Geneva")
    make_event(structure, "Webinar", date(2021, 10, 6), date(2021, 10, 8), is_online=True)
    make_event(structure, "One-day seminar", date(2021, 10, 6), venue="Ulaanbaatar, Mongolia")
    make_event(structure, "Hybrid meeting", date(2021, 11, 2), venue="Shanghai", is_online=True)
    make_event(structure, "Undated with a venue", venue="Beijing, China", teaser="Date to come.")

    lines = text_dump(page_html(client))

    for title, when in [
        ("Forum", "13 - 14 October 2015 | Beijing, China"),
        ("Exhibition", "14 September - 31 December 2015"),
        ("Year-end meeting", "30 December 2015 - 2 January 2016 | Geneva"),
        ("Webinar", "6 - 8 October 2021 | Online"),
        ("One-day seminar", "6 October 2021 | Ulaanbaatar, Mongolia"),
        ("Hybrid meeting", "2 November 2021 | Shanghai"),
        ("Undated with a venue", "Date to come."),
    ]:
        title_line = next(n for n, line in enumerate(lines) if line.endswith(f". {title}"))
        assert lines[title_line + 1] == when, title


def test_dates_are_time_elements(client, structure, today):
    make_event(structure, "Forum", date(2015, 10, 13), date(2015, 10, 14), venue="Beijing, China")

    assert (
        '<time datetime="2015-10-13">13</time> - <time datetime="2015-10-14">14 October 2015'
        "</time> | Beijing, China</p>"
    ) in page_html(client)


def test_an_event_moves_to_past_events_the_day_after_its_last_day(client, structure, monkeypatch):
    make_event(structure, "Workshop", date(2021, 10, 6), date(2021, 10, 8))

    for day, heading in [
        (date(2021, 9, 1), "Upcoming events"),
        (date(2021, 10, 8), "Upcoming events"),
        (date(2021, 10, 9), "Past events"),
    ]:
        monkeypatch.setattr(clock, "today", lambda day=day: day)
        assert listed(page_html(client)) == [(heading, ["Workshop"])], day


def test_ten_a_page_across_the_two_groups_numbered_from_1_in_each(client, structure, today):
    for n in range(8):
        make_event(structure, f"Upcoming {n + 1}", TODAY + timedelta(days=n + 1))
    for n in range(7):
        make_event(structure, f"Past {n + 1}", TODAY - timedelta(days=n + 1))

    first, second = page_html(client), page_html(client, 2)

    assert listed(first) == [
        ("Upcoming events", [f"Upcoming {n}" for n in range(1, 9)]),
        ("Past events", ["Past 1", "Past 2"]),
    ]
    assert listed(second) == [("Past events", [f"Past {n}" for n in range(3, 8)])]
    # Each group is an ordered list of its own: numbering starts again at 1 on every page.
    assert first.count('<ol class="story-list">') == 2
    assert second.count('<ol class="story-list">') == 1
    first_lines, second_lines = text_dump(first), text_dump(second)
    assert contains_run(first_lines, ["Upcoming events", "1. Upcoming 1"])
    assert contains_run(first_lines, ["Past events", "1. Past 1"])
    assert "2. Past 2" in first_lines
    assert contains_run(second_lines, ["Past events", "1. Past 3"])
    assert "5. Past 7" in second_lines
    assert '<link rel="next" href="?page=2">' in first
    assert '<link rel="prev" href="?page=1">' in second
    assert "Page 2 of 2" in second


def test_a_group_without_items_on_the_page_is_not_shown(client, structure, today):
    make_event(structure, "Long past", date(2010, 1, 1))

    html = page_html(client)

    assert "Upcoming events" not in html
    assert listed(html) == [("Past events", ["Long past"])]


def test_an_empty_listing_says_so(client, structure, today):
    html = page_html(client)

    assert "No event has been published yet." in html
    assert "story-list" not in html


@pytest.mark.parametrize("value", ["abc", "0", "-1", "99", "1.5", "%00", "9" * 400, "1e3", "", " "])
def test_junk_page_numbers_get_a_clear_404(client, structure, today, value):
    make_event(structure, "Only event", date(2021, 10, 20))

    response = client.get(URL, {"page": value})

    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_out_of_range_page_says_how_many_pages_there_are(client, structure, today):
    for n in range(11):
        make_event(structure, f"Event {n}", TODAY + timedelta(days=n - 5))

    response = client.get(URL, {"page": 3})

    assert response.status_code == 404
    assert "This list has 2 page(s); there is no page 3." in response.content.decode()


def test_drafts_private_withdrawn_and_other_kinds_stay_out(client, structure, today):
    make_event(structure, "Public event", date(2021, 10, 20))
    make_event(structure, "Draft event", date(2021, 10, 21), publish=False)
    private = make_event(structure, "Private event", date(2021, 10, 22))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    withdrawn = make_event(structure, "Withdrawn event", date(2015, 1, 1))
    withdrawn.unpublish()
    make_story(structure, kind=Kind.NEWS, title="A news item")

    assert listed(page_html(client)) == [("Upcoming events", ["Public event"])]


def test_events_are_created_only_in_the_events_listing(structure):
    events_index = structure.sections[Kind.EVENT]

    assert EventIndexPage.allowed_parent_page_models() == [HomePage]
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert EventPage.allowed_parent_page_models() == [EventIndexPage]
    assert EventPage.can_create_at(events_index)
    assert not EventPage.can_create_at(structure.sections[Kind.NEWS])
    assert not EventPage.can_create_at(structure.press_releases)
    # One listing per language: the home page already has it.
    assert not EventIndexPage.can_create_at(structure.home)


def test_an_event_shows_its_own_days_never_its_publication_date(structure):
    one_day = make_event(structure, "One day", date(2021, 10, 6))
    same_day_range = make_event(structure, "Same day", date(2021, 10, 6), date(2021, 10, 6))
    several = make_event(structure, "Several days", date(2021, 10, 6), date(2021, 10, 8))
    undated = make_event(structure, "Undated")

    assert (one_day.date_display, one_day.date_end) == (DateDisplay.DATE, None)
    assert (same_day_range.date_display, same_day_range.date_end) == (DateDisplay.DATE, None)
    assert several.date_display == DateDisplay.RANGE
    assert undated.date_display == DateDisplay.NONE


def test_an_event_announced_ahead_is_published_when_announced(structure):
    announced = make_event(structure, "Far ahead", date(2031, 10, 6), published_at=None)

    assert abs(announced.published_at - timezone.now()) < timedelta(minutes=5)


def test_the_event_page_shows_its_days_and_venue_instead_of_a_byline(client, structure):
    forum = make_event(
        structure,
        "China Employment Forum",
        date(2015, 10, 13),
        date(2015, 10, 14),
        venue="Beijing, China",
        teaser="Employers, workers and the government meet on youth employment.",
        body=[("paragraph", "<p>The forum opened on Tuesday.</p>")],
    )
    webinar = make_event(structure, "Webinar", date(2021, 10, 6), is_online=True)
    undated = make_event(structure, "Undated seminar", venue="Beijing, China")

    html = client.get(forum.url).content.decode()
    assert "story__byline story__details" in html
    assert "Event |" not in html
    assert contains_run(
        text_dump(html),
        [
            "Event",
            "China Employment Forum",
            "Employers, workers and the government meet on youth employment.",
            "13 - 14 October 2015 | Beijing, China",
            "The forum opened on Tuesday.",
            "Add to my calendar (iCal)",
        ],
    )
    assert "6 October 2021 | Online" in text_dump(client.get(webinar.url).content.decode())
    undated_html = client.get(undated.url).content.decode()
    assert "story__byline" not in undated_html
    assert "Add to my calendar" not in undated_html
    assert contains_run(text_dump(undated_html), ["Event", "Undated seminar"])


def edit_form_data(**fields) -> dict:
    return nested_form_data(
        {"title": "Forum", "slug": "forum", "venue": "Beijing, China", "body": streamfield([])}
        | fields
    )


def test_the_editor_cannot_publish_an_event_without_its_first_day(admin_client, structure):
    add = f"/admin/pages/add/events/eventpage/{structure.sections[Kind.EVENT].pk}/"

    form = admin_client.get(add).content.decode()
    refused = admin_client.post(add, edit_form_data(**{"action-publish": "publish"}))

    assert "First day" in form and "Last day" in form
    assert refused.status_code == 200
    assert "Give the first day of the event" in refused.content.decode()
    assert not EventPage.objects.exists()

    draft = admin_client.post(add, edit_form_data())
    assert draft.status_code == 302
    assert not EventPage.objects.get().live


def test_the_editor_publishes_an_event_with_its_days(admin_client, structure):
    add = f"/admin/pages/add/events/eventpage/{structure.sections[Kind.EVENT].pk}/"

    response = admin_client.post(
        add,
        edit_form_data(
            date_start="2031-10-06", date_end="2031-10-08", **{"action-publish": "publish"}
        ),
    )

    assert response.status_code == 302
    published = EventPage.objects.get()
    assert published.live and published.date_display == DateDisplay.RANGE
    assert (published.date_start, published.date_end) == (date(2031, 10, 6), date(2031, 10, 8))


def test_a_range_ending_before_it_starts_is_refused(admin_client, structure):
    add = f"/admin/pages/add/events/eventpage/{structure.sections[Kind.EVENT].pk}/"

    response = admin_client.post(
        add,
        edit_form_data(
            date_start="2031-10-08", date_end="2031-10-06", **{"action-publish": "publish"}
        ),
    )

    assert "The last day cannot come before the first day." in response.content.decode()
    assert not EventPage.objects.exists()


def test_the_listing_runs_the_same_queries_for_200_events_as_for_10(
    client, structure, monkeypatch, django_assert_num_queries
):
    # After every event the generator writes (it dates them up to 2025), so that they are past.
    later = date(2026, 1, 1)
    monkeypatch.setattr(clock, "today", lambda: later)
    for n in range(5):
        make_event(structure, f"Upcoming {n}", later + timedelta(days=n))
        make_event(structure, f"Past {n}", later - timedelta(days=n + 1))
    client.get(URL)  # content types and site root paths are cached on first use
    with CaptureQueriesContext(connection) as few:
        few_html = page_html(client)
    queries = len(few)  # read now: the next request clears the connection's query log
    assert [len(titles) for _, titles in listed(few_html)] == [5, 5]

    generate_stories(190, structure=structure, hidden=False, shares=(("event", 1),))
    client.get(URL)
    with django_assert_num_queries(queries):
        many_html = page_html(client)

    assert listed(many_html) == listed(few_html)
    assert "Page 1 of 20" in many_html
    with django_assert_num_queries(queries - 1):
        # A page of past events only reads that one group.
        assert len(listed(page_html(client, 20))[0][1]) == 10


def test_the_listing_reads_back_as_the_sample_text(client, structure, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: date(2021, 10, 5))
    day = timezone.make_aware(datetime(2021, 9, 1, 12))
    make_event(
        structure,
        "Webinar on employment injury insurance for platform workers",
        date(2021, 10, 6),
        date(2021, 10, 8),
        is_online=True,
        teaser="Experts from China and Mongolia compare how platform workers are insured.",
        published_at=day,
    )
    make_event(
        structure,
        "Tripartite seminar on the Labour Law",
        date(2021, 10, 20),
        venue="Ulaanbaatar, Mongolia",
        published_at=day,
    )
    make_event(
        structure,
        "China Employment Forum",
        date(2015, 10, 13),
        date(2015, 10, 14),
        venue="Beijing, China",
        teaser="Government, employers and workers discuss youth employment.",
        published_at=day,
    )
    make_event(
        structure,
        "Photo exhibition “Decent work for domestic workers”",
        date(2015, 9, 14),
        date(2015, 12, 31),
        venue="Beijing, China",
        published_at=day,
    )
    make_event(
        structure,
        "ILO/NBS Workshop on Labour Statistics",
        teaser="The workshop aims to improve the quality of China's Labour Force Survey "
        "and data collection.",
        published_at=day,
    )

    dump = text_dump(page_html(client))
    expected = folded_lines((FILES / "events.txt").read_text(encoding="utf-8"))

    assert contains_run(dump, expected), "\n".join(dump)

"""Reading the listings of each kind: events, projects, publications, videos, statements and a
country's page, and each of their faults with its line."""

from datetime import date, timedelta

import pytest

from newsroom.importers.parser import ListingError, parse_listing, read_listing_file


def test_events_read_with_their_groups_days_and_venues(files_dir):
    listing = read_listing_file(files_dir / "events.txt")

    assert listing.kind_of_listing == "events"
    assert [(item.group, item.number) for item in listing.items] == [
        ("Upcoming events", 1),
        ("Upcoming events", 2),
        ("Upcoming events", 3),
        ("Past events", 1),
        ("Past events", 2),
        ("Past events", 3),
    ]
    webinar, consultation, _, forum, exhibition, workshop = listing.items
    assert (webinar.date_start, webinar.date_end) == (date(2021, 10, 6), date(2021, 10, 8))
    assert (webinar.venue, webinar.is_online) == ("", True)
    assert webinar.teaser.startswith("Experts from China and Mongolia")
    # A venue does not say whether the event is also online: that is left as it is.
    assert (consultation.venue, consultation.is_online) == ("Ulaanbaatar, Mongolia", None)
    assert consultation.teaser == ""
    assert (forum.venue, forum.date_end) == ("Beijing, China", date(2015, 10, 14))
    assert (exhibition.venue, exhibition.is_online) == ("", False)
    assert exhibition.date_start == date(2015, 9, 14)
    assert (workshop.date_start, workshop.venue, workshop.is_online) == (None, None, None)
    assert workshop.teaser.startswith("The workshop aims")


def test_projects_read_with_their_duration_and_funder(files_dir):
    items = read_listing_file(files_dir / "projects.txt").items

    assert [item.group for item in items] == ["Ongoing projects"] * 3 + ["Completed projects"] * 2
    assert items[0].funder == "Joint SDG Fund"
    assert items[0].teaser.startswith("A United Nations joint programme")
    assert (items[1].funder, items[1].teaser) == (
        "Ministry of Human Resources and Social Security of China",
        "",
    )
    assert (items[2].date_start, items[2].date_end, items[2].funder) == (
        date(2019, 3, 1),
        None,
        "",
    )
    assert items[4].funder.startswith("Swiss State Secretariat for Economic Affairs")


def test_publications_read_under_their_years_with_their_document_line(files_dir):
    listing = read_listing_file(files_dir / "publications.txt")

    assert listing.intro.startswith("Reports, briefs and factsheets")
    assert [(item.year_heading, item.document) for item in listing.items] == [
        (2021, "PDF, 1.2 MB"),
        (2021, ""),
        (2019, "PDF, 2.4 MB"),
    ]
    assert listing.items[0].teaser.startswith("The review compares")


def test_a_video_without_a_title_starts_with_its_date(files_dir):
    items = read_listing_file(files_dir / "videos.txt").items

    assert [item.is_untitled for item in items] == [False, True, False]
    untitled = items[1]
    assert (untitled.title, untitled.date_start) == ("", date(2016, 11, 8))
    assert untitled.duration == timedelta(minutes=12, seconds=28)
    assert untitled.teaser.startswith("Herders, miners and factory workers")
    assert items[2].duration == timedelta(minutes=5, seconds=2)
    assert items[2].teaser == ""


def test_a_country_page_names_its_country_and_files_items_under_months(files_dir):
    listing = read_listing_file(files_dir / "china-resources.txt")

    assert (listing.kind_of_listing, listing.country) == ("country", "China")
    assert [item.month_heading for item in listing.items] == [
        (2021, 11),
        (2021, 11),
        (2021, 11),
        (2021, 10),
        (2021, 10),
        (2021, 10),
        (2019, 6),
        (2019, 6),
    ]
    project = listing.items[2]
    assert (project.kicker, project.date_start, project.date_end) == (
        "Project",
        date(2019, 7, 1),
        date(2022, 6, 30),
    )
    assert listing.items[4].date_start == date(2021, 10, 2)
    assert listing.items[5].date_start is None
    assert listing.items[6].kicker == "World Day for Safety and Health at Work"


def test_statements_have_a_kicker_like_whats_new(files_dir):
    items = read_listing_file(files_dir / "statements.txt").items

    assert [item.kicker for item in items] == [
        "Statement",
        "World Day against Child Labour",
        "Statement",
    ]
    assert items[1].teaser == ""


def test_group_headings_repeat_when_pages_are_copied_one_after_the_other():
    listing = parse_listing(
        "Events and meetings\n\nPast events\n\n  1. Forum\n\n    13 - 14 October 2015\n\n"
        "Past events\n\n  1. Exhibition\n\n    14 September - 31 December 2015\n"
    )

    assert [item.title for item in listing.items] == ["Forum", "Exhibition"]


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        (
            "events-upcoming-out-of-order.txt",
            9,
            "item 2, “Webinar on employment injury protection for platform workers”, begins on "
            "6 October 2021, before the event above it; upcoming events are listed soonest first",
        ),
        (
            "events-upcoming-undated.txt",
            5,
            "item 1, “ILO/NBS Workshop on Labour Statistics”, has no date, so it cannot be "
            "upcoming",
        ),
        (
            "events-groups-out-of-order.txt",
            9,
            "the heading “Upcoming events” comes after “Past events”; Events and meetings shows "
            "its groups in this order: Upcoming events, Past events.",
        ),
        (
            "events-without-group.txt",
            3,
            "item 1 stands under no heading; the items of Events and meetings stand under "
            "“Upcoming events”, “Past events”.",
        ),
        (
            "events-bar-without-venue.txt",
            7,
            "“13 - 14 October 2015 |” has a bar after its days but names no venue after it.",
        ),
        (
            "projects-completed-without-end.txt",
            5,
            "has no end date, so it cannot be completed",
        ),
        (
            "videos-bad-duration.txt",
            7,
            "“Size/duration: 5 minutes” does not give a duration as hours, minutes and seconds",
        ),
        (
            "country-date-outside-month.txt",
            9,
            "the date 28 October 2021 does not fall in the month November 2021 under which the "
            "item stands.",
        ),
        ("country-with-intro.txt", 3, "a country's page has no introduction"),
        (
            "months-out-of-order.txt",
            11,
            "the month November 2021 comes after the month June 2019; months go newest first.",
        ),
    ],
)
def test_a_malformed_listing_is_refused_at_the_faulty_line(files_dir, name, line, message):
    with pytest.raises(ListingError) as refused:
        read_listing_file(files_dir / "malformed" / name)

    assert refused.value.line == line
    assert message in refused.value.message

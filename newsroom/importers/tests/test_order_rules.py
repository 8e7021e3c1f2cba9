"""The order a file of events or projects must be in for their listings here to show it, each
item out of place refused at its line."""

from datetime import date

import pytest

from newsroom.importers.errors import ListingError
from newsroom.importers.items import ListingItem
from newsroom.importers.layouts import LAYOUTS
from newsroom.importers.order_rules import check_order


def listed(group: str, *days: tuple[date | None, date | None]) -> list[ListingItem]:
    """Items numbered from 1 under ``group``, each on a line of its own from line 100 on."""
    return [
        ListingItem(
            line=100 + number,
            number=number,
            year_heading=None,
            kicker="",
            credit="",
            title=f"{group} {number}",
            date_start=start,
            date_end=end,
            teaser="",
            group=group,
        )
        for number, (start, end) in enumerate(days, start=1)
    ]


def refusal(key: str, items: list[ListingItem]) -> tuple[int | None, str]:
    with pytest.raises(ListingError) as refused:
        check_order(LAYOUTS[key], items)
    return refused.value.line, refused.value.message


def test_events_in_the_order_their_listing_shows_them():
    items = listed(
        "Upcoming events",
        (date(2021, 10, 6), date(2021, 10, 8)),
        (date(2021, 10, 20), None),
    ) + listed(
        "Past events",
        (date(2021, 9, 1), date(2021, 9, 3)),
        (date(2015, 10, 13), date(2015, 10, 14)),
        (None, None),
    )

    check_order(LAYOUTS["events"], items)


def test_an_upcoming_event_before_the_one_above_it_is_refused():
    items = listed("Upcoming events", (date(2021, 10, 20), None), (date(2021, 10, 6), None))

    assert refusal("events", items) == (
        102,
        "item 2, “Upcoming events 2”, begins on 6 October 2021, before the event above it; "
        "upcoming events are listed soonest first, so the listing could not show the file's "
        "order.",
    )


def test_an_upcoming_event_needs_its_days():
    line, message = refusal("events", listed("Upcoming events", (None, None)))

    assert line == 101
    assert message.startswith("item 1, “Upcoming events 1”, has no date, so it cannot be upcoming")


def test_past_events_go_latest_first_and_the_undated_last():
    later = listed("Past events", (date(2015, 10, 13), None), (date(2016, 1, 5), None))
    after_undated = listed("Past events", (None, None), (date(2015, 10, 13), None))

    assert refusal("events", later)[0] == 102
    assert (
        "after the event above it; past events are listed latest to begin first"
        in (refusal("events", later)[1])
    )
    assert refusal("events", after_undated)[0] == 102


def test_a_past_event_must_end_before_every_upcoming_one():
    items = listed("Upcoming events", (date(2021, 10, 6), date(2021, 10, 8))) + listed(
        "Past events", (date(2021, 10, 1), date(2021, 10, 8))
    )

    assert refusal("events", items) == (
        101,
        "item 1, “Past events 1”, is past but ends on 8 October 2021, no earlier than an "
        "upcoming event; an event is upcoming until its last day.",
    )


def test_projects_in_the_order_their_listing_shows_them():
    items = listed(
        "Ongoing projects",
        (date(2020, 1, 1), date(2022, 12, 31)),
        (date(2019, 3, 1), None),
        (None, None),
    ) + listed(
        "Completed projects",
        (date(2019, 7, 1), date(2020, 6, 30)),
        (date(2015, 1, 1), date(2017, 12, 31)),
    )

    check_order(LAYOUTS["projects"], items)


def test_ongoing_projects_go_latest_to_start_first():
    items = listed("Ongoing projects", (date(2019, 3, 1), None), (date(2020, 1, 1), None))

    line, message = refusal("projects", items)

    assert line == 102
    assert message.startswith(
        "item 2, “Ongoing projects 2”, starts on 1 January 2020, after the project above it"
    )


def test_a_completed_project_needs_its_end_and_goes_latest_to_end_first():
    without_end = listed("Completed projects", (date(2019, 7, 1), None))
    out_of_order = listed(
        "Completed projects",
        (date(2015, 1, 1), date(2017, 12, 31)),
        (date(2019, 7, 1), date(2020, 6, 30)),
    )

    assert refusal("projects", without_end)[0] == 101
    assert "has no end date, so it cannot be completed" in refusal("projects", without_end)[1]
    assert refusal("projects", out_of_order) == (
        102,
        "item 2, “Completed projects 2”, ends on 30 June 2020, after the project above it; "
        "completed projects are listed latest to end first, so the listing could not show the "
        "file's order.",
    )


def test_a_completed_project_must_end_before_every_ongoing_one():
    items = listed("Ongoing projects", (date(2020, 1, 1), date(2022, 12, 31))) + listed(
        "Completed projects", (date(2019, 7, 1), date(2023, 6, 30))
    )

    line, message = refusal("projects", items)

    assert line == 101
    assert "is completed but ends on 30 June 2023, no earlier than an ongoing project" in message


def test_other_listings_keep_any_order_of_days():
    items = listed("2021", (date(2021, 1, 5), None), (date(2021, 11, 3), None))

    check_order(LAYOUTS["press_releases"], items)

"""Cutting a listing's body into its introduction, group headings and numbered items, telling
the years whose heading the copy lost, and refusing headings or numbers out of order at their
line."""

from datetime import date

import pytest

from newsroom.importers.errors import ListingError
from newsroom.importers.groups import (
    Group,
    ItemParagraphs,
    group_heading,
    split_body,
    tell_years,
)
from newsroom.importers.layouts import LAYOUTS, Grouping
from newsroom.importers.text import split_paragraphs


def body(text: str):
    """The paragraphs of ``text`` below its heading."""
    return split_paragraphs(text)[1:]


def test_group_headings_of_each_grouping_and_their_order():
    years, months, named = (
        split_paragraphs("2021\n\nJune 2019\n\nPast events")[index] for index in range(3)
    )

    assert group_heading(LAYOUTS["press_releases"], years) == Group(years, Grouping.YEARS, (2021,))
    assert group_heading(LAYOUTS["country"], months) == Group(months, Grouping.MONTHS, (2019, 6))
    # Later named groups sort lower, as older years do.
    assert group_heading(LAYOUTS["events"], named) == Group(named, Grouping.NAMED, (-1,))
    assert group_heading(LAYOUTS["events"], years) is None
    assert group_heading(LAYOUTS["whats_new"], years) is not None
    assert group_heading(LAYOUTS["press_releases"], months) is None


def test_the_body_is_an_introduction_and_the_paragraphs_of_each_item():
    intro, items = split_body(
        LAYOUTS["press_releases"],
        body(
            "News and press releases\n\nThe latest first.\n\n2021\n\n1. A title\n\n"
            "03 November 2021\n\n2020\n\n1. Another title\n"
        ),
    )

    assert intro is not None and (intro.line, intro.text) == (3, "The latest first.")
    assert [(item.group.text, item.number) for item in items] == [("2021", 1), ("2020", 1)]
    first = items[0]
    assert isinstance(first, ItemParagraphs)
    assert [(paragraph.line, paragraph.text) for paragraph in first.paragraphs] == [
        (7, "A title"),
        (9, "03 November 2021"),
    ]


def test_items_without_a_group_heading_stand_in_no_group():
    intro, items = split_body(LAYOUTS["whats_new"], body("What's new\n\n1. News\n\nA title\n"))

    assert intro is None
    assert [(item.group, item.number) for item in items] == [(None, 1)]


def test_a_fresh_start_at_1_begins_a_year_whose_heading_was_lost():
    _, items = split_body(
        LAYOUTS["press_releases"],
        body("News and press releases\n\n1. A\n\n2. B\n\n1. C\n\n2020\n\n1. D\n"),
    )

    lost_first, lost_second, written = (items[index].group for index in (0, 2, 3))
    assert items[1].group is lost_first
    assert (lost_first.written, lost_first.order, lost_first.text) == (False, (), "")
    assert (lost_first.paragraph.line, lost_second.paragraph.line) == (3, 7)
    assert (written.written, written.year) == (True, 2020)


def test_the_dates_tell_a_lost_year_and_an_undated_item_takes_it():
    _, items = split_body(
        LAYOUTS["publications"],
        body("Publications\n\n1. A\n\n1. B\n\n2. C\n\n2019\n\n1. D\n"),
    )

    told = tell_years(
        LAYOUTS["publications"], items, [date(2021, 3, 1), None, date(2020, 5, 5), None]
    )

    assert [(item.group.text, item.group.year, item.number) for item in told] == [
        ("2021", 2021, 1),
        ("2020", 2020, 1),
        ("2020", 2020, 2),
        ("2019", 2019, 1),
    ]
    assert told[3] is items[3]


def test_one_list_without_headings_nor_a_fresh_start_stands_in_no_group():
    _, items = split_body(
        LAYOUTS["press_releases"], body("News and press releases\n\n1. A\n\n2. B\n")
    )

    assert [item.group for item in items] == [None, None]
    assert tell_years(LAYOUTS["press_releases"], items, [None, None]) == items


@pytest.mark.parametrize(
    ("text", "dates", "line", "message"),
    [
        (
            "1. A\n\n1. B\n",
            [date(2020, 3, 1), date(2021, 5, 5)],
            5,
            "item 1 starts the numbering again, so a new year begins here, but the first date "
            "from it on, 05 May 2021 (item 1), is in 2021, after 2020, the year of the items "
            "above it; years go newest first.",
        ),
        (
            "2021\n\n1. A\n\n1. B\n\n2. C\n",
            [None, None, date(2021, 5, 5)],
            7,
            "item 1 starts the numbering again, so a new year begins here, but the first date "
            "from it on, 05 May 2021 (item 2), is in 2021, the year of the items above it;",
        ),
        (
            "1. A\n\n1. B\n",
            [None, date(2021, 5, 5)],
            3,
            "item 1 has neither a date nor a year heading above it",
        ),
        (
            "1. A\n\n2. B\n\n2020\n\n1. C\n",
            [None, None, date(2020, 1, 1)],
            3,
            "items 1 to 2 have neither a date nor a year heading above them",
        ),
        (
            "1. A\n\n2. B\n\n3. C\n\n1. D\n",
            [date(2021, 5, 5), None, date(2020, 1, 1), date(2019, 1, 1)],
            7,
            "item 3 is dated 01 January 2020, in another year than item 1 above it (05 May 2021)",
        ),
        (
            "1. A\n\n2020\n\n1. B\n",
            [date(2019, 5, 5), date(2020, 1, 1)],
            5,
            "the year 2020 comes after items dated in 2019; years go newest first.",
        ),
    ],
)
def test_a_lost_year_its_dates_cannot_tell_or_out_of_order_is_refused_at_its_line(
    text, dates, line, message
):
    _, items = split_body(LAYOUTS["press_releases"], body(f"News and press releases\n\n{text}"))

    with pytest.raises(ListingError) as refused:
        tell_years(LAYOUTS["press_releases"], items, dates)

    assert refused.value.line == line
    assert refused.value.message.startswith(message)


@pytest.mark.parametrize(
    ("key", "text", "line", "message"),
    [
        (
            "country",
            "China resources\n\nJune 2019\n\n1. News\n\nA\n\n1. News\n",
            9,
            "item 1 follows item 1; items are numbered from 1, one by one, within each month.",
        ),
        (
            "events",
            "Events and meetings\n\nPast events\n\n1. A\n\n2. B\n\n1. C\n",
            9,
            "item 1 follows item 2; items are numbered from 1, one by one, under each heading.",
        ),
        (
            "press_releases",
            "News and press releases\n\n2020\n\n1. A\n\n2021\n\n1. B\n",
            7,
            "the year 2021 comes after the year 2020; years go newest first.",
        ),
        (
            "press_releases",
            "News and press releases\n\n2021\n\n2020\n\n1. A\n",
            3,
            "the year 2021 has no items under it.",
        ),
        (
            "country",
            "China resources\n\nJune 2019\n\n1. News\n\nA\n\nJune 2019\n",
            9,
            "the month June 2019 has no items under it.",
        ),
        (
            "events",
            "Events and meetings\n\nUpcoming events\n\n1. A\n\n3. B\n",
            7,
            "item 3 follows item 1; items are numbered from 1, one by one, under each heading.",
        ),
        (
            "country",
            "China resources\n\nJune 2019\n\n2. News\n",
            5,
            "item 2 comes first; items are numbered from 1, one by one, within each month.",
        ),
        (
            "country",
            "China resources\n\n1. News\n",
            3,
            "item 1 stands under no month; the items of a country's page stand under month "
            "headings such as “June 2019”.",
        ),
        (
            "events",
            "Events and meetings\n\nPast events\n",
            3,
            "the heading “Past events” has no items under it.",
        ),
        (
            "projects",
            "Projects\n\nOngoing projects\n\nA paragraph.\n\n1. A\n",
            5,
            "under the heading “Ongoing projects” stands a paragraph that is not an item;",
        ),
    ],
)
def test_headings_and_numbers_out_of_order_are_refused_at_their_line(key, text, line, message):
    with pytest.raises(ListingError) as refused:
        split_body(LAYOUTS[key], body(text))

    assert refused.value.line == line
    assert refused.value.message.startswith(message)

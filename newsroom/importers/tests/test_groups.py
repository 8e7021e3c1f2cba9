"""Cutting a listing's body into its introduction, group headings and numbered items, and
refusing headings or numbers out of order at their line."""

import pytest

from newsroom.importers.errors import ListingError
from newsroom.importers.groups import Group, ItemParagraphs, group_heading, split_body
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


@pytest.mark.parametrize(
    ("key", "text", "line", "message"),
    [
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

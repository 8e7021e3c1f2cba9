"""Reading one numbered item of a listing, slot by slot, and refusing a paragraph that does not
fit at its line."""

from datetime import date, timedelta

import pytest

from newsroom.importers.errors import ListingError
from newsroom.importers.groups import Group, ItemParagraphs
from newsroom.importers.items import ListingItem, read_item
from newsroom.importers.layouts import LAYOUTS, Grouping
from newsroom.importers.text import Paragraph


def item(*texts: str, group: Group | None = None, number: int = 1) -> ItemParagraphs:
    """An item whose paragraphs stand on lines 10, 12, 14…, as a listing file spaces them."""
    paragraphs = [Paragraph(10 + 2 * index, text) for index, text in enumerate(texts)]
    return ItemParagraphs(group, number, paragraphs)


def year(text: str) -> Group:
    return Group(Paragraph(8, text), Grouping.YEARS, (int(text),))


def month(text: str, order: tuple[int, int]) -> Group:
    return Group(Paragraph(8, text), Grouping.MONTHS, order)


def test_a_press_release_with_its_credit_line_title_date_and_teaser():
    read = read_item(
        LAYOUTS["press_releases"],
        item("© ILO/Zhang Wei", "A title", "03 November 2021", "A teaser.", group=year("2021")),
    )

    assert read == ListingItem(
        line=10,
        number=1,
        year_heading=2021,
        kicker="",
        credit="ILO/Zhang Wei",
        title="A title",
        date_start=date(2021, 11, 3),
        date_end=None,
        teaser="A teaser.",
        group="2021",
    )


def test_optional_paragraphs_are_told_by_their_form_and_the_rest_is_the_teaser():
    read = read_item(LAYOUTS["whats_new"], item("Event", "A meeting", "Funder: the ILO"))

    assert (read.kicker, read.title, read.date_start, read.teaser) == (
        "Event",
        "A meeting",
        None,
        "Funder: the ILO",
    )


def test_an_untitled_video_starts_with_its_date():
    read = read_item(
        LAYOUTS["videos"], item("08 November 2016", "Size/duration: 00:12:28", "A teaser.")
    )

    assert read.is_untitled
    assert (read.date_start, read.duration, read.teaser) == (
        date(2016, 11, 8),
        timedelta(minutes=12, seconds=28),
        "A teaser.",
    )


def test_an_event_of_a_countrys_page_may_show_days_outside_its_month():
    read = read_item(
        LAYOUTS["country"],
        item("Event", "A forum", "13 October 2015", group=month("November 2021", (2021, 11))),
    )

    assert (read.month_heading, read.date_start) == ((2021, 11), date(2015, 10, 13))


@pytest.mark.parametrize(
    ("key", "texts", "group", "line", "message"),
    [
        ("press_releases", ("© ILO",), None, 10, "item 1 has no title."),
        (
            "press_releases",
            ("© ILO", "© ShutterStock", "A title"),
            None,
            12,
            "item 1 has a second credit line where its title should be.",
        ),
        (
            "whats_new",
            ("News", "28 March 2017"),
            None,
            12,
            "item 1 has no title: the date “28 March 2017” stands where it should be.",
        ),
        ("press_releases", ("©", "A title"), None, 10, "the credit line of item 1 names no one"),
        (
            "statements",
            ("Statement", "A title", "13 - 14 October 2021"),
            None,
            14,
            "“13 - 14 October 2021” is a range; an item of Statements and speeches shows a "
            "single date.",
        ),
        (
            "press_releases",
            ("A title", "27 November 2020"),
            year("2021"),
            12,
            "the date 27 November 2020 does not fall in the year 2021 under which the item stands.",
        ),
        (
            "country",
            ("News", "A title", "28 October 2021"),
            month("November 2021", (2021, 11)),
            14,
            "the date 28 October 2021 does not fall in the month November 2021 under which the "
            "item stands.",
        ),
        (
            "publications",
            ("A title", "03 May 2021", "A teaser.", "Another teaser."),
            None,
            16,
            "item 1 has a paragraph too many; an item of Publications is a title, an optional "
            "date, an optional “Download (…)” line and an optional teaser, each a paragraph of "
            "its own.",
        ),
    ],
)
def test_a_paragraph_that_does_not_fit_is_refused_at_its_line(key, texts, group, line, message):
    with pytest.raises(ListingError) as refused:
        read_item(LAYOUTS[key], item(*texts, group=group))

    assert refused.value.line == line
    assert refused.value.message.startswith(message)

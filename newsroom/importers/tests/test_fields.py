"""The forms of an item's details: dates and ranges, an event's days and venue, the funder,
document and duration lines; each refused, when impossible, at its line."""

from datetime import date, timedelta

import pytest

from newsroom.importers.errors import ListingError
from newsroom.importers.fields import (
    OWN_DAYS,
    When,
    month_number,
    parse_date,
    parse_document,
    parse_duration,
    parse_funder,
    parse_when,
)
from newsroom.stories.kinds import Kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("28 March 2017", (date(2017, 3, 28), None)),
        ("3 November 2021", (date(2021, 11, 3), None)),
        ("13 - 14 October 2015", (date(2015, 10, 13), date(2015, 10, 14))),
        ("13–14 October 2015", (date(2015, 10, 13), date(2015, 10, 14))),
        ("14 September - 31 December 2015", (date(2015, 9, 14), date(2015, 12, 31))),
        ("1 July 2019 – 30 June 2022", (date(2019, 7, 1), date(2022, 6, 30))),
        ("09 March 2017, the ILO and SAWS met.", None),
        ("March 2017", None),
        ("2021", None),
    ],
)
def test_a_date_paragraph_is_only_a_date_or_a_range(text, expected):
    assert parse_date(text, line=1) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31 February 2021", "“31 February 2021” is not a real date."),
        ("30 - 31 April 2019", "“30 - 31 April 2019” is not a real date."),
        ("14 - 13 October 2015", "the range “14 - 13 October 2015” ends before it starts."),
    ],
)
def test_an_impossible_date_is_refused_at_its_line(text, message):
    with pytest.raises(ListingError) as refused:
        parse_date(text, line=12)

    assert (refused.value.line, refused.value.message) == (12, message)


def test_months_are_numbered_from_january_in_any_case():
    assert [month_number(name) for name in ("January", "june", "DECEMBER")] == [1, 6, 12]


def test_events_and_projects_are_the_kinds_dated_by_their_own_days():
    assert sorted(OWN_DAYS) == [Kind.EVENT, Kind.PROJECT]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "13 - 14 October 2015 | Beijing, China",
            When(date(2015, 10, 13), date(2015, 10, 14), venue="Beijing, China", is_online=None),
        ),
        (
            "6 - 8 October 2021 | Online",
            When(date(2021, 10, 6), date(2021, 10, 8), venue="", is_online=True),
        ),
        (
            "14 September - 31 December 2015",
            When(date(2015, 9, 14), date(2015, 12, 31), venue="", is_online=False),
        ),
        ("Beijing, China | 13 October 2015", None),
        ("A teaser.", None),
    ],
)
def test_an_events_days_and_venue(text, expected):
    assert parse_when(text, line=1) == expected


def test_a_bar_without_a_venue_is_refused_at_its_line():
    with pytest.raises(ListingError) as refused:
        parse_when("13 - 14 October 2015 |", line=7)

    assert refused.value.line == 7
    assert refused.value.message == (
        "“13 - 14 October 2015 |” has a bar after its days but names no venue after it."
    )


def test_a_funder_line():
    assert parse_funder("Funder: Joint SDG Fund", line=1) == "Joint SDG Fund"
    assert parse_funder("funder:European Union ", line=1) == "European Union"
    assert parse_funder("Funded by the European Union", line=1) is None
    with pytest.raises(ListingError) as refused:
        parse_funder("Funder:", line=4)
    assert (refused.value.line, refused.value.message) == (
        4,
        "the line “Funder:” names no funder.",
    )


def test_a_document_line_says_what_the_file_is():
    assert parse_document("Download (PDF, 1.2 MB)", line=1) == "PDF, 1.2 MB"
    assert parse_document("Download  ( PDF,   2.4 MB )", line=1) == "PDF, 2.4 MB"
    assert parse_document("Download the report", line=1) is None
    with pytest.raises(ListingError) as refused:
        parse_document("Download ( )", line=9)
    assert refused.value.line == 9
    assert "does not say what the file is" in refused.value.message


def test_a_duration_line_gives_hours_minutes_and_seconds():
    assert parse_duration("Size/duration: 00:12:28", line=1) == timedelta(minutes=12, seconds=28)
    assert parse_duration("size/duration: 1:05:02", line=1) == timedelta(
        hours=1, minutes=5, seconds=2
    )
    assert parse_duration("Duration of the programme: 3 years", line=1) is None
    with pytest.raises(ListingError) as refused:
        parse_duration("Size/duration: 12:75:00", line=3)
    assert refused.value.line == 3
    assert "does not give a duration as hours, minutes and seconds" in refused.value.message

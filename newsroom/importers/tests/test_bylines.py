"""The byline of an item page, or what stands in its place, and the kind it gives the story."""

from datetime import date, timedelta

import pytest

from newsroom.importers.bylines import Details, details_start, read_details
from newsroom.importers.errors import StoryError
from newsroom.importers.text import split_paragraphs
from newsroom.stories.kinds import Kind


def test_the_byline_is_found_after_at_most_four_paragraphs():
    four = split_paragraphs("Kicker\n\nTitle\n\nStandfirst\n\nBy Mr A\n\nNews | 07 June 2021\n")
    five = split_paragraphs("A\n\nB\n\nC\n\nD\n\nE\n\nNews | 07 June 2021\n")

    assert details_start(four) == 4
    assert details_start(five) is None
    assert details_start(split_paragraphs("A title\n\nA body paragraph.\n")) is None


def test_a_byline_gives_the_kind_the_place_and_the_date():
    paragraphs = split_paragraphs("Press release | Beijing, China | 11 April 2019\n\nBody.\n")

    details, rest = read_details(paragraphs)

    assert details == Details(
        kind=Kind.PRESS_RELEASE,
        kind_line=1,
        place="Beijing, China",
        date_start=date(2019, 4, 11),
        is_byline=True,
    )
    assert [paragraph.text for paragraph in rest] == ["Body."]


def test_a_videos_date_issued_and_length():
    details, rest = read_details(
        split_paragraphs("Date issued: 08 November 2016 | Size/duration: 00:12:28\n")
    )

    assert (details.kind, details.date_start, details.duration, details.is_byline) == (
        Kind.VIDEO,
        date(2016, 11, 8),
        timedelta(minutes=12, seconds=28),
        False,
    )
    assert rest == []


def test_days_then_a_funder_make_a_project_and_days_with_a_venue_an_event():
    project, _rest = read_details(
        split_paragraphs("1 July 2019 - 30 June 2022\n\nFunder: Joint SDG Fund\n\nBody.\n")
    )
    event, _rest = read_details(split_paragraphs("13 - 14 October 2015 | Beijing, China\n"))

    assert (project.kind, project.kind_line, project.funder, project.venue) == (
        Kind.PROJECT,
        3,
        "Joint SDG Fund",
        None,
    )
    assert (event.kind, event.venue, event.date_end) == (
        Kind.EVENT,
        "Beijing, China",
        date(2015, 10, 14),
    )


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "News | 13 - 14 October 2015\n",
            1,
            "the byline “News | 13 - 14 October 2015” shows a range; a byline shows a single date.",
        ),
        ("News |  | 07 June 2021\n", 1, "the byline “News |  | 07 June 2021” has an empty place"),
        (
            "Date issued: November 2016\n",
            1,
            "“Date issued: November 2016” does not give the date the video was issued",
        ),
        (
            "Date issued: 08 November 2016 | 12 minutes\n",
            1,
            "after its date, “Date issued: 08 November 2016 | 12 minutes” should give the "
            "video's length",
        ),
        (
            "13 - 14 October 2015 | Beijing, China\n\nFunder: Joint SDG Fund\n",
            3,
            "an event's venue and a project's funder stand together",
        ),
    ],
)
def test_a_byline_that_cannot_be_read_is_refused_at_its_line(text, line, message):
    with pytest.raises(StoryError) as refused:
        read_details(split_paragraphs(text))

    assert refused.value.line == line
    assert refused.value.message.startswith(message)

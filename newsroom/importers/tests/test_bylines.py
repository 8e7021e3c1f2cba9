"""The byline of an item page, or what stands in its place, and the kind it gives the story."""

from datetime import date, timedelta

import pytest

from newsroom.importers.bylines import Details, details_start, read_details
from newsroom.importers.errors import StoryError
from newsroom.importers.story_head import Line, paragraph_lines
from newsroom.stories.kinds import Kind


def lines(text: str) -> list[Line]:
    return [line for paragraph in paragraph_lines(text) for line in paragraph]


def details_of(text: str):
    """Read the details from the first line of ``text``; the rest as the lines' texts."""
    first, *rest = paragraph_lines(text)
    following = [first[1:], *rest] if len(first) > 1 else rest
    return read_details(first[0], following)


def test_the_byline_is_found_after_at_most_five_lines():
    five = lines("Kicker\n\nTitle\nStandfirst\n\n© ILO\n\nBy Mr A\n\nNews | 07 June 2021\n")
    six = lines("A\n\nB\n\nC\n\nD\n\nE\nF\n\nNews | 07 June 2021\n")

    assert details_start(five) == 5
    assert details_start(six) is None
    assert details_start(lines("A title\n\nA body paragraph.\n")) is None


def test_a_byline_gives_the_kind_the_place_and_the_date():
    details, rest = details_of("Press release | Beijing, China | 11 April 2019\n\nBody.\n")

    assert details == Details(
        kind=Kind.PRESS_RELEASE,
        kind_line=1,
        place="Beijing, China",
        date_start=date(2019, 4, 11),
        is_byline=True,
    )
    assert [[line.text for line in paragraph] for paragraph in rest] == [["Body."]]


def test_a_byline_followed_by_the_body_without_a_blank_line_leaves_the_body_whole():
    details, rest = details_of("News | 07 July 2022\nBEIJING (ILO News)\nThe ILO said.\n\nMore.\n")

    assert details.date_start == date(2022, 7, 7)
    assert [[line.text for line in paragraph] for paragraph in rest] == [
        ["BEIJING (ILO News)", "The ILO said."],
        ["More."],
    ]


def test_a_byline_that_names_no_kind_gives_its_label_and_leaves_the_kind_open():
    details, _rest = details_of("Conference paper | Ulaanbaatar, Mongolia | 16 November 2015\n")

    assert (details.kind, details.label, details.place, details.date_start) == (
        None,
        "Conference paper",
        "Ulaanbaatar, Mongolia",
        date(2015, 11, 16),
    )
    # A sentence with a bar and a date is not a byline.
    assert details_start(lines("Title\n\nWe met, 3 of us | 07 June 2021\n")) is None


def test_a_videos_date_issued_and_length():
    details, rest = details_of("Date issued: 08 November 2016 | Size/duration: 00:12:28\n")

    assert (details.kind, details.date_start, details.duration, details.is_byline) == (
        Kind.VIDEO,
        date(2016, 11, 8),
        timedelta(minutes=12, seconds=28),
        False,
    )
    assert rest == []


def test_days_then_a_funder_make_a_project_and_days_with_a_venue_an_event():
    project, _rest = details_of("1 July 2019 - 30 June 2022\n\nFunder: Joint SDG Fund\n\nBody.\n")
    event, _rest = details_of("13 - 14 October 2015 | Beijing, China\n")

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
        details_of(text)

    assert refused.value.line == line
    assert refused.value.message.startswith(message)

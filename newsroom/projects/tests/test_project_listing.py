"""Projects, as a reader gets them: ongoing projects, then completed ones, each with its duration
and funder; the list costs the same queries however many projects there are."""

from datetime import date, datetime, timedelta
from html import unescape
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from bench.generate_stories import generate_stories
from newsroom.core import clock
from newsroom.projects.factories import make_project
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind
from testing.listings import grouped_titles, listing_html
from testing.textmode import contains_run, folded_lines, text_dump

pytestmark = pytest.mark.django_db

URL = "/en/projects/"
FILES = Path(__file__).resolve().parent / "files"
TODAY = date(2022, 3, 1)


@pytest.fixture
def today(monkeypatch):
    """The office's calendar stopped on 1 March 2022."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    return TODAY


listed = grouped_titles


def page_html(client, page=None) -> str:
    return listing_html(client, URL, page)


def test_ongoing_projects_come_first_latest_start_first_then_completed_latest_end_first(
    client, structure, today
):
    make_project(structure, "Ended in 2019", date(2015, 4, 1), date(2019, 3, 31))
    make_project(structure, "Runs to 2024", date(2021, 1, 1), date(2024, 12, 31))
    make_project(structure, "Open-ended", date(2020, 5, 1))
    make_project(structure, "Ended last year", date(2017, 3, 1), date(2021, 12, 31))
    make_project(structure, "Undated")
    make_project(structure, "Started long ago, runs on", date(2012, 1, 1), date(2030, 1, 1))

    html = page_html(client)

    assert listed(html) == [
        (
            "Ongoing projects",
            ["Runs to 2024", "Open-ended", "Started long ago, runs on", "Undated"],
        ),
        ("Completed projects", ["Ended last year", "Ended in 2019"]),
    ]
    # Real headings above ordered lists, each numbered from 1.
    assert '<h2 id="group-1" class="group-heading year-heading">Ongoing projects</h2>' in html
    assert html.count('<ol class="story-list">') == 2
    lines = text_dump(html)
    assert contains_run(lines, ["Ongoing projects", "1. Runs to 2024"])
    assert contains_run(lines, ["Completed projects", "1. Ended last year"])


def test_duration_is_written_with_the_day_unpadded_and_the_funder_on_its_own_line(
    client, structure, today
):
    make_project(
        structure,
        "Skills for herders",
        date(2019, 7, 1),
        date(2022, 6, 30),
        funder="European Union",
        teaser="Training for young herders.",
    )
    make_project(structure, "Same year", date(2021, 3, 5), date(2021, 9, 9), funder="SIDA")
    make_project(structure, "No funder named", date(2021, 1, 1), date(2021, 1, 31))

    html = page_html(client)
    lines = text_dump(html)

    assert contains_run(
        lines,
        [
            "1. Skills for herders",
            "1 July 2019 - 30 June 2022",
            "Funder: European Union",
            "Training for young herders.",
        ],
    )
    assert contains_run(lines, ["1. Same year", "5 March - 9 September 2021", "Funder: SIDA"])
    no_funder = lines.index("2. No funder named")
    assert lines[no_funder + 1] == "1 - 31 January 2021"
    assert not any(line.startswith("Funder:") for line in lines[no_funder + 1 :])
    assert "01 July 2019" not in html and "05 March" not in html
    assert (
        '<time datetime="2019-07-01">1 July 2019</time> - '
        '<time datetime="2022-06-30">30 June 2022</time>'
    ) in html


def test_a_project_moves_to_completed_projects_the_day_after_its_end(
    client, structure, monkeypatch
):
    make_project(structure, "Pilot", date(2019, 7, 1), date(2022, 6, 30))

    for day, heading in [
        (date(2019, 6, 1), "Ongoing projects"),
        (date(2022, 6, 30), "Ongoing projects"),
        (date(2022, 7, 1), "Completed projects"),
    ]:
        monkeypatch.setattr(clock, "today", lambda day=day: day)
        assert listed(page_html(client)) == [(heading, ["Pilot"])], day


def test_projects_without_an_end_stay_ongoing(client, structure, monkeypatch):
    make_project(structure, "Open-ended", date(2005, 1, 1))
    make_project(structure, "Undated")

    monkeypatch.setattr(clock, "today", lambda: date(2099, 1, 1))

    assert listed(page_html(client)) == [("Ongoing projects", ["Open-ended", "Undated"])]


def test_an_empty_listing_says_so(client, structure, today):
    html = page_html(client)

    assert "No project has been published yet." in html
    assert "story-list" not in html


NOT_A_NUMBER = "is not a page number. Page numbers are whole numbers from 1."


@pytest.mark.parametrize(
    "value, sentence",
    [
        ("abc", NOT_A_NUMBER),
        ("1.5", NOT_A_NUMBER),
        ("%00", NOT_A_NUMBER),
        ("1e3", NOT_A_NUMBER),
        ("", NOT_A_NUMBER),
        (" ", NOT_A_NUMBER),
        ("0", "Page numbers start at 1."),
        ("-1", "Page numbers start at 1."),
        ("99", "This list has 1 page(s); there is no page 99."),
        ("9" * 400, "This list has 1 page(s); there is no page 999"),
    ],
)
def test_junk_page_numbers_get_a_404_that_says_why(client, structure, today, value, sentence):
    make_project(structure, "Only project", date(2021, 1, 1), date(2023, 1, 1))

    response = client.get(URL, {"page": value})

    assert response.status_code == 404
    text = unescape(response.content.decode())
    assert "Page not found" in text
    assert sentence in text


def test_drafts_private_withdrawn_and_other_kinds_stay_out(client, structure, today):
    make_project(structure, "Public project", date(2021, 1, 1), date(2023, 1, 1))
    make_project(structure, "Public, completed", date(2015, 1, 1), date(2016, 1, 1))
    make_project(structure, "Draft project", date(2021, 2, 1), date(2023, 1, 1), publish=False)
    private = make_project(structure, "Private project", date(2021, 3, 1), date(2023, 1, 1))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    withdrawn = make_project(structure, "Withdrawn project", date(2014, 1, 1), date(2015, 1, 1))
    withdrawn.unpublish()
    make_story(structure, kind=Kind.NEWS, title="A news item")

    html = page_html(client)

    assert listed(html) == [
        ("Ongoing projects", ["Public project"]),
        ("Completed projects", ["Public, completed"]),
    ]
    assert "Page 1 of" not in html


def test_the_listing_runs_the_same_queries_for_200_projects_as_for_15(
    client, structure, monkeypatch, django_assert_num_queries
):
    # Today, every generated project has begun: the twelve below, begun later, come first.
    monkeypatch.setattr(clock, "today", lambda: date(2031, 1, 1))
    for n in range(12):
        make_project(
            structure, f"Ongoing {n}", date(2030, 12, 1) - timedelta(days=n), date(2033, 1, 1)
        )
    for n in range(3):
        make_project(
            structure, f"Completed {n}", date(2020, 1, 1), date(2030, 12, 1) - timedelta(n)
        )

    def pages(numbers):
        """The groups on each of ``numbers`` and the queries each took."""
        client.get(URL)  # content types and site root paths are cached on first use
        found = []
        for number in numbers:
            with CaptureQueriesContext(connection) as queries:
                html = page_html(client, number)
            found.append((listed(html), len(queries)))
        return found

    (first, one_group), (second, two_groups) = pages([1, 2])
    assert first == [("Ongoing projects", [f"Ongoing {n}" for n in range(10)])]
    assert [heading for heading, _ in second] == ["Ongoing projects", "Completed projects"]

    generate_stories(185, structure=structure, hidden=False, shares=(("project", 1),))
    client.get(URL)
    with django_assert_num_queries(one_group):
        html = page_html(client, 1)
    assert listed(html) == first
    assert "Page 1 of 20" in html
    # The page where ongoing projects give way to completed ones reads both groups, and a page
    # of completed projects only one, as with a few.
    shapes = {n: [heading for heading, _ in listed(page_html(client, n))] for n in range(2, 21)}
    boundary = next(n for n, headings in shapes.items() if len(headings) == 2)
    assert shapes[20] == ["Completed projects"]
    with django_assert_num_queries(two_groups):
        page_html(client, boundary)
    with django_assert_num_queries(one_group):
        page_html(client, 20)


def test_the_listing_reads_back_as_the_sample_text(client, structure, today):
    day = timezone.make_aware(datetime(2021, 9, 1, 12))
    make_project(
        structure,
        "Promoting decent work for platform workers in China",
        date(2021, 1, 1),
        date(2024, 12, 31),
        funder="Government of Japan",
        teaser="Improving the social protection of delivery riders and ride-hailing drivers.",
        published_at=day,
    )
    make_project(
        structure,
        "Skills for herders in western Mongolia",
        date(2019, 7, 1),
        date(2022, 6, 30),
        funder="European Union",
        teaser="Vocational training and apprenticeships for young herders and their families.",
        published_at=day,
    )
    make_project(structure, "Labour statistics for the SDGs", published_at=day)
    make_project(
        structure,
        "Ratifying and applying fundamental conventions in Mongolia",
        date(2017, 3, 1),
        date(2021, 12, 31),
        funder="USDOL",
        published_at=day,
    )
    make_project(
        structure,
        "SCORE: Sustaining Competitive and Responsible Enterprises in China",
        date(2015, 4, 1),
        date(2019, 3, 31),
        teaser="Training factories in productivity and working conditions, with their workers.",
        published_at=day,
    )

    dump = text_dump(page_html(client))
    expected = folded_lines((FILES / "projects.txt").read_text(encoding="utf-8"))

    assert contains_run(dump, expected), "\n".join(dump)

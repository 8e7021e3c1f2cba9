"""Video and audio, as a reader gets them: a numbered list, newest first, with durations."""

import re
from datetime import datetime, timedelta
from html import unescape
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from bench.generate_stories import generate_stories
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import DateDisplay, Kind
from testing.textmode import contains_run, folded_lines, text_dump

pytestmark = pytest.mark.django_db

URL = "/en/videos/"
FILES = Path(__file__).resolve().parent / "files"


def at(year, month, day, hour=12):
    return timezone.make_aware(datetime(year, month, day, hour))


def video(structure, title, published_at=None, **fields):
    return make_story(
        structure,
        kind=Kind.VIDEO,
        title=title,
        published_at=published_at or timezone.now(),
        **fields,
    )


def listed(html: str) -> list[str]:
    """The titles on the page, in page order."""
    pattern = r'story-item__title"><a href="[^"]*">([^<]*)</a>'
    return [unescape(title) for title in re.findall(pattern, html)]


def page_html(client, page=None) -> str:
    response = client.get(URL, {"page": page} if page else {})
    assert response.status_code == 200
    return response.content.decode()


def test_videos_are_listed_newest_first_with_date_duration_and_teaser(client, structure):
    video(structure, "Older film", at(2016, 6, 21), teaser="A radio programme.")
    video(
        structure,
        "Video message",
        at(2017, 3, 9),
        duration=timedelta(minutes=4, seconds=12),
        teaser="A message to the workshop.",
    )
    video(structure, "Long recording", at(2016, 11, 8), duration=timedelta(hours=1, seconds=5))

    html = page_html(client)

    assert listed(html) == ["Video message", "Long recording", "Older film"]
    assert contains_run(
        text_dump(html),
        [
            "1. Video message",
            "09 March 2017",
            "Size/duration: 00:04:12",
            "A message to the workshop.",
            "2. Long recording",
            "08 November 2016",
            "Size/duration: 01:00:05",
            "3. Older film",
            "21 June 2016",
            "A radio programme.",
        ],
    )
    assert 'Size/duration: <time datetime="PT0H4M12S">00:04:12</time>' in html
    assert html.count('<ol class="story-list">') == 1


def test_a_video_without_a_title_of_its_own_is_reached_through_its_date(client, structure):
    story = video(
        structure,
        "Name for the admin only",
        at(2016, 11, 8),
        show_title=False,
        duration=timedelta(minutes=12, seconds=28),
        teaser="Workers show how their workplaces became safer.",
    )

    html = page_html(client)

    assert "Name for the admin only" not in html
    assert (
        f'<a href="{story.url}" aria-label="Video, 08 November 2016">'
        '<time datetime="2016-11-08">08 November 2016</time></a>'
    ) in html
    assert contains_run(
        text_dump(html),
        [
            "1. 08 November 2016",
            "Size/duration: 00:12:28",
            "Workers show how their workplaces became safer.",
        ],
    )


def test_an_untitled_undated_video_is_reached_through_its_kicker(client, structure):
    story = video(structure, "Admin name", show_title=False, date_display=DateDisplay.NONE)

    html = page_html(client)

    assert f'<a href="{story.url}">Video</a>' in html
    assert "Admin name" not in html


def test_ten_a_page_numbered_from_1_on_every_page(client, structure):
    for n in range(13):
        video(structure, f"Video {n + 1}", at(2020, 1, 20 - n))

    first, second = page_html(client), page_html(client, 2)

    assert listed(first) == [f"Video {n}" for n in range(1, 11)]
    assert listed(second) == ["Video 11", "Video 12", "Video 13"]
    assert contains_run(text_dump(second), ["1. Video 11"])
    assert '<link rel="next" href="?page=2">' in first
    assert '<link rel="prev" href="?page=1">' in second
    assert "Page 2 of 2" in second


def test_an_empty_listing_says_so(client, structure):
    html = page_html(client)

    assert "No video has been published yet." in html
    assert "story-list" not in html


@pytest.mark.parametrize("value", ["abc", "0", "-1", "99", "1.5", "%00", "9" * 400, "1e3", "", " "])
def test_junk_page_numbers_get_a_clear_404(client, structure, value):
    video(structure, "Only video")

    response = client.get(URL, {"page": value})

    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_out_of_range_page_says_how_many_pages_there_are(client, structure):
    for n in range(11):
        video(structure, f"Video {n}")

    response = client.get(URL, {"page": 3})

    assert response.status_code == 404
    assert "This list has 2 page(s); there is no page 3." in response.content.decode()


def test_drafts_private_withdrawn_and_other_kinds_stay_out(client, structure):
    video(structure, "Public video", at(2021, 3, 1))
    video(structure, "Draft video", at(2021, 3, 2), publish=False)
    private = video(structure, "Private video", at(2021, 3, 3))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    withdrawn = video(structure, "Withdrawn video", at(2021, 3, 4))
    withdrawn.unpublish()
    make_story(structure, kind=Kind.NEWS, title="A news item")
    make_story(structure, kind=Kind.PUBLICATION, title="A publication")

    assert listed(page_html(client)) == ["Public video"]


def test_the_listing_runs_the_same_queries_for_200_videos_as_for_10(
    client, structure, django_assert_num_queries
):
    for n in range(10):
        video(structure, f"Video {n}", at(2026, 1, 20 - n), duration=timedelta(minutes=n + 1))
    client.get(URL)  # content types and site root paths are cached on first use
    with CaptureQueriesContext(connection) as few:
        few_html = page_html(client)
    queries = len(few)  # read now: the next request clears the connection's query log
    assert len(listed(few_html)) == 10

    generate_stories(190, structure=structure, hidden=False, shares=(("video", 1),))
    client.get(URL)
    with django_assert_num_queries(queries):
        many_html = page_html(client)

    assert listed(many_html) == listed(few_html)
    assert "Page 1 of 20" in many_html
    with django_assert_num_queries(queries):
        assert len(listed(page_html(client, 20))) == 10
    last_page = text_dump(page_html(client, 20))
    assert sum(line.startswith("Size/duration: ") for line in last_page) == 10


def test_the_listing_reads_back_as_the_sample_text(client, structure):
    # The importer gives the listing the heading of the file it reads, as editors may.
    listing = structure.sections[Kind.VIDEO]
    listing.title = "Video and audio stories"
    listing.save_revision().publish()
    video(
        structure,
        "Video message of Mr Tim De Meyer, Director of ILO Country Office for China and Mongolia",
        at(2017, 3, 9),
        duration=timedelta(minutes=4, seconds=12),
        teaser="The video message was presented to the CMTU workshop on draft Labour law held "
        "on 07 March 2017 in Ulaanbaatar, Mongolia.",
    )
    video(
        structure,
        "SCORE in Deqing (film without a title)",
        at(2016, 11, 8),
        show_title=False,
        duration=timedelta(minutes=12, seconds=28),
        teaser="Workers and managers of small enterprises in Zhejiang Province show how the "
        "SCORE training made their workplaces safer.",
    )
    video(
        structure,
        "Radio programme: herders and social insurance in Mongolia",
        at(2016, 6, 21),
        teaser="A programme of Mongolian National Radio on how herders join the social "
        "insurance scheme, with the ILO’s social protection team.",
    )

    dump = text_dump(page_html(client))
    expected = folded_lines((FILES / "videos.txt").read_text(encoding="utf-8"))

    assert contains_run(dump, expected), "\n".join(dump)

"""A video or audio story's page: the “Date issued” line, the player, and the heading of a
video without a title; what the editor may give it to play."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
import requests
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.embeds import embeds
from wagtail.embeds.finders import oembed
from wagtail.embeds.models import Embed
from wagtail.test.utils.form_data import nested_form_data, streamfield

from newsroom.home.models import HomePage
from newsroom.publications.factories import make_document
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.videos.models import VideoIndexPage, VideoPage
from testing.textmode import contains_run, folded_lines, text_dump

pytestmark = pytest.mark.django_db

FILES = Path(__file__).resolve().parent / "files"
YOUTUBE = "https://www.youtube.com/watch?v=Xq2BfH4xWcE"
IFRAME = (
    '<iframe width="1200" height="675" src="https://www.youtube.com/embed/Xq2BfH4xWcE" '
    'title="Safe work, healthy workers" allowfullscreen></iframe>'
)


@pytest.fixture(autouse=True)
def forget_failed_embeds():
    """Video sites that did not answer are remembered in the cache: each test starts afresh."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def offline(monkeypatch):
    """No video site can be reached, as on a machine without internet."""
    calls = []

    def unreachable(*args, **kwargs):
        calls.append(args)
        raise requests.ConnectionError("Name or service not known")

    monkeypatch.setattr(oembed.requests, "get", unreachable)
    return calls


@pytest.fixture
def video_site(monkeypatch):
    """The video site answers with its player."""

    def found(url, max_width=None, max_height=None):
        return Embed(url=url, html=IFRAME, type="video")

    monkeypatch.setattr(embeds, "get_embed", found)


def video(structure, title="Safe work, healthy workers", **fields):
    fields.setdefault("published_at", timezone.make_aware(datetime(2016, 11, 8, 12)))
    return make_story(structure, kind=Kind.VIDEO, title=title, **fields)


def page_html(client, story) -> str:
    response = client.get(story.url)
    assert response.status_code == 200
    return response.content.decode()


def test_videos_are_created_only_in_the_video_listing(structure):
    listing = structure.sections[Kind.VIDEO]

    assert listing.url == "/en/videos/"
    assert VideoIndexPage.allowed_parent_page_models() == [HomePage]
    assert VideoIndexPage.allowed_subpage_models() == [VideoPage]
    assert VideoPage.allowed_parent_page_models() == [VideoIndexPage]
    assert VideoPage.can_create_at(listing)
    assert not VideoPage.can_create_at(structure.sections[Kind.NEWS])
    assert not VideoPage.can_create_at(structure.sections[Kind.PUBLICATION])
    assert not VideoIndexPage.can_create_at(structure.home)


def test_the_date_issued_line_stands_instead_of_the_byline(client, structure, video_site):
    story = video(
        structure,
        place="Beijing, China",
        duration=timedelta(minutes=12, seconds=28),
        video_url=YOUTUBE,
        teaser="Workers show how their workplaces became safer.",
        body=[("paragraph", "<p>The film was shot in Deqing County.</p>")],
    )

    html = page_html(client, story)

    assert contains_run(
        text_dump(html),
        [
            "Video",
            "Safe work, healthy workers",
            "Workers show how their workplaces became safer.",
            "Date issued: 08 November 2016 | Size/duration: 00:12:28",
            "The film was shot in Deqing County.",
        ],
    )
    assert "Video |" not in html
    assert (
        'Date issued: <time datetime="2016-11-08">08 November 2016</time> | '
        'Size/duration: <time datetime="PT0H12M28S">00:12:28</time>'
    ) in html
    assert IFRAME in html


def test_without_a_duration_the_line_has_the_date_only(client, structure):
    lines = text_dump(page_html(client, video(structure)))

    assert contains_run(lines, ["Safe work, healthy workers", "Date issued: 08 November 2016"])


def test_without_a_date_the_line_has_the_duration_only(client, structure):
    story = video(structure, date_display=DateDisplay.NONE, duration=timedelta(seconds=59))

    lines = text_dump(page_html(client, story))

    assert contains_run(lines, ["Safe work, healthy workers", "Size/duration: 00:00:59"])
    assert not any(line.startswith("Date issued") for line in lines)


def test_when_the_video_site_cannot_be_reached_the_page_links_to_the_video(
    client, structure, offline
):
    story = video(structure, video_url=YOUTUBE)

    html = page_html(client, story)

    assert f'<a href="{YOUTUBE}">Watch on youtube.com</a>' in html
    assert "<iframe" not in html
    assert len(offline) == 1
    # The site is not asked again for every reader while it is down.
    page_html(client, story)
    assert len(offline) == 1


def test_any_fault_of_the_embed_leaves_the_plain_link(client, structure, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("The provider answered with something that is not JSON.")

    monkeypatch.setattr(embeds, "get_embed", broken)
    story = video(structure, video_url="https://vimeo.com/76979871")

    assert "Watch on vimeo.com" in page_html(client, story)


def test_an_address_no_provider_knows_is_linked(client, structure):
    story = video(structure, video_url="https://media.example.org/films/score.html")

    assert "Watch on media.example.org" in page_html(client, story)


def test_an_uploaded_video_is_played_with_a_link_to_download_it(client, structure):
    film = make_document("SCORE film", "score-deqing.mp4", size=3 * 1024 * 1024)
    story = video(structure, media_file=film, duration=timedelta(minutes=12, seconds=28))

    html = page_html(client, story)

    assert (
        f'<video controls preload="metadata"><source src="{film.url}" type="video/mp4"></video>'
    ) in html
    assert "<audio" not in html
    assert contains_run(
        text_dump(html),
        ["Date issued: 08 November 2016 | Size/duration: 00:12:28", "Download (MP4, 3.0 MB)"],
    )
    assert client.get(film.url).status_code == 200


@pytest.mark.parametrize(
    "filename, element, mime_type",
    [
        ("message.webm", "video", "video/webm"),
        ("message.OGV", "video", "video/ogg"),
        ("message.mov", "video", "video/quicktime"),
        ("radio.mp3", "audio", "audio/mpeg"),
        ("radio.m4a", "audio", "audio/mp4"),
        ("radio.ogg", "audio", "audio/ogg"),
        ("radio.oga", "audio", "audio/ogg"),
        ("radio.wav", "audio", "audio/wav"),
    ],
)
def test_each_kind_of_file_is_played_by_its_element(
    client, structure, filename, element, mime_type
):
    recording = make_document("Recording", filename)
    story = video(structure, media_file=recording)

    html = page_html(client, story)

    assert f'<{element} controls preload="metadata"><source src="{recording.url}"' in html
    assert f'type="{mime_type}"></{element}>' in html


def test_a_file_that_cannot_be_played_is_refused(structure):
    report = make_document("Report", "report.pdf")

    with pytest.raises(ValidationError) as refused:
        video(structure, media_file=report)

    (message,) = refused.value.message_dict["media_file"]
    # The name the file has in the library (the storage may have made it unique).
    assert report.filename.startswith("report")
    assert message.startswith(
        f"“{report.filename}” is not a video or audio file the page can play."
    )
    assert "MP4" in message and "MP3" in message
    assert not VideoPage.objects.live().exists()


def test_an_address_and_a_file_together_are_refused_saying_which_to_remove(structure):
    film = make_document("Film", "film.mp4")

    with pytest.raises(ValidationError) as refused:
        video(structure, video_url=YOUTUBE, media_file=film)

    (message,) = refused.value.message_dict["media_file"]
    assert "not both" in message
    assert "Remove this file to embed the video address" in message
    assert "remove the video address to play this file" in message


def test_a_duration_must_be_longer_than_zero(structure):
    with pytest.raises(ValidationError) as refused:
        video(structure, duration=timedelta(0))

    assert "longer than zero" in refused.value.message_dict["duration"][0]


def test_an_untitled_video_is_headed_by_its_kicker_and_date(client, structure, video_site):
    story = video(
        structure,
        "Admin name only",
        show_title=False,
        video_url=YOUTUBE,
        duration=timedelta(minutes=12, seconds=28),
        teaser="Workers show how their workplaces became safer.",
    )

    html = page_html(client, story)
    main = html[html.index("<article") :]

    assert (
        '<h1 class="story__title story__title--untitled">Video, '
        '<time datetime="2016-11-08">08 November 2016</time></h1>'
    ) in html
    assert "<title>Video, 08 November 2016 | " in html
    assert "Admin name only" not in main
    assert contains_run(
        text_dump(main),
        [
            "Video, 08 November 2016",
            "Workers show how their workplaces became safer.",
            "Date issued: 08 November 2016 | Size/duration: 00:12:28",
        ],
    )


def test_an_untitled_video_with_its_own_kicker_and_no_date(client, structure):
    story = video(
        structure,
        "Admin name only",
        show_title=False,
        kicker="World Day for Safety and Health at Work",
        date_display=DateDisplay.NONE,
    )

    html = page_html(client, story)

    assert (
        '<h1 class="story__title story__title--untitled">World Day for Safety and Health at Work'
        "</h1>"
    ) in html


def edit_form_data(**fields) -> dict:
    return nested_form_data(
        {
            "title": "Safe work",
            "slug": "safe-work",
            "show_title": "on",
            "date_display": "publication",
            "body": streamfield([]),
        }
        | fields
    )


def test_the_editor_is_told_to_remove_the_address_or_the_file(admin_client, structure):
    add = f"/admin/pages/add/videos/videopage/{structure.sections[Kind.VIDEO].pk}/"
    film = make_document("Film", "film.mp4")

    form = admin_client.get(add).content.decode()
    refused = admin_client.post(
        add,
        edit_form_data(video_url=YOUTUBE, media_file=film.pk, **{"action-publish": "publish"}),
    )

    assert "Video or audio" in form and "Video or audio file" in form
    assert refused.status_code == 200
    assert "Remove this file to embed the video address" in refused.content.decode()
    assert not VideoPage.objects.exists()


def test_the_editor_publishes_a_video_with_its_file_and_duration(admin_client, structure):
    add = f"/admin/pages/add/videos/videopage/{structure.sections[Kind.VIDEO].pk}/"
    film = make_document("Film", "film.webm")

    response = admin_client.post(
        add,
        edit_form_data(media_file=film.pk, duration="00:12:28", **{"action-publish": "publish"}),
    )

    assert response.status_code == 302
    published = VideoPage.objects.get()
    assert published.live
    assert (published.media_file, published.duration) == (film, timedelta(minutes=12, seconds=28))


def test_the_page_reads_back_as_the_sample_text(client, structure, video_site):
    story = video(
        structure,
        "Safe work, healthy workers: SCORE in the small enterprises of Deqing",
        video_url=YOUTUBE,
        duration=timedelta(minutes=12, seconds=28),
        teaser="Workers and managers of small enterprises in Zhejiang Province show how the "
        "SCORE training made their workplaces safer.",
        body=[
            (
                "paragraph",
                "<p>The film was shot in Deqing County, where 40 small and medium enterprises "
                "took part in the ILO’s Sustaining Competitive and Responsible Enterprises "
                "(SCORE) programme with the State Administration of Work Safety.</p>",
            ),
            (
                "paragraph",
                "<p>It was first shown at the SCORE experience-sharing meeting in Deqing, which "
                "brought together 80 representatives of government, employers and workers.</p>",
            ),
        ],
    )

    dump = text_dump(page_html(client, story))
    expected = folded_lines((FILES / "video-story.txt").read_text(encoding="utf-8"))

    assert contains_run(dump, expected), "\n".join(dump)

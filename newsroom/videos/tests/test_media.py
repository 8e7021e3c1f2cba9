"""What a video story plays (``videos/media.py``): which uploaded files a browser can play and
with which element, the video site named in the link, and how long a video site that did not
answer is left alone."""

import pytest
from wagtail.embeds import embeds
from wagtail.embeds.models import Embed

from newsroom.videos import media
from newsroom.videos.media import (
    FAILURE_PAUSE,
    PlayableFile,
    embed_html,
    playable_file,
    video_host,
)

YOUTUBE = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
VIMEO = "https://vimeo.com/76979871"
PLAYER = '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'


class Cache:
    """The cache, as a dict that keeps how long each entry was meant to last."""

    def __init__(self):
        self.entries: dict[str, tuple[object, int]] = {}

    def get(self, key):
        return self.entries.get(key, (None, 0))[0]

    def set(self, key, value, timeout):
        self.entries[key] = (value, timeout)


@pytest.fixture
def kept(monkeypatch) -> Cache:
    fake = Cache()
    monkeypatch.setattr(media, "cache", fake)
    return fake


@pytest.fixture
def site(monkeypatch):
    """The video sites: those in ``site.down`` do not answer; every address asked is kept."""

    class Sites:
        down: set[str] = set()
        asked: list[str] = []

    def get_embed(url, max_width=None, max_height=None):
        Sites.asked.append(url)
        if url in Sites.down:
            raise ConnectionError("The video site does not answer.")
        return Embed(url=url, html=PLAYER, type="video")

    Sites.down, Sites.asked = set(), []
    monkeypatch.setattr(embeds, "get_embed", get_embed)
    return Sites


@pytest.mark.parametrize(
    "filename, element, mime_type",
    [
        ("film.mp4", "video", "video/mp4"),
        ("FILM.MP4", "video", "video/mp4"),
        ("interview.Mov", "video", "video/quicktime"),
        ("radio.mp3", "audio", "audio/mpeg"),
        ("radio programme.2016.ogg", "audio", "audio/ogg"),
    ],
)
def test_a_file_is_played_by_the_element_of_its_extension_in_any_case(filename, element, mime_type):
    assert playable_file(filename) == PlayableFile(element, mime_type)


@pytest.mark.parametrize("filename", ["report.pdf", "film.mp4.exe", "mp4", "film.", "film"])
def test_a_file_without_a_playable_extension_is_not_played(filename):
    assert playable_file(filename) is None


@pytest.mark.parametrize(
    "url, host",
    [
        (YOUTUBE, "youtube.com"),
        ("https://WWW.YouTube.com/watch?v=x", "youtube.com"),
        ("https://m.youtube.com/watch?v=x", "m.youtube.com"),
        ("https://www.example.org:8080/films/score.html", "example.org"),
        (VIMEO, "vimeo.com"),
    ],
)
def test_the_link_names_the_video_site_as_readers_know_it(url, host):
    assert video_host(url) == host


def test_an_address_without_a_scheme_is_named_as_written():
    assert video_host("youtube.com/watch?v=x") == "youtube.com/watch?v=x"


def test_the_player_is_the_one_the_video_site_gives(kept, site):
    assert embed_html(YOUTUBE) == PLAYER
    assert site.asked == [YOUTUBE]


def test_without_an_address_no_site_is_asked(kept, site):
    assert embed_html("") == ""
    assert site.asked == []


def test_a_site_that_did_not_answer_is_left_alone_for_15_minutes(kept, site):
    site.down.add(YOUTUBE)

    first, second = embed_html(YOUTUBE), embed_html(YOUTUBE)

    assert first == second == ""
    assert site.asked == [YOUTUBE]
    assert FAILURE_PAUSE == 15 * 60
    assert [timeout for _, timeout in kept.entries.values()] == [FAILURE_PAUSE]


def test_a_video_that_did_not_play_does_not_keep_others_from_playing(kept, site):
    site.down.add(YOUTUBE)
    embed_html(YOUTUBE)

    assert embed_html(VIMEO) == PLAYER
    assert site.asked == [YOUTUBE, VIMEO]


def test_once_the_pause_is_over_the_site_is_asked_again(kept, site):
    site.down.add(YOUTUBE)
    embed_html(YOUTUBE)
    kept.entries.clear()
    site.down.clear()

    assert embed_html(YOUTUBE) == PLAYER
    assert site.asked == [YOUTUBE, YOUTUBE]

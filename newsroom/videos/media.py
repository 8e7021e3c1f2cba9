"""What a video story plays: an embed from a video site, or an uploaded video or audio file.

The embed is read through ``wagtail.embeds`` (stored once found). When the site cannot be
reached or does not answer, the story page links to the video on that site instead: a page is
never refused because a video site is down, and for a while it does not wait on that site again.
"""

import logging
import os
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe
from wagtail.embeds import embeds
from wagtail.embeds.models import Embed

logger = logging.getLogger(__name__)

# The files a story can play, by extension: the HTML element that plays them and their type.
PLAYABLE: dict[str, tuple[str, str]] = {
    "mp4": ("video", "video/mp4"),
    "webm": ("video", "video/webm"),
    "ogv": ("video", "video/ogg"),
    "mov": ("video", "video/quicktime"),
    "mp3": ("audio", "audio/mpeg"),
    "m4a": ("audio", "audio/mp4"),
    "ogg": ("audio", "audio/ogg"),
    "oga": ("audio", "audio/ogg"),
    "wav": ("audio", "audio/wav"),
}

# How long a video site that did not answer is left alone before the page asks it again.
FAILURE_PAUSE = 15 * 60
EMBED_MAX_WIDTH = 1200


@dataclass(frozen=True)
class PlayableFile:
    """How an uploaded file is played: ``element`` is ``video`` or ``audio``."""

    element: str
    mime_type: str


def extension(filename: str) -> str:
    return os.path.splitext(filename)[1][1:].lower()


def playable_file(filename: str) -> PlayableFile | None:
    """How the file ``filename`` is played, or None when it is neither video nor audio."""
    found = PLAYABLE.get(extension(filename))
    return PlayableFile(*found) if found else None


def video_host(url: str) -> str:
    """The site a video address points to, as readers know it: ``youtube.com``."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def _failure_key(url: str) -> str:
    return f"videos:embed-failed:{embeds.get_embed_hash(url, EMBED_MAX_WIDTH)}"


def embed_html(url: str) -> SafeString:
    """The player the video site gives for ``url``, or an empty string when it gives none."""
    if not url or cache.get(_failure_key(url)):
        return mark_safe("")
    try:
        embed: Embed = embeds.get_embed(url, max_width=EMBED_MAX_WIDTH)
    except Exception:  # noqa: BLE001 - any fault of the video site leaves the plain link
        logger.warning("No embed for the video %s; the page links to it instead.", url)
        cache.set(_failure_key(url), True, FAILURE_PAUSE)
        return mark_safe("")
    # The embed's HTML is the video site's own player, as Wagtail's embed tag renders it.
    return mark_safe(embed.html)  # noqa: S308

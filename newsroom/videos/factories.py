"""Videos for tests: published in the video listing with their duration."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

from .models import VideoPage

if TYPE_CHECKING:
    # The site structure belongs to the home app, a layer above this one: only its type is
    # named here, and the tests hand it in.
    from newsroom.home.structure import SiteStructure


def make_video(
    structure: SiteStructure,
    title: str = "A video",
    duration: timedelta | None = None,
    **fields,
) -> VideoPage:
    """A video (see ``make_story``) lasting ``duration`` (none shown when None); its address
    on a video site (``video_url``) or its uploaded file (``media_file``) go in ``fields``."""
    return make_story(structure, kind=Kind.VIDEO, title=title, duration=duration, **fields)

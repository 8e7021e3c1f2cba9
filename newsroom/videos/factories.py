"""Videos for tests: published in the video listing with their duration."""

from datetime import timedelta

from newsroom.home.structure import SiteStructure
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

from .models import VideoPage


def make_video(
    structure: SiteStructure,
    title: str = "A video",
    duration: timedelta | None = None,
    **fields,
) -> VideoPage:
    """A video (see ``make_story``) lasting ``duration`` (none shown when None); its address
    on a video site (``video_url``) or its uploaded file (``media_file``) go in ``fields``."""
    return make_story(structure, kind=Kind.VIDEO, title=title, duration=duration, **fields)

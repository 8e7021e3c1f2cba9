"""Video and audio stories as a kind, as the videos app registers it (``apps.py``): their
listing, “Video and audio”, and how the old site named and wrote it."""

from django.utils.translation import gettext_lazy as _

from newsroom.stories.kinds import Kind
from newsroom.stories.old_site import ListingLayout, Slot
from newsroom.stories.registry import KindRegistration

from .models import VideoIndexPage, VideoPage

VIDEOS = KindRegistration(
    kind=Kind.VIDEO,
    story_page=VideoPage,
    listing_page=VideoIndexPage,
    listing_slug="videos",
    listing_title=_("Video and audio"),
    old_section_names=("video", "video-and-audio"),
    old_listing=ListingLayout(
        key="videos",
        heading="Video and audio stories",
        slots=(Slot.TITLE, Slot.DATE, Slot.DURATION, Slot.TEASER),
        kind=Kind.VIDEO,
        allows_ranges=False,
        description=_(
            "a title (or none), a date, an optional “Size/duration: …” line and an optional teaser"
        ),
        untitled_items=True,
    ),
)

"""Video and audio stories."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from newsroom.stories.kinds import Kind
from newsroom.stories.models import ListingPage, StoryPage


class VideoPage(StoryPage):
    """A video or audio item, embedded from a video site."""

    KIND = Kind.VIDEO
    parent_page_types = ["videos.VideoIndexPage"]

    video_url = models.URLField(
        _("video address"),
        blank=True,
        help_text=_("The address of the video on a video site; it is embedded on the page."),
    )
    duration = models.DurationField(
        _("duration"),
        null=True,
        blank=True,
        help_text=_("Shown as “Size/duration: 00:12:28”. Write hours:minutes:seconds."),
    )

    content_panels = StoryPage.content_panels + [FieldPanel("video_url"), FieldPanel("duration")]

    class Meta:
        verbose_name = _("video")


class VideoIndexPage(ListingPage):
    """Video and audio: the office's videos and recordings, newest first."""

    max_count_per_parent = 1
    subpage_types = ["videos.VideoPage"]
    template = "pages/video_index_page.html"

    class Meta:
        verbose_name = _("video and audio listing")

    def stories(self):
        from newsroom.stories.selectors import stories_of_kind

        return stories_of_kind(self.locale, Kind.VIDEO)

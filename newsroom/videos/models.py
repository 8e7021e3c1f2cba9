"""Video and audio stories."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage


class VideoPage(StoryPage):
    """A video or audio item, embedded from a video site."""

    KIND = Kind.VIDEO
    parent_page_types = ["stories.SectionPage"]

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

"""Video and audio stories: a video embedded from a video site, or an uploaded video or audio
file played on the page, with its duration."""

import html
import re
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from newsroom.stories.kinds import Kind
from newsroom.stories.models import ListingPage, StoryPage
from newsroom.stories.schema_org import Describe, JsonObject

from . import media, selectors

_IFRAME_SOURCE = re.compile(r"""<iframe\b[^>]*?\ssrc=["']([^"']+)["']""", re.IGNORECASE)


class VideoPage(StoryPage):
    """A video or audio story. Instead of a byline its page reads
    “Date issued: 08 November 2016 | Size/duration: 00:12:28”, then plays the video: the video
    site's player for a video address, or the browser's for an uploaded file, with a link to
    download it. A story without a title of its own (``show_title`` unticked) is headed by its
    kicker and date: “Video, 08 November 2016”."""

    KIND = Kind.VIDEO
    parent_page_types = ["videos.VideoIndexPage"]

    video_url = models.URLField(
        _("video address"),
        blank=True,
        help_text=_(
            "The address of the video on a video site, such as a YouTube link; its player is "
            "shown on the story page under the “Date issued” line. Leave empty when you upload "
            "the file instead."
        ),
    )
    media_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video or audio file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "An uploaded video (MP4, WebM, OGV, MOV) or audio file (MP3, M4A, OGG, OGA, WAV), "
            "played on the story page under the “Date issued” line with a link to download it. "
            "Leave empty when the video has an address on a video site."
        ),
    )
    duration = models.DurationField(
        _("duration"),
        null=True,
        blank=True,
        help_text=_(
            "Shown as “Size/duration: 00:12:28” after the date on the story page and in the "
            "video list. Write hours:minutes:seconds."
        ),
    )

    content_panels = StoryPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("media_file"), FieldPanel("duration")],
            heading=_("Video or audio"),
        )
    ]

    class Meta:
        verbose_name = _("video")

    def clean(self):
        super().clean()
        errors = {}
        if self.video_url and self.media_file_id:
            errors["media_file"] = _(
                "A video plays either from its address on a video site or from an uploaded "
                "file, not both. Remove this file to embed the video address, or remove the "
                "video address to play this file."
            )
        elif self.media_file_id and self.playable_file is None:
            errors["media_file"] = _(
                "“%(name)s” is not a video or audio file the page can play. Choose a video "
                "(MP4, WebM, OGV or MOV) or an audio file (MP3, M4A, OGG, OGA or WAV)."
            ) % {"name": self.media_file.filename}
        if self.duration is not None and self.duration <= timedelta(0):
            errors["duration"] = _(
                "The duration must be longer than zero; write it as hours:minutes:seconds, "
                "e.g. 00:12:28."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def playable_file(self) -> media.PlayableFile | None:
        """How the uploaded file is played, or None without one (or one that cannot be)."""
        return media.playable_file(self.media_file.filename) if self.media_file else None

    @property
    def player(self) -> SafeString:
        """The video site's player for the video address, or an empty string."""
        return media.embed_html(self.video_url)

    @property
    def video_host(self) -> str:
        return media.video_host(self.video_url)

    @property
    def player_address(self) -> str:
        """The address of the video site's player for the video, read from the player the page
        shows; the video's own address when the site gave none."""
        found = _IFRAME_SOURCE.search(str(self.player))
        return html.unescape(found.group(1)) if found else self.video_url

    def structured_data(self, describe: Describe) -> JsonObject | None:
        """A ``VideoObject`` with its duration, and the player of the video site
        (``embedUrl``) or the uploaded file (``contentUrl``)."""
        data: JsonObject = {
            "@type": "VideoObject",
            "name": describe.title,
            "description": describe.description,
            "thumbnailUrl": describe.picture_url,
            "image": describe.image,
            "uploadDate": describe.moment(self.published_at),
            "duration": describe.duration(self.duration),
            "publisher": describe.office,
            "keywords": describe.topics,
            "inLanguage": describe.language,
            "url": describe.url,
        }
        if self.media_file is not None:
            data["contentUrl"] = describe.absolute(self.media_file.url)
            playable = self.playable_file
            data["encodingFormat"] = playable.mime_type if playable else None
        elif self.video_url:
            data["embedUrl"] = self.player_address
        return data


class VideoIndexPage(ListingPage):
    """Video and audio: the office's videos and recordings, newest first, 10 a page."""

    max_count_per_parent = 1
    subpage_types = ["videos.VideoPage"]
    template = "pages/video_index_page.html"

    class Meta:
        verbose_name = _("video and audio listing")

    def stories(self):
        return selectors.videos(self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page = context["stories_page"]
        # Only the page's own videos are read with their duration, in the same query.
        page.object_list = selectors.with_durations(page.object_list)
        return context

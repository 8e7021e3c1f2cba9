"""A listing as a syndication feed: one class for every listing and format, in the manner of
Django's syndication framework (``docs/feeds.md``)."""

from __future__ import annotations

import mimetypes
from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.utils import feedgenerator

from newsroom.core.models import STORY_PICTURE, CreditedImage
from newsroom.stories.models import StoryPage

from .ids import story_urn
from .sources import FeedSource, absolute_url
from .syndication import FORMATS


class ListingFeed(Feed):
    """The newest stories of one listing, in one of ``FORMATS``."""

    def __init__(self, source: FeedSource, format_name: str, request: HttpRequest):
        self.source = source
        self.feed_type = FORMATS[format_name]
        self.language = source.language_tag
        self.request = request

    def get_object(self, request, *args, **kwargs) -> FeedSource:
        return self.source

    def title(self, source: FeedSource) -> str:
        return source.title

    def link(self, source: FeedSource) -> str:
        return source.link

    def description(self, source: FeedSource) -> str:
        return source.description

    def subtitle(self, source: FeedSource) -> str:
        # Atom's subtitle; RSS and JSON Feed read the description.
        return source.description

    def author_name(self, source: FeedSource) -> str:
        return source.office_name

    def feed_url(self, source: FeedSource) -> str:
        return self.request.build_absolute_uri(self.request.path)

    def feed_extra_kwargs(self, source: FeedSource) -> dict[str, Any]:
        return {"fallback_date": source.changed_at}

    def items(self, source: FeedSource) -> list[StoryPage]:
        stories = source.items()
        self._images = _images_of(self.request, stories)
        return stories

    def item_title(self, story: StoryPage) -> str:
        return story.heading

    def item_description(self, story: StoryPage) -> str:
        return story.teaser

    def item_link(self, story: StoryPage) -> str:
        return absolute_url(self.request, story)

    def item_guid(self, story: StoryPage) -> str:
        return story_urn(story, self.source.language_code)

    def item_guid_is_permalink(self, story: StoryPage) -> bool:
        return False

    def item_pubdate(self, story: StoryPage) -> datetime:
        return story.published_at

    def item_updateddate(self, story: StoryPage) -> datetime:
        # A backdated story was changed no earlier than the date it carries.
        changed = story.last_published_at or story.published_at
        return max(changed, story.published_at)

    def item_author_name(self, story: StoryPage) -> str:
        return story.office.name if story.office else self.source.office_name

    def item_categories(self, story: StoryPage) -> list[str]:
        return [term.name for term in (*story.topics.all(), *story.countries.all())]

    def item_enclosures(self, story: StoryPage) -> list[feedgenerator.Enclosure]:
        image = self._images.get(story.pk)
        if image is None:
            return []
        return [
            feedgenerator.Enclosure(
                url=image["url"], length=str(image["length"]), mime_type=image["mime_type"]
            )
        ]

    def item_extra_kwargs(self, story: StoryPage) -> dict[str, Any]:
        return {"image": self._images.get(story.pk), "language": self.language}


def _images_of(request: HttpRequest, stories: list[StoryPage]) -> dict[int, dict[str, Any]]:
    """By story: its picture as feed items carry it (address, type, size, credit, alt text).

    The renditions of every picture are read in one query; a picture whose file cannot be read
    is left out rather than failing the feed."""

    image_ids = {story.image_id for story in stories if story.image_id}
    if not image_ids:
        return {}
    images = {
        image.pk: image
        for image in CreditedImage.objects.filter(pk__in=image_ids).prefetch_renditions(
            STORY_PICTURE
        )
    }
    found = {}
    for story in stories:
        image = images.get(story.image_id)
        if image is None:
            continue
        try:
            rendition = image.get_rendition(STORY_PICTURE)
            length = rendition.file.size
        except (OSError, ValueError):
            continue
        found[story.pk] = {
            "url": request.build_absolute_uri(rendition.url),
            "mime_type": mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg",
            "length": length,
            "width": rendition.width,
            "height": rendition.height,
            "credit": image.credit,
            "alt": image.alt_text,
        }
    return found

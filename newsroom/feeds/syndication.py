"""The three feed formats a listing is offered in: RSS 2.0, Atom 1.0 and JSON Feed 1.1.

RSS and Atom are Django's generators with the story's picture added as Media RSS
(``media:content`` with ``media:credit`` and ``media:description``): an enclosure alone has no
place for the credit the picture must always be shown with. JSON Feed has no generator in Django;
it is written here, the picture's credit and description in the item's ``_image`` extension (the
format's rule: extensions are keys that begin with an underscore)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from django.utils import feedgenerator
from django.utils.encoding import iri_to_uri

MEDIA_RSS = "http://search.yahoo.com/mrss/"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


class _StableDates:
    """A feed without items dates itself from ``fallback_date`` (the listing's last change),
    not from the clock as Django's generators do, so that an unchanged empty feed keeps its
    ``ETag``."""

    def latest_post_date(self) -> datetime:
        if self.items or self.feed.get("fallback_date") is None:
            return super().latest_post_date()
        return self.feed["fallback_date"]


def _write_media(handler, item: dict[str, Any]) -> None:
    image = item.get("image")
    if not image:
        return
    attributes = {"url": image["url"], "medium": "image", "type": image["mime_type"]}
    if image.get("length"):
        attributes["fileSize"] = str(image["length"])
    if image.get("width") and image.get("height"):
        attributes["width"], attributes["height"] = str(image["width"]), str(image["height"])
    handler.startElement("media:content", attributes)
    if image.get("alt"):
        handler.addQuickElement("media:description", image["alt"], {"type": "plain"})
    handler.addQuickElement("media:credit", image["credit"])
    handler.endElement("media:content")


class RssFeed(_StableDates, feedgenerator.Rss201rev2Feed):
    def rss_attributes(self) -> dict[str, str]:
        return {**super().rss_attributes(), "xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, item)
        _write_media(handler, item)


class AtomFeed(_StableDates, feedgenerator.Atom1Feed):
    def root_attributes(self) -> dict[str, str]:
        return {**super().root_attributes(), "xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, item)
        _write_media(handler, item)


class JsonFeed(_StableDates, feedgenerator.SyndicationFeed):
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/)."""

    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding) -> None:
        outfile.write(json.dumps(self.as_dict(), ensure_ascii=False, indent=1).encode(encoding))

    def as_dict(self) -> dict[str, Any]:
        feed = self.feed
        document: dict[str, Any] = {
            "version": JSON_FEED_VERSION,
            "title": feed["title"],
            "home_page_url": iri_to_uri(feed["link"]),
            "feed_url": iri_to_uri(feed["feed_url"]),
            "description": feed["description"],
            "language": feed["language"],
        }
        if feed["author_name"]:
            document["authors"] = [{"name": feed["author_name"]}]
        document["items"] = [self._item(item) for item in self.items]
        return document

    @staticmethod
    def _item(item: dict[str, Any]) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "id": item["unique_id"],
            "url": iri_to_uri(item["link"]),
            "title": item["title"],
            # The format wants a content: the teaser is the story's text in a list.
            "content_text": item["description"] or item["title"],
        }
        if item["description"]:
            entry["summary"] = item["description"]
        if item["pubdate"]:
            entry["date_published"] = item["pubdate"].isoformat()
        if item["updateddate"]:
            entry["date_modified"] = item["updateddate"].isoformat()
        if item["author_name"]:
            entry["authors"] = [{"name": item["author_name"]}]
        if item["categories"]:
            entry["tags"] = list(item["categories"])
        if item.get("language"):
            entry["language"] = item["language"]
        image = item.get("image")
        if image:
            entry["image"] = image["url"]
            attachment = {"url": image["url"], "mime_type": image["mime_type"]}
            if image.get("length"):
                attachment["size_in_bytes"] = int(image["length"])
            entry["attachments"] = [attachment]
            entry["_image"] = {"credit": image["credit"], "alt": image.get("alt", "")}
        return entry


FORMATS: dict[str, type[feedgenerator.SyndicationFeed]] = {
    "rss": RssFeed,
    "atom": AtomFeed,
    "json": JsonFeed,
}

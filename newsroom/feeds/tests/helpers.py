"""Reading feeds and calendars as their readers do: feedparser for RSS and Atom, the rules of
JSON Feed 1.1 for JSON (feedparser 6.0 does not read that format), icalendar for calendars."""

import json
from datetime import datetime

import feedparser
from icalendar import Calendar


def get(client, url: str, status: int = 200, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == status, response.content.decode()[:2000]
    return response


def parsed(client, url: str):
    """The RSS or Atom feed at ``url``, parsed without a single complaint."""
    response = get(client, url)
    feed = feedparser.parse(
        response.content, response_headers={"content-type": response["Content-Type"]}
    )
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def json_feed_errors(document: dict) -> list[str]:
    """What in ``document`` breaks the rules of JSON Feed 1.1."""
    errors = []
    if document.get("version") != "https://jsonfeed.org/version/1.1":
        errors.append("version")
    if not isinstance(document.get("title"), str):
        errors.append("title")
    if not isinstance(document.get("items"), list):
        return [*errors, "items"]
    for url_field in ("home_page_url", "feed_url"):
        if url_field in document and not document[url_field].startswith("http"):
            errors.append(url_field)
    for index, item in enumerate(document["items"]):
        if not isinstance(item.get("id"), str) or not item["id"]:
            errors.append(f"items[{index}].id")
        if not (isinstance(item.get("content_text"), str) or "content_html" in item):
            errors.append(f"items[{index}] has no content")
        for date_field in ("date_published", "date_modified"):
            if date_field in item:
                try:
                    moment = datetime.fromisoformat(item[date_field])
                except ValueError:
                    errors.append(f"items[{index}].{date_field}")
                else:
                    if moment.tzinfo is None:
                        errors.append(f"items[{index}].{date_field} has no offset")
        for attachment in item.get("attachments", []):
            if not attachment.get("url") or not attachment.get("mime_type"):
                errors.append(f"items[{index}].attachments")
        for key in item:
            known = {
                "id", "url", "external_url", "title", "content_html", "content_text", "summary",
                "image", "banner_image", "date_published", "date_modified", "authors", "tags",
                "language", "attachments",
            }  # fmt: skip
            if key not in known and not key.startswith("_"):
                errors.append(f"items[{index}].{key} is not a JSON Feed field")
    return errors


def json_feed(client, url: str) -> dict:
    response = get(client, url)
    assert response["Content-Type"].startswith("application/feed+json")
    document = json.loads(response.content)
    assert json_feed_errors(document) == []
    return document


def calendar(client, url: str) -> Calendar:
    response = get(client, url)
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events_of(calendar_: Calendar) -> list:
    return list(calendar_.walk("VEVENT"))

"""The schema.org description of a story page, given to search engines as JSON-LD.

Each kind is described as the schema.org type its readers' tools know: press releases, news,
statements and features as a ``NewsArticle``, events as an ``Event``, videos as a
``VideoObject``, publications as a ``Report`` (a ``Book`` when it has an ISBN). Projects have
none: no schema.org type for a project is read by search engines. See
``docs/structured-data.md``."""

import html
import json
import re
from datetime import date, timedelta
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from newsroom.events.models import EventPage
from newsroom.languages.switcher import bcp47
from newsroom.projects.models import ProjectPage
from newsroom.publications.models import PublicationPage
from newsroom.stories.models import StatementPage, StoryPage
from newsroom.videos.models import VideoPage

from .facts import PageFacts, Picture, moment_text

JsonObject = dict[str, Any]

CONTEXT = "https://schema.org"
# Search engines cut a longer headline; a cut of ours ends at a word, with an ellipsis.
HEADLINE_LENGTH = 110
ELLIPSIS = "…"

# What json_script escapes, so that no text can close the script element or open a comment.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
_IFRAME_SOURCE = re.compile(r"""<iframe\b[^>]*?\ssrc=["']([^"']+)["']""", re.IGNORECASE)


def for_page(request: HttpRequest, facts: PageFacts) -> JsonObject | None:
    """The schema.org object of the page being read, or None for a page that has none (a
    listing, a project)."""
    story = facts.story
    if story is None or isinstance(story, ProjectPage):
        return None
    if isinstance(story, EventPage):
        return event(story, facts)
    if isinstance(story, VideoPage):
        return video(request, story, facts)
    if isinstance(story, PublicationPage):
        return publication(request, story, facts)
    return news_article(story, facts)


def script_json(data: JsonObject) -> SafeString:
    """``data`` as the text of a script element: JSON with ``<``, ``>`` and ``&`` escaped as
    Django's ``json_script`` escapes them, so a title holding ``</script>`` stays text."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 - escaped just above


def news_article(story: StoryPage, facts: PageFacts) -> JsonObject:
    """A press release, news item, statement or feature: a ``NewsArticle``. A statement's
    author is its speaker; the others' is the office."""
    office = organization(facts)
    author: JsonObject = office
    if isinstance(story, StatementPage) and story.speaker.strip():
        author = {"@type": "Person", "name": story.speaker.strip()}
    return _without_empty(
        {
            "@context": CONTEXT,
            "@type": "NewsArticle",
            "headline": headline(facts.title),
            "description": facts.description,
            "image": image_object(facts.picture),
            "datePublished": moment_text(facts.published_at),
            "dateModified": moment_text(facts.modified_at),
            "author": author,
            "publisher": office,
            "articleSection": story.kind_label,
            "keywords": facts.topics,
            "inLanguage": bcp47(facts.language_code),
            "url": facts.url,
            "mainEntityOfPage": facts.url,
        }
    )


def event(story: EventPage, facts: PageFacts) -> JsonObject:
    """An event or meeting: an ``Event`` on its days (dates for whole days, moments with the
    venue's offset for a timed event), at its venue, online, or both."""
    starts_at = story.starts_at
    last_day = story.date_end or story.date_start
    if starts_at is not None:
        start: str | None = starts_at.isoformat()
        end: str | None = story.ends_at.isoformat() if story.ends_at else None
    else:
        start = _day(story.date_start)
        end = _day(last_day)
    places = []
    if story.venue.strip():
        venue = story.venue.strip()
        places.append({"@type": "Place", "name": venue, "address": venue})
    if story.is_online:
        places.append({"@type": "VirtualLocation", "url": facts.url})
    if story.is_online and len(places) > 1:
        mode = "MixedEventAttendanceMode"
    elif story.is_online:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    return _without_empty(
        {
            "@context": CONTEXT,
            "@type": "Event",
            "name": facts.title,
            "description": facts.description,
            "image": image_object(facts.picture),
            "startDate": start,
            "endDate": end,
            "eventAttendanceMode": f"{CONTEXT}/{mode}",
            "eventStatus": f"{CONTEXT}/EventScheduled",
            "location": places[0] if len(places) == 1 else places,
            "organizer": organization(facts),
            "keywords": facts.topics,
            "inLanguage": bcp47(facts.language_code),
            "url": facts.url,
        }
    )


def video(request: HttpRequest, story: VideoPage, facts: PageFacts) -> JsonObject:
    """A video or audio story: a ``VideoObject`` with its duration, and the player of the video
    site (``embedUrl``) or the uploaded file (``contentUrl``)."""
    data: JsonObject = {
        "@context": CONTEXT,
        "@type": "VideoObject",
        "name": facts.title,
        "description": facts.description,
        "thumbnailUrl": facts.picture.url if facts.picture else None,
        "image": image_object(facts.picture),
        "uploadDate": moment_text(facts.published_at),
        "duration": iso_duration(story.duration),
        "publisher": organization(facts),
        "keywords": facts.topics,
        "inLanguage": bcp47(facts.language_code),
        "url": facts.url,
    }
    if story.media_file is not None:
        data["contentUrl"] = request.build_absolute_uri(story.media_file.url)
        playable = story.playable_file
        data["encodingFormat"] = playable.mime_type if playable else None
    elif story.video_url:
        data["embedUrl"] = player_address(story)
    return _without_empty(data)


def publication(request: HttpRequest, story: PublicationPage, facts: PageFacts) -> JsonObject:
    """A publication: a ``Report``, or a ``Book`` when it has an ISBN, with its document."""
    office = organization(facts)
    isbn = story.isbn.strip()
    document = None
    if story.document is not None:
        document = _without_empty(
            {
                "@type": "MediaObject",
                "contentUrl": request.build_absolute_uri(story.document.url),
                "encodingFormat": story.document.content_type,
                "name": story.document.title,
            }
        )
    return _without_empty(
        {
            "@context": CONTEXT,
            "@type": "Book" if isbn else "Report",
            "name": facts.title,
            "description": facts.description,
            "image": image_object(facts.picture),
            "isbn": isbn,
            "datePublished": moment_text(facts.published_at),
            "dateModified": moment_text(facts.modified_at),
            "author": office,
            "publisher": office,
            "keywords": facts.topics,
            "inLanguage": bcp47(facts.language_code),
            "url": facts.url,
            "encoding": document,
            "associatedMedia": document,
        }
    )


def organization(facts: PageFacts) -> JsonObject:
    """The office that publishes the story, with the home page of the language being read."""
    return {"@type": "Organization", "name": facts.office_name, "url": facts.home_url}


def image_object(picture: Picture | None) -> JsonObject | None:
    """The story's picture as an ``ImageObject``, with its credit as the credit line and the
    copyright notice readers see under it (“© ILO/Zhang Wei”)."""
    if picture is None:
        return None
    return _without_empty(
        {
            "@type": "ImageObject",
            "url": picture.url,
            "contentUrl": picture.url,
            "width": picture.width,
            "height": picture.height,
            "caption": picture.alt,
            "creditText": picture.credit,
            "copyrightNotice": f"© {picture.credit}" if picture.credit else "",
        }
    )


def headline(title: str, limit: int = HEADLINE_LENGTH) -> str:
    """``title`` within ``limit`` characters: cut at the last space that keeps most of it, or
    inside the text that has none (Chinese), and ended with an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - len(ELLIPSIS)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + ELLIPSIS


def iso_duration(duration: timedelta | None) -> str | None:
    """A video's length as ISO 8601 wants it: ``PT12M28S``, ``PT1H5M``."""
    if duration is None:
        return None
    seconds = max(int(duration.total_seconds()), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if seconds or text == "PT":
        text += f"{seconds}S"
    return text


def player_address(story: VideoPage) -> str:
    """The address of the video site's player for the story's video, read from the player the
    page shows; the video's own address when the site gave none."""
    found = _IFRAME_SOURCE.search(str(story.player))
    return html.unescape(found.group(1)) if found else story.video_url


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _without_empty(data: JsonObject) -> JsonObject:
    """``data`` without the properties the story has no value for: schema.org readers take an
    empty value as a wrong one."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}

"""The schema.org description of a story page, given to search engines as JSON-LD.

Each kind describes its stories as the schema.org type its readers' tools know, in its page
class's ``structured_data`` method: a ``NewsArticle`` unless the kind says otherwise, or nothing
for a kind search engines read no type for (the table of ``docs/structured-data.md``). This
module lends the method what it needs of the page being read (:class:`Description`, of the shape
the stories app declares in ``newsroom/stories/schema_org.py``), and writes what it returns."""

import json
from datetime import datetime, timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

from newsroom.languages.switcher import bcp47
from newsroom.stories.schema_org import SCHEMA_ORG, JsonObject, without_empty

from .facts import PageFacts, Picture, moment_text

CONTEXT = SCHEMA_ORG
# Search engines cut a longer headline; a cut of ours ends at a word, with an ellipsis.
HEADLINE_LENGTH = 110
ELLIPSIS = "…"

# What json_script escapes, so that no text can close the script element or open a comment.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


class Description:
    """The page being read, as a story's ``structured_data`` method is given it."""

    def __init__(self, request: HttpRequest, facts: PageFacts):
        self._request = request
        self._facts = facts

    @property
    def title(self) -> str:
        return self._facts.title

    @property
    def description(self) -> str:
        return self._facts.description

    @property
    def url(self) -> str:
        return self._facts.url

    @property
    def language(self) -> str:
        return bcp47(self._facts.language_code)

    @property
    def topics(self) -> list[str]:
        return self._facts.topics

    @property
    def office(self) -> JsonObject:
        return organization(self._facts)

    @property
    def image(self) -> JsonObject | None:
        return image_object(self._facts.picture)

    @property
    def picture_url(self) -> str | None:
        return self._facts.picture.url if self._facts.picture else None

    def headline(self, text: str) -> str:
        return headline(text)

    def moment(self, moment: datetime | None) -> str:
        return moment_text(moment)

    def duration(self, duration: timedelta | None) -> str | None:
        return iso_duration(duration)

    def absolute(self, url: str) -> str:
        return self._request.build_absolute_uri(url)


def for_page(request: HttpRequest, facts: PageFacts) -> JsonObject | None:
    """The schema.org object of the page being read, or None for a page that has none (a
    listing, a project)."""
    story = facts.story
    if story is None:
        return None
    data = story.structured_data(Description(request, facts))
    if data is None:
        return None
    return without_empty({"@context": CONTEXT, **data})


def script_json(data: JsonObject) -> SafeString:
    """``data`` as the text of a script element: JSON with ``<``, ``>`` and ``&`` escaped as
    Django's ``json_script`` escapes them, so a title holding ``</script>`` stays text."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(_SCRIPT_ESCAPES))  # noqa: S308 - escaped just above


def organization(facts: PageFacts) -> JsonObject:
    """The office that publishes the story, with the home page of the language being read."""
    return {"@type": "Organization", "name": facts.office_name, "url": facts.home_url}


def image_object(picture: Picture | None) -> JsonObject | None:
    """The story's picture as an ``ImageObject``, with its credit as the credit line and the
    copyright notice readers see under it (“© ILO/Zhang Wei”)."""
    if picture is None:
        return None
    return without_empty(
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

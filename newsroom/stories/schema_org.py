"""What a story tells search engines of itself, as schema.org JSON-LD.

Each kind's page class describes its stories in its ``structured_data(describe)`` method: a
``NewsArticle`` unless the kind says otherwise (``docs/structured-data.md``). ``describe`` is
lent by the structured-data app (``newsroom/structured_data/schema.py``), which knows the page
being read: its address, language and picture, and how schema.org writes a moment or a
length. Its shape is declared here, so that a kind's app describes its stories without
importing that app.
"""

from datetime import datetime, timedelta
from typing import Any, Protocol

JsonObject = dict[str, Any]

# The vocabulary's address: the ``@context`` of every description, and the stem of its terms.
SCHEMA_ORG = "https://schema.org"


class Describe(Protocol):
    """The page being read as schema.org states it, and the helpers to state a story's own."""

    @property
    def title(self) -> str:
        """The story's title as shared: its SEO title, else its heading."""
        ...

    @property
    def description(self) -> str:
        """The teaser, else the search description."""
        ...

    @property
    def url(self) -> str:
        """The page's absolute address."""
        ...

    @property
    def language(self) -> str:
        """The page's language as BCP 47 writes it: ``en``, ``zh-Hans``, ``mn``."""
        ...

    @property
    def topics(self) -> list[str]:
        """The names of the story's topics."""
        ...

    @property
    def office(self) -> JsonObject:
        """The office that publishes the story, as an ``Organization``."""
        ...

    @property
    def image(self) -> JsonObject | None:
        """The story's picture as an ``ImageObject`` with its credit, or None."""
        ...

    @property
    def picture_url(self) -> str | None:
        """The absolute address of the story's picture, or None."""
        ...

    def headline(self, text: str) -> str:
        """``text`` cut to the length search engines show of a headline."""
        ...

    def moment(self, moment: datetime | None) -> str:
        """``moment`` in ISO 8601, in the office's time zone, to the second; or empty."""
        ...

    def duration(self, duration: timedelta | None) -> str | None:
        """``duration`` in ISO 8601 (``PT12M28S``), or None."""
        ...

    def absolute(self, url: str) -> str:
        """``url`` (a path of this site) as an absolute address."""
        ...


def without_empty(data: JsonObject) -> JsonObject:
    """``data`` without the properties the story has no value for: schema.org readers take an
    empty value as a wrong one."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}

"""How the old site wrote a listing of stories: which paragraphs each item has, in which order,
and what its group headings are (years, months, or the kind's own groups such as “Upcoming
events”). A kind's app declares its own listing with its registration
(``newsroom/stories/registry.py``); the importer reads listing files by these declarations
(``newsroom/importers/layouts.py``, the table of ``docs/text-forms.md``)."""

from dataclasses import dataclass
from enum import StrEnum

from django.utils.functional import Promise

from .kinds import Kind


class Slot(StrEnum):
    """A paragraph an item of a listing may have."""

    KICKER = "kicker"
    CREDIT = "credit line"
    TITLE = "title"
    DATE = "date"
    # An event's days, and after a bar its venue: “13 - 14 October 2015 | Beijing, China”.
    WHEN = "when"
    FUNDER = "funder line"
    DOCUMENT = "document line"
    DURATION = "duration line"
    TEASER = "teaser"


class Grouping(StrEnum):
    """What the group headings of a listing are."""

    YEARS = "years"
    MONTHS = "months"
    # Headings of the kind's own, fixed names, in a fixed order: “Upcoming events”, “Past events”.
    NAMED = "named"


@dataclass(frozen=True)
class ListingLayout:
    """How the items of one listing of the old site are written, and what they become here."""

    key: str
    heading: str
    slots: tuple[Slot, ...]
    # The kind of every story of the listing; None when each item's kicker names its kind.
    kind: Kind | None
    allows_ranges: bool
    # What an item is made of, for the message that refuses a paragraph too many.
    description: str | Promise
    grouping: Grouping = Grouping.YEARS
    # The headings of a NAMED grouping, in the order the listing shows them.
    group_names: tuple[str, ...] = ()
    # Whether an item may have no title of its own: it then starts with its date.
    untitled_items: bool = False
    # Whether a paragraph may stand between the heading and the first group or item.
    has_intro: bool = True

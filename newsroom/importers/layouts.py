"""The listings of the old site the importer knows, and how the items of each are written.

A listing's heading says which listing it is (“What's new”, “Events and meetings”, “China
resources”…), and so which paragraphs its items have, in which order, what kind of story they
become, and what its group headings are: years, months, or the kind's own groups such as
“Upcoming events” (the table of ``docs/text-forms.md``).
"""

import re
from dataclasses import dataclass
from enum import StrEnum

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from newsroom.stories.kinds import Kind

from .errors import ListingError
from .text import Paragraph


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


# A kicker or a title is always there; the other paragraphs are recognised by their form
# (a credit line by its ©, a date by being only a date, a funder line by “Funder:”…) or, for the
# teaser, by being left over.
REQUIRED_SLOTS = {Slot.KICKER: gettext_lazy("kicker"), Slot.TITLE: gettext_lazy("title")}


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


COUNTRY_LISTING = "country"
# “China resources”: the page of every story filed under one country.
COUNTRY_HEADING = re.compile(r"^(?P<country>.+?)\s+resources$", re.IGNORECASE)
UPCOMING_EVENTS, PAST_EVENTS = "Upcoming events", "Past events"
ONGOING_PROJECTS, COMPLETED_PROJECTS = "Ongoing projects", "Completed projects"

LAYOUTS: dict[str, ListingLayout] = {
    layout.key: layout
    for layout in (
        ListingLayout(
            key="whats_new",
            heading="What's new",
            slots=(Slot.KICKER, Slot.TITLE, Slot.DATE, Slot.TEASER),
            kind=None,
            allows_ranges=True,
            description=gettext_lazy(
                "a kicker, a title, an optional date or range and an optional teaser"
            ),
        ),
        ListingLayout(
            key="press_releases",
            heading="News and press releases",
            slots=(Slot.CREDIT, Slot.TITLE, Slot.DATE, Slot.TEASER),
            kind=Kind.PRESS_RELEASE,
            allows_ranges=False,
            description=gettext_lazy(
                "an optional credit line, a title, an optional date and an optional teaser"
            ),
        ),
        ListingLayout(
            key="statements",
            heading="Statements and speeches",
            slots=(Slot.KICKER, Slot.TITLE, Slot.DATE, Slot.TEASER),
            kind=Kind.STATEMENT,
            allows_ranges=False,
            description=gettext_lazy("a kicker, a title, an optional date and an optional teaser"),
        ),
        ListingLayout(
            key="events",
            heading="Events and meetings",
            slots=(Slot.TITLE, Slot.WHEN, Slot.TEASER),
            kind=Kind.EVENT,
            allows_ranges=True,
            description=gettext_lazy(
                "a title, its days with an optional venue after a bar, and an optional teaser"
            ),
            grouping=Grouping.NAMED,
            group_names=(UPCOMING_EVENTS, PAST_EVENTS),
        ),
        ListingLayout(
            key="projects",
            heading="Projects",
            slots=(Slot.TITLE, Slot.DATE, Slot.FUNDER, Slot.TEASER),
            kind=Kind.PROJECT,
            allows_ranges=True,
            description=gettext_lazy(
                "a title, its duration, an optional “Funder: …” line and an optional teaser"
            ),
            grouping=Grouping.NAMED,
            group_names=(ONGOING_PROJECTS, COMPLETED_PROJECTS),
        ),
        ListingLayout(
            key="publications",
            heading="Publications",
            slots=(Slot.TITLE, Slot.DATE, Slot.DOCUMENT, Slot.TEASER),
            kind=Kind.PUBLICATION,
            allows_ranges=False,
            description=gettext_lazy(
                "a title, an optional date, an optional “Download (…)” line and an optional teaser"
            ),
        ),
        ListingLayout(
            key="videos",
            heading="Video and audio stories",
            slots=(Slot.TITLE, Slot.DATE, Slot.DURATION, Slot.TEASER),
            kind=Kind.VIDEO,
            allows_ranges=False,
            description=gettext_lazy(
                "a title (or none), a date, an optional “Size/duration: …” line and an optional "
                "teaser"
            ),
            untitled_items=True,
        ),
        ListingLayout(
            key=COUNTRY_LISTING,
            heading="<Country> resources",
            slots=(Slot.KICKER, Slot.TITLE, Slot.DATE, Slot.TEASER),
            kind=None,
            allows_ranges=True,
            description=gettext_lazy(
                "a kicker, a title, an optional date or range and an optional teaser"
            ),
            grouping=Grouping.MONTHS,
            has_intro=False,
        ),
    )
}


def normalised_heading(text: str) -> str:
    """``text`` as headings are compared: in any case, spacing and apostrophe."""
    # Copies of the old site carry its typographic apostrophes.
    return " ".join(text.replace("’", "'").split()).casefold()


def layout_for(heading: Paragraph) -> tuple[ListingLayout, str]:
    """The layout the heading names, and the country a country's page is about ("" if none)."""
    by_heading = {
        normalised_heading(layout.heading): layout
        for layout in LAYOUTS.values()
        if layout.key != COUNTRY_LISTING
    }
    layout = by_heading.get(normalised_heading(heading.text))
    if layout is not None:
        return layout, ""
    country = COUNTRY_HEADING.match(" ".join(heading.text.split()))
    if country is not None:
        return LAYOUTS[COUNTRY_LISTING], country["country"]
    raise ListingError(
        heading.line,
        _("the heading “%(heading)s” names no listing this importer knows (it knows: %(known)s).")
        % {
            "heading": heading.text,
            "known": ", ".join(layout.heading for layout in LAYOUTS.values()),
        },
    )

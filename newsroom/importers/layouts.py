"""The listings of the old site the importer knows, and how the items of each are written.

A listing's heading says which listing it is (“What's new”, “Events and meetings”, “China
resources”…), and so which paragraphs its items have, in which order, what kind of story they
become, and what its group headings are: years, months, or the kind's own groups such as
“Upcoming events” (the table of ``docs/text-forms.md``). A kind's own listing is declared by its
app with its registration (``newsroom/stories/registry.py``, in the terms of
``newsroom/stories/old_site.py``); What's new and a country's page, no one kind's, are here.
"""

import re

from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# The first group of the events' and of the projects' listings, by which ``order_rules.py``
# checks the order those two listings are in.
from newsroom.events.registration import UPCOMING_EVENTS
from newsroom.projects.registration import ONGOING_PROJECTS
from newsroom.stories.old_site import Grouping, ListingLayout, Slot
from newsroom.stories.registry import registrations

from .errors import ListingError
from .text import Paragraph

__all__ = [
    "COUNTRY_LISTING",
    "LAYOUTS",
    "ONGOING_PROJECTS",
    "REQUIRED_SLOTS",
    "UPCOMING_EVENTS",
    "Grouping",
    "ListingLayout",
    "Slot",
    "layout_for",
    "normalised_heading",
]

# A kicker or a title is always there; the other paragraphs are recognised by their form
# (a credit line by its ©, a date by being only a date, a funder line by “Funder:”…) or, for the
# teaser, by being left over.
REQUIRED_SLOTS = {Slot.KICKER: gettext_lazy("kicker"), Slot.TITLE: gettext_lazy("title")}

COUNTRY_LISTING = "country"
# “China resources”: the page of every story filed under one country.
COUNTRY_HEADING = re.compile(r"^(?P<country>.+?)\s+resources$", re.IGNORECASE)

# The listings that are no one kind's: What's new, of every kind, and a country's page.
WHATS_NEW = ListingLayout(
    key="whats_new",
    heading="What's new",
    slots=(Slot.KICKER, Slot.TITLE, Slot.DATE, Slot.TEASER),
    kind=None,
    allows_ranges=True,
    description=gettext_lazy("a kicker, a title, an optional date or range and an optional teaser"),
)
COUNTRY = ListingLayout(
    key=COUNTRY_LISTING,
    heading="<Country> resources",
    slots=(Slot.KICKER, Slot.TITLE, Slot.DATE, Slot.TEASER),
    kind=None,
    allows_ranges=True,
    description=gettext_lazy("a kicker, a title, an optional date or range and an optional teaser"),
    grouping=Grouping.MONTHS,
    has_intro=False,
)


def _layouts() -> dict[str, ListingLayout]:
    kinds = [r.old_listing for r in registrations() if r.old_listing is not None]
    return {layout.key: layout for layout in (WHATS_NEW, *kinds, COUNTRY)}


# Every listing the importer knows, by key: What's new, each kind's own listing as its app
# registers it (``newsroom/stories/registry.py``), in the kinds' order, and a country's page.
LAYOUTS = SimpleLazyObject(_layouts)


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

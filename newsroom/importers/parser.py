"""Reading a listing of the old site, as text, into the items the newsroom will publish.

A listing file is the text of one listing page of the old site — "What's new", a kind's own
listing such as "Events and meetings" (each kind's app declares its own; ``layouts.py`` gathers
them) or a country's "… resources" page — as a reader copies it: the heading, an optional
introduction, optional group headings (years, months, or a kind's own groups such as "Upcoming
events") and numbered items. Each item is a few paragraphs (kicker, credit line, title, date or
range, the details of its kind, teaser) whose order depends on the listing
(``docs/text-forms.md``).

This module ties the steps together: the file's paragraphs (``text.py``), the listing its
heading names (``layouts.py``), its introduction, groups and numbered items (``groups.py``),
each item read (``items.py``), the years whose heading the copy lost told by their items'
dates (``groups.py``) and, for events and projects, their order (``order_rules.py``).
None of them touches the database, so that a malformed file is refused before anything is
written.
"""

from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from .errors import ListingError
from .groups import ItemParagraphs, split_body, tell_years
from .items import ListingItem, read_item
from .layouts import LAYOUTS, ListingLayout, layout_for
from .order_rules import check_order
from .text import read_text, split_paragraphs

__all__ = ["ListingError", "ListingFile", "parse_listing", "read_listing_file"]


@dataclass(frozen=True)
class ListingFile:
    """A whole listing as read from its file, in the file's order (newest first).

    ``country`` is the country a country's listing names in its heading (“China”), else "".
    """

    heading: str
    intro: str
    items: list[ListingItem]
    kind_of_listing: str
    country: str = ""
    heading_line: int = 1

    @property
    def layout(self) -> ListingLayout:
        return LAYOUTS[self.kind_of_listing]


def read_listing_file(path: str | Path) -> ListingFile:
    """Read and parse the listing file at ``path``."""
    return parse_listing(read_text(path))


def parse_listing(text: str) -> ListingFile:
    """Parse the text of a listing; raise :class:`ListingError` at its first fault."""
    paragraphs = split_paragraphs(text.removeprefix("\ufeff"))
    if not paragraphs:
        raise ListingError(
            None,
            _("The file is empty; a listing starts with its heading, such as “What's new”."),
        )
    heading, *body = paragraphs
    layout, country = layout_for(heading)
    intro, numbered = split_body(layout, body)
    if not numbered:
        raise ListingError(
            None,
            _("The file lists no items; each item starts with its number, such as “1. …”."),
        )
    items = _read_items(layout, numbered)
    check_order(layout, items)
    return ListingFile(
        heading=heading.text,
        intro=intro.text if intro else "",
        items=items,
        kind_of_listing=layout.key,
        country=country,
        heading_line=heading.line,
    )


def _read_items(layout: ListingLayout, numbered: list[ItemParagraphs]) -> list[ListingItem]:
    """Each numbered item read; those of a year whose heading the copy lost are read again
    under the year their dates tell, so that they read exactly as if it had been written."""
    items = [read_item(layout, item) for item in numbered]
    told = tell_years(layout, numbered, [item.date_start for item in items])
    return [
        item if paragraphs is first else read_item(layout, paragraphs)
        for item, first, paragraphs in zip(items, numbered, told, strict=True)
    ]

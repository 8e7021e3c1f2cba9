"""One file of an archive imported as what it is: a listing, or an item page with its old address.

An office's archive mixes the two forms of ``docs/text-forms.md``. A listing is known by its
first paragraph, a heading ``layouts.py`` knows (“News and press releases”, “Events and
meetings”, “China resources”…); any other file is an item page. An item page may start with
its old address, ``URL: <address>`` and a blank line, as the copies of the old site were saved:
the address gives the story its legacy id (its old address then redirects to it, and importing
it again updates the same story) and, when the text does not say it, its kind.

This module only tells the forms apart and hands each file to its import (``listing.py``,
``story.py``); like them, it writes everything a file holds or nothing.
"""

from dataclasses import dataclass

from .errors import ListingError
from .layouts import layout_for
from .legacy_url import LegacyAddress, parse_legacy_address
from .listing import import_listing
from .parser import parse_listing
from .story import import_story
from .story_parser import StoryFile, old_address, parse_story
from .text import split_paragraphs


@dataclass(frozen=True)
class ImportedPage:
    """The page a file became: a story, or the listing page a listing filled, and its address."""

    page_id: int
    address: str


def import_page_text(text: str, *, rolled_back: bool = False) -> ImportedPage:
    """Import ``text``, a listing or an item page; raise :class:`ListingError` (a
    :class:`StoryError` for an item page) at its first fault, with nothing written.

    ``rolled_back`` says that the caller's transaction will be rolled back (a dry run): a
    listing, whose import may store pictures that no rollback removes, is then imported in a
    dry run of its own. An item page writes only to the database.
    """
    text = text.removeprefix("\ufeff")
    if is_listing(text):
        result = import_listing(parse_listing(text), dry_run=rolled_back)
        return ImportedPage(page_id=result.listing_page.pk, address=result.listing_path)
    story_file, legacy = read_item_page(text)
    story = import_story(story_file, legacy=legacy)
    return ImportedPage(page_id=story.story.pk, address=story.path)


def is_listing(text: str) -> bool:
    """Whether ``text`` is a listing: its first paragraph is a listing's heading. A page saved
    with its old address is an item page whatever follows."""
    paragraphs = split_paragraphs(text)
    if not paragraphs or old_address(text):
        return False
    try:
        layout_for(paragraphs[0])
    except ListingError:
        return False
    return True


def read_item_page(text: str) -> tuple[StoryFile, LegacyAddress | None]:
    """The story of an item page's text, and its old address when the text starts with one
    (the parser reads the ``URL:`` line, refuses an address that is no item's, and takes the
    kind its section gives)."""
    story_file = parse_story(text)
    address = story_file.legacy_url
    return story_file, parse_legacy_address(address) if address else None

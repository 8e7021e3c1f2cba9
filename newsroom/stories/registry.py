"""Every kind of story the newsroom publishes, as the kind's own app declares it: the page class
of its stories, the page that lists them and where that page stands in each language's site, and
the old site's names and listing form for it.

A kind's app registers its kind when it is ready, with one line in its ``apps.py``:
``register(EVENTS)``; the stories app registers its own four kinds the same way. The rest of the
newsroom reads the kinds here rather than naming them: the site's pages and menus
(``newsroom/home``), the old site's addresses (``newsroom/legacy``), the importer's listings
(``newsroom/importers``). What a kind does differently from other stories (its schema.org
description, its calendar entry) is a method of its page class instead. See “Adding a kind” in
``docs/content-model.md``.

The kinds are read in the order they were registered, which is the order of their apps in
``INSTALLED_APPS``, the stories app's own first: it is the order of the listings under each home
page, and so of the menu a new site starts with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.functional import Promise

from .kinds import Kind
from .old_site import ListingLayout

if TYPE_CHECKING:
    from .models import ListingPage, StoryPage


@dataclass(frozen=True)
class KindRegistration:
    """One kind of story as its app declares it."""

    kind: Kind
    # The page class of the kind's stories; its ``KIND`` is ``kind``.
    story_page: type[StoryPage]
    # The page class of the kind's listing, which holds and lists its stories; one such page
    # stands under each language's home page.
    listing_page: type[ListingPage]
    # The address and title the listing is created with (``ensure_site_structure()``); the
    # title is translated into each language.
    listing_slug: str
    listing_title: str | Promise
    # The sentence a new listing page is given under its heading.
    listing_intro: str | Promise = ""
    # The old site's names for the listing's section that are not ``listing_slug``: old
    # addresses in those sections lead to the listing, and name the kind of their items.
    old_section_names: tuple[str, ...] = ()
    # How the old site wrote the listing, headed by its heading there, for the importer; None
    # when the importer reads no listing of the kind on its own.
    old_listing: ListingLayout | None = None


_registered: dict[Kind, KindRegistration] = {}


def register(registration: KindRegistration) -> None:
    """Make ``registration`` known to the newsroom; a kind's app calls it in ``ready()``."""
    kind = registration.kind
    known = _registered.get(kind)
    if known == registration:
        # Django readies the apps again when a test changes INSTALLED_APPS.
        return
    if known is not None:
        raise ImproperlyConfigured(f"The kind {kind!r} is registered twice.")
    if registration.story_page.KIND != kind:
        raise ImproperlyConfigured(
            f"{registration.story_page.__name__} stores the kind {registration.story_page.KIND!r},"
            f" not {kind!r}."
        )
    layout = registration.old_listing
    if layout is not None and layout.kind != kind:
        raise ImproperlyConfigured(
            f"The old site's listing “{layout.heading}” is of the kind {layout.kind!r}, "
            f"not {kind!r}."
        )
    for other in _registered.values():
        if other.listing_slug == registration.listing_slug:
            raise ImproperlyConfigured(
                f"The kinds {other.kind!r} and {kind!r} both have their listing at "
                f"“{registration.listing_slug}”."
            )
    _registered[kind] = registration


def registrations() -> tuple[KindRegistration, ...]:
    """Every registered kind, in the order of registration."""
    if not apps.ready:
        # A kind is registered when its app is ready: read before, the list would be short.
        raise ImproperlyConfigured("The kinds of story are known once every app is ready.")
    return tuple(_registered.values())


def registration_for(kind: str) -> KindRegistration:
    """The registration of ``kind``."""
    for registration in registrations():
        if registration.kind == kind:
            return registration
    raise LookupError(f"No app registers the kind {kind!r}.")

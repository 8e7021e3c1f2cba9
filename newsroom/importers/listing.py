"""Publishing a listing of the old site: its stories, in its order, on its listing page.

The service behind ``manage.py import_listing``. It creates the stories a listing file holds as
published pages, updates those that already exist, and gives the listing page the file's heading
and introduction — all in one transaction, so that a fault leaves the site as it was. Importing
the same file again changes nothing.
"""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from io import BytesIO
from operator import attrgetter
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils.text import slugify
from django.utils.translation import gettext as _
from PIL import Image
from wagtail.models import Locale, Page, Site

from newsroom.core.models import CreditedImage
from newsroom.stories.kinds import DateDisplay, Kind, kind_for_label
from newsroom.stories.models import StoryPage, story_model_for_kind
from newsroom.stories.structure import SiteStructure, ensure_site_structure

from .ordering import publication_times
from .parser import ListingError, ListingFile, ListingItem

# The page each listing fills, by the listing's key in ``parser.LAYOUTS``.
LISTING_PAGES: dict[str, Callable[[SiteStructure], Page]] = {
    "whats_new": attrgetter("whats_new"),
    "press_releases": attrgetter("press_releases"),
}

SLUG_LENGTH = 80
FALLBACK_SLUG = "story"
# The old site shows a credit but gives no picture: a plain, quiet picture carries the credit
# until an editor replaces it.
PLACEHOLDER_SIZE = (1200, 675)
PLACEHOLDER_COLOUR = (205, 210, 216)
# SQLite refuses queries with too many parameters.
TITLE_BATCH = 500


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, in a dry run, would have done) to the stories of a listing."""

    created: int
    updated: int
    unchanged: int
    listing_page: Page
    listing_path: str
    listing_updated: bool = False
    dry_run: bool = False

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged


@dataclass(frozen=True)
class _Plan:
    """Where and as what one item of the file is published."""

    item: ListingItem
    kind: Kind
    kicker: str
    parent: Page


def import_listing(listing: ListingFile, *, dry_run: bool) -> ImportResult:
    """Publish ``listing``; in a dry run, work out exactly what would change and write nothing.

    Raises :class:`ListingError` (nothing written) when an item cannot be published.
    """
    stored_files: list[FieldFile] = []
    try:
        with transaction.atomic():
            result = _import(listing, stored_files)
            if dry_run:
                transaction.set_rollback(True)
    except BaseException:
        _forget(stored_files)
        raise
    if dry_run:
        _forget(stored_files)
    return replace(result, dry_run=dry_run)


def _forget(stored_files: list[FieldFile]) -> None:
    """Undo what a rolled-back transaction cannot: files written and cached site paths."""
    for stored in stored_files:
        stored.storage.delete(stored.name)
    # The cache may now describe a site that only existed inside the transaction.
    Site.clear_site_root_paths_cache()


def _import(listing: ListingFile, stored_files: list[FieldFile]) -> ImportResult:
    structure = ensure_site_structure()
    listing_page = LISTING_PAGES[listing.kind_of_listing](structure)
    listing_updated = _update_listing_page(listing_page, listing)

    plans = [_plan(listing, item, structure) for item in listing.items]
    matches = _existing_stories(listing_page.locale, plans)
    times = publication_times(
        [item.date_start for item in listing.items],
        existing=[story.published_at if story else None for story in matches],
    )

    created = updated = unchanged = 0
    slugs = _Slugs()
    for plan, story, published_at in zip(plans, matches, times, strict=True):
        fields = _fields(plan, published_at)
        try:
            if story is None:
                _create(plan, fields, slugs, stored_files)
                created += 1
            elif _update(story, plan, fields, stored_files):
                updated += 1
            else:
                unchanged += 1
        except ValidationError as error:
            raise ListingError(
                plan.item.line,
                _("item %(number)s cannot be published: %(reasons)s")
                % {"number": plan.item.number, "reasons": " ".join(error.messages)},
            ) from error

    return ImportResult(
        created=created,
        updated=updated,
        unchanged=unchanged,
        listing_page=listing_page,
        listing_path=_path_of(listing_page),
        listing_updated=listing_updated,
    )


def _update_listing_page(page: Page, listing: ListingFile) -> bool:
    if page.live and page.title == listing.heading and page.intro == listing.intro:
        return False
    page.title = listing.heading
    page.intro = listing.intro
    page.save_revision().publish()
    return True


def _plan(listing: ListingFile, item: ListingItem, structure: SiteStructure) -> _Plan:
    kind, kicker = _kind_and_kicker(listing, item)
    _check_length(item, StoryPage, "title", item.title)
    _check_length(item, StoryPage, "kicker", kicker)
    _check_length(item, CreditedImage, "credit", item.credit)
    return _Plan(item=item, kind=kind, kicker=kicker, parent=structure.parent_for(kind))


def _kind_and_kicker(listing: ListingFile, item: ListingItem) -> tuple[Kind, str]:
    if listing.layout.kind is not None:
        return listing.layout.kind, item.kicker
    kind = kind_for_label(item.kicker)
    if kind is not None:
        # The kicker is left empty so that the kind's own label shows, in every language.
        return kind, ""
    return Kind.NEWS, item.kicker


def _check_length(item: ListingItem, model: type, name: str, value: str) -> None:
    field = model._meta.get_field(name)
    if field.max_length is not None and len(value) > field.max_length:
        raise ListingError(
            item.line,
            _(
                "the %(field)s of item %(number)s is %(length)s characters long; "
                "it can be at most %(max)s."
            )
            % {
                "field": field.verbose_name,
                "number": item.number,
                "length": len(value),
                "max": field.max_length,
            },
        )


def _existing_stories(locale: Locale, plans: list[_Plan]) -> list[StoryPage | None]:
    """The story each item already is, matched by title and date, or None for a new one."""
    titles = sorted({plan.item.title for plan in plans})
    candidates: dict[tuple[str, Any], list[StoryPage]] = {}
    for start in range(0, len(titles), TITLE_BATCH):
        stories = (
            StoryPage.objects.filter(locale=locale, title__in=titles[start : start + TITLE_BATCH])
            .order_by("pk")
            .specific()
        )
        for story in stories:
            candidates.setdefault((story.title, story.date_start), []).append(story)

    claimed: set[int] = set()
    matches: list[StoryPage | None] = []
    for plan in plans:
        item = plan.item
        pool = [
            story
            for story in candidates.get((item.title, item.date_start), [])
            if story.pk not in claimed
        ]
        # Two items may share a title and a date; the teaser then tells them apart.
        pool.sort(key=lambda story: (story.kind != plan.kind, story.teaser != item.teaser))
        story = pool[0] if pool else None
        if story is not None:
            if story.kind != plan.kind:
                raise ListingError(
                    item.line,
                    _(
                        "the story “%(title)s” already exists with the kind “%(existing)s”, but "
                        "this file gives it the kind “%(kind)s”; a story cannot change its kind. "
                        "Correct the file, or delete the existing story first."
                    )
                    % {
                        "title": item.title,
                        "existing": Kind(story.kind).label,
                        "kind": plan.kind.label,
                    },
                )
            claimed.add(story.pk)
        matches.append(story)
    return matches


def _fields(plan: _Plan, published_at: datetime) -> dict[str, Any]:
    item = plan.item
    if item.is_range:
        date_display = DateDisplay.RANGE
    elif item.date_start is not None:
        date_display = DateDisplay.DATE
    else:
        date_display = DateDisplay.NONE
    return {
        "title": item.title,
        "kicker": plan.kicker,
        "teaser": item.teaser,
        "date_display": date_display,
        "date_start": item.date_start,
        "date_end": item.date_end,
        "published_at": published_at,
    }


class _Slugs:
    """Hands out slugs unique among the children of each parent, new ones included."""

    def __init__(self) -> None:
        self._taken: dict[int, set[str]] = {}

    def claim(self, parent: Page, title: str) -> str:
        taken = self._taken.get(parent.pk)
        if taken is None:
            taken = set(parent.get_children().values_list("slug", flat=True))
            self._taken[parent.pk] = taken
        base = _slug_base(title)
        slug, suffix = base, 2
        while slug in taken:
            slug = f"{base}-{suffix}"
            suffix += 1
        taken.add(slug)
        return slug


def _slug_base(title: str) -> str:
    slug = slugify(title, allow_unicode=True)
    if len(slug) > SLUG_LENGTH:
        # Cut at a word boundary so that the address stays readable.
        cut = slug[:SLUG_LENGTH]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug.strip("-") or FALLBACK_SLUG


def _create(
    plan: _Plan, fields: dict[str, Any], slugs: _Slugs, stored_files: list[FieldFile]
) -> None:
    model = story_model_for_kind(plan.kind)
    slug = slugs.claim(plan.parent, plan.item.title)
    page = model(slug=slug, locale=plan.parent.locale, **fields)
    if plan.item.credit:
        page.image = _credited_placeholder(plan.item, slug, stored_files)
    plan.parent.add_child(instance=page)
    page.save_revision().publish()


def _update(
    story: StoryPage, plan: _Plan, fields: dict[str, Any], stored_files: list[FieldFile]
) -> bool:
    """Bring ``story`` in line with its item; True when anything had to change."""
    changed = [name for name, value in fields.items() if getattr(story, name) != value]
    for name in changed:
        setattr(story, name, fields[name])

    credit_changed = False
    credit = plan.item.credit
    # A story whose item shows no credit keeps whatever image an editor gave it.
    if credit and story.image is None:
        story.image = _credited_placeholder(plan.item, story.slug, stored_files)
        changed.append("image")
    elif credit and story.image.credit != credit:
        story.image.credit = credit
        story.image.save(update_fields=["credit"])
        credit_changed = True

    if changed or not story.live:
        story.save_revision().publish()
        return True
    return credit_changed


def _credited_placeholder(
    item: ListingItem, slug: str, stored_files: list[FieldFile]
) -> CreditedImage:
    data = _placeholder_png()
    image = CreditedImage(
        title=item.title[: CreditedImage._meta.get_field("title").max_length],
        credit=item.credit,
        file=ImageFile(BytesIO(data), name=f"{slug}.png"),
        file_size=len(data),
        file_hash=hashlib.sha1(data).hexdigest(),
    )
    image.save()
    stored_files.append(image.file)
    return image


@cache
def _placeholder_png() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", PLACEHOLDER_SIZE, PLACEHOLDER_COLOUR).save(buffer, format="PNG")
    return buffer.getvalue()


def _path_of(page: Page) -> str:
    parts = page.get_url_parts()
    # A page no site serves has no address; its place in the page tree is the nearest thing.
    return parts[2] if parts else page.url_path

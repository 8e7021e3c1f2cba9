"""Publishing a listing of the old site: its stories, in its order, on its listing page.

The service behind ``manage.py import_listing``. It creates the stories a listing file holds as
published pages, updates those that already exist, and gives the listing page the file's heading
and introduction — all in one transaction, so that a fault leaves the site as it was. Importing
the same file again changes nothing.

"In its order" means what each listing orders by. Most list newest first by ``published_at``,
which the import assigns (``ordering.py``), each within the year it stands under when the
listing is grouped by years. Events and projects are listed by their own days, in
groups that depend on the day the page is read; the parser refuses a file those rules could not
show as it is (``order_rules.py``), and ``published_at`` only settles ties and undated items: a
story keeps the one it has, and a new one never gets one in the future. A country's page lists
by ``published_at`` under the month of publication, so each item gets a time in its month.
"""

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from io import BytesIO
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.db.models import Q
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext as _
from PIL import Image
from wagtail.models import Locale, Page, Site

from newsroom.core.dates import format_day
from newsroom.core.models import CreditedImage
from newsroom.core.slugs import SlugClaims
from newsroom.home.structure import SiteStructure, ensure_site_structure
from newsroom.stories.kinds import DateDisplay, Kind, kind_for_label
from newsroom.stories.models import StoryPage, story_model_for_kind
from newsroom.stories.old_site import Grouping, ListingLayout, Slot
from newsroom.taxonomy.models import Country

from .errors import ListingError
from .items import ListingItem
from .layouts import COUNTRY_LISTING, WHATS_NEW
from .ordering import (
    announcement_times,
    publication_times,
    publication_times_by_month,
    publication_times_by_year,
)
from .parser import ListingFile

# The old site shows a credit but gives no picture: a plain, quiet picture carries the credit
# until an editor replaces it.
PLACEHOLDER_SIZE = (1200, 675)
PLACEHOLDER_COLOUR = (205, 210, 216)
# SQLite refuses queries with too many parameters.
TITLE_BATCH = 500
# Where items without a title of their own are matched, in place of a title.
UNTITLED = object()


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
    # Publications whose item shows a document the import cannot bring: (title, “PDF, 1.2 MB”).
    documents_to_upload: tuple[tuple[str, str], ...] = ()

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
    # The listing's layout says which details of a kind its items show.
    slots: tuple[Slot, ...]
    # The country a country's listing files the story under.
    country: Country | None = None


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
    country: Country | None = None
    if listing.kind_of_listing == COUNTRY_LISTING:
        listing_page = structure.countries
        country = _country(listing, listing_page.locale)
        listing_path = _country_page_path(listing_page, country)
        listing_updated = False
    else:
        listing_page = listing_page_for(listing.layout, structure)
        listing_updated = _update_listing_page(listing_page, listing)
        listing_path = _path_of(listing_page)

    plans = [_plan(listing, item, structure, country) for item in listing.items]
    matches = _existing_stories(listing_page.locale, plans)
    dates = [item.date_start for item in listing.items]
    existing = [story.published_at if story else None for story in matches]
    if listing.layout.grouping is Grouping.MONTHS:
        times = publication_times_by_month([item.month_heading for item in listing.items], dates)
    elif listing.layout.grouping is Grouping.NAMED:
        times = announcement_times(dates, existing=existing)
    elif years := _year_headings(listing):
        times = publication_times_by_year(years, dates, existing=existing)
    else:
        times = publication_times(dates, existing=existing)

    created = updated = unchanged = 0
    documents_to_upload: list[tuple[str, str]] = []
    slugs = SlugClaims()
    for plan, story, published_at in zip(plans, matches, times, strict=True):
        fields = _fields(plan, published_at)
        try:
            if story is None:
                story = _create(plan, fields, slugs, stored_files)
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
        if plan.item.document and getattr(story, "document_id", None) is None:
            documents_to_upload.append((story.title, plan.item.document))

    return ImportResult(
        created=created,
        updated=updated,
        unchanged=unchanged,
        listing_page=listing_page,
        listing_path=listing_path,
        listing_updated=listing_updated,
        documents_to_upload=tuple(documents_to_upload),
    )


def _year_headings(listing: ListingFile) -> list[int]:
    """The year each item stands under, written or told by the dates where the copy lost the
    headings; [] for a listing without year groups (What's new, as it is usually written)."""
    years = [item.year_heading for item in listing.items if item.year_heading is not None]
    return years if len(years) == len(listing.items) else []


def listing_page_for(layout: ListingLayout, structure: SiteStructure) -> Page:
    """The page a listing of ``layout`` fills: What's new, or the listing of the kind whose
    app declares the layout. A country's listing fills a route of the countries page instead
    (``_country_page_path``)."""
    if layout.key == WHATS_NEW.key:
        return structure.whats_new
    if layout.kind is None:
        raise LookupError(f"The listing “{layout.heading}” has no page of its own.")
    return structure.sections[layout.kind]


def _country(listing: ListingFile, locale: Locale) -> Country:
    """The country a country's listing is about, by the name its heading gives."""
    country = Country.objects.filter(locale=locale, name__iexact=listing.country).first()
    if country is None:
        known = Country.objects.filter(locale=locale).order_by("name")
        raise ListingError(
            listing.heading_line,
            _(
                "the heading “%(heading)s” names the country “%(country)s”, which this site does "
                "not have (it has: %(known)s); add it under Snippets › Countries first, or "
                "correct the heading."
            )
            % {
                "heading": listing.heading,
                "country": listing.country,
                "known": ", ".join(country.name for country in known),
            },
        )
    return country


def _country_page_path(countries: Page, country: Country) -> str:
    return _path_of(countries) + countries.specific.reverse_subpage("term", args=[country.slug])


def _update_listing_page(page: Page, listing: ListingFile) -> bool:
    if page.live and page.title == listing.heading and page.intro == listing.intro:
        return False
    page.title = listing.heading
    page.intro = listing.intro
    page.save_revision().publish()
    return True


def _plan(
    listing: ListingFile, item: ListingItem, structure: SiteStructure, country: Country | None
) -> _Plan:
    kind, kicker = _kind_and_kicker(listing, item)
    _check_length(item, StoryPage, "title", item.title)
    _check_length(item, StoryPage, "kicker", kicker)
    _check_length(item, CreditedImage, "credit", item.credit)
    return _Plan(
        item=item,
        kind=kind,
        kicker=kicker,
        parent=structure.parent_for(kind),
        slots=listing.layout.slots,
        country=country,
    )


def _kind_and_kicker(listing: ListingFile, item: ListingItem) -> tuple[Kind, str]:
    own_kind = listing.layout.kind
    kind = kind_for_label(item.kicker) if item.kicker else None
    if kind is None:
        return own_kind or Kind.NEWS, item.kicker
    if own_kind is not None and kind != own_kind:
        raise ListingError(
            item.line,
            _(
                "the kicker “%(kicker)s” of item %(number)s names another kind of story; every "
                "item of %(listing)s is of the kind “%(kind)s”."
            )
            % {
                "kicker": item.kicker,
                "number": item.number,
                "listing": listing.layout.heading,
                "kind": own_kind.label,
            },
        )
    # The kicker is left empty so that the kind's own label shows, in every language.
    return kind, ""


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
    """The story each item already is, matched by title and date, or None for a new one.

    An item that matches no story of its title and date is the story of its kind and title
    without a date, or, when the item has none, with any date: the undated event of What's new
    is the dated one of Events and meetings. An item without a title of its own is matched
    among the stories of its kind that hide their title, by its date; two of the same date by
    their teaser, then in the order they were created (the file's order when they were
    imported).
    """
    titles = sorted({plan.item.title for plan in plans if not plan.item.is_untitled})
    candidates: dict[tuple[object, Any], list[StoryPage]] = {}
    by_title: dict[str, list[StoryPage]] = {}
    for start in range(0, len(titles), TITLE_BATCH):
        stories = (
            StoryPage.objects.filter(locale=locale, title__in=titles[start : start + TITLE_BATCH])
            .order_by("pk")
            .specific()
        )
        for story in stories:
            candidates.setdefault((story.title, story.date_start), []).append(story)
            by_title.setdefault(story.title, []).append(story)
    untitled = sorted(
        {(plan.kind, plan.item.date_start) for plan in plans if plan.item.is_untitled}
    )
    for start in range(0, len(untitled), TITLE_BATCH):
        query = Q()
        for kind, day in untitled[start : start + TITLE_BATCH]:
            query |= Q(kind=kind, date_start=day)
        stories = (
            StoryPage.objects.filter(query, locale=locale, show_title=False)
            .order_by("pk")
            .specific()
        )
        for story in stories:
            candidates.setdefault((UNTITLED, story.date_start), []).append(story)

    claimed: set[int] = set()
    matches: list[StoryPage | None] = [None] * len(plans)
    # Every exact match first, so that a looser one cannot take a story another item names.
    for index, plan in enumerate(plans):
        item = plan.item
        key = (UNTITLED if item.is_untitled else item.title, item.date_start)
        pool = [story for story in candidates.get(key, []) if story.pk not in claimed]
        # Two items may share a title and a date; the teaser then tells them apart.
        pool.sort(key=lambda story: (story.kind != plan.kind, story.teaser != item.teaser))
        story = pool[0] if pool else None
        if story is not None:
            _check_kind(story, plan)
            claimed.add(story.pk)
            matches[index] = story
    for index, plan in enumerate(plans):
        item = plan.item
        if matches[index] is not None or item.is_untitled:
            continue
        pool = [
            story
            for story in by_title.get(item.title, [])
            if story.pk not in claimed
            and story.kind == plan.kind
            and (item.date_start is None or story.date_start is None)
        ]
        pool.sort(key=lambda story: story.teaser != item.teaser)
        if pool:
            claimed.add(pool[0].pk)
            matches[index] = pool[0]
    return matches


def _check_kind(story: StoryPage, plan: _Plan) -> None:
    if story.kind != plan.kind:
        raise ListingError(
            plan.item.line,
            _(
                "the story “%(title)s” already exists with the kind “%(existing)s”, but "
                "this file gives it the kind “%(kind)s”; a story cannot change its kind. "
                "Correct the file, or delete the existing story first."
            )
            % {
                "title": plan.item.title,
                "existing": Kind(story.kind).label,
                "kind": plan.kind.label,
            },
        )


def _fields(plan: _Plan, published_at: datetime) -> dict[str, Any]:
    """What the story's fields must hold for its listing to show the item as the file does.

    A detail the listing does not show (an event's venue in What's new, a project's funder on a
    country's page) is left as it is.
    """
    item = plan.item
    if item.is_range:
        date_display = DateDisplay.RANGE
    elif item.date_start is not None:
        date_display = DateDisplay.DATE
    else:
        date_display = DateDisplay.NONE
    fields = {
        "title": item.title,
        "show_title": not item.is_untitled,
        "kicker": plan.kicker,
        "teaser": item.teaser,
        "date_display": date_display,
        "date_start": item.date_start,
        "date_end": item.date_end,
        "published_at": published_at,
    }
    if item.is_untitled:
        # Only the admin and search show it; an editor may rename it, the import keeps theirs.
        del fields["title"]
    # The details of a kind are the fields its listing's own lines stand for: an event's days
    # line its venue and whether it is online, a project's funder line, a video's duration line.
    if Slot.WHEN in plan.slots:
        if item.venue is not None:
            fields["venue"] = item.venue
        if item.is_online is not None:
            fields["is_online"] = item.is_online
    if Slot.FUNDER in plan.slots:
        fields["funder"] = item.funder
    if Slot.DURATION in plan.slots:
        fields["duration"] = item.duration
    return fields


def untitled_title(kind: Kind, day: date | None) -> str:
    """The name of a story without a title of its own, in the admin and in search."""
    if day is None:
        return str(kind.label)
    return _("%(kind)s of %(date)s") % {"kind": kind.label, "date": format_day(day)}


def _create(
    plan: _Plan, fields: dict[str, Any], slugs: SlugClaims, stored_files: list[FieldFile]
) -> StoryPage:
    model = story_model_for_kind(plan.kind)
    fields.setdefault("title", untitled_title(plan.kind, plan.item.date_start))
    slug = slugs.claim(plan.parent, fields["title"])
    page = model(slug=slug, locale=plan.parent.locale, **fields)
    if plan.item.credit:
        page.image = _credited_placeholder(plan.item, slug, stored_files)
    plan.parent.add_child(instance=page)
    if plan.country is not None:
        page.countries.add(plan.country)
    page.save_revision().publish()
    return page


def _update(
    story: StoryPage, plan: _Plan, fields: dict[str, Any], stored_files: list[FieldFile]
) -> bool:
    """Bring ``story`` in line with its item; True when anything had to change."""
    changed = [name for name, value in fields.items() if getattr(story, name) != value]
    for name in changed:
        setattr(story, name, fields[name])
    # A country's listing adds its country; the story stays filed wherever else it was.
    if plan.country is not None and plan.country not in story.countries.all():
        story.countries.add(plan.country)
        changed.append("countries")

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
        title=(item.title or slug)[: CreditedImage._meta.get_field("title").max_length],
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

"""The reads every listing, feed and the home page share, so that they cannot drift apart.

Each returns a lazily evaluated queryset of :class:`StoryPage` rows — never the kind-specific
subclasses — so that a listing costs the same number of queries whatever the mix of kinds, and
close to the same time whatever the size of the archive (measured by ``bench/listing_render.py``,
see ``bench/README.md``):

- the stories of a page are picked in listing order from the story table's
  ``(published_at, page_ptr)`` indexes, and whether a reader may see a story (live, in this
  language, not behind a view restriction) is checked on its page row with ``EXISTS``: the
  database walks only as far as the requested page instead of joining and sorting the archive,
  and reads every column only for the stories it shows (:meth:`StoryListing.__getitem__`);
- the paginator's count is read from narrow indexes instead of joining every story to its page
  (:meth:`StoryListing.count`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models import Case, Count, Exists, OuterRef, Q, Value, When
from django.db.models.sql import Query
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.query import PageQuerySet

from .kinds import Kind
from .models import StoryPage

LISTING_ORDER = ("-published_at", "-pk")

# Above every path below a page: treebeard paths are steps of 0-9 and A-Z, 255 characters at most.
_PATH_END = "Z" * Page._meta.get_field("path").max_length


def _family(model: type[StoryPage]) -> set[type[StoryPage]]:
    """``model`` and its subclasses, proxies included: the classes whose rows its table holds."""
    found, pending = set(), [model]
    while pending:
        current = pending.pop()
        if not current._meta.abstract:
            found.add(current)
        pending.extend(current.__subclasses__())
    return found


def _story_classes(kind: str | None) -> set[type[StoryPage]]:
    """The page classes whose pages are all stories of ``kind`` (of any kind when None).

    A plain ``StoryPage`` (one made without a kind's class) is of whatever kind it was saved
    with, so it is among them only when every kind is wanted."""
    return {model for model in _family(StoryPage) if kind is None or model.KIND == kind}


def _whole_table(classes: set[type[StoryPage]]) -> str | None:
    """The table that holds a row for every page of ``classes`` and for no other page, if any."""
    for model in classes:
        if not model._meta.proxy and _family(model) == classes:
            return model._meta.db_table
    return None


def _restricted_paths() -> tuple[str, ...]:
    """Tree paths of the pages under a view restriction, outermost only, so that none lies in
    another. A page is private when its own path or an ancestor's is among them."""
    outermost: list[str] = []
    for path in sorted(PageViewRestriction.objects.values_list("page__path", flat=True)):
        # Sorted, a restricted descendant comes right after its restricted ancestor.
        if not outermost or not path.startswith(outermost[-1]):
            outermost.append(path)
    return tuple(outermost)


@dataclass(frozen=True)
class _Audience:
    """Which stories a listing shows: live, in one language, outside restricted sections, with a
    publication time, of some page classes; and how to count them without reading them."""

    locale_id: int
    default_language: bool
    content_type_ids: tuple[int, ...]
    whole_table: str | None
    restricted: tuple[str, ...]
    query: Query
    # For a listing of one kind: that kind, and the content type of plain StoryPage pages.
    kind: str | None = None
    plain_type_id: int | None = None

    def count(self, using: str) -> int:
        """The number of stories in the listing, in one query that reads narrow indexes only.

        A story's kind always matches its class (``StoryPage.save()`` sets it), so the page
        classes, that is the content types on the page table, stand for the kinds here. The count
        is: the live pages of those types in the language (``newsroom_page_audience`` index),
        less those inside a restricted section (each read through the path index), less those
        without a publication time (the few rows where the story index holds NULL), plus, for
        one kind, any plain ``StoryPage`` pages of that kind (read through the same index).

        SQLite counts a whole table by walking its pages rather than its rows, several times
        faster. So when the listing's classes have a table of their own (every story; press
        releases) and the language is the site's default, the one that usually holds most
        stories, it starts from that table's row count less the stories in other languages and
        the unpublished ones. The unary plus in some conditions keeps SQLite, which plans without
        statistics, on the index that answers the condition in the fewest steps.
        """
        connection = connections[using]
        name = connection.ops.quote_name
        page, locale, live = name(Page._meta.db_table), name("locale_id"), name("live")
        content_type, path = name("content_type_id"), name("path")
        types = self.content_type_ids
        of_types = f"IN ({', '.join(['%s'] * len(types))})"
        terms: list[str] = []
        params: list = []

        def term(sql: str, *args, sign: str = "-") -> None:
            terms.append(f"{sign if terms else ''} ({sql})")
            params.extend(args)

        def pages(condition: str, *args, sign: str = "-") -> None:
            term(f"SELECT COUNT(*) FROM {page} WHERE {condition}", *args, sign=sign)

        if self.whole_table and self.default_language and connection.vendor == "sqlite":
            term(f"SELECT COUNT(*) FROM {name(self.whole_table)}")
            pages(f"{locale} < %s AND +{content_type} {of_types}", self.locale_id, *types)
            pages(f"{locale} > %s AND +{content_type} {of_types}", self.locale_id, *types)
            pages(
                f"{locale} = %s AND {live} = %s AND {content_type} {of_types}",
                self.locale_id,
                False,
                *types,
            )
        else:
            pages(
                f"{locale} = %s AND {live} = %s AND {content_type} {of_types}",
                self.locale_id,
                True,
                *types,
            )
        for restricted in self.restricted:
            pages(
                f"{path} >= %s AND {path} <= %s AND {path} LIKE %s"
                f" AND +{locale} = %s AND {live} = %s AND +{content_type} {of_types}",
                restricted,
                restricted + _PATH_END[len(restricted) :],
                restricted + "%",
                self.locale_id,
                True,
                *types,
            )
        story, published_at = name(StoryPage._meta.db_table), name("published_at")
        story_of_page = f"s.{name('page_ptr_id')} = p.{name('id')}"
        public = "".join(f" AND NOT p.{path} LIKE %s" for _ in self.restricted)
        public_params = [restricted + "%" for restricted in self.restricted]
        term(
            f"SELECT COUNT(*) FROM {story} s WHERE s.{published_at} IS NULL AND EXISTS"
            f" (SELECT 1 FROM {page} p WHERE {story_of_page} AND p.{locale} = %s"
            f" AND p.{live} = %s AND p.{content_type} {of_types}{public})",
            self.locale_id,
            True,
            *types,
            *public_params,
        )
        if self.kind is not None and self.plain_type_id is not None:
            term(
                f"SELECT COUNT(*) FROM {page} p WHERE p.{locale} = %s AND p.{live} = %s"
                f" AND p.{content_type} = %s{public} AND EXISTS (SELECT 1 FROM {story} s"
                f" WHERE {story_of_page} AND s.{name('kind')} = %s"
                f" AND s.{published_at} IS NOT NULL)",
                self.locale_id,
                True,
                self.plain_type_id,
                *public_params,
                self.kind,
                sign="+",
            )
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + " ".join(terms), params)
            return cursor.fetchone()[0]


class StoryListing(PageQuerySet):
    """Stories as a listing shows them, cheap to count and to cut into pages."""

    _audience: _Audience | None = None

    def _as_built(self) -> bool:
        """Whether this is the listing exactly as a selector built it: once filtered further, it
        is counted and sliced the usual way."""
        audience = self._audience
        return self._result_cache is None and audience is not None and audience.query is self.query

    def count(self) -> int:
        if self._as_built():
            return self._audience.count(self.db)
        return super().count()

    def count_where(self, condition: Q) -> int:
        """How many stories of this listing meet ``condition``, each story's page asked in turn
        whether a reader may see it.

        For the small groups of a listing (upcoming events, undated ones, projects without an
        end), which a range of a story index picks: written as a filter, PostgreSQL's planner
        joins such a group to the page table by reading every page (40 ms at 100 000 stories);
        asked per story, the cost follows the group's size. Called on the listing as a selector
        built it; otherwise it is an ordinary filtered count."""
        audience = self._audience
        if audience is None:
            return self.filter(condition).count()
        visible = Page.objects.filter(pk=OuterRef("pk"), live=True, locale_id=audience.locale_id)
        for path in audience.restricted:
            visible = visible.exclude(path__startswith=path)
        stories = StoryPage.objects.using(self.db).filter(condition, published_at__isnull=False)
        if audience.kind is not None:
            stories = stories.filter(kind=audience.kind)
        counted = stories.aggregate(visible=Count(Case(When(Exists(visible), then=Value(1)))))
        return counted["visible"]

    def __getitem__(self, k):
        """A slice picks the ids of its stories first, from the listing-order index and their
        page rows, then reads every column of those stories only."""
        if not (isinstance(k, slice) and k.step is None and self._as_built()):
            return super().__getitem__(k)
        return (
            StoryListing(model=StoryPage, using=self.db)
            .filter(pk__in=self.values("pk")[k])
            .select_related("image")
            .defer_streamfields()
            .order_by(*LISTING_ORDER)
        )


def _listing(locale: Locale, kind: str | None = None) -> StoryListing:
    restricted = _restricted_paths()
    visible = Page.objects.filter(pk=OuterRef("pk"), live=True, locale=locale)
    for path in restricted:
        visible = visible.exclude(path__startswith=path)
    stories = StoryListing(model=StoryPage).filter(Exists(visible), published_at__isnull=False)
    if kind is not None:
        stories = stories.filter(kind=kind)
    stories = stories.select_related("image").defer_streamfields().order_by(*LISTING_ORDER)
    classes = _story_classes(kind)
    if not classes:
        return stories
    content_types = ContentType.objects.get_for_models(*classes, for_concrete_models=False)
    stories._audience = _Audience(
        locale_id=locale.pk,
        default_language=locale.language_code
        == get_supported_content_language_variant(settings.LANGUAGE_CODE),
        content_type_ids=tuple(sorted(ct.pk for ct in content_types.values())),
        whole_table=_whole_table(classes),
        restricted=restricted,
        query=stories.query,
        kind=kind,
        plain_type_id=ContentType.objects.get_for_model(StoryPage).pk if kind else None,
    )
    return stories


def published_stories(locale: Locale) -> StoryListing:
    """Every story a reader may see in ``locale``: live, public, and with a publication time."""
    return _listing(locale)


def whats_new(locale: Locale) -> StoryListing:
    return _listing(locale)


def stories_of_kind(locale: Locale, kind: str) -> StoryListing:
    return _listing(locale, kind)


def press_releases(locale: Locale, year: int | None = None) -> StoryListing:
    stories = stories_of_kind(locale, Kind.PRESS_RELEASE)
    if year is not None:
        tz = timezone.get_current_timezone()
        stories = stories.filter(
            published_at__gte=datetime(year, 1, 1, tzinfo=tz),
            published_at__lt=datetime(year + 1, 1, 1, tzinfo=tz),
        )
    return stories

"""What a reader may see: the one rule every public surface reads by, and the fast ways to read
and count by it.

A reader may see a page when it is live and no view restriction lies on it or above it. A reader
of language L may see a story when, besides, it is in L and has a publication time. Listings and
their counts, the home page, country and topic pages, feeds and calendars, sitemaps, search
indexing, old addresses, the language switcher, the menus and what structured data names all
read through this module, so that a new condition (an embargo, an expiry) is written here once
and holds everywhere. ``newsroom/stories/tests/test_audience.py`` fails when another module
filters on these conditions itself.

The rule comes in two forms with the same meaning:

- for a few pages (a menu, the translations of one page, an old item number), a condition the
  database checks on each page (:func:`public_pages`, :func:`readable_pages` without
  ``restricted``), which costs no query of its own;
- for many pages (a listing, a sitemap), the outermost restricted paths read once
  (:func:`restricted_paths`) and given to the same functions, or to :func:`visible_stories`,
  whose count reads narrow indexes instead of every story (:class:`_Audience`), measured by
  ``bench/listing_render.py`` (see ``bench/README.md``):

  - the stories of a page are picked in listing order from the story table's
    ``(published_at, page_ptr)`` indexes, and whether a reader may see a story is checked on its
    page row with ``EXISTS``: the database walks only as far as the requested page instead of
    joining and sorting the archive, and reads every column only for the stories it shows
    (:meth:`StoryListing.__getitem__`);
  - the paginator's count is read from narrow indexes instead of joining every story to its page,
    also when the listing is of the stories filed under one country or topic
    (:class:`_Filing`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypeVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.db.models import Case, Count, Exists, Model, OuterRef, Q, QuerySet, Value, When
from django.db.models.functions import Length, Substr
from django.db.models.sql import Query
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.query import PageQuerySet

from .models.story import StoryPage

LISTING_ORDER = ("-published_at", "-pk")

# Above every path below a page: treebeard paths are steps of 0-9 and A-Z, 255 characters at most.
_PATH_END = "Z" * Page._meta.get_field("path").max_length

Pages = TypeVar("Pages", bound=QuerySet)


# The rule for any page


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of the pages under a view restriction, outermost only, so that none lies in
    another. A page is private when its own path or an ancestor's is among them."""
    outermost: list[str] = []
    for path in sorted(PageViewRestriction.objects.values_list("page__path", flat=True)):
        # Sorted, a restricted descendant comes right after its restricted ancestor.
        if not outermost or not path.startswith(outermost[-1]):
            outermost.append(path)
    return tuple(outermost)


def _under_restriction(restricted: tuple[str, ...] | None) -> Q | Exists | None:
    """Pages with a view restriction on them or above them: given the restricted paths, as
    conditions on the page's own path; otherwise as a check of each page in the database."""
    if restricted is None:
        # A restricted page's path is the start of the path of every page at or below it.
        return Exists(
            PageViewRestriction.objects.filter(
                page__path=Substr(OuterRef("path"), 1, Length("page__path"))
            )
        )
    if not restricted:
        return None
    condition = Q()
    for path in restricted:
        condition |= Q(path__startswith=path)
    return condition


def published(pages: Pages) -> Pages:
    """The pages of ``pages`` that are published, whether or not readers may open them: what
    editors call published (the translation report), not what readers see."""
    return pages.filter(live=True)


def public_pages(pages: Pages, restricted: tuple[str, ...] | None = None) -> Pages:
    """The pages of ``pages`` a reader may open: live, with no view restriction on them or above
    them. Give ``restricted`` (from :func:`restricted_paths`) when reading many pages."""
    pages = published(pages)
    hidden = _under_restriction(restricted)
    return pages if hidden is None else pages.exclude(hidden)


def readable_pages(pages: Pages, restricted: tuple[str, ...] | None = None) -> Pages:
    """The pages of ``pages`` a reader may find: public, and a story only with a publication
    time."""
    # The few stories without one, rather than a join with every story.
    undated = StoryPage.objects.filter(published_at__isnull=True).values("pk")
    return public_pages(pages, restricted).exclude(pk__in=undated)


def is_restricted(path: str) -> bool:
    """Whether a view restriction lies on the page at ``path`` or above it."""
    step = Page.steplen
    ancestors = [path[:end] for end in range(step, len(path) + 1, step)]
    return PageViewRestriction.objects.filter(page__path__in=ancestors).exists()


def reader_may_see(story: StoryPage) -> bool:
    """Whether a reader of the story's language may see ``story`` as it is stored now."""
    if not story.live or story.published_at is None:
        return False
    return not is_restricted(story.path)


# The rule for a language's stories, and its counts


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


@dataclass(frozen=True)
class _Filing:
    """The filing table that files stories under the terms of one vocabulary, and the term."""

    table: str
    story_column: str
    term_column: str
    term_id: int


class _Sql:
    """A sum of counts, each a subquery, with its parameters: ``a - b - c + d``."""

    def __init__(self):
        self.terms: list[str] = []
        self.params: list = []

    def add(self, sql: str, *args, sign: str = "-") -> None:
        self.terms.append(f"{sign if self.terms else ''} ({sql})")
        self.params.extend(args)

    def total(self, using: str) -> int:
        with connections[using].cursor() as cursor:
            cursor.execute("SELECT " + " ".join(self.terms), self.params)
            return cursor.fetchone()[0]


@dataclass(frozen=True)
class _Audience:
    """Which stories a listing shows — live, in one language, outside restricted sections, with
    a publication time, of some page classes, maybe filed under one term — and how to count them
    without reading them."""

    locale_id: int
    default_language: bool
    content_type_ids: tuple[int, ...]
    whole_table: str | None
    restricted: tuple[str, ...]
    query: Query
    # For a listing of one kind: that kind, and the content type of plain StoryPage pages.
    kind: str | None = None
    plain_type_id: int | None = None
    filing: _Filing | None = None

    def count(self, using: str) -> int:
        """The number of stories in the listing, in one query that reads narrow indexes only."""
        if self.filing is not None:
            return self._count_filed(using, self.filing)
        return self._count_all(using)

    def _count_all(self, using: str) -> int:
        """A story's kind always matches its class (``StoryPage.save()`` sets it), so the page
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
        sql = _Sql()

        def pages(condition: str, *args, sign: str = "-") -> None:
            sql.add(f"SELECT COUNT(*) FROM {page} WHERE {condition}", *args, sign=sign)

        if self.whole_table and self.default_language and connection.vendor == "sqlite":
            sql.add(f"SELECT COUNT(*) FROM {name(self.whole_table)}")
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
        sql.add(
            f"SELECT COUNT(*) FROM {story} s WHERE s.{published_at} IS NULL AND EXISTS"
            f" (SELECT 1 FROM {page} p WHERE {story_of_page} AND p.{locale} = %s"
            f" AND p.{live} = %s AND p.{content_type} {of_types}{public})",
            self.locale_id,
            True,
            *types,
            *public_params,
        )
        if self.kind is not None and self.plain_type_id is not None:
            sql.add(
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
        return sql.total(using)

    def _count_filed(self, using: str, filing: _Filing) -> int:
        """A story is listed when it is filed under the term, its page is live, in the language
        and outside every restricted section, and it has a publication time (and, for one kind,
        is of that kind). In the site's default language, which holds most stories, that is the
        filings of the term (read from the filing table's term index, or for one kind the
        stories of the kind that are filed under it, from ``story_kind_listing``), less those
        of pages a reader may not see: in other languages, not live, in a restricted section,
        without a publication time. Each of these is read from the page table's own indexes
        and checked against the filing table's unique ``(story, term)`` index, so it costs as
        many steps as there are such pages, usually a handful. (A site that keeps most stories
        in several languages pays here for its other languages' stories.) In other languages
        the filings of the term are each checked against their story and page instead.

        The unary plus keeps SQLite, which plans without statistics, on the index that answers
        the condition in the fewest steps."""
        connection = connections[using]
        name = connection.ops.quote_name
        page, story = name(Page._meta.db_table), name(StoryPage._meta.db_table)
        locale, live, path = name("locale_id"), name("live"), name("path")
        page_id, story_id = name("id"), name("page_ptr_id")
        published_at, kind_column = name("published_at"), name("kind")
        table, of_story, of_term = (
            name(filing.table),
            name(filing.story_column),
            name(filing.term_column),
        )
        sql = _Sql()

        def filed(story_pk: str) -> tuple[str, list]:
            return (
                f"EXISTS (SELECT 1 FROM {table} f WHERE f.{of_story} = {story_pk}"
                f" AND f.{of_term} = %s)",
                [filing.term_id],
            )

        public = "".join(f" AND NOT p.{path} LIKE %s" for _ in self.restricted)
        public_params = [restricted + "%" for restricted in self.restricted]
        # For one kind, a story of that kind with a publication time: what the page side checks.
        listed, listed_params = (
            (
                f" AND EXISTS (SELECT 1 FROM {story} s WHERE s.{story_id} = p.{page_id}"
                f" AND s.{kind_column} = %s AND s.{published_at} IS NOT NULL)",
                [self.kind],
            )
            if self.kind
            else ("", [])
        )

        if not self.default_language:
            kind_sql = f" AND s.{kind_column} = %s" if self.kind else ""
            sql.add(
                f"SELECT COUNT(*) FROM {table} f WHERE f.{of_term} = %s"
                f" AND EXISTS (SELECT 1 FROM {story} s WHERE s.{story_id} = f.{of_story}"
                f" AND s.{published_at} IS NOT NULL{kind_sql})"
                f" AND EXISTS (SELECT 1 FROM {page} p WHERE p.{page_id} = f.{of_story}"
                f" AND p.{locale} = %s AND p.{live} = %s{public})",
                filing.term_id,
                *([self.kind] if self.kind else []),
                self.locale_id,
                True,
                *public_params,
            )
            return sql.total(using)
        if self.kind:
            on_story, args = filed(f"s.{story_id}")
            sql.add(
                f"SELECT COUNT(*) FROM {story} s WHERE s.{kind_column} = %s"
                f" AND s.{published_at} IS NOT NULL AND {on_story}",
                self.kind,
                *args,
            )
        else:
            sql.add(f"SELECT COUNT(*) FROM {table} WHERE {of_term} = %s", filing.term_id)
        on_page, on_page_args = filed(f"p.{page_id}")
        for condition, args in (
            (f"p.{locale} < %s", [self.locale_id]),
            (f"p.{locale} > %s", [self.locale_id]),
            (f"p.{locale} = %s AND p.{live} = %s", [self.locale_id, False]),
        ) + tuple(
            (
                f"p.{path} >= %s AND p.{path} <= %s AND p.{path} LIKE %s"
                f" AND +p.{locale} = %s AND p.{live} = %s",
                [
                    restricted,
                    restricted + _PATH_END[len(restricted) :],
                    restricted + "%",
                    self.locale_id,
                    True,
                ],
            )
            for restricted in self.restricted
        ):
            sql.add(
                f"SELECT COUNT(*) FROM {page} p WHERE {condition} AND {on_page}{listed}",
                *args,
                *on_page_args,
                *listed_params,
            )
        if not self.kind:
            on_story, on_story_args = filed(f"s.{story_id}")
            sql.add(
                f"SELECT COUNT(*) FROM {story} s WHERE s.{published_at} IS NULL"
                f" AND {on_story} AND EXISTS (SELECT 1 FROM {page} p"
                f" WHERE p.{page_id} = s.{story_id} AND p.{locale} = %s"
                f" AND p.{live} = %s{public})",
                *on_story_args,
                self.locale_id,
                True,
                *public_params,
            )
        return sql.total(using)


class StoryListing(PageQuerySet):
    """Stories as a listing shows them, cheap to count and to cut into pages."""

    _audience: _Audience | None = None

    def _as_built(self) -> bool:
        """Whether this is the listing exactly as it was built here: once filtered further, it
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
        asked per story, the cost follows the group's size. Called on a listing of every story
        of a kind or more; otherwise it is an ordinary filtered count."""
        audience = self._audience
        if audience is None or audience.filing is not None:
            return self.filter(condition).count()
        visible = _page_visible(audience.locale_id, audience.restricted)
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


def _page_visible(locale_id: int, restricted: tuple[str, ...]) -> PageQuerySet:
    """The story's own page row, when a reader of the language may see it."""
    visible = Page.objects.filter(pk=OuterRef("pk"), live=True, locale_id=locale_id)
    for path in restricted:
        visible = visible.exclude(path__startswith=path)
    return visible


def visible_stories(locale: Locale, kind: str | None = None) -> StoryListing:
    """Every story a reader of ``locale`` may see, of ``kind`` (of every kind when None), newest
    first: live, in the language, outside restricted sections, with a publication time."""
    restricted = restricted_paths()
    stories = StoryListing(model=StoryPage).filter(
        Exists(_page_visible(locale.pk, restricted)), published_at__isnull=False
    )
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


def filed_stories(stories: StoryListing, field_name: str, term: Model) -> StoryListing:
    """The stories of the listing ``stories`` (as :func:`visible_stories` built it) filed under
    ``term`` through the many-to-many field ``field_name`` of stories, still cheap to count.

    The filing is checked with ``EXISTS`` on the filing table's unique ``(story, term)`` index,
    so a page of stories walks the story table in listing order and stops after the page."""
    field = StoryPage._meta.get_field(field_name)
    through = field.remote_field.through
    audience = stories._audience
    filed = stories.filter(
        Exists(
            through.objects.filter(
                **{field.m2m_field_name(): OuterRef("pk"), field.m2m_reverse_field_name(): term}
            )
        )
    )
    if audience is not None:
        filed._audience = replace(
            audience,
            query=filed.query,
            filing=_Filing(
                table=through._meta.db_table,
                story_column=field.m2m_column_name(),
                term_column=field.m2m_reverse_name(),
                term_id=term.pk,
            ),
        )
    return filed

"""The reads of the country and topic pages, built on the listing reads every list shares.

Each is the stories a reader may see (``published_stories``) filed under one term, newest first:
one query for a page of stories, one to count them and one for the kinds among them, whatever
the size of the archive. None of them joins the stories to their filings, which would make the
database read every story filed under the term (about 60 000 for China in a 100 000-story
archive) to keep twenty (measured by ``bench/listing_render.py``, see ``bench/README.md``):

- a page of stories walks the story table in listing order and checks each story's filing with
  ``EXISTS`` on the filing table's unique ``(story, term)`` index, stopping after the page;
- the count reads the filing table's term index and takes away the filings of the few stories a
  reader may not see (:class:`_FiledCount`);
- the kinds are one ``EXISTS`` per kind, each stopping at the first story of its kind
  (:func:`kinds_among`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connections
from django.db.models import Exists, Model, OuterRef, QuerySet
from django.db.models.sql import Query
from wagtail.models import Locale, Page

from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.stories.selectors import StoryListing, published_stories, stories_of_kind

from .models import Country, Topic

# Above every path below a page: treebeard paths are steps of 0-9 and A-Z, 255 characters at most.
_PATH_END = "Z" * Page._meta.get_field("path").max_length


@dataclass(frozen=True)
class _FiledCount:
    """How to count the stories of a listing filed under one term without reading them.

    It stands in for the listing's own way of counting (``StoryListing._audience``): the same
    ``query`` and ``count(using)``, so the listing is still counted this way, and still sliced
    ids first, until it is filtered further."""

    query: Query
    filing_table: str
    story_column: str
    term_column: str
    term_id: int
    locale_id: int
    default_language: bool
    restricted: tuple[str, ...]
    kind: str | None

    def count(self, using: str) -> int:
        """The number of stories in the listing, exactly, in one query.

        A story is listed when it is filed under the term, its page is live, in the language and
        outside every restricted section, and it has a publication time (and, for one kind, is
        of that kind). In the site's default language, which holds most stories, that is the
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
        filing, of_story, of_term = (
            name(self.filing_table),
            name(self.story_column),
            name(self.term_column),
        )
        terms: list[str] = []
        params: list = []

        def term(sql: str, *args, sign: str = "-") -> None:
            terms.append(f"{sign if terms else ''} ({sql})")
            params.extend(args)

        def filed(story_pk: str) -> tuple[str, list]:
            return (
                f"EXISTS (SELECT 1 FROM {filing} f WHERE f.{of_story} = {story_pk}"
                f" AND f.{of_term} = %s)",
                [self.term_id],
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
            is_filed = f"f.{of_term} = %s"
            kind_sql = f" AND s.{kind_column} = %s" if self.kind else ""
            term(
                f"SELECT COUNT(*) FROM {filing} f WHERE {is_filed}"
                f" AND EXISTS (SELECT 1 FROM {story} s WHERE s.{story_id} = f.{of_story}"
                f" AND s.{published_at} IS NOT NULL{kind_sql})"
                f" AND EXISTS (SELECT 1 FROM {page} p WHERE p.{page_id} = f.{of_story}"
                f" AND p.{locale} = %s AND p.{live} = %s{public})",
                self.term_id,
                *([self.kind] if self.kind else []),
                self.locale_id,
                True,
                *public_params,
            )
        else:
            if self.kind:
                sql, args = filed(f"s.{story_id}")
                term(
                    f"SELECT COUNT(*) FROM {story} s WHERE s.{kind_column} = %s"
                    f" AND s.{published_at} IS NOT NULL AND {sql}",
                    self.kind,
                    *args,
                )
            else:
                term(f"SELECT COUNT(*) FROM {filing} WHERE {of_term} = %s", self.term_id)
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
                term(
                    f"SELECT COUNT(*) FROM {page} p WHERE {condition} AND {on_page}{listed}",
                    *args,
                    *on_page_args,
                    *listed_params,
                )
            if not self.kind:
                on_story, on_story_args = filed(f"s.{story_id}")
                term(
                    f"SELECT COUNT(*) FROM {story} s WHERE s.{published_at} IS NULL"
                    f" AND {on_story} AND EXISTS (SELECT 1 FROM {page} p"
                    f" WHERE p.{page_id} = s.{story_id} AND p.{locale} = %s"
                    f" AND p.{live} = %s{public})",
                    *on_story_args,
                    self.locale_id,
                    True,
                    *public_params,
                )
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + " ".join(terms), params)
            return cursor.fetchone()[0]


def _filed_under(
    locale: Locale, field_name: str, term: Model, kind: str | None
) -> QuerySet[StoryPage]:
    """The stories of the listing for ``kind`` (every kind when None) filed under ``term`` through
    the many-to-many field ``field_name`` of stories."""
    field = StoryPage._meta.get_field(field_name)
    through = field.remote_field.through
    stories = stories_of_kind(locale, kind) if kind else published_stories(locale)
    audience = stories._audience
    filed = stories.filter(
        Exists(
            through.objects.filter(
                **{field.m2m_field_name(): OuterRef("pk"), field.m2m_reverse_field_name(): term}
            )
        )
    )
    if audience is not None:
        filed._audience = _FiledCount(
            query=filed.query,
            filing_table=through._meta.db_table,
            story_column=field.m2m_column_name(),
            term_column=field.m2m_reverse_name(),
            term_id=term.pk,
            locale_id=audience.locale_id,
            default_language=audience.default_language,
            restricted=audience.restricted,
            kind=kind,
        )
    return filed


def stories_about_country(
    locale: Locale, country: Country, kind: str | None = None
) -> StoryListing:
    """Every story about ``country`` a reader may see in ``locale``, or those of one kind."""
    return _filed_under(locale, "countries", country, kind)


def stories_on_topic(locale: Locale, topic: Topic, kind: str | None = None) -> StoryListing:
    """Every story on ``topic`` a reader may see in ``locale``, or those of one kind."""
    return _filed_under(locale, "topics", topic, kind)


def kinds_among(stories: QuerySet[StoryPage]) -> list[str]:
    """The kinds of story ``stories`` hold, in the order kinds are listed, in one query.

    One ``EXISTS`` per kind, each stopping at the first story of its kind in listing order,
    instead of reading every story to collect the distinct kinds."""
    connection = connections[stories.db]
    parts: list[str] = []
    params: list = []
    for kind in Kind:
        of_kind = stories.filter(kind=kind.value).values("pk")
        sql, args = of_kind.query.get_compiler(using=stories.db).as_sql()
        parts.append(f"EXISTS ({sql}) AS {connection.ops.quote_name(kind.value)}")
        params.extend(args)
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params)
        present = cursor.fetchone()
    return [kind.value for kind, is_present in zip(Kind, present, strict=True) if is_present]

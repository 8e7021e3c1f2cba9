"""The one read behind the results page: which stories match, in what order, and how many of
them fall under each kind, year, country and topic.

Every query here reads the index only (``models.SearchEntry``), which holds nothing a reader may
not see, so no count or snippet can tell of a draft or a private page.

A search reads its matches once: the few columns the order and the facets need, for every match,
from the entries' short rows (no story text is read for it), and the ids of the matches whose
title holds every word. Ordering, narrowing and counting are then done here, the same way on
both databases; only the page of results shown is read in full."""

import hashlib
import heapq
from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import QuerySet
from wagtail.models import Locale

from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.taxonomy.models import Country, Term, Topic

from .backends import backend
from .models import IndexVersion, SearchDocument, SearchEntry
from .query import Query

PER_PAGE = 20
# The first pages of a search's results are kept, with its counts, until the index changes.
CACHED_PAGES = 10
CACHE_SECONDS = 600


@dataclass(frozen=True)
class Filters:
    """What the reader narrowed the results to; ``None`` is no narrowing."""

    kind: str | None = None
    year: int | None = None
    # Terms are named by their translation key: the same country in every language.
    country: object | None = None
    topic: object | None = None


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facets:
    kinds: list[FacetValue] = field(default_factory=list)
    years: list[FacetValue] = field(default_factory=list)
    countries: list[FacetValue] = field(default_factory=list)
    topics: list[FacetValue] = field(default_factory=list)


@dataclass
class Hit:
    document: SearchDocument
    story: StoryPage


@dataclass
class Results:
    total: int
    hits: list[Hit]
    facets: Facets


def matching(query: Query, locale: Locale | None) -> QuerySet[SearchEntry]:
    """Every entry that matches ``query``, in ``locale`` (``None``: every language)."""
    entries = SearchEntry.objects.filter(page_id__in=backend().matching(query))
    if locale is not None:
        entries = entries.filter(locale=locale)
    return entries


def _rows(queryset: QuerySet, *columns: str) -> list[tuple]:
    """``columns`` of every row of ``queryset`` as the database gives them: tens of thousands of
    rows are read without turning each date into a Python datetime."""
    sql, params = queryset.values_list(*columns).query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _title_matches(query: Query) -> set[int]:
    raw = backend().matching(query, title_only=True)
    with connection.cursor() as cursor:
        cursor.execute(raw.sql, raw.params)
        return {row[0] for row in cursor.fetchall()}


class _TermKeys:
    """The translation keys of a story's countries (or topics) from the ids it stores, "3,7":
    one query a vocabulary, a few dozen rows whatever the archive's size."""

    def __init__(self, model: type[Term]):
        self.key_of = dict(model.objects.values_list("pk", "translation_key"))
        self._known: dict[str, frozenset] = {}

    def __call__(self, ids: str) -> frozenset:
        keys = self._known.get(ids)
        if keys is None:
            found = (self.key_of.get(int(pk)) for pk in ids.split(",")) if ids else ()
            keys = self._known[ids] = frozenset(key for key in found if key is not None)
        return keys


def search(
    query: Query,
    locale: Locale | None,
    filters: Filters,
    page: int,
    language: Locale,
) -> Results:
    """Page ``page`` of the results of ``query`` — stories whose title holds every word first,
    then newest first — with the facets; ``language`` names the facets' countries and topics.

    Each facet is counted over the matches narrowed by the other facets' choices only, so a
    reader who picked a year still sees how many of each kind that year holds.

    A common word matches thousands of stories, and counting them is most of a search's cost:
    the order of the first pages and the counts are kept in the cache under the index's version,
    which every change of the index moves on in its own transaction, so a kept result never
    outlives a publish, an unpublish or a deletion."""
    key = _cache_key(query, locale, filters, language)
    kept = cache.get(key) if key and page <= CACHED_PAGES else None
    if kept is None:
        total, ordered, facets = _read(query, locale, filters, language, page)
        if key and page <= CACHED_PAGES:
            cache.set(key, (total, ordered[: CACHED_PAGES * PER_PAGE], facets), CACHE_SECONDS)
    else:
        total, ordered, facets = kept
    start = (page - 1) * PER_PAGE
    return Results(total=total, hits=_hits(ordered[start : start + PER_PAGE]), facets=facets)


def _cache_key(query: Query, locale: Locale | None, filters: Filters, language: Locale) -> str:
    version = IndexVersion.objects.filter(pk=1).values_list("number", flat=True).first() or 0
    described = repr(
        (
            [(t.parts, t.prefix, t.negated) for t in query.terms],
            locale.pk if locale else None,
            filters,
            language.pk,
        )
    )
    digest = hashlib.sha256(described.encode()).hexdigest()[:32]
    return f"newsroom-search:{version}:{digest}"


def _read(
    query: Query, locale: Locale | None, filters: Filters, language: Locale, page: int
) -> tuple[int, list[tuple], Facets]:
    """The count, the order of the first pages up to ``page`` (or the cached pages), and the
    facets, read from the index."""
    rows = _rows(
        matching(query, locale),
        "page_id",
        "published_at",
        "kind",
        "year",
        "country_ids",
        "topic_ids",
    )
    in_title = _title_matches(query) if rows else set()
    country_keys, topic_keys = _TermKeys(Country), _TermKeys(Topic)
    kinds: Counter = Counter()
    years: Counter = Counter()
    # Counted by the stored ids first ("3,7"): there are few distinct ones.
    country_sets: Counter = Counter()
    topic_sets: Counter = Counter()
    chosen = []
    kind_wanted, year_wanted = filters.kind, filters.year
    country_wanted, topic_wanted = filters.country, filters.topic
    for page_id, published_at, kind, year, country_ids, topic_ids in rows:
        wrong_kind = kind_wanted is not None and kind != kind_wanted
        wrong_year = year_wanted is not None and year != year_wanted
        wrong_country = country_wanted is not None and country_wanted not in country_keys(
            country_ids
        )
        wrong_topic = topic_wanted is not None and topic_wanted not in topic_keys(topic_ids)
        wrong = wrong_kind + wrong_year + wrong_country + wrong_topic
        if wrong == 0:
            chosen.append((page_id in in_title, published_at, page_id))
            kinds[kind] += 1
            years[year] += 1
            country_sets[country_ids] += 1
            topic_sets[topic_ids] += 1
        elif wrong == 1:
            # Counted for the one facet whose choice it misses: what choosing there would give.
            if wrong_kind:
                kinds[kind] += 1
            elif wrong_year:
                years[year] += 1
            elif wrong_country:
                country_sets[country_ids] += 1
            else:
                topic_sets[topic_ids] += 1
    ordered = heapq.nlargest(max(page, CACHED_PAGES) * PER_PAGE, chosen)
    facets = Facets(
        kinds=[
            FacetValue(kind.value, str(kind.label), kinds[kind.value], kind.value == filters.kind)
            for kind in Kind
            if kinds[kind.value]
        ],
        years=[
            FacetValue(str(year), str(year), count, year == filters.year)
            for year, count in sorted(years.items(), key=lambda item: -(item[0] or 0))
            if year
        ],
        countries=_term_facet(
            _expand(country_sets, country_keys), Country, filters.country, language
        ),
        topics=_term_facet(_expand(topic_sets, topic_keys), Topic, filters.topic, language),
    )
    return len(chosen), ordered, facets


def _expand(sets: Counter, keys: _TermKeys) -> Counter:
    counts: Counter = Counter()
    for ids, count in sets.items():
        for key in keys(ids):
            counts[key] += count
    return counts


def _hits(shown: list[tuple[bool, object, int]]) -> list[Hit]:
    """The page of results, read in full: two queries."""
    ids = [page_id for _title, _when, page_id in shown]
    documents = SearchDocument.objects.select_related("entry").in_bulk(ids)
    stories = StoryPage.objects.defer_streamfields().in_bulk(ids)
    return [
        Hit(document=documents[page_id], story=stories[page_id])
        for _title, _when, page_id in shown
        if page_id in documents and page_id in stories
    ]


def _term_facet(counts: Counter, model: type[Term], selected, language: Locale) -> list[FacetValue]:
    """The countries (or topics) of the results with their counts, each named as it is in
    ``language`` (else in any language it has)."""
    if not counts:
        return []
    names: dict = {}
    for term in model.objects.filter(translation_key__in=list(counts)).order_by():
        if term.translation_key not in names or term.locale_id == language.pk:
            names[term.translation_key] = term
    values = [
        FacetValue(names[key].slug, names[key].name, count, key == selected)
        for key, count in counts.items()
        if key in names
    ]
    return sorted(values, key=lambda value: (-value.count, value.label))

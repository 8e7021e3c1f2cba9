"""The one read behind the results page: which stories match, in what order, and how many of
them fall under each kind, year, country and topic.

Every query here reads the index only (``models.SearchEntry``), which holds nothing a reader may
not see, so no count or snippet can tell of a draft or a private page."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import BooleanField, Case, Count, Exists, OuterRef, QuerySet, Value, When
from wagtail.models import Locale

from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.taxonomy.models import Country, Term, Topic

from .backends import backend
from .models import SearchEntry
from .query import Query

PER_PAGE = 20
ORDER = ("-in_title", "-published_at", "-page_id")


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
    entry: SearchEntry
    story: StoryPage
    in_title: bool


@dataclass
class Results:
    total: int
    hits: list[Hit]
    facets: Facets


_THROUGH = {"country": SearchEntry.countries.through, "topic": SearchEntry.topics.through}


def matching(query: Query, locale: Locale | None) -> QuerySet[SearchEntry]:
    """Every entry that matches ``query``, in ``locale`` (``None``: every language)."""
    entries = SearchEntry.objects.filter(page_id__in=backend().matching(query))
    if locale is not None:
        entries = entries.filter(locale=locale)
    return entries


def _narrowed(entries: QuerySet, filters: Filters, *, skip: str = "") -> QuerySet:
    if filters.kind and skip != "kind":
        entries = entries.filter(kind=filters.kind)
    if filters.year and skip != "year":
        entries = entries.filter(year=filters.year)
    for name, key in (("country", filters.country), ("topic", filters.topic)):
        if key is None or skip == name:
            continue
        through = _THROUGH[name]
        entries = entries.filter(
            Exists(
                through.objects.filter(
                    searchentry_id=OuterRef("pk"), **{f"{name}__translation_key": key}
                )
            )
        )
    return entries


def search(
    query: Query,
    locale: Locale | None,
    filters: Filters,
    page: int,
    language: Locale,
) -> Results:
    """Page ``page`` of the results of ``query`` (title matches first, then newest first) with
    the facets; ``language`` names the facets' countries and topics."""
    entries = matching(query, locale)
    # Kind and year counts come from one grouping, each read with the other's filter only, so
    # that a reader who picked a year still sees every kind's count for it.
    grid = list(
        _narrowed(entries, Filters(country=filters.country, topic=filters.topic))
        .values_list("kind", "year")
        .annotate(count=Count("pk"))
        .order_by()
    )
    kinds: Counter = Counter()
    years: Counter = Counter()
    total = 0
    for kind, year, count in grid:
        if not filters.year or year == filters.year:
            kinds[kind] += count
        if not filters.kind or kind == filters.kind:
            years[year] += count
            if not filters.year or year == filters.year:
                total += count
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
        countries=_term_facet(entries, filters, "country", Country, language),
        topics=_term_facet(entries, filters, "topic", Topic, language),
    )
    in_title = Case(
        When(page_id__in=backend().matching(query, title_only=True), then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )
    start = (page - 1) * PER_PAGE
    rows = list(
        _narrowed(entries, filters)
        .annotate(in_title=in_title)
        .order_by(*ORDER)[start : start + PER_PAGE]
    )
    stories = StoryPage.objects.defer_streamfields().in_bulk([row.page_id for row in rows])
    hits = [
        Hit(entry=row, story=stories[row.page_id], in_title=row.in_title)
        for row in rows
        if row.page_id in stories
    ]
    return Results(total=total, hits=hits, facets=facets)


def _term_facet(
    entries: QuerySet, filters: Filters, name: str, model: type[Term], language: Locale
) -> list[FacetValue]:
    """The countries (or topics) of the results with their counts, named in ``language``."""
    through = _THROUGH[name]
    counted = (
        through.objects.filter(searchentry__in=_narrowed(entries, filters, skip=name))
        .values_list(f"{name}__translation_key")
        .annotate(count=Count("searchentry_id"))
        .order_by()
    )
    counts = dict(counted)
    if not counts:
        return []
    names: dict = {}
    for term in model.objects.filter(translation_key__in=counts).order_by():
        if term.translation_key not in names or term.locale_id == language.pk:
            names[term.translation_key] = term
    selected = getattr(filters, name)
    values = [
        FacetValue(names[key].slug, names[key].name, count, key == selected)
        for key, count in counts.items()
        if key in names
    ]
    return sorted(values, key=lambda value: (-value.count, value.label))

"""New stories of an archive published a batch at a time, as ``story.py`` publishes one.

An archive is mostly pages the site has never had. Published one by one, each costs Wagtail's
whole round — the tree's insertion, three validations, a revision saved then published, each
save's indexes — about 80 ms: hours for an office's archive. Here the stories of a batch that
are new (their old address, and their title, are nowhere in their language yet) are written
together, and end exactly as ``import_story`` leaves a new story: the page and its kind's row,
at the end of its section in the page tree with the slug ``import_story`` would give it, its
first revision, live; the history of its creation and publication; its topic; Wagtail's search
and reference indexes; and ``page_published`` sent for each story, so that every part of the
site that follows publishing (the readers' search, the public-change clock, caches) learns of
it as of any publication. ``tests/test_story_bulk.py`` compares the two, row by row.

Only what ``import_story`` itself checks before writing is checked here (the lengths, and
what the import makes of the file: unique slugs and old-site ids by construction): the values
come from the import, not from an editor's form. A story that exists already, by its old
address or by its title, is left to ``import_story``, which updates it.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import get_all_child_relations
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends
from wagtail.signals import page_published

from newsroom.core.bulk_publishing import publishing_in_bulk
from newsroom.core.slugs import SlugClaims
from newsroom.home.structure import SiteStructure, ensure_locales, ensure_site_structure
from newsroom.stories.kinds import DateDisplay
from newsroom.stories.models import StoryPage, story_model_for_kind

from .body import body_blocks
from .fields import OWN_DAYS
from .legacy_dates import Timeline
from .legacy_url import LegacyAddress
from .listing import _path_of
from .story import (
    Action,
    StoryImportResult,
    check_lengths,
    kicker_topic,
    story_fields,
    unknown_language,
)
from .story_parser import StoryError, StoryFile

# Rows a single INSERT carries: far below the databases' limits on a statement's parameters.
INSERT_CHUNK = 100


@dataclass(frozen=True)
class NewStory:
    """An item page with its old address, to publish as a new story."""

    story_file: StoryFile
    legacy: LegacyAddress


class Batch:
    """What the stories of one batch share: the languages, each language's pages, slugs, and
    the dated old pages the undated ones are placed among (``legacy_dates.py``), which an
    import may keep from batch to batch (``timelines``)."""

    def __init__(self, timelines: dict[int, Timeline] | None = None) -> None:
        self.locales = {locale.language_code: locale for locale in ensure_locales()}
        self._structures: dict[int, SiteStructure] = {}
        self.slugs = SlugClaims()
        self.timelines = timelines if timelines is not None else {}

    def timeline(self, locale: Locale) -> Timeline:
        if locale.pk not in self.timelines:
            self.timelines[locale.pk] = Timeline(locale)
        return self.timelines[locale.pk]

    def locale(self, legacy: LegacyAddress) -> Locale:
        locale = self.locales.get(legacy.language_code)
        if locale is None:
            raise unknown_language(legacy)
        return locale

    def structure(self, locale: Locale) -> SiteStructure:
        if locale.pk not in self._structures:
            self._structures[locale.pk] = ensure_site_structure(locale)
        return self._structures[locale.pk]


def new_ones(items: list[NewStory], batch: Batch) -> list[bool]:
    """Which of ``items`` are stories their language has never had, by their old address or
    by their title (which ``import_story`` matches among stories without an old address); the
    second of two items with one old address is not new: it updates the first."""
    by_locale: dict[int, list[int]] = defaultdict(list)
    new = [True] * len(items)
    for index, item in enumerate(items):
        try:
            by_locale[batch.locale(item.legacy).pk].append(index)
        except StoryError:
            new[index] = False
    for locale_id, indexes in by_locale.items():
        ids = {items[index].legacy.legacy_id for index in indexes}
        titles = {items[index].story_file.title for index in indexes}
        stories = StoryPage.objects.filter(locale_id=locale_id)
        known_ids = set(stories.filter(legacy_id__in=ids).values_list("legacy_id", flat=True))
        known_titles = set(
            stories.filter(legacy_id="", title__in=titles).values_list("title", flat=True)
        )
        seen: set[str] = set()
        for index in indexes:
            item = items[index]
            legacy_id = item.legacy.legacy_id
            if legacy_id in known_ids or legacy_id in seen or item.story_file.title in known_titles:
                new[index] = False
            seen.add(legacy_id)
    return new


@dataclass
class _Planned:
    item: NewStory
    page: StoryPage
    parent: Page
    topic_id: int | None


def dated_by_byline(story_file: StoryFile) -> bool:
    """Whether the file gives the story's publication date (its byline's), rather than leaving
    it to be told by the pages around it (``legacy_dates.py``)."""
    return story_file.date_start is not None and story_file.kind not in OWN_DAYS


def publish_new(items: list[NewStory], batch: Batch) -> list[StoryImportResult | StoryError]:
    """Publish ``items``, each a story its language has never had (:func:`new_ones`); for each,
    what ``import_story`` would have returned, or the :class:`StoryError` it would have raised
    (that item is then not written). Runs in the caller's transaction.

    The stories dated by their byline are written first, so that the undated ones are placed
    in time among all of them, as if the batch's dated files had been imported before.
    """
    outcomes: list[StoryImportResult | StoryError | None] = [None] * len(items)
    dated = [index for index, item in enumerate(items) if dated_by_byline(item.story_file)]
    undated = [index for index, item in enumerate(items) if not dated_by_byline(item.story_file)]
    for group in (dated, undated):
        results = _publish([items[index] for index in group], batch)
        for index, result in zip(group, results, strict=True):
            outcomes[index] = result
    return outcomes


def _publish(items: list[NewStory], batch: Batch) -> list[StoryImportResult | StoryError]:
    now = timezone.now()
    outcomes: list[StoryImportResult | StoryError | None] = [None] * len(items)
    planned: list[tuple[int, _Planned]] = []
    topics: dict[tuple[int, str], int | None] = {}
    for index, item in enumerate(items):
        try:
            planned.append((index, _plan(item, batch, topics)))
        except StoryError as error:
            outcomes[index] = error
    if not planned:
        return outcomes
    by_parent: dict[int, list[_Planned]] = defaultdict(list)
    for _index, plan in planned:
        by_parent[plan.parent.pk].append(plan)
    for plans in by_parent.values():
        _place(plans, batch.slugs)
    pages = [plan.page for _index, plan in planned]
    for page in pages:
        _publication_fields(page, now)
        if page.date_display == DateDisplay.DATE:
            batch.timeline(page.locale).add(page.legacy_id, page.published_at)
    _insert(pages)
    _file_topics([plan for _index, plan in planned])
    for _index, plan in planned:
        _without_relations(plan.page, plan.topic_id)
    revisions = _revisions(pages, now)
    _history(pages, revisions, now)
    for parent_id, plans in by_parent.items():
        Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + len(plans))
        plans[0].parent.numchild += len(plans)
    _update_indexes(pages)
    with publishing_in_bulk():
        for page, revision in zip(pages, revisions, strict=True):
            page_published.send(sender=type(page), instance=page, revision=revision)
    for index, plan in planned:
        outcomes[index] = StoryImportResult(
            action=Action.CREATED,
            story=plan.page,
            path=_path_of(plan.page),
            document_to_upload=plan.item.story_file.document,
        )
    return outcomes


def _plan(item: NewStory, batch: Batch, topics: dict[tuple[int, str], int | None]) -> _Planned:
    story_file = item.story_file
    locale = batch.locale(item.legacy)
    structure = batch.structure(locale)
    check_lengths(story_file)
    fields = story_fields(story_file, None, locale, item.legacy, batch.timeline(locale))
    model = story_model_for_kind(story_file.kind)
    parent = structure.parent_for(story_file.kind)
    page = model(locale=locale, body=body_blocks(story_file.body), **fields)
    key = (locale.pk, story_file.kicker)
    if key not in topics:
        topic = kicker_topic(locale, story_file.kicker)
        topics[key] = topic.pk if topic is not None else None
    return _Planned(item=item, page=page, parent=parent, topic_id=topics[key])


def _without_relations(page: StoryPage, topic_id: int | None) -> None:
    """Tell the new page, in memory, what it is related to — its topic, and nothing else — so
    that describing it for its revision asks the database nothing."""
    for relation in get_all_child_relations(page):
        setattr(page, relation.get_accessor_name(), [])
    for field in page._meta.many_to_many:
        if isinstance(field, ParentalManyToManyField):
            chosen = [topic_id] if field.name == "topics" and topic_id else []
            setattr(page, field.name, chosen)


def _place(plans: list[_Planned], slugs: SlugClaims) -> None:
    """Give each page of one parent its slug and its place after the parent's last child."""
    parent = plans[0].parent
    slugs.prefetch(parent, [plan.page.title for plan in plans])
    last = (
        Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    step = Page._str2int(last[-Page.steplen :]) if last else 0
    for plan in plans:
        page = plan.page
        step += 1
        page.slug = slugs.claim(parent, page.title)
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step)
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"


def _publication_fields(page: StoryPage, now) -> None:
    """What saving and publishing set on a new page (``Page.full_clean``, ``StoryPage.save``,
    the publish action)."""
    page.draft_title = page.title
    page.kind = page.KIND
    page.live = True
    page.has_unpublished_changes = False
    page.expired = False
    page.first_published_at = page.last_published_at = now
    page.latest_revision_created_at = now


def _chunks(rows: list, size: int = INSERT_CHUNK) -> Iterable[list]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert(pages: list[StoryPage]) -> None:
    """Insert each page's row in every table of its class: the page's, the story's, its
    kind's (Django's ``bulk_create`` does not write a class whose parents have tables)."""
    Page.objects.bulk_create(pages, batch_size=INSERT_CHUNK)
    by_model: dict[type, list[StoryPage]] = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    for model, rows in by_model.items():
        ancestors = [
            parent for parent in reversed(model._meta.get_parent_list()) if parent is not Page
        ]
        for table in [*ancestors, model]:
            link = table._meta.pk
            for page in rows:
                setattr(page, link.attname, page.id)
            for chunk in _chunks(rows):
                table._base_manager._insert(chunk, fields=table._meta.local_concrete_fields)


def _file_topics(plans: list[_Planned]) -> None:
    through = StoryPage.topics.through
    rows = [
        through(storypage_id=plan.page.pk, topic_id=plan.topic_id)
        for plan in plans
        if plan.topic_id is not None
    ]
    through.objects.bulk_create(rows, batch_size=INSERT_CHUNK)


def _revisions(pages: list[StoryPage], now) -> list[Revision]:
    """Each page's first revision, live and latest, as saving and publishing it makes it."""
    base = ContentType.objects.get_for_model(Page)
    revisions = [
        Revision(
            content_type_id=page.content_type_id,
            base_content_type=base,
            object_id=str(page.pk),
            created_at=now,
            object_str=str(page),
            content=page.serializable_data(),
        )
        for page in pages
    ]
    Revision.objects.bulk_create(revisions, batch_size=INSERT_CHUNK)
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = page.live_revision = revision
    Page.objects.bulk_update(pages, ["latest_revision", "live_revision"], batch_size=INSERT_CHUNK)
    return revisions


def _history(pages: list[StoryPage], revisions: list[Revision], now) -> None:
    """The page's history as the admin shows it: created, then published."""
    entries = []
    for page, revision in zip(pages, revisions, strict=True):
        common = {
            "content_type_id": page.content_type_id,
            "page_id": page.pk,
            "label": page.get_admin_display_title(),
            "timestamp": now,
            "content_changed": True,
            "data": {},
        }
        entries.append(PageLogEntry(action="wagtail.create", **common))
        entries.append(PageLogEntry(action="wagtail.publish", revision=revision, **common))
    PageLogEntry.objects.bulk_create(entries, batch_size=INSERT_CHUNK)


def _update_indexes(pages: list[StoryPage]) -> None:
    """Wagtail's search index (where it follows saves) and reference index, as a save does."""
    by_model: dict[type, list[StoryPage]] = defaultdict(list)
    for page in pages:
        by_model[type(page)].append(page)
    for backend in get_search_backends(with_auto_update=True):
        for model, rows in by_model.items():
            backend.add_bulk(model, rows)
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)

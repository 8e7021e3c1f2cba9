"""Keeping the index in step with what readers may see.

A story is in the index while a reader may see it — the rule every listing applies
(``stories/audience.py``). The signal handlers call these functions in the transaction that
publishes, unpublishes, moves or restricts a page, so the index changes with the page or not at
all."""

import re
from collections.abc import Iterable
from html import unescape as unescape_entities

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import Page
from wagtail.rich_text import RichText

from newsroom.stories import audience
from newsroom.stories.models import StoryPage

from .backends import backend
from .models import IndexVersion, SearchDocument, SearchEntry
from .text import TEXT_LIMIT, TITLE_LIMIT, terms

# Fields of some kinds that a reader sees and may search for, read when the story has them.
EXTRA_FIELDS = ("speaker", "venue", "funder", "isbn")
# Where a line of rich text ends.
LINE_ENDS = re.compile(r"</p>|<br\s*/?>|</li>|</h[1-6]>", re.IGNORECASE)


def changed() -> None:
    """Mark the index as changed: results cached before are no longer read."""
    if not IndexVersion.objects.filter(pk=1).update(number=F("number") + 1):
        IndexVersion.objects.update_or_create(pk=1, defaults={"number": 1})


def story_text(story: StoryPage) -> str:
    """What a reader reads of the story besides its title, in reading order, as plain text."""
    pieces = [story.kicker, story.teaser, story.place]
    pieces += [str(getattr(story, name, "") or "") for name in EXTRA_FIELDS]
    pieces.extend(_block_text(story.body))
    return "\n".join(piece.strip() for piece in pieces if piece and piece.strip())


def _block_text(value) -> Iterable[str]:
    if isinstance(value, StreamValue):
        for child in value:
            yield from _block_text(child.value)
    elif isinstance(value, RichText):
        # Paragraphs, line breaks and list items part words as they part lines.
        yield unescape_entities(strip_tags(LINE_ENDS.sub("\\g<0>\n", value.source)))
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from _block_text(child)
    elif isinstance(value, ListValue | list | tuple):
        for child in value:
            yield from _block_text(child)
    elif isinstance(value, str):
        yield value


def index_story(story: StoryPage) -> bool:
    """Write ``story``'s entry as it is now, or remove it when readers may not see it. Returns
    whether it is in the index. The caller marks the index ``changed()``, once for all it
    writes."""
    if not audience.reader_may_see(story):
        remove(story.pk)
        return False
    title = story.heading
    text = story_text(story)
    with transaction.atomic():
        entry, _created = SearchEntry.objects.update_or_create(
            page_id=story.pk,
            defaults={
                "locale_id": story.locale_id,
                "kind": story.kind,
                "year": timezone.localtime(story.published_at).year,
                "published_at": story.published_at,
                "country_ids": _ids(story.countries.all()),
                "topic_ids": _ids(story.topics.all()),
            },
        )
        SearchDocument.objects.update_or_create(
            entry=entry, defaults={"title": title, "text": text}
        )
        with connection.cursor() as cursor:
            backend().write(cursor, story.pk, terms(title, TITLE_LIMIT), terms(text, TEXT_LIMIT))
    return True


def index_pages(page_ids: Iterable[int]) -> None:
    """Index the stories among ``page_ids`` as they are stored now, all at once: the entries
    :func:`index_story` writes one by one, for what a bulk of publications leaves to its end
    (``core/bulk_publishing.py``). Marks the index changed."""
    ids = set(page_ids)
    if not ids:
        return
    readable = audience.readable_pages(StoryPage.objects.filter(pk__in=ids))
    stories = list(StoryPage.objects.filter(pk__in=readable.values("pk")).specific())
    filing = {
        name: _filed(getattr(StoryPage, name).through, f"{field}_id", ids)
        for name, field in (("countries", "country"), ("topics", "topic"))
    }
    SearchEntry.objects.filter(page_id__in=ids).delete()
    entries, documents, written = [], [], []
    for story in stories:
        title, text = story.heading, story_text(story)
        entries.append(
            SearchEntry(
                page_id=story.pk,
                locale_id=story.locale_id,
                kind=story.kind,
                year=timezone.localtime(story.published_at).year,
                published_at=story.published_at,
                country_ids=",".join(map(str, sorted(filing["countries"].get(story.pk, ())))),
                topic_ids=",".join(map(str, sorted(filing["topics"].get(story.pk, ())))),
            )
        )
        documents.append(SearchDocument(entry_id=story.pk, title=title, text=text))
        written.append((story.pk, terms(title, TITLE_LIMIT), terms(text, TEXT_LIMIT)))
    with transaction.atomic():
        SearchEntry.objects.bulk_create(entries, batch_size=200)
        SearchDocument.objects.bulk_create(documents, batch_size=200)
        with connection.cursor() as cursor:
            for page_id, title_terms, text_terms in written:
                backend().write(cursor, page_id, title_terms, text_terms)
    changed()


def _filed(through, field: str, ids: set[int]) -> dict[int, list[int]]:
    """The terms each of the stories ``ids`` is filed under, by story."""
    filed: dict[int, list[int]] = {}
    for story_id, term_id in through.objects.filter(storypage_id__in=ids).values_list(
        "storypage_id", field
    ):
        filed.setdefault(story_id, []).append(term_id)
    return filed


def _ids(terms) -> str:
    return ",".join(str(pk) for pk in sorted(term.pk for term in terms))


def index_page(page: Page) -> bool:
    """Index ``page`` as it is stored now, when it is a story."""
    specific = Page.objects.filter(pk=page.pk).specific().first()
    if not isinstance(specific, StoryPage):
        return False
    indexed = index_story(specific)
    changed()
    return indexed


def refresh_subtree(page: Page) -> None:
    """Bring the index in step for the stories at or below ``page`` after a change above them
    — a move, a view restriction added or removed — which changes whether readers may see them,
    not what they say."""
    if audience.is_restricted(page.path):
        if SearchEntry.objects.filter(page__path__startswith=page.path).delete()[0]:
            changed()
        return
    # What was hidden by a restriction that no longer applies; indexed stories stay as they are.
    missing = (
        audience.readable_pages(StoryPage.objects.filter(path__startswith=page.path))
        .exclude(pk__in=SearchEntry.objects.values("page_id"))
        .specific()
    )
    found = [index_story(story) for story in missing.iterator(chunk_size=200)]
    if any(found):
        changed()


def remove(page_id: int) -> None:
    # The document and its terms go with the entry (an SQLite trigger, a PostgreSQL column).
    if SearchEntry.objects.filter(page_id=page_id).delete()[0]:
        changed()


def rebuild(progress=None) -> int:
    """Index every story anew and drop every entry of a page no reader may see; the count of
    stories indexed."""
    indexed = 0
    seen = 0
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        changed()
        stories = audience.readable_pages(StoryPage.objects.all(), audience.restricted_paths())
        for story in stories.specific().iterator(chunk_size=500):
            indexed += index_story(story)
            seen += 1
            if progress and seen % 1000 == 0:
                progress(seen)
    return indexed

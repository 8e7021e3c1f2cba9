"""New stories published a batch at a time end exactly as ``import_story`` leaves them, one by
one: the same rows in every table (page, story, kind, topics, revision, history, search entry),
the same place in the page tree, the same page for readers."""

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

from newsroom.importers.archive_pages import read_item_page
from newsroom.importers.story import import_story
from newsroom.importers.story_bulk import Batch, NewStory, dated_by_byline, new_ones, publish_new
from newsroom.search.models import SearchDocument, SearchEntry
from newsroom.stories.models import StoryPage
from testing.archive_files import write_archive

pytestmark = pytest.mark.django_db

SAMPLES = Path(settings.BASE_DIR).parent / "shared" / "archive-samples"
# What differs between any two publications: the moment, and identifiers drawn at random.
VOLATILE = {
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
    "translation_key",
    "latest_revision",
    "live_revision",
    "pk",
    "id",
}


def archive_items(tmp_path) -> list[NewStory]:
    """The real samples and generated pages of every form, each with its old address."""
    paths = sorted(SAMPLES.glob("*.txt")) + write_archive(tmp_path, 30)
    items = []
    for path in paths:
        story_file, legacy = read_item_page(path.read_text(encoding="utf-8"))
        items.append(NewStory(story_file, legacy))
    return items


MOMENT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)?")


def without_moments_of_today(html: str) -> str:
    """The page without the moments of its publication here (its modification time)."""
    today = timezone.localdate().isoformat()
    return MOMENT.sub(lambda found: "<now>" if found[0].startswith(today) else found[0], html)


def without_block_ids(stream: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [(block["type"], block["value"]) for block in stream]


def snapshot(client) -> dict[str, dict[str, Any]]:
    """Everything the site holds of each story, by its old-site id."""
    found = {}
    for story in StoryPage.objects.exclude(legacy_id="").specific().order_by("path"):
        fields = {
            field.attname: getattr(story, field.attname)
            for field in story._meta.concrete_fields
            if not field.primary_key
            and not field.one_to_one
            and field.name not in VOLATILE
            and field.attname not in {"latest_revision_id", "live_revision_id"}
        }
        fields["body"] = without_block_ids(story.body.raw_data)
        # A story no dated page places in time is published at the minute of its import.
        if abs(fields["published_at"] - timezone.now()) < timedelta(minutes=10):
            fields["published_at"] = "<the minute of the import>"
        revisions = Revision.objects.filter(object_id=str(story.pk))
        (revision,) = revisions
        content = {
            key: value
            for key, value in revision.content.items()
            if key not in VOLATILE and key != "body"
        }
        entry = SearchEntry.objects.filter(page_id=story.pk).values().first()
        if fields["published_at"] == "<the minute of the import>":
            content["published_at"] = fields["published_at"]
            if entry:
                entry["published_at"] = fields["published_at"]
        document = SearchDocument.objects.filter(entry_id=story.pk).values("title", "text").first()
        found[story.legacy_id] = {
            "fields": fields,
            "revision": {
                "is_live_and_latest": story.live_revision_id
                == story.latest_revision_id
                == revision.pk,
                "content_type": revision.content_type_id,
                "base_content_type": revision.base_content_type_id,
                "object_str": revision.object_str,
                "approved_go_live_at": revision.approved_go_live_at,
                "user": revision.user_id,
                "content": content,
            },
            "topics": sorted(story.topics.values_list("slug", flat=True)),
            "history": sorted(
                (entry.action, entry.label, entry.content_changed, entry.revision_id is not None)
                for entry in PageLogEntry.objects.filter(page_id=story.pk)
            ),
            "search": {key: value for key, value in (entry or {}).items() if key != "page_id"},
            "document": document,
            "references": ReferenceIndex.objects.filter(object_id=str(story.pk)).count(),
            "page": without_moments_of_today(client.get(story.url).content.decode()),
        }
    found["sections"] = {
        "numchild": dict(Page.objects.filter(depth=3).values_list("url_path", "numchild"))
    }
    return found


def one_by_one(items: list[NewStory], client) -> dict[str, dict[str, Any]]:
    """What importing ``items`` one by one, the dated ones first, leaves; then rolled back."""
    with transaction.atomic():
        ordered = [item for item in items if dated_by_byline(item.story_file)] + [
            item for item in items if not dated_by_byline(item.story_file)
        ]
        for item in ordered:
            import_story(item.story_file, legacy=item.legacy)
        found = snapshot(client)
        transaction.set_rollback(True)
    return found


def test_new_stories_published_in_bulk_are_those_published_one_by_one(tmp_path, client, languages):
    items = archive_items(tmp_path)
    # The site's pages and terms exist before either way runs (the first is rolled back), as
    # after the first batch of an import.
    batch = Batch()
    assert all(new_ones(items, batch))
    expected = one_by_one(items, client)
    assert len(expected) == len(items) + 1
    assert all(
        story["search"] and story["history"] for story in expected.values() if "page" in story
    )

    outcomes = publish_new(items, Batch())

    assert all(not isinstance(outcome, Exception) for outcome in outcomes)
    found = snapshot(client)
    assert found.keys() == expected.keys()
    for legacy_id, story in expected.items():
        for part, value in story.items():
            if part == "revision":
                for key, wanted in value["content"].items():
                    got = found[legacy_id][part]["content"].get(key)
                    assert got == wanted, f"{legacy_id}: the revision's {key} differs"
            assert found[legacy_id][part] == value, f"{legacy_id}: {part} differs"
    # Found again, each is no longer new.
    assert not any(new_ones(items, Batch()))

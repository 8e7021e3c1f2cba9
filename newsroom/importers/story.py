"""Publishing one item page of the old site from its text.

The service behind ``manage.py import_story``. It creates the story a story file holds as a
published page under its kind's section, or updates the story it already is — found by its
legacy id when the old address is given, otherwise by its title, kind and date (so that the body
of a story first published from a listing is filled in, not duplicated). All in one
transaction: a fault leaves the site as it was, and importing the same file again changes
nothing.
"""

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from newsroom.core.slugs import SlugClaims
from newsroom.home.structure import ensure_locales, ensure_site_structure
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import StoryPage, local_noon, story_model_for_kind
from newsroom.taxonomy.models import Topic

from .body import body_blocks
from .fields import OWN_DAYS
from .legacy_dates import Timeline, estimated_publication
from .legacy_url import LegacyAddress
from .listing import _path_of
from .story_parser import StoryError, StoryFile


class Action(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class StoryImportResult:
    """What an import did (or, in a dry run, would have done) to the story of a file.

    ``document_to_upload`` is what the page says of a publication's file (“PDF, 1.2 MB”) when
    the publication has none yet: the import cannot bring it, an editor uploads it in the admin.
    """

    action: Action
    story: StoryPage
    path: str
    document_to_upload: str = ""
    dry_run: bool = False


def import_story(
    story_file: StoryFile, *, legacy: LegacyAddress | None = None, dry_run: bool = False
) -> StoryImportResult:
    """Publish ``story_file``; in a dry run, work out exactly what would change, write nothing.

    Raises :class:`StoryError` (nothing written) when the story cannot be published.
    """
    try:
        with transaction.atomic():
            result = _import(story_file, legacy)
            if dry_run:
                transaction.set_rollback(True)
    except BaseException:
        # The cache may describe a site that only existed inside the transaction.
        Site.clear_site_root_paths_cache()
        raise
    if dry_run:
        Site.clear_site_root_paths_cache()
    return replace(result, dry_run=dry_run)


def story_locale(legacy: LegacyAddress | None) -> Locale | None:
    """The language the story is published in: its old address's (a story the office wrote in
    Chinese, with no English original, is a Chinese story), else the site's default (None)."""
    if legacy is None:
        return None
    for locale in ensure_locales():
        if locale.language_code == legacy.language_code:
            return locale
    raise unknown_language(legacy)


def unknown_language(legacy: LegacyAddress) -> StoryError:
    return StoryError(
        None,
        _(
            "The old address %(address)s is of a page in the language “%(language)s”, which "
            "is not one of the site's languages."
        )
        % {"address": legacy.address, "language": legacy.language_code},
    )


def _import(story_file: StoryFile, legacy: LegacyAddress | None) -> StoryImportResult:
    structure = ensure_site_structure(story_locale(legacy))
    locale = structure.home.locale
    check_lengths(story_file)
    story = _existing_story(locale, story_file, legacy)
    fields = story_fields(story_file, story, locale, legacy)
    topic = kicker_topic(locale, story_file.kicker)
    try:
        if story is None:
            story = _create(structure.parent_for(story_file.kind), story_file, fields, topic)
            action = Action.CREATED
        elif _update(story, story_file, fields, topic):
            action = Action.UPDATED
        else:
            action = Action.UNCHANGED
    except ValidationError as error:
        raise StoryError(
            story_file.title_line,
            _("the story cannot be published: %(reasons)s") % {"reasons": " ".join(error.messages)},
        ) from error
    pending = story_file.document if getattr(story, "document_id", None) is None else ""
    return StoryImportResult(
        action=action, story=story, path=_path_of(story), document_to_upload=pending
    )


def check_lengths(story_file: StoryFile) -> None:
    model = story_model_for_kind(story_file.kind)
    values = {
        "title": story_file.title,
        "kicker": story_file.kicker,
        "place": story_file.place,
        "byline_label": story_file.label,
        "image_caption": story_file.caption,
        "image_credit": story_file.credit,
        "speaker": story_file.speaker,
        "venue": story_file.venue or "",
        "funder": story_file.funder,
        "isbn": story_file.isbn,
    }
    for name, value in values.items():
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.max_length is not None and len(value) > field.max_length:
            raise StoryError(
                story_file.title_line,
                _("the %(field)s is %(length)s characters long; it can be at most %(max)s.")
                % {"field": field.verbose_name, "length": len(value), "max": field.max_length},
            )


def _existing_story(
    locale: Locale, story_file: StoryFile, legacy: LegacyAddress | None
) -> StoryPage | None:
    """The story the file already is: the one with its legacy id, or else the one with its
    title, kind and date (a story without a date, or a file without one, matches any date)."""
    if legacy is not None:
        story = (
            StoryPage.objects.filter(locale=locale, legacy_id=legacy.legacy_id).specific().first()
        )
        if story is not None:
            _check_kind(story, story_file)
            return story
    candidates = StoryPage.objects.filter(locale=locale, title=story_file.title)
    if legacy is not None:
        # A story that came from another old page is another story.
        candidates = candidates.filter(legacy_id="")
    day = story_file.date_start
    matching = [
        story
        for story in candidates.order_by("pk").specific()
        if day is None or story.date_start is None or story.date_start == day
    ]
    # The story of the same date before an undated one, of the same kind before another.
    matching.sort(key=lambda story: (story.date_start != day, story.kind != story_file.kind))
    if not matching:
        return None
    _check_kind(matching[0], story_file)
    return matching[0]


def _check_kind(story: StoryPage, story_file: StoryFile) -> None:
    if story.kind != story_file.kind:
        raise StoryError(
            story_file.title_line,
            _(
                "the story “%(title)s” already exists with the kind “%(existing)s”, but this "
                "file gives it the kind “%(kind)s”; a story cannot change its kind. Correct the "
                "file, or delete the existing story first."
            )
            % {
                "title": story.title,
                "existing": Kind(story.kind).label,
                "kind": story_file.kind.label,
            },
        )


def story_fields(
    story_file: StoryFile,
    story: StoryPage | None,
    locale: Locale,
    legacy: LegacyAddress | None,
    timeline: Timeline | None = None,
) -> dict[str, Any]:
    """What the story's fields must hold for its page to read as the file does."""
    if story_file.is_range:
        date_display = DateDisplay.RANGE
    elif story_file.date_start is not None:
        date_display = DateDisplay.DATE
    else:
        date_display = DateDisplay.NONE
    fields: dict[str, Any] = {
        "title": story_file.title,
        "show_title": True,
        "kicker": story_file.kicker,
        "teaser": story_file.standfirst,
        "date_display": date_display,
        "date_start": story_file.date_start,
        "date_end": story_file.date_end,
        "place": story_file.place,
        "byline_label": story_file.label,
        "image_caption": story_file.caption,
        "image_credit": story_file.credit,
        "published_at": _published_at(story_file, story, locale, legacy, timeline),
    }
    if legacy is not None:
        fields["legacy_id"] = legacy.legacy_id
    kind = story_file.kind
    if kind == Kind.STATEMENT:
        fields["speaker"] = story_file.speaker
    elif kind == Kind.EVENT:
        # Without its days, the page shows no venue: an editor's venue is kept.
        if story_file.venue is not None:
            fields["venue"] = story_file.venue
        if story_file.is_online is not None:
            fields["is_online"] = story_file.is_online
    elif kind == Kind.PROJECT:
        fields["funder"] = story_file.funder
    elif kind == Kind.VIDEO:
        fields["duration"] = story_file.duration
    elif kind == Kind.PUBLICATION:
        fields["isbn"] = story_file.isbn
    return fields


def _published_at(
    story_file: StoryFile,
    story: StoryPage | None,
    locale: Locale,
    legacy: LegacyAddress | None,
    timeline: Timeline | None,
) -> datetime:
    """When the story counts as published: its byline's date, at noon in the office, for a
    new story; an existing story keeps its time (a listing may have set it to keep its order)
    unless its byline now shows another day. A story without a byline date — events and
    projects show their own days, not their publication, and some old pages no date at all —
    is published when its old page was, as the pages numbered around it tell
    (``legacy_dates.py``), or else at the moment it is first published here."""
    day = story_file.date_start if story_file.kind not in OWN_DAYS else None
    existing = story.published_at if story is not None else None
    if existing is not None and (day is None or timezone.localdate(existing) == day):
        return existing
    if day is not None:
        return local_noon(day)
    estimate = None
    if legacy is not None and timeline is not None:
        estimate = timeline.estimate(legacy.legacy_id)
    elif legacy is not None:
        estimate = estimated_publication(locale, legacy.legacy_id)
    return estimate or timezone.now().replace(second=0, microsecond=0)


def kicker_topic(locale: Locale, kicker: str) -> Topic | None:
    """The topic the line above the title names, when it is one of the site's topics in the
    story's language (“Social protection”): the story is filed under it."""
    if not kicker:
        return None
    return Topic.objects.filter(locale=locale, name__iexact=kicker.strip()).first()


def _body_of(story: StoryPage) -> list[tuple[str, Any]]:
    return [(block.block_type, getattr(block.value, "source", block.value)) for block in story.body]


def _create(
    parent, story_file: StoryFile, fields: dict[str, Any], topic: Topic | None
) -> StoryPage:
    model = story_model_for_kind(story_file.kind)
    slug = SlugClaims().claim(parent, story_file.title)
    page = model(slug=slug, locale=parent.locale, body=body_blocks(story_file.body), **fields)
    if topic is not None:
        page.topics = [topic]
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _update(
    story: StoryPage, story_file: StoryFile, fields: dict[str, Any], topic: Topic | None
) -> bool:
    """Bring ``story`` in line with its file; True when anything had to change. Its topics
    are an editor's to keep: the import only adds the one its kicker names."""
    changed = [name for name, value in fields.items() if getattr(story, name) != value]
    for name in changed:
        setattr(story, name, fields[name])
    if topic is not None and topic not in story.topics.all():
        story.topics = [*story.topics.all(), topic]
        changed.append("topics")
    body = body_blocks(story_file.body)
    # The file's body replaces the page's: the file is the page as readers see it.
    if _body_of(story) != [(name, value.source) for name, value in body]:
        story.body = body
        changed.append("body")
    if changed or not story.live:
        story.save_revision().publish()
        return True
    return False

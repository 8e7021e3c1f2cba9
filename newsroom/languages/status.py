"""How far each story is translated: for every story and every language of the site, whether
the story is there, and whether what readers see there still says what the source says.

A story's *source* is the version it was translated from: the one wagtail-localize recorded when
the first translation was requested, else the default language's version, else the oldest.
A translation is *out of date* when its source has been published since the translation was
(source published after it), or since wagtail-localize last read the source for it (the source
changed, and the translator has not synced and translated the change, even if they republished
the translation for another reason). See docs/languages.md."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from newsroom.stories.audience import published
from newsroom.stories.models import StoryPage


class State(StrEnum):
    SOURCE = "source"
    MISSING = "missing"
    DRAFT = "draft"
    OUT_OF_DATE = "out_of_date"
    UP_TO_DATE = "up_to_date"

    @property
    def label(self) -> str:
        return str(STATE_LABELS[self])


STATE_LABELS = {
    State.SOURCE: _("Source"),
    State.MISSING: _("Missing"),
    State.DRAFT: _("Draft, not published"),
    State.OUT_OF_DATE: _("Out of date"),
    State.UP_TO_DATE: _("Up to date"),
}


@dataclass(frozen=True)
class Version:
    """One language's page of a story, as far as its translation state needs it."""

    pk: int
    locale_id: int
    live: bool
    last_published_at: datetime | None
    first_published_at: datetime | None


@dataclass(frozen=True)
class LanguageState:
    language_code: str
    state: State
    page_id: int | None = None


def _is_source_row() -> Q:
    """The stories that are the source of their translations (one row per story)."""
    # A recorded source counts while its page exists: a translation whose source was deleted
    # is a story of its own.
    recorded = TranslationSource.objects.filter(
        Exists(
            Page.objects.filter(
                translation_key=OuterRef(OuterRef("translation_key")),
                locale_id=OuterRef("locale_id"),
            )
        ),
        object_id=OuterRef("translation_key"),
    )
    recorded_here = recorded.filter(locale_id=OuterRef("locale_id"))
    default = Locale.get_default()
    in_default = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale_id=default.pk
    )
    older = Page.objects.filter(translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk"))
    return Q(Exists(recorded_here)) | (
        ~Q(Exists(recorded))
        & (Q(locale_id=default.pk) | (~Q(Exists(in_default)) & ~Q(Exists(older))))
    )


def source_stories() -> QuerySet:
    """Every story that others are (or would be) translated from, newest first."""
    return (
        StoryPage.objects.filter(_is_source_row())
        .select_related("locale")
        .order_by("-published_at", "-pk")
    )


def needing(stories: QuerySet, language_code: str, state: State) -> QuerySet:
    """Those of the source ``stories`` whose version in ``language_code`` is in ``state``."""
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        return stories.none()
    versions = Page.objects.filter(translation_key=OuterRef("translation_key"), locale_id=locale.pk)
    live = published(versions)
    stale_since_sync = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
        last_updated_at__lt=OuterRef("last_published_at"),
    )
    if state == State.SOURCE:
        return stories.filter(locale_id=locale.pk)
    stories = stories.exclude(locale_id=locale.pk)
    if state == State.MISSING:
        return stories.exclude(Exists(versions))
    if state == State.DRAFT:
        return stories.filter(Exists(versions)).exclude(Exists(live))
    out_of_date = Q(Exists(live.filter(last_published_at__lt=OuterRef("last_published_at")))) | (
        Q(Exists(live)) & Q(Exists(stale_since_sync))
    )
    if state == State.OUT_OF_DATE:
        return stories.filter(out_of_date)
    return stories.filter(Exists(live)).exclude(out_of_date)


def states(stories: list[StoryPage]) -> dict[int, list[LanguageState]]:
    """For each of the source ``stories`` (by id), its state in every language of the site, in
    the order of ``settings.LANGUAGES``; two queries whatever the number of stories."""
    keys = [story.translation_key for story in stories]
    versions: dict = defaultdict(dict)
    for row in Page.objects.filter(translation_key__in=keys).values(
        "pk", "translation_key", "locale_id", "live", "last_published_at", "first_published_at"
    ):
        versions[row["translation_key"]][row["locale_id"]] = Version(
            pk=row["pk"],
            locale_id=row["locale_id"],
            live=row["live"],
            last_published_at=row["last_published_at"],
            first_published_at=row["first_published_at"],
        )
    synced: dict = {}
    for key, locale_id, updated in TranslationSource.objects.filter(object_id__in=keys).values_list(
        "object_id", "locale_id", "last_updated_at"
    ):
        synced[(key, locale_id)] = updated
    locales = {locale.language_code: locale.pk for locale in Locale.objects.all()}
    result = {}
    for story in stories:
        row = []
        for code, _name in settings.LANGUAGES:
            locale_id = locales.get(code)
            version = versions[story.translation_key].get(locale_id)
            state = _state(story, version, synced.get((story.translation_key, story.locale_id)))
            row.append(LanguageState(code, state, version.pk if version else None))
        result[story.pk] = row
    return result


def _state(source: StoryPage, version: Version | None, synced_at: datetime | None) -> State:
    if version is None:
        return State.MISSING
    if version.pk == source.pk:
        return State.SOURCE
    if not version.live:
        return State.DRAFT
    published = source.last_published_at
    if published is not None:
        if version.last_published_at is None or version.last_published_at < published:
            return State.OUT_OF_DATE
        if synced_at is not None and synced_at < published:
            return State.OUT_OF_DATE
    return State.UP_TO_DATE

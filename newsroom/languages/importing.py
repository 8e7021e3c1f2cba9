"""Importing a translation of a story from text: the translator's work arrives as a file, and
becomes the story's translation exactly as if typed into wagtail-localize's editor.

The file (``docs/text-forms.md``, "A translation")::

    Title: 国际劳工组织与中国纪念社会正义百年
    Standfirst: …
    Place: 中国北京

    First paragraph of the body.

    Second paragraph.

The head gives the translation of each short field the story has (``Title``, ``Standfirst``,
``Kicker``, ``Place``, ``Speaker``, ``Venue``, ``Funder``), one per line; after a blank line come
the body's paragraphs, as many as the story has. Every text the story has must be translated:
nothing of the source language is left on the translation. The translation is stored as
wagtail-localize's translated strings, so a later sync or an edit in the admin starts from it."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from newsroom.stories.models import StoryPage

# The head's keys, and the story field each translates.
HEAD_FIELDS = {
    "title": "title",
    "standfirst": "teaser",
    "kicker": "kicker",
    "place": "place",
    "speaker": "speaker",
    "venue": "venue",
    "funder": "funder",
}
HEAD_LINE = re.compile(r"^(?P<key>[A-Za-z]+):\s*(?P<value>.*)$")
BODY_FIELD = "body"


class TranslationFileError(ValueError):
    """Why a translation file cannot be imported; nothing is written."""


@dataclass
class TranslationFile:
    head: dict[str, tuple[str, int]] = field(default_factory=dict)  # story field: (text, line)
    paragraphs: list[tuple[str, int]] = field(default_factory=list)


def parse_translation(text: str) -> TranslationFile:
    lines = text.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    result = TranslationFile()
    number = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            break
        match = HEAD_LINE.match(line.strip())
        key = match["key"].lower() if match else None
        if key not in HEAD_FIELDS:
            raise TranslationFileError(
                _(
                    "Line %(line)d: the head of a translation gives one field a line, such as "
                    "“Title: …”; the fields are %(fields)s."
                )
                % {"line": number, "fields": ", ".join(k.title() for k in HEAD_FIELDS)}
            )
        value = match["value"].strip()
        if not value:
            raise TranslationFileError(
                _("Line %(line)d: “%(key)s” has no text.") % {"line": number, "key": match["key"]}
            )
        result.head[HEAD_FIELDS[key]] = (value, number)
    else:
        number = len(lines)
    if "title" not in result.head:
        raise TranslationFileError(_("Line 1: a translation starts with its title: “Title: …”."))
    paragraph: list[str] = []
    start = 0
    for offset, line in enumerate(lines[number:], start=number + 1):
        if line.strip():
            if not paragraph:
                start = offset
            paragraph.append(line.strip())
        elif paragraph:
            result.paragraphs.append((" ".join(paragraph), start))
            paragraph = []
    if paragraph:
        result.paragraphs.append((" ".join(paragraph), start))
    return result


@dataclass(frozen=True)
class ImportedTranslation:
    page: StoryPage
    created: bool
    published: bool


def _field_of(segment: StringSegment) -> str:
    return segment.context.path.split(".", 1)[0]


@transaction.atomic
def import_translation(
    path: str | Path,
    source: StoryPage,
    locale: Locale,
    *,
    publish: bool = True,
    dry_run: bool = False,
) -> ImportedTranslation:
    """Make or update ``source``'s translation into ``locale`` from the file at ``path``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise TranslationFileError(_("The file is not UTF-8 text.")) from error
    except OSError as error:
        raise TranslationFileError(
            _("The file %(path)s cannot be read: %(reason)s.")
            % {"path": path, "reason": error.strerror or error}
        ) from error
    translation_file = parse_translation(text)
    if source.locale_id == locale.pk:
        raise TranslationFileError(
            _("The story “%(title)s” is already in this language.") % {"title": source.title}
        )
    existing = source.get_translation_or_none(locale)
    translation_source, created = TranslationSource.get_or_create_from_instance(source)
    if not created:
        # Translate the source as it is now, not as it was when last translated.
        translation_source.update_from_db()
    translation, _created = Translation.objects.update_or_create(
        source=translation_source, target_locale=locale, defaults={"enabled": True}
    )
    segments = list(
        StringSegment.objects.filter(source=translation_source)
        .select_related("string", "context")
        .order_by("order")
    )
    pairs = _pair(segments, translation_file)
    for segment, text in pairs:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": text,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "has_error": False,
                "field_error": "",
            },
        )
    translation.save_target(publish=publish)
    page = source.get_translation(locale).specific
    if dry_run:
        transaction.set_rollback(True)
    return ImportedTranslation(page=page, created=existing is None, published=publish)


def _pair(segments: list[StringSegment], file: TranslationFile) -> list[tuple[StringSegment, str]]:
    """Each text of the story with its translation from the file, or a clear error for the first
    text the file lacks, or the first it gives that the story does not have."""
    pairs = []
    given = dict(file.head)
    body = [segment for segment in segments if _field_of(segment) == BODY_FIELD]
    for segment in segments:
        name = _field_of(segment)
        if name == BODY_FIELD:
            continue
        if name not in given:
            key = next((k for k, v in HEAD_FIELDS.items() if v == name), name)
            raise TranslationFileError(
                _(
                    "The story has a %(field)s (“%(text)s”): give its translation on a line "
                    "“%(key)s: …”."
                )
                % {"field": key, "text": segment.string.data[:80], "key": key.title()}
            )
        pairs.append((segment, given.pop(name)[0]))
    if given:
        name, (_text, line) = next(iter(given.items()))
        raise TranslationFileError(
            _("Line %(line)d: the story has no %(field)s to translate.")
            % {"line": line, "field": name}
        )
    if len(body) != len(file.paragraphs):
        where = (
            _(" (line %(line)d on)") % {"line": file.paragraphs[0][1]} if file.paragraphs else ""
        )
        raise TranslationFileError(
            _(
                "The story's body has %(expected)d paragraphs to translate; the file gives "
                "%(given)d%(where)s. Give one paragraph for each, in order."
            )
            % {"expected": len(body), "given": len(file.paragraphs), "where": where}
        )
    for segment, (text, line) in zip(body, file.paragraphs, strict=True):
        if re.search(r"<[a-z]+ id=", segment.string.data):
            raise TranslationFileError(
                _(
                    "Line %(line)d: this paragraph of the story has links; translate it in the "
                    "admin, where the links can be kept."
                )
                % {"line": line}
            )
        pairs.append((segment, text))
    return pairs

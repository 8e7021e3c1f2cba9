"""Reading one item page of the old site, as text, into the story the newsroom will publish.

A story file is the text of one item page — a press release, a news item, a statement, a
feature, an event, a project, a publication or a video — as a reader copies it
(``docs/text-forms.md``): an optional kicker, the title, an optional standfirst, a statement's
speaker line, the byline (or a video's “Date issued: …” line, or an event's or project's days,
venue and funder, read by ``bylines.py``), a publication's ISBN and document lines, then the
body's paragraphs.

Like the listing parser, this module never touches the database.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from django.utils.translation import gettext as _

from newsroom.stories.kinds import Kind, kind_for_label

from .bylines import Details, details_start, read_details
from .errors import ListingError, StoryError
from .fields import OWN_DAYS, parse_document
from .text import Paragraph, read_text, split_paragraphs

__all__ = ["StoryError", "StoryFile", "parse_story", "read_story_file"]

SPEAKER_LINE = re.compile(r"^By\s+(?P<speaker>.+)$")
ISBN_LINE = re.compile(r"^ISBN:\s*(?P<isbn>.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class StoryFile:
    """One item page as read from its file.

    ``date_end`` is set only for a range (an event's days, a project's duration). ``venue`` and
    ``is_online`` are an event's, as :class:`fields.When` gives them; None when the text shows
    no days. ``document`` is what the page says of a publication's file (“PDF, 1.2 MB”).
    """

    kind: Kind
    kicker: str
    title: str
    standfirst: str
    title_line: int
    speaker: str = ""
    place: str = ""
    date_start: date | None = None
    date_end: date | None = None
    venue: str | None = None
    is_online: bool | None = None
    funder: str = ""
    duration: timedelta | None = None
    isbn: str = ""
    document: str = ""
    body: list[str] = field(default_factory=list)

    @property
    def is_range(self) -> bool:
        return self.date_end is not None


def read_story_file(path: str | Path, *, section_kind: Kind | None = None) -> StoryFile:
    """Read and parse the story file at ``path``; see :func:`parse_story`."""
    try:
        text = read_text(path)
    except ListingError as error:
        raise StoryError(error.line, error.message) from None
    return parse_story(text, section_kind=section_kind)


def parse_story(text: str, *, section_kind: Kind | None = None) -> StoryFile:
    """Parse the text of an item page; raise :class:`StoryError` at its first fault.

    ``section_kind`` is the kind the page's old address gives; it counts only when the text
    itself does not say the kind.
    """
    try:
        return _parse_story(text, section_kind)
    except StoryError:
        raise
    except ListingError as error:
        # A date, duration or funder line is read as the listings read it.
        raise StoryError(error.line, error.message) from None


def _parse_story(text: str, section_kind: Kind | None) -> StoryFile:
    paragraphs = split_paragraphs(text.removeprefix("\ufeff"))
    if not paragraphs:
        raise StoryError(None, _("The file is empty; a story starts with its kicker or its title."))
    start = details_start(paragraphs)
    if start is None:
        return _without_details(paragraphs, section_kind)
    if start == 0:
        raise StoryError(
            paragraphs[0].line,
            _("the story has no title: its first paragraph, “%(text)s”, is its byline.")
            % {"text": paragraphs[0].text},
        )
    head, rest = paragraphs[:start], paragraphs[start:]
    details, rest = read_details(rest)
    speaker: Paragraph | None = None
    if len(head) > 1 and SPEAKER_LINE.match(head[-1].text):
        speaker, head = head[-1], head[:-1]
    kicker, title, standfirst = _head(head, rest[0].line if rest else None)
    kind = _kind(kicker, details, section_kind, title)
    _check_details(kind, details, speaker)

    isbn, document = "", ""
    if kind == Kind.PUBLICATION:
        isbn, rest = _isbn(rest)
        document, rest = _document(rest)
    return StoryFile(
        kind=kind,
        kicker=_editorial(kicker),
        title=title.text,
        standfirst=standfirst.text if standfirst else "",
        title_line=title.line,
        speaker=SPEAKER_LINE.match(speaker.text)["speaker"].strip() if speaker else "",
        place=details.place,
        date_start=details.date_start,
        date_end=details.date_end,
        venue=details.venue,
        is_online=details.is_online,
        funder=details.funder,
        duration=details.duration,
        isbn=isbn,
        document=document,
        body=[paragraph.text for paragraph in rest],
    )


def _head(
    head: list[Paragraph], next_line: int | None
) -> tuple[Paragraph | None, Paragraph, Paragraph | None]:
    """The kicker, title and standfirst of the paragraphs before the byline."""
    if len(head) == 1:
        return None, head[0], None
    if len(head) == 2:
        if kind_for_label(head[0].text) is not None:
            return head[0], head[1], None
        return None, head[0], head[1]
    if len(head) == 3:
        return head[0], head[1], head[2]
    raise StoryError(
        head[3].line,
        _(
            "the byline comes after %(count)s paragraphs; before it stand at most a kicker, "
            "the title, a standfirst and a statement's “By …” line."
        )
        % {"count": len(head)},
    )


def _without_details(paragraphs: list[Paragraph], section_kind: Kind | None) -> StoryFile:
    """A story without a byline: an event or project whose days are not known yet."""
    first, *rest = paragraphs
    kicker: Paragraph | None = None
    if kind_for_label(first.text) is not None and rest:
        kicker, (first, *rest) = first, rest
    kind = _kind(kicker, Details(), section_kind, first)
    if kind not in OWN_DAYS:
        raise StoryError(
            first.line,
            _(
                "the story has no byline, such as “%(label)s | Beijing, China | 11 April 2019”; "
                "only events and projects are written without one."
            )
            % {"label": kind.label},
        )
    return StoryFile(
        kind=kind,
        kicker=_editorial(kicker),
        title=first.text,
        standfirst="",
        title_line=first.line,
        body=[paragraph.text for paragraph in rest],
    )


def _kind(
    kicker: Paragraph | None, details: Details, section_kind: Kind | None, title: Paragraph
) -> Kind:
    """The kind the kicker, the byline or its stand-in, or else the old address gives."""
    labelled = kind_for_label(kicker.text) if kicker else None
    if labelled is not None and details.kind is not None and labelled != details.kind:
        raise StoryError(
            details.kind_line,
            _(
                "the kicker “%(kicker)s” makes the story of the kind “%(kicker_kind)s”, but this "
                "line is written as for the kind “%(kind)s”."
            )
            % {
                "kicker": kicker.text,
                "kicker_kind": labelled.label,
                "kind": details.kind.label,
            },
        )
    kind = details.kind or labelled or section_kind
    if kind is None:
        raise StoryError(
            title.line,
            _(
                "the kind of the story cannot be told: it has no byline such as “News | 07 June "
                "2021”, and no kicker that is a kind such as “Event” or “Project”. Add one, or "
                "give the page's old address with --legacy-url."
            ),
        )
    return kind


def _check_details(kind: Kind, details: Details, speaker: Paragraph | None) -> None:
    if details.is_byline and kind == Kind.EVENT:
        raise StoryError(
            details.kind_line,
            _(
                "an event has no byline; write its days where the byline would be, and its "
                "venue after a bar, such as “13 - 14 October 2015 | Beijing, China”."
            ),
        )
    if details.is_byline and kind == Kind.PROJECT:
        raise StoryError(
            details.kind_line,
            _(
                "a project has no byline; write its duration where the byline would be, such as "
                "“1 July 2019 - 30 June 2022”, and its funder on the next line, “Funder: …”."
            ),
        )
    if details.is_byline and kind == Kind.VIDEO:
        raise StoryError(
            details.kind_line,
            _(
                "a video has no byline; write “Date issued: 08 November 2016 | Size/duration: "
                "00:12:28” in its place."
            ),
        )
    if not details.is_byline and details.kind is None and kind not in OWN_DAYS:
        raise StoryError(
            details.kind_line,
            _(
                "only events and projects show their days in place of a byline; a story of the "
                "kind “%(kind)s” has a byline such as “%(kind)s | 07 June 2021”."
            )
            % {"kind": kind.label},
        )
    if speaker is not None and kind != Kind.STATEMENT:
        raise StoryError(
            speaker.line,
            _(
                "only a statement names its speaker (“%(text)s”); this story is of the kind "
                "“%(kind)s”."
            )
            % {"text": speaker.text, "kind": kind.label},
        )


def _isbn(paragraphs: list[Paragraph]) -> tuple[str, list[Paragraph]]:
    if not paragraphs:
        return "", paragraphs
    match = ISBN_LINE.match(paragraphs[0].text)
    if match is None:
        return "", paragraphs
    isbn = match["isbn"].strip()
    if not re.fullmatch(r"[\dXx][\dXx -]{8,20}", isbn):
        raise StoryError(
            paragraphs[0].line,
            _("“%(text)s” does not give an ISBN, such as “ISBN: 978-92-2-031234-6”.")
            % {"text": paragraphs[0].text},
        )
    return isbn, paragraphs[1:]


def _document(paragraphs: list[Paragraph]) -> tuple[str, list[Paragraph]]:
    if not paragraphs:
        return "", paragraphs
    document = parse_document(paragraphs[0].text, paragraphs[0].line)
    if document is None:
        return "", paragraphs
    return document, paragraphs[1:]


def _editorial(kicker: Paragraph | None) -> str:
    """The kicker to store: none when it is a kind's label, so the label shows in any language."""
    if kicker is None or kind_for_label(kicker.text) is not None:
        return ""
    return kicker.text

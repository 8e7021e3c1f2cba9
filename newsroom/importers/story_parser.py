"""Reading one item page of the old site, as text, into the story the newsroom will publish.

A story file is the text of one item page — a press release, a news item, a statement, a
feature, an event, a project, a publication or a video — as a reader copies it
(``docs/text-forms.md``): its old address on a first ``URL:`` line (optional), the head (a
kicker, the title, a standfirst, a picture's caption, a statement's speaker line: read by
``story_head.py``), the byline (or a video's “Date issued: …” line, or an event's or project's
days, venue and funder, read by ``bylines.py``) when the page has one, a publication's ISBN and
document lines, then the body's paragraphs, each kept as its lines (``body.py`` makes them the
page's paragraphs, line breaks and lists).

Like the listing parser, this module never touches the database.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from django.utils.translation import gettext as _

from newsroom.stories.kinds import Kind, kind_for_label

from .bylines import Details, details_start, read_details, without_first_line
from .errors import ListingError, StoryError
from .fields import OWN_DAYS, parse_document
from .legacy_url import LegacyAddressError, parse_legacy_address
from .story_head import SPEAKER_LINE, Head, Line, paragraph_lines, read_head, read_open_head
from .text import LINE_BREAK, read_text

__all__ = ["StoryError", "StoryFile", "parse_story", "read_story_file"]

ISBN_LINE = re.compile(r"^ISBN:\s*(?P<isbn>.*)$", re.IGNORECASE)
# A file copied from the old site may start with the page's address: “URL: http://…”.
ADDRESS_LINE = re.compile(r"^URL:\s*(?P<address>\S*)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class StoryFile:
    """One item page as read from its file.

    ``date_end`` is set only for a range (an event's days, a project's duration). ``venue`` and
    ``is_online`` are an event's, as :class:`fields.When` gives them; None when the text shows
    no days. ``document`` is what the page says of a publication's file (“PDF, 1.2 MB”).
    ``caption`` and ``credit`` are those of the page's picture; ``label`` is the byline's when
    it names no kind (“Conference paper”). ``legacy_url`` is the old address the file starts
    with, if any. Each paragraph of ``body`` is a list of its lines.
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
    caption: str = ""
    credit: str = ""
    label: str = ""
    legacy_url: str = ""
    body: list[list[str]] = field(default_factory=list)

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
    itself does not say the kind. When it is None and the file starts with its old address
    (“URL: …”), that address's section gives it; a section of every kind makes a news item.
    """
    try:
        return _parse_story(text, section_kind)
    except StoryError:
        raise
    except ListingError as error:
        # A date, duration or funder line is read as the listings read it.
        raise StoryError(error.line, error.message) from None


def old_address(text: str) -> str:
    """The address of the “URL: …” line ``text`` starts with; "" when it starts otherwise."""
    match = ADDRESS_LINE.match(_first_line(text).strip())
    return match["address"] if match else ""


def _first_line(text: str) -> str:
    end = LINE_BREAK.search(text)
    return text[: end.start()] if end else text


def _address(text: str) -> tuple[str, str, Kind | None, bool]:
    """The text without its “URL: …” line (an empty line in its place, so that the line numbers
    stay the file's), the address, the kind its section gives, and whether the address was
    given at all."""
    address = old_address(text)
    if not address:
        return text, "", None, False
    try:
        legacy = parse_legacy_address(address)
    except LegacyAddressError as error:
        raise StoryError(1, str(error)) from None
    return text[len(_first_line(text)) :], address, legacy.section_kind, True


def _parse_story(text: str, section_kind: Kind | None) -> StoryFile:
    text, address, address_kind, has_address = _address(text.removeprefix("\ufeff"))
    paragraphs = paragraph_lines(text)
    if not paragraphs:
        raise StoryError(None, _("The file is empty; a story starts with its kicker or its title."))
    if section_kind is None:
        section_kind = address_kind
        if section_kind is None and has_address:
            # An address of a section of every kind (What's new, a country's page).
            section_kind = Kind.NEWS
    lines = [line for paragraph in paragraphs for line in paragraph]
    start = details_start(lines)
    if start is None:
        head, rest = read_open_head(paragraphs)
        details = Details()
    elif start == 0:
        raise StoryError(
            lines[0].line,
            _("the story has no title: its first paragraph, “%(text)s”, is its byline.")
            % {"text": lines[0].text},
        )
    else:
        head = read_head(lines[:start])
        details, rest = read_details(lines[start], _after(paragraphs, lines[start]))
    kind = _kind(head.kicker, details, section_kind, head.title)
    _check_details(kind, details, head.speaker)

    isbn, document = "", ""
    if kind == Kind.PUBLICATION:
        isbn, rest = _isbn(rest)
        document, rest = _document(rest)
    return StoryFile(
        kind=kind,
        kicker=_editorial(head.kicker),
        title=head.title.text,
        standfirst=head.standfirst.text if head.standfirst else "",
        title_line=head.title.line,
        speaker=_speaker(head),
        place=details.place,
        date_start=details.date_start,
        date_end=details.date_end,
        venue=details.venue,
        is_online=details.is_online,
        funder=details.funder,
        duration=details.duration,
        isbn=isbn,
        document=document,
        caption=head.caption,
        credit=head.credit,
        label=details.label,
        legacy_url=address,
        body=[[line.text for line in paragraph] for paragraph in rest],
    )


def _after(paragraphs: list[list[Line]], line: Line) -> list[list[Line]]:
    """The paragraphs after ``line``: the rest of its own paragraph (a byline followed, without
    a blank line, by the body or a dateline), then the next ones."""
    for index, paragraph in enumerate(paragraphs):
        if line in paragraph:
            tail = paragraph[paragraph.index(line) + 1 :]
            return ([tail] if tail else []) + paragraphs[index + 1 :]
    raise ValueError(line)


def _speaker(head: Head) -> str:
    if head.speaker is None:
        return ""
    return SPEAKER_LINE.match(head.speaker.text)["speaker"].strip()


def _kind(kicker: Line | None, details: Details, section_kind: Kind | None, title: Line) -> Kind:
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


def _check_details(kind: Kind, details: Details, speaker: Line | None) -> None:
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
    shows_days = details.date_start is not None or details.date_end is not None
    if shows_days and not details.is_byline and details.kind is None and kind not in OWN_DAYS:
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


def _isbn(paragraphs: list[list[Line]]) -> tuple[str, list[list[Line]]]:
    if not paragraphs:
        return "", paragraphs
    first = paragraphs[0][0]
    match = ISBN_LINE.match(first.text)
    if match is None:
        return "", paragraphs
    isbn = match["isbn"].strip()
    if not re.fullmatch(r"[\dXx][\dXx -]{8,20}", isbn):
        raise StoryError(
            first.line,
            _("“%(text)s” does not give an ISBN, such as “ISBN: 978-92-2-031234-6”.")
            % {"text": first.text},
        )
    return isbn, without_first_line(paragraphs)


def _document(paragraphs: list[list[Line]]) -> tuple[str, list[list[Line]]]:
    if not paragraphs:
        return "", paragraphs
    first = paragraphs[0][0]
    document = parse_document(first.text, first.line)
    if document is None:
        return "", paragraphs
    return document, without_first_line(paragraphs)


def _editorial(kicker: Line | None) -> str:
    """The kicker to store: none when it is a kind's label, so the label shows in any language."""
    if kicker is None or kind_for_label(kicker.text) is not None:
        return ""
    return kicker.text

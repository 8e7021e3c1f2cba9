"""The byline of an item page, or what stands in its place, and the kind it gives the story.

Most item pages show a byline, “Press release | Beijing, China | 11 April 2019”. In its place a
video shows “Date issued: 08 November 2016 | Size/duration: 00:12:28”, an event its days and
venue, “13 - 14 October 2015 | Beijing, China”, and a project its duration and a “Funder: …”
line (``docs/text-forms.md``). This module finds that line among the first of a page and
reads it; the dates, duration and funder are read as the listings read them (``fields.py``).
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext as _

from newsroom.stories.kinds import Kind, kind_for_label

from .errors import StoryError
from .fields import parse_date, parse_duration, parse_funder, parse_when
from .story_head import HEAD_LINES, Line

BYLINE_BAR = "|"
DATE_ISSUED_LINE = re.compile(r"^Date issued:\s*(?P<rest>.*)$", re.IGNORECASE)
# A byline's label that is no kind's: the type of document, “Conference paper”, “Fact sheet”.
DOCUMENT_TYPE = re.compile(r"^[^\W\d_][\w’'&/ -]{1,40}$")


@dataclass
class Details:
    """What the paragraphs standing where the byline is say, and the kind they give."""

    kind: Kind | None = None
    # The line that gave the kind, for the message when another paragraph disagrees.
    kind_line: int | None = None
    place: str = ""
    date_start: date | None = None
    date_end: date | None = None
    venue: str | None = None
    is_online: bool | None = None
    funder: str = ""
    duration: timedelta | None = None
    is_byline: bool = False
    # A byline's label that is no kind's label: “Conference paper | Ulaanbaatar | 16 …”.
    label: str = ""


def _is_details(paragraph: Line) -> bool:
    """Whether ``paragraph`` is a byline or what stands in its place."""
    text, line = paragraph.text, paragraph.line
    return (
        _byline(paragraph) is not None
        or DATE_ISSUED_LINE.match(text) is not None
        or parse_when(text, line) is not None
        or parse_funder(text, line) is not None
    )


def details_start(lines: list[Line]) -> int | None:
    """The index of the byline (or what stands in its place) among a story's first ``lines``;
    None when none of the lines that may come before it, or the next, is one."""
    for index, line in enumerate(lines[: HEAD_LINES + 1]):
        if _is_details(line):
            return index
    return None


def _byline(paragraph: Line) -> tuple[Kind | None, str, date, str] | None:
    """The kind, place, date and label of a byline, “Press release | Beijing, China | 11 April
    2019”. A label that is no kind's (“Conference paper”) gives no kind; it is returned as the
    label, the kind's label is not."""
    parts = [part.strip() for part in paragraph.text.split(BYLINE_BAR)]
    if len(parts) not in (2, 3):
        return None
    kind = kind_for_label(parts[0])
    if kind is None and DOCUMENT_TYPE.match(parts[0]) is None:
        return None
    dates = parse_date(parts[-1], paragraph.line)
    if dates is None:
        return None
    start, end = dates
    if end is not None:
        raise StoryError(
            paragraph.line,
            _("the byline “%(text)s” shows a range; a byline shows a single date.")
            % {"text": paragraph.text},
        )
    place = parts[1] if len(parts) == 3 else ""
    if len(parts) == 3 and not place:
        raise StoryError(
            paragraph.line,
            _("the byline “%(text)s” has an empty place between its bars.")
            % {"text": paragraph.text},
        )
    return kind, place, start, "" if kind is not None else parts[0]


def read_details(first: Line, rest: list[list[Line]]) -> tuple[Details, list[list[Line]]]:
    """Read the byline, or what stands in its place, from ``first`` and, for a project's funder,
    the line after it; the paragraphs of ``rest`` that remain."""
    details = Details(kind_line=first.line)
    byline = _byline(first)
    if byline is not None:
        details.kind, details.place, details.date_start, details.label = byline
        details.is_byline = True
        return details, rest
    issued = DATE_ISSUED_LINE.match(first.text)
    if issued is not None:
        _date_issued(first, issued["rest"], details)
        return details, rest
    when = parse_when(first.text, first.line)
    if when is not None:
        details.date_start, details.date_end = when.date_start, when.date_end
        details.venue, details.is_online = when.venue, when.is_online
        if when.venue or when.is_online:
            details.kind = Kind.EVENT
        following = rest[0][0] if rest else None
        if following is not None and (funder := parse_funder(following.text, following.line)):
            if details.kind == Kind.EVENT:
                raise StoryError(
                    following.line,
                    _(
                        "an event's venue and a project's funder stand together; a story is "
                        "either an event, with days and a venue, or a project, with a duration "
                        "and a funder."
                    ),
                )
            details.kind, details.kind_line, details.funder = Kind.PROJECT, following.line, funder
            details.venue = details.is_online = None
            rest = without_first_line(rest)
        return details, rest
    details.kind, details.funder = Kind.PROJECT, parse_funder(first.text, first.line)
    return details, rest


def without_first_line(paragraphs: list[list[Line]]) -> list[list[Line]]:
    """``paragraphs`` without their first line (and so without the first paragraph when that
    was its only line)."""
    first, *rest = paragraphs
    return [first[1:], *rest] if len(first) > 1 else rest


def _date_issued(paragraph: Line, rest: str, details: Details) -> None:
    """A video's “Date issued: 08 November 2016 | Size/duration: 00:12:28”."""
    issued, _bar, size = (part.strip() for part in rest.partition(BYLINE_BAR))
    dates = parse_date(issued, paragraph.line)
    if dates is None or dates[1] is not None:
        raise StoryError(
            paragraph.line,
            _(
                "“%(text)s” does not give the date the video was issued, such as "
                "“Date issued: 08 November 2016”."
            )
            % {"text": paragraph.text},
        )
    details.kind, details.date_start = Kind.VIDEO, dates[0]
    if size:
        details.duration = parse_duration(size, paragraph.line)
        if details.duration is None:
            raise StoryError(
                paragraph.line,
                _(
                    "after its date, “%(text)s” should give the video's length, such as "
                    "“| Size/duration: 00:12:28”."
                )
                % {"text": paragraph.text},
            )

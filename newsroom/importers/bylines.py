"""The byline of an item page, or what stands in its place, and the kind it gives the story.

Most item pages show a byline, “Press release | Beijing, China | 11 April 2019”. In its place a
video shows “Date issued: 08 November 2016 | Size/duration: 00:12:28”, an event its days and
venue, “13 - 14 October 2015 | Beijing, China”, and a project its duration and a “Funder: …”
line (``docs/text-forms.md``). This module finds that paragraph among the first of a page and
reads it; the dates, duration and funder are read as the listings read them (``fields.py``).
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext as _

from newsroom.stories.kinds import Kind, kind_for_label

from .errors import StoryError
from .fields import parse_date, parse_duration, parse_funder, parse_when
from .text import Paragraph

BYLINE_BAR = "|"
DATE_ISSUED_LINE = re.compile(r"^Date issued:\s*(?P<rest>.*)$", re.IGNORECASE)
# Before its byline, a story has at most a kicker, a title, a standfirst and a speaker line.
HEAD_PARAGRAPHS = 4


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


def _is_details(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` is a byline or what stands in its place."""
    text, line = paragraph.text, paragraph.line
    return (
        _byline(paragraph) is not None
        or DATE_ISSUED_LINE.match(text) is not None
        or parse_when(text, line) is not None
        or parse_funder(text, line) is not None
    )


def details_start(paragraphs: list[Paragraph]) -> int | None:
    """The index of the byline (or what stands in its place) among ``paragraphs``; None when
    none of the paragraphs that may come before it, or the next, is one."""
    for index, paragraph in enumerate(paragraphs[: HEAD_PARAGRAPHS + 1]):
        if _is_details(paragraph):
            return index
    return None


def _byline(paragraph: Paragraph) -> tuple[Kind, str, date] | None:
    """The kind, place and date of a byline, “Press release | Beijing, China | 11 April 2019”."""
    parts = [part.strip() for part in paragraph.text.split(BYLINE_BAR)]
    if len(parts) not in (2, 3):
        return None
    kind = kind_for_label(parts[0])
    if kind is None:
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
    return kind, place, start


def read_details(paragraphs: list[Paragraph]) -> tuple[Details, list[Paragraph]]:
    """Read the byline, or what stands in its place, from the head of ``paragraphs``."""
    first, rest = paragraphs[0], paragraphs[1:]
    details = Details(kind_line=first.line)
    byline = _byline(first)
    if byline is not None:
        details.kind, details.place, details.date_start = byline
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
        if rest and (funder := parse_funder(rest[0].text, rest[0].line)) is not None:
            if details.kind == Kind.EVENT:
                raise StoryError(
                    rest[0].line,
                    _(
                        "an event's venue and a project's funder stand together; a story is "
                        "either an event, with days and a venue, or a project, with a duration "
                        "and a funder."
                    ),
                )
            details.kind, details.kind_line, details.funder = Kind.PROJECT, rest[0].line, funder
            details.venue = details.is_online = None
            rest = rest[1:]
        return details, rest
    details.kind, details.funder = Kind.PROJECT, parse_funder(first.text, first.line)
    return details, rest


def _date_issued(paragraph: Paragraph, rest: str, details: Details) -> None:
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

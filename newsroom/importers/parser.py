"""Reading a listing of the old site, as text, into the items the newsroom will publish.

A listing file is the text of one listing page of the old site — "What's new", "News and press
releases" — as a reader copies it: the heading, an optional introduction, optional year headings
and numbered items. Each item is a few paragraphs (kicker, credit line, title, date or range,
teaser) whose order depends on the listing.

This module never touches the database, so that a malformed file is refused before anything is
written.
"""

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from newsroom.stories.kinds import Kind


class ListingError(Exception):
    """Why a listing file cannot be imported, and on which line; the import then writes nothing.

    ``line`` is None when the fault is the file as a whole (missing, empty, without items).
    """

    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


class Slot(StrEnum):
    """A paragraph an item of a listing may have."""

    KICKER = "kicker"
    CREDIT = "credit line"
    TITLE = "title"
    DATE = "date"
    TEASER = "teaser"


# A kicker or a title is always there; the other paragraphs are recognised by their form
# (a credit line by its ©, a date by being only a date) or, for the teaser, by being left over.
REQUIRED_SLOTS = {Slot.KICKER: gettext_lazy("kicker"), Slot.TITLE: gettext_lazy("title")}


@dataclass(frozen=True)
class ListingLayout:
    """How the items of one listing of the old site are written, and what they become here."""

    key: str
    heading: str
    slots: tuple[Slot, ...]
    # The kind of every story of the listing; None when each item's kicker names its kind.
    kind: Kind | None
    allows_ranges: bool
    # What an item is made of, for the message that refuses a paragraph too many.
    description: str | Promise


LAYOUTS: dict[str, ListingLayout] = {
    layout.key: layout
    for layout in (
        ListingLayout(
            key="whats_new",
            heading="What's new",
            slots=(Slot.KICKER, Slot.TITLE, Slot.DATE, Slot.TEASER),
            kind=None,
            allows_ranges=True,
            description=gettext_lazy(
                "a kicker, a title, an optional date or range and an optional teaser"
            ),
        ),
        ListingLayout(
            key="press_releases",
            heading="News and press releases",
            slots=(Slot.CREDIT, Slot.TITLE, Slot.DATE, Slot.TEASER),
            kind=Kind.PRESS_RELEASE,
            allows_ranges=False,
            description=gettext_lazy(
                "an optional credit line, a title, an optional date and an optional teaser"
            ),
        ),
    )
}


@dataclass(frozen=True)
class ListingItem:
    """One numbered item of a listing: a story to create or update.

    ``credit`` is the image credit without its © sign (“ShutterStock 2024”), or "" when the item
    shows none. ``date_end`` is set only for a range; an undated item has neither date.
    """

    line: int
    number: int
    year_heading: int | None
    kicker: str
    credit: str
    title: str
    date_start: date | None
    date_end: date | None
    teaser: str

    @property
    def is_range(self) -> bool:
        return self.date_end is not None


@dataclass(frozen=True)
class ListingFile:
    """A whole listing as read from its file, in the file's order (newest first)."""

    heading: str
    intro: str
    items: list[ListingItem]
    kind_of_listing: str

    @property
    def layout(self) -> ListingLayout:
        return LAYOUTS[self.kind_of_listing]


@dataclass(frozen=True)
class _Paragraph:
    line: int
    text: str


MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH = r"(?P<{name}>" + "|".join(MONTHS) + r")"
_DASH = r"\s*[-–]\s*"


def _day(name: str) -> str:
    return rf"(?P<{name}>\d{{1,2}})"


def _year(name: str) -> str:
    return rf"(?P<{name}>\d{{4}})"


def _date(suffix: str) -> str:
    month = _MONTH.format(name=f"month{suffix}")
    return rf"{_day(f'day{suffix}')}\s+{month}\s+{_year(f'year{suffix}')}"


# The forms the old site writes: 28 March 2017, 13 - 14 October 2015,
# 14 September - 31 December 2015, 1 July 2019 - 30 June 2022.
DATE_FORMS = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        _date("1"),
        rf"{_day('day1')}{_DASH}{_date('2')}",
        rf"{_day('day1')}\s+{_MONTH.format(name='month1')}{_DASH}{_date('2')}",
        rf"{_date('1')}{_DASH}{_date('2')}",
    )
]
ITEM_LINE = re.compile(r"^\s*(?P<number>\d+)\.(?:\s+(?P<text>.*))?$")
YEAR_HEADING = re.compile(r"^\d{4}$")
LINE_BREAK = re.compile(r"\r\n|\r|\n")
CREDIT_SIGN = "©"


def read_listing_file(path: str | Path) -> ListingFile:
    """Read and parse the listing file at ``path``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ListingError(
            None, _("The file “%(path)s” does not exist.") % {"path": path}
        ) from None
    except IsADirectoryError:
        raise ListingError(
            None, _("“%(path)s” is a folder, not a listing file.") % {"path": path}
        ) from None
    except OSError as error:
        raise ListingError(
            None,
            _("The file “%(path)s” cannot be read: %(reason)s.")
            % {"path": path, "reason": error.strerror},
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = len(LINE_BREAK.split(data[: error.start].decode("utf-8", "replace")))
        raise ListingError(
            line,
            _(
                "the file is not UTF-8 text (the byte 0x%(byte)02X cannot be read); "
                "save it as UTF-8 and import it again."
            )
            % {"byte": data[error.start]},
        ) from None
    return parse_listing(text)


def parse_listing(text: str) -> ListingFile:
    """Parse the text of a listing; raise :class:`ListingError` at its first fault."""
    paragraphs = _paragraphs(text.removeprefix("\ufeff"))
    if not paragraphs:
        raise ListingError(
            None,
            _("The file is empty; a listing starts with its heading, such as “What's new”."),
        )
    heading, *body = paragraphs
    layout = _layout_for(heading)

    intro: _Paragraph | None = None
    year: _Paragraph | None = None
    year_has_items = False
    previous_number = 0
    groups: list[tuple[int | None, int, list[_Paragraph]]] = []

    for paragraph in body:
        item = ITEM_LINE.match(paragraph.text)
        if YEAR_HEADING.match(paragraph.text):
            _check_year(paragraph, year, year_has_items)
            year, year_has_items, previous_number = paragraph, False, 0
        elif item:
            number = int(item["number"])
            if number != previous_number + 1:
                raise ListingError(paragraph.line, _numbering_message(number, previous_number))
            if not item["text"]:
                raise ListingError(
                    paragraph.line,
                    _("item %(number)s has nothing after its number.") % {"number": number},
                )
            year_number = int(year.text) if year else None
            groups.append((year_number, number, [_Paragraph(paragraph.line, item["text"])]))
            year_has_items, previous_number = True, number
        elif groups and (year is None or year_has_items):
            groups[-1][2].append(paragraph)
        elif year is not None:
            raise ListingError(
                paragraph.line,
                _(
                    "under the year %(year)s stands a paragraph that is not an item; "
                    "each item starts with its number, such as “1. …”."
                )
                % {"year": year.text},
            )
        elif intro is not None:
            raise ListingError(
                paragraph.line,
                _(
                    "the introduction has a second paragraph; it must be one paragraph, "
                    "and each item starts with its number, such as “1. …”."
                ),
            )
        else:
            intro = paragraph

    if year is not None and not year_has_items:
        raise ListingError(
            year.line, _("the year %(year)s has no items under it.") % {"year": year.text}
        )
    if not groups:
        raise ListingError(
            None,
            _("The file lists no items; each item starts with its number, such as “1. …”."),
        )
    items = [_item(layout, year_number, number, parts) for year_number, number, parts in groups]
    return ListingFile(
        heading=heading.text,
        intro=intro.text if intro else "",
        items=items,
        kind_of_listing=layout.key,
    )


def parse_date(text: str, line: int) -> tuple[date, date | None] | None:
    """The date or range ``text`` is made of, as (start, end or None); None when it is not one.

    A paragraph that merely begins with a date (“09 March 2017, the ILO…”) is not a date.
    """
    for form in DATE_FORMS:
        match = form.fullmatch(text.strip())
        if match is None:
            continue
        parts = match.groupdict()
        try:
            if "day2" not in parts:
                return _day_of(parts["day1"], parts["month1"], parts["year1"]), None
            # A range writes the month and year it shares once, in its second half.
            end = _day_of(parts["day2"], parts["month2"], parts["year2"])
            start = _day_of(
                parts["day1"],
                parts.get("month1") or parts["month2"],
                parts.get("year1") or parts["year2"],
            )
        except ValueError:
            raise ListingError(line, _("“%(text)s” is not a real date.") % {"text": text}) from None
        if end < start:
            raise ListingError(
                line, _("the range “%(text)s” ends before it starts.") % {"text": text}
            )
        return start, end
    return None


def _day_of(day: str, month: str, year: str) -> date:
    return date(int(year), MONTHS.index(month.lower()) + 1, int(day))


def _paragraphs(text: str) -> list[_Paragraph]:
    paragraphs: list[_Paragraph] = []
    start = 0
    lines: list[str] = []
    for number, raw in enumerate(LINE_BREAK.split(text), start=1):
        line = raw.strip()
        if line:
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            paragraphs.append(_Paragraph(start, " ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(_Paragraph(start, " ".join(lines)))
    return paragraphs


def _normalised_heading(text: str) -> str:
    # Copies of the old site carry its typographic apostrophes.
    return " ".join(text.replace("’", "'").split()).casefold()


def _layout_for(heading: _Paragraph) -> ListingLayout:
    by_heading = {_normalised_heading(layout.heading): layout for layout in LAYOUTS.values()}
    layout = by_heading.get(_normalised_heading(heading.text))
    if layout is None:
        raise ListingError(
            heading.line,
            _(
                "the heading “%(heading)s” names no listing this importer knows "
                "(it knows: %(known)s)."
            )
            % {
                "heading": heading.text,
                "known": ", ".join(layout.heading for layout in LAYOUTS.values()),
            },
        )
    return layout


def _check_year(paragraph: _Paragraph, year: _Paragraph | None, year_has_items: bool) -> None:
    if year is None:
        return
    if not year_has_items:
        raise ListingError(
            year.line, _("the year %(year)s has no items under it.") % {"year": year.text}
        )
    # Several pages of an archive copied one after the other repeat a year heading.
    if int(paragraph.text) > int(year.text):
        raise ListingError(
            paragraph.line,
            _("the year %(year)s comes after the year %(previous)s; years go newest first.")
            % {"year": paragraph.text, "previous": year.text},
        )


def _numbering_message(number: int, previous: int) -> str:
    if previous == 0:
        return _(
            "item %(number)s comes first; items are numbered from 1, one by one, within each year."
        ) % {"number": number}
    return _(
        "item %(number)s follows item %(previous)s; items are numbered from 1, one by one, "
        "within each year."
    ) % {"number": number, "previous": previous}


def _item(
    layout: ListingLayout, year: int | None, number: int, paragraphs: list[_Paragraph]
) -> ListingItem:
    values: dict[Slot, str] = {}
    dates: tuple[date, date | None] | None = None
    date_paragraph: _Paragraph | None = None
    remaining = list(paragraphs)

    for slot in layout.slots:
        paragraph = remaining[0] if remaining else None
        if slot in REQUIRED_SLOTS:
            _check_required(layout, slot, number, paragraph, paragraphs[0].line)
        elif paragraph is None:
            continue
        elif slot is Slot.CREDIT and not paragraph.text.startswith(CREDIT_SIGN):
            continue
        elif slot is Slot.DATE:
            dates = parse_date(paragraph.text, paragraph.line)
            if dates is None:
                continue
            date_paragraph = paragraph
        values[slot] = remaining.pop(0).text

    if remaining:
        raise ListingError(
            remaining[0].line,
            _(
                "item %(number)s has a paragraph too many; an item of %(listing)s is "
                "%(description)s, each a paragraph of its own."
            )
            % {"number": number, "listing": layout.heading, "description": layout.description},
        )

    credit = values.get(Slot.CREDIT, "").removeprefix(CREDIT_SIGN).strip()
    if Slot.CREDIT in values and not credit:
        raise ListingError(
            paragraphs[0].line,
            _("the credit line of item %(number)s names no one after “©”.") % {"number": number},
        )
    date_start, date_end = dates if dates else (None, None)
    if date_paragraph is not None and date_start is not None:
        _check_date(layout, year, date_paragraph, date_start, date_end)

    return ListingItem(
        line=paragraphs[0].line,
        number=number,
        year_heading=year,
        kicker=values.get(Slot.KICKER, ""),
        credit=credit,
        title=values[Slot.TITLE],
        date_start=date_start,
        date_end=date_end,
        teaser=values.get(Slot.TEASER, ""),
    )


def _check_required(
    layout: ListingLayout,
    slot: Slot,
    number: int,
    paragraph: _Paragraph | None,
    item_line: int,
) -> None:
    label = REQUIRED_SLOTS[slot]
    if paragraph is None:
        raise ListingError(
            item_line,
            _("item %(number)s has no %(slot)s.") % {"number": number, "slot": label},
        )
    if parse_date(paragraph.text, paragraph.line) is not None:
        raise ListingError(
            paragraph.line,
            _("item %(number)s has no %(slot)s: the date “%(date)s” stands where it should be.")
            % {"number": number, "slot": label, "date": paragraph.text},
        )
    if (
        slot is Slot.TITLE
        and Slot.CREDIT in layout.slots
        and paragraph.text.startswith(CREDIT_SIGN)
    ):
        raise ListingError(
            paragraph.line,
            _("item %(number)s has a second credit line where its title should be.")
            % {"number": number},
        )


def _check_date(
    layout: ListingLayout,
    year: int | None,
    paragraph: _Paragraph,
    start: date,
    end: date | None,
) -> None:
    if end is not None and not layout.allows_ranges:
        raise ListingError(
            paragraph.line,
            _("“%(text)s” is a range; an item of %(listing)s shows a single date.")
            % {"text": paragraph.text, "listing": layout.heading},
        )
    if year is not None and start.year != year:
        raise ListingError(
            paragraph.line,
            _("the date %(text)s does not fall in the year %(year)s under which the item stands.")
            % {"text": paragraph.text, "year": year},
        )

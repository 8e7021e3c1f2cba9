"""Reading a listing of the old site, as text, into the items the newsroom will publish.

A listing file is the text of one listing page of the old site — "What's new", "News and press
releases", "Events and meetings", "Projects", "Publications", "Video and audio stories",
"Statements and speeches" or a country's "… resources" page — as a reader copies it: the heading,
an optional introduction, optional group headings (years, months, or a kind's own groups such as
"Upcoming events") and numbered items. Each item is a few paragraphs (kicker, credit line,
title, date or range, the details of its kind, teaser) whose order depends on the listing
(``docs/text-forms.md``).

This module never touches the database, so that a malformed file is refused before anything is
written.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from newsroom.core.dates import format_day
from newsroom.stories.kinds import Kind, kind_for_label


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
    # An event's days, and after a bar its venue: “13 - 14 October 2015 | Beijing, China”.
    WHEN = "when"
    FUNDER = "funder line"
    DOCUMENT = "document line"
    DURATION = "duration line"
    TEASER = "teaser"


# A kicker or a title is always there; the other paragraphs are recognised by their form
# (a credit line by its ©, a date by being only a date, a funder line by “Funder:”…) or, for the
# teaser, by being left over.
REQUIRED_SLOTS = {Slot.KICKER: gettext_lazy("kicker"), Slot.TITLE: gettext_lazy("title")}


class Grouping(StrEnum):
    """What the group headings of a listing are."""

    YEARS = "years"
    MONTHS = "months"
    # Headings of the kind's own, fixed names, in a fixed order: “Upcoming events”, “Past events”.
    NAMED = "named"


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
    grouping: Grouping = Grouping.YEARS
    # The headings of a NAMED grouping, in the order the listing shows them.
    group_names: tuple[str, ...] = ()
    # Whether an item may have no title of its own: it then starts with its date.
    untitled_items: bool = False
    # Whether a paragraph may stand between the heading and the first group or item.
    has_intro: bool = True


COUNTRY_LISTING = "country"
# “China resources”: the page of every story filed under one country.
COUNTRY_HEADING = re.compile(r"^(?P<country>.+?)\s+resources$", re.IGNORECASE)
UPCOMING_EVENTS, PAST_EVENTS = "Upcoming events", "Past events"
ONGOING_PROJECTS, COMPLETED_PROJECTS = "Ongoing projects", "Completed projects"

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
        ListingLayout(
            key="statements",
            heading="Statements and speeches",
            slots=(Slot.KICKER, Slot.TITLE, Slot.DATE, Slot.TEASER),
            kind=Kind.STATEMENT,
            allows_ranges=False,
            description=gettext_lazy("a kicker, a title, an optional date and an optional teaser"),
        ),
        ListingLayout(
            key="events",
            heading="Events and meetings",
            slots=(Slot.TITLE, Slot.WHEN, Slot.TEASER),
            kind=Kind.EVENT,
            allows_ranges=True,
            description=gettext_lazy(
                "a title, its days with an optional venue after a bar, and an optional teaser"
            ),
            grouping=Grouping.NAMED,
            group_names=(UPCOMING_EVENTS, PAST_EVENTS),
        ),
        ListingLayout(
            key="projects",
            heading="Projects",
            slots=(Slot.TITLE, Slot.DATE, Slot.FUNDER, Slot.TEASER),
            kind=Kind.PROJECT,
            allows_ranges=True,
            description=gettext_lazy(
                "a title, its duration, an optional “Funder: …” line and an optional teaser"
            ),
            grouping=Grouping.NAMED,
            group_names=(ONGOING_PROJECTS, COMPLETED_PROJECTS),
        ),
        ListingLayout(
            key="publications",
            heading="Publications",
            slots=(Slot.TITLE, Slot.DATE, Slot.DOCUMENT, Slot.TEASER),
            kind=Kind.PUBLICATION,
            allows_ranges=False,
            description=gettext_lazy(
                "a title, an optional date, an optional “Download (…)” line and an optional teaser"
            ),
        ),
        ListingLayout(
            key="videos",
            heading="Video and audio stories",
            slots=(Slot.TITLE, Slot.DATE, Slot.DURATION, Slot.TEASER),
            kind=Kind.VIDEO,
            allows_ranges=False,
            description=gettext_lazy(
                "a title (or none), a date, an optional “Size/duration: …” line and an optional "
                "teaser"
            ),
            untitled_items=True,
        ),
        ListingLayout(
            key=COUNTRY_LISTING,
            heading="<Country> resources",
            slots=(Slot.KICKER, Slot.TITLE, Slot.DATE, Slot.TEASER),
            kind=None,
            allows_ranges=True,
            description=gettext_lazy(
                "a kicker, a title, an optional date or range and an optional teaser"
            ),
            grouping=Grouping.MONTHS,
            has_intro=False,
        ),
    )
}


@dataclass(frozen=True)
class ListingItem:
    """One numbered item of a listing: a story to create or update.

    ``credit`` is the image credit without its © sign (“ShutterStock 2024”), or "" when the item
    shows none. ``date_end`` is set only for a range; an undated item has neither date. An item
    without a title of its own (an old video) has ``title`` "". ``group`` is the group heading it
    stands under (“2021”, “June 2019”, “Past events”), "" when the listing has none.

    The details of a kind: ``venue`` and ``is_online`` of an event as :class:`When` gives them
    (both None when the item shows no days), ``funder`` of a project, ``document`` of a
    publication as the old site describes its file (“PDF, 1.2 MB”), ``duration`` of a video.
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
    group: str = ""
    month_heading: tuple[int, int] | None = None
    venue: str | None = None
    is_online: bool | None = None
    funder: str = ""
    document: str = ""
    duration: timedelta | None = None

    @property
    def is_range(self) -> bool:
        return self.date_end is not None

    @property
    def is_untitled(self) -> bool:
        return not self.title


@dataclass(frozen=True)
class ListingFile:
    """A whole listing as read from its file, in the file's order (newest first).

    ``country`` is the country a country's listing names in its heading (“China”), else "".
    """

    heading: str
    intro: str
    items: list[ListingItem]
    kind_of_listing: str
    country: str = ""
    heading_line: int = 1

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
MONTH_HEADING = re.compile(rf"^{_MONTH.format(name='month')}\s+{_year('year')}$", re.IGNORECASE)
LINE_BREAK = re.compile(r"\r\n|\r|\n")
CREDIT_SIGN = "©"
VENUE_BAR = "|"
ONLINE = "online"
FUNDER_LINE = re.compile(r"^Funder:\s*(?P<funder>.*)$", re.IGNORECASE)
DOCUMENT_LINE = re.compile(r"^Download\s*\((?P<document>[^()]*)\)$", re.IGNORECASE)
DURATION_LINE = re.compile(r"^Size/duration:\s*(?P<duration>.*)$", re.IGNORECASE)
DURATION = re.compile(r"^(?P<hours>\d{1,3}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)$")


def read_text(path: str | Path) -> str:
    """The UTF-8 text of the file at ``path``, without its byte-order mark."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ListingError(
            None, _("The file “%(path)s” does not exist.") % {"path": path}
        ) from None
    except IsADirectoryError:
        raise ListingError(
            None, _("“%(path)s” is a folder, not a file to import.") % {"path": path}
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
    return text.removeprefix("\ufeff")


def read_listing_file(path: str | Path) -> ListingFile:
    """Read and parse the listing file at ``path``."""
    return parse_listing(read_text(path))


@dataclass(frozen=True)
class _Group:
    """A group heading of a listing: a year, a month or one of the kind's own groups."""

    paragraph: _Paragraph
    grouping: Grouping
    # Years and months grow with time; named groups by their place in the listing.
    order: tuple[int, ...]

    @property
    def text(self) -> str:
        return self.paragraph.text


def parse_listing(text: str) -> ListingFile:
    """Parse the text of a listing; raise :class:`ListingError` at its first fault."""
    paragraphs = _paragraphs(text.removeprefix("\ufeff"))
    if not paragraphs:
        raise ListingError(
            None,
            _("The file is empty; a listing starts with its heading, such as “What's new”."),
        )
    heading, *body = paragraphs
    layout, country = _layout_for(heading)

    intro: _Paragraph | None = None
    group: _Group | None = None
    group_has_items = False
    previous_number = 0
    groups: list[tuple[_Group | None, int, list[_Paragraph]]] = []

    for paragraph in body:
        item = ITEM_LINE.match(paragraph.text)
        group_heading = _group_heading(layout, paragraph)
        if group_heading is not None:
            _check_group(layout, group_heading, group, group_has_items)
            group, group_has_items, previous_number = group_heading, False, 0
        elif item:
            number = int(item["number"])
            if number != previous_number + 1:
                raise ListingError(
                    paragraph.line, _numbering_message(layout, number, previous_number)
                )
            if not item["text"]:
                raise ListingError(
                    paragraph.line,
                    _("item %(number)s has nothing after its number.") % {"number": number},
                )
            if group is None and layout.grouping is not Grouping.YEARS:
                raise ListingError(paragraph.line, _ungrouped_message(layout, number))
            groups.append((group, number, [_Paragraph(paragraph.line, item["text"])]))
            group_has_items, previous_number = True, number
        elif groups and (group is None or group_has_items):
            groups[-1][2].append(paragraph)
        elif group is not None:
            raise ListingError(paragraph.line, _not_an_item_message(group))
        elif not layout.has_intro:
            raise ListingError(
                paragraph.line,
                _(
                    "“%(text)s” is not a month heading; a country's page has no introduction, "
                    "and its items stand under month headings such as “June 2019”."
                )
                % {"text": paragraph.text[:80]},
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

    if group is not None and not group_has_items:
        raise ListingError(group.paragraph.line, _empty_group_message(group))
    if not groups:
        raise ListingError(
            None,
            _("The file lists no items; each item starts with its number, such as “1. …”."),
        )
    items = [_item(layout, group, number, parts) for group, number, parts in groups]
    _check_order(layout, items)
    return ListingFile(
        heading=heading.text,
        intro=intro.text if intro else "",
        items=items,
        kind_of_listing=layout.key,
        country=country,
        heading_line=heading.line,
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


@dataclass(frozen=True)
class When:
    """An event's days, and what its paragraph says of where it takes place.

    ``venue`` is "" when the paragraph names none; ``is_online`` is None when it does not tell
    (a venue is named: the event may also be online, the old site shows only the venue).
    """

    date_start: date
    date_end: date | None
    venue: str
    is_online: bool | None


def parse_when(text: str, line: int) -> When | None:
    """The days (and venue) an event's paragraph gives: “13 - 14 October 2015 | Beijing, China”,
    “6 - 8 October 2021 | Online”; None when the paragraph does not start with a date."""
    days, bar, venue = text.partition(VENUE_BAR)
    dates = parse_date(days, line)
    if dates is None:
        return None
    venue = venue.strip()
    if bar and not venue:
        raise ListingError(
            line,
            _("“%(text)s” has a bar after its days but names no venue after it.") % {"text": text},
        )
    if not bar:
        return When(*dates, venue="", is_online=False)
    if venue.casefold() in {ONLINE, str(_("Online")).casefold()}:
        return When(*dates, venue="", is_online=True)
    return When(*dates, venue=venue, is_online=None)


def parse_funder(text: str, line: int) -> str | None:
    """The funder a “Funder: …” paragraph names; None when the paragraph is not one."""
    match = FUNDER_LINE.match(text)
    if match is None:
        return None
    funder = match["funder"].strip()
    if not funder:
        raise ListingError(line, _("the line “%(text)s” names no funder.") % {"text": text})
    return funder


def parse_document(text: str, line: int) -> str | None:
    """What a “Download (PDF, 1.2 MB)” paragraph says of the file; None when it is not one."""
    match = DOCUMENT_LINE.match(text)
    if match is None:
        return None
    document = " ".join(match["document"].split())
    if not document:
        raise ListingError(
            line,
            _("the line “%(text)s” does not say what the file is, as “Download (PDF, 1.2 MB)”.")
            % {"text": text},
        )
    return document


def parse_duration(text: str, line: int) -> timedelta | None:
    """The duration a “Size/duration: 00:12:28” paragraph gives; None when it is not one."""
    match = DURATION_LINE.match(text)
    if match is None:
        return None
    written = DURATION.match(match["duration"].strip())
    if written is None:
        raise ListingError(
            line,
            _(
                "“%(text)s” does not give a duration as hours, minutes and seconds, "
                "such as “Size/duration: 00:12:28”."
            )
            % {"text": text},
        )
    return timedelta(
        hours=int(written["hours"]),
        minutes=int(written["minutes"]),
        seconds=int(written["seconds"]),
    )


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


def _layout_for(heading: _Paragraph) -> tuple[ListingLayout, str]:
    """The layout the heading names, and the country a country's page is about ("" if none)."""
    by_heading = {
        _normalised_heading(layout.heading): layout
        for layout in LAYOUTS.values()
        if layout.key != COUNTRY_LISTING
    }
    layout = by_heading.get(_normalised_heading(heading.text))
    if layout is not None:
        return layout, ""
    country = COUNTRY_HEADING.match(" ".join(heading.text.split()))
    if country is not None:
        return LAYOUTS[COUNTRY_LISTING], country["country"]
    raise ListingError(
        heading.line,
        _("the heading “%(heading)s” names no listing this importer knows (it knows: %(known)s).")
        % {
            "heading": heading.text,
            "known": ", ".join(layout.heading for layout in LAYOUTS.values()),
        },
    )


def _group_heading(layout: ListingLayout, paragraph: _Paragraph) -> _Group | None:
    text = paragraph.text
    if layout.grouping is Grouping.YEARS and YEAR_HEADING.match(text):
        return _Group(paragraph, Grouping.YEARS, (int(text),))
    if layout.grouping is Grouping.MONTHS:
        month = MONTH_HEADING.match(text)
        if month:
            number = MONTHS.index(month["month"].lower()) + 1
            return _Group(paragraph, Grouping.MONTHS, (int(month["year"]), number))
    if layout.grouping is Grouping.NAMED:
        names = [_normalised_heading(name) for name in layout.group_names]
        wanted = _normalised_heading(text)
        if wanted in names:
            # Later groups sort lower, as older years do.
            return _Group(paragraph, Grouping.NAMED, (-names.index(wanted),))
    return None


def _check_group(
    layout: ListingLayout, group: _Group, previous: _Group | None, previous_has_items: bool
) -> None:
    if previous is None:
        return
    if not previous_has_items:
        raise ListingError(previous.paragraph.line, _empty_group_message(previous))
    # Several pages of a listing copied one after the other repeat a group heading.
    if group.order <= previous.order:
        return
    if group.grouping is Grouping.YEARS:
        message = _("the year %(year)s comes after the year %(previous)s; years go newest first.")
        values = {"year": group.text, "previous": previous.text}
    elif group.grouping is Grouping.MONTHS:
        message = _(
            "the month %(month)s comes after the month %(previous)s; months go newest first."
        )
        values = {"month": group.text, "previous": previous.text}
    else:
        message = _(
            "the heading “%(heading)s” comes after “%(previous)s”; %(listing)s shows its groups "
            "in this order: %(order)s."
        )
        values = {
            "heading": group.text,
            "previous": previous.text,
            "listing": layout.heading,
            "order": ", ".join(layout.group_names),
        }
    raise ListingError(group.paragraph.line, message % values)


def _empty_group_message(group: _Group) -> str:
    if group.grouping is Grouping.YEARS:
        return _("the year %(year)s has no items under it.") % {"year": group.text}
    if group.grouping is Grouping.MONTHS:
        return _("the month %(month)s has no items under it.") % {"month": group.text}
    return _("the heading “%(heading)s” has no items under it.") % {"heading": group.text}


def _not_an_item_message(group: _Group) -> str:
    if group.grouping is Grouping.YEARS:
        return _(
            "under the year %(year)s stands a paragraph that is not an item; "
            "each item starts with its number, such as “1. …”."
        ) % {"year": group.text}
    return _(
        "under the heading “%(heading)s” stands a paragraph that is not an item; "
        "each item starts with its number, such as “1. …”."
    ) % {"heading": group.text}


def _ungrouped_message(layout: ListingLayout, number: int) -> str:
    if layout.grouping is Grouping.MONTHS:
        return _(
            "item %(number)s stands under no month; the items of a country's page stand under "
            "month headings such as “June 2019”."
        ) % {"number": number}
    return _(
        "item %(number)s stands under no heading; the items of %(listing)s stand under "
        "%(headings)s."
    ) % {
        "number": number,
        "listing": layout.heading,
        "headings": ", ".join(f"“{name}”" for name in layout.group_names),
    }


def _numbering_message(layout: ListingLayout, number: int, previous: int) -> str:
    if layout.grouping is Grouping.MONTHS:
        if previous == 0:
            return _(
                "item %(number)s comes first; items are numbered from 1, one by one, within "
                "each month."
            ) % {"number": number}
        return _(
            "item %(number)s follows item %(previous)s; items are numbered from 1, one by one, "
            "within each month."
        ) % {"number": number, "previous": previous}
    if layout.grouping is Grouping.NAMED:
        if previous == 0:
            return _(
                "item %(number)s comes first; items are numbered from 1, one by one, under "
                "each heading."
            ) % {"number": number}
        return _(
            "item %(number)s follows item %(previous)s; items are numbered from 1, one by one, "
            "under each heading."
        ) % {"number": number, "previous": previous}
    if previous == 0:
        return _(
            "item %(number)s comes first; items are numbered from 1, one by one, within each year."
        ) % {"number": number}
    return _(
        "item %(number)s follows item %(previous)s; items are numbered from 1, one by one, "
        "within each year."
    ) % {"number": number, "previous": previous}


@dataclass
class _Read:
    """What the paragraphs of an item said, slot by slot."""

    values: dict[Slot, str]
    dates: tuple[date, date | None] | None = None
    date_paragraph: _Paragraph | None = None
    when: When | None = None
    funder: str = ""
    document: str = ""
    duration: timedelta | None = None


def _item(
    layout: ListingLayout, group: _Group | None, number: int, paragraphs: list[_Paragraph]
) -> ListingItem:
    read = _Read(values={})
    remaining = list(paragraphs)

    for slot in layout.slots:
        paragraph = remaining[0] if remaining else None
        if _is_untitled(layout, slot, paragraph):
            # An item without a title of its own starts with its date.
            read.values[slot] = ""
            continue
        if slot in REQUIRED_SLOTS:
            _check_required(layout, slot, number, paragraph, paragraphs[0].line)
        elif paragraph is None or not _reads_as(slot, paragraph, read):
            continue
        read.values[slot] = remaining.pop(0).text

    if remaining:
        raise ListingError(
            remaining[0].line,
            _(
                "item %(number)s has a paragraph too many; an item of %(listing)s is "
                "%(description)s, each a paragraph of its own."
            )
            % {"number": number, "listing": layout.heading, "description": layout.description},
        )

    values = read.values
    credit = values.get(Slot.CREDIT, "").removeprefix(CREDIT_SIGN).strip()
    if Slot.CREDIT in values and not credit:
        raise ListingError(
            paragraphs[0].line,
            _("the credit line of item %(number)s names no one after “©”.") % {"number": number},
        )
    date_start, date_end = read.dates if read.dates else (None, None)
    kicker = values.get(Slot.KICKER, "")
    if read.date_paragraph is not None and date_start is not None:
        kind = layout.kind or kind_for_label(kicker) or Kind.NEWS
        _check_date(layout, group, kind, read.date_paragraph, date_start, date_end)

    when = read.when
    return ListingItem(
        line=paragraphs[0].line,
        number=number,
        year_heading=group.order[0] if group and group.grouping is Grouping.YEARS else None,
        kicker=kicker,
        credit=credit,
        title=values[Slot.TITLE],
        date_start=date_start,
        date_end=date_end,
        teaser=values.get(Slot.TEASER, ""),
        group=group.text if group else "",
        month_heading=group.order if group and group.grouping is Grouping.MONTHS else None,
        venue=when.venue if when else None,
        is_online=when.is_online if when else None,
        funder=read.funder,
        document=read.document,
        duration=read.duration,
    )


def _is_untitled(layout: ListingLayout, slot: Slot, paragraph: _Paragraph | None) -> bool:
    return (
        slot is Slot.TITLE
        and layout.untitled_items
        and paragraph is not None
        and parse_date(paragraph.text, paragraph.line) is not None
    )


def _reads_as(slot: Slot, paragraph: _Paragraph, read: _Read) -> bool:
    """Whether ``paragraph`` is the optional ``slot``; what it says is kept in ``read``."""
    text, line = paragraph.text, paragraph.line
    if slot is Slot.CREDIT:
        return text.startswith(CREDIT_SIGN)
    if slot is Slot.DATE:
        read.dates = parse_date(text, line)
        read.date_paragraph = paragraph if read.dates else None
        return read.dates is not None
    if slot is Slot.WHEN:
        read.when = parse_when(text, line)
        if read.when is None:
            return False
        read.dates = (read.when.date_start, read.when.date_end)
        read.date_paragraph = paragraph
        return True
    if slot is Slot.FUNDER:
        read.funder = parse_funder(text, line) or ""
        return bool(read.funder)
    if slot is Slot.DOCUMENT:
        read.document = parse_document(text, line) or ""
        return bool(read.document)
    if slot is Slot.DURATION:
        read.duration = parse_duration(text, line)
        return read.duration is not None
    return True


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


# Kinds whose date is their own days, not the day they were published: a country's page files
# them under the month they were published whatever their days.
OWN_DAYS = {Kind.EVENT, Kind.PROJECT}


def _check_date(
    layout: ListingLayout,
    group: _Group | None,
    kind: Kind,
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
    if group is None:
        return
    if group.grouping is Grouping.YEARS and start.year != group.order[0]:
        raise ListingError(
            paragraph.line,
            _("the date %(text)s does not fall in the year %(year)s under which the item stands.")
            % {"text": paragraph.text, "year": group.text},
        )
    if (
        group.grouping is Grouping.MONTHS
        and kind not in OWN_DAYS
        and end is None
        and (start.year, start.month) != group.order
    ):
        raise ListingError(
            paragraph.line,
            _("the date %(text)s does not fall in the month %(month)s under which the item stands.")
            % {"text": paragraph.text, "month": group.text},
        )


def _check_order(layout: ListingLayout, items: list[ListingItem]) -> None:
    """Refuse events or projects that their listing here could not show in the file's order.

    Events and projects are not listed by publication but by their days (see
    ``docs/events-and-projects.md``): a file in another order could not read back as it is.
    """
    if layout.kind is Kind.EVENT:
        _check_events_order(items)
    elif layout.kind is Kind.PROJECT:
        _check_projects_order(items)


def _day_text(day: date) -> str:
    return format_day(day, padded=False)


def _check_events_order(items: list[ListingItem]) -> None:
    upcoming = [item for item in items if item.group == UPCOMING_EVENTS]
    past = [item for item in items if item.group != UPCOMING_EVENTS]
    for previous, item in zip([None, *upcoming], upcoming, strict=False):
        if item.date_start is None:
            raise ListingError(
                item.line,
                _(
                    "item %(number)s, “%(title)s”, has no date, so it cannot be upcoming: an "
                    "event is upcoming until its last day. Give its days, or list it under "
                    "“Past events”."
                )
                % {"number": item.number, "title": item.title},
            )
        if previous is not None and item.date_start < previous.date_start:
            raise ListingError(
                item.line,
                _(
                    "item %(number)s, “%(title)s”, begins on %(day)s, before the event above it; "
                    "upcoming events are listed soonest first, so the listing could not show "
                    "the file's order."
                )
                % {"number": item.number, "title": item.title, "day": _day_text(item.date_start)},
            )
    _check_latest_first(
        past,
        key=lambda item: item.date_start,
        message=_(
            "item %(number)s, “%(title)s”, begins on %(day)s, after the event above it; past "
            "events are listed latest to begin first, those without a date last, so the "
            "listing could not show the file's order."
        ),
    )
    last_upcoming = min((_last_day(item) for item in upcoming), default=None)
    for item in past:
        if last_upcoming and item.date_start and _last_day(item) >= last_upcoming:
            raise ListingError(
                item.line,
                _(
                    "item %(number)s, “%(title)s”, is past but ends on %(day)s, no earlier than "
                    "an upcoming event; an event is upcoming until its last day."
                )
                % {"number": item.number, "title": item.title, "day": _day_text(_last_day(item))},
            )


def _check_projects_order(items: list[ListingItem]) -> None:
    ongoing = [item for item in items if item.group == ONGOING_PROJECTS]
    completed = [item for item in items if item.group != ONGOING_PROJECTS]
    _check_latest_first(
        ongoing,
        key=lambda item: item.date_start,
        message=_(
            "item %(number)s, “%(title)s”, starts on %(day)s, after the project above it; "
            "ongoing projects are listed latest to start first, those without a start last, so "
            "the listing could not show the file's order."
        ),
    )
    for item in completed:
        if item.date_end is None:
            raise ListingError(
                item.line,
                _(
                    "item %(number)s, “%(title)s”, has no end date, so it cannot be completed: "
                    "a project is ongoing until its last day. Give its duration, such as "
                    "“1 July 2019 - 30 June 2022”, or list it under “Ongoing projects”."
                )
                % {"number": item.number, "title": item.title},
            )
    _check_latest_first(
        completed,
        key=lambda item: item.date_end,
        message=_(
            "item %(number)s, “%(title)s”, ends on %(day)s, after the project above it; "
            "completed projects are listed latest to end first, so the listing could not show "
            "the file's order."
        ),
    )
    ends = [item.date_end for item in ongoing if item.date_end]
    for item in completed:
        if ends and item.date_end >= min(ends):
            raise ListingError(
                item.line,
                _(
                    "item %(number)s, “%(title)s”, is completed but ends on %(day)s, no earlier "
                    "than an ongoing project; a project is ongoing until its last day."
                )
                % {"number": item.number, "title": item.title, "day": _day_text(item.date_end)},
            )


def _last_day(item: ListingItem) -> date | None:
    return item.date_end or item.date_start


def _check_latest_first(items: list[ListingItem], *, key, message: str) -> None:
    """Refuse ``items`` whose ``key`` days do not go latest first, the undated ones last."""
    previous: date | None = None
    undated_above = False
    for item in items:
        day = key(item)
        if day is None:
            undated_above = True
            continue
        if undated_above or (previous is not None and day > previous):
            raise ListingError(
                item.line,
                message % {"number": item.number, "title": item.title, "day": _day_text(day)},
            )
        previous = day

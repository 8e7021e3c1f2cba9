"""One numbered item of a listing: its paragraphs read, slot by slot, into a story to publish.

The layout of the listing says which paragraphs an item may have and in which order (kicker,
credit line, title, date or range, the details of its kind, teaser). A kicker and a title are
always there; the others are told by their form (``fields.py``), and what is left is the teaser.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext as _

from newsroom.stories.kinds import Kind, kind_for_label
from newsroom.stories.old_site import Grouping, ListingLayout, Slot

from .errors import ListingError
from .fields import (
    OWN_DAYS,
    When,
    parse_date,
    parse_document,
    parse_duration,
    parse_funder,
    parse_when,
)
from .groups import Group, ItemParagraphs
from .layouts import REQUIRED_SLOTS
from .text import Paragraph

CREDIT_SIGN = "©"


@dataclass(frozen=True)
class ListingItem:
    """One numbered item of a listing: a story to create or update.

    ``credit`` is the image credit without its © sign (“ShutterStock 2024”), or "" when the item
    shows none. ``date_end`` is set only for a range; an undated item has neither date. An item
    without a title of its own (an old video) has ``title`` "". ``group`` is the group heading it
    stands under (“2021”, “June 2019”, “Past events”), "" when the listing has none; a year
    whose heading the copy lost reads as if it had been written (``groups.tell_years``).

    The details of a kind: ``venue`` and ``is_online`` of an event as :class:`fields.When` gives
    them (both None when the item shows no days), ``funder`` of a project, ``document`` of a
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


@dataclass
class _Read:
    """What the paragraphs of an item said, slot by slot."""

    values: dict[Slot, str]
    dates: tuple[date, date | None] | None = None
    date_paragraph: Paragraph | None = None
    when: When | None = None
    funder: str = ""
    document: str = ""
    duration: timedelta | None = None


def read_item(layout: ListingLayout, item: ItemParagraphs) -> ListingItem:
    """The item of ``layout``'s listing that ``item``'s paragraphs write; raise
    :class:`ListingError` at the first paragraph that does not fit."""
    group, number, paragraphs = item.group, item.number, item.paragraphs
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
        year_heading=group.year if group else None,
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


def _is_untitled(layout: ListingLayout, slot: Slot, paragraph: Paragraph | None) -> bool:
    """Whether ``paragraph``, where the title should be, is the date of an untitled item."""
    return (
        slot is Slot.TITLE
        and layout.untitled_items
        and paragraph is not None
        and parse_date(paragraph.text, paragraph.line) is not None
    )


def _reads_as(slot: Slot, paragraph: Paragraph, read: _Read) -> bool:
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
    paragraph: Paragraph | None,
    item_line: int,
) -> None:
    """Refuse an item whose kicker or title is missing, or stands where another paragraph is."""
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
    group: Group | None,
    kind: Kind,
    paragraph: Paragraph,
    start: date,
    end: date | None,
) -> None:
    """Refuse a date the listing could not show, or that falls outside its group heading."""
    if end is not None and not layout.allows_ranges:
        raise ListingError(
            paragraph.line,
            _("“%(text)s” is a range; an item of %(listing)s shows a single date.")
            % {"text": paragraph.text, "listing": layout.heading},
        )
    if group is None:
        return
    if group.year is not None and start.year != group.year:
        raise ListingError(
            paragraph.line,
            _("the date %(text)s does not fall in the year %(year)s under which the item stands.")
            % {"text": paragraph.text, "year": group.text},
        )
    # A country's page files a story under the month it was published, whatever days it shows:
    # only a single date that is the story's publication must fall in that month, not an
    # event's or a project's own days, nor a range.
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

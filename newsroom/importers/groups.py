"""The body of a listing: its introduction, its group headings and its numbered items.

Below its heading, a listing has an optional introduction paragraph, group headings (years or
months, newest first, or the kind's own groups such as “Upcoming events” in their fixed order),
and items numbered from 1 under each group heading (``docs/text-forms.md``). This module cuts
the body into the paragraphs of each item and checks the headings and the numbering; what the
paragraphs of an item say is read by ``items.py``.

Some pages of the old site lose their year headings when copied: the numbering then simply
starts again at 1 where a year begins. In a listing grouped by years, each such fresh start
begins a group of its own, and the year its heading would have given is told by its items'
dates (``tell_years``), so that the file reads exactly as if the headings had been written.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import groupby

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from newsroom.core.dates import format_day
from newsroom.stories.old_site import Grouping, ListingLayout

from .errors import ListingError
from .fields import MONTH_HEADING, month_number
from .layouts import normalised_heading
from .text import Paragraph

ITEM_LINE = re.compile(r"^\s*(?P<number>\d+)\.(?:\s+(?P<text>.*))?$")
YEAR_HEADING = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Group:
    """A group heading of a listing: a year, a month or one of the kind's own groups.

    A year whose heading the copy lost is a group too (``written`` False): it begins at the item
    where the numbering starts again at 1, whose first paragraph ``paragraph`` then is, and its
    ``order`` stays () until its items' dates tell its year (``tell_years``).
    """

    paragraph: Paragraph
    grouping: Grouping
    # Years and months grow with time; named groups by their place in the listing.
    order: tuple[int, ...]
    written: bool = True

    @property
    def text(self) -> str:
        """The heading as written, or as it would have been: “2021”; "" for a year untold."""
        if self.written:
            return self.paragraph.text
        return str(self.order[0]) if self.order else ""

    @property
    def year(self) -> int | None:
        """The year of a year group, None for other groups and for a year untold."""
        return self.order[0] if self.grouping is Grouping.YEARS and self.order else None


@dataclass(frozen=True)
class ItemParagraphs:
    """The paragraphs of one numbered item, its number taken off, and the group it stands in."""

    group: Group | None
    number: int
    paragraphs: list[Paragraph] = field(default_factory=list)


def split_body(
    layout: ListingLayout, body: list[Paragraph]
) -> tuple[Paragraph | None, list[ItemParagraphs]]:
    """The introduction of a listing (None if it has none) and the paragraphs of its items,
    from the paragraphs below its heading; raise :class:`ListingError` at the first fault."""
    intro: Paragraph | None = None
    group: Group | None = None
    group_has_items = False
    previous_number = 0
    items: list[ItemParagraphs] = []

    for paragraph in body:
        item = ITEM_LINE.match(paragraph.text)
        heading = group_heading(layout, paragraph)
        if heading is not None:
            check_group(layout, heading, group, group_has_items)
            group, group_has_items, previous_number = heading, False, 0
        elif item:
            number = int(item["number"])
            if _begins_lost_year(layout, group, number, previous_number):
                group, previous_number = Group(paragraph, Grouping.YEARS, (), written=False), 0
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
            items.append(ItemParagraphs(group, number, [Paragraph(paragraph.line, item["text"])]))
            group_has_items, previous_number = True, number
        elif items and (group is None or group_has_items):
            items[-1].paragraphs.append(paragraph)
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
    only = items[0].group if len({item.group for item in items}) == 1 else None
    if only is not None and not only.written:
        # Neither a year heading nor a fresh start: one list, as What's new shows its items.
        items = [replace(item, group=None) for item in items]
    return intro, items


def _begins_lost_year(
    layout: ListingLayout, group: Group | None, number: int, previous_number: int
) -> bool:
    """Whether item ``number`` begins a year whose heading the copy lost: in a listing grouped
    by years, the first item under no heading, or an item 1 that starts the numbering again."""
    return (
        layout.grouping is Grouping.YEARS and number == 1 and (previous_number > 0 or group is None)
    )


def tell_years(
    layout: ListingLayout, items: list[ItemParagraphs], dates: Sequence[date | None]
) -> list[ItemParagraphs]:
    """``items`` with the year of each group whose heading was lost, told by its items'
    ``dates`` (each item's first day, None when it shows none); raise :class:`ListingError` at
    the first item whose year cannot be told or breaks the order of the years.

    The dated items of such a group must all be of one year, earlier than the year above them
    (a fresh start at 1 in the same year would be a listing out of order); an item without a
    date takes the year of the dated items of its group, so a group with none is refused.
    The items of other groups are given back as they are.
    """
    told: list[ItemParagraphs] = []
    above: Group | None = None
    for group, run in groupby(zip(items, dates, strict=True), key=lambda pair: pair[0].group):
        members = list(run)
        if group is not None and not group.written:
            group = _told_year(group, members, above)
            told.extend(replace(item, group=group) for item, _day in members)
        else:
            if group is not None and above is not None and not above.written:
                check_group(layout, group, above, previous_has_items=True)
            told.extend(item for item, _day in members)
        above = group
    return told


def _told_year(
    group: Group, members: list[tuple[ItemParagraphs, date | None]], above: Group | None
) -> Group:
    """``group``, a year whose heading was lost, with the year its items' dates tell."""
    dated = [(item, day) for item, day in members if day is not None]
    if not dated:
        last = members[-1][0].number
        raise ListingError(
            group.paragraph.line,
            ngettext(
                "item 1 has neither a date nor a year heading above it, so the year it belongs "
                "to cannot be told: an item without a date takes the year of the dated items "
                "numbered with it from 1. Write the year heading above it, or give it its date.",
                "items 1 to %(last)s have neither a date nor a year heading above them, so the "
                "year they belong to cannot be told: an item without a date takes the year of "
                "the dated items numbered with it from 1. Write the year heading above item 1, "
                "or give one of them its date.",
                last,
            )
            % {"last": last},
        )
    first, first_day = dated[0]
    year = first_day.year
    # Refused at the first faulty line: where the year begins, then its items'.
    if above is not None and above.order and (year,) >= above.order:
        values = {
            "year": year,
            "previous": above.order[0],
            "date": format_day(first_day),
            "first": first.number,
        }
        if year == above.order[0]:
            message = _(
                "item 1 starts the numbering again, so a new year begins here, but the first "
                "date from it on, %(date)s (item %(first)s), is in %(year)s, the year of the "
                "items above it; years go newest first. If %(year)s goes on here, write the "
                "heading “%(year)s” above item 1; otherwise correct the numbering or the dates."
            )
        else:
            message = _(
                "item 1 starts the numbering again, so a new year begins here, but the first "
                "date from it on, %(date)s (item %(first)s), is in %(year)s, after %(previous)s, "
                "the year of the items above it; years go newest first. Correct the order of the "
                "items or their dates."
            )
        raise ListingError(group.paragraph.line, message % values)
    for item, day in dated[1:]:
        if day.year != year:
            raise ListingError(
                item.paragraphs[0].line,
                _(
                    "item %(number)s is dated %(date)s, in another year than item %(first)s "
                    "above it (%(first_date)s), though neither a year heading nor a numbering "
                    "starting again at 1 stands between them: each year's items are numbered "
                    "from 1. Correct the date or the numbering, or write the year headings."
                )
                % {
                    "number": item.number,
                    "date": format_day(day),
                    "first": first.number,
                    "first_date": format_day(first_day),
                },
            )
    return replace(group, order=(year,))


def group_heading(layout: ListingLayout, paragraph: Paragraph) -> Group | None:
    """The group heading ``paragraph`` is in ``layout``'s listing; None when it is not one."""
    text = paragraph.text
    if layout.grouping is Grouping.YEARS and YEAR_HEADING.match(text):
        return Group(paragraph, Grouping.YEARS, (int(text),))
    if layout.grouping is Grouping.MONTHS:
        month = MONTH_HEADING.match(text)
        if month:
            number = month_number(month["month"])
            return Group(paragraph, Grouping.MONTHS, (int(month["year"]), number))
    if layout.grouping is Grouping.NAMED:
        names = [normalised_heading(name) for name in layout.group_names]
        wanted = normalised_heading(text)
        if wanted in names:
            # Later groups sort lower, as older years do.
            return Group(paragraph, Grouping.NAMED, (-names.index(wanted),))
    return None


def check_group(
    layout: ListingLayout, group: Group, previous: Group | None, previous_has_items: bool
) -> None:
    """Refuse ``group`` after ``previous`` when ``previous`` is empty or should come after it."""
    if previous is None:
        return
    if not previous_has_items:
        raise ListingError(previous.paragraph.line, _empty_group_message(previous))
    # A year whose heading was lost is put in order once its items' dates tell it.
    if not previous.order:
        return
    # Several pages of a listing copied one after the other repeat a group heading.
    if group.order <= previous.order:
        return
    if group.grouping is Grouping.YEARS and not previous.written:
        message = _(
            "the year %(year)s comes after items dated in %(previous)s; years go newest first."
        )
        values = {"year": group.text, "previous": previous.text}
    elif group.grouping is Grouping.YEARS:
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


def _empty_group_message(group: Group) -> str:
    if group.grouping is Grouping.YEARS:
        return _("the year %(year)s has no items under it.") % {"year": group.text}
    if group.grouping is Grouping.MONTHS:
        return _("the month %(month)s has no items under it.") % {"month": group.text}
    return _("the heading “%(heading)s” has no items under it.") % {"heading": group.text}


def _not_an_item_message(group: Group) -> str:
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

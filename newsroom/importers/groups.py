"""The body of a listing: its introduction, its group headings and its numbered items.

Below its heading, a listing has an optional introduction paragraph, group headings (years or
months, newest first, or the kind's own groups such as “Upcoming events” in their fixed order),
and items numbered from 1 under each group heading (``docs/text-forms.md``). This module cuts
the body into the paragraphs of each item and checks the headings and the numbering; what the
paragraphs of an item say is read by ``items.py``.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from newsroom.stories.old_site import Grouping, ListingLayout

from .errors import ListingError
from .fields import MONTH_HEADING, month_number
from .layouts import normalised_heading
from .text import Paragraph

ITEM_LINE = re.compile(r"^\s*(?P<number>\d+)\.(?:\s+(?P<text>.*))?$")
YEAR_HEADING = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Group:
    """A group heading of a listing: a year, a month or one of the kind's own groups."""

    paragraph: Paragraph
    grouping: Grouping
    # Years and months grow with time; named groups by their place in the listing.
    order: tuple[int, ...]

    @property
    def text(self) -> str:
        return self.paragraph.text


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
    return intro, items


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

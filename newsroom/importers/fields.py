"""The forms the old site writes an item's details in: dates and ranges, an event's days and
venue, a project's funder line, a publication's document line and a video's duration line.

Listings and item pages write these the same way (``docs/text-forms.md``), so both readers use
these functions. Each returns None when a paragraph is not of its form, so that a reader can try
the forms an item may have in turn, and refuses, with the paragraph's line, a paragraph that is
of its form but says something impossible (31 February, a range ending before it starts…).
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext as _

from newsroom.stories.kinds import Kind

from .errors import ListingError

# The kinds whose shown date is their own days — an event's days, a project's duration — not
# their publication date. A country's page files them under the month they were published
# whatever their days, and their own page shows those days where the byline would be.
OWN_DAYS = {Kind.EVENT, Kind.PROJECT}

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
# A month of a country's page: “June 2019”.
MONTH_HEADING = re.compile(rf"^{_MONTH.format(name='month')}\s+{_year('year')}$", re.IGNORECASE)
VENUE_BAR = "|"
ONLINE = "online"
FUNDER_LINE = re.compile(r"^Funder:\s*(?P<funder>.*)$", re.IGNORECASE)
DOCUMENT_LINE = re.compile(r"^Download\s*\((?P<document>[^()]*)\)$", re.IGNORECASE)
DURATION_LINE = re.compile(r"^Size/duration:\s*(?P<duration>.*)$", re.IGNORECASE)
DURATION = re.compile(r"^(?P<hours>\d{1,3}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)$")


def month_number(name: str) -> int:
    """The number of the month ``name`` (“june”, “June”) names, 1 for January."""
    return MONTHS.index(name.lower()) + 1


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
    return date(int(year), month_number(month), int(day))


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

"""When an undated page of the old site was published, told from the pages around it.

Many item pages of the old site show no date: events and projects without days, programme
pages, fact sheets. Published here at the moment of the import, a whole archive of them would
stand at the top of What's new and of every feed, as if new. The old site numbered its pages
as it made them (``WCMS_141713`` in 2010, ``WCMS_901128`` in 2023), so an undated page was
published between the dated pages numbered just below and just above it: its time is taken
on the line between theirs, by its number. With dated pages on one side only, it takes the
nearest one's time; with none, the moment of the import.

Dated pages are those whose byline gives their date (``DateDisplay.DATE``), in the same
language: their times are the office's own, not estimates.
"""

import re
from bisect import bisect_left
from datetime import datetime

from django.db.models import Value
from django.db.models.functions import LPad, Substr
from wagtail.models import Locale

from newsroom.stories.kinds import DateDisplay
from newsroom.stories.models import StoryPage

LEGACY_NUMBER = re.compile(r"^WCMS_(?P<number>\d{1,9})$")
PREFIX = len("WCMS_")
# Numbers are compared as text padded to this width: no cast that a stray id could break.
WIDTH = 9
# Neighbours looked at for one with a time, in the rare case the nearest was never published.
NEAREST = 20


def legacy_number(legacy_id: str) -> int | None:
    match = LEGACY_NUMBER.match(legacy_id)
    return int(match["number"]) if match else None


def estimated_publication(locale: Locale, legacy_id: str) -> datetime | None:
    """The time an undated old page numbered ``legacy_id`` was published, told from the dated
    pages numbered nearest below and above it; None when no dated page tells it."""
    number = legacy_number(legacy_id)
    if number is None:
        return None
    dated = (
        StoryPage.objects.filter(
            locale=locale,
            date_display=DateDisplay.DATE,
            legacy_id__regex=r"^WCMS_[0-9]{1,9}$",
        )
        .exclude(legacy_id=legacy_id)
        .annotate(key=LPad(Substr("legacy_id", PREFIX + 1), WIDTH, Value("0")))
    )
    key = f"{number:0{WIDTH}d}"
    before = dated.filter(key__lt=key).order_by("-key").values_list("legacy_id", "published_at")
    after = dated.filter(key__gt=key).order_by("key").values_list("legacy_id", "published_at")
    return _between(number, _nearest_with_time(before), _nearest_with_time(after))


def _nearest_with_time(rows) -> tuple[int, datetime] | None:
    """The first of ``rows`` (legacy id, time) that has a time: a story never published has
    none, and tells nothing."""
    for legacy_id, moment in rows[:NEAREST]:
        if moment is not None:
            return legacy_number(legacy_id), moment
    return None


def _between(
    number: int, below: tuple[int, datetime] | None, above: tuple[int, datetime] | None
) -> datetime | None:
    """The time on the line between the dated pages ``below`` and ``above`` (number, time)."""
    if below is None or above is None:
        nearest = below or above
        return nearest[1] if nearest else None
    share = (number - below[0]) / (above[0] - below[0])
    moment = below[1] + (above[1] - below[1]) * share
    return moment.replace(second=0, microsecond=0)


class Timeline:
    """The dated old pages of one language, by number, read once for the many estimates of an
    archive import; the pages it dates as it goes are added with :meth:`add`. Gives the
    answers of :func:`estimated_publication`."""

    def __init__(self, locale: Locale) -> None:
        rows = (
            StoryPage.objects.filter(
                locale=locale, date_display=DateDisplay.DATE, legacy_id__startswith="WCMS_"
            )
            .values_list("legacy_id", "published_at")
            .iterator(chunk_size=2000)
        )
        self._pages = [
            (number, moment)
            for legacy_id, moment in rows
            if moment is not None and (number := legacy_number(legacy_id))
        ]
        self._sorted = False

    def add(self, legacy_id: str, moment: datetime) -> None:
        number = legacy_number(legacy_id)
        if number is not None:
            self._pages.append((number, moment))
            self._sorted = False

    def estimate(self, legacy_id: str) -> datetime | None:
        number = legacy_number(legacy_id)
        if number is None:
            return None
        if not self._sorted:
            self._pages.sort()
            self._sorted = True
        pages = self._pages
        index = bisect_left(pages, (number,))
        below = pages[index - 1] if index > 0 else None
        after = index
        while after < len(pages) and pages[after][0] == number:
            after += 1
        above = pages[after] if after < len(pages) else None
        return _between(number, below, above)

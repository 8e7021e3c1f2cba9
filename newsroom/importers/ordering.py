"""The publication timestamps that make a listing show its stories in the file's order.

Listings order stories by ``published_at``, newest first, while the date a reader sees is stored
apart (``date_display`` with ``date_start``/``date_end``). So each imported story gets a timestamp
that keeps the old site's order exactly — undated items included — without changing the date it
shows.
"""

import calendar
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from django.utils import timezone

from newsroom.stories.models import local_noon

STEP = timedelta(minutes=1)


def publication_times(
    dates: Sequence[date | None],
    *,
    existing: Sequence[datetime | None] | None = None,
    now: datetime | None = None,
) -> list[datetime]:
    """One timestamp per item, strictly decreasing in file order.

    ``dates`` holds each item's date (the first day of a range), None when undated.
    ``existing`` holds the timestamp of the story each item already is, if any; it anchors a
    file without any date, so that importing it again changes nothing. ``now`` anchors a new
    file without any date.
    """
    if not dates:
        return []
    anchor_index, anchor = _anchor(dates, existing, now)
    times: list[datetime] = [anchor] * len(dates)
    for index in range(anchor_index - 1, -1, -1):
        times[index] = times[index + 1] + STEP
    for index in range(anchor_index + 1, len(dates)):
        previous = times[index - 1]
        day = dates[index]
        noon = local_noon(day) if day is not None else None
        # A date later than the item above it (or the same) must still sort below it.
        times[index] = noon if noon is not None and noon < previous else previous - STEP
    return times


def _anchor(
    dates: Sequence[date | None],
    existing: Sequence[datetime | None] | None,
    now: datetime | None,
) -> tuple[int, datetime]:
    for index, day in enumerate(dates):
        if day is not None:
            return index, local_noon(day)
    for index, moment in enumerate(existing or ()):
        if moment is not None:
            return index, moment
    moment = now or timezone.now()
    return 0, moment.replace(second=0, microsecond=0)


def announcement_times(
    dates: Sequence[date | None],
    *,
    existing: Sequence[datetime | None],
    now: datetime | None = None,
) -> list[datetime]:
    """One timestamp per item of a listing ordered by its items' own days (events, projects),
    where ``published_at`` only settles ties and undated items.

    A story that exists keeps its time, so that importing the listing does not move it in What's
    new. A new one gets its time in file order, never in the future: an event announced ahead is
    new when it is published, not on its first day.
    """
    now = (now or timezone.now()).replace(microsecond=0)
    times = publication_times(dates, existing=existing, now=now)
    return [
        old if old is not None else min(time, now - STEP * index)
        for index, (time, old) in enumerate(zip(times, existing, strict=True))
    ]


def publication_times_by_year(
    years: Sequence[int],
    dates: Sequence[date | None],
    *,
    existing: Sequence[datetime | None],
    now: datetime | None = None,
) -> list[datetime]:
    """One timestamp per item of a listing under year headings (written, or told by the dates
    where the copy lost them), strictly decreasing in file order and each within its year.

    Such a listing files each story under the year it was published. Ordered as one list, an
    undated item at the top of a year would take the minutes below the year above it, and show
    under that year; so each year is ordered on its own, as ``publication_times`` orders a
    file. A year without any date keeps the time of a story of it that exists, or else starts
    at noon of its last day (at the current minute, for the current year), so that importing
    again changes nothing.
    """
    now = now or timezone.now()
    times: list[datetime] = []
    start = 0
    while start < len(years):
        end = start
        while end < len(years) and years[end] == years[start]:
            end += 1
        year = years[start]
        in_year = [
            moment if moment is not None and timezone.localtime(moment).year == year else None
            for moment in existing[start:end]
        ]
        last_noon = local_noon(date(year, 12, 31))
        times.extend(publication_times(dates[start:end], existing=in_year, now=min(now, last_noon)))
        start = end
    return times


def publication_times_by_month(
    months: Sequence[tuple[int, int]], dates: Sequence[date | None]
) -> list[datetime]:
    """One timestamp per item of a listing under month headings (a country's page), strictly
    decreasing in file order and each within the month its item stands under.

    Such a page files each story under the month it was published, whatever days it shows (a
    project of 2019–2022 under November 2021): a date is the item's time only when it falls in
    its month; the other items take their place between their neighbours, and a month without
    such a date is anchored at noon of its last day, so that importing again changes nothing.
    """
    times: list[datetime] = []
    start = 0
    while start < len(months):
        end = start
        while end < len(months) and months[end] == months[start]:
            end += 1
        year, month = months[start]
        in_month = [
            day if day is not None and (day.year, day.month) == (year, month) else None
            for day in dates[start:end]
        ]
        last_day = date(year, month, calendar.monthrange(year, month)[1])
        times.extend(publication_times(in_month, now=local_noon(last_day)))
        start = end
    return times

"""The publication timestamps that make a listing show its stories in the file's order.

Listings order stories by ``published_at``, newest first, while the date a reader sees is stored
apart (``date_display`` with ``date_start``/``date_end``). So each imported story gets a timestamp
that keeps the old site's order exactly — undated items included — without changing the date it
shows.
"""

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

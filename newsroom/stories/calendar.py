"""What a story needs to be an entry of a calendar: when it takes place, and where.

A kind whose stories take place on days of their own (events) gives these from its page's
``calendar_details()``; other stories have none. The calendars themselves, in iCalendar, are
written by ``newsroom/feeds/calendars.py``.
"""

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class CalendarDetails:
    """When and where a story takes place, as a calendar entry states it."""

    first_day: date
    last_day: date
    # The moments it begins and ends, in its own time zone; both None when it takes whole days.
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    # Where it takes place, as readers are told: a venue, “Online”, or empty.
    location: str = ""

    @property
    def is_timed(self) -> bool:
        return self.starts_at is not None and self.ends_at is not None

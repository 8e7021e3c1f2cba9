"""Today's date (``core/clock.py``), on which upcoming events and ongoing projects depend: the
office's day, in its time zone, not UTC's or the server's."""

from datetime import UTC, date, datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from newsroom.core import clock


@pytest.fixture
def now(monkeypatch):
    """Stop the clock at a moment given in UTC."""

    def stop_at(moment: datetime) -> None:
        monkeypatch.setattr(timezone, "now", lambda: moment)

    return stop_at


@override_settings(TIME_ZONE="Asia/Shanghai")
def test_the_day_is_the_offices_not_utcs(now):
    # 17:30 UTC on 6 October is already 7 October in Beijing (the office's TIME_ZONE).
    now(datetime(2021, 10, 6, 17, 30, tzinfo=UTC))

    assert clock.today() == date(2021, 10, 7)


@override_settings(TIME_ZONE="Asia/Shanghai")
@pytest.mark.parametrize(
    "utc, day",
    [
        (datetime(2021, 10, 6, 15, 59, 59, tzinfo=UTC), date(2021, 10, 6)),
        (datetime(2021, 10, 6, 16, 0, tzinfo=UTC), date(2021, 10, 7)),
    ],
)
def test_the_day_turns_at_midnight_in_beijing(now, utc, day):
    now(utc)

    assert clock.today() == day


@pytest.mark.parametrize(
    "zone, day", [("UTC", date(2021, 10, 6)), ("Asia/Ulaanbaatar", date(2021, 10, 7))]
)
def test_the_day_follows_the_time_zone_the_office_is_set_to(now, zone, day):
    now(datetime(2021, 10, 6, 17, 30, tzinfo=UTC))

    with override_settings(TIME_ZONE=zone):
        assert clock.today() == day

"""Publication timestamps that keep a listing in its file's order without moving shown dates."""

from datetime import date, datetime, timedelta

from django.utils import timezone

from newsroom.importers.ordering import (
    announcement_times,
    publication_times,
    publication_times_by_year,
)
from newsroom.importers.parser import read_listing_file
from newsroom.stories.models import local_noon

MINUTE = timedelta(minutes=1)


def test_dated_items_are_published_at_local_noon_of_their_date():
    times = publication_times([date(2021, 11, 27), date(2021, 11, 18), date(2021, 11, 3)])

    assert times == [
        local_noon(date(2021, 11, 27)),
        local_noon(date(2021, 11, 18)),
        local_noon(date(2021, 11, 3)),
    ]
    assert all(timezone.localtime(moment).hour == 12 for moment in times)


def test_an_item_with_the_same_date_as_the_one_above_comes_a_minute_earlier():
    times = publication_times([date(2017, 3, 28), date(2017, 3, 28)])

    assert times == [local_noon(date(2017, 3, 28)), local_noon(date(2017, 3, 28)) - MINUTE]


def test_an_item_dated_later_than_the_one_above_still_sorts_below_it():
    times = publication_times([date(2017, 3, 9), date(2017, 3, 22)])

    assert times == [local_noon(date(2017, 3, 9)), local_noon(date(2017, 3, 9)) - MINUTE]


def test_undated_items_take_the_minutes_below_the_item_above():
    times = publication_times([date(2017, 3, 28), None, None, date(2017, 3, 22), None])

    noon_28, noon_22 = local_noon(date(2017, 3, 28)), local_noon(date(2017, 3, 22))
    assert times == [noon_28, noon_28 - MINUTE, noon_28 - 2 * MINUTE, noon_22, noon_22 - MINUTE]


def test_undated_items_before_the_first_date_take_the_minutes_above_it():
    times = publication_times([None, None, date(2019, 5, 6), None])

    noon = local_noon(date(2019, 5, 6))
    assert times == [noon + 2 * MINUTE, noon + MINUTE, noon, noon - MINUTE]


def test_a_file_without_dates_keeps_the_time_of_the_story_it_already_published():
    published = timezone.make_aware(datetime(2024, 5, 2, 9, 30))

    times = publication_times([None, None, None], existing=[None, published, None])

    assert times == [published + MINUTE, published, published - MINUTE]


def test_a_new_file_without_dates_starts_at_the_current_minute():
    now = timezone.make_aware(datetime(2024, 5, 2, 9, 30, 41, 5000))

    times = publication_times([None, None], now=now)

    start = timezone.make_aware(datetime(2024, 5, 2, 9, 30))
    assert times == [start, start - MINUTE]


def test_existing_times_do_not_move_a_dated_file():
    published = timezone.make_aware(datetime(2024, 5, 2, 9, 30))

    times = publication_times([date(2017, 3, 28)], existing=[published])

    assert times == [local_noon(date(2017, 3, 28))]


def test_no_items_no_times():
    assert publication_times([]) == []


def test_the_seeds_come_out_strictly_newest_first(seeds_dir):
    for name in ("whats-new.txt", "news-and-press-releases.txt"):
        items = read_listing_file(seeds_dir / name).items

        times = publication_times([item.date_start for item in items])

        assert len(times) == len(items)
        assert all(later > earlier for later, earlier in zip(times, times[1:], strict=False))
        for item, moment in zip(items, times, strict=True):
            if item.date_start is not None:
                assert timezone.localdate(moment) == item.date_start


def test_an_event_announced_ahead_is_not_published_in_the_future():
    now = timezone.make_aware(datetime(2021, 9, 1, 9, 30))
    dates = [date(2021, 10, 6), date(2021, 10, 20), date(2015, 10, 13), None]

    times = announcement_times(dates, existing=[None] * 4, now=now)

    assert times[0] <= now and times[1] < times[0]
    assert times[2] == local_noon(date(2015, 10, 13))
    assert times == sorted(times, reverse=True) and len(set(times)) == 4


def test_events_that_exist_keep_their_time():
    now = timezone.make_aware(datetime(2021, 9, 1, 9, 30))
    announced = timezone.make_aware(datetime(2021, 8, 2, 10))

    times = announcement_times(
        [date(2021, 10, 6), date(2015, 10, 13)], existing=[announced, None], now=now
    )

    assert times == [announced, local_noon(date(2015, 10, 13))]


def test_an_undated_item_at_the_top_of_a_year_is_published_within_it():
    times = publication_times_by_year(
        [2021, 2020, 2020, 2020],
        [date(2021, 3, 1), None, date(2020, 5, 5), None],
        existing=[None] * 4,
    )

    noon_2021, noon_2020 = local_noon(date(2021, 3, 1)), local_noon(date(2020, 5, 5))
    assert times == [noon_2021, noon_2020 + MINUTE, noon_2020, noon_2020 - MINUTE]
    assert [timezone.localtime(moment).year for moment in times] == [2021, 2020, 2020, 2020]


def test_a_year_without_dates_keeps_a_time_of_its_year_or_starts_at_its_last_noon():
    now = timezone.make_aware(datetime(2024, 5, 2, 9, 30))
    kept = timezone.make_aware(datetime(2019, 6, 1, 10))
    elsewhere = timezone.make_aware(datetime(2023, 1, 5, 10))

    times = publication_times_by_year(
        [2024, 2019, 2019, 2018],
        [None, None, None, None],
        existing=[None, None, kept, elsewhere],
        now=now,
    )

    assert times == [now, kept + MINUTE, kept, local_noon(date(2018, 12, 31))]

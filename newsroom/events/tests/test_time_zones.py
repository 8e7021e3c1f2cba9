"""The time zone of an event's venue (``events/time_zones.py``): any name of the IANA
database, the office's by default, and a clear message for anything else."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from newsroom.events.time_zones import default_time_zone, time_zone_names, validate_time_zone


def refusal(value: str) -> str:
    with pytest.raises(ValidationError) as raised:
        validate_time_zone(value)
    return raised.value.messages[0]


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "Asia/Ulaanbaatar", "Europe/Zurich", "UTC"])
def test_a_name_of_the_time_zone_database_is_a_time_zone(zone):
    validate_time_zone(zone)


@pytest.mark.parametrize("zone", ["Mars/Olympus", "asia/shanghai", "Asia/Shanghai ", "+08:00"])
def test_anything_else_is_refused_with_an_example_of_a_time_zone(zone):
    assert refusal(zone) == (
        f"“{zone}” is not a time zone. Choose one from the list, such as Asia/Shanghai."
    )


def test_the_refusal_quotes_no_more_than_64_characters():
    assert refusal("Asia/" + "x" * 200).startswith(f"“Asia/{'x' * 59}” is not a time zone.")


def test_the_editor_chooses_from_every_name_in_alphabetical_order():
    names = time_zone_names()

    assert list(names) == sorted(names)
    assert len(set(names)) == len(names)
    assert {"Asia/Shanghai", "Asia/Ulaanbaatar", "Asia/Hong_Kong"} <= set(names)


def test_the_default_is_the_offices_time_zone():
    with override_settings(TIME_ZONE="Asia/Ulaanbaatar"):
        assert default_time_zone() == "Asia/Ulaanbaatar"
    with override_settings(TIME_ZONE="Asia/Shanghai"):
        assert default_time_zone() == "Asia/Shanghai"

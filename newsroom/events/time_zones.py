"""The time zone of an event's venue: any name of the IANA database, the office's by default.

No list of choices is stored with the field, so that a new release of the time-zone database
needs no migration; the editor's form offers the names of the database installed."""

from functools import cache
from zoneinfo import available_timezones

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def default_time_zone() -> str:
    return settings.TIME_ZONE


@cache
def time_zone_names() -> tuple[str, ...]:
    return tuple(sorted(available_timezones()))


def validate_time_zone(value: str) -> None:
    if value not in time_zone_names():
        raise ValidationError(
            _("“%(value)s” is not a time zone. Choose one from the list, such as Asia/Shanghai.")
            % {"value": value[:64]}
        )

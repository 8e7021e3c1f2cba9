"""How video and audio stories write their duration: “00:12:28”, in a ``<time>`` element."""

from datetime import timedelta

from django import template
from django.utils.html import format_html

register = template.Library()


def clock_duration(duration: timedelta) -> str:
    """``duration`` as hours, minutes and seconds, each two digits: ``00:12:28``."""
    seconds = int(duration.total_seconds())
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def iso_duration(duration: timedelta) -> str:
    """``duration`` as a machine-readable ``<time>`` value: ``PT12M28S``."""
    seconds = int(duration.total_seconds())
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    return f"PT{hours}H{minutes}M{seconds}S"


@register.simple_tag
def duration_time(duration: timedelta | None) -> str:
    """``<time datetime="PT0H12M28S">00:12:28</time>``, or nothing without a duration."""
    if duration is None:
        return ""
    return format_html(
        '<time datetime="{}">{}</time>', iso_duration(duration), clock_duration(duration)
    )

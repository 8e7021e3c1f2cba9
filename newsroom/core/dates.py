"""Dates written the way the office writes them: “03 November 2021”, “13 - 14 October 2015”."""

from datetime import date

from django.utils.formats import date_format

RANGE_SEPARATOR = " - "

# Kinds whose dates are written with the day unpadded, as the reference writes them.
UNPADDED_KINDS = {"event", "project"}


def format_day(day: date, padded: bool = True) -> str:
    """A single date; press releases and What's new pad the day, events do not."""
    return date_format(day, "d F Y" if padded else "j F Y")


def range_parts(start: date, end: date) -> tuple[str, str]:
    """The two halves of a range, the shared month and year written once, in the second."""
    end_text = format_day(end, padded=False)
    if (start.year, start.month) == (end.year, end.month):
        return str(start.day), end_text
    if start.year == end.year:
        return date_format(start, "j F"), end_text
    return format_day(start, padded=False), end_text


def format_range(start: date, end: date) -> str:
    if start == end:
        return format_day(start, padded=False)
    return RANGE_SEPARATOR.join(range_parts(start, end))


def story_date_text(story) -> str:
    """The date a story shows, as plain text in its kind's form, or "" when it shows none."""
    day = story.shown_date
    if day:
        return format_day(day, padded=story.kind not in UNPADDED_KINDS)
    shown_range = story.shown_range
    return format_range(*shown_range) if shown_range else ""

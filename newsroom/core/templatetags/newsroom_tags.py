from django import template
from django.utils.html import format_html

from newsroom.core import dates
from newsroom.core.dates import UNPADDED_KINDS, format_day, range_parts
from newsroom.core.navigation import breadcrumbs as trail

register = template.Library()


@register.simple_tag
def story_date(story, padded: bool | None = None) -> str:
    """The story's date as ``<time>`` elements, or nothing when it shows none.

    Events and projects write the day unpadded in English (`6 October 2021`); other kinds pad
    it. A range is two ``<time>`` elements with the language's separator between them.
    """
    if padded is None:
        padded = story.kind not in UNPADDED_KINDS
    day = story.shown_date
    if day:
        return format_html(
            '<time datetime="{}">{}</time>', day.isoformat(), format_day(day, padded)
        )
    shown_range = story.shown_range
    if not shown_range:
        return ""
    start, end = shown_range
    if start == end:
        return format_html(
            '<time datetime="{}">{}</time>', end.isoformat(), format_day(end, padded=False)
        )
    first, separator, last = range_parts(start, end)
    return format_html(
        '<time datetime="{}">{}</time>{}<time datetime="{}">{}</time>',
        start.isoformat(),
        first,
        separator,
        end.isoformat(),
        last,
    )


@register.filter
def year_heading(year: int | str | None) -> str | None:
    """A year as the heading of its stories in the active language (“2021”, “2021年”); what is
    not a year is shown as it is."""
    try:
        number = int(year)
    except (TypeError, ValueError):
        return year
    return dates.year_heading(number)


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail to the page; a page's sub-pages add their own steps as ``breadcrumb_tail``."""
    request = context.get("request")
    page = context.get("page")
    crumbs = trail(request, page, context.get("breadcrumb_tail")) if request else []
    return {"crumbs": crumbs}

"""Dates, date ranges and year and month headings, written in the form of the active language.

Every date the site shows is written here, so that a page in English, Chinese or Mongolian
writes its dates the way readers of that language do:

- English: “03 November 2021”, “13 - 14 October 2015”, “2021”, “June 2019”;
- Chinese: “2021年11月27日”, “2015年10月13日至14日”, “2021年”, “2019年6月”;
- Mongolian: “2021 оны 11 сарын 27”, “2015 оны 10 сарын 13-14”, “2021 он”, “2019 оны 6 сар”.

Any other language (or none) gets the English forms. Django's locale formats are not used: their
Chinese and Mongolian month names are not these forms, and they would turn the English forms
into another language's whenever another language is active.
"""

from datetime import date

from django.utils.translation import get_language

# Kinds whose dates are written with the day unpadded, as the reference writes them.
UNPADDED_KINDS = {"event", "project"}

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class _English:
    """“03 November 2021”; a range writes the month and year it shares once, in its end."""

    def day(self, day: date, padded: bool) -> str:
        number = f"{day.day:02d}" if padded else str(day.day)
        return f"{number} {self._month_year(day)}"

    def range_parts(self, start: date, end: date) -> tuple[str, str, str]:
        last = self.day(end, padded=False)
        if (start.year, start.month) == (end.year, end.month):
            first = str(start.day)
        elif start.year == end.year:
            first = f"{start.day} {ENGLISH_MONTHS[start.month - 1]}"
        else:
            first = self.day(start, padded=False)
        return first, " - ", last

    def year(self, year: int) -> str:
        return str(year)

    def month(self, day: date) -> str:
        return self._month_year(day)

    @staticmethod
    def _month_year(day: date) -> str:
        # Django's "Y" pads the year to four digits; kept so that English stays as it was.
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.year:04d}"


class _Chinese:
    """“2021年11月27日”; a range writes the year and month it shares once, in its start."""

    def day(self, day: date, padded: bool) -> str:
        return f"{day.year}年{day.month}月{day.day}日"

    def range_parts(self, start: date, end: date) -> tuple[str, str, str]:
        if (start.year, start.month) == (end.year, end.month):
            last = f"{end.day}日"
        elif start.year == end.year:
            last = f"{end.month}月{end.day}日"
        else:
            last = self.day(end, padded=False)
        return self.day(start, padded=False), "至", last

    def year(self, year: int) -> str:
        return f"{year}年"

    def month(self, day: date) -> str:
        return f"{day.year}年{day.month}月"


class _Mongolian:
    """“2021 оны 11 сарын 27”; a range writes the year and month it shares once, in its start,
    and joins the days of one month with a bare hyphen (“13-14”)."""

    def day(self, day: date, padded: bool) -> str:
        return f"{day.year} оны {day.month} сарын {day.day}"

    def range_parts(self, start: date, end: date) -> tuple[str, str, str]:
        first = self.day(start, padded=False)
        if (start.year, start.month) == (end.year, end.month):
            return first, "-", str(end.day)
        if start.year == end.year:
            return first, " - ", f"{end.month} сарын {end.day}"
        return first, " - ", self.day(end, padded=False)

    def year(self, year: int) -> str:
        return f"{year} он"

    def month(self, day: date) -> str:
        return f"{day.year} оны {day.month} сар"


_ENGLISH = _English()
_CHINESE = _Chinese()
_MONGOLIAN = _Mongolian()


def _style() -> _English | _Chinese | _Mongolian:
    """The forms of the active language; ``zh``, ``zh-hans`` and ``zh-Hans`` are one language."""
    language = (get_language() or "").lower().replace("_", "-")
    if language in ("zh", "zh-hans") or language.startswith("zh-hans-"):
        return _CHINESE
    if language == "mn" or language.startswith("mn-"):
        return _MONGOLIAN
    return _ENGLISH


def format_day(day: date, padded: bool = True) -> str:
    """A single date. In English press releases and What's new pad the day (“03 November
    2021”) and events and projects do not; Chinese and Mongolian never pad it."""
    return _style().day(day, padded)


def range_parts(start: date, end: date) -> tuple[str, str, str]:
    """A range of two different days as (first, separator, last), so that each end can be
    marked up on its own; the shared year and month are written once, where the language puts
    them."""
    return _style().range_parts(start, end)


def format_range(start: date, end: date) -> str:
    """A range as text; a range of one day is that day, unpadded."""
    if start == end:
        return format_day(start, padded=False)
    return "".join(range_parts(start, end))


def year_heading(year: int) -> str:
    """The heading of a year's stories: “2021”, “2021年”, “2021 он”."""
    return _style().year(year)


def month_heading(day: date) -> str:
    """The heading of the stories of ``day``'s month: “June 2019”, “2019年6月”, “2019 оны 6 сар”."""
    return _style().month(day)


def story_date_text(story) -> str:
    """The date a story shows, as plain text in its kind's form, or "" when it shows none."""
    day = story.shown_date
    if day:
        return format_day(day, padded=story.kind not in UNPADDED_KINDS)
    shown_range = story.shown_range
    return format_range(*shown_range) if shown_range else ""

"""Dates, ranges and year and month headings in the form of the active language."""

from datetime import date
from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import translation

from newsroom.core.dates import (
    format_day,
    format_range,
    month_heading,
    range_parts,
    story_date_text,
    year_heading,
)
from newsroom.core.templatetags.newsroom_tags import story_date

DAY = date(2021, 11, 3)
SAME_MONTH = (date(2015, 10, 13), date(2015, 10, 14))
SAME_YEAR = (date(2015, 9, 14), date(2015, 12, 31))
ACROSS_YEARS = (date(2015, 12, 30), date(2016, 1, 2))


def story(kind="news", day=None, shown_range=None):
    return SimpleNamespace(kind=kind, shown_date=day, shown_range=shown_range)


@pytest.mark.parametrize(
    ("language", "padded", "expected"),
    [
        ("en", True, "03 November 2021"),
        ("en", False, "3 November 2021"),
        ("zh-hans", True, "2021年11月3日"),
        ("zh-hans", False, "2021年11月3日"),
        ("mn", True, "2021 оны 11 сарын 3"),
        ("mn", False, "2021 оны 11 сарын 3"),
    ],
)
def test_a_day(language, padded, expected):
    with translation.override(language):
        assert format_day(DAY, padded=padded) == expected


def test_a_day_is_padded_in_english_unless_asked_not_to():
    with translation.override("en"):
        assert format_day(DAY) == "03 November 2021"
        assert format_day(date(2021, 11, 27)) == "27 November 2021"


@pytest.mark.parametrize("language", ["zh-hans", "zh-Hans", "zh", "zh_Hans"])
def test_every_spelling_of_simplified_chinese_is_chinese(language):
    with translation.override(language):
        assert format_day(date(2021, 11, 27)) == "2021年11月27日"


@pytest.mark.parametrize("language", ["fr", "de", "zh-hant", "ru"])
def test_another_language_writes_english(language):
    with translation.override(language):
        assert format_day(DAY) == "03 November 2021"
        assert format_range(*SAME_YEAR) == "14 September - 31 December 2015"
        assert year_heading(2021) == "2021"
        assert month_heading(date(2019, 6, 1)) == "June 2019"


def test_no_language_writes_english():
    with translation.override(None):
        assert format_day(DAY) == "03 November 2021"
        assert month_heading(date(2019, 6, 1)) == "June 2019"


@pytest.mark.parametrize(
    ("language", "dates", "expected"),
    [
        ("en", SAME_MONTH, ("13", " - ", "14 October 2015")),
        ("en", SAME_YEAR, ("14 September", " - ", "31 December 2015")),
        ("en", ACROSS_YEARS, ("30 December 2015", " - ", "2 January 2016")),
        ("zh-hans", SAME_MONTH, ("2015年10月13日", "至", "14日")),
        ("zh-hans", SAME_YEAR, ("2015年9月14日", "至", "12月31日")),
        ("zh-hans", ACROSS_YEARS, ("2015年12月30日", "至", "2016年1月2日")),
        ("mn", SAME_MONTH, ("2015 оны 10 сарын 13", "-", "14")),
        ("mn", SAME_YEAR, ("2015 оны 9 сарын 14", " - ", "12 сарын 31")),
        ("mn", ACROSS_YEARS, ("2015 оны 12 сарын 30", " - ", "2016 оны 1 сарын 2")),
    ],
)
def test_the_parts_of_a_range(language, dates, expected):
    with translation.override(language):
        assert range_parts(*dates) == expected


@pytest.mark.parametrize(
    ("language", "dates", "expected"),
    [
        ("en", SAME_MONTH, "13 - 14 October 2015"),
        ("en", SAME_YEAR, "14 September - 31 December 2015"),
        ("en", ACROSS_YEARS, "30 December 2015 - 2 January 2016"),
        ("zh-hans", SAME_MONTH, "2015年10月13日至14日"),
        ("zh-hans", SAME_YEAR, "2015年9月14日至12月31日"),
        ("zh-hans", ACROSS_YEARS, "2015年12月30日至2016年1月2日"),
        ("mn", SAME_MONTH, "2015 оны 10 сарын 13-14"),
        ("mn", SAME_YEAR, "2015 оны 9 сарын 14 - 12 сарын 31"),
        ("mn", ACROSS_YEARS, "2015 оны 12 сарын 30 - 2016 оны 1 сарын 2"),
    ],
)
def test_a_range_as_text(language, dates, expected):
    with translation.override(language):
        assert format_range(*dates) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "3 November 2021"), ("zh-hans", "2021年11月3日"), ("mn", "2021 оны 11 сарын 3")],
)
def test_a_range_of_one_day_is_that_day_unpadded(language, expected):
    with translation.override(language):
        assert format_range(DAY, DAY) == expected


@pytest.mark.parametrize(
    ("language", "year", "month"),
    [
        ("en", "2021", "June 2019"),
        ("zh-hans", "2021年", "2019年6月"),
        ("mn", "2021 он", "2019 оны 6 сар"),
    ],
)
def test_year_and_month_headings(language, year, month):
    with translation.override(language):
        assert year_heading(2021) == year
        assert month_heading(date(2019, 6, 14)) == month


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "2021"), ("zh-hans", "2021年"), ("mn", "2021 он")],
)
def test_the_year_heading_filter(language, expected):
    template = Template("{% load newsroom_tags %}{{ year|year_heading }}")
    with translation.override(language):
        assert template.render(Context({"year": 2021})) == expected
        assert template.render(Context({"year": None})) == "None"


def test_the_plain_text_of_a_story_keeps_its_kind_form_in_english():
    with translation.override("en"):
        assert story_date_text(story("press_release", day=DAY)) == "03 November 2021"
        assert story_date_text(story("event", day=DAY)) == "3 November 2021"
        assert story_date_text(story("event", shown_range=SAME_MONTH)) == "13 - 14 October 2015"
        assert story_date_text(story("news")) == ""


@pytest.mark.parametrize("kind", ["press_release", "event"])
def test_the_plain_text_of_a_story_in_chinese_and_mongolian(kind):
    with translation.override("zh-hans"):
        assert story_date_text(story(kind, day=DAY)) == "2021年11月3日"
    with translation.override("mn"):
        assert story_date_text(story(kind, day=DAY)) == "2021 оны 11 сарын 3"


def test_story_date_html_for_a_range_in_english():
    with translation.override("en"):
        assert story_date(story("event", shown_range=SAME_YEAR)) == (
            '<time datetime="2015-09-14">14 September</time> - '
            '<time datetime="2015-12-31">31 December 2015</time>'
        )


def test_story_date_html_for_a_range_in_chinese():
    with translation.override("zh-hans"):
        assert story_date(story("event", shown_range=SAME_MONTH)) == (
            '<time datetime="2015-10-13">2015年10月13日</time>至'
            '<time datetime="2015-10-14">14日</time>'
        )
        assert story_date(story("event", shown_range=ACROSS_YEARS)) == (
            '<time datetime="2015-12-30">2015年12月30日</time>至'
            '<time datetime="2016-01-02">2016年1月2日</time>'
        )


def test_story_date_html_for_a_range_of_one_month_in_mongolian():
    with translation.override("mn"):
        assert story_date(story("project", shown_range=SAME_MONTH)) == (
            '<time datetime="2015-10-13">2015 оны 10 сарын 13</time>-'
            '<time datetime="2015-10-14">14</time>'
        )


def test_story_date_html_for_a_day():
    padded_kind = story("press_release", day=DAY)
    with translation.override("en"):
        assert story_date(padded_kind) == '<time datetime="2021-11-03">03 November 2021</time>'
    with translation.override("zh-hans"):
        assert story_date(padded_kind) == '<time datetime="2021-11-03">2021年11月3日</time>'

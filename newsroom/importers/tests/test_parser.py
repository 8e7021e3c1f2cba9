"""Reading listing files: the seeds as the old site shows them, and every fault with its line."""

from dataclasses import replace
from datetime import date

import pytest

from newsroom.importers.parser import ListingError, parse_listing, read_listing_file


def test_whats_new_seed_reads_as_ten_items_in_order(seeds_dir):
    listing = read_listing_file(seeds_dir / "whats-new.txt")

    assert listing.heading == "What's new"
    assert listing.intro == ""
    assert listing.kind_of_listing == "whats_new"
    assert [item.number for item in listing.items] == list(range(1, 11))
    first = listing.items[0]
    assert first.line == 3
    assert first.year_heading is None
    assert first.kicker == "News"
    assert first.credit == ""
    assert first.title == "ILO and China endorse a new decent work country programme"
    assert (first.date_start, first.date_end) == (date(2017, 3, 28), None)
    assert first.teaser.startswith("The Decent Work Country Programme (DWCP) for China 2016-2020")
    assert first.teaser.endswith("Workers’ and Employers’ Organization.")
    assert listing.items[1].kicker == "World Day for Safety and Health at Work"
    assert listing.items[6].kicker == (
        "SCORE Launch Event under the ILO & ETI PPP Collaboration Framework"
    )
    assert listing.items[7].kicker == "Video"
    assert listing.items[7].date_start == date(2017, 3, 9)


def test_whats_new_events_without_a_date_stay_undated(seeds_dir):
    items = read_listing_file(seeds_dir / "whats-new.txt").items

    undated = [item.number for item in items if item.date_start is None]

    assert undated == [3, 5, 6, 9, 10]
    assert all(items[number - 1].kicker == "Event" for number in undated)
    assert items[2].title == (
        "National stakeholders’ consultation meeting on recruitment, employment and working "
        "conditions of domestic workers in China"
    )
    assert items[2].teaser.startswith("A national stakeholders’ consultation meeting")


def test_a_teaser_that_begins_with_a_date_is_not_a_date(seeds_dir):
    fifth = read_listing_file(seeds_dir / "whats-new.txt").items[4]

    assert fifth.title == "SCORE Experience Sharing Meeting in Deqing"
    assert fifth.date_start is None
    assert fifth.teaser.startswith("09 March 2017, the ILO Country Office for China and Mongolia")


def test_press_release_seed_reads_as_twenty_items_of_2021(seeds_dir):
    listing = read_listing_file(seeds_dir / "news-and-press-releases.txt")

    assert listing.heading == "News and press releases"
    assert listing.intro == (
        "This is a list of official ILO press releases, including those related to ILO "
        "activities in China and Mongolia. The most recent release can be found on top."
    )
    assert listing.kind_of_listing == "press_releases"
    assert [item.number for item in listing.items] == list(range(1, 21))
    assert {item.year_heading for item in listing.items} == {2021}
    assert all(item.kicker == "" for item in listing.items)
    first, second, third = listing.items[:3]
    assert first.title.startswith("Awareness, coordination and commitment")
    assert first.credit == ""
    assert first.date_start == date(2021, 11, 27)
    assert third.title.startswith("Building synergy in disaster risk reduction")
    assert third.date_start == date(2021, 11, 3)
    assert third.teaser == ""
    last = listing.items[-1]
    assert (last.line, last.title) == (
        115,
        "Building employment injury protection for platform workers",
    )
    assert last.date_start == date(2021, 4, 27)


def test_the_credit_line_belongs_to_the_image_not_to_the_date(seeds_dir):
    second = read_listing_file(seeds_dir / "news-and-press-releases.txt").items[1]

    assert second.line == 13
    assert second.credit == "ShutterStock 2024"
    assert second.title == (
        "ILO research highlights massive COVID-19 impact on tourism employment in Asia and the "
        "Pacific"
    )
    assert second.date_start == date(2021, 11, 18)
    assert second.teaser.startswith("Asia–Pacific tourism industry left reeling")


def test_ranges_in_the_three_forms_the_office_writes(files_dir):
    listing = read_listing_file(files_dir / "whats-new-ranges.txt")

    assert listing.heading == "What’s new"
    assert listing.kind_of_listing == "whats_new"
    assert listing.intro == "Events and projects of the office, newest first."
    assert [(item.date_start, item.date_end) for item in listing.items] == [
        (date(2021, 10, 6), date(2021, 10, 8)),
        (date(2019, 9, 14), date(2019, 12, 31)),
        (date(2019, 7, 1), date(2022, 6, 30)),
    ]
    assert all(item.is_range for item in listing.items)
    assert listing.items[1].teaser == ""


def test_lines_of_one_paragraph_join_and_windows_line_ends_are_read():
    text = (
        "What's new\r\n\r\n  1. News\r\n\r\n    A title written\r\n    on two lines\r\n\r\n"
        "    28 March 2017\r\n"
    )

    item = parse_listing(text).items[0]

    assert item.title == "A title written on two lines"
    assert item.date_start == date(2017, 3, 28)


def test_leading_undated_items_and_two_year_groups(files_dir):
    leading = read_listing_file(files_dir / "whats-new-leading-undated.txt")
    years = read_listing_file(files_dir / "press-releases-two-years.txt")

    assert [item.date_start for item in leading.items] == [
        None,
        None,
        date(2019, 5, 6),
        None,
        date(2019, 5, 2),
    ]
    assert [(item.year_heading, item.number) for item in years.items] == [
        (2020, 1),
        (2020, 2),
        (2019, 1),
    ]
    assert years.items[0].credit == "ILO/Zhang Wei"


def test_a_listing_that_lost_its_year_headings_reads_as_the_one_with_them(files_dir):
    with_years = read_listing_file(files_dir / "press-releases-with-years.txt")
    without_years = read_listing_file(files_dir / "press-releases-without-years.txt")

    assert [(item.year_heading, item.group, item.number) for item in without_years.items] == [
        (2021, "2021", 1),
        (2021, "2021", 2),
        (2021, "2021", 3),
        (2020, "2020", 1),
        (2020, "2020", 2),
        (2020, "2020", 3),
        (2020, "2020", 4),
        (2019, "2019", 1),
        (2019, "2019", 2),
    ]
    # Only the lines differ: the headings took two each.
    assert [replace(item, line=0) for item in without_years.items] == [
        replace(item, line=0) for item in with_years.items
    ]
    assert (without_years.heading, without_years.intro) == (with_years.heading, with_years.intro)


def test_some_year_headings_kept_and_some_lost(files_dir):
    listing = read_listing_file(files_dir / "publications-some-years-lost.txt")

    assert [(item.year_heading, item.number) for item in listing.items] == [
        (2021, 1),
        (2021, 2),
        (2020, 1),
        (2020, 2),
        (2018, 1),
        (2017, 1),
        (2017, 2),
    ]
    # An undated item takes the year of the dated items numbered with it.
    factsheet = listing.items[2]
    assert (factsheet.date_start, factsheet.document) == (None, "PDF, 640 KB")


def test_a_listing_without_year_headings_or_a_fresh_start_is_one_list():
    listing = parse_listing(
        "News and press releases\n\n1. A release\n\n03 November 2021\n\n"
        "2. An older release\n\n16 December 2020\n"
    )

    assert [(item.year_heading, item.group) for item in listing.items] == [(None, ""), (None, "")]


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        (
            "unknown-heading.txt",
            1,
            "the heading “Latest vacancies” names no listing this importer knows "
            "(it knows: What's new, News and press releases, Statements and speeches, Events "
            "and meetings, Projects, Publications, Video and audio stories, <Country> "
            "resources).",
        ),
        ("not-a-real-date.txt", 7, "“31 February 2021” is not a real date."),
        (
            "numbering-gap.txt",
            11,
            "item 4 follows item 2; items are numbered from 1, one by one, within each year.",
        ),
        (
            "numbering-not-restarted.txt",
            11,
            "item 2 comes first; items are numbered from 1, one by one, within each year.",
        ),
        (
            "date-outside-year.txt",
            11,
            "the date 27 November 2020 does not fall in the year 2021 under which the item stands.",
        ),
        (
            "no-title-after-kicker.txt",
            9,
            "item 2 has no title: the date “28 March 2017” stands where it should be.",
        ),
        ("no-title-after-credit.txt", 5, "item 1 has no title."),
        ("two-intro-paragraphs.txt", 5, "the introduction has a second paragraph"),
        ("paragraph-too-many.txt", 11, "item 1 has a paragraph too many"),
        (
            "range-in-press-releases.txt",
            7,
            "“13 - 14 October 2021” is a range; an item of News and press releases shows a "
            "single date.",
        ),
        ("range-ends-before-start.txt", 7, "the range “14 - 13 October 2015” ends before it"),
        ("years-out-of-order.txt", 9, "the year 2021 comes after the year 2020"),
        ("year-without-items.txt", 3, "the year 2021 has no items under it."),
        ("item-without-text.txt", 7, "item 2 has nothing after its number."),
        ("paragraph-under-year.txt", 5, "under the year 2021 stands a paragraph that is not"),
        ("credit-without-name.txt", 5, "the credit line of item 1 names no one after “©”."),
        ("not-utf8.txt", 5, "the file is not UTF-8 text (the byte 0xE9 cannot be read)"),
        (
            "press-releases-restart-same-year.txt",
            11,
            "item 1 starts the numbering again, so a new year begins here, but the first date "
            "from it on, 14 March 2021 (item 1), is in 2021, the year of the items above it; "
            "years go newest first. If 2021 goes on here, write the heading “2021” above item 1; "
            "otherwise correct the numbering or the dates.",
        ),
        (
            "press-releases-year-span.txt",
            11,
            "item 3 is dated 16 December 2020, in another year than item 1 above it (03 November "
            "2021), though neither a year heading nor a numbering starting again at 1 stands "
            "between them: each year's items are numbered from 1.",
        ),
        (
            "press-releases-undated-year.txt",
            7,
            "items 1 to 2 have neither a date nor a year heading above them, so the year they "
            "belong to cannot be told: an item without a date takes the year of the dated items "
            "numbered with it from 1. Write the year heading above item 1, or give one of them "
            "its date.",
        ),
        (
            "publications-year-after-lost-year.txt",
            7,
            "the year 2021 comes after items dated in 2020; years go newest first.",
        ),
    ],
)
def test_a_malformed_file_is_refused_at_the_faulty_line(files_dir, name, line, message):
    with pytest.raises(ListingError) as refused:
        read_listing_file(files_dir / "malformed" / name)

    assert refused.value.line == line
    assert message in refused.value.message
    assert str(refused.value).startswith(f"Line {line}: ")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "The file is empty; a listing starts with its heading"),
        ("no-items.txt", "The file lists no items; each item starts with its number"),
    ],
)
def test_a_file_without_items_is_refused_as_a_whole(files_dir, name, message):
    with pytest.raises(ListingError) as refused:
        read_listing_file(files_dir / "malformed" / name)

    assert refused.value.line is None
    assert str(refused.value).startswith(message)


def test_the_heading_may_use_the_old_sites_curly_apostrophe():
    listing = parse_listing("What’s  New\n\n  1. Event\n\n    A meeting\n")

    assert listing.kind_of_listing == "whats_new"
    assert listing.heading == "What’s  New"

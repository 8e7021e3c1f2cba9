"""The listings the importer knows: each found by its heading, as the old site writes it."""

import pytest

from newsroom.importers.errors import ListingError
from newsroom.importers.layouts import (
    COUNTRY_LISTING,
    LAYOUTS,
    Grouping,
    Slot,
    layout_for,
    normalised_heading,
)
from newsroom.importers.text import Paragraph
from newsroom.stories.kinds import Kind


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("What's new", "whats_new"),
        ("News and press releases", "press_releases"),
        ("Statements and speeches", "statements"),
        ("Events and meetings", "events"),
        ("Projects", "projects"),
        ("Publications", "publications"),
        ("Video and audio stories", "videos"),
    ],
)
def test_each_listing_is_found_by_its_heading(heading, key):
    assert layout_for(Paragraph(1, heading)) == (LAYOUTS[key], "")


def test_the_heading_is_found_in_any_case_spacing_and_apostrophe():
    assert normalised_heading("What’s  New") == normalised_heading("what's new")
    assert layout_for(Paragraph(1, "What’s  New"))[0].key == "whats_new"


def test_a_countrys_page_names_its_country():
    layout, country = layout_for(Paragraph(1, "Mongolia  Resources"))

    assert (layout.key, country) == (COUNTRY_LISTING, "Mongolia")
    assert layout.grouping is Grouping.MONTHS
    assert not layout.has_intro


def test_an_unknown_heading_is_refused_at_its_line_naming_the_known_ones():
    with pytest.raises(ListingError) as refused:
        layout_for(Paragraph(2, "Latest vacancies"))

    assert refused.value.line == 2
    assert refused.value.message.startswith(
        "the heading “Latest vacancies” names no listing this importer knows (it knows: "
        "What's new, News and press releases,"
    )


def test_the_kinds_own_groups_and_their_order():
    assert LAYOUTS["events"].group_names == ("Upcoming events", "Past events")
    assert LAYOUTS["projects"].group_names == ("Ongoing projects", "Completed projects")
    assert {layout.grouping for layout in (LAYOUTS["events"], LAYOUTS["projects"])} == {
        Grouping.NAMED
    }


def test_a_listing_of_one_kind_makes_stories_of_that_kind_others_ask_the_kicker():
    assert LAYOUTS["events"].kind is Kind.EVENT
    assert LAYOUTS["whats_new"].kind is None
    assert LAYOUTS[COUNTRY_LISTING].kind is None
    assert LAYOUTS["whats_new"].slots[0] is Slot.KICKER


def test_only_videos_may_be_untitled():
    assert [key for key, layout in LAYOUTS.items() if layout.untitled_items] == ["videos"]

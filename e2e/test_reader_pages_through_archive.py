"""A reader pages through the press-release archive: year headings, numbering, older pages."""

import re
from datetime import date, timedelta

import pytest
from playwright.sync_api import Locator, Page, expect

from newsroom.stories.models import PressReleasePage, local_noon

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RELEASES_PER_YEAR = {2021: 25, 2020: 20}


def title(year: int, rank: int) -> str:
    """The title of the ``rank``-th newest release of ``year``."""
    return f"Release {rank} of {year}"


@pytest.fixture
def archive(structure):
    for year, count in RELEASES_PER_YEAR.items():
        newest = date(year, 12, 1)
        for rank in range(1, count + 1):
            release = PressReleasePage(
                title=title(year, rank),
                published_at=local_noon(newest - timedelta(days=7 * (rank - 1))),
            )
            structure.press_releases.add_child(instance=release)
            release.save_revision().publish()
    return structure.press_releases


def year_group(page: Page, year: int) -> Locator:
    return page.get_by_role("main").get_by_role("region", name=str(year), exact=True)


def expect_numbered_from_one(group: Locator, titles: list[str]) -> None:
    """The group is one ordered list, counting from 1, holding exactly ``titles`` in order."""
    numbered = group.get_by_role("list")
    expect(numbered).to_have_count(1)
    assert numbered.evaluate("list => list.tagName") == "OL"
    assert numbered.evaluate("list => list.hasAttribute('start') || list.reversed") is False
    expect(numbered.get_by_role("listitem")).to_have_count(len(titles))
    expect(numbered.get_by_role("listitem").get_by_role("heading")).to_have_text(titles)


def expect_year_headings(page: Page, years: list[int]) -> None:
    headings = page.get_by_role("main").get_by_role("heading", level=2)
    expect(headings).to_have_text([str(year) for year in years])


def test_reader_pages_through_the_archive_year_by_year(archive, page):
    page.goto("/en/press-releases/")
    expect(page.get_by_role("heading", level=1)).to_have_text("News and press releases")
    expect(page.get_by_role("navigation", name="Pages")).to_contain_text("Page 1 of 3")
    expect_year_headings(page, [2021])
    expect_numbered_from_one(year_group(page, 2021), [title(2021, r) for r in range(1, 21)])
    expect(page.get_by_role("link", name="Newer")).to_have_count(0)

    older = page.get_by_role("link", name="Older")
    expect(older).to_have_attribute("rel", "next")
    older.click()

    expect(page).to_have_url(re.compile(r"/en/press-releases/\?page=2$"))
    expect(page.get_by_role("navigation", name="Pages")).to_contain_text("Page 2 of 3")
    expect_year_headings(page, [2021, 2020])
    expect_numbered_from_one(year_group(page, 2021), [title(2021, r) for r in range(21, 26)])
    expect_numbered_from_one(year_group(page, 2020), [title(2020, r) for r in range(1, 16)])
    expect(page.get_by_role("link", name="Newer")).to_have_attribute("rel", "prev")

    page.get_by_role("link", name="Older").click()

    expect(page).to_have_url(re.compile(r"/en/press-releases/\?page=3$"))
    expect(page.get_by_role("navigation", name="Pages")).to_contain_text("Page 3 of 3")
    expect_year_headings(page, [2020])
    expect_numbered_from_one(year_group(page, 2020), [title(2020, r) for r in range(16, 21)])
    expect(page.get_by_role("link", name="Older")).to_have_count(0)

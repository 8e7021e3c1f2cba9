"""A country's page counts, pages and offers kinds from the stories a reader may see only: the
count is read from the filings less those of hidden stories, so every way a story stays hidden
is filed under the same country here."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from newsroom.home.structure import ensure_site_structure
from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Country
from newsroom.taxonomy.selectors import kinds_among, stories_about_country

from .test_term_pages import titles

pytestmark = pytest.mark.django_db

FILING = StoryPage.countries.through


def file_under(country: Country, *stories: StoryPage) -> None:
    """File ``stories`` under ``country`` in the database, whether or not they were published
    (a draft's filings otherwise wait in its revision)."""
    for story in stories:
        FILING.objects.get_or_create(storypage_id=story.pk, country=country)


@pytest.fixture
def china(structure):
    return Country.objects.get(slug="china", locale=structure.home.locale)


def test_hidden_stories_filed_under_the_country_are_not_counted_nor_offered_as_kinds(
    client, structure, china
):
    start = timezone.make_aware(datetime(2020, 1, 1, 12))
    for n in range(21):
        make_filed_story(
            structure, title=f"News {n}", countries=[china], published_at=start + timedelta(n)
        )
    make_filed_story(
        structure,
        kind=Kind.EVENT,
        title="Public event",
        countries=[china],
        published_at=start - timedelta(1),
        date_start=date(2020, 2, 1),
    )
    # Each way a story stays hidden, each of a kind no public story about China has but events.
    draft = make_filed_story(structure, kind=Kind.VIDEO, title="Draft video", publish=False)
    unpublished = make_filed_story(structure, kind=Kind.EVENT, title="Unpublished event")
    unpublished.unpublish()
    private = make_filed_story(structure, kind=Kind.FEATURE, title="Private feature")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    in_private_section = make_filed_story(structure, kind=Kind.PROJECT, title="Private project")
    PageViewRestriction.objects.create(
        page=structure.sections[Kind.PROJECT], restriction_type="login"
    )
    other_language = make_filed_story(structure, kind=Kind.PUBLICATION, title="In Chinese")
    Page.objects.filter(pk=other_language.pk).update(
        locale=Locale.objects.create(language_code="zh")
    )
    undated = make_filed_story(structure, kind=Kind.STATEMENT, title="Undated statement")
    StoryPage.objects.filter(pk=undated.pk).update(published_at=None)
    hidden = [draft, unpublished, private, in_private_section, other_language, undated]
    file_under(china, *hidden)
    assert FILING.objects.filter(country=china).count() == 22 + len(hidden)
    locale = structure.home.locale

    listing = stories_about_country(locale, china)

    assert listing.count() == len(list(listing)) == 22
    assert kinds_among(listing) == [Kind.NEWS, Kind.EVENT]
    expected = {Kind.NEWS: 21, Kind.EVENT: 1}
    for kind in Kind:
        of_kind = stories_about_country(locale, china, kind=kind)
        assert of_kind.count() == len(list(of_kind)) == expected.get(kind, 0), kind
    first = client.get("/en/countries/china/").content.decode()
    second = client.get("/en/countries/china/?page=2").content.decode()
    assert "Page 1 of 2" in first
    assert titles(second) == ["News 0", "Public event"]
    assert "?kind=video" not in first and "?kind=project" not in first
    assert client.get("/en/countries/china/?page=3").status_code == 404
    events = client.get("/en/countries/china/?kind=event").content.decode()
    assert titles(events) == ["Public event"]


def test_in_another_language_only_its_own_visible_stories_are_counted(structure):
    chinese_site = ensure_site_structure(Locale.objects.create(language_code="zh-hans"))
    chinese = chinese_site.home.locale
    china = Country.objects.get(locale=chinese, slug="china")
    english_china = Country.objects.get(locale=structure.home.locale, slug="china")
    for n in range(2):
        make_filed_story(chinese_site, title=f"Chinese {n}", countries=[china])
    undated = make_filed_story(chinese_site, title="Undated", countries=[china])
    draft = make_filed_story(chinese_site, kind=Kind.EVENT, title="Draft", publish=False)
    file_under(china, draft)
    StoryPage.objects.filter(pk=undated.pk).update(published_at=None)
    make_filed_story(structure, title="In English", countries=[english_china])

    assert stories_about_country(chinese, china).count() == 2
    assert stories_about_country(chinese, china, kind=Kind.NEWS).count() == 2
    assert stories_about_country(chinese, china, kind=Kind.EVENT).count() == 0
    assert kinds_among(stories_about_country(chinese, china)) == [Kind.NEWS]
    # The site's own language counts its story filed under the term, and none of the others.
    english = stories_about_country(structure.home.locale, english_china)
    assert english.count() == 1
    assert [story.title for story in english] == ["In English"]

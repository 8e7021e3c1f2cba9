"""What's new and the press-release archive, as a reader gets them."""

from datetime import datetime, timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from newsroom.core.factories import make_image
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

pytestmark = pytest.mark.django_db


def at(year, month, day, hour=12):
    return timezone.make_aware(datetime(year, month, day, hour))


def test_whats_new_lists_every_kind_newest_first(client, structure):
    make_story(structure, kind=Kind.EVENT, title="Older event", published_at=at(2017, 3, 1))
    make_story(
        structure, kind=Kind.PRESS_RELEASE, title="Newest release", published_at=at(2017, 3, 28)
    )
    make_story(structure, kind=Kind.VIDEO, title="Middle video", published_at=at(2017, 3, 9))

    html = client.get("/en/whats-new/").content.decode()

    assert html.index("Newest release") < html.index("Middle video") < html.index("Older event")
    assert '<p class="story-item__kicker">Video</p>' in html
    assert '<time datetime="2017-03-28">28 March 2017</time>' in html


def test_editorial_kicker_replaces_the_kind_label(client, structure):
    make_story(structure, title="Workshop", kicker="World Day for Safety and Health at Work")

    html = client.get("/en/whats-new/").content.decode()

    assert "World Day for Safety and Health at Work" in html
    assert '<p class="story-item__kicker">News</p>' not in html


def test_whats_new_shows_ten_a_page_with_rel_links(client, structure):
    start = at(2020, 1, 1)
    for n in range(12):
        make_story(structure, title=f"Story {n:02d}", published_at=start + timedelta(days=n))

    first = client.get("/en/whats-new/").content.decode()
    second = client.get("/en/whats-new/?page=2").content.decode()

    assert first.count('class="story-item"') == 10
    assert second.count('class="story-item"') == 2
    assert '<link rel="next" href="?page=2">' in first
    assert '<link rel="prev" href="?page=1">' in second
    assert "Story 11" in first and "Story 00" in second


@pytest.mark.parametrize("value", ["abc", "0", "-1", "99", "1.5", "%00", "9" * 400, "1e3", "", " "])
def test_junk_page_numbers_get_a_clear_404(client, structure, value):
    make_story(structure, title="Only story")

    for path in ("/en/whats-new/", "/en/press-releases/", "/en/press-releases/2021/", "/en/news/"):
        response = client.get(path, {"page": value})
        assert response.status_code in (200, 404), (path, value)
        if response.status_code == 404:
            assert b"Page not found" in response.content


def test_out_of_range_page_says_how_many_pages_there_are(client, structure):
    make_story(structure, title="Only story")

    response = client.get("/en/whats-new/?page=5")

    assert response.status_code == 404
    assert "This list has 1 page(s); there is no page 5." in response.content.decode()


def test_drafts_and_private_stories_stay_out_of_listings(client, structure):
    make_story(structure, kind=Kind.PRESS_RELEASE, title="Public release")
    make_story(structure, kind=Kind.PRESS_RELEASE, title="Draft release", publish=False)
    private = make_story(structure, kind=Kind.PRESS_RELEASE, title="Private release")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    unpublished = make_story(structure, kind=Kind.NEWS, title="Withdrawn news")
    unpublished.unpublish()

    for path in ("/en/whats-new/", "/en/press-releases/", "/en/", "/en/news/"):
        html = client.get(path).content.decode()
        assert "Draft release" not in html
        assert "Private release" not in html
        assert "Withdrawn news" not in html
    assert "Public release" in client.get("/en/press-releases/").content.decode()


def test_stories_under_a_private_section_stay_out(client, structure):
    PageViewRestriction.objects.create(page=structure.sections[Kind.NEWS], restriction_type="login")
    make_story(structure, kind=Kind.NEWS, title="Behind the restriction")

    assert "Behind the restriction" not in client.get("/en/whats-new/").content.decode()


def test_press_releases_are_grouped_by_year_and_numbered_within_each(client, structure):
    for n in range(3):
        make_story(
            structure, kind=Kind.PRESS_RELEASE, title=f"R2021-{n}", published_at=at(2021, 5, n + 1)
        )
    for n in range(2):
        make_story(
            structure, kind=Kind.PRESS_RELEASE, title=f"R2020-{n}", published_at=at(2020, 5, n + 1)
        )
    make_story(structure, kind=Kind.NEWS, title="Not a release")

    html = client.get("/en/press-releases/").content.decode()

    assert "Not a release" not in html
    assert html.count('<ol class="story-list">') == 2
    assert (
        html.index(">2021<") < html.index("R2021-2") < html.index(">2020<") < html.index("R2020-1")
    )


def test_press_release_items_show_the_credit_and_a_padded_date(client, structure):
    image = make_image(credit="ShutterStock 2024")
    make_story(
        structure,
        kind=Kind.PRESS_RELEASE,
        title="Tourism jobs",
        image=image,
        published_at=at(2021, 11, 3),
    )

    html = client.get("/en/press-releases/").content.decode()

    assert html.index("© ShutterStock 2024") < html.index("Tourism jobs")
    assert "03 November 2021" in html


def test_year_archive_lists_only_that_year(client, structure):
    make_story(structure, kind=Kind.PRESS_RELEASE, title="In 2021", published_at=at(2021, 1, 1, 1))
    make_story(
        structure, kind=Kind.PRESS_RELEASE, title="In 2020", published_at=at(2020, 12, 31, 23)
    )

    html = client.get("/en/press-releases/2021/").content.decode()

    assert "In 2021" in html and "In 2020" not in html
    assert client.get("/en/press-releases/1066/").status_code == 404


def test_home_page_shows_the_five_newest_stories(client, structure):
    start = at(2021, 1, 1)
    for n in range(7):
        make_story(structure, title=f"Home story {n}", published_at=start + timedelta(days=n))

    html = client.get("/en/").content.decode()

    assert html.count('class="story-item"') == 5
    assert "Home story 6" in html and "Home story 1" not in html
    assert "ILO Country Office for China and Mongolia" in html


def test_root_address_leads_to_english(client, structure):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/en/"

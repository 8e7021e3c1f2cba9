"""The reference site's old addresses lead permanently to their pages here."""

import pytest

from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "old, new",
    [
        ("/beijing/whats-new/lang--en/index.htm", "/en/whats-new/"),
        ("/beijing/press-releases/lang--en/index.htm", "/en/press-releases/"),
        ("/beijing/press-releases/lang--en/nextRow--60/index.htm", "/en/press-releases/?page=4"),
        ("/beijing/press-releases/lang--en/nextRow--0/index.htm", "/en/press-releases/"),
        ("/beijing/whats-new/lang--en/nextRow--20/index.htm", "/en/whats-new/?page=3"),
        ("/asia/beijing/events-and-meetings/lang--en/index.htm", "/en/events/"),
        ("/beijing/information-resources/videos/lang--en/index.htm", "/en/videos/"),
        ("/beijing/news-and-press-releases/lang--en/index.htm", "/en/press-releases/"),
        ("/beijing/news/lang--en/index.htm", "/en/news/"),
        ("/beijing/statements-and-speeches/lang--en/index.htm", "/en/statements/"),
        ("/beijing/features/lang--en/index.htm", "/en/features/"),
        ("/beijing/events-and-meetings/lang--en/nextRow--10/index.htm", "/en/events/?page=2"),
        ("/beijing/projects/lang--en/index.htm", "/en/projects/"),
        ("/beijing/projects/lang--en/nextRow--20/index.htm", "/en/projects/?page=3"),
        ("/beijing/publications/lang--en/index.htm", "/en/publications/"),
        ("/beijing/video-and-audio/lang--en/nextRow--10/index.htm", "/en/videos/?page=2"),
        ("/beijing/countries-covered/lang--en/index.htm", "/en/countries/"),
        ("/beijing/areas-of-work/lang--en/index.htm", "/en/topics/"),
    ],
)
def test_old_listing_addresses_redirect_permanently(client, structure, old, new):
    response = client.get(old)

    assert response.status_code == 301
    assert response["Location"] == new


def test_old_item_address_redirects_to_the_story_with_that_legacy_id(client, structure):
    story = make_story(structure, kind=Kind.PRESS_RELEASE, title="Old", legacy_id="WCMS_688941")

    response = client.get("/beijing/press-releases/WCMS_688941/lang--en/index.htm")

    assert response.status_code == 301
    assert response["Location"] == story.url


@pytest.mark.parametrize(
    "kind, section",
    [
        (Kind.NEWS, "news"),
        (Kind.STATEMENT, "statements-and-speeches"),
        (Kind.FEATURE, "features"),
        (Kind.EVENT, "events-and-meetings"),
        (Kind.PROJECT, "projects"),
        (Kind.PUBLICATION, "publications"),
        (Kind.VIDEO, "video-and-audio"),
    ],
)
def test_old_items_of_every_kind_redirect_to_their_story(client, structure, kind, section):
    story = make_story(structure, kind=kind, title="Moved here", legacy_id="WCMS_512345")

    response = client.get(f"/beijing/{section}/WCMS_512345/lang--en/index.htm")

    assert response.status_code == 301
    assert response["Location"] == story.url


def test_unknown_old_item_is_not_found(client, structure):
    response = client.get("/beijing/press-releases/WCMS_000001/lang--en/index.htm", follow=True)

    assert response.status_code == 404


def test_an_unknown_old_section_is_not_found_without_error(client, structure):
    response = client.get("/beijing/no-such-section/lang--en/index.htm", follow=True)

    assert response.status_code == 404

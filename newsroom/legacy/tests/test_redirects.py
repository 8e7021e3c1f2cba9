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


def test_unknown_old_item_is_not_found(client, structure):
    response = client.get("/beijing/press-releases/WCMS_000001/lang--en/index.htm", follow=True)

    assert response.status_code == 404


def test_an_unknown_old_section_is_not_found_without_error(client, structure):
    response = client.get("/beijing/no-such-section/lang--en/index.htm", follow=True)

    assert response.status_code == 404

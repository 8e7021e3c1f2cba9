"""The reference site's country and topic sections lead permanently to their pages here."""

import pytest
from wagtail.models import Locale

from newsroom.taxonomy.models import Topic

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "old, new",
    [
        ("/beijing/countries-covered/china/lang--en/index.htm", "/en/countries/china/"),
        ("/beijing/countries-covered/mongolia/lang--en/index.htm", "/en/countries/mongolia/"),
        ("/beijing/countries-covered/lang--en/index.htm", "/en/countries/"),
        (
            "/beijing/areas-of-work/social-protection/lang--en/index.htm",
            "/en/topics/social-protection/",
        ),
        ("/beijing/areas-of-work/lang--en/index.htm", "/en/topics/"),
        (
            "/beijing/Areas-of-work/Labour-Migration/lang--en/index.htm",
            "/en/topics/labour-migration/",
        ),
        (
            "/beijing/countries-covered/china/lang--en/nextRow--40/index.htm",
            "/en/countries/china/?page=3",
        ),
        ("/asia/beijing/china/lang--en/index.htm", "/en/countries/china/"),
    ],
)
def test_old_country_and_topic_addresses_redirect_permanently(client, structure, old, new):
    response = client.get(old)

    assert response.status_code == 301
    assert response["Location"] == new


def test_the_last_section_name_decides_even_in_a_country_folder(client, structure):
    # The existing rules still come first: a listing's name leads to the listing.
    response = client.get("/beijing/countries-covered/china/events-and-meetings/lang--en/index.htm")

    assert response["Location"] == "/en/events/"


def test_a_topic_the_site_does_not_have_is_not_found(client, structure):
    response = client.get("/beijing/areas-of-work/astrology/lang--en/index.htm", follow=True)

    assert response.status_code == 404
    assert "The old section “astrology” has no page here." in response.content.decode()


def test_a_topic_of_another_language_does_not_answer_for_english(client, structure):
    Topic.objects.create(
        name="Protection sociale",
        slug="protection-sociale",
        locale=Locale.objects.create(language_code="fr"),
    )

    response = client.get(
        "/beijing/areas-of-work/protection-sociale/lang--en/index.htm", follow=True
    )

    assert response.status_code == 404


def test_a_term_without_its_page_is_not_found(client, structure):
    structure.topics.unpublish()

    response = client.get(
        "/beijing/areas-of-work/social-protection/lang--en/index.htm", follow=True
    )

    assert response.status_code == 404

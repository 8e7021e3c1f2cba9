"""The old site's Chinese and Mongolian addresses (``lang--zh``, ``lang--mn``) lead to the pages
of those languages here."""

import pytest
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "old, new",
    [
        ("/beijing/whats-new/lang--zh/index.htm", "/zh/whats-new/"),
        ("/beijing/news-and-press-releases/lang--zh/index.htm", "/zh/press-releases/"),
        ("/beijing/press-releases/lang--zh/nextRow--40/index.htm", "/zh/press-releases/?page=3"),
        ("/beijing/events-and-meetings/lang--zh/index.htm", "/zh/events/"),
        ("/beijing/countries-covered/china/lang--zh/index.htm", "/zh/countries/china/"),
        ("/beijing/areas-of-work/lang--mn/index.htm", "/mn/topics/"),
        ("/beijing/publications/lang--mn/nextRow--20/index.htm", "/mn/publications/?page=2"),
    ],
)
def test_old_chinese_and_mongolian_listings_lead_to_those_languages(client, languages, old, new):
    response = client.get(old)

    assert response.status_code == 301
    assert response["Location"] == new


def test_an_old_chinese_item_leads_to_the_chinese_translation(client, languages):
    story = make_story(
        languages["en"], kind=Kind.PRESS_RELEASE, title="Old", legacy_id="WCMS_688941"
    )
    chinese = Locale.objects.get(language_code="zh-hans")
    TranslationCreator(user=None, target_locales=[chinese]).create_translations(story)
    translation = story.get_translation(chinese)
    translation.save_revision().publish()

    response = client.get("/beijing/press-releases/WCMS_688941/lang--zh/index.htm")

    assert response.status_code == 301
    assert response["Location"] == translation.url
    assert response["Location"].startswith("/zh/press-releases/")


def test_an_old_chinese_item_not_translated_here_leads_to_the_english_story(client, languages):
    story = make_story(languages["en"], kind=Kind.NEWS, title="Only English", legacy_id="WCMS_1")

    response = client.get("/beijing/news/WCMS_1/lang--zh/index.htm")

    assert response.status_code == 301
    assert response["Location"] == story.url


def test_an_old_address_in_a_language_the_site_lacks_is_a_clear_404(client, languages):
    response = client.get("/beijing/whats-new/lang--fr/index.htm")

    assert response.status_code == 404
    assert "not published in the language “fr”" in response.content.decode()

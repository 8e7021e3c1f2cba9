"""What a social site or chat shows when a page is shared (Open Graph and Twitter cards), the
page's canonical address, and what each costs."""

from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from newsroom.core.factories import make_image
from newsroom.stories.factories import make_stories, make_story
from newsroom.stories.kinds import Kind
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Topic

from .helpers import canonical, json_ld, meta, meta_tags, page_html

pytestmark = pytest.mark.django_db

OFFICE = "ILO Country Office for China and Mongolia"


def translate(story, language_code: str, publish: bool = True):
    """What the admin's “Translate” does: the translation, a draft, published if asked."""
    locale = Locale.objects.get(language_code=language_code)
    TranslationCreator(user=None, target_locales=[locale]).create_translations(story)
    translation = story.get_translation(locale)
    if publish:
        translation.save_revision().publish()
        translation.refresh_from_db()
    return translation


def social_tags(html: str) -> list[tuple[str, str]]:
    return [tag for tag in meta_tags(html) if tag[0].startswith(("og:", "article:", "twitter:"))]


def test_a_story_is_shared_as_an_article_with_its_picture(client, structure):
    topics = list(Topic.objects.filter(locale=structure.home.locale).order_by("name")[:2])
    story = make_filed_story(
        structure,
        kind=Kind.PRESS_RELEASE,
        title="ILO welcomes ratification",
        teaser="Two conventions ratified.",
        published_at=timezone.make_aware(datetime(2019, 4, 11, 9, 30)),
        image=make_image("Signing", credit="ShutterStock 2024", description="Ministers sign"),
        topics=topics,
    )

    html = page_html(client, story.url)

    url = f"http://testserver{story.url}"
    assert meta(html, "og:type") == ["article"]
    assert meta(html, "og:title") == ["ILO welcomes ratification"]
    assert meta(html, "og:description") == ["Two conventions ratified."]
    assert meta(html, "og:url") == [url]
    assert meta(html, "og:site_name") == [OFFICE]
    assert meta(html, "og:locale") == ["en_GB"]
    assert meta(html, "og:locale:alternate") == []
    [image] = meta(html, "og:image")
    assert image.startswith("http://testserver/media/images/") and ".width-1200." in image
    assert meta(html, "og:image:width") == ["64"]
    assert meta(html, "og:image:height") == ["36"]
    assert meta(html, "og:image:alt") == ["Ministers sign"]
    assert meta(html, "article:published_time") == ["2019-04-11T09:30:00+08:00"]
    assert len(meta(html, "article:modified_time")) == 1
    assert meta(html, "article:section") == ["Press release"]
    assert meta(html, "article:tag") == [topic.name for topic in topics]
    assert meta(html, "twitter:card") == ["summary_large_image"]
    assert meta(html, "twitter:title") == ["ILO welcomes ratification"]
    assert meta(html, "twitter:description") == ["Two conventions ratified."]
    assert meta(html, "twitter:image") == [image]
    assert meta(html, "twitter:image:alt") == ["Ministers sign"]
    assert canonical(html) == [url]


def test_a_story_without_a_picture_gets_the_small_card(client, structure):
    story = make_story(structure, kind=Kind.NEWS, title="Training in Ulaanbaatar")

    html = page_html(client, story.url)

    assert meta(html, "twitter:card") == ["summary"]
    assert meta(html, "og:image") == []
    assert meta(html, "twitter:image") == []
    assert meta(html, "og:description") == []


def test_a_story_without_a_teaser_is_described_by_its_search_description(client, structure):
    story = make_story(
        structure, kind=Kind.NEWS, title="Pensions", search_description="Pensions for all."
    )

    html = page_html(client, story.url)

    assert meta(html, "og:description") == ["Pensions for all."]
    assert meta(html, "twitter:description") == ["Pensions for all."]


def test_a_project_has_social_tags_but_no_json_ld(client, structure):
    story = make_story(structure, kind=Kind.PROJECT, title="SCORE China", teaser="Productive SMEs.")

    html = page_html(client, story.url)

    assert meta(html, "og:type") == ["article"]
    assert meta(html, "article:section") == ["Project"]
    assert meta(html, "og:description") == ["Productive SMEs."]
    assert json_ld(html) == []


def test_a_listing_is_a_website_described_by_its_intro(client, structure):
    listing = structure.press_releases
    listing.intro = "The office's press releases, newest first."
    listing.save_revision().publish()

    html = page_html(client, "/en/press-releases/")

    assert meta(html, "og:type") == ["website"]
    assert meta(html, "og:title") == [listing.title]
    assert meta(html, "og:description") == ["The office's press releases, newest first."]
    assert meta(html, "og:url") == ["http://testserver/en/press-releases/"]
    assert meta(html, "article:section") == []
    assert meta(html, "twitter:card") == ["summary"]
    assert json_ld(html) == []
    assert canonical(html) == ["http://testserver/en/press-releases/"]


def test_the_home_page_is_shared_under_the_offices_name(client, structure):
    html = page_html(client, "/en/")

    assert meta(html, "og:title") == [OFFICE]
    assert meta(html, "og:type") == ["website"]
    assert len(meta(html, "og:description")) == 1


def test_a_year_of_the_archive_and_a_countrys_page_are_shared_under_their_own_headings(
    client, structure
):
    year = page_html(client, "/en/press-releases/2019/")
    country = page_html(client, "/en/countries/china/")

    assert meta(year, "og:title") == [f"{structure.press_releases.title}: 2019"]
    assert canonical(year) == ["http://testserver/en/press-releases/2019/"]
    assert meta(country, "og:title") == ["China resources"]
    assert meta(country, "og:url") == ["http://testserver/en/countries/china/"]


def test_the_canonical_address_keeps_the_page_of_a_list_beyond_the_first(client, structure):
    make_stories(structure, 11)  # ten a page: the eleventh is on page 2

    first = page_html(client, "/en/whats-new/?page=1")
    second = page_html(client, "/en/whats-new/?page=2&utm_source=mail")

    assert canonical(first) == ["http://testserver/en/whats-new/"]
    assert canonical(second) == ["http://testserver/en/whats-new/?page=2"]
    assert meta(second, "og:url") == ["http://testserver/en/whats-new/?page=2"]


def test_only_a_published_translation_is_named_as_another_locale(client, languages):
    story = make_story(languages["en"], kind=Kind.PRESS_RELEASE, title="ILO welcomes ratification")
    chinese = translate(story, "zh-hans")
    translate(story, "mn", publish=False)

    english_html = page_html(client, story.url)
    chinese_html = page_html(client, chinese.url)

    assert meta(english_html, "og:locale") == ["en_GB"]
    assert meta(english_html, "og:locale:alternate") == ["zh_CN"]
    assert meta(chinese_html, "og:locale") == ["zh_CN"]
    assert meta(chinese_html, "og:locale:alternate") == ["en_GB"]
    assert meta(chinese_html, "og:url") == [f"http://testserver{chinese.url}"]
    assert json_ld(chinese_html)[0]["inLanguage"] == "zh-Hans"
    assert meta(chinese_html, "article:section") == ["新闻公报"]


def test_the_search_page_renders_without_page_tags(client, structure):
    response = client.get("/en/search/?q=x")

    assert response.status_code == 200
    html = response.content.decode()
    assert social_tags(html) == []
    assert canonical(html) == []
    assert json_ld(html) == []


def test_a_missing_page_renders_without_page_tags(client, structure):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert social_tags(html) == []
    assert canonical(html) == []
    assert json_ld(html) == []


def test_a_story_costs_the_same_queries_with_one_topic_as_with_five(client, structure):
    topics = list(Topic.objects.filter(locale=structure.home.locale).order_by("name"))
    assert len(topics) >= 5
    picture = make_image(credit="ILO/Zhang Wei")
    one = make_filed_story(
        structure, kind=Kind.NEWS, title="One topic", topics=topics[:1], image=picture
    )
    five = make_filed_story(
        structure, kind=Kind.NEWS, title="Five topics", topics=topics[:5], image=picture
    )
    # Content types, site root paths and the picture's rendition are cached on first use.
    client.get(one.url)
    client.get(five.url)

    with CaptureQueriesContext(connection) as with_one:
        html_one = page_html(client, one.url)
    with CaptureQueriesContext(connection) as with_five:
        html_five = page_html(client, five.url)

    assert len(meta(html_one, "article:tag")) == 1
    assert len(meta(html_five, "article:tag")) == 5
    assert len(json_ld(html_five)[0]["keywords"]) == 5
    assert len(with_five) == len(with_one)

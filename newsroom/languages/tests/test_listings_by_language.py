"""Each language's listings hold that language's stories only: a story that exists only in
English is not mixed into the Chinese listings, and its Chinese translation is listed there,
once published, with Chinese dates and headings."""

import re
from datetime import UTC, date, datetime

import pytest
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Country, Topic

pytestmark = pytest.mark.django_db


def text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def language_switcher(html: str) -> str:
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)


def chinese_translation(story, title: str):
    chinese = Locale.objects.get(language_code="zh-hans")
    TranslationCreator(user=None, target_locales=[chinese]).create_translations(story)
    translation = story.get_translation(chinese)
    translation.title = title
    return translation


@pytest.fixture
def release(languages):
    china = Country.objects.get(locale=languages["en"].home.locale, slug="china")
    return make_filed_story(
        languages["en"],
        kind=Kind.PRESS_RELEASE,
        title="ILO and China sign a new partnership",
        date_display=DateDisplay.DATE,
        date_start=date(2021, 11, 27),
        published_at=datetime(2021, 11, 27, 4, tzinfo=UTC),
        countries=[china],
    )


LISTINGS = ["/zh/whats-new/", "/zh/press-releases/", "/zh/countries/china/", "/zh/"]


@pytest.mark.parametrize("url", LISTINGS)
def test_an_english_story_is_not_listed_in_chinese(client, release, url):
    assert "ILO and China sign a new partnership" in text(client, url.replace("/zh/", "/en/"))
    assert "ILO and China sign a new partnership" not in text(client, url)


@pytest.mark.parametrize("url", LISTINGS)
def test_a_draft_translation_is_not_listed(client, release, url):
    chinese_translation(release, "国际劳工组织与中国签署新的伙伴关系协议").save_revision()

    assert "国际劳工组织与中国签署新的伙伴关系协议" not in text(client, url)


def test_a_published_translation_is_listed_in_chinese_with_chinese_dates(client, release):
    translation = chinese_translation(release, "国际劳工组织与中国签署新的伙伴关系协议")
    translation.save_revision().publish()

    archive = text(client, "/zh/press-releases/")
    assert "2021年 国际劳工组织与中国签署新的伙伴关系协议 2021年11月27日" in archive
    china = text(client, "/zh/countries/china/")
    assert "中国资源" in china
    assert "国际劳工组织与中国签署新的伙伴关系协议" in china
    # The English listings keep the English story, once.
    english = text(client, "/en/press-releases/")
    assert english.count("ILO and China sign a new partnership") == 1
    assert "国际劳工组织" not in english


def test_the_story_page_offers_its_translation_and_each_listing_otherwise(client, release):
    translation = chinese_translation(release, "国际劳工组织与中国签署新的伙伴关系协议")
    translation.save_revision().publish()

    html = client.get(release.url).content.decode()
    switcher = language_switcher(html)
    links = dict(
        (name, href) for href, name in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', switcher)
    )
    assert links == {
        "English": release.url,
        "中文": translation.url,
        # Not in Mongolian: the Mongolian press releases instead.
        "Монгол": "/mn/press-releases/",
    }
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    assert alternates == [
        ("en", f"http://testserver{release.url}"),
        ("zh-Hans", f"http://testserver{translation.url}"),
        ("x-default", f"http://testserver{release.url}"),
    ]


def test_a_topic_not_yet_translated_leads_to_the_other_languages_topics_page(client, languages):
    Topic.objects.create(locale=languages["en"].home.locale, name="Green jobs", slug="green-jobs")

    html = client.get("/en/topics/green-jobs/").content.decode()
    switcher = language_switcher(html)

    assert 'href="/zh/topics/"' in switcher
    assert 'href="/en/topics/green-jobs/"' in switcher
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)"', html)
    assert alternates == []


@pytest.mark.parametrize("route", ["countries/china/", "press-releases/2019/"])
def test_a_route_below_a_page_is_kept_in_the_other_languages(client, languages, route):
    html = client.get(f"/en/{route}").content.decode()
    switcher = language_switcher(html)

    assert f'href="/zh/{route}"' in switcher
    assert f'href="/mn/{route}"' in switcher

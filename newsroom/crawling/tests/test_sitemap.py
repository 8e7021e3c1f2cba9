"""The sitemap search engines read: every page a reader may see in each language, dated, with
the same page's address in the other languages, and nothing a reader may not see."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.operations import TranslationCreator

from newsroom.crawling.sitemaps import LanguageSitemap
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.taxonomy.models import Country

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
SERVER = "http://testserver"


def xml(client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    return ET.fromstring(response.content)


def sitemap(client, url: str) -> dict[str, dict]:
    """Each address of one sitemap file, with its lastmod and its alternates by hreflang."""
    found = {}
    for entry in xml(client, url).findall("sm:url", NS):
        loc = entry.findtext("sm:loc", namespaces=NS)
        assert loc not in found
        found[loc] = {
            "lastmod": entry.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in entry.findall("xhtml:link[@rel='alternate']", NS)
            },
        }
    return found


def index(client) -> list[str]:
    return [loc.text for loc in xml(client, "/sitemap.xml").findall("sm:sitemap/sm:loc", NS)]


def translation(story: Page, language_code: str, title: str) -> Page:
    """``story``'s translation into ``language_code``, as a draft, the way editors make it."""
    locale = Locale.objects.get(language_code=language_code)
    TranslationCreator(user=None, target_locales=[locale]).create_translations(story)
    translated = story.get_translation(locale)
    translated.title = title
    translated.save_revision()
    return translated


def full(page: Page) -> str:
    return SERVER + page.get_url()


def lastmod(page: Page) -> str:
    return timezone.localtime(page.last_published_at).replace(microsecond=0).isoformat()


def test_the_index_lists_the_sitemap_of_each_language(client, languages):
    response = client.get("/sitemap.xml")

    assert "noindex" in response["X-Robots-Tag"]
    assert index(client) == [
        f"{SERVER}/sitemap-en.xml",
        f"{SERVER}/sitemap-zh.xml",
        f"{SERVER}/sitemap-mn.xml",
    ]
    assert f"{SERVER}/en/" in sitemap(client, "/sitemap-en.xml")
    assert f"{SERVER}/zh/press-releases/" in sitemap(client, "/sitemap-zh.xml")
    assert f"{SERVER}/mn/whats-new/" in sitemap(client, "/sitemap-mn.xml")


def test_each_language_lists_its_own_pages_only(client, languages):
    english = sitemap(client, "/sitemap-en.xml")
    chinese = sitemap(client, "/sitemap-zh.xml")

    assert english and chinese
    assert all(loc.startswith(f"{SERVER}/en/") for loc in english)
    assert all(loc.startswith(f"{SERVER}/zh/") for loc in chinese)


def test_a_story_is_listed_with_its_date_and_its_published_translations(client, languages):
    story = make_story(languages["en"], title="ILO and China sign a new partnership")
    chinese = translation(story, "zh-hans", "国际劳工组织与中国签署新的伙伴关系协议")
    chinese.save_revision().publish()
    chinese.refresh_from_db()
    # A translation still in draft is no alternate.
    translation(story, "mn", "ОУХБ ба Хятад шинэ түншлэлийн гэрээ байгууллаа")

    english_entry = sitemap(client, "/sitemap-en.xml")[full(story)]
    chinese_entry = sitemap(client, "/sitemap-zh.xml")[full(chinese)]

    assert full(story) == f"{SERVER}/en/news/{story.slug}/"
    assert full(chinese) == f"{SERVER}/zh/news/{story.slug}/"
    assert english_entry["lastmod"] == lastmod(story)
    assert chinese_entry["lastmod"] == lastmod(chinese)
    expected = {"en": full(story), "zh-Hans": full(chinese), "x-default": full(story)}
    assert english_entry["alternates"] == expected
    assert chinese_entry["alternates"] == expected
    assert full(story).replace("/en/", "/mn/") not in sitemap(client, "/sitemap-mn.xml")


def test_a_story_written_in_chinese_has_no_default_version(client, languages):
    story = make_story(languages["zh-hans"], title="北京举办就业论坛")

    entry = sitemap(client, "/sitemap-zh.xml")[full(story)]

    assert entry["alternates"] == {"zh-Hans": full(story)}


@pytest.mark.parametrize(
    "language, prefix, title",
    [("zh-hans", "zh", "北京举办就业论坛"), ("mn", "mn", "Хөдөлмөрийн аюулгүй байдал")],
)
def test_an_address_in_chinese_or_mongolian_letters_is_escaped(
    client, languages, language, prefix, title
):
    story = make_story(languages[language], title=title)

    pages = sitemap(client, f"/sitemap-{prefix}.xml")

    assert story.slug[:2] == title[:2].lower()
    assert f"{SERVER}/{prefix}/news/{quote(story.slug)}/" == full(story)
    assert full(story) in pages


def test_the_site_pages_are_listed_with_their_versions(client, languages):
    english = sitemap(client, "/sitemap-en.xml")

    whats_new = Page.objects.get(pk=languages["en"].whats_new.pk)
    assert english[f"{SERVER}/en/whats-new/"]["lastmod"] == lastmod(whats_new)
    assert english[f"{SERVER}/en/"]["alternates"] == {
        "en": f"{SERVER}/en/",
        "zh-Hans": f"{SERVER}/zh/",
        "mn": f"{SERVER}/mn/",
        "x-default": f"{SERVER}/en/",
    }
    for listing in ["whats-new", "press-releases", "news", "events", "countries", "topics"]:
        assert f"{SERVER}/en/{listing}/" in english


def test_the_country_and_topic_pages_are_listed_with_their_versions(client, languages):
    english = languages["en"]
    Country.objects.create(locale=english.home.locale, slug="laos", name="Lao PDR")

    pages = sitemap(client, "/sitemap-en.xml")

    assert pages[f"{SERVER}/en/countries/china/"]["alternates"] == {
        "en": f"{SERVER}/en/countries/china/",
        "zh-Hans": f"{SERVER}/zh/countries/china/",
        "mn": f"{SERVER}/mn/countries/china/",
        "x-default": f"{SERVER}/en/countries/china/",
    }
    assert f"{SERVER}/en/topics/social-protection/" in pages
    assert f"{SERVER}/zh/topics/social-protection/" in sitemap(client, "/sitemap-zh.xml")
    # A country not yet translated has its English page only.
    assert pages[f"{SERVER}/en/countries/laos/"]["alternates"] == {
        "en": f"{SERVER}/en/countries/laos/",
        "x-default": f"{SERVER}/en/countries/laos/",
    }


def test_pages_readers_may_not_see_are_left_out(client, languages):
    english = languages["en"]
    listed = make_story(english, title="Listed")
    draft = make_story(english, title="Draft", publish=False)
    scheduled = make_story(english, title="Scheduled", publish=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    scheduled.save_revision().publish()
    assert not Page.objects.get(pk=scheduled.pk).live
    private = make_story(english, title="Private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    behind = make_story(english, kind=Kind.FEATURE, title="In a private section")
    PageViewRestriction.objects.create(
        page=english.sections[Kind.FEATURE],
        restriction_type=PageViewRestriction.PASSWORD,
        password="x",
    )
    undated = make_story(english, title="Undated")
    StoryPage.objects.filter(pk=undated.pk).update(published_at=None)
    # Beside the languages' home pages, outside every site: it has no address.
    elsewhere = Page(title="Elsewhere", slug="elsewhere", locale=english.home.locale)
    Page.get_first_root_node().add_child(instance=elsewhere)
    elsewhere.save_revision().publish()

    pages = sitemap(client, "/sitemap-en.xml")

    assert full(listed) in pages
    for page in [draft, scheduled, private, behind, undated, elsewhere]:
        assert not [loc for loc in pages if page.slug in loc], page.title
    assert f"{SERVER}/en/features/" not in pages


def test_a_private_translation_is_no_alternate(client, languages):
    story = make_story(languages["en"], title="ILO and China sign a new partnership")
    chinese = translation(story, "zh-hans", "国际劳工组织与中国签署新的伙伴关系协议")
    chinese.save_revision().publish()
    PageViewRestriction.objects.create(
        page=languages["zh-hans"].home, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    entry = sitemap(client, "/sitemap-en.xml")[full(story)]

    assert entry["alternates"] == {"en": full(story), "x-default": full(story)}
    assert sitemap(client, "/sitemap-zh.xml") == {}


def test_a_long_sitemap_is_cut_into_files(client, languages, monkeypatch):
    for number in range(6):
        make_story(languages["en"], title=f"Story {number}")
    whole = sitemap(client, "/sitemap-en.xml")
    monkeypatch.setattr(LanguageSitemap, "limit", 10)

    files = [loc for loc in index(client) if "/sitemap-en.xml" in loc]
    parts = [sitemap(client, loc.removeprefix(SERVER)) for loc in files]

    # 12 pages of the site, 6 stories, 2 countries and 10 topics.
    assert len(whole) == 30
    assert files == [
        f"{SERVER}/sitemap-en.xml",
        f"{SERVER}/sitemap-en.xml?p=2",
        f"{SERVER}/sitemap-en.xml?p=3",
    ]
    assert [len(part) for part in parts] == [10, 10, 10]
    assert {loc: entry for part in parts for loc, entry in part.items()} == whole
    assert client.get("/sitemap-en.xml?p=4").status_code == 404


@pytest.mark.parametrize("number", ["abc", "0", "-1", "1.5", "2", "", "99999999999999999999"])
def test_a_junk_or_missing_file_number_is_not_found(client, languages, number):
    response = client.get("/sitemap-en.xml", {"p": number})

    assert response.status_code == 404


@pytest.mark.parametrize("url", ["/sitemap-fr.xml", "/sitemap-zh-hans.xml", "/sitemap-.xml"])
def test_a_language_the_site_does_not_have_is_not_found(client, languages, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", ["/sitemap.xml", "/sitemap-en.xml"])
def test_a_crawler_that_has_the_sitemap_is_told_it_has_not_changed(client, languages, url):
    first = client.get(url)

    assert first["Last-Modified"]
    assert "max-age" in first["Cache-Control"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_a_story_corrected_later_changes_the_sitemap(client, languages):
    story = make_story(languages["en"], title="ILO and China sign a partnership")
    # Published an hour ago, corrected now.
    Page.objects.filter(pk=story.pk).update(
        last_published_at=story.last_published_at - timedelta(hours=1)
    )
    before = client.get("/sitemap-en.xml")["ETag"]

    story.refresh_from_db()
    story.title = "ILO and China sign a new partnership"
    story.save_revision().publish()
    story.refresh_from_db()

    after = client.get("/sitemap-en.xml", HTTP_IF_NONE_MATCH=before)
    assert after.status_code == 200
    assert after["ETag"] != before
    entry = sitemap(client, "/sitemap-en.xml")[full(story)]
    assert entry["lastmod"] == lastmod(story)


def queries_of(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_a_sitemap_file_costs_the_same_queries_however_many_stories(client, languages):
    def stories(count: int) -> None:
        for number in range(count):
            story = make_story(languages["en"], title=f"Story {number}")
            translation(story, "zh-hans", f"故事 {number}").save_revision().publish()

    stories(2)
    few = [queries_of(client, url) for url in ("/sitemap.xml", "/sitemap-en.xml")]
    assert len(sitemap(client, "/sitemap-en.xml")) == 12 + 2 + 12

    stories(10)
    many = [queries_of(client, url) for url in ("/sitemap.xml", "/sitemap-en.xml")]
    assert len(sitemap(client, "/sitemap-en.xml")) == 12 + 12 + 12

    assert many == few

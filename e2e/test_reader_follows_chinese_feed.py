"""A reader of the Chinese press releases finds the list's feed and subscribes: the feed holds
the Chinese releases, none of the English ones."""

from datetime import datetime

import feedparser
import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

CHINESE = ["国际劳工组织与中国纪念百年", "国际劳工组织驻华和蒙古局局长访问北京"]


@pytest.fixture
def releases(languages):
    def add(language: str, title: str, year: int) -> None:
        make_story(
            languages[language],
            kind=Kind.PRESS_RELEASE,
            title=title,
            published_at=timezone.make_aware(datetime(year, 4, 11, 12)),
        )

    add("zh-hans", CHINESE[1], 2019)
    add("zh-hans", CHINESE[0], 2021)
    add("en", "ILO Director visits Beijing", 2019)
    add("en", "ILO and China mark the centenary", 2021)


def test_reader_finds_the_chinese_feed_and_it_holds_chinese_releases_only(releases, page: Page):
    page.goto("/zh/press-releases/")

    follow = page.get_by_role("navigation", name="关注此列表")
    rss = follow.get_by_role("link", name="RSS", exact=True)
    expect(rss).to_be_visible()
    rss_href = rss.get_attribute("href")
    assert rss_href == "/zh/press-releases/feed/"
    discovered = page.locator('head link[rel="alternate"][type="application/rss+xml"]')
    expect(discovered).to_have_attribute("href", f"{page.url}feed/")

    answer = page.request.get(rss_href)
    assert answer.ok
    feed = feedparser.parse(answer.body())

    assert not feed.bozo
    assert feed.feed.language == "zh-Hans"
    assert [entry.title for entry in feed.entries] == CHINESE
    assert all("/zh/press-releases/" in entry.link for entry in feed.entries)

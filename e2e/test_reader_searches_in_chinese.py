"""A reader searches 北京 on the Chinese site, narrows to the press releases of one year and opens
a result."""

import re
from datetime import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect
from wagtail.rich_text import RichText

from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

VISIT = "国际劳工组织驻华和蒙古局局长访问北京"


def at(year: int, month: int, day: int) -> datetime:
    return timezone.make_aware(datetime(year, month, day, 12))


@pytest.fixture
def chinese_stories(languages):
    structure = languages["zh-hans"]

    def add(kind: str, title: str, text: str, when: datetime):
        make_story(
            structure,
            kind=kind,
            title=title,
            teaser=text,
            body=[("paragraph", RichText(f"<p>{text}</p>"))],
            published_at=when,
        )

    add(Kind.PRESS_RELEASE, VISIT, "局长与人力资源和社会保障部会谈。", at(2019, 4, 11))
    add(Kind.PRESS_RELEASE, "国际劳工组织与中国纪念百年", "庆祝活动在北京举行。", at(2019, 6, 3))
    add(Kind.PRESS_RELEASE, "北京青年就业论坛", "论坛讨论青年就业。", at(2021, 11, 27))
    add(Kind.NEWS, "北京举办职业安全周", "活动面向建筑工人。", at(2019, 9, 9))
    add(Kind.NEWS, "乌兰巴托技能竞赛", "蒙古青年参加竞赛。", at(2019, 10, 1))


def results(page: Page):
    return page.get_by_role("main").get_by_role("listitem").get_by_role("heading", level=3)


def test_reader_searches_beijing_narrows_and_opens_a_result(chinese_stories, page: Page):
    page.goto("/zh/")
    page.get_by_role("search").get_by_role("searchbox", name="搜索").fill("北京")
    page.get_by_role("search").get_by_role("button", name="搜索").click()

    expect(page).to_have_url(re.compile(r"/zh/search/\?q=%E5%8C%97%E4%BA%AC$"))
    expect(page.get_by_role("searchbox", name="搜索")).to_have_value("北京")
    expect(page.get_by_role("heading", level=2, name=re.compile("搜索结果"))).to_have_text(
        "“北京”的搜索结果：4条"
    )
    # Title matches first, newest first; the release with 北京 only in its text comes last.
    expect(results(page)).to_have_text(
        ["北京青年就业论坛", "北京举办职业安全周", VISIT, "国际劳工组织与中国纪念百年"]
    )
    expect(page.get_by_role("main").locator("mark").first).to_have_text("北京")

    narrow = page.get_by_role("complementary", name="缩小结果范围")
    narrow.get_by_role("link", name="新闻公报 (3)").click()
    expect(results(page)).to_have_text(["北京青年就业论坛", VISIT, "国际劳工组织与中国纪念百年"])
    narrow.get_by_role("link", name="2019年 (2)").click()

    expect(page).to_have_url(re.compile(r"kind=press_release&year=2019$"))
    expect(results(page)).to_have_text([VISIT, "国际劳工组织与中国纪念百年"])
    # The chosen kind is marked, with its count in the chosen year, and can be taken back.
    chosen = narrow.get_by_role("link", name=re.compile(r"^新闻公报 \(2\) （取消）$"))
    expect(chosen).to_have_attribute("aria-current", "true")

    results(page).get_by_role("link", name="国际劳工组织与中国纪念百年").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("国际劳工组织与中国纪念百年")
    expect(page).to_have_url(re.compile(r"/zh/press-releases/"))

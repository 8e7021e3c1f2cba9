"""Slugs from English, Chinese and Mongolian titles: readable, unique, and served."""

from urllib.parse import unquote

import pytest

from newsroom.core.slugs import MAX_UNBROKEN_LENGTH, SlugClaims, readable_slug
from newsroom.home.structure import ensure_every_language
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind


@pytest.mark.parametrize(
    "title, slug",
    [
        ("ILO welcomes China’s ratification of C155", "ilo-welcomes-chinas-ratification-of-c155"),
        ("国际劳工组织驻华和蒙古局局长访问北京", "国际劳工组织驻华和蒙古局局长访问北京"),
        ("国际劳工组织：北京，2021年", "国际劳工组织北京2021年"),
        ("ILO 北京 office", "ilo-北京-office"),
        ("Хөдөлмөрийн аюулгүй байдал, эрүүл ахуй", "хөдөлмөрийн-аюулгүй-байдал-эрүүл-ахуй"),
        ("“…”", "story"),
        ("", "story"),
    ],
)
def test_a_slug_keeps_the_titles_own_letters(title, slug):
    assert readable_slug(title) == slug


def test_a_long_chinese_title_is_cut_to_a_readable_length():
    title = (
        "国际劳工组织与中华人民共和国人力资源和社会保障部"
        "在北京共同举办关于青年就业和技能发展的高级别政策对话会"
    )

    slug = readable_slug(title)

    assert len(slug) == MAX_UNBROKEN_LENGTH
    assert title.startswith(slug)


def test_a_long_english_title_is_cut_at_a_word():
    slug = readable_slug("decent work " * 20)

    assert 70 < len(slug) <= 80
    assert set(slug.split("-")) == {"decent", "work"}


@pytest.mark.django_db
def test_slugs_are_unique_among_siblings_in_every_language():
    languages = ensure_every_language()
    parent = languages["zh-hans"].sections[Kind.NEWS]
    claims = SlugClaims()
    make_story(languages["zh-hans"], title="局长访问北京", slug="局长访问北京")

    assert claims.claim(parent, "局长访问北京") == "局长访问北京-2"
    assert claims.claim(parent, "局长访问北京") == "局长访问北京-3"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "language, title",
    [("zh-hans", "国际劳工组织驻华和蒙古局局长访问北京"), ("mn", "Хөдөлмөрийн аюулгүй байдал")],
)
def test_a_story_with_a_title_in_its_language_is_served_at_its_readable_address(
    client, language, title
):
    structure = ensure_every_language()[language]
    story = make_story(structure, kind=Kind.NEWS, title=title, slug=readable_slug(title))

    response = client.get(story.url)

    assert response.status_code == 200
    assert title in response.content.decode()
    assert f"/{readable_slug(title)}/" in unquote(story.url)

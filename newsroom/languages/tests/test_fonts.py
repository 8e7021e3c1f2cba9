"""Chinese and Mongolian Cyrillic are drawn with faces the reader's system has: the stylesheet
fetches no font, gives each language its stack, and pages say their language so it applies."""

import re
from pathlib import Path

import pytest

from newsroom.home.structure import ensure_every_language

STYLESHEET = Path(__file__).resolve().parents[2] / "static" / "css" / "newsroom.css"


def test_the_stylesheet_downloads_no_font():
    css = STYLESHEET.read_text()

    assert "@font-face" not in css
    assert "@import" not in css
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)


def test_chinese_and_mongolian_have_stacks_of_their_own():
    css = STYLESHEET.read_text()
    stacks = dict(re.findall(r"--(font-zh|font-mn):([^;]+);", css))

    assert '"Noto Sans CJK SC"' in stacks["font-zh"]
    assert '"Microsoft YaHei"' in stacks["font-zh"]
    assert '"PingFang SC"' in stacks["font-zh"]
    assert '"Noto Sans"' in stacks["font-mn"]
    assert re.search(r":lang\(zh-Hans\)[^{]*\{\s*font-family: var\(--font-zh\)", css)
    assert re.search(r":lang\(mn\)\s*\{\s*font-family: var\(--font-mn\)", css)


@pytest.mark.django_db
@pytest.mark.parametrize("prefix, lang", [("en", "en"), ("zh", "zh-Hans"), ("mn", "mn")])
def test_each_language_page_says_its_language(client, prefix, lang):
    ensure_every_language()

    html = client.get(f"/{prefix}/").content.decode()

    assert f'<html lang="{lang}">' in html
    # Each language's name in the switcher is marked as that language, to be drawn in its face.
    assert re.search(r'lang="zh-Hans"[^>]*>中文</a>', html)
    assert re.search(r'lang="mn"[^>]*>Монгол</a>', html)

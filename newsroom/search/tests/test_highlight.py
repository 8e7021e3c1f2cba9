"""Titles and snippets on a results page (``search/highlight.py``): the reader's words marked in
every form the search found them, the text around them escaped, and a snippet cut around the
first of them."""

import re

import pytest

from newsroom.search.highlight import SNIPPET_LENGTH, snippet, title
from newsroom.search.query import parse

FILLER = " ".join(["Filler words about the weather."] * 20)
AFTER = " ".join(["More filler afterwards here."] * 20)
LONG = f"{FILLER} The ministry ratified the convention today. {AFTER}"


def shown(marked: str) -> str:
    """What the reader reads, marks taken out and entities read."""
    text = re.sub(r"</?mark>", "", marked)
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


@pytest.mark.parametrize(
    "text, search, expected",
    [
        (
            "Mongolia ratifies the convention on ratification",
            "ratify",
            "Mongolia <mark>ratifies</mark> the convention on <mark>ratification</mark>",
        ),
        ("国际劳工组织访问北京", "北京", "国际劳工组织访问<mark>北京</mark>"),
        ("北京 Beijing", "京", "北<mark>京</mark> Beijing"),
        ("Монголын ажилчид", "Монгол", "<mark>Монголын</mark> ажилчид"),
        ("ＩＬＯ office", "ilo", "<mark>ＩＬＯ</mark> office"),
        ("Social Protection FLOOR", "floor", "Social Protection <mark>FLOOR</mark>"),
    ],
)
def test_a_title_marks_the_searched_words_in_every_form_found(text, search, expected):
    assert title(text, parse(search)) == expected


def test_a_chinese_word_is_found_in_the_compatibility_form_of_its_characters():
    # U+F90A is the compatibility form of 金, as some word processors write it: it is marked,
    # and shown as it was written.
    assert title("国际\uf90a融组织", parse("金融")) == "国际<mark>\uf90a融</mark>组织"


def test_words_left_out_of_the_search_are_not_marked():
    marked = title("Labour migration and labour law", parse("labour -migration"))

    assert marked == "<mark>Labour</mark> migration and <mark>labour</mark> law"


def test_the_text_is_escaped_and_the_marks_are_its_only_markup():
    marked = title("Workers & <employers>", parse("workers"))

    assert marked == "<mark>Workers</mark> &amp; &lt;employers&gt;"


def test_a_title_without_the_words_is_shown_as_it_is():
    assert title("Skills for herders", parse("convention")) == "Skills for herders"


def test_a_short_text_is_its_own_snippet_its_spaces_folded():
    marked = snippet("Short   text\n about labour.", parse("labour"))

    assert marked == "Short text about <mark>labour</mark>."


@pytest.mark.parametrize("lead", ["", "A ", "One more ", "Yet another word "])
def test_a_long_text_is_cut_around_the_first_word_found(lead):
    text = lead + LONG
    marked = snippet(text, parse("convention"))

    assert marked.startswith("… ") and marked.endswith(" …")
    assert "<mark>convention</mark>" in marked
    inner = shown(marked)[2:-2]
    assert inner in text
    assert len(inner) <= SNIPPET_LENGTH
    # The word found stands early in the snippet, after a little of what comes before it
    # (a quarter of the snippet, taken back to the beginning of a word).
    assert SNIPPET_LENGTH // 4 <= inner.index("convention") < SNIPPET_LENGTH // 4 + 20
    # It begins and ends at whole words.
    start = text.index(inner)
    assert text[start - 1] == " " and text[start + len(inner)] == " "


def test_a_long_text_without_the_words_shows_its_beginning():
    marked = snippet(LONG, parse("herders"))

    assert marked.startswith("Filler words about the weather.")
    assert marked.endswith(" …") and "<mark>" not in marked
    assert len(shown(marked)) <= SNIPPET_LENGTH + 2


def test_a_word_at_the_beginning_of_a_long_text_needs_no_leading_ellipsis():
    marked = snippet(f"The convention. {FILLER}", parse("convention"))

    assert marked.startswith("The <mark>convention</mark>.")
    assert marked.endswith(" …")


def test_a_snippet_is_escaped_too():
    marked = snippet(f"{FILLER} Employers & <workers> sign the convention. {AFTER}", parse("sign"))

    assert "&amp; &lt;workers&gt; <mark>sign</mark>" in marked
    assert "<workers>" not in marked

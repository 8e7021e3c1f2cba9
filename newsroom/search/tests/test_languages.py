"""Each language's rules, on whichever database the suite runs on (``make test`` runs it on
SQLite and PostgreSQL): a Chinese word inside a longer run, Chinese and Latin together,
Mongolian without regard to case, English forms of a word and phrases."""

from urllib.parse import quote

import pytest

from .helpers import story, titles

pytestmark = pytest.mark.django_db

VISIT = "国际劳工组织驻华和蒙古局局长访问北京"


@pytest.fixture
def chinese(languages):
    structure = languages["zh-hans"]
    return {
        "visit": story(structure, VISIT, "局长与人力资源和社会保障部会谈。"),
        "ilo": story(structure, "ILO与中国签署合作协议", "双方在北京签署了协议。"),
        "beijing_only": story(structure, "北京举办就业论坛", "论坛讨论青年就业。"),
        "other": story(structure, "乌兰巴托举办技能竞赛", "蒙古青年参加职业技能竞赛。"),
    }


def search(client, language: str, text: str) -> list[str]:
    return titles(client, f"/{language}/search/?q={quote(text)}")


def test_a_two_character_word_is_found_inside_a_longer_run(client, chinese):
    found = search(client, "zh", "北京")
    assert VISIT in found
    assert "北京举办就业论坛" in found
    # Found in the body, where 北京 stands inside 在北京签署.
    assert "ILO与中国签署合作协议" in found
    assert "乌兰巴托举办技能竞赛" not in found


def test_two_and_three_character_words_inside_runs(client, chinese):
    assert search(client, "zh", "劳工") == [VISIT]
    assert search(client, "zh", "蒙古局") == [VISIT]
    assert search(client, "zh", "技能竞赛") == ["乌兰巴托举办技能竞赛"]


def test_characters_that_are_not_next_to_each_other_are_not_a_word(client, chinese):
    # 北 and 局 are both in the title, but 北局 is not.
    assert search(client, "zh", "北局") == []


def test_chinese_and_latin_in_one_search(client, chinese):
    assert search(client, "zh", "ILO 北京") == ["ILO与中国签署合作协议"]
    assert search(client, "zh", "ilo北京") == ["ILO与中国签署合作协议"]


def test_title_matches_come_first(client, chinese):
    # The ILO story is the newest, but 北京 is only in its text.
    found = search(client, "zh", "北京")
    assert found.index("ILO与中国签署合作协议") == len(found) - 1


def test_mongolian_is_matched_without_regard_to_case(client, languages):
    structure = languages["mn"]
    story(structure, "МОНГОЛ УЛС КОНВЕНЦ СОЁРХОН БАТАЛЛАА", "Улсын Их Хурал баталлаа.")
    story(structure, "Хөдөлмөрийн аюулгүй байдал", "Улаанбаатар хотод сургалт болов.")
    assert search(client, "mn", "монгол улс") == ["МОНГОЛ УЛС КОНВЕНЦ СОЁРХОН БАТАЛЛАА"]
    assert search(client, "mn", "УЛААНБААТАР") == ["Хөдөлмөрийн аюулгүй байдал"]
    # A word with an ending: Хөдөлмөрийн is Хөдөлмөр with the genitive.
    assert search(client, "mn", "хөдөлмөр") == ["Хөдөлмөрийн аюулгүй байдал"]


def test_mongolian_words_are_found_when_an_ending_drops_a_vowel(client, languages):
    structure = languages["mn"]
    story(structure, "Яамны мэдээ", "Хөдөлмөр, нийгмийн хамгааллын яам сургалт зохион байгуулав.")
    story(structure, "Нийгмийн хамгаалал", "Шинэ хууль батлагдлаа.")
    story(structure, "Бусад мэдээ", "Хамтын гэрээ байгуулав.")
    assert sorted(search(client, "mn", "нийгмийн хамгаалал")) == [
        "Нийгмийн хамгаалал",
        "Яамны мэдээ",
    ]


def test_english_words_find_their_other_forms(client, languages):
    structure = languages["en"]
    story(structure, "Mongolia ratifies the Occupational Safety Convention")
    story(structure, "Ratification of the Maritime Labour Convention")
    story(structure, "A new programme", "Governments that ratified the convention report on it.")
    story(structure, "Rates of employment rise")
    found = search(client, "en", "ratify")
    assert sorted(found) == [
        "A new programme",
        "Mongolia ratifies the Occupational Safety Convention",
        "Ratification of the Maritime Labour Convention",
    ]
    assert search(client, "en", "employed") == ["Rates of employment rise"]


def test_a_phrase_in_quotes_needs_its_words_together_and_in_order(client, languages):
    structure = languages["en"]
    story(structure, "Decent work for herders")
    story(structure, "Work that is decent")
    assert sorted(search(client, "en", "decent work")) == [
        "Decent work for herders",
        "Work that is decent",
    ]
    assert search(client, "en", '"decent work"') == ["Decent work for herders"]
    assert search(client, "en", 'work -"decent work"') == ["Work that is decent"]


def test_results_are_in_the_page_language_unless_every_language_is_asked(client, languages):
    story(languages["en"], "ILO office in Beijing")
    story(languages["zh-hans"], "ILO北京办事处")
    assert search(client, "en", "ILO") == ["ILO office in Beijing"]
    assert search(client, "zh", "ILO") == ["ILO北京办事处"]
    both = titles(client, "/zh/search/?q=ILO&languages=all")
    assert sorted(both) == ["ILO office in Beijing", "ILO北京办事处"]

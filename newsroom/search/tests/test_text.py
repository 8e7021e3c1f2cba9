"""How text becomes index terms: the rules both databases rely on."""

from newsroom.search.text import WORD_LIMIT, terms


def test_a_chinese_run_is_indexed_as_overlapping_pairs():
    assert terms("访问北京") == ["访问", "问北", "北京", "京"]


def test_scripts_are_split_where_they_meet():
    assert terms("ILO北京2019") == ["ilo", "北京", "京", "2019"]


def test_english_words_are_stemmed_and_mongolian_words_lower_cased():
    assert terms("Mongolia ratifies conventions") == ["mongolia", "ratifi", "convent"]
    assert terms("МОНГОЛ Улсын") == ["монгол", "улсын"]


def test_full_width_letters_read_as_ordinary_ones():
    assert terms("ＩＬＯ") == ["ilo"]


def test_punctuation_separates_and_is_not_indexed():
    assert terms("“Decent work”, they said — 体面劳动。") == [
        "decent",
        "work",
        "they",
        "said",
        "体面",
        "面劳",
        "劳动",
        "动",
    ]


def test_a_very_long_word_is_cut():
    assert terms("x" * 5000) == ["x" * WORD_LIMIT]


def test_the_limit_keeps_the_first_terms():
    assert terms("one two three four", limit=2) == ["one", "two"]

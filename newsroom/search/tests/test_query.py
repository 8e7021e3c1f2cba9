"""How a reader's input is read: phrases, exclusions, limits, and input that is not a search."""

import pytest

from newsroom.search.query import MAX_LENGTH, MAX_TERMS, parse


def parts(text: str) -> list[tuple[tuple[str, ...], bool, bool]]:
    return [(term.parts, term.prefix, term.negated) for term in parse(text).terms]


def test_a_chinese_word_is_the_phrase_of_its_pairs():
    assert parts("北京") == [(("北京",), False, False)]
    assert parts("国际劳工") == [(("国际", "际劳", "劳工"), False, False)]


def test_one_chinese_character_matches_every_pair_it_begins():
    assert parts("京") == [(("京",), True, False)]


def test_mixed_chinese_and_latin_give_a_term_each():
    assert parts("ILO 北京") == [(("ilo",), False, False), (("北京",), False, False)]
    assert parts("ILO北京") == parts("ILO 北京")


def test_a_stem_ending_in_i_is_searched_as_a_prefix():
    assert parts("ratify") == [(("ratif",), True, False)]


def test_quotes_make_a_phrase_and_a_dash_leaves_out():
    assert parts('"decent work" -Mongolia') == [
        (("decent", "work"), False, False),
        (("mongolia",), False, True),
    ]
    # Typographic quotes, as phones type them.
    assert parts("“decent work”") == [(("decent", "work"), False, False)]


def test_common_english_words_are_left_out_unless_they_are_all_there_is():
    assert parts("the ILO") == [(("ilo",), False, False)]
    assert parts("the") == [(("the",), False, False)]
    assert parts('"the ILO"') == [(("the", "ilo"), False, False)]


def test_an_unclosed_quote_runs_to_the_end():
    assert parts('"decent work') == [(("decent", "work"), False, False)]


def test_operators_and_stars_are_words_or_nothing():
    query = parse("ILO AND * OR* NOT")
    assert query.searchable
    assert all("*" not in part for term in query.terms for part in term.parts)


def test_a_long_search_is_cut_and_the_reader_told():
    query = parse("work " * 2000)
    assert len(query.text) == MAX_LENGTH
    assert query.notes and query.searchable


def test_many_words_are_cut_to_the_limit():
    query = parse(" ".join(f"word{number}" for number in range(40)))
    assert len(query.terms) == MAX_TERMS
    assert any(str(MAX_TERMS) in note for note in query.notes)


@pytest.mark.parametrize("text", ['"', "***", "-", "\x00\x01\x02", "\ufffd\ufffd", "“”", "!!!"])
def test_input_without_words_gets_a_sentence(text):
    query = parse(text)
    assert not query.searchable
    assert query.problem.endswith(".")


def test_only_leaving_out_is_not_a_search():
    query = parse("-ILO")
    assert not query.searchable
    assert "leaves words out" in query.problem


def test_blank_input_is_not_a_problem_but_nothing_to_do():
    query = parse("   ")
    assert not query.searchable and not query.problem


def test_a_mongolian_word_reaches_its_forms_that_drop_a_vowel():
    assert parts("хамгаалал") == [(("хамгаал",), True, False)]
    assert parts("Улс") == [(("улс",), False, False)]

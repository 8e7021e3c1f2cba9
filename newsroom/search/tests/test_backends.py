"""How a search is put to each database (``search/backends.py``): the index's own terms, each in
quotes, so that nothing a reader types is read as query syntax, and the same terms matched the
same way on SQLite and PostgreSQL. The PostgreSQL half is read here as text, so that it is
checked on every run, not only on the PostgreSQL one."""

from types import SimpleNamespace

import pytest

from newsroom.search.backends import PostgresBackend, SQLiteBackend, backend_for
from newsroom.search.query import Term, parse


def sqlite(search: str, title_only: bool = False) -> str:
    return SQLiteBackend().matching(parse(search), title_only=title_only).params[0]


def postgres(search: str, title_only: bool = False) -> str:
    return PostgresBackend().matching(parse(search), title_only=title_only).params[0]


@pytest.mark.parametrize(
    "search, sqlite_match, postgres_query",
    [
        ("ILO 北京", '"ilo" AND "北京"', "('ilo') & ('北京')"),
        ('"decent work"', '"decent work"', "('decent' <-> 'work')"),
        ("ratify", '"ratif"*', "('ratif':*)"),
        ("京", '"京"*', "('京':*)"),
        ("ratify -migration", '("ratif"*) NOT "migrat"', "('ratif':*) & !('migrat')"),
    ],
)
def test_both_databases_are_asked_for_the_same_terms(search, sqlite_match, postgres_query):
    assert sqlite(search) == sqlite_match
    assert postgres(search) == postgres_query


@pytest.mark.parametrize(
    "backend", [SQLiteBackend(), PostgresBackend()], ids=["sqlite", "postgresql"]
)
def test_what_the_reader_types_reaches_the_database_only_as_a_parameter(backend):
    plain = backend.matching(parse("ilo"))
    odd = backend.matching(parse("x') OR 1=1 -- \"ilo"))

    assert plain.sql == odd.sql
    assert "ilo" not in plain.sql


def test_a_term_stays_inside_its_quotes_whatever_it_holds():
    assert SQLiteBackend._term(Term(parts=('a"b',))) == '"a""b"'
    assert PostgresBackend._term(Term(parts=("o'brien", "a\\b"))) == "('o''brien' <-> 'a\\\\b')"


def test_a_prefix_is_the_beginning_of_the_last_term_only():
    term = Term(parts=("social", "protect"), prefix=True)

    assert SQLiteBackend._term(term) == '"social protect"*'
    assert PostgresBackend._term(term) == "('social' <-> 'protect':*)"


def test_a_search_of_titles_leaves_exclusions_to_the_whole_story():
    assert sqlite("ilo -migration", title_only=True) == '{title} : ("ilo")'
    assert postgres("ilo -migration", title_only=True) == "('ilo')"


def test_postgresql_reads_titles_from_their_own_column():
    whole = PostgresBackend().matching(parse("ilo")).sql
    titles = PostgresBackend().matching(parse("ilo"), title_only=True).sql

    assert "WHERE terms @@" in whole
    assert "WHERE title_terms @@" in titles


def test_the_terms_of_a_story_keep_their_positions_with_a_gap_after_the_title():
    # Title positions from 1; the text's from 4, so that no phrase runs from title into text.
    vector = PostgresBackend.vector(["ilo", "北京"], ["ilo", "report", "o'brien", "a\\b"])

    assert vector == "'ilo':1,4 '北京':2 'report':5 'o''brien':6 'a\\\\b':7"


@pytest.mark.parametrize(
    "vendor, home", [("sqlite", SQLiteBackend), ("postgresql", PostgresBackend)]
)
def test_each_database_has_its_own_home_for_the_index(vendor, home):
    assert isinstance(backend_for(SimpleNamespace(vendor=vendor)), home)


def test_another_database_is_refused_saying_which_are_supported():
    with pytest.raises(NotImplementedError, match="SQLite and PostgreSQL, not mysql"):
        backend_for(SimpleNamespace(vendor="mysql"))

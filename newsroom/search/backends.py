"""Where each database keeps the index's terms, and how a query is put to it.

Both databases are given the terms ``text.py`` makes and match them exactly (or, for a prefix
term, by their beginning), so that they find the same stories:

- SQLite: an FTS5 table ``search_terms`` (columns ``title`` and ``text``, row id = the story's
  page id) whose ``ascii`` tokenizer splits only at the spaces between the terms.
- PostgreSQL: ``tsvector`` columns ``terms`` (title and text) and ``title_terms`` on the document,
  with GIN indexes, built from the terms and their positions directly (no text-search parser or
  dictionary in between).

The query is the index's own terms, each in quotes: nothing a reader types is read as syntax.
"""

from collections import defaultdict

from django.db import connection
from django.db.models.expressions import RawSQL

from .query import Query, Term

TABLE = "search_searchdocument"


class SQLiteBackend:
    install_sql = [
        "CREATE VIRTUAL TABLE search_terms USING fts5(title, text, tokenize='ascii')",
        f"CREATE TRIGGER search_entry_deleted AFTER DELETE ON {TABLE} BEGIN "
        "DELETE FROM search_terms WHERE rowid = old.entry_id; END",
    ]
    uninstall_sql = [
        "DROP TRIGGER IF EXISTS search_entry_deleted",
        "DROP TABLE IF EXISTS search_terms",
    ]

    def write(self, cursor, page_id: int, title: list[str], text: list[str]) -> None:
        cursor.execute("DELETE FROM search_terms WHERE rowid = %s", [page_id])
        cursor.execute(
            "INSERT INTO search_terms (rowid, title, text) VALUES (%s, %s, %s)",
            [page_id, " ".join(title), " ".join(text)],
        )

    def matching(self, query: Query, title_only: bool = False) -> RawSQL:
        expression = " AND ".join(self._term(term) for term in query.wanted)
        if title_only:
            expression = "{title} : (" + expression + ")"
        else:
            for term in query.unwanted:
                expression = f"({expression}) NOT {self._term(term)}"
        return RawSQL("SELECT rowid FROM search_terms WHERE search_terms MATCH %s", [expression])

    @staticmethod
    def _term(term: Term) -> str:
        quoted = '"' + " ".join(part.replace('"', '""') for part in term.parts) + '"'
        return quoted + "*" if term.prefix else quoted


class PostgresBackend:
    install_sql = [
        f"ALTER TABLE {TABLE} ADD COLUMN terms tsvector NOT NULL DEFAULT ''::tsvector",
        f"ALTER TABLE {TABLE} ADD COLUMN title_terms tsvector NOT NULL DEFAULT ''::tsvector",
        f"CREATE INDEX search_entry_terms ON {TABLE} USING gin (terms)",
        f"CREATE INDEX search_entry_title_terms ON {TABLE} USING gin (title_terms)",
    ]
    uninstall_sql = [
        "DROP INDEX IF EXISTS search_entry_title_terms",
        "DROP INDEX IF EXISTS search_entry_terms",
        f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS title_terms",
        f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS terms",
    ]

    def write(self, cursor, page_id: int, title: list[str], text: list[str]) -> None:
        cursor.execute(
            f"UPDATE {TABLE} SET terms = %s::tsvector, title_terms = %s::tsvector "
            "WHERE entry_id = %s",
            [self.vector(title, text), self.vector(title, []), page_id],
        )

    @staticmethod
    def vector(title: list[str], text: list[str]) -> str:
        """The ``tsvector`` literal of the terms: title positions from 1; the text's after a gap,
        so that no phrase runs from the title into the text (as in SQLite, where they are two
        columns)."""
        positions: dict[str, list[str]] = defaultdict(list)
        for index, term in enumerate(title, start=1):
            positions[term].append(str(index))
        start = len(title) + 2
        for index, term in enumerate(text, start=start):
            positions[term].append(str(index))
        return " ".join(
            f"'{_escape(term)}':{','.join(places)}" for term, places in positions.items()
        )

    def matching(self, query: Query, title_only: bool = False) -> RawSQL:
        # The title's terms have a column of their own: matching them reads a short vector,
        # not the whole story's.
        column = "title_terms" if title_only else "terms"
        parts = [self._term(term) for term in query.wanted]
        if not title_only:
            parts += [f"!{self._term(term)}" for term in query.unwanted]
        return RawSQL(
            f"SELECT entry_id FROM {TABLE} WHERE {column} @@ %s::tsquery", [" & ".join(parts)]
        )

    @staticmethod
    def _term(term: Term) -> str:
        last = len(term.parts) - 1
        lexemes = [
            f"'{_escape(part)}'" + (":*" if term.prefix and index == last else "")
            for index, part in enumerate(term.parts)
        ]
        return "(" + " <-> ".join(lexemes) + ")"


def _escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("'", "''")


def backend_for(db_connection) -> SQLiteBackend | PostgresBackend:
    """The index's home on the database behind ``db_connection``."""
    if db_connection.vendor == "postgresql":
        return PostgresBackend()
    if db_connection.vendor == "sqlite":
        return SQLiteBackend()
    raise NotImplementedError(f"Search supports SQLite and PostgreSQL, not {db_connection.vendor}.")


def backend() -> SQLiteBackend | PostgresBackend:
    """The index's home on the default database."""
    return backend_for(connection)

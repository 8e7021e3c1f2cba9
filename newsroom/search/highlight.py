"""Titles and snippets with the reader's words marked, as a results page shows them."""

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .query import Query
from .text import WORD, normalise, word_term

SNIPPET_LENGTH = 220


@dataclass(frozen=True)
class _Matcher:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    runs: tuple[str, ...]

    def _is_match(self, word: str) -> bool:
        term = word_term(normalise(word))
        return term in self.exact or term.startswith(self.prefixes)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where in ``text`` the query's words stand, as (start, end), in order, not overlapping."""
        found = []
        haystack = _folded(text)
        for run in self.runs:
            start = haystack.find(run)
            while start != -1:
                found.append((start, start + len(run)))
                start = haystack.find(run, start + len(run))
        if self.exact or self.prefixes:
            for match in WORD.finditer(text):
                word = match.group("word")
                if word and self._is_match(word):
                    found.append(match.span())
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                continue
            merged.append((start, end))
        return merged

    def first(self, text: str) -> int | None:
        """Where the first of the query's words stands in ``text``, reading no further."""
        haystack = _folded(text)
        positions = [haystack.find(run) for run in self.runs]
        best = min((p for p in positions if p != -1), default=None)
        if self.exact or self.prefixes:
            for match in WORD.finditer(text):
                if best is not None and match.start() >= best:
                    break
                word = match.group("word")
                if word and self._is_match(word):
                    return match.start()
        return best


def _folded(text: str) -> str:
    """``text`` folded for finding Chinese words, when folding keeps every character in place."""
    folded = normalise(text)
    return folded if len(folded) == len(text) else text


def matcher(query: Query) -> _Matcher:
    exact, prefixes, runs = set(), [], []
    for term in query.wanted:
        if term.cjk:
            runs.extend(term.words)
        elif term.prefix:
            prefixes.append(term.parts[-1])
            exact.update(term.parts[:-1])
        else:
            exact.update(term.parts)
    return _Matcher(frozenset(exact), tuple(prefixes), tuple(runs))


def marked(text: str, spans: list[tuple[int, int]]) -> SafeString:
    pieces, position = [], 0
    for start, end in spans:
        pieces.append(escape(text[position:start]))
        pieces.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))


def title(text: str, query: Query) -> SafeString:
    return marked(text, matcher(query).spans(text))


def snippet(text: str, query: Query) -> SafeString:
    """A stretch of ``text`` around the first of the reader's words, with them marked; the text's
    beginning when none of them is in it (the match was in the title). Only that stretch is
    read closely, however long the story."""
    words = matcher(query)
    text = " ".join(text.split())
    if len(text) <= SNIPPET_LENGTH:
        return marked(text, words.spans(text))
    first = words.first(text) or 0
    start = max(0, first - SNIPPET_LENGTH // 4)
    if start:
        # Begin at a word, not inside one.
        space = text.rfind(" ", 0, start)
        start = space + 1 if space != -1 and start - space < 20 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space != -1 and end - space < 20 else end
    piece = text[start:end]
    body = marked(piece, words.spans(piece))
    return mark_safe(("… " if start else "") + body + (" …" if end < len(text) else ""))

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

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where in ``text`` the query's words stand, as (start, end), in order, not overlapping."""
        found = []
        # Folded for the search when folding keeps every character in its place.
        folded = normalise(text)
        haystack = folded if len(folded) == len(text) else text
        for run in self.runs:
            start = haystack.find(run)
            while start != -1:
                found.append((start, start + len(run)))
                start = haystack.find(run, start + len(run))
        for match in WORD.finditer(text):
            word = match.group("word")
            if not word:
                continue
            term = word_term(normalise(word))
            if term in self.exact or any(term.startswith(prefix) for prefix in self.prefixes):
                found.append(match.span())
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                continue
            merged.append((start, end))
        return merged


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


def marked(
    text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None
) -> SafeString:
    end = len(text) if end is None else end
    pieces, position = [], start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        pieces.append(escape(text[position:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    pieces.append(escape(text[position:end]))
    return mark_safe("".join(pieces))


def title(text: str, query: Query) -> SafeString:
    return marked(text, matcher(query).spans(text))


def snippet(text: str, query: Query) -> SafeString:
    """A stretch of ``text`` around the first of the reader's words, with them marked; the text's
    beginning when none of them is in it (the match was in the title)."""
    text = " ".join(text.split())
    spans = matcher(query).spans(text)
    if len(text) <= SNIPPET_LENGTH:
        return marked(text, spans)
    first = spans[0][0] if spans else 0
    start = max(0, first - SNIPPET_LENGTH // 4)
    if start:
        # Begin at a word, not inside one.
        space = text.rfind(" ", 0, start)
        start = space + 1 if space != -1 and start - space < 20 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space != -1 and end - space < 20 else end
    body = marked(text, spans, start, end)
    return mark_safe(("… " if start else "") + body + (" …" if end < len(text) else ""))

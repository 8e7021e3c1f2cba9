"""What a reader typed, read as the terms every result must hold.

Anything may come in — quotes, operators, ``*``, control characters, pages of text — and every
input gives a query or a message: the input is cleaned, cut to a length, and only ever handed to
the database as the index's own terms, quoted (``backends.py``), never as query syntax.

- Words are searched all together: a result holds every one of them.
- ``"in quotes"`` is a phrase: its words next to each other, in that order.
- ``-word`` or ``-"a phrase"`` leaves out what holds it.
- A Chinese word is found inside a longer run of characters (``text.py``); English words match
  their other forms (``ratify`` finds ``ratifies`` and ``ratification``); Mongolian words of four
  letters or more find the same word with endings (``Монгол`` finds ``Монголын``), also where
  the ending drops the vowel of the last syllable (``хамгаалал`` finds ``хамгааллын``).
- Common English words (the, of, …) are left out unless they are all there is or stand in a
  phrase.
"""

import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .text import WORD, cjk_terms, is_cyrillic, normalise, word_term

MAX_LENGTH = 200
MAX_TERMS = 12
# Quotation marks a reader may type for a phrase, in the newsroom's languages.
_QUOTES = '"“”„‟«»「」『』＂'
_DASHES = "-‐‑–—－"
_VOWELS = frozenset("аэиоуөүыяеёю")
STOP_WORDS = frozenset(
    "a an and are as at be but by for from has have in into is it its not of on or that the "
    "their this to was were which will with".split()
)


@dataclass(frozen=True)
class Term:
    """One thing a result must hold (or, ``negated``, must not): index terms at consecutive
    positions; ``prefix`` makes the last one match every term that begins with it."""

    parts: tuple[str, ...]
    prefix: bool = False
    negated: bool = False
    # The normalised words as typed, to mark them in titles and snippets.
    words: tuple[str, ...] = ()
    # A run of Chinese (or other CJK) characters, found as a string inside longer runs.
    cjk: bool = False


@dataclass
class Query:
    """A reader's search, ready for the index: the terms, and what the reader should be told
    about how it was read."""

    text: str
    terms: list[Term] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # Set when there is nothing to search for; says why, as a sentence.
    problem: str = ""

    @property
    def searchable(self) -> bool:
        return not self.problem and any(not term.negated for term in self.terms)

    @property
    def wanted(self) -> list[Term]:
        return [term for term in self.terms if not term.negated]

    @property
    def unwanted(self) -> list[Term]:
        return [term for term in self.terms if term.negated]


def clean(raw: str) -> str:
    """``raw`` without control, format and unassigned characters, spaces made single."""
    kept = []
    for char in raw:
        category = unicodedata.category(char)
        if category in {"Cc", "Cf", "Cs", "Cn", "Co"} or char == "\ufffd":
            kept.append(" ")
        else:
            kept.append(char)
    return " ".join("".join(kept).split())


def parse(raw: str | None) -> Query:
    """The query a reader's input ``raw`` asks for (``None`` or blank: nothing yet)."""
    text = clean(raw or "")
    query = Query(text=text)
    if not text:
        if raw and raw.strip():
            query.problem = _(
                "Your search holds no letters or characters that can be searched for. Type a "
                "word or a name."
            )
        return query
    if len(text) > MAX_LENGTH:
        text = text[:MAX_LENGTH]
        query.text = text
        query.notes.append(
            _("Only the first %(count)s characters of your search were used.")
            % {"count": MAX_LENGTH}
        )
    for phrase, negated, words in _pieces(text):
        query.terms.extend(_terms(words, phrase=phrase, negated=negated))
    stop = [term for term in query.wanted if term.words in {(word,) for word in STOP_WORDS}]
    if stop and len(stop) < len(query.wanted):
        query.terms = [t for t in query.terms if t not in stop]
    query.terms = list(dict.fromkeys(query.terms))
    if len(query.terms) > MAX_TERMS:
        query.terms = query.terms[:MAX_TERMS]
        query.notes.append(
            ngettext(
                "Only the first %(count)s word of your search was used.",
                "Only the first %(count)s words of your search were used.",
                MAX_TERMS,
            )
            % {"count": MAX_TERMS}
        )
    if not query.terms:
        query.problem = _(
            "Your search has no words to look for. Type a word or a name, in letters or characters."
        )
    elif not query.wanted:
        query.problem = _(
            "Your search only leaves words out. Add a word that the results should contain."
        )
    return query


def _pieces(text: str):
    """``(is_phrase, negated, text)`` for each phrase in quotes and each stretch of words
    between them; an unclosed quote runs to the end."""
    position = 0
    length = len(text)
    while position < length:
        char = text[position]
        negated = False
        if char in _DASHES and position + 1 < length and not text[position + 1].isspace():
            negated = True
            position += 1
            char = text[position]
        if char in _QUOTES:
            end = position + 1
            while end < length and text[end] not in _QUOTES:
                end += 1
            yield True, negated, text[position + 1 : end]
            position = end + 1
            continue
        end = position
        while end < length and not text[end].isspace() and text[end] not in _QUOTES:
            end += 1
        if end == position:
            position += 1
            continue
        yield False, negated, text[position:end]
        position = end


def _terms(text: str, phrase: bool, negated: bool) -> list[Term]:
    """The terms of one piece: a phrase's words make one term (its CJK runs one each); free words
    one term each."""
    found: list[Term] = []
    run_of_words: list[str] = []
    typed: list[str] = []

    def close_phrase():
        if run_of_words:
            found.append(Term(tuple(run_of_words), negated=negated, words=tuple(typed)))
            run_of_words.clear()
            typed.clear()

    for match in WORD.finditer(normalise(text)):
        run = match.group("cjk")
        if run:
            close_phrase()
            found.append(_cjk_term(run, negated))
            continue
        word = match.group("word")
        if phrase:
            run_of_words.append(word_term(word))
            typed.append(word)
        else:
            found.append(_word_term(word, negated))
    close_phrase()
    return found


def _cjk_term(run: str, negated: bool) -> Term:
    if len(run) == 1:
        return Term((run,), prefix=True, negated=negated, words=(run,), cjk=True)
    # Pairs only: the run's last character stands alone in the index only where the text's run
    # ends, and the word is looked for inside longer runs too.
    return Term(tuple(cjk_terms(run)[:-1]), negated=negated, words=(run,), cjk=True)


def _word_term(word: str, negated: bool) -> Term:
    term = word_term(word)
    if is_cyrillic(word):
        if len(term) >= 6 and term[-2] in _VOWELS and term[-1] not in _VOWELS:
            # Mongolian drops the vowel of a last syllable before an ending (хамгаалал →
            # хамгааллын): the word without that syllable's vowel and consonant finds both.
            return Term((term[:-2],), prefix=True, negated=negated, words=(word,))
        return Term((term,), prefix=len(term) >= 4, negated=negated, words=(word,))
    if term != word and term.endswith("i") and len(term) >= 6:
        # The stemmer writes a final y as i (ratify → ratifi) but cuts more from the longer
        # forms (ratification → ratif): the stem without its i, as a prefix, finds them all.
        return Term((term[:-1],), prefix=True, negated=negated, words=(word,))
    return Term((term,), negated=negated, words=(word,))

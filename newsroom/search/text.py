"""How text becomes the terms the search index holds, the same for stories and for queries.

Database full-text search splits text at spaces and punctuation, which leaves a run of Chinese
characters (国际劳工组织驻华和蒙古局局长访问北京) as one token that no two-character word matches.
So the newsroom tokenises text itself, the same way for SQLite and PostgreSQL, and the databases
only store and look up the terms it gives them (``docs/search.md``):

- Chinese (and the other scripts written without spaces): each character's term is the character
  with the next one of its run (overlapping pairs, 北京 京访 …), the run's last character alone.
  A word of two or more characters is then the phrase of its pairs; one character is every term
  that begins with it.
- Latin script: lower case, then the English stem (``ratifies`` → ``ratifi``).
- Cyrillic (Mongolian) and every other script: lower case.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Scripts written without spaces between words: Han (with its extensions and compatibility
# forms), kana, Hangul, Bopomofo.
_CJK = (
    "\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff\u3100-\u312f"
    "\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
    "\U00020000-\U0003134f"
)
# A run of CJK characters, or a word of letters and digits in any other script.
WORD = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<word>[^\W_{_CJK}]+)")
_CYRILLIC = re.compile(r"[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
_LATIN = re.compile(r"[a-z\u00c0-\u024f\u1e00-\u1eff]")

# The most words of a title, and of the rest of a story, that are searchable. PostgreSQL keeps
# word positions up to 16 383; both databases index the same words so that they find the same
# stories.
TITLE_LIMIT = 200
TEXT_LIMIT = 16_000
# Longer words are cut to this many characters (PostgreSQL refuses terms of over 2 047 bytes).
WORD_LIMIT = 60

_stemmer = snowballstemmer.stemmer("english")


def normalise(text: str) -> str:
    """``text`` in the one form the index compares: compatibility characters folded (full-width
    letters, ligatures), lower case without regard to script."""
    return unicodedata.normalize("NFKC", text).casefold()


@lru_cache(maxsize=100_000)
def word_term(word: str) -> str:
    """The term of one normalised word that is not CJK: its English stem when it is Latin."""
    word = word[:WORD_LIMIT]
    if _LATIN.search(word) and not _CYRILLIC.search(word):
        return _stemmer.stemWord(word)
    return word


def cjk_terms(run: str) -> list[str]:
    """The terms of a run of CJK characters, one a character: overlapping pairs, the last
    character alone."""
    return [run[i : i + 2] for i in range(len(run))]


def terms(text: str, limit: int | None = None) -> list[str]:
    """The terms of ``text`` in order, one per position, at most ``limit``."""
    found: list[str] = []
    for match in WORD.finditer(normalise(text)):
        run = match.group("cjk")
        if run:
            found.extend(cjk_terms(run))
        else:
            found.append(word_term(match.group("word")))
        if limit is not None and len(found) >= limit:
            return found[:limit]
    return found


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))

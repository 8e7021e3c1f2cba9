"""The head of an item page: what stands above its byline, or above its body when it has none.

On the old site an item page opens with, in this order: a kicker (a kind's label, or the topic
or campaign the story belongs to, “Social protection”), the title, a standfirst, the picture's
caption and credit (“A woman worker in China. © Shutterstock”), and a statement's speaker line
(“By Mr …”). Only the title is always there. Copied as text, a head's lines are sometimes
parted by blank lines and sometimes not (a title and its standfirst on two lines of one
paragraph), so the head is read line by line.

Which line is the kicker and which the title cannot always be told from the lines' places: two
lines before a byline are a kicker and a title, or a title and a standfirst. A kind's label is a
kicker; otherwise the first line is a kicker when it reads as one — a short label, not a
sentence — and the second does not read as a standfirst (which ends as a sentence does). The
page reads back the same either way; only the story's title and kicker depend on it.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from newsroom.stories.kinds import kind_for_label

from .errors import StoryError
from .text import split_paragraphs

SPEAKER_LINE = re.compile(r"^By\s+(?P<speaker>.+)$")
# A picture's caption ends with its credit: “A woman worker in China. © Shutterstock”, or is
# the credit alone, “© ILO 2017”.
CAPTION_LINE = re.compile(r"^(?P<caption>.*?)\s*©\s*(?P<credit>[^©]+?)\s*$")
# A kicker is a label of a few words (“Labour market policy and high-quality development”).
KICKER_MAX_WORDS = 8
# How a sentence ends, closing quotes and brackets aside.
SENTENCE_END = re.compile(r"[.!?…。！？][”\"’')\]]*$")
# Before its byline, a story has at most a kicker, a title, a standfirst, a caption and a
# speaker line.
HEAD_LINES = 5


@dataclass(frozen=True)
class Line:
    """One line of a file, with its number."""

    line: int
    text: str


@dataclass(frozen=True)
class Head:
    """What stands above a story's byline or body."""

    title: Line
    kicker: Line | None = None
    standfirst: Line | None = None
    caption: str = ""
    credit: str = ""
    speaker: Line | None = None


def paragraph_lines(text: str) -> list[list[Line]]:
    """The paragraphs of ``text``, each as its numbered lines."""
    return [
        [Line(paragraph.line + offset, line) for offset, line in enumerate(paragraph.lines)]
        for paragraph in split_paragraphs(text)
    ]


def is_sentence(text: str) -> bool:
    return SENTENCE_END.search(text) is not None


def reads_as_kicker(first: str, second: str) -> bool:
    """Whether ``first``, above ``second``, is a kicker rather than a title: a kind's label, or
    a short label above a longer line that is no standfirst."""
    if kind_for_label(first) is not None:
        return True
    return (
        len(first.split()) <= KICKER_MAX_WORDS
        and not is_sentence(first)
        and not is_sentence(second)
        and len(second) > len(first)
    )


def caption_of(text: str) -> tuple[str, str] | None:
    """The caption and credit of a picture's line; None when the line gives no credit."""
    match = CAPTION_LINE.match(text)
    if match is None:
        return None
    return match["caption"], match["credit"]


def read_head(lines: list[Line]) -> Head:
    """The head of a story whose byline follows ``lines`` (every line above the byline)."""
    lines = list(lines)
    speaker: Line | None = None
    if len(lines) > 1 and SPEAKER_LINE.match(lines[-1].text):
        speaker = lines.pop()
    caption = credit = ""
    for index, line in enumerate(lines[1:], start=1):
        found = caption_of(line.text)
        if found is not None:
            caption, credit = found
            del lines[index]
            break
    if len(lines) > 3:
        raise StoryError(
            lines[3].line,
            _(
                "the byline comes after %(count)s paragraphs; before it stand at most a kicker, "
                "the title, a standfirst, a picture's caption and a statement's “By …” line."
            )
            % {"count": len(lines)},
        )
    kicker = standfirst = None
    if len(lines) == 3:
        kicker, title, standfirst = lines
    elif len(lines) == 2 and reads_as_kicker(lines[0].text, lines[1].text):
        kicker, title = lines
    elif len(lines) == 2:
        title, standfirst = lines
    else:
        (title,) = lines
    return Head(
        title=title,
        kicker=kicker,
        standfirst=standfirst,
        caption=caption,
        credit=credit,
        speaker=speaker,
    )


def read_open_head(paragraphs: list[list[Line]]) -> tuple[Head, list[list[Line]]]:
    """The head of a story without a byline, and the paragraphs of its body.

    The first paragraph is the kicker when it is a kind's label or reads as one above the
    title; the title's paragraph may go on with the standfirst; otherwise the next paragraph
    is the standfirst when it is a single line and more follow. A caption line may come next.
    """
    rest = [list(paragraph) for paragraph in paragraphs]
    kicker: Line | None = None
    first = rest[0]
    if len(first) == 1 and len(rest) > 1 and reads_as_kicker(first[0].text, rest[1][0].text):
        kicker = first[0]
        rest = rest[1:]
    title_paragraph, rest = rest[0], rest[1:]
    title, more = title_paragraph[0], title_paragraph[1:]
    standfirst: Line | None = None
    if more:
        standfirst, more = more[0], more[1:]
        if more:
            rest.insert(0, more)
    elif len(rest) > 1 and len(rest[0]) == 1 and caption_of(rest[0][0].text) is None:
        standfirst, rest = rest[0][0], rest[1:]
    caption = credit = ""
    if rest and len(rest[0]) == 1 and (found := caption_of(rest[0][0].text)) is not None:
        caption, credit = found
        rest = rest[1:]
    return Head(
        title=title, kicker=kicker, standfirst=standfirst, caption=caption, credit=credit
    ), rest

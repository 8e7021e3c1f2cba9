"""An item page's body paragraphs, as read from its text, made the rich text of the story.

Each paragraph (lines between blank lines) becomes one paragraph block. Within it, a single line
break means something on the old pages — a speech's list of addressees, a signature, an address,
a picture's caption above the text it illustrates — and is kept as a line break. Lines that
start with a bullet (``•``) are the items of a list, and lines numbered ``1.``, ``2.``, … in
order those of a numbered list; a list may stand between lines of text in the same paragraph
(“The training sessions focused on:” / “• Wages and benefits” / …). Anything else, an asterisk
at the start of a line included, is kept as it was written.
"""

import re
from itertools import groupby

from django.utils.html import escape
from wagtail.rich_text import RichText

PARAGRAPH_BLOCK = "paragraph"
BULLET = re.compile(r"^[•●▪◦‣]\s*(?P<text>\S.*)$")
NUMBERED = re.compile(r"^(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")


def _run_kind(line: str) -> str:
    return "ul" if BULLET.match(line) else "ol" if NUMBERED.match(line) else "text"


def _numbered_in_order(lines: list[str]) -> bool:
    numbers = [int(NUMBERED.match(line)["number"]) for line in lines]
    return numbers == list(range(1, len(numbers) + 1))


def paragraph_html(lines: list[str]) -> str:
    """The rich text of one paragraph of ``lines``."""
    parts: list[str] = []
    for kind, run in groupby(lines, key=_run_kind):
        run = list(run)
        if kind == "ul":
            items = "".join(f"<li>{escape(BULLET.match(line)['text'])}</li>" for line in run)
            parts.append(f"<ul>{items}</ul>")
        elif kind == "ol" and _numbered_in_order(run):
            items = "".join(f"<li>{escape(NUMBERED.match(line)['text'])}</li>" for line in run)
            parts.append(f"<ol>{items}</ol>")
        elif parts and parts[-1].startswith("<p>") and kind != "text":
            # Numbered lines out of order are text, run on with the text before them.
            parts[-1] = (
                parts[-1][: -len("</p>")] + "".join(f"<br/>{escape(line)}" for line in run) + "</p>"
            )
        else:
            parts.append("<p>" + "<br/>".join(escape(line) for line in run) + "</p>")
    return "".join(parts)


def body_blocks(paragraphs: list[list[str]]) -> list[tuple[str, RichText]]:
    """The body's paragraphs as the body stream's paragraph blocks, one block each."""
    return [(PARAGRAPH_BLOCK, RichText(paragraph_html(lines))) for lines in paragraphs]

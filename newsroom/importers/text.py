"""A file of the old site as text: read from disk, then cut into paragraphs with their lines.

Listings and item pages are written as a reader copies them (``docs/text-forms.md``):
paragraphs separated by blank lines, indentation of no meaning. Each paragraph keeps the line it
starts on, so that every fault found later can name it.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from .errors import ListingError

# Files copied on Windows or old Macs end their lines otherwise; all three count as one break.
LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a file: its lines joined by spaces, and the line it starts on.

    ``lines`` keeps its lines apart, for the item pages, where a single line break can mean
    something (a list, an address block, a caption above a paragraph)."""

    line: int
    text: str
    lines: tuple[str, ...] = ()


def read_text(path: str | Path) -> str:
    """The UTF-8 text of the file at ``path``, without its byte-order mark."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ListingError(
            None, _("The file “%(path)s” does not exist.") % {"path": path}
        ) from None
    except IsADirectoryError:
        raise ListingError(
            None, _("“%(path)s” is a folder, not a file to import.") % {"path": path}
        ) from None
    except OSError as error:
        raise ListingError(
            None,
            _("The file “%(path)s” cannot be read: %(reason)s.")
            % {"path": path, "reason": error.strerror},
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = len(LINE_BREAK.split(data[: error.start].decode("utf-8", "replace")))
        raise ListingError(
            line,
            _(
                "the file is not UTF-8 text (the byte 0x%(byte)02X cannot be read); "
                "save it as UTF-8 and import it again."
            )
            % {"byte": data[error.start]},
        ) from None
    return text.removeprefix("\ufeff")


def split_paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of ``text``, each line stripped of its indentation; blank lines part them."""
    paragraphs: list[Paragraph] = []
    start = 0
    lines: list[str] = []
    for number, raw in enumerate(LINE_BREAK.split(text), start=1):
        line = raw.strip()
        if line:
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            paragraphs.append(Paragraph(start, " ".join(lines), tuple(lines)))
            lines = []
    if lines:
        paragraphs.append(Paragraph(start, " ".join(lines), tuple(lines)))
    return paragraphs

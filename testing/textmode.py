"""Pages as a text-mode browser reads them, to compare with the reference site's text."""

import shutil
import subprocess
import unicodedata

# w3m lays out no line wider than this many columns, whatever ``-cols`` says: a longer
# paragraph is wrapped at its last space before it (or, in Chinese, at any character).
W3M_MAX_COLUMNS = 1023


class TextBrowserMissing(RuntimeError):
    pass


def text_dump(html: str) -> list[str]:
    """The non-blank lines ``w3m -dump`` (or lynx) shows for ``html``, whitespace folded."""
    if shutil.which("w3m"):
        command = ["w3m", "-dump", "-cols", "4000", "-O", "UTF-8", "-T", "text/html"]
    elif shutil.which("lynx"):
        command = [
            "lynx",
            "-dump",
            "-nolist",
            "-width=4000",
            "-assume_charset=utf-8",
            "-display_charset=utf-8",
            "-stdin",
        ]
    else:
        raise TextBrowserMissing("Install w3m or lynx (make test does) to read pages as text.")
    result = subprocess.run(
        command, input=html.encode(), capture_output=True, check=True, timeout=60
    )
    return folded_lines(unwrapped(result.stdout.decode()))


def columns(text: str) -> int:
    """How many columns ``text`` takes in a terminal: two for each wide (Chinese) character."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def unwrapped(dump: str) -> str:
    """A text browser's dump with the lines it had to wrap joined again: a line was wrapped
    when the next line's first word would not have fitted after it."""
    lines: list[str] = []
    for line in dump.splitlines():
        if lines and line.strip() and lines[-1].strip():
            previous = lines[-1]
            word = line.split()[0]
            if columns(previous) + 1 + columns(word) > W3M_MAX_COLUMNS:
                wide = unicodedata.east_asian_width(word[0]) in "WF"
                lines[-1] = previous + ("" if wide else " ") + line.lstrip()
                continue
        lines.append(line)
    return "\n".join(lines)


def folded_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    """Whether ``needle`` stands in ``haystack`` line after line with nothing in between."""
    width = len(needle)
    return any(haystack[i : i + width] == needle for i in range(len(haystack) - width + 1))

"""Pages as a text-mode browser reads them, to compare with the reference site's text."""

import shutil
import subprocess


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
    return folded_lines(result.stdout.decode())


def folded_lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    """Whether ``needle`` stands in ``haystack`` line after line with nothing in between."""
    width = len(needle)
    return any(haystack[i : i + width] == needle for i in range(len(haystack) - width + 1))

"""The report of ``manage.py import_archive --report FILE``: one CSV row for each file.

CSV (RFC 4180, UTF-8, a header row) so that it opens in a spreadsheet as well as it greps:

    path,result,address,line,reason
    press-releases/2019/WCMS_688941.txt,imported,/en/press-releases/ilo-and-china-…/,,
    news/WCMS_123456.txt,refused,,7,"the byline “News | 31 June 2021” …"

``path`` is the file's path below the archive's folder; ``result`` is ``imported``,
``updated``, ``unchanged`` or ``refused``; ``address`` the address here of the story, or of the
listing page a listing filled (for an unchanged file, as it was when the file was imported);
``line`` and ``reason`` why a file was refused, ``line`` empty when the fault is the file as a
whole. Rows are written batch by batch, once each batch is committed, so that a report of a run
stopped half-way names only files that are imported.
"""

import csv
from pathlib import Path
from typing import TextIO

from .archive import FileOutcome

COLUMNS = ("path", "result", "address", "line", "reason")


class ArchiveReport:
    """A report being written; :meth:`add` the outcomes of each batch, :meth:`close` at the
    end. Without a file, a report that keeps nothing."""

    def __init__(self, path: Path | None) -> None:
        self._file: TextIO | None = None
        if path is not None:
            self._file = path.open("w", encoding="utf-8", newline="")
            self._writer = csv.writer(self._file)
            self._writer.writerow(COLUMNS)

    def add(self, outcomes: list[FileOutcome]) -> None:
        if self._file is None:
            return
        self._writer.writerows(
            (o.path, o.result, o.address, "" if o.line is None else o.line, o.reason)
            for o in outcomes
        )
        self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

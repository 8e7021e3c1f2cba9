"""Importing an office's archive: every page of a folder, in batches, resumable at any point.

The service behind ``manage.py import_archive`` (``docs/archive-import.md``). An archive is
thousands of files, listings and item pages (``archive_pages.py``). They are imported in sorted
path order, in batches of ``BATCH_SIZE`` files: each batch is one transaction, each file a
savepoint in it, so that

- a file that cannot be imported (a fault of its text, or a story it cannot become) is rolled
  back alone and reported with its line and reason, and the others go on;
- a run stopped at any moment, even killed, leaves every file wholly imported or not at all:
  the batch it was in is rolled back whole.

Each imported file leaves a row in the ledger (``models.ArchiveFile``), written in its batch's
transaction: its path, the sha256 of its bytes and the page it became. Importing the folder
again skips the files whose bytes are unchanged without reading them as pages, imports again
those whose bytes changed, and imports those it has no row for, or whose page has been deleted
since. A dry run imports each batch and rolls it back: its report says what would happen, the
files of a batch seeing what those before them would have written, and nothing is written, the
ledger neither.
"""

import hashlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from django.db import transaction
from django.db.models import Exists, OuterRef
from wagtail.models import Page, Site

from .archive_pages import ImportedPage, import_page_text, is_listing, read_item_page
from .errors import ListingError, StoryError
from .legacy_dates import Timeline
from .models import ArchiveFile
from .story import StoryImportResult
from .story_bulk import Batch, NewStory, new_ones, publish_new
from .text import read_text

# Files a transaction. A batch holds the database's write lock while it runs, 4 to 13 s for 50
# files on SQLite (docs/archive-import.md), where an editor's save waits at most 20 s; beside
# publishing a story, committing and the ledger's one look-up a batch cost next to nothing.
BATCH_SIZE = 50
logger = logging.getLogger(__name__)
PATTERN = "*.txt"


class Result(StrEnum):
    """What became of a file: imported for the first time (or again, its page having been
    deleted), imported again because its bytes changed, skipped, or refused."""

    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REFUSED = "refused"


@dataclass(frozen=True)
class FileOutcome:
    """What the import did, or in a dry run would do, with one file.

    ``path`` is the file's path below the archive's folder; ``address`` the address here of
    the page it became; ``line`` and ``reason`` why it was refused (``line`` is None when the
    fault is the file as a whole).
    """

    path: str
    result: Result
    address: str = ""
    line: int | None = None
    reason: str = ""


@dataclass(frozen=True)
class _Known:
    """A file's row in the ledger, whose page still exists."""

    sha256: str
    address: str


def archive_files(folder: Path) -> list[Path]:
    """Every ``*.txt`` file below ``folder``, its subfolders' included, in sorted path order."""
    files = (path for path in folder.rglob(PATTERN) if path.is_file())
    return sorted(files, key=lambda path: path.relative_to(folder).parts)


def import_archive(
    folder: Path,
    files: list[Path],
    *,
    dry_run: bool = False,
    batch_size: int = BATCH_SIZE,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> Iterator[list[FileOutcome]]:
    """Import ``files`` (found in ``folder`` by :func:`archive_files`) batch by batch.

    Yields what became of each batch's files once the batch is committed (or, in a dry run,
    rolled back); ``on_file`` is told of each file as soon as it is done, before its batch is
    committed. An error other than a file's fault stops the import: the batch it happened in
    is rolled back, those before it stay imported.
    """
    # The dated old pages of each language, read once for the whole run (a dry run's are
    # rolled back with each batch).
    timelines: dict[int, Timeline] = {}
    for start in range(0, len(files), batch_size):
        if dry_run:
            timelines = {}
        yield _import_batch(folder, files[start : start + batch_size], dry_run, on_file, timelines)


def _import_batch(
    folder: Path,
    files: list[Path],
    dry_run: bool,
    on_file: Callable[[FileOutcome], None] | None,
    timelines: dict[int, Timeline],
) -> list[FileOutcome]:
    paths = [_relative(folder, file) for file in files]
    try:
        with transaction.atomic():
            outcomes, rows = _import_files(files, paths, _known(paths), dry_run, on_file, timelines)
            if dry_run:
                transaction.set_rollback(True)
            else:
                _record(rows)
    except BaseException:
        # The cache may describe a site that only existed inside the transaction.
        Site.clear_site_root_paths_cache()
        raise
    if dry_run:
        Site.clear_site_root_paths_cache()
    return outcomes


@dataclass
class _Changed:
    """A file of the batch whose bytes are not those the ledger knows."""

    index: int
    file: Path
    path: str
    digest: str
    data: bytes
    story: NewStory | None = None


def _import_files(
    files: list[Path],
    paths: list[str],
    known: dict[str, "_Known"],
    dry_run: bool,
    on_file: Callable[[FileOutcome], None] | None,
    timelines: dict[int, Timeline],
) -> tuple[list[FileOutcome], list[ArchiveFile]]:
    """Import a batch's files: the item pages of stories the site has never had together
    (``story_bulk.py``), every other file one by one, each in a savepoint of its own."""
    outcomes: list[FileOutcome | None] = [None] * len(files)
    rows: list[ArchiveFile] = []

    def done(index: int, outcome: FileOutcome, row: ArchiveFile | None = None) -> None:
        outcomes[index] = outcome
        if row is not None:
            rows.append(row)
        if on_file is not None:
            on_file(outcome)

    changed: list[_Changed] = []
    for index, (file, path) in enumerate(zip(files, paths, strict=True)):
        try:
            data = file.read_bytes()
        except OSError:
            done(index, _unreadable(file, path))
            continue
        digest = hashlib.sha256(data).hexdigest()
        mine = known.get(path)
        if mine is not None and mine.sha256 == digest:
            done(index, FileOutcome(path, Result.UNCHANGED, address=mine.address))
        else:
            changed.append(_Changed(index, file, path, digest, data))
    for item in changed:
        if known.get(item.path) is None:
            item.story = _new_story_of(item.data)
    candidates = [item for item in changed if item.story is not None]
    published: dict[int, StoryImportResult | StoryError] = {}
    if candidates:
        batch = Batch(timelines)
        news = new_ones([item.story for item in candidates], batch)
        together = [item for item, new in zip(candidates, news, strict=True) if new]
        published = _publish_together(together, batch)
    for item in changed:
        result = published.get(item.index)
        if isinstance(result, StoryError):
            done(item.index, _refused(item.path, result))
        elif result is not None:
            page = ImportedPage(page_id=result.story.pk, address=result.path)
            outcome = FileOutcome(item.path, Result.IMPORTED, address=page.address)
            done(item.index, outcome, _row(item.path, item.digest, page))
        else:
            done(item.index, *_import_file(item, known.get(item.path), dry_run))
    return [outcome for outcome in outcomes if outcome is not None], rows


def _new_story_of(data: bytes) -> NewStory | None:
    """The story of an item page with its old address, to publish with others when it is new;
    None for any other file (a listing, a page without an old address, a file with a fault:
    each is imported, or refused, on its own)."""
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
        if is_listing(text):
            return None
        story_file, legacy = read_item_page(text)
    except (UnicodeDecodeError, ListingError):
        return None
    return NewStory(story_file, legacy) if legacy is not None else None


def _publish_together(
    items: list[_Changed], batch: Batch
) -> dict[int, StoryImportResult | StoryError]:
    """Publish the new stories of ``items`` together, in a savepoint; by file, what became of
    each. Should writing them together fail, nothing of it stays and each file is imported on
    its own instead (an empty answer)."""
    if not items:
        return {}
    try:
        with transaction.atomic():
            results = publish_new([item.story for item in items], batch)
    except Exception:
        logger.exception("Publishing %s new stories together failed; one by one.", len(items))
        Site.clear_site_root_paths_cache()
        # The pages they dated were rolled back with them.
        batch.timelines.clear()
        return {}
    return {item.index: result for item, result in zip(items, results, strict=True)}


def _unreadable(file: Path, path: str) -> FileOutcome:
    """The refusal of a file that cannot be read, as the reader of every import words it."""
    try:
        read_text(file)
    except ListingError as error:
        return _refused(path, error)
    raise OSError(f"{path} could not be read, then could.")


def _import_file(
    item: "_Changed", known: "_Known | None", dry_run: bool
) -> tuple[FileOutcome, ArchiveFile | None]:
    """Import one file in a savepoint of its own; its ledger row, to write with the batch."""
    try:
        with transaction.atomic():
            page = import_page_text(_decoded(item.data, item.file), rolled_back=dry_run)
    except ListingError as error:
        return _refused(item.path, error), None
    except Exception as error:
        error.add_note(f"While importing {item.path}.")
        raise
    result = Result.IMPORTED if known is None else Result.UPDATED
    return FileOutcome(item.path, result, address=page.address), _row(item.path, item.digest, page)


def _refused(path: str, error: ListingError) -> FileOutcome:
    return FileOutcome(path, Result.REFUSED, line=error.line, reason=error.message)


def _decoded(data: bytes, file: Path) -> str:
    """The UTF-8 text of ``data``, read from ``file``; not UTF-8, the reader's refusal."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # The reader of every import names the line and the byte.
        return read_text(file)


def _known(paths: list[str]) -> dict[str, _Known]:
    """The ledger's rows of ``paths`` whose page still exists, by path: one query."""
    rows = (
        ArchiveFile.objects.filter(path__in=paths)
        .filter(Exists(Page.objects.filter(pk=OuterRef("page_id"))))
        .values_list("path", "sha256", "address")
    )
    return {path: _Known(sha256, address) for path, sha256, address in rows}


def _row(path: str, digest: str, page: ImportedPage) -> ArchiveFile:
    return ArchiveFile(path=path, sha256=digest, page_id=page.page_id, address=page.address)


def _record(rows: list[ArchiveFile]) -> None:
    """Write the batch's ledger rows, replacing the rows of the files imported before."""
    if rows:
        ArchiveFile.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["path"],
            update_fields=["sha256", "page", "address", "imported_at"],
        )


def _relative(folder: Path, file: Path) -> str:
    return file.relative_to(folder).as_posix()

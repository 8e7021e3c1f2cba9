"""``manage.py import_archive``: a folder of the old site's pages published, file by file, in
batches that a refused file does not stop and a killed run does not leave half-written."""

import csv
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Revision

from newsroom.importers.models import ArchiveFile
from newsroom.stories.models import NewsPage, StoryPage
from testing.archive_files import FIRST_LEGACY_NUMBER, archive_file, write_archive

SAMPLES = 39
REPORT_COLUMNS = ["path", "result", "address", "line", "reason"]


@pytest.fixture
def samples_dir() -> Path:
    """The 39 pages of the reference site's archive beside the seeds (``../shared``)."""
    samples = Path(settings.BASE_DIR).parent / "shared" / "archive-samples"
    if not samples.is_dir() and os.environ.get("NEWSROOM_ARCHIVE_SAMPLES_DIR"):
        samples = Path(os.environ["NEWSROOM_ARCHIVE_SAMPLES_DIR"])
    if not samples.is_dir():
        pytest.fail(
            f"The archive samples are not at {samples}; set NEWSROOM_ARCHIVE_SAMPLES_DIR to "
            "their folder."
        )
    return samples


@pytest.fixture
def archive(tmp_path) -> Path:
    """A folder of ten generated item pages of the real forms, in subfolders."""
    folder = tmp_path / "archive"
    write_archive(folder, 10)
    return folder


def import_archive(folder: Path, *args: object, report: Path | None = None) -> list[str]:
    out = StringIO()
    options = [str(folder), *(str(arg) for arg in args)]
    if report is not None:
        options += ["--report", str(report)]
    call_command("import_archive", *options, stdout=out, stderr=out)
    return out.getvalue().splitlines()


def read_report(report: Path) -> dict[str, dict[str, str]]:
    with report.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert rows and list(rows[0]) == REPORT_COLUMNS
    return {row["path"]: row for row in rows}


def results(report: Path) -> dict[str, str]:
    return {path: row["result"] for path, row in read_report(report).items()}


def written() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "ledger": ArchiveFile.objects.count(),
    }


def paragraphs(story: StoryPage) -> list[str]:
    return [block.value.source for block in story.body if block.block_type == "paragraph"]


@pytest.mark.django_db
def test_every_sample_of_the_archive_is_imported_with_a_report_line_each(samples_dir, tmp_path):
    report = tmp_path / "report.csv"

    lines = import_archive(samples_dir, report=report)

    rows = read_report(report)
    refused = {path: row["reason"] for path, row in rows.items() if row["result"] != "imported"}
    assert refused == {}
    assert len(rows) == SAMPLES
    assert all(row["address"] for row in rows.values())
    assert ArchiveFile.objects.count() == SAMPLES
    assert lines[-1].startswith(f"{SAMPLES} files in ")
    assert lines[-1].endswith(f": {SAMPLES} imported, 0 updated, 0 unchanged, 0 refused.")


@pytest.mark.django_db
def test_each_file_becomes_its_story_with_its_old_address_and_a_report_line(archive, tmp_path):
    report = tmp_path / "report.csv"

    lines = import_archive(archive, report=report)

    rows = read_report(report)
    assert len(rows) == 10 == StoryPage.objects.count() == ArchiveFile.objects.count()
    assert len(lines) == 1
    assert lines[0].endswith(": 10 imported, 0 updated, 0 unchanged, 0 refused.")
    path, text = archive_file(1)
    story = StoryPage.objects.get(legacy_id=f"WCMS_{FIRST_LEGACY_NUMBER + 1}").specific
    assert isinstance(story, NewsPage)
    assert rows[path] == {
        "path": path,
        "result": "imported",
        "address": story.url,
        "line": "",
        "reason": "",
    }
    assert len(paragraphs(story)) == text.count("\n\n") - 3
    assert ArchiveFile.objects.get(path=path).page_id == story.pk
    # In sorted path order, subfolders included.
    assert list(rows) == sorted(rows, key=lambda path: path.split("/"))


@pytest.mark.django_db
def test_a_second_run_skips_every_file_and_writes_nothing(archive, tmp_path):
    import_archive(archive)
    before = written()
    report = tmp_path / "report.csv"

    with CaptureQueriesContext(connection) as queries:
        lines = import_archive(archive, report=report)

    assert set(results(report).values()) == {"unchanged"}
    assert lines[-1].endswith(": 0 imported, 0 updated, 10 unchanged, 0 refused.")
    assert written() == before
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []
    # One look-up in the ledger for the batch, not one per file.
    assert len(queries) < 5


@pytest.mark.django_db
def test_a_changed_file_is_imported_again_into_the_same_story(archive, tmp_path):
    import_archive(archive)
    path, text = archive_file(3)
    story = StoryPage.objects.get(legacy_id=f"WCMS_{FIRST_LEGACY_NUMBER + 3}")
    (archive / path).write_text(text + "\nA paragraph added since.\n", encoding="utf-8")
    report = tmp_path / "report.csv"

    lines = import_archive(archive, report=report)

    assert results(report)[path] == "updated"
    assert list(results(report).values()).count("unchanged") == 9
    assert lines[-1].endswith(": 0 imported, 1 updated, 9 unchanged, 0 refused.")
    updated = StoryPage.objects.get(pk=story.pk)
    assert paragraphs(updated)[-1] == "<p>A paragraph added since.</p>"
    assert StoryPage.objects.count() == 10


@pytest.mark.django_db
def test_a_malformed_file_is_refused_at_its_line_and_the_others_are_imported(archive, tmp_path):
    malformed = archive / "news" / "broken.txt"
    malformed.parent.mkdir(exist_ok=True)
    malformed.write_text(
        "URL: /beijing/news/WCMS_1/lang--en/index.htm\n\nA title\n\nNews | 31 June 2021\n\nBody.\n",
        encoding="utf-8",
    )
    not_utf8 = archive / "news" / "latin1.txt"
    not_utf8.write_bytes("A title\n\nNews | 07 June 2021\n\nCaf\xe9.\n".encode("latin-1"))
    report = tmp_path / "report.csv"

    lines = import_archive(archive, report=report)

    rows = read_report(report)
    assert rows["news/broken.txt"]["result"] == "refused"
    assert rows["news/broken.txt"]["line"] == "5"
    assert "31 June 2021" in rows["news/broken.txt"]["reason"]
    assert rows["news/latin1.txt"]["result"] == "refused"
    assert rows["news/latin1.txt"]["line"] == "5"
    assert "not UTF-8" in rows["news/latin1.txt"]["reason"]
    assert lines[0].startswith("news/broken.txt, line 5: refused: ")
    assert lines[-1].endswith(": 10 imported, 0 updated, 0 unchanged, 2 refused.")
    assert StoryPage.objects.count() == ArchiveFile.objects.count() == 10
    assert not StoryPage.objects.filter(title="A title").exists()


@pytest.mark.django_db
def test_a_file_that_cannot_become_its_story_is_rolled_back_alone(archive, tmp_path):
    # The old address of an event, on a press release's page: a story cannot change its kind.
    _path, event = archive_file(3)
    _path, text = archive_file(5)
    clash = archive / "zz" / "clash.txt"
    clash.parent.mkdir()
    clash.write_text("\n".join([event.splitlines()[0], *text.splitlines()[1:]]), encoding="utf-8")
    report = tmp_path / "report.csv"

    import_archive(archive, "--batch-size", 4, report=report)

    row = read_report(report)["zz/clash.txt"]
    assert (row["result"], row["line"]) == ("refused", "5")
    assert "a story cannot change its kind" in row["reason"]
    assert StoryPage.objects.count() == ArchiveFile.objects.count() == 10


@pytest.mark.django_db
def test_a_story_deleted_in_the_admin_is_imported_again(archive, tmp_path):
    import_archive(archive)
    path, _text = archive_file(6)
    StoryPage.objects.get(legacy_id=f"WCMS_{FIRST_LEGACY_NUMBER + 6}").delete()
    report = tmp_path / "report.csv"

    import_archive(archive, report=report)

    assert results(report)[path] == "imported"
    story = StoryPage.objects.get(legacy_id=f"WCMS_{FIRST_LEGACY_NUMBER + 6}")
    assert ArchiveFile.objects.get(path=path).page_id == story.pk


@pytest.mark.django_db
def test_a_dry_run_reports_what_would_happen_and_writes_nothing(archive, tmp_path):
    import_archive(archive)
    path, text = archive_file(7)
    (archive / path).write_text(text.replace("(7)", "(seven)"), encoding="utf-8")
    write_archive(archive, 2, first=11)
    before = written()
    report = tmp_path / "report.csv"

    lines = import_archive(archive, "--dry-run", report=report)

    assert written() == before
    assert not StoryPage.objects.filter(title__endswith="(seven)").exists()
    assert list(results(report).values()).count("imported") == 2
    assert results(report)[path] == "updated"
    assert lines[-2].endswith(": 2 imported, 1 updated, 9 unchanged, 0 refused.")
    assert lines[-1] == "Dry run: nothing was written."


@pytest.mark.django_db
def test_a_dry_run_on_an_empty_site_writes_nothing(archive):
    before = written()

    lines = import_archive(archive, "--dry-run")

    assert lines[-2].endswith(": 10 imported, 0 updated, 0 unchanged, 0 refused.")
    assert written() == before
    assert not StoryPage.objects.exists()


@pytest.mark.django_db
def test_a_listing_is_told_from_an_item_page_by_its_heading(files_dir, archive, tmp_path):
    shutil.copy(files_dir / "press-releases-two-years.txt", archive / "listing.txt")
    report = tmp_path / "report.csv"

    import_archive(archive, report=report)

    row = read_report(report)["listing.txt"]
    assert (row["result"], row["address"]) == ("imported", "/en/press-releases/")
    assert StoryPage.objects.filter(title="Decent work country programme for Mongolia signed")
    assert ArchiveFile.objects.get(path="listing.txt").page.slug == "press-releases"


@pytest.mark.django_db
def test_the_progress_bar_is_drawn_in_a_terminal_only(archive):
    class Terminal(StringIO):
        def isatty(self) -> bool:
            return True

    terminal, quiet = Terminal(), Terminal()
    call_command("import_archive", str(archive), "--dry-run", stdout=terminal)
    call_command("import_archive", str(archive), "--dry-run", "-v", "0", stdout=quiet)

    assert "Importing" in terminal.getvalue()
    assert "10/10" in terminal.getvalue()
    assert quiet.getvalue().splitlines()[0].startswith("10 files in ")
    assert "Importing" not in quiet.getvalue()


def test_a_folder_that_is_not_there_is_refused(tmp_path):
    with pytest.raises(CommandError, match="is not a folder"):
        import_archive(tmp_path / "missing")


# -- A run killed half-way ------------------------------------------------------------------

KILLED_FILES = 200
KILLED_BATCH = 20


@pytest.fixture
def migrated_database(tmp_path, transactional_db) -> Path:
    """An SQLite file holding a migrated, empty site, for ``manage.py`` in another process.

    On SQLite, a copy of the test database (migrated once for the run; this test's
    ``serialized_rollback`` has put back what the migrations wrote); otherwise, migrated here.
    """
    database = tmp_path / "db.sqlite3"
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with closing(sqlite3.connect(database)) as copy:
            connection.connection.backup(copy)
        return database
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"],
        cwd=settings.BASE_DIR,
        env=_environment(database),
        check=True,
        timeout=300,
    )
    return database


def _environment(database: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.test",
    }


def _count(database: Path, sql: str) -> int:
    with closing(sqlite3.connect(database, timeout=20)) as db:
        return db.execute(sql).fetchone()[0]


@pytest.mark.sqlite_file
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_killed_run_leaves_no_file_half_imported_and_the_next_run_finishes(
    migrated_database, tmp_path
):
    folder = tmp_path / "archive"
    write_archive(folder, KILLED_FILES)
    env = _environment(migrated_database)
    command = [sys.executable, "manage.py", "import_archive", str(folder)]
    command += ["--batch-size", str(KILLED_BATCH)]
    ledger = "SELECT count(*) FROM importers_archivefile"

    output = tmp_path / "killed.txt"
    with output.open("wb") as out:
        running = subprocess.Popen(
            command, cwd=settings.BASE_DIR, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 60
        while _count(migrated_database, ledger) < 2 * KILLED_BATCH:
            assert running.poll() is None, output.read_text()
            assert time.monotonic() < deadline, "The import did not get through two batches."
            time.sleep(0.05)
        running.send_signal(signal.SIGKILL)
    finally:
        running.kill()
        running.wait()
    assert running.returncode == -signal.SIGKILL

    imported = _count(migrated_database, ledger)
    stories = _count(migrated_database, "SELECT count(*) FROM stories_storypage")
    assert 2 * KILLED_BATCH <= imported < KILLED_FILES
    # The batch being imported when the run was killed left nothing: no story without its row.
    assert stories == imported

    report = tmp_path / "report.csv"
    done = subprocess.run(
        [*command, "--report", str(report)],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    counts = f": {KILLED_FILES - imported} imported, 0 updated, {imported} unchanged, 0 refused."
    assert done.stdout.splitlines()[-1].endswith(counts)
    assert len(read_report(report)) == KILLED_FILES

    with closing(sqlite3.connect(migrated_database)) as db:
        legacy_ids = [row[0] for row in db.execute("SELECT legacy_id FROM stories_storypage")]
        incomplete = db.execute(
            """
            SELECT count(*) FROM stories_storypage story
            JOIN wagtailcore_page page ON page.id = story.page_ptr_id
            LEFT JOIN wagtailcore_revision revision ON revision.id = page.live_revision_id
            WHERE NOT page.live OR revision.object_id IS NOT CAST(page.id AS TEXT)
                OR story.body IN ('', '[]')
            """
        ).fetchone()[0]
        unmatched = db.execute(
            """
            SELECT count(*) FROM importers_archivefile ledger
            LEFT JOIN stories_storypage story ON story.page_ptr_id = ledger.page_id
            WHERE story.page_ptr_id IS NULL
            """
        ).fetchone()[0]
        ledger_pages = db.execute("SELECT count(DISTINCT page_id) FROM importers_archivefile")
        ledger_pages = ledger_pages.fetchone()[0]
    expected = {f"WCMS_{FIRST_LEGACY_NUMBER + number}" for number in range(1, KILLED_FILES + 1)}
    assert sorted(legacy_ids) == sorted(expected)
    assert incomplete == 0
    assert (unmatched, ledger_pages) == (0, KILLED_FILES)

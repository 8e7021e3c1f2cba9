"""Time ``manage.py import_archive`` on a generated archive: files a second, total and memory.

    .venv/bin/python bench/import_archive.py --count 2000
    .venv/bin/python bench/import_archive.py --count 2000 --profile var/bench/import.prof
    .venv/bin/python bench/import_archive.py --count 2000 \\
        --into var/bench/bench-100000.sqlite3        # into a site of 100 000 stories

Writes ``--count`` item pages of the real forms (``testing/archive_files.py``: press releases,
news, statements, events with and without their days, projects, each with its old address) into
``var/bench/archive/`` (kept for the next run of the same count), then runs ``manage.py
import_archive`` on them in this process (``--verbosity 0``, with its report) against a fresh
SQLite database, ``var/bench/import-archive.sqlite3``: a copy of an empty migrated database
(made on first use, ``var/bench/migrated.sqlite3``) or of the database ``--into`` names. It
prints the command's summary, files a second, the process's peak memory and what the rate
makes of 100 000 files, then the summary of a second run over the same folder, which finds every
file unchanged.

``--profile FILE`` runs the first import under cProfile, saves the profile and prints its top
costs, by the time spent in each function and everything it calls.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import shutil
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
if str(BASE_DIR) not in sys.path:
    sys.path.insert(0, str(BASE_DIR))

from bench.generate_stories import configure  # noqa: E402

BENCH_DIR = BASE_DIR / "var" / "bench"
TARGET_FILES = 100_000
TARGET_SECONDS = 60


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=TARGET_FILES, help="files to import")
    parser.add_argument("--files", type=Path, default=BENCH_DIR / "archive")
    parser.add_argument("--database", type=Path, default=BENCH_DIR / "import-archive.sqlite3")
    parser.add_argument(
        "--into", type=Path, help="start from a copy of this SQLite database, not an empty one"
    )
    parser.add_argument("--batch-size", type=int, help="files a transaction (the command's)")
    parser.add_argument("--profile", type=Path, help="save a cProfile of the import here")
    parser.add_argument("--top", type=int, default=25, help="functions of the profile to print")
    args = parser.parse_args(argv)

    database = fresh_database(args.database, args.into)
    configure(str(database), None)
    import django

    django.setup()
    from newsroom.stories.models import StoryPage

    write_files(args.files, args.count)
    options = ["--report", str(BENCH_DIR / "import-archive-report.csv")]
    if args.batch_size:
        options += ["--batch-size", str(args.batch_size)]
    before = StoryPage.objects.count()
    profiler = cProfile.Profile() if args.profile else None
    seconds, summary = run_import(args.files, options, profiler)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"into a site of {before} stories: {summary}")
    print(f"{args.count / seconds:.1f} files/s, peak memory of the process {peak:.0f} MB")
    estimate = TARGET_FILES / (args.count / seconds)
    print(
        f"at this rate {TARGET_FILES} files take {estimate / 60:.1f} min "
        f"(target: {TARGET_SECONDS} s)"
    )
    again, summary = run_import(args.files, options, None)
    print(f"again: {summary} ({args.count / again:.0f} files/s)")
    if profiler is not None:
        profiler.dump_stats(args.profile)
        stats = pstats.Stats(str(args.profile))
        stats.sort_stats("cumulative").print_stats(args.top)
    return 0


def write_files(folder: Path, count: int) -> None:
    """The first ``count`` files of the generated archive in ``folder``, unless they are there."""
    from newsroom.importers.archive import archive_files
    from testing.archive_files import write_archive

    if folder.is_dir() and len(archive_files(folder)) == count:
        return
    began = time.monotonic()
    shutil.rmtree(folder, ignore_errors=True)
    write_archive(folder, count)
    print(f"wrote {count} files in {time.monotonic() - began:.1f} s to {folder}")


def fresh_database(database: Path, into: Path | None) -> Path:
    """``database``, a copy of ``into`` or of an empty migrated database (made once)."""
    source = into or BENCH_DIR / "migrated.sqlite3"
    if into is None and not source.exists():
        began = time.monotonic()
        migrate(source)
        print(f"migrated an empty database in {time.monotonic() - began:.1f} s")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, database)
    return database


def migrate(database: Path) -> None:
    database.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    env.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.test")
    command = [sys.executable, "manage.py", "migrate", "--no-input", "-v", "0"]
    subprocess.run(command, cwd=BASE_DIR, env=env, check=True)


def run_import(
    folder: Path, options: list[str], profiler: cProfile.Profile | None
) -> tuple[float, str]:
    """Run ``manage.py import_archive`` in this process, without its bar; the seconds it took
    and its summary line."""
    from django.core.management import call_command

    out = StringIO()
    began = time.monotonic()
    if profiler is not None:
        profiler.enable()
    call_command("import_archive", str(folder), *options, verbosity=0, stdout=out)
    if profiler is not None:
        profiler.disable()
    return time.monotonic() - began, out.getvalue().splitlines()[0]


if __name__ == "__main__":
    sys.exit(main())

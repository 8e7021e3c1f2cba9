"""``manage.py import_archive DIR [--dry-run] [--report FILE]``: publish a folder of the old
site's pages, listings and item pages, as text."""

import time
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from newsroom.importers.archive import (
    BATCH_SIZE,
    FileOutcome,
    Result,
    archive_files,
    import_archive,
)
from newsroom.importers.archive_report import ArchiveReport
from newsroom.importers.progress import progress_bar


class Command(BaseCommand):
    help = (
        "Publish every page of a folder of the old site's pages as text (every *.txt file, its "
        "subfolders' included, in sorted path order): listings and item pages, an item page "
        "with its old address on a first “URL: …” line. Files already imported are skipped "
        "unless their text changed, so a run stopped half-way is resumed by running it again. "
        "A file that cannot be imported is reported with its line and the others go on. Ends "
        "with a summary."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("folder", help="The folder of the pages, as UTF-8 text files.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what the import would do, and write nothing.",
        )
        parser.add_argument(
            "--report",
            type=Path,
            help=(
                "Write a CSV report to this file: for each file its path, result (imported, "
                "updated, unchanged or refused), its page's address, or the line and reason "
                "it was refused."
            ),
        )
        parser.add_argument(
            "--batch-size",
            type=int,
            default=BATCH_SIZE,
            help=f"Files imported in one transaction (default {BATCH_SIZE}).",
        )

    def handle(self, *args, **options) -> None:
        folder = Path(options["folder"])
        if not folder.is_dir():
            raise CommandError(
                _("“%(folder)s” is not a folder; give the folder of the pages to import.")
                % {"folder": folder}
            )
        if options["batch_size"] < 1:
            raise CommandError(_("A batch holds at least one file."))
        dry_run, verbosity = options["dry_run"], options["verbosity"]
        started = time.monotonic()
        files = archive_files(folder)
        tally: Counter[Result] = Counter()
        shown = verbosity > 0 and self.stdout.isatty()

        def say(text: str) -> None:
            if verbosity > 0:
                self.stderr.write(text)

        report = ArchiveReport(options["report"])
        try:
            with progress_bar(
                getattr(self.stdout, "_out", self.stdout),
                len(files),
                shown=shown,
                say=say,
                description=_("Importing"),
            ) as bar:

                def on_file(outcome: FileOutcome) -> None:
                    if outcome.result == Result.REFUSED:
                        bar.say(refusal(outcome))
                    bar.advance()

                for batch in import_archive(
                    folder,
                    files,
                    dry_run=dry_run,
                    batch_size=options["batch_size"],
                    on_file=on_file,
                ):
                    # Counted once committed: a batch that is interrupted is not imported.
                    tally.update(outcome.result for outcome in batch)
                    report.add(batch)
        except KeyboardInterrupt:
            for line in summary(tally, time.monotonic() - started, dry_run):
                self.stdout.write(line)
            raise CommandError(
                _(
                    "Interrupted: the files of the batch being imported were rolled back; run "
                    "the command again to import the rest."
                )
            ) from None
        finally:
            report.close()
        for line in summary(tally, time.monotonic() - started, dry_run):
            self.stdout.write(line)


def refusal(outcome: FileOutcome) -> str:
    """The line that names a refused file, where and why."""
    if outcome.line is None:
        return _("%(path)s: refused: %(reason)s") % {"path": outcome.path, "reason": outcome.reason}
    return _("%(path)s, line %(line)s: refused: %(reason)s") % {
        "path": outcome.path,
        "line": outcome.line,
        "reason": outcome.reason,
    }


def summary(tally: Counter[Result], seconds: float, dry_run: bool) -> list[str]:
    """The lines that tell the operator what the import did."""
    total = sum(tally.values())
    lines = [
        ngettext(
            "%(total)s file in %(seconds).1f s: %(imported)s imported, %(updated)s updated, "
            "%(unchanged)s unchanged, %(refused)s refused.",
            "%(total)s files in %(seconds).1f s: %(imported)s imported, %(updated)s updated, "
            "%(unchanged)s unchanged, %(refused)s refused.",
            total,
        )
        % {
            "total": total,
            "seconds": seconds,
            "imported": tally[Result.IMPORTED],
            "updated": tally[Result.UPDATED],
            "unchanged": tally[Result.UNCHANGED],
            "refused": tally[Result.REFUSED],
        }
    ]
    if dry_run:
        lines.append(_("Dry run: nothing was written."))
    return lines

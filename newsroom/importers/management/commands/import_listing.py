"""``manage.py import_listing FILE [--dry-run]``: publish a listing of the old site from text."""

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from newsroom.importers.listing import ImportResult, import_listing
from newsroom.importers.parser import ListingError, read_listing_file


class Command(BaseCommand):
    help = (
        "Publish the stories of a listing of the old site (What's new, News and press releases, "
        "Statements and speeches, Events and meetings, Projects, Publications, Video and audio "
        "stories, a country's resources) from its text, in the file's order. Prints a summary, "
        "then the listing's address."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The listing as UTF-8 text, as the seeds are written.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what the import would do, and write nothing.",
        )

    def handle(self, *args, **options) -> None:
        try:
            # Parsed in full before anything is written, so a malformed file changes nothing.
            listing = read_listing_file(options["file"])
            result = import_listing(listing, dry_run=options["dry_run"])
        except ListingError as error:
            raise CommandError(str(error)) from error
        for line in summary(listing.heading, result):
            self.stdout.write(line)
        # Last, alone on its line, so that scripts can pick it up.
        self.stdout.write(result.listing_path)


def summary(heading: str, result: ImportResult) -> list[str]:
    """The lines that tell the operator what the import did."""
    lines = [
        ngettext(
            "%(heading)s: %(total)s story — %(created)s created, %(updated)s updated, "
            "%(unchanged)s unchanged.",
            "%(heading)s: %(total)s stories — %(created)s created, %(updated)s updated, "
            "%(unchanged)s unchanged.",
            result.total,
        )
        % {
            "heading": heading,
            "total": result.total,
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
        }
    ]
    if result.listing_updated:
        lines.append(_("The listing page now shows the file's heading and introduction."))
    lines.extend(documents_to_upload(result.documents_to_upload))
    if result.dry_run:
        lines.append(_("Dry run: nothing was written."))
    return lines


def documents_to_upload(documents: tuple[tuple[str, str], ...]) -> list[str]:
    """The lines that name the publications whose file an editor still has to upload."""
    if not documents:
        return []
    lines = [
        ngettext(
            "%(count)s publication shows a document the import cannot bring; upload its file "
            "in the admin:",
            "%(count)s publications show a document the import cannot bring; upload their files "
            "in the admin:",
            len(documents),
        )
        % {"count": len(documents)}
    ]
    lines.extend(
        _("- “%(title)s” (%(document)s)") % {"title": title, "document": document}
        for title, document in documents
    )
    return lines

"""``manage.py import_story FILE [--legacy-url URL] [--dry-run]``: publish one item page of the
old site from its text."""

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from newsroom.importers.errors import ListingError
from newsroom.importers.legacy_url import (
    LegacyAddress,
    LegacyAddressError,
    parse_legacy_address,
)
from newsroom.importers.story import Action, StoryImportResult, import_story
from newsroom.importers.story_parser import read_story_file


class Command(BaseCommand):
    help = (
        "Publish one item page of the old site (a press release, news item, statement, "
        "feature, event, project, publication or video) from its text. Prints a summary, then "
        "the story's address."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The page as UTF-8 text, as docs/text-forms.md shows.")
        parser.add_argument(
            "--legacy-url",
            help=(
                "The page's old address, /<office>/<section>/WCMS_<digits>/lang--en/index.htm: "
                "it then redirects to the story, importing again updates the same story, its "
                "section gives the kind when the text does not, and its language the story's. "
                "A file may give it on its first line instead, “URL: …”."
            ),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Report what the import would do, and write nothing.",
        )

    def handle(self, *args, **options) -> None:
        try:
            legacy = parse_legacy_address(options["legacy_url"]) if options["legacy_url"] else None
            # Parsed in full before anything is written, so a malformed file changes nothing.
            story_file = read_story_file(
                options["file"], section_kind=legacy.section_kind if legacy else None
            )
            legacy = _address(legacy, story_file.legacy_url)
            result = import_story(story_file, legacy=legacy, dry_run=options["dry_run"])
        except (ListingError, LegacyAddressError) as error:
            raise CommandError(str(error)) from error
        for line in summary(result, legacy.address if legacy else ""):
            self.stdout.write(line)
        # Last, alone on its line, so that scripts can pick it up.
        self.stdout.write(result.path)


def _address(given: LegacyAddress | None, in_file: str) -> LegacyAddress | None:
    """The old address the option gives, or else the file's first line; they must agree."""
    if not in_file:
        return given
    from_file = parse_legacy_address(in_file)
    if given is not None and given.legacy_id != from_file.legacy_id:
        raise CommandError(
            _(
                "The file starts with the old address %(file)s, but --legacy-url gives "
                "%(option)s; give one of them, or the same page's."
            )
            % {"file": in_file, "option": given.address}
        )
    return given or from_file


def summary(result: StoryImportResult, legacy_address: str) -> list[str]:
    """The lines that tell the operator what the import did."""
    values = {"kind": result.story.kind_label, "title": result.story.title}
    if result.action == Action.CREATED:
        lines = [_("%(kind)s “%(title)s”: created.") % values]
    elif result.action == Action.UPDATED:
        lines = [_("%(kind)s “%(title)s”: updated.") % values]
    else:
        lines = [_("%(kind)s “%(title)s”: unchanged.") % values]
    if legacy_address:
        lines.append(_("Its old address %(address)s leads to it.") % {"address": legacy_address})
    if result.document_to_upload:
        lines.append(
            _(
                "The page shows a document (%(document)s) the import cannot bring; upload the "
                "publication's file in the admin."
            )
            % {"document": result.document_to_upload}
        )
    if result.dry_run:
        lines.append(_("Dry run: nothing was written."))
    return lines

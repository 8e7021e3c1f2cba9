"""``manage.py import_translation FILE --of STORY --language CODE [--draft] [--dry-run]``: a
story's translation, from the translator's text."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from newsroom.languages.importing import TranslationFileError, import_translation
from newsroom.languages.prefixes import language_for_prefix
from newsroom.stories.models import StoryPage


class Command(BaseCommand):
    help = (
        "Translate a story from a text file (docs/text-forms.md, “A translation”) and publish "
        "the translation. Prints a summary, then the translation's address."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The translation as UTF-8 text.")
        parser.add_argument(
            "--of",
            required=True,
            help="The story translated: its old-site id (WCMS_688941) or its address "
            "(/en/press-releases/…/).",
        )
        parser.add_argument(
            "--language",
            required=True,
            choices=[code for code, _name in settings.LANGUAGES],
            help="The language of the translation.",
        )
        parser.add_argument(
            "--draft", action="store_true", help="Save the translation as a draft, unpublished."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would be done, and write nothing."
        )

    def handle(self, *args, **options) -> None:
        locale = Locale.objects.filter(language_code=options["language"]).first()
        if locale is None:
            raise CommandError(
                _("The site has no pages in “%(language)s” yet: run setup_site first.")
                % {"language": options["language"]}
            )
        source = self._source(options["of"])
        try:
            result = import_translation(
                options["file"],
                source,
                locale,
                publish=not options["draft"],
                dry_run=options["dry_run"],
            )
        except TranslationFileError as error:
            raise CommandError(str(error)) from error
        values = {"title": result.page.title, "source": source.title}
        if result.created:
            self.stdout.write(_("“%(title)s”, translation of “%(source)s”: created.") % values)
        else:
            self.stdout.write(_("“%(title)s”, translation of “%(source)s”: updated.") % values)
        if not result.published:
            self.stdout.write(_("It is a draft: readers do not see it until it is published."))
        if options["dry_run"]:
            self.stdout.write(_("Dry run: nothing was written."))
        self.stdout.write(result.page.url)

    def _source(self, wanted: str) -> StoryPage:
        wanted = wanted.strip()
        if wanted.upper().startswith("WCMS_"):
            story = StoryPage.objects.filter(
                legacy_id__iexact=wanted, locale=Locale.get_default()
            ).first()
        else:
            page = _page_at(urlsplit(wanted).path)
            story = page if isinstance(page, StoryPage) else None
        if story is None:
            raise CommandError(
                _("No story is “%(wanted)s”: give its old-site id or its address.")
                % {"wanted": wanted[:200]}
            )
        return story


def _page_at(path: str) -> Page | None:
    """The page at the address ``path`` (``/en/press-releases/…/``) of the default site."""
    prefix, _slash, rest = path.strip("/").partition("/")
    language = language_for_prefix(prefix)
    site = Site.objects.filter(is_default_site=True).first()
    if language is None or site is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    root = site.root_page.get_translation_or_none(locale) if locale else None
    if root is None:
        return None
    url_path = root.url_path + (f"{rest.strip('/')}/" if rest.strip("/") else "")
    return Page.objects.filter(url_path=url_path).specific().first()

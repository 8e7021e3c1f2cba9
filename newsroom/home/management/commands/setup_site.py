from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from newsroom.home.structure import ensure_every_language


class Command(BaseCommand):
    help = (
        "Create, in every language of the site, the home page, What's new, the press-release "
        "archive, the sections, and the countries and topics."
    )

    def handle(self, *args, **options):
        for language, structure in ensure_every_language().items():
            self.stdout.write(
                _("Site ready in %(language)s at %(url)s")
                % {"language": language, "url": structure.home.url}
            )

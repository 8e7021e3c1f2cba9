from django.core.management.base import BaseCommand

from newsroom.stories.structure import ensure_site_structure


class Command(BaseCommand):
    help = "Create the home page, What's new, the press-release archive and the sections."

    def handle(self, *args, **options):
        structure = ensure_site_structure()
        self.stdout.write(f"Site ready at {structure.home.url_path}")

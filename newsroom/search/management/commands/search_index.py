from django.core.management.base import BaseCommand

from newsroom.search import indexing


class Command(BaseCommand):
    help = (
        "Index every story readers may see anew, in one transaction, and drop what they may not. "
        "Publishing keeps the index in step; this is for a database filled another way."
    )

    def handle(self, *args, **options):
        def progress(done: int) -> None:
            if options["verbosity"] > 1:
                self.stdout.write(f"{done} stories read…")

        count = indexing.rebuild(progress=progress)
        self.stdout.write(f"{count} stories are in the search index.")

"""Publications as a kind of story, as the publications app registers it (``apps.py``): their
listing, “Publications”, and how the old site wrote it."""

from django.utils.translation import gettext_lazy as _

from newsroom.stories.kinds import Kind
from newsroom.stories.old_site import ListingLayout, Slot
from newsroom.stories.registry import KindRegistration

from .models import PublicationIndexPage, PublicationPage

PUBLICATIONS = KindRegistration(
    kind=Kind.PUBLICATION,
    story_page=PublicationPage,
    listing_page=PublicationIndexPage,
    listing_slug="publications",
    listing_title=_("Publications"),
    # The library's documents and the fact sheets are publications too.
    old_section_names=("library-documentation-center", "factsheets"),
    old_listing=ListingLayout(
        key="publications",
        heading="Publications",
        slots=(Slot.TITLE, Slot.DATE, Slot.DOCUMENT, Slot.TEASER),
        kind=Kind.PUBLICATION,
        allows_ranges=False,
        description=_(
            "a title, an optional date, an optional “Download (…)” line and an optional teaser"
        ),
    ),
)

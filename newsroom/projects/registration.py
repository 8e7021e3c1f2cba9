"""Projects as a kind of story, as the projects app registers it (``apps.py``): their listing,
“Projects”, and how the old site wrote it."""

from django.utils.translation import gettext_lazy as _

from newsroom.stories.kinds import Kind
from newsroom.stories.old_site import Grouping, ListingLayout, Slot
from newsroom.stories.registry import KindRegistration

from .models import ProjectIndexPage, ProjectPage

# The old site's group headings of its projects listing, in its order.
ONGOING_PROJECTS, COMPLETED_PROJECTS = "Ongoing projects", "Completed projects"

PROJECTS = KindRegistration(
    kind=Kind.PROJECT,
    story_page=ProjectPage,
    listing_page=ProjectIndexPage,
    listing_slug="projects",
    listing_title=_("Projects"),
    old_listing=ListingLayout(
        key="projects",
        heading="Projects",
        slots=(Slot.TITLE, Slot.DATE, Slot.FUNDER, Slot.TEASER),
        kind=Kind.PROJECT,
        allows_ranges=True,
        description=_("a title, its duration, an optional “Funder: …” line and an optional teaser"),
        grouping=Grouping.NAMED,
        group_names=(ONGOING_PROJECTS, COMPLETED_PROJECTS),
    ),
)

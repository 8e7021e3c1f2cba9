"""Events as a kind of story, as the events app registers it (``apps.py``): their listing,
“Events and meetings”, and how the old site named and wrote it."""

from django.utils.translation import gettext_lazy as _

from newsroom.stories.kinds import Kind
from newsroom.stories.old_site import Grouping, ListingLayout, Slot
from newsroom.stories.registry import KindRegistration

from .models import EventIndexPage, EventPage

# The old site's group headings of its events listing, in its order.
UPCOMING_EVENTS, PAST_EVENTS = "Upcoming events", "Past events"

EVENTS = KindRegistration(
    kind=Kind.EVENT,
    story_page=EventPage,
    listing_page=EventIndexPage,
    listing_slug="events",
    listing_title=_("Events and meetings"),
    old_section_names=("events-and-meetings",),
    old_listing=ListingLayout(
        key="events",
        heading="Events and meetings",
        slots=(Slot.TITLE, Slot.WHEN, Slot.TEASER),
        kind=Kind.EVENT,
        allows_ranges=True,
        description=_(
            "a title, its days with an optional venue after a bar, and an optional teaser"
        ),
        grouping=Grouping.NAMED,
        group_names=(UPCOMING_EVENTS, PAST_EVENTS),
    ),
)

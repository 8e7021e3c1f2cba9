"""Events and meetings: announced before, reported after."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from newsroom.stories.kinds import Kind
from newsroom.stories.models import ListingPage, StoryPage


class EventPage(StoryPage):
    """An event or meeting; its dates are the story's date range (or single date)."""

    KIND = Kind.EVENT
    parent_page_types = ["events.EventIndexPage"]

    venue = models.CharField(
        _("venue"),
        max_length=255,
        blank=True,
        help_text=_("Where the event takes place, shown under its dates: “Beijing, China”."),
    )
    is_online = models.BooleanField(
        _("online"),
        default=False,
        help_text=_("Tick when the event takes place online; listings then say so."),
    )

    content_panels = StoryPage.content_panels + [FieldPanel("venue"), FieldPanel("is_online")]

    class Meta:
        verbose_name = _("event")


class EventIndexPage(ListingPage):
    """Events and meetings: the office's events, upcoming and past."""

    max_count_per_parent = 1
    subpage_types = ["events.EventPage"]
    template = "pages/event_index_page.html"

    class Meta:
        verbose_name = _("events and meetings listing")

    def stories(self):
        from newsroom.stories.selectors import stories_of_kind

        return stories_of_kind(self.locale, Kind.EVENT)

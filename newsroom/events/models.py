"""Events and meetings: announced before, reported after."""

from datetime import date

from django.db import models
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from newsroom.core.pagination import Group
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import GroupedListingPage, StoryPage

from . import selectors
from .forms import EventPageForm


class EventPage(StoryPage):
    """An event or meeting. Its days are the story's ``date_start`` and ``date_end``: shown as
    a range (or a single day) in listings and on its page, they also tell whether it is upcoming
    or past (``docs/events-and-projects.md``)."""

    KIND = Kind.EVENT
    parent_page_types = ["events.EventIndexPage"]
    base_form_class = EventPageForm

    venue = models.CharField(
        _("venue"),
        max_length=255,
        blank=True,
        help_text=_(
            "Where the event takes place, shown after its dates in listings and on its page: "
            "“13 - 14 October 2015 | Beijing, China”."
        ),
    )
    is_online = models.BooleanField(
        _("online"),
        default=False,
        help_text=_(
            "Tick when the event takes place online. Without a venue, its dates are then "
            "followed by “Online”."
        ),
    )

    content_panels = StoryPage.panels_with_own_days(
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel(
                            "date_start",
                            heading=_("First day"),
                            help_text=_(
                                "The day the event begins; needed to publish it. The event is "
                                "listed under “Upcoming events” until its last day is over, "
                                "then under “Past events”."
                            ),
                        ),
                        FieldPanel(
                            "date_end",
                            heading=_("Last day"),
                            help_text=_(
                                "For an event of several days: shown as a range, "
                                "“13 - 14 October 2015”. Leave empty for a one-day event."
                            ),
                        ),
                    ]
                ),
                FieldPanel("venue"),
                FieldPanel("is_online"),
                FieldPanel("published_at"),
            ],
            heading=_("When and where"),
        ),
    )

    class Meta:
        verbose_name = _("event")

    def clean(self):
        # The date shown is always the event's own days: a range, one day, or none at all.
        if self.date_start is not None:
            if self.date_end == self.date_start:
                self.date_end = None
            self.date_display = DateDisplay.RANGE if self.date_end else DateDisplay.DATE
        elif self.date_display == DateDisplay.PUBLICATION:
            self.date_display = DateDisplay.NONE
        super().clean()

    def save(self, *args, **kwargs):
        # An event is published when it is announced, usually before its first day: that day
        # must not stand in for the publication time that orders What's new.
        if self.published_at is None and self.live:
            self.published_at = self.first_published_at or timezone.now()
        return super().save(*args, **kwargs)


class EventIndexPage(GroupedListingPage):
    """Events and meetings: upcoming events, the soonest first, then past events, the latest
    first, 10 a page."""

    max_count_per_parent = 1
    subpage_types = ["events.EventPage"]
    template = "pages/event_index_page.html"

    class Meta:
        verbose_name = _("events and meetings listing")

    def stories(self):
        return selectors.events(self.locale)

    def groups(self, events: QuerySet, today: date) -> list[Group]:
        """The listing's groups of ``events`` on ``today``: upcoming events, then past ones,
        the dated before the undated. The past dated events, the many, are counted as the rest:
        the others are counted from the ``story_kind_end`` and ``story_kind_start`` indexes
        without reading the archive."""
        return [
            Group(
                _("Upcoming events"),
                selectors.upcoming_events(events, today),
                count=lambda: selectors.count_upcoming_events(events, today),
            ),
            Group(_("Past events"), selectors.past_events(events, today), rest=True),
            Group(
                _("Past events"),
                selectors.undated_events(events),
                count=lambda: events.count_where(Q(date_start__isnull=True)),
            ),
        ]

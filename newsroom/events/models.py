"""Events and meetings: announced before, reported after."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from newsroom.core.page_routes import CalendarEntry, CalendarListing
from newsroom.core.pagination import Group
from newsroom.stories.calendar import CalendarDetails
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import GroupedListingPage, StoryPage
from newsroom.stories.schema_org import SCHEMA_ORG, Describe, JsonObject

from . import selectors
from .forms import EventPageForm
from .time_zones import default_time_zone, validate_time_zone


class EventPage(CalendarEntry, StoryPage):
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

    start_time = models.TimeField(
        _("start time"),
        null=True,
        blank=True,
        help_text=_(
            "When the event begins on its first day, in the venue's time zone; shown on its page "
            "and in calendars. Leave both times empty for an event that takes whole days."
        ),
    )
    end_time = models.TimeField(
        _("end time"),
        null=True,
        blank=True,
        help_text=_("When the event ends on its last day, in the venue's time zone."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=default_time_zone,
        blank=True,
        validators=[validate_time_zone],
        help_text=_(
            "The time zone of the venue, such as Asia/Shanghai or Asia/Ulaanbaatar: the times "
            "above are in it, and calendars show them in each reader's own time."
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
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
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
        if not self.time_zone:
            self.time_zone = default_time_zone()
        super().clean()
        errors = {}
        if self.end_time is not None and self.start_time is None:
            errors["start_time"] = _("Give the start time too, or leave both times empty.")
        elif self.start_time is not None and self.date_start is None:
            errors["date_start"] = _("Give the first day of the event for its start time.")
        elif (
            self.start_time is not None
            and self.end_time is not None
            and self.date_end is None
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("A one-day event must end after it begins.")
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self) -> ZoneInfo:
        """The venue's time zone (the office's when the stored name is not one)."""
        try:
            return ZoneInfo(self.time_zone)
        except (ValueError, KeyError, OSError):
            return ZoneInfo(default_time_zone())

    @property
    def starts_at(self) -> datetime | None:
        """The moment the event begins, in the venue's time zone, when it has a start time."""
        if self.date_start is None or self.start_time is None:
            return None
        return datetime.combine(self.date_start, self.start_time, tzinfo=self.zone)

    @property
    def ends_at(self) -> datetime | None:
        """The moment the event ends, in the venue's time zone: its end time on its last day,
        or, without one, the end of that day."""
        if self.starts_at is None:
            return None
        last_day = self.date_end or self.date_start
        if self.end_time is None:
            return datetime.combine(last_day, time.max, tzinfo=self.zone).replace(microsecond=0)
        return datetime.combine(last_day, self.end_time, tzinfo=self.zone)

    @property
    def location(self) -> str:
        """Where the event takes place, as a calendar states it: its venue, or “Online”."""
        if self.venue:
            return self.venue
        return gettext("Online") if self.is_online else ""

    def calendar_details(self) -> CalendarDetails | None:
        """The event's days, its times when it has them, and its venue; None before it has its
        first day."""
        if self.date_start is None:
            return None
        return CalendarDetails(
            first_day=self.date_start,
            last_day=self.date_end or self.date_start,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            location=self.location,
        )

    def structured_data(self, describe: Describe) -> JsonObject | None:
        """An ``Event`` on its days (dates for whole days, moments with the venue's offset for a
        timed event), at its venue, online, or both."""
        starts_at = self.starts_at
        if starts_at is not None:
            start: str | None = starts_at.isoformat()
            end: str | None = self.ends_at.isoformat() if self.ends_at else None
        else:
            last_day = self.date_end or self.date_start
            start = self.date_start.isoformat() if self.date_start else None
            end = last_day.isoformat() if last_day else None
        places: list[JsonObject] = []
        venue = self.venue.strip()
        if venue:
            places.append({"@type": "Place", "name": venue, "address": venue})
        if self.is_online:
            places.append({"@type": "VirtualLocation", "url": describe.url})
        if self.is_online and len(places) > 1:
            mode = "MixedEventAttendanceMode"
        elif self.is_online:
            mode = "OnlineEventAttendanceMode"
        else:
            mode = "OfflineEventAttendanceMode"
        return {
            "@type": "Event",
            "name": describe.title,
            "description": describe.description,
            "image": describe.image,
            "startDate": start,
            "endDate": end,
            "eventAttendanceMode": f"{SCHEMA_ORG}/{mode}",
            "eventStatus": f"{SCHEMA_ORG}/EventScheduled",
            "location": places[0] if len(places) == 1 else places,
            "organizer": describe.office,
            "keywords": describe.topics,
            "inLanguage": describe.language,
            "url": describe.url,
        }

    def save(self, *args, **kwargs):
        # An event is published when it is announced, usually before its first day: that day
        # must not stand in for the publication time that orders What's new.
        if self.published_at is None and self.live:
            self.published_at = self.first_published_at or timezone.now()
        return super().save(*args, **kwargs)


class EventIndexPage(CalendarListing, GroupedListingPage):
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

    def calendar_events(self, today: date, limit: int) -> list[EventPage]:
        """The events the listing's calendar holds: every upcoming event, the soonest first, then
        the latest past ones, ``limit`` at most, with their own fields (venue, times, time zone).
        Events without days have no place in a calendar."""
        events = self.stories()
        ids = list(selectors.upcoming_events(events, today).values_list("pk", flat=True)[:limit])
        if len(ids) < limit:
            past = selectors.past_events(events, today).values_list("pk", flat=True)
            ids += list(past[: limit - len(ids)])
        found = EventPage.objects.filter(pk__in=ids).select_related("locale").defer_streamfields()
        by_id = {event.pk: event for event in found}
        return [by_id[pk] for pk in ids if pk in by_id]

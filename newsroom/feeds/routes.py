"""The feed and calendar addresses below the pages they follow: ``feed/`` (RSS 2.0),
``feed/atom/`` and ``feed/json/`` below every listing, and ``calendar/`` below an events listing
and below each event. Being routes of the page, they are served only while the page is, to whom
it is (Wagtail checks that the page is live and its view restrictions before any route)."""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class SyndicatedListing(RoutablePageMixin):
    """A listing page that can be followed as a feed."""

    @path("feed/", name="feed")
    @path("feed/<str:format_name>/", name="feed_format")
    def feed(self, request, format_name: str | None = None):
        from .views import listing_feed

        return listing_feed(request, self, format_name)


class CalendarListing(SyndicatedListing):
    """An events listing, also a calendar to subscribe to."""

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from .views import events_calendar

        return events_calendar(request, self)


class CalendarEntry(RoutablePageMixin):
    """An event page, with its file to add to a calendar."""

    @path("calendar/", name="calendar")
    def calendar(self, request):
        from .views import event_calendar

        return event_calendar(request, self)

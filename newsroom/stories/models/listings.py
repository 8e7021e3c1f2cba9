"""The pages that list stories: What's new, the press-release archive, the sections of the kinds
without an app of their own, and what every kind's listing page shares."""

from datetime import date

from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page

from newsroom.core import clock
from newsroom.core.page_routes import SyndicatedListing
from newsroom.core.pagination import Group, paginate, paginate_groups
from newsroom.core.views import ReaderFacingHttp404

from ..kinds import Kind
from ..selectors import press_releases, stories_of_kind, whats_new


class ListingPage(SyndicatedListing, Page):
    """A page whose content is a list of stories; it has no story body of its own. Each can be
    followed as a feed of its stories (``newsroom/feeds``)."""

    per_page = 10
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A sentence under the heading of the list."),
    )
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]

    class Meta:
        abstract = True

    def stories(self):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page = paginate(request, self.stories(), self.per_page)
        context["stories_page"] = page
        return context


class GroupedListingPage(ListingPage):
    """A listing read as groups one after the other, each under its heading and in its own
    order — upcoming then past events, ongoing then completed projects. Which group a story is in
    depends on the day, read on every request (``docs/events-and-projects.md``)."""

    class Meta:
        abstract = True

    def groups(self, stories: QuerySet, today: date) -> list[Group]:
        """The listing's groups of ``stories`` on ``today``, each with its heading, in order."""
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        # Page's context, not ListingPage's: this list is read in groups, not as one queryset.
        context = Page.get_context(self, request, *args, **kwargs)
        stories = self.stories()
        groups = self.groups(stories, clock.today())
        context["stories_page"] = paginate_groups(
            request, groups, self.per_page, total=stories.count()
        )
        return context


class WhatsNewPage(ListingPage):
    """What's new: every live story of every kind, newest first."""

    max_count_per_parent = 1
    subpage_types: list[str] = []
    template = "pages/whats_new_page.html"

    class Meta:
        verbose_name = _("What's new page")

    def stories(self):
        return whats_new(self.locale)


class PressReleaseIndexPage(ListingPage):
    """The press-release archive: releases under year headings, 20 a page, and a page a year."""

    per_page = 20
    max_count_per_parent = 1
    subpage_types = ["stories.PressReleasePage"]
    template = "pages/press_release_index_page.html"

    class Meta:
        verbose_name = _("press-release archive")

    def stories(self, year: int | None = None):
        return press_releases(self.locale, year=year)

    @path("")
    def index(self, request):
        return self.render(request)

    @path("<int:year>/")
    def year_archive(self, request, year: int):
        if not 1900 <= year <= 2999:
            raise ReaderFacingHttp404(
                _("There is no year %(year)s in this archive.") % {"year": year}
            )
        page = paginate(request, self.stories(year=year), self.per_page)
        return self.render(request, context_overrides={"stories_page": page, "archive_year": year})


class SectionPage(ListingPage):
    """A section that holds the stories of one kind (news, statements, features) and lists them.

    Kinds with a listing of their own (events, projects, publications, videos) have their own
    index page in their app instead."""

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=[(k.value, k.label) for k in (Kind.NEWS, Kind.STATEMENT, Kind.FEATURE)],
        help_text=_("The kind of story this section holds and lists."),
    )
    content_panels = ListingPage.content_panels + [FieldPanel("kind")]
    template = "pages/section_page.html"
    subpage_types = [
        "stories.NewsPage",
        "stories.StatementPage",
        "stories.FeaturePage",
    ]

    class Meta:
        verbose_name = _("section")

    def holds_kind(self, kind: str) -> bool:
        """Whether a story of ``kind`` may be created here (``StoryPage.can_create_at``)."""
        return self.kind == kind

    def stories(self):
        return stories_of_kind(self.locale, self.kind)

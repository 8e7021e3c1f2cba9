"""Projects: what the office runs, with their duration and funder."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from newsroom.stories.kinds import Kind
from newsroom.stories.models import ListingPage, StoryPage


class ProjectPage(StoryPage):
    """A project; its duration is the story's date range."""

    KIND = Kind.PROJECT
    parent_page_types = ["projects.ProjectIndexPage"]

    funder = models.CharField(
        _("funder"),
        max_length=255,
        blank=True,
        help_text=_("Who funds the project, shown under its duration."),
    )

    content_panels = StoryPage.content_panels + [FieldPanel("funder")]

    class Meta:
        verbose_name = _("project")


class ProjectIndexPage(ListingPage):
    """Projects: the office's projects, ongoing and completed."""

    max_count_per_parent = 1
    subpage_types = ["projects.ProjectPage"]
    template = "pages/project_index_page.html"

    class Meta:
        verbose_name = _("projects listing")

    def stories(self):
        from newsroom.stories.selectors import stories_of_kind

        return stories_of_kind(self.locale, Kind.PROJECT)

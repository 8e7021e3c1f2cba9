"""Projects: what the office runs, with their duration and funder."""

from datetime import date

from django.db import models
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from newsroom.core.pagination import Group
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import GroupedListingPage, StoryPage
from newsroom.stories.schema_org import Describe, JsonObject

from . import selectors


class ProjectPage(StoryPage):
    """A project. Its duration is the story's ``date_start`` and ``date_end``, shown as a range
    in listings and on its page; its last day tells whether it is ongoing or completed
    (``docs/events-and-projects.md``)."""

    KIND = Kind.PROJECT
    parent_page_types = ["projects.ProjectIndexPage"]

    funder = models.CharField(
        _("funder"),
        max_length=255,
        blank=True,
        help_text=_(
            "Who funds the project, shown under its duration in listings and on its page: "
            "“Funder: European Union”."
        ),
    )

    content_panels = StoryPage.panels_with_own_days(
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel(
                            "date_start",
                            heading=_("Start"),
                            help_text=_(
                                "The project's first day, shown as the start of its duration: "
                                "“1 July 2019 - 30 June 2022”."
                            ),
                        ),
                        FieldPanel(
                            "date_end",
                            heading=_("End"),
                            help_text=_(
                                "The project's last day. The project is listed under “Ongoing "
                                "projects” until that day is over (or while it has no end), "
                                "then under “Completed projects”."
                            ),
                        ),
                    ]
                ),
                FieldPanel("funder"),
                FieldPanel("published_at"),
            ],
            heading=_("Duration and funder"),
        ),
    )

    class Meta:
        verbose_name = _("project")

    def clean(self):
        # The date shown is always the project's duration: a range, its start alone, or none.
        if self.date_start is not None:
            self.date_display = DateDisplay.RANGE if self.date_end else DateDisplay.DATE
        elif self.date_display == DateDisplay.PUBLICATION:
            self.date_display = DateDisplay.NONE
        super().clean()

    def structured_data(self, describe: Describe) -> JsonObject | None:
        """None: no schema.org type for a project is read by search engines."""
        return None

    def save(self, *args, **kwargs):
        # A project's start is not when it was published: What's new orders by the latter.
        if self.published_at is None and self.live:
            self.published_at = self.first_published_at or timezone.now()
        return super().save(*args, **kwargs)


class ProjectIndexPage(GroupedListingPage):
    """Projects: ongoing projects, the latest to start first, then completed projects, the
    latest to end first, 10 a page."""

    max_count_per_parent = 1
    subpage_types = ["projects.ProjectPage"]
    template = "pages/project_index_page.html"

    class Meta:
        verbose_name = _("projects listing")

    def stories(self):
        return selectors.projects(self.locale)

    def groups(self, projects: QuerySet, today: date) -> list[Group]:
        """The listing's groups of ``projects`` on ``today``: ongoing projects (those with a
        start, then those without), then completed ones, the many, counted as the rest."""
        return [
            Group(
                _("Ongoing projects"),
                selectors.ongoing_projects(projects, today),
                count=lambda: selectors.count_ongoing_projects(projects, today),
            ),
            Group(
                _("Ongoing projects"),
                selectors.unstarted_projects(projects, today),
                count=lambda: selectors.count_unstarted_projects(projects, today),
            ),
            Group(
                _("Completed projects"), selectors.completed_projects(projects, today), rest=True
            ),
        ]

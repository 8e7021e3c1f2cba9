"""Publications: reports, briefs and factsheets with their document."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from newsroom.stories.kinds import Kind
from newsroom.stories.models import ListingPage, StoryPage


class PublicationPage(StoryPage):
    """A publication, with the document readers download."""

    KIND = Kind.PUBLICATION
    parent_page_types = ["publications.PublicationIndexPage"]

    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The file readers download; its type and size are shown beside the link."),
    )
    isbn = models.CharField(
        _("ISBN"),
        max_length=20,
        blank=True,
        help_text=_("Shown on the publication's page, e.g. 978-92-2-031234-5."),
    )

    content_panels = StoryPage.content_panels + [FieldPanel("document"), FieldPanel("isbn")]

    class Meta:
        verbose_name = _("publication")


class PublicationIndexPage(ListingPage):
    """Publications: reports, briefs and factsheets, by year."""

    max_count_per_parent = 1
    subpage_types = ["publications.PublicationPage"]
    template = "pages/publication_index_page.html"

    class Meta:
        verbose_name = _("publications listing")

    def stories(self):
        from newsroom.stories.selectors import stories_of_kind

        return stories_of_kind(self.locale, Kind.PUBLICATION)

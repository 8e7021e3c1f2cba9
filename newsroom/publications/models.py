"""Publications: reports, briefs and factsheets with their document, listed by year."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from newsroom.stories.kinds import Kind
from newsroom.stories.models import ListingPage, StoryPage
from newsroom.stories.schema_org import Describe, JsonObject, without_empty

from . import selectors
from .validators import validate_isbn


class PublicationPage(StoryPage):
    """A publication, with the document readers download and its ISBN.

    Its page reads like any story's, with the ISBN and a “Download (PDF, 1.2 MB)” link under
    the byline; the publications list shows the same link under its date."""

    KIND = Kind.PUBLICATION
    parent_page_types = ["publications.PublicationIndexPage"]

    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The file readers download. It is linked as “Download (PDF, 1.2 MB)”, its type and "
            "size read from the file, under the byline of the publication's page and under its "
            "date in the publications list."
        ),
    )
    isbn = models.CharField(
        _("ISBN"),
        max_length=20,
        blank=True,
        validators=[validate_isbn],
        help_text=_(
            "Shown under the byline of the publication's page as “ISBN: 978-92-2-031234-6”. "
            "An ISBN-10 or ISBN-13, hyphens allowed; its check digit is verified."
        ),
    )

    content_panels = StoryPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("isbn")],
            heading=_("Document and ISBN"),
        )
    ]

    class Meta:
        verbose_name = _("publication")

    def clean(self):
        self.isbn = " ".join(self.isbn.split())
        super().clean()

    def structured_data(self, describe: Describe) -> JsonObject | None:
        """A ``Report``, or a ``Book`` when it has an ISBN, with its document."""
        office = describe.office
        isbn = self.isbn.strip()
        document = None
        if self.document is not None:
            document = without_empty(
                {
                    "@type": "MediaObject",
                    "contentUrl": describe.absolute(self.document.url),
                    "encodingFormat": self.document.content_type,
                    "name": self.document.title,
                }
            )
        return {
            "@type": "Book" if isbn else "Report",
            "name": describe.title,
            "description": describe.description,
            "image": describe.image,
            "isbn": isbn,
            "datePublished": describe.moment(self.published_at),
            "dateModified": describe.moment(self.last_published_at),
            "author": office,
            "publisher": office,
            "keywords": describe.topics,
            "inLanguage": describe.language,
            "url": describe.url,
            "encoding": document,
            "associatedMedia": document,
        }


class PublicationIndexPage(ListingPage):
    """Publications: the newest first under year headings, 20 a page; each year group is
    numbered from 1 on every page."""

    per_page = 20
    max_count_per_parent = 1
    subpage_types = ["publications.PublicationPage"]
    template = "pages/publication_index_page.html"

    class Meta:
        verbose_name = _("publications listing")

    def stories(self):
        return selectors.publications(self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page = context["stories_page"]
        # Only the page's own publications are read with their documents, in the same query.
        page.object_list = selectors.with_documents(page.object_list)
        context["year_groups"] = selectors.year_groups(page.object_list)
        return context

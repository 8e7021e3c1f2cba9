"""The front page of each language."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from newsroom.stories.audience import public_pages
from newsroom.stories.models import WhatsNewPage
from newsroom.stories.selectors import whats_new


class HomePage(Page):
    """The front page of one language: the office's introduction and the newest stories."""

    latest_count = 5

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "stories.WhatsNewPage",
        "stories.PressReleaseIndexPage",
        "stories.SectionPage",
        "events.EventIndexPage",
        "projects.ProjectIndexPage",
        "publications.PublicationIndexPage",
        "videos.VideoIndexPage",
        "taxonomy.CountryIndexPage",
        "taxonomy.TopicIndexPage",
    ]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest"] = list(whats_new(self.locale)[: self.latest_count])
        context["whats_new_page"] = (
            public_pages(WhatsNewPage.objects.child_of(self)).only("url_path", "title").first()
        )
        return context

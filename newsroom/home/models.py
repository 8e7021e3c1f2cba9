"""The front page of each language."""

from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from newsroom.stories.audience import public_pages
from newsroom.stories.models import WhatsNewPage
from newsroom.stories.registry import registrations
from newsroom.stories.selectors import whats_new


class HomePage(Page):
    """The front page of one language: the office's introduction and the newest stories."""

    latest_count = 5

    parent_page_types = ["wagtailcore.Page"]
    template = "pages/home_page.html"

    @classproperty
    def subpage_types(cls) -> list[str]:
        """What's new, the listing of each registered kind (a section page class once for all
        the kinds it serves), then the countries and topics pages."""
        listings = dict.fromkeys(
            registration.listing_page._meta.label for registration in registrations()
        )
        return [
            "stories.WhatsNewPage",
            *listings,
            "taxonomy.CountryIndexPage",
            "taxonomy.TopicIndexPage",
        ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest"] = list(whats_new(self.locale)[: self.latest_count])
        context["whats_new_page"] = (
            public_pages(WhatsNewPage.objects.child_of(self)).only("url_path", "title").first()
        )
        return context

"""What every part of the site shares: the credited image, the office settings, the home page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page


class CreditedImage(AbstractImage):
    """A picture in the media library; every published use shows its credit line."""

    credit = models.CharField(
        _("credit"),
        max_length=255,
        help_text=_(
            "Who owns the picture, shown after a © sign under the image and before the title "
            "in listings, for example “ShutterStock 2024” or “ILO/Zhang Wei”."
        ),
    )

    admin_form_fields = Image.admin_form_fields + ("credit",)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def alt_text(self) -> str:
        """The words a screen reader says for the picture."""
        return self.description or self.title


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


@register_setting(icon="site")
class OfficeSettings(BaseSiteSetting):
    """The office's name and introduction, shown in the page header and on the home page."""

    office_name = models.CharField(
        _("office name"),
        max_length=200,
        default="ILO Country Office for China and Mongolia",
        help_text=_("Shown in the header of every page and as the home page heading."),
    )
    intro = models.TextField(
        _("introduction"),
        blank=True,
        default=(
            "The ILO Country Office for China and Mongolia works with governments, employers "
            "and workers to promote decent work in both countries."
        ),
        help_text=_("One or two sentences under the heading of the home page."),
    )
    footer_note = models.CharField(
        _("footer note"),
        max_length=255,
        blank=True,
        default="",
        help_text=_("A line at the foot of every page, for example an address."),
    )

    panels = [FieldPanel("office_name"), FieldPanel("intro"), FieldPanel("footer_note")]

    class Meta:
        verbose_name = _("office settings")


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
    ]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from newsroom.stories.models import WhatsNewPage
        from newsroom.stories.selectors import whats_new

        context = super().get_context(request, *args, **kwargs)
        context["latest"] = list(whats_new(self.locale)[: self.latest_count])
        context["whats_new_page"] = (
            WhatsNewPage.objects.live().child_of(self).only("url_path", "title").first()
        )
        return context

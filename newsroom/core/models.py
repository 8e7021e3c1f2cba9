"""What every part of the site shares: the credited image, the office and navigation settings,
the home page."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language, gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable


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


# The rendition a story page shows its picture in (``pages/story_page.html``); feeds and
# structured data describe that same rendition, so describing a story makes no new image.
STORY_PICTURE = "width-1200"


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


DEFAULT_OFFICE_NAME = gettext_noop("ILO Country Office for China and Mongolia")
DEFAULT_INTRO = gettext_noop(
    "The ILO Country Office for China and Mongolia works with governments, employers "
    "and workers to promote decent work in both countries."
)
# The site's other languages, and the suffix of their own fields here.
OTHER_LANGUAGES = {"zh-hans": "zh", "mn": "mn"}


def _other_language_panel(suffix: str, heading) -> MultiFieldPanel:
    return MultiFieldPanel(
        [
            FieldPanel(f"office_name_{suffix}"),
            FieldPanel(f"intro_{suffix}"),
            FieldPanel(f"footer_note_{suffix}"),
        ],
        heading=heading,
    )


def _in_other_language(verbose_name, max_length: int | None = None):
    help_text = _("Leave empty to use the translation of the English text, or the English text.")
    if max_length:
        return models.CharField(
            verbose_name, max_length=max_length, blank=True, help_text=help_text
        )
    return models.TextField(verbose_name, blank=True, help_text=help_text)


@register_setting(icon="site")
class OfficeSettings(BaseSiteSetting):
    """The office's name and introduction, shown in the page header and on the home page, in
    each language of the site."""

    office_name = models.CharField(
        _("office name"),
        max_length=200,
        default=DEFAULT_OFFICE_NAME,
        help_text=_("Shown in the header of every page and as the home page heading."),
    )
    intro = models.TextField(
        _("introduction"),
        blank=True,
        default=DEFAULT_INTRO,
        help_text=_("One or two sentences under the heading of the home page."),
    )
    footer_note = models.CharField(
        _("footer note"),
        max_length=255,
        blank=True,
        default="",
        help_text=_("A line at the foot of every page, for example an address."),
    )
    office_name_zh = _in_other_language(_("office name in Chinese"), 200)
    intro_zh = _in_other_language(_("introduction in Chinese"))
    footer_note_zh = _in_other_language(_("footer note in Chinese"), 255)
    office_name_mn = _in_other_language(_("office name in Mongolian"), 200)
    intro_mn = _in_other_language(_("introduction in Mongolian"))
    footer_note_mn = _in_other_language(_("footer note in Mongolian"), 255)

    panels = [
        MultiFieldPanel(
            [FieldPanel("office_name"), FieldPanel("intro"), FieldPanel("footer_note")],
            heading=_("English"),
        ),
        _other_language_panel("zh", _("Chinese")),
        _other_language_panel("mn", _("Mongolian")),
    ]

    class Meta:
        verbose_name = _("office settings")

    def _text(self, field: str) -> str:
        """``field`` in the language being read: its own text there, else the translation of
        the English text (the default name and introduction have one), else the English."""
        english = getattr(self, field)
        suffix = OTHER_LANGUAGES.get((get_language() or "").lower())
        if suffix is None:
            return english
        own = getattr(self, f"{field}_{suffix}", "").strip()
        return own or (gettext(english) if english else "")

    @property
    def name(self) -> str:
        return self._text("office_name")

    @property
    def intro_text(self) -> str:
        return self._text("intro")

    @property
    def footer_text(self) -> str:
        return self._text("footer_note")


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    """The main menu in the header of every page and the links in the footer."""

    panels = [
        InlinePanel(
            "menu_items",
            heading=_("Main menu"),
            label=_("menu item"),
            help_text=_(
                "The links of the menu at the top of every page, in this order. With none, the "
                "menu shows the home page's sections that are marked “Show in menus”."
            ),
        ),
        InlinePanel(
            "footer_links",
            heading=_("Footer links"),
            label=_("footer link"),
            help_text=_("The links at the foot of every page, after the office's name."),
        ),
    ]

    class Meta:
        verbose_name = _("navigation")


class MainMenuItem(Orderable):
    """One link of the main menu: a page of the site, under its own title or another label."""

    navigation = ParentalKey(
        NavigationSettings, on_delete=models.CASCADE, related_name="menu_items"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "The page the menu links to. Readers of another language get its translation "
            "when there is one."
        ),
    )
    label = models.CharField(
        _("label"),
        max_length=100,
        blank=True,
        help_text=_("The words of the link in the menu. Leave empty to use the page's title."),
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")


class FooterLink(Orderable):
    """One link in the footer: a page of the site or another address."""

    navigation = ParentalKey(
        NavigationSettings, on_delete=models.CASCADE, related_name="footer_links"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A page of this site to link to in the footer."),
    )
    url = models.URLField(
        _("other address"),
        blank=True,
        help_text=_(
            "An address elsewhere, such as the organisation's main site, when no page is chosen."
        ),
    )
    label = models.CharField(
        _("label"),
        max_length=100,
        blank=True,
        help_text=_(
            "The words of the link in the footer. Needed for another address; for a page, "
            "leave empty to use its title."
        ),
    )

    panels = [FieldPanel("page"), FieldPanel("url"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")

    def clean(self):
        super().clean()
        if self.page_id and self.url:
            raise ValidationError({"url": _("Choose a page or give another address, not both.")})
        if not self.page_id and not self.url:
            raise ValidationError({"page": _("Choose a page or give another address.")})
        if self.url and not self.label.strip():
            raise ValidationError({"label": _("Give the words of the link to another address.")})


class PublicChange(models.Model):
    """When what readers may see last changed anywhere on the site: a page published,
    unpublished, moved, deleted or restricted, an image's credit or a term's name edited, the
    office settings saved. Feeds, calendars and sitemaps give it as their ``Last-Modified``
    (``newsroom/core/freshness.py``), so a client that asks “changed since?” is never told
    “no” after a story left a list."""

    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("public change")
        verbose_name_plural = _("public changes")

    def __str__(self) -> str:
        return self.changed_at.isoformat()

"""The vocabularies stories are filed under: topics, countries and the offices that own them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet


class Term(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        allow_unicode=True,
        help_text=_("The last part of this term's page address, for example “social-protection”."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


@register_snippet
class Topic(Term):
    """A subject the office works on, such as social protection or labour migration."""

    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale")
        ]


@register_snippet
class Country(Term):
    """A country the office covers; stories about it appear on its resources page."""

    class Meta(Term.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_country_slug_per_locale"
            )
        ]


@register_snippet
class Office(Term):
    """An office of the organisation that publishes stories, such as CO-Beijing or headquarters."""

    class Meta(Term.Meta):
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_office_slug_per_locale")
        ]

"""The vocabularies stories are filed under — topics, countries and the offices that own them —
and the pages that list the stories filed under each country and each topic."""

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from newsroom.core.navigation import Link
from newsroom.core.page_routes import TERM_FEED, answer
from newsroom.core.pagination import paginate
from newsroom.core.views import ReaderFacingHttp404
from newsroom.stories.kinds import Kind

from .listing import group_by_month, requested_kind
from .selectors import kinds_among, stories_about_country, stories_on_topic


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


class TermIndexPage(RoutablePageMixin, Page):
    """A page listing the terms of one vocabulary, each with a page of its own below it that lists
    every story filed under the term, of any kind, under month headings.

    The terms' pages are routes of this page (``<slug>/``), not pages of the tree: adding a
    country or topic in the snippets is enough to give it a page."""

    term_model: type[Term]
    per_page = 20

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A sentence under the heading, above the list of links."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1
    term_template = "pages/term_page.html"

    class Meta:
        abstract = True

    def heading_for(self, term: Term) -> str:
        return term.name

    def stories_for(self, term: Term, kind: str | None = None):
        raise NotImplementedError

    def unknown_term_message(self, slug: str) -> str:
        raise NotImplementedError

    def terms(self):
        return self.term_model.objects.filter(locale_id=self.locale_id).order_by("name", "pk")

    def term_url(self, term: Term, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage("term", args=[term.slug])

    @path("")
    def index(self, request):
        url = self.get_url(request)
        links = [
            (term.name, url + self.reverse_subpage("term", args=[term.slug]))
            for term in self.terms()
        ]
        return self.render(request, context_overrides={"term_links": links})

    @path("<str:slug>/feed/", name="term_feed")
    @path("<str:slug>/feed/<str:format_name>/", name="term_feed_format")
    def term_feed(self, request, slug: str, format_name: str | None = None):
        """The feed of a term's page, of the kind its ``?kind=`` asks for (``newsroom/feeds``)."""
        return answer(
            TERM_FEED,
            request,
            self,
            slug=slug,
            kind=requested_kind(request),
            format_name=format_name,
        )

    @path("<str:slug>/")
    def term(self, request, slug: str):
        kind = requested_kind(request)
        term = self.terms().filter(slug=slug).first()
        if term is None:
            raise ReaderFacingHttp404(self.unknown_term_message(slug))
        stories_page = paginate(request, self.stories_for(term, kind), self.per_page)
        kinds = kinds_among(self.stories_for(term))
        # The kind asked for keeps its link even with nothing of it, so the reader sees where
        # they are.
        kinds = [value for value in Kind.values if value in kinds or value == kind]
        heading = self.heading_for(term)
        url = self.term_url(term, request)
        return self.render(
            request,
            template=self.term_template,
            context_overrides={
                "term": term,
                "heading": heading,
                "term_page_url": url,
                "kind": Kind(kind) if kind else None,
                "kinds": [Kind(value) for value in kinds],
                "stories_page": stories_page,
                "month_groups": group_by_month(stories_page.object_list),
                "breadcrumb_tail": [Link(heading, url)],
            },
        )


class CountryIndexPage(TermIndexPage):
    """Countries: a link to each country's resources page, where every story about it is listed."""

    term_model = Country
    template = "pages/term_index_page.html"

    class Meta:
        verbose_name = _("countries page")

    def heading_for(self, term: Term) -> str:
        return gettext("%(country)s resources") % {"country": term.name}

    def stories_for(self, term: Term, kind: str | None = None):
        return stories_about_country(self.locale, term, kind=kind)

    def unknown_term_message(self, slug: str) -> str:
        return gettext("There is no country “%(slug)s” on this site.") % {"slug": slug[:80]}


class TopicIndexPage(TermIndexPage):
    """Topics: a link to each topic's page, where every story on it is listed."""

    term_model = Topic
    template = "pages/term_index_page.html"

    class Meta:
        verbose_name = _("topics page")

    def stories_for(self, term: Term, kind: str | None = None):
        return stories_on_topic(self.locale, term, kind=kind)

    def unknown_term_message(self, slug: str) -> str:
        return gettext("There is no topic “%(slug)s” on this site.") % {"slug": slug[:80]}

"""What the sitemaps of one request read once, whichever language they cover: which pages
readers may see on the requested site, where each language's pages are addressed, the countries
and topics pages and their terms."""

from dataclasses import dataclass
from functools import cached_property
from urllib.parse import quote

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.models import Locale, Page, Site
from wagtail.query import PageQuerySet

from newsroom.stories.audience import public_pages, readable_pages, restricted_paths
from newsroom.taxonomy.models import CountryIndexPage, Term, TermIndexPage, TopicIndexPage

# In the order of the site's menu.
TERM_INDEX_MODELS: tuple[type[TermIndexPage], ...] = (CountryIndexPage, TopicIndexPage)

# What Django's ``reverse()`` leaves unquoted in a path.
_SAFE = RFC3986_SUBDELIMS + "/~:@"


@dataclass(frozen=True)
class TermRoute:
    """A country's or topic's page: a route of its language's countries or topics page."""

    index: TermIndexPage
    term: Term


class SiteReading:
    """The site as the sitemaps of one request see it."""

    def __init__(self, request: HttpRequest):
        self.request = request

    @cached_property
    def locales(self) -> dict[int, str]:
        """The language code of each locale, by its id."""
        return dict(Locale.objects.values_list("pk", "language_code"))

    @cached_property
    def _roots(self) -> list[tuple[str, str]]:
        """Each language's home page of the requested site, most specific first: its tree
        address (``url_path``) and its address for readers (``/zh/``)."""
        site = Site.find_for_request(self.request)
        roots = []
        for root in Site.get_site_root_paths():
            if site is not None and root.site_id == site.pk:
                with translation.override(root.language_code):
                    roots.append((root.root_path, reverse("wagtail_serve", args=("",))))
        return roots

    @cached_property
    def _base(self) -> str:
        return self.request.build_absolute_uri("/").removesuffix("/")

    @cached_property
    def _restricted(self) -> tuple[str, ...]:
        # Read once for the request's many pages.
        return restricted_paths()

    @cached_property
    def _in_site(self) -> Q:
        # A page outside the requested site has no address on it.
        in_site = Q(pk__in=[])
        for root_path, _prefix in self._roots:
            in_site |= Q(url_path__startswith=root_path)
        return in_site

    def _visible(self, model: type[Page]) -> PageQuerySet:
        return public_pages(model.objects.all(), self._restricted).filter(self._in_site)

    def pages(self) -> PageQuerySet:
        """Every page a reader may find on the site, in any language (``readable_pages``)."""
        return readable_pages(Page.objects.all(), self._restricted).filter(self._in_site)

    def address(self, url_path: str) -> str | None:
        """The absolute address of the page at ``url_path`` in the tree, as Wagtail gives it
        (``Page.get_url_parts``) without a query or a page object for each page."""
        for root_path, prefix in self._roots:
            if url_path.startswith(root_path):
                path = prefix + quote(url_path[len(root_path) :], safe=_SAFE)
                if not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and path != "/":
                    path = path.rstrip("/")
                return self._base + path
        return None

    @cached_property
    def term_indexes(self) -> dict[tuple[type[TermIndexPage], str], TermIndexPage]:
        """The countries and topics pages readers may see, by their class and language."""
        found = {}
        for model in TERM_INDEX_MODELS:
            # Picked by id first: the database would otherwise look through every page.
            found_here = self._visible(model).filter(pk__in=model.objects.values("pk"))
            for index in found_here.only("url_path", "locale_id"):
                found[(model, self.locales.get(index.locale_id))] = index
        return found

    @cached_property
    def terms(self) -> dict[tuple[type[TermIndexPage], str], dict[str, Term]]:
        """The terms of each vocabulary by slug, in the order of the page that lists them, by
        the class of that page and language."""
        found: dict[tuple[type[TermIndexPage], str], dict[str, Term]] = {}
        for model in TERM_INDEX_MODELS:
            for term in model.term_model.objects.only("slug", "locale_id").order_by("name", "pk"):
                found.setdefault((model, self.locales.get(term.locale_id)), {})[term.slug] = term
        return found

    def term_address(self, route: TermRoute) -> str | None:
        """The absolute address of a country's or topic's page."""
        url = route.index.term_url(route.term, self.request)
        return self.request.build_absolute_uri(url) if url else None

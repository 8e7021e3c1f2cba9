"""The addresses search engines read first: ``/robots.txt`` and the sitemaps it points to."""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from newsroom.core.conditional import answer_conditionally
from newsroom.languages.middleware import same_in_every_language

from .sitemaps import sitemaps_for


@require_safe
def sitemap_index(request: HttpRequest) -> HttpResponse:
    """``/sitemap.xml``: the address of each file of each language's sitemap."""
    response = sitemap_views.index(
        request, sitemaps_for(request), sitemap_url_name="crawling:sitemap-section"
    )
    return _answer(request, response)


@require_safe
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    """``/sitemap-zh.xml?p=2``: one file of one language's sitemap; a language or file that
    does not exist is a 404."""
    response = sitemap_views.sitemap(
        request, sitemaps_for(request), section=section, template_name="crawling/sitemap.xml"
    )
    return _answer(request, response)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """``/robots.txt``: keeps crawlers out of the admin and the search results of every
    language, and tells them where the sitemap is."""
    lines = ["User-agent: *", f"Disallow: {reverse('wagtailadmin_home')}"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            # Endless combinations of words and filters, each a copy of what the listings show.
            lines.append(f"Disallow: {reverse('search')}")
    sitemap = request.build_absolute_uri(reverse("crawling:sitemap-index"))
    lines += ["", f"Sitemap: {sitemap}"]
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    return same_in_every_language(answer_conditionally(request, response))


def _answer(request: HttpRequest, response: TemplateResponse) -> HttpResponse:
    # The validators are computed from the body, so it is rendered here rather than on the way
    # out.
    response.render()
    return same_in_every_language(answer_conditionally(request, response))

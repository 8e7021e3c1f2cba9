from django import template
from django.conf import settings
from django.utils.translation import get_language

from newsroom.languages.prefixes import supported_language
from newsroom.languages.switcher import alternates, bcp47

register = template.Library()


@register.simple_tag
def html_lang() -> str:
    """The ``lang`` of the page: ``zh-Hans`` picks the simplified Chinese glyphs of a font."""
    return bcp47(supported_language(get_language()))


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    if context.get("alternates") is not None:
        # A view that is not a page (search) gives its own addresses in each language.
        return {"alternates": context["alternates"]}
    return {"alternates": alternates(request, context.get("page")) if request else []}


@register.inclusion_tag("components/alternate_links.html", takes_context=True)
def alternate_links(context):
    """``<link rel="alternate" hreflang>`` for each language the page itself exists in, and the
    default language's version as ``x-default`` for readers of any other language."""
    request = context.get("request")
    if request is None or context.get("page") is None:
        return {"links": []}
    versions = [
        alternate for alternate in alternates(request, context["page"]) if alternate.is_same_page
    ]
    if len(versions) < 2:
        return {"links": []}
    links = [(version.hreflang, request.build_absolute_uri(version.url)) for version in versions]
    default = next((v for v in versions if v.language_code == settings.LANGUAGE_CODE), None)
    if default is not None:
        links.append(("x-default", request.build_absolute_uri(default.url)))
    return {"links": links}

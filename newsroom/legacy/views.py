"""Permanent redirects from the reference site's old addresses to their pages here.

Old addresses follow one scheme (see ``docs/legacy-urls.md``)::

    /<office>/<section…>/lang--en/index.htm                  a listing, or a country's or
                                                             topic's page
    /<office>/<section…>/lang--en/nextRow--<offset>/index.htm  page offset/size + 1 of it
    /<office>/<section…>/WCMS_<digits>/lang--en/index.htm      one item, by its legacy id

They are resolved by rule rather than stored one by one, so an imported archive of any size
keeps its old addresses without a redirect row per item.
"""

from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils.translation import gettext as _
from wagtail.models import Locale

from newsroom.core.views import ReaderFacingHttp404
from newsroom.stories.audience import public_pages, readable_pages
from newsroom.stories.models import SectionPage, StoryPage

from .sections import listing_model_for, term_page_models

LEGACY_LANGUAGES = {"en": "en", "zh": "zh-hans", "mn": "mn"}


def locale_for(language: str) -> Locale:
    code = LEGACY_LANGUAGES.get(language)
    locale = Locale.objects.filter(language_code=code).first() if code else None
    if locale is None:
        raise ReaderFacingHttp404(
            _("This page is not published in the language “%(language)s”.") % {"language": language}
        )
    return locale


def legacy_item(request, legacy_id: str, language: str):
    """The story with the old item number, in the old address's language; an item the old site
    had in Chinese or Mongolian that is here only in the default language leads to that one,
    which says at once which language it is in."""
    locale = locale_for(language)
    stories = readable_pages(StoryPage.objects.filter(legacy_id__iexact=legacy_id)).only(
        "url_path", "path", "depth", "locale_id"
    )
    story = stories.filter(locale=locale).first()
    if story is None and locale.language_code != settings.LANGUAGE_CODE:
        story = stories.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if story is None:
        raise ReaderFacingHttp404(
            _("No page here has the old item number %(legacy_id)s.") % {"legacy_id": legacy_id}
        )
    return HttpResponsePermanentRedirect(story.get_url(request))


def _term_page(request, slug: str, locale: Locale) -> tuple[str, int] | None:
    """The address and page size of the page of the country or topic whose slug is ``slug``."""
    for term_model, index_model in term_page_models():
        term = term_model.objects.filter(locale=locale, slug=slug).first()
        if term is None:
            continue
        index = public_pages(index_model.objects.filter(locale=locale)).first()
        if index is not None:
            return index.term_url(term, request), index.per_page
    return None


def _listing_page(request, slug: str, locale: Locale) -> tuple[str, int] | None:
    """The address and page size of the listing an old section name stands for."""
    model, kind = listing_model_for(slug)
    listings = public_pages(model.objects.filter(locale=locale))
    if model is SectionPage:
        listings = listings.filter(kind=kind) if kind else listings.filter(slug=slug)
    listing = listings.first()
    if listing is None:
        return None
    return listing.get_url(request), listing.specific_class.per_page


def legacy_listing(request, section: str, language: str, offset: str | None = None):
    locale = locale_for(language)
    slug = section.rstrip("/").rsplit("/", 1)[-1]
    found = _listing_page(request, slug, locale) or _term_page(request, slug.lower(), locale)
    if found is None:
        raise ReaderFacingHttp404(
            _("The old section “%(section)s” has no page here.") % {"section": slug}
        )
    url, per_page = found
    if offset is not None:
        page_number = int(offset) // per_page + 1
        if page_number > 1:
            url = f"{url}?page={page_number}"
    return HttpResponsePermanentRedirect(url)

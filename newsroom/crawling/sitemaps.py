"""The sitemap of each language: every page a reader may see in it — the home page, the listings,
the stories, the countries' and topics' pages — with the address of the same page in the other
languages, so that search engines find the whole archive and show each reader their language.

A file costs the same queries whatever the archive size: its pages are read with the few columns
an address needs, and the other languages' versions of all of them at once."""

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from typing import Any, NamedTuple
from uuid import UUID

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Count, Max
from django.http import HttpRequest
from wagtail.query import PageQuerySet

from newsroom.languages.prefixes import url_prefix
from newsroom.languages.switcher import bcp47

from .reading import TERM_INDEX_MODELS, SiteReading, TermRoute

# Far below the protocol's 50 000 addresses: a file of a 100 000-story archive stays quick to
# build and to fetch.
LIMIT = 5000
# More files than any archive fills; the offset of a file past it would overflow the database's
# integers.
MAX_FILES = 2**31


class PageEntry(NamedTuple):
    """A page of the sitemap, as much of it as its entry needs."""

    translation_key: UUID
    last_published_at: datetime | None


class _Entries:
    """One language's countries' and topics' pages, then its other pages: the list the
    sitemap's paginator counts for the index and each file cuts its part from.

    The terms' pages come first so that a file knows where its pages start without counting
    the language's pages, which at 100 000 stories takes most of a file's time."""

    def __init__(
        self, routes: list[TermRoute], pages: PageQuerySet, count_pages: Callable[[], int]
    ):
        self.routes = routes
        self.pages = pages
        self.count_pages = count_pages

    def count(self) -> int:
        return len(self.routes) + self.count_pages()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, part: slice) -> list[PageEntry | TermRoute]:
        start, stop = part.start or 0, part.stop
        split = len(self.routes)
        found: list[PageEntry | TermRoute] = list(self.routes[start:stop])
        if stop is None or stop > split:
            rows = self.pages.values_list("translation_key", "last_published_at")
            rows = rows[max(start - split, 0) : None if stop is None else stop - split]
            found.extend(PageEntry(*row) for row in rows)
        return found


class LanguageSitemap(Sitemap):
    """The sitemap of one language, in files of :data:`LIMIT` addresses (``?p=2``)."""

    limit = LIMIT

    def __init__(self, reading: SiteReading, language_code: str):
        self.reading = reading
        self.language_code = language_code

    def _pages(self) -> PageQuerySet:
        locales = [pk for pk, code in self.reading.locales.items() if code == self.language_code]
        return self.reading.pages().filter(locale_id__in=locales)

    @cached_property
    def _totals(self) -> dict[str, Any]:
        # Both in one pass: at 100 000 stories, each pass is most of the index's time.
        return self._pages().aggregate(count=Count("pk"), latest=Max("last_published_at"))

    @cached_property
    def _entries(self) -> _Entries:
        routes = [
            TermRoute(index, term)
            for model in TERM_INDEX_MODELS
            if (index := self.reading.term_indexes.get((model, self.language_code)))
            for term in self.reading.terms.get((model, self.language_code), {}).values()
        ]
        # In the order they were made, which the database reads without sorting the language.
        pages = self._pages().order_by("pk")
        return _Entries(routes, pages, lambda: self._totals["count"])

    def items(self) -> _Entries:
        return self._entries

    def get_latest_lastmod(self) -> datetime | None:
        """When the language's newest page was published, for the sitemap index."""
        latest = self._totals["latest"]
        return latest.replace(microsecond=0) if latest else None

    def _urls(self, page: Any, protocol: str, domain: str) -> list[dict[str, Any]]:
        # Django's own reads each item's address and alternates one by one; a file here reads
        # the versions of all its pages in one query.
        entries = self._file(page)
        versions = self._versions([entry for entry in entries if isinstance(entry, PageEntry)])
        hreflangs = [(code, bcp47(code)) for code, _name in settings.LANGUAGES]
        urls = []
        for entry in entries:
            if isinstance(entry, TermRoute):
                in_languages = self._term_versions(entry)
                lastmod = None
            else:
                in_languages = versions.get(entry.translation_key, {})
                lastmod = entry.last_published_at
            location = in_languages.get(self.language_code)
            if location is None:
                continue
            urls.append(
                {
                    "item": entry,
                    "location": location,
                    "lastmod": lastmod.replace(microsecond=0) if lastmod else None,
                    "alternates": _alternates(in_languages, hreflangs),
                }
            )
        self.latest_lastmod = max((url["lastmod"] for url in urls if url["lastmod"]), default=None)
        return urls

    def _file(self, number: Any) -> list[PageEntry | TermRoute]:
        """The entries of file ``number``, as Django's paginator cuts them for the index, but
        without counting the language's pages: a file past the last one is found empty."""
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger from None
        if not 1 <= number <= MAX_FILES:
            raise EmptyPage
        start = (number - 1) * self.limit
        entries = self._entries[start : start + self.limit]
        if not entries and number > 1:
            raise EmptyPage
        return entries

    def _versions(self, pages: list[PageEntry]) -> dict[UUID, dict[str, str]]:
        """The address of each language's version of ``pages``, their own included, by
        translation key and language code."""
        versions: dict[UUID, dict[str, str]] = {}
        keys = {page.translation_key for page in pages}
        if not keys:
            return versions
        found = self.reading.pages().filter(translation_key__in=keys)
        for key, locale_id, url_path in found.values_list(
            "translation_key", "locale_id", "url_path"
        ):
            code = self.reading.locales.get(locale_id)
            address = self.reading.address(url_path)
            if code and address:
                versions.setdefault(key, {})[code] = address
        return versions

    def _term_versions(self, route: TermRoute) -> dict[str, str]:
        """The address of the term's page in each language that has a term of the same slug."""
        model = type(route.index)
        versions = {}
        for code, _name in settings.LANGUAGES:
            index = self.reading.term_indexes.get((model, code))
            term = self.reading.terms.get((model, code), {}).get(route.term.slug)
            if index is None or term is None:
                continue
            address = self.reading.term_address(TermRoute(index, term))
            if address:
                versions[code] = address
        return versions


def _alternates(
    addresses: dict[str, str], hreflangs: list[tuple[str, str]]
) -> list[dict[str, str]]:
    """The ``hreflang`` links of one address: each language's version, in the order of the
    site's languages (``hreflangs``: code and tag), and the default language's as
    ``x-default``."""
    alternates = [
        {"location": addresses[code], "lang_code": tag}
        for code, tag in hreflangs
        if code in addresses
    ]
    if settings.LANGUAGE_CODE in addresses:
        alternates.append({"location": addresses[settings.LANGUAGE_CODE], "lang_code": "x-default"})
    return alternates


def sitemaps_for(request: HttpRequest) -> dict[str, LanguageSitemap]:
    """Each language's sitemap, by the section name of its file (``sitemap-zh.xml``)."""
    reading = SiteReading(request)
    return {url_prefix(code): LanguageSitemap(reading, code) for code, _name in settings.LANGUAGES}

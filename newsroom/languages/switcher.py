"""Where each language's version of the page a reader is on lives: the language switcher's links
and the ``hreflang`` alternates in the page head.

The same story in another language is its translation (same translation key). A story that has
none in a language leads to the nearest page above it that has one: the section that would list
it, else that language's home page. Read once a request, in a fixed number of queries."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language, get_language_info
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page

from newsroom.stories.audience import readable_pages
from newsroom.taxonomy.models import TermIndexPage

from .prefixes import supported_language, url_prefix

_CACHE = "_newsroom_alternates"


@dataclass(frozen=True)
class Alternate:
    """One language's version of the page being read."""

    language_code: str
    name: str
    url: str
    is_current: bool
    # The same page in that language, rather than the nearest listing or home page above it.
    is_same_page: bool

    @property
    def hreflang(self) -> str:
        return bcp47(self.language_code)


def bcp47(language_code: str) -> str:
    """The language tag HTML and search engines expect: ``zh-Hans`` for Django's ``zh-hans``."""
    language, _dash, script = language_code.partition("-")
    if len(script) == 4:
        return f"{language}-{script.title()}"
    return f"{language}-{script.upper()}" if script else language


def local_name(language_code: str) -> str:
    """A language's name in itself, as a reader looks for it: “中文”, “Монгол”."""
    return LOCAL_NAMES.get(language_code) or get_language_info(language_code)["name_local"]


LOCAL_NAMES = {"en": "English", "zh-hans": "中文", "mn": "Монгол"}


def alternates(request, page: Page | None) -> list[Alternate]:
    """Each language of the site, in the order of ``settings.LANGUAGES``, with where to read
    ``page`` (or, with no page, the home page) in it."""
    cached = getattr(request, _CACHE, None)
    if cached is not None and cached[0] == (page.pk if page else None):
        return cached[1]
    current = supported_language(get_language())
    found = _versions(request, page) if page is not None else {}
    result = []
    for code, _name in settings.LANGUAGES:
        url, same = found.get(code, (f"/{url_prefix(code)}/", page is None))
        result.append(
            Alternate(
                language_code=code,
                name=local_name(code),
                url=url,
                is_current=code == current,
                is_same_page=same,
            )
        )
    setattr(request, _CACHE, ((page.pk if page else None), result))
    return result


def route_below(request, page: Page) -> str:
    """The route below ``page`` being read (``china/``, ``2021/``), or an empty string when the
    page itself is."""
    if not isinstance(page.specific_deferred, RoutablePageMixin):
        return ""
    own_url = page.get_url(request) or ""
    return request.path[len(own_url) :] if own_url and request.path.startswith(own_url) else ""


def _versions(request, page: Page) -> dict[str, tuple[str, bool]]:
    """By language code: the address of ``page``'s version there, and whether it is ``page``
    itself in that language (True) or the nearest page above it that has one (False)."""
    # A route below the page (a country's page, a year of the archive) is the same route below
    # its translation: the countries, topics and years are the same in every language.
    suffix = route_below(request, page)
    ancestors = page.get_ancestors().filter(depth__gt=1).only("pk", "translation_key")
    # Nearest first: the section before the home page.
    nearest_first = reversed(list(ancestors))
    keys = [page.translation_key, *[ancestor.translation_key for ancestor in nearest_first]]
    depth_of = {key: index for index, key in enumerate(keys)}
    locales = {locale.pk: locale.language_code for locale in Locale.objects.all()}
    nearest: dict[str, tuple[int, Page]] = {}
    for version in readable_pages(Page.objects.filter(translation_key__in=keys)):
        code = locales.get(version.locale_id)
        if code is None:
            continue
        rank = depth_of[version.translation_key]
        if code not in nearest or rank < nearest[code][0]:
            nearest[code] = (rank, version)
    routed_in = _languages_with_route(page, suffix, locales) if suffix else None
    versions = {}
    for code, (rank, version) in nearest.items():
        url = version.get_url(request)
        if not url:
            continue
        same = rank == 0
        if same and suffix and routed_in is not None and code not in routed_in:
            # The page is there, its route is not (a topic not yet translated): the page itself.
            versions[code] = (url, False)
            continue
        versions[code] = (url + suffix if same else url, same)
    return versions


def _languages_with_route(page: Page, suffix: str, locales: dict[int, str]) -> set[str] | None:
    """The languages in which a country's or topic's page at ``suffix`` exists, or None when
    the route is not a term's (a year of the archive exists in every language)."""
    specific = page.specific_deferred
    if not isinstance(specific, TermIndexPage):
        return None
    slug = suffix.strip("/").split("/", 1)[0]
    if not slug:
        return None
    having = specific.term_model.objects.filter(slug=slug).values_list("locale_id", flat=True)
    return {locales[locale_id] for locale_id in having if locale_id in locales}

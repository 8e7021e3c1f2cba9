"""The languages of the site and the address prefix of each: ``/en/``, ``/zh/``, ``/mn/``.

Django prefixes addresses with the language code; the office's Chinese is ``zh-hans``, which
readers and the old site write ``zh``, so the prefix of a language is looked up here."""

from django.conf import settings
from django.urls import URLResolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils.translation import get_language, get_supported_language_variant

# Languages whose address prefix is not their code.
URL_PREFIXES = {"zh-hans": "zh"}


def url_prefix(language_code: str) -> str:
    """The first part of the addresses of ``language_code``'s pages, such as ``zh``."""
    code = language_code.lower()
    return URL_PREFIXES.get(code, code)


def language_for_prefix(prefix: str) -> str | None:
    """The language whose addresses start with ``prefix``, or None when no language does."""
    for code, _name in settings.LANGUAGES:
        if url_prefix(code) == prefix.lower():
            return code
    return None


def supported_language(language_code: str | None) -> str:
    """``language_code`` as one of the site's languages (``zh-cn`` → ``zh-hans``), or the
    default language when it is not one of them."""
    if language_code:
        try:
            return get_supported_language_variant(language_code)
        except LookupError:
            pass
    return settings.LANGUAGE_CODE


class LanguagePrefixPattern(LocalePrefixPattern):
    """Django's language prefix, written with :func:`url_prefix`."""

    @property
    def language_prefix(self) -> str:
        return f"{url_prefix(get_language() or settings.LANGUAGE_CODE)}/"


def language_patterns(*urls) -> list[URLResolver]:
    """Like Django's ``i18n_patterns`` (every language prefixed), with the site's prefixes."""
    return [URLResolver(LanguagePrefixPattern(prefix_default_language=True), list(urls))]

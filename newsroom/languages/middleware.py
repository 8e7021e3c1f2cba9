"""Picks the language of a request from its address, and sends a reader who arrives without one
(``/``, ``/whats-new/``) or with Django's spelling of it (``/zh-hans/``) to the right address."""

from django.conf import settings
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware
from django.urls import get_script_prefix, is_valid_path
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, get_language_from_path

from .prefixes import language_for_prefix, url_prefix


def same_in_every_language(response):
    """Mark ``response`` as one that no language changes (``/robots.txt``, the sitemaps): it
    is sent without ``Vary: Accept-Language``, so a cache keeps one copy for every reader."""
    response.same_in_every_language = True
    return response


class LanguageMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if getattr(response, "same_in_every_language", False):
            return response
        if response.status_code != 404:
            return super().process_response(request, response)
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        path = request.path_info
        first, _slash, rest = path.lstrip("/").partition("/")
        language_in_path = get_language_from_path(path)
        if language_in_path and language_for_prefix(first) is None:
            # ``/zh-hans/…`` or ``/zh-cn/…``: the language is known, its prefix is written
            # otherwise.
            fixed = f"/{url_prefix(language_in_path)}/{rest}"
            if is_valid_path(fixed, urlconf):
                return self._redirect(request, path, fixed, HttpResponsePermanentRedirect)
        elif not language_in_path and not is_valid_path(path, urlconf):
            # No language in the address: the reader's own (cookie, then Accept-Language). A
            # view that answered this very address with a 404 of its own (an old address with
            # no page here) keeps its message instead.
            fixed = f"/{url_prefix(get_language() or settings.LANGUAGE_CODE)}{path}"
            if not is_valid_path(fixed, urlconf) and not fixed.endswith("/"):
                fixed += "/"
            if is_valid_path(fixed, urlconf):
                redirect = self._redirect(request, path, fixed, HttpResponseRedirect)
                patch_vary_headers(redirect, ("Accept-Language", "Cookie"))
                return redirect
        # Django's own redirect would write the prefix as the language code (``/zh-hans/``).
        if not language_in_path:
            patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", get_language())
        return response

    @staticmethod
    def _redirect(request, path: str, fixed: str, response_class):
        script_prefix = get_script_prefix().rstrip("/")
        query = request.META.get("QUERY_STRING", "")
        location = f"{script_prefix}{fixed}" + (f"?{query}" if query else "")
        return response_class(location)

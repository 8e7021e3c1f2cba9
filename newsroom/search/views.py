"""The results page, ``/<language>/search/?q=…``."""

from django.conf import settings
from django.shortcuts import render
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from newsroom.core.pagination import paginate, requested_page_number
from newsroom.languages.prefixes import supported_language
from newsroom.languages.switcher import Alternate, bcp47, local_name
from newsroom.stories.kinds import Kind
from newsroom.taxonomy.models import Country, Topic

from . import highlight
from .query import clean, parse
from .selectors import PER_PAGE, Filters, search

ALL_LANGUAGES = "all"


def search_view(request):
    language = Locale.get_active()
    query = parse(request.GET.get("q"))
    every_language = request.GET.get("languages") == ALL_LANGUAGES
    filters, notes = _filters(request, language)
    context = {
        "query": query,
        "every_language": every_language,
        "filters": filters,
        "notes": query.notes + notes,
        "alternates": _alternates(request),
        "language_name": local_name(language.language_code),
    }
    if query.searchable:
        number = requested_page_number(request)
        results = search(
            query,
            None if every_language else language,
            filters,
            number,
            language=language,
        )
        # The listings' pagination, over the count: a page past the last is the same clear 404.
        page_obj = paginate(request, range(results.total), PER_PAGE)
        locales = {locale.pk: locale.language_code for locale in Locale.objects.all()}
        context.update(
            results=results,
            items=[
                {
                    "story": hit.story,
                    "title": highlight.title(hit.document.title, query),
                    "snippet": highlight.snippet(hit.document.text, query),
                    "lang": bcp47(
                        locales.get(hit.document.entry.locale_id, language.language_code)
                    ),
                    "other_language": hit.document.entry.locale_id != language.pk,
                }
                for hit in results.hits
            ],
            facets={
                name: [
                    {
                        "label": value.label,
                        "count": value.count,
                        "selected": value.selected,
                        "url": _address(request, **{name: None if value.selected else value.value}),
                    }
                    for value in getattr(results.facets, attribute)
                ]
                for name, attribute in FACETS
            },
            page_obj=page_obj,
            first_number=(number - 1) * PER_PAGE + 1,
        )
    return render(request, "pages/search_results.html", context)


FACETS = (("kind", "kinds"), ("year", "years"), ("country", "countries"), ("topic", "topics"))


def _address(request, **changes) -> str:
    """This results page's address with ``changes`` to its parameters (None removes one), back
    on the first page."""
    parameters = request.GET.copy()
    parameters.pop("page", None)
    for name, value in changes.items():
        if value is None:
            parameters.pop(name, None)
        else:
            parameters[name] = value
    return f"{request.path}?{parameters.urlencode()}"


def _filters(request, language: Locale) -> tuple[Filters, list[str]]:
    """The narrowing the address asks for; what it names that does not exist is dropped, and
    the reader told."""
    notes = []
    kind = request.GET.get("kind") or None
    if kind is not None and kind not in Kind.values:
        notes.append(_("There is no kind of story called “%(value)s”.") % {"value": kind[:40]})
        kind = None
    raw_year = request.GET.get("year") or None
    year = None
    if raw_year is not None:
        year = int(raw_year) if raw_year.isascii() and raw_year.isdigit() else None
        if year is None or not 1900 <= year <= 2999:
            notes.append(_("“%(value)s” is not a year.") % {"value": raw_year[:40]})
            year = None
    keys = {}
    for name, model in (("country", Country), ("topic", Topic)):
        # Cleaned as the search is: PostgreSQL refuses a NUL character in a query.
        slug = clean(request.GET.get(name) or "")[:200] or None
        if slug is None:
            keys[name] = None
            continue
        term = (
            model.objects.filter(slug=slug, locale=language).first()
            or model.objects.filter(slug=slug).first()
        )
        if term is None:
            notes.append(
                _("There is no %(vocabulary)s “%(value)s”.")
                % {"vocabulary": model._meta.verbose_name, "value": slug[:40]}
            )
        keys[name] = term.translation_key if term else None
    return Filters(kind=kind, year=year, country=keys["country"], topic=keys["topic"]), notes


def _alternates(request) -> list[Alternate]:
    """The same search in each language of the site, the page number left out."""
    current = supported_language(get_language())
    parameters = request.GET.copy()
    parameters.pop("page", None)
    # Countries and topics are named by their slug in the page's language.
    parameters.pop("country", None)
    parameters.pop("topic", None)
    suffix = f"?{parameters.urlencode()}" if parameters else ""
    return [
        Alternate(
            language_code=code,
            name=local_name(code),
            url=translate_url(request.path, code) + suffix,
            is_current=code == current,
            is_same_page=True,
        )
        for code, _name in settings.LANGUAGES
    ]

"""A story is filed under the terms of its own language (countries, topics, office).

A translation starts as a copy of its source, filed under the source language's countries,
topics and office; the Chinese China page lists the stories filed under the Chinese “China”.
Before a story is saved, each term of another language is replaced by its translation, which
is made (under the source's name, for an editor to translate) when the vocabulary lacks it."""

from wagtail.models import Locale
from wagtail.models import TranslatableMixin as Term


def in_language(terms: list[Term], locale: Locale) -> list[Term]:
    """``terms`` in ``locale``, in their order; a query a vocabulary when any needs changing."""
    foreign = [term for term in terms if term.locale_id != locale.pk]
    if not foreign:
        return terms
    model = type(foreign[0])
    found = {
        term.translation_key: term
        for term in model.objects.filter(
            locale=locale, translation_key__in=[term.translation_key for term in foreign]
        )
    }
    # A term an editor made in this language without linking it to the source's: the same slug.
    unlinked = [term.slug for term in foreign if term.translation_key not in found]
    by_slug = (
        {term.slug: term for term in model.objects.filter(locale=locale, slug__in=unlinked)}
        if unlinked
        else {}
    )
    result = []
    for term in terms:
        if term.locale_id != locale.pk:
            term = (
                found.get(term.translation_key)
                or by_slug.get(term.slug)
                or _translate(term, locale)
            )
        if term not in result:
            result.append(term)
    return result


def _translate(term: Term, locale: Locale) -> Term:
    translation = term.copy_for_translation(locale)
    translation.save()
    return translation


def file_in_own_language(story) -> None:
    """Replace the story's terms of other languages by theirs in the story's language."""
    locale = story.locale
    for name in ("topics", "countries"):
        terms = list(getattr(story, name).all())
        if any(term.locale_id != locale.pk for term in terms):
            setattr(story, name, in_language(terms, locale))
    if story.office_id:
        offices = story._meta.get_field("office").related_model.objects
        office = offices.filter(pk=story.office_id).first()
        if office is not None and office.locale_id != locale.pk:
            story.office = in_language([office], locale)[0]

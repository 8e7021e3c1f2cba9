"""Which page here stands for each section name of the reference site's addresses.

A kind's listing is known by its slug and by the old site's names for it, as the kind's app
registers them (``newsroom/stories/registry.py``); the other pages an old section leads to are
named here."""

from django.apps import apps
from django.db.models import Model

from newsroom.stories.kinds import Kind
from newsroom.stories.registry import KindRegistration, registrations

# Old section names, no kind's, that are not the slug of the page they lead to.
ALIASES: dict[str, str] = {
    "countries-covered": "countries",
    "areas-of-work": "topics",
}

# The pages, no kind's listing, that an old section leads to by their slug.
LISTINGS: dict[str, str] = {
    "whats-new": "stories.WhatsNewPage",
    "countries": "taxonomy.CountryIndexPage",
    "topics": "taxonomy.TopicIndexPage",
}

# Vocabularies whose terms have pages: an old section named after a term leads to its page.
TERM_PAGES: list[tuple[str, str]] = [
    ("taxonomy.Country", "taxonomy.CountryIndexPage"),
    ("taxonomy.Topic", "taxonomy.TopicIndexPage"),
]


def section_slug(name: str) -> str:
    """The slug here of the page the old section ``name`` stands for, in any case."""
    name = name.lower()
    for registration in registrations():
        if name in registration.old_section_names:
            return registration.listing_slug
    return ALIASES.get(name, name)


def _kind_listing(name: str) -> KindRegistration | None:
    slug = section_slug(name)
    for registration in registrations():
        if registration.listing_slug == slug:
            return registration
    return None


def kind_for_section(name: str) -> Kind | None:
    """The kind of the stories in the old section ``name``; None for a section of every kind
    (What's new) or of none."""
    registration = _kind_listing(name)
    return registration.kind if registration is not None else None


def listing_model_for(name: str) -> tuple[type[Model], str | None]:
    """The listing page class an old section name means, with the kind it lists when it is a
    kind's (a section page is found by it); an unknown name is taken for a section's slug."""
    registration = _kind_listing(name)
    if registration is not None:
        return registration.listing_page, registration.kind
    model_name = LISTINGS.get(section_slug(name), "stories.SectionPage")
    return apps.get_model(model_name), None


def term_page_models() -> list[tuple[type[Model], type[Model]]]:
    """The (term class, index page class) pairs an old section name is looked up in, in order."""
    return [(apps.get_model(term), apps.get_model(index)) for term, index in TERM_PAGES]

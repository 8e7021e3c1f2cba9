"""Which page here stands for each section name of the reference site's addresses."""

from django.apps import apps
from django.db.models import Model

from newsroom.home.structure import SECTIONS as STORY_SECTIONS
from newsroom.stories.kinds import Kind

# Old section names that are not the slug of the page they lead to.
ALIASES: dict[str, str] = {
    "news-and-press-releases": "press-releases",
    "events-and-meetings": "events",
    "video": "videos",
    "video-and-audio": "videos",
    "statements-and-speeches": "statements",
    "countries-covered": "countries",
    "areas-of-work": "topics",
}

LISTINGS: dict[str, tuple[str, Kind | None]] = {
    "whats-new": ("stories.WhatsNewPage", None),
    "press-releases": ("stories.PressReleaseIndexPage", None),
    **{slug: (model, kind) for kind, slug, _title, model in STORY_SECTIONS},
    "countries": ("taxonomy.CountryIndexPage", None),
    "topics": ("taxonomy.TopicIndexPage", None),
}

# Vocabularies whose terms have pages: an old section named after a term leads to its page.
TERM_PAGES: list[tuple[str, str]] = [
    ("taxonomy.Country", "taxonomy.CountryIndexPage"),
    ("taxonomy.Topic", "taxonomy.TopicIndexPage"),
]


def listing_model_for(name: str) -> tuple[type[Model], str | None]:
    """The listing page class (and, for generic sections, the kind) an old section name means."""
    slug = ALIASES.get(name.lower(), name.lower())
    model_name, kind = LISTINGS.get(slug, ("stories.SectionPage", None))
    return apps.get_model(model_name), kind


def term_page_models() -> list[tuple[type[Model], type[Model]]]:
    """The (term class, index page class) pairs an old section name is looked up in, in order."""
    return [(apps.get_model(term), apps.get_model(index)) for term, index in TERM_PAGES]

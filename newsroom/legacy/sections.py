"""Which page here stands for each section name of the reference site's addresses."""

from django.apps import apps
from django.db.models import Model

from newsroom.stories.kinds import Kind
from newsroom.stories.structure import SECTIONS as STORY_SECTIONS

# Old section names that are not the slug of the page they lead to.
ALIASES: dict[str, str] = {
    "news-and-press-releases": "press-releases",
    "events-and-meetings": "events",
    "video": "videos",
    "video-and-audio": "videos",
    "statements-and-speeches": "statements",
}

LISTINGS: dict[str, tuple[str, Kind | None]] = {
    "whats-new": ("stories.WhatsNewPage", None),
    "press-releases": ("stories.PressReleaseIndexPage", None),
    **{slug: (model, kind) for kind, slug, _title, model in STORY_SECTIONS},
}


def listing_model_for(name: str) -> tuple[type[Model], str | None]:
    """The listing page class (and, for generic sections, the kind) an old section name means."""
    slug = ALIASES.get(name.lower(), name.lower())
    model_name, kind = LISTINGS.get(slug, ("stories.SectionPage", None))
    return apps.get_model(model_name), kind

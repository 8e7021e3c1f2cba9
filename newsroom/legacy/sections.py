"""Which page here stands for each section name of the reference site's addresses."""

from django.db.models import Model

from newsroom.stories.kinds import Kind
from newsroom.stories.models import PressReleaseIndexPage, SectionPage, WhatsNewPage

SECTIONS: dict[str, tuple[type[Model], str | None]] = {
    "whats-new": (WhatsNewPage, None),
    "press-releases": (PressReleaseIndexPage, None),
    "news-and-press-releases": (PressReleaseIndexPage, None),
    "news": (SectionPage, Kind.NEWS),
    "events-and-meetings": (SectionPage, Kind.EVENT),
    "events": (SectionPage, Kind.EVENT),
    "projects": (SectionPage, Kind.PROJECT),
    "publications": (SectionPage, Kind.PUBLICATION),
    "video": (SectionPage, Kind.VIDEO),
    "videos": (SectionPage, Kind.VIDEO),
    "statements-and-speeches": (SectionPage, Kind.STATEMENT),
    "statements": (SectionPage, Kind.STATEMENT),
    "features": (SectionPage, Kind.FEATURE),
}


def listing_model_for(slug: str) -> tuple[type[Model], str | None]:
    """The listing model (and, for sections, the kind) an old section name leads to."""
    return SECTIONS.get(slug.lower(), (SectionPage, None))

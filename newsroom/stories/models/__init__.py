"""The story and the pages that list stories (``story.py``, ``listings.py``).

The listing pages read their stories through ``newsroom/stories/selectors.py``, which reads the
story model: the two live in modules of their own so that each imports the other's side only."""

from .listings import (
    GroupedListingPage,
    ListingPage,
    PressReleaseIndexPage,
    SectionPage,
    WhatsNewPage,
)
from .story import (
    FeaturePage,
    NewsPage,
    PressReleasePage,
    StatementPage,
    StoryPage,
    local_noon,
    story_model_for_kind,
)

__all__ = [
    "FeaturePage",
    "GroupedListingPage",
    "ListingPage",
    "NewsPage",
    "PressReleaseIndexPage",
    "PressReleasePage",
    "SectionPage",
    "StatementPage",
    "StoryPage",
    "WhatsNewPage",
    "local_noon",
    "story_model_for_kind",
]

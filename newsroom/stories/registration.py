"""The kinds of story without an app of their own — press releases, news, statements and
features — as the stories app registers them (``registry.py``, ``apps.py``)."""

from django.utils.translation import gettext_lazy as _

from .kinds import Kind
from .models import (
    FeaturePage,
    NewsPage,
    PressReleaseIndexPage,
    PressReleasePage,
    SectionPage,
    StatementPage,
)
from .old_site import ListingLayout, Slot
from .registry import KindRegistration

PRESS_RELEASES = KindRegistration(
    kind=Kind.PRESS_RELEASE,
    story_page=PressReleasePage,
    listing_page=PressReleaseIndexPage,
    listing_slug="press-releases",
    listing_title=_("News and press releases"),
    listing_intro=_(
        "This is a list of official ILO press releases, including those related to ILO "
        "activities in China and Mongolia. The most recent release can be found on top."
    ),
    old_section_names=("news-and-press-releases",),
    old_listing=ListingLayout(
        key="press_releases",
        heading="News and press releases",
        slots=(Slot.CREDIT, Slot.TITLE, Slot.DATE, Slot.TEASER),
        kind=Kind.PRESS_RELEASE,
        allows_ranges=False,
        description=_("an optional credit line, a title, an optional date and an optional teaser"),
    ),
)

NEWS = KindRegistration(
    kind=Kind.NEWS,
    story_page=NewsPage,
    listing_page=SectionPage,
    listing_slug="news",
    listing_title=_("News"),
)

STATEMENTS = KindRegistration(
    kind=Kind.STATEMENT,
    story_page=StatementPage,
    listing_page=SectionPage,
    listing_slug="statements",
    listing_title=_("Statements and speeches"),
    old_section_names=("statements-and-speeches", "speeches"),
    old_listing=ListingLayout(
        key="statements",
        heading="Statements and speeches",
        slots=(Slot.KICKER, Slot.TITLE, Slot.DATE, Slot.TEASER),
        kind=Kind.STATEMENT,
        allows_ranges=False,
        description=_("a kicker, a title, an optional date and an optional teaser"),
    ),
)

FEATURES = KindRegistration(
    kind=Kind.FEATURE,
    story_page=FeaturePage,
    listing_page=SectionPage,
    listing_slug="features",
    listing_title=_("Features"),
)

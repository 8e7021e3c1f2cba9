"""Stories filed under countries and topics, for tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsroom.stories.factories import make_story
from newsroom.stories.models import StoryPage

from .models import Country, Topic

if TYPE_CHECKING:
    # The site structure belongs to the home app, a layer above this one: only its type is
    # named here, and the tests hand it in.
    from newsroom.home.structure import SiteStructure


def make_filed_story(
    structure: SiteStructure,
    *,
    countries: tuple[Country, ...] | list[Country] = (),
    topics: tuple[Topic, ...] | list[Topic] = (),
    publish: bool = True,
    **fields,
) -> StoryPage:
    """A story (see ``make_story``) filed under ``countries`` and ``topics``.

    Countries and topics are parental many-to-many fields: they reach the database when a
    revision is published, so they are set before publishing."""
    story = make_story(structure, publish=False, **fields)
    story.countries.set(countries)
    story.topics.set(topics)
    revision = story.save_revision()
    if publish:
        revision.publish()
        story.refresh_from_db()
    return story

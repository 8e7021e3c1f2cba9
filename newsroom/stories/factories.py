"""Stories for tests: published under the right parent of an existing site structure."""

from django.utils import timezone

from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import StoryPage, story_model_for_kind
from newsroom.stories.structure import SiteStructure


def make_story(
    structure: SiteStructure,
    *,
    kind: str = Kind.NEWS,
    title: str = "A story",
    publish: bool = True,
    **fields,
) -> StoryPage:
    """A story of ``kind`` under its section, published unless ``publish`` is False."""
    model = story_model_for_kind(kind)
    fields.setdefault("date_display", DateDisplay.PUBLICATION)
    fields.setdefault("published_at", timezone.now())
    story = model(
        title=title,
        locale=structure.home.locale,
        live=False,
        **fields,
    )
    structure.parent_for(kind).add_child(instance=story)
    revision = story.save_revision()
    if publish:
        revision.publish()
        story.refresh_from_db()
    return story

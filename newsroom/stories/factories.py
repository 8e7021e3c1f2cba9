"""Stories for tests: published under the right parent of an existing site structure."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from django.utils import timezone
from wagtail.models import PageViewRestriction

from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import StoryPage, story_model_for_kind

if TYPE_CHECKING:
    # The site structure belongs to the home app, a layer above this one: only its type is
    # named here, and the tests hand it in.
    from newsroom.home.structure import SiteStructure


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


def make_stories(
    structure: SiteStructure,
    count: int,
    *,
    kind: str = Kind.NEWS,
    newest: datetime | None = None,
    title: str = "Story {n}",
    **fields,
) -> list[StoryPage]:
    """``count`` published stories of ``kind`` (see ``make_story``), newest first: story 1 is
    published at ``newest`` (now when None), each next one a day earlier. ``title`` is formatted
    with the story's number ``n``, from 1."""
    newest = newest or timezone.now()
    return [
        make_story(
            structure,
            kind=kind,
            title=title.format(n=n),
            published_at=newest - timedelta(days=n - 1),
            **fields,
        )
        for n in range(1, count + 1)
    ]


def make_hidden_stories(structure: SiteStructure, published_at: datetime) -> list[StoryPage]:
    """The three stories no reader may see, dated ``published_at`` so that a listing leaking
    them would show them first: a press release saved as a draft and never published, a news
    story published then unpublished, and a press release behind a password."""
    draft = make_story(
        structure,
        kind=Kind.PRESS_RELEASE,
        title="Hidden draft release",
        published_at=published_at,
        publish=False,
    )
    unpublished = make_story(
        structure, kind=Kind.NEWS, title="Hidden unpublished news", published_at=published_at
    )
    unpublished.unpublish()
    private = make_story(
        structure,
        kind=Kind.PRESS_RELEASE,
        title="Hidden private release",
        published_at=published_at,
    )
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hidden"
    )
    return [draft, unpublished, private]

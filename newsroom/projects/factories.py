"""Projects for tests: published in the projects listing with their duration and funder."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

from .models import ProjectPage

if TYPE_CHECKING:
    # The site structure belongs to the home app, a layer above this one: only its type is
    # named here, and the tests hand it in.
    from newsroom.home.structure import SiteStructure


def make_project(
    structure: SiteStructure,
    title: str = "A project",
    start: date | None = None,
    end: date | None = None,
    *,
    funder: str = "",
    **fields,
) -> ProjectPage:
    """A project (see ``make_story``) running from ``start`` to ``end``: open-ended (ongoing for
    good) when ``end`` is None, undated when both are; ``funder`` is shown under its duration."""
    return make_story(
        structure,
        kind=Kind.PROJECT,
        title=title,
        date_start=start,
        date_end=end,
        funder=funder,
        **fields,
    )

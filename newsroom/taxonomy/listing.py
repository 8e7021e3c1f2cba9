"""How a country's or topic's page cuts its stories up: by month, and by kind on request."""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _

from newsroom.core.dates import month_heading
from newsroom.core.views import ReaderFacingHttp404
from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage

KIND_PARAMETER = "kind"


@dataclass
class MonthGroup:
    """The stories of one month of a page, under a heading such as “June 2019”."""

    key: str
    heading: str
    stories: list[StoryPage] = field(default_factory=list)


def group_by_month(stories) -> list[MonthGroup]:
    """``stories``, in their order, under the month of their publication in the office's time
    zone. A month split by a page break has a heading on both pages, each list numbered from 1."""
    groups: list[MonthGroup] = []
    for story in stories:
        published = timezone.localtime(story.published_at)
        key = f"{published.year:04d}-{published.month:02d}"
        if not groups or groups[-1].key != key:
            groups.append(MonthGroup(key=key, heading=month_heading(published)))
        groups[-1].stories.append(story)
    return groups


def requested_kind(request) -> str | None:
    """The kind asked for with ``?kind=``, None for every kind; an unknown kind is a clear 404."""
    raw = request.GET.get(KIND_PARAMETER, "").strip()
    if not raw:
        return None
    if raw not in Kind.values:
        raise ReaderFacingHttp404(
            _("There is no kind of story called “%(value)s”. The kinds are: %(kinds)s.")
            % {"value": raw[:40], "kinds": ", ".join(Kind.values)}
        )
    return raw

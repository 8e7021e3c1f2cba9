"""The kinds of story the office publishes; each label is also the default kicker.

What the rest of the newsroom needs to know of each kind — its page classes, its listing, the
old site's names for it — its app declares in the registry (``registry.py``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    NEWS = "news", _("News")
    PRESS_RELEASE = "press_release", _("Press release")
    STATEMENT = "statement", _("Statement")
    FEATURE = "feature", _("Feature")
    EVENT = "event", _("Event")
    VIDEO = "video", _("Video")
    PUBLICATION = "publication", _("Publication")
    PROJECT = "project", _("Project")


class DateDisplay(models.TextChoices):
    PUBLICATION = "publication", _("The publication date")
    DATE = "date", _("Another date")
    RANGE = "range", _("A date range")
    NONE = "none", _("No date")


def kind_for_label(label: str) -> Kind | None:
    """The kind whose label (in any case) is ``label``, as it stands in a kicker or byline."""
    wanted = label.strip().casefold()
    for kind in Kind:
        if str(kind.label).casefold() == wanted:
            return kind
    return None

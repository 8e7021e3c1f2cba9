"""The moment what readers may see last changed, for the answers to conditional requests.

One row (:class:`~newsroom.core.models.PublicChange`), moved on by ``signal_handlers`` in the
transaction of the change. A response built from public content is at least as old as that
moment, so it serves as its ``Last-Modified``: coarse (any change moves every feed's date) but
never too early, which is what matters for a cache asking ``If-Modified-Since``."""

from datetime import datetime

from django.utils import timezone

from .models import PublicChange

_ROW = 1


def mark_public_change() -> None:
    """Record that what readers may see changed now."""
    now = timezone.now()
    if not PublicChange.objects.filter(pk=_ROW).update(changed_at=now):
        PublicChange.objects.update_or_create(pk=_ROW, defaults={"changed_at": now})


def last_public_change() -> datetime | None:
    """When what readers may see last changed, or None when nothing was ever recorded."""
    return PublicChange.objects.filter(pk=_ROW).values_list("changed_at", flat=True).first()

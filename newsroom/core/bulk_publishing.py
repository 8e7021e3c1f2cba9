"""Many pages published at once, as an archive import publishes them: what follows each
publication may wait for the end of them all.

Whatever follows publishing listens to Wagtail's ``page_published`` (the readers' search index,
the public-change clock, caches), and is told of every page, one publication at a time or many.
Some of that work is cheaper done once for many pages: indexing a thousand stories at once,
moving the public-change clock once. Inside :func:`publishing_in_bulk`, a receiver may hand its
work for the page to :func:`defer` instead of doing it; everything deferred is done at the end,
in the same transaction, once per kind of work, with every page it was given.

    with publishing_in_bulk():
        for page in pages:
            page_published.send(sender=type(page), instance=page, revision=page.live_revision)
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from wagtail.models import Page


@dataclass
class _Deferred:
    work: Callable[[list[Page]], None]
    pages: list[Page] = field(default_factory=list)


_bulk: ContextVar[dict[Callable, _Deferred] | None] = ContextVar("bulk_publishing", default=None)


@contextmanager
def publishing_in_bulk() -> Iterator[None]:
    """Publish many pages in this block; the work receivers defer is done at its end."""
    deferred: dict[Callable, _Deferred] = {}
    token = _bulk.set(deferred)
    try:
        yield
        # Work deferred while doing deferred work is done too.
        while deferred:
            _work, pending = deferred.popitem()
            pending.work(pending.pages)
    finally:
        _bulk.reset(token)


def defer(work: Callable[[list[Page]], None], page: Page) -> bool:
    """Leave ``work`` for ``page`` to the end of the bulk of publications under way, where it is
    done once with every page deferred to it; False, when no bulk is under way, for the
    receiver to do its work now."""
    deferred = _bulk.get()
    if deferred is None:
        return False
    deferred.setdefault(work, _Deferred(work)).pages.append(page)
    return True

"""Thin handlers: each change of what readers may see is passed to ``indexing``."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from newsroom.core.bulk_publishing import defer
from newsroom.stories.models import StoryPage

from . import indexing


@receiver(page_published)
def story_published(sender, instance, **kwargs):
    if not defer(index_published, instance):
        indexing.index_page(instance)


def index_published(pages: list[Page]) -> None:
    """The stories published in bulk, indexed together."""
    indexing.index_pages(page.pk for page in pages)


@receiver(page_unpublished)
def story_unpublished(sender, instance, **kwargs):
    indexing.remove(instance.pk)


@receiver(post_delete)
def story_deleted(sender, instance, **kwargs):
    # The entry goes with the page (a cascade); results cached before it must go too.
    if isinstance(instance, StoryPage):
        indexing.changed()


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    indexing.refresh_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    # The page is gone when the restriction is deleted with it.
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        indexing.refresh_subtree(page)

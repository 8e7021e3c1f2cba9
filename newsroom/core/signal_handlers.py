"""Thin handlers: every change of what readers may see moves the public-change clock on."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .bulk_publishing import defer
from .freshness import mark_public_change
from .models import CreditedImage, NavigationSettings, OfficeSettings


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, instance, **kwargs):
    if not defer(_public_change, instance):
        mark_public_change()


def _public_change(pages: list[Page]) -> None:
    """Many pages published at once move the clock once."""
    mark_public_change()


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        mark_public_change()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_save, sender=CreditedImage)
@receiver(post_delete, sender=CreditedImage)
def shown_content_changed(sender, instance, **kwargs):
    mark_public_change()


@receiver(post_save, sender=OfficeSettings)
@receiver(post_save, sender=NavigationSettings)
def settings_changed(sender, instance, created=False, **kwargs):
    # Settings are made with their defaults the first time a page asks for them: that changes
    # nothing a reader sees.
    if not created:
        mark_public_change()

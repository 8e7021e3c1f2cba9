"""Thin handlers: a term's name is shown on pages and in feeds, so editing one is a public
change (``newsroom/core/freshness.py``)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from newsroom.core.freshness import mark_public_change

from .models import Country, Office, Topic


@receiver(post_save, sender=Topic)
@receiver(post_delete, sender=Topic)
@receiver(post_save, sender=Country)
@receiver(post_delete, sender=Country)
@receiver(post_save, sender=Office)
@receiver(post_delete, sender=Office)
def term_changed(sender, instance, **kwargs):
    mark_public_change()

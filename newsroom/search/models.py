"""The search index: one entry for every story a reader may see, and nothing else.

An entry is written when a story is published and removed when it is unpublished, deleted or
made private (``indexing.py``); its terms live beside it in the database's own full-text
structure (``backends.py``). Everything a results page shows — titles, snippets, dates, facet
counts — is read from the entries, so what is not public cannot show there."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from newsroom.stories.kinds import Kind


class SearchEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(null=True)
    published_at = models.DateTimeField()
    title = models.TextField()
    # The story's text as a reader reads it (teaser, byline details, body), for snippets.
    text = models.TextField(blank=True)
    countries = models.ManyToManyField("taxonomy.Country", related_name="+")
    topics = models.ManyToManyField("taxonomy.Topic", related_name="+")

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["locale", "-published_at", "-page"], name="search_entry_order"),
            models.Index(fields=["-published_at", "-page"], name="search_entry_all_order"),
        ]

    def __str__(self) -> str:
        return self.title

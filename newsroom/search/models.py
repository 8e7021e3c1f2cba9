"""The search index: one entry for every story a reader may see, and nothing else.

An entry is written when a story is published and removed when it is unpublished, deleted or
made private (``indexing.py``). It is two rows: the entry, a few short columns that ordering and
facets read for every match of a search, and its document, the title and text that only the
results shown read — so that reading ten thousand matches never reads their text. The terms live
beside the document in the database's own full-text structure (``backends.py``)."""

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
    # The ids of the story's countries and topics, as "3,7": read with the rest of a match's
    # columns in one pass for the facets (``selectors.py``), instead of a join per facet.
    country_ids = models.CharField(max_length=200, blank=True)
    topic_ids = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self) -> str:
        return f"{self.kind} {self.page_id}"


class SearchDocument(models.Model):
    """What a results page shows of a story: its title, and its text for the snippet."""

    entry = models.OneToOneField(
        SearchEntry, primary_key=True, on_delete=models.CASCADE, related_name="document"
    )
    title = models.TextField()
    # The story's text as a reader reads it (kicker, teaser, byline details, body).
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self) -> str:
        return self.title


class IndexVersion(models.Model):
    """A number that changes with every change of the index, in the same transaction: results
    kept in the cache are filed under it, so none outlives a publish (``selectors.py``)."""

    number = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("search index version")

    def __str__(self) -> str:
        return str(self.number)

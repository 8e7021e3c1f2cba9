"""The ledger of ``manage.py import_archive``: which files of an archive are imported already.

An archive is thousands of files, imported over minutes; a run that is stopped half-way, or an
archive copied again with a few pages corrected, is imported again. Each file that was imported
leaves a row here, written in the same transaction as what it imported, with the sha256 of its
bytes: a file whose bytes are those of its row is skipped without being read as a page, a file
whose bytes differ is imported again. A row counts only while the page the file became exists:
a story deleted in the admin since is imported again, not claimed.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class ArchiveFile(models.Model):
    """One file of an archive as last imported, and the page it became."""

    # The file's path below the archive's folder, with "/" between folders, so that the
    # same archive imported from another place, or another system, is the same archive.
    path = models.CharField(_("path"), max_length=1000, unique=True)
    sha256 = models.CharField(_("sha256 of the file"), max_length=64)
    # The story of an item page, or the listing page a listing filled; None when that page
    # has been deleted since, and the file then counts as not imported.
    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The page's address here when the file was imported, for the report of a later run.
    address = models.CharField(_("address"), max_length=1000)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        verbose_name = _("imported archive file")
        verbose_name_plural = _("imported archive files")

    def __str__(self) -> str:
        return self.path

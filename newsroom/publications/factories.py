"""Documents for tests: a real file of the given name and size in the document library."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model


def make_document(title: str = "A report", filename: str = "report.pdf", size: int = 2048):
    """A document whose file is ``filename``, ``size`` bytes long, its size recorded as an
    upload through the admin records it."""
    content = (b"%PDF-1.7\n" + b"0" * size)[:size]
    return get_document_model().objects.create(
        title=title, file=ContentFile(content, name=filename), file_size=size
    )

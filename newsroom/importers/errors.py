"""Why a file of the old site cannot be imported, and on which line.

Every reader of the importers (listings, item pages, their dates and other lines) refuses a
file with one of these, at its first fault; the import then writes nothing.
"""

from django.utils.translation import gettext as _


class ListingError(Exception):
    """Why a listing file cannot be imported, and on which line; the import then writes nothing.

    ``line`` is None when the fault is the file as a whole (missing, empty, without items).
    """

    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


class StoryError(ListingError):
    """Why a story file cannot be imported, and on which line; the import then writes nothing."""

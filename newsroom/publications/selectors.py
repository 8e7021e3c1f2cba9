"""The reads behind Publications: the kind's listing, each publication with its document.

The listing is the story table's listing of the kind (cheap to count, cut from the listing-order
index); a page of it is then read with each publication's document joined in the same query, so
that the page costs the same whatever the size of the archive.
"""

from datetime import date
from itertools import groupby

from django.db.models import F, QuerySet
from wagtail.documents import get_document_model
from wagtail.models import Locale

from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.stories.selectors import StoryListing, stories_of_kind


def publications(locale: Locale) -> StoryListing:
    """Every publication a reader may see in ``locale``, newest first."""
    return stories_of_kind(locale, Kind.PUBLICATION)


def with_documents(stories: QuerySet) -> list[StoryPage]:
    """``stories`` read with their document's file, title, size and collection joined in, each
    given a ``document`` (an unsaved copy of the document, or None) that links and describes
    the file as the publication's page does."""
    document_model = get_document_model()
    rows = stories.annotate(
        document_pk=F("publicationpage__document"),
        document_file=F("publicationpage__document__file"),
        document_title=F("publicationpage__document__title"),
        document_size=F("publicationpage__document__file_size"),
        document_collection=F("publicationpage__document__collection"),
    )
    read = []
    for story in rows:
        story.document = (
            document_model(
                pk=story.document_pk,
                title=story.document_title,
                file=story.document_file,
                file_size=story.document_size,
                # Given, so that the default (the root collection) is not looked up per item.
                collection_id=story.document_collection,
            )
            if story.document_pk
            else None
        )
        read.append(story)
    return read


def listed_year(story: StoryPage) -> int | None:
    """The year a publication is listed under: that of the date it shows (its first day, for
    a range), or of its publication when it shows none."""
    shown: date | None = story.shown_date or (story.shown_range or (None,))[0]
    return shown.year if shown else story.year


def year_groups(stories: list[StoryPage]) -> list[tuple[int | None, list[StoryPage]]]:
    """``stories`` in their order, cut where the year they are listed under changes."""
    return [(year, list(group)) for year, group in groupby(stories, key=listed_year)]

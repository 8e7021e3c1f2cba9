"""When an undated old page was published, told by the dated pages numbered around it: one
look-up for a single import, a timeline read once for an archive, with the same answers."""

from datetime import date

import pytest
from django.utils import timezone

from newsroom.importers.legacy_dates import Timeline, estimated_publication
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import DateDisplay
from newsroom.stories.models import local_noon

pytestmark = pytest.mark.django_db


def test_the_timeline_gives_the_answers_of_the_look_up(structure):
    for number, day in [(141713, date(2010, 6, 1)), (601884, date(2017, 11, 23))]:
        make_story(
            structure,
            title=f"Page {number}",
            legacy_id=f"WCMS_{number}",
            date_display=DateDisplay.DATE,
            date_start=day,
            published_at=local_noon(day),
        )
    # A story dated by its publication, not by its byline, tells nothing.
    make_story(structure, title="Undated", legacy_id="WCMS_400000")
    locale = structure.home.locale
    timeline = Timeline(locale)

    for legacy_id in ["WCMS_100000", "WCMS_371798", "WCMS_601884", "WCMS_900000", "WCMS_1"]:
        assert timeline.estimate(legacy_id) == estimated_publication(locale, legacy_id)
    middle = timeline.estimate("WCMS_371798")
    assert timezone.localdate(middle).year == 2014
    assert timeline.estimate("not an old id") is None

    # A page dated as the import goes on counts at once.
    timeline.add("WCMS_371798", local_noon(date(2020, 1, 1)))
    next_one = timeline.estimate("WCMS_371799")
    assert local_noon(date(2017, 11, 23)) < next_one < local_noon(date(2020, 1, 1))
    assert timezone.localdate(next_one) == date(2020, 1, 1)

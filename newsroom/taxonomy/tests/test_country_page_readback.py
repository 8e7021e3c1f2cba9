"""A country page reads, in a text browser, exactly as the reference site's country pages read:
heading, month headings, and items of every kind with the date of their kind (docs/text-forms.md).
"""

from datetime import date, datetime
from pathlib import Path

import pytest
from django.utils import timezone

from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Country
from testing.textmode import contains_run, folded_lines, text_dump

pytestmark = pytest.mark.django_db

SAMPLE = Path(__file__).parent / "files" / "china-resources.txt"


def at(year, month, day):
    return timezone.make_aware(datetime(year, month, day, 12))


# The stories of the sample, oldest first.
STORIES = [
    dict(
        kind=Kind.PRESS_RELEASE,
        title="ILO and China sign a memorandum on South–South cooperation",
        published_at=at(2019, 6, 11),
        teaser=(
            "The memorandum covers skills development, social protection and occupational "
            "safety and health."
        ),
    ),
    dict(
        kind=Kind.NEWS,
        kicker="World Day for Safety and Health at Work",
        title="Safety and health at the heart of the future of work",
        published_at=at(2019, 6, 28),
    ),
    dict(
        kind=Kind.PUBLICATION,
        title="A guide to the ILO’s “Better Work” approach for garment factories",
        published_at=at(2021, 10, 2),
        date_display=DateDisplay.NONE,
        teaser=(
            "The guide explains in plain words how factories can improve working conditions "
            "and productivity together."
        ),
    ),
    dict(
        kind=Kind.EVENT,
        title="Tripartite seminar on skills and lifelong learning",
        published_at=at(2021, 10, 4),
        date_display=DateDisplay.RANGE,
        date_start=date(2021, 10, 6),
        date_end=date(2021, 10, 8),
        teaser=(
            "Government, employers and workers discuss how apprenticeships can meet the needs "
            "of a changing labour market."
        ),
    ),
    dict(
        kind=Kind.PROJECT,
        title="Promoting decent work in China’s rural economy",
        published_at=at(2021, 11, 1),
        date_display=DateDisplay.RANGE,
        date_start=date(2019, 7, 1),
        date_end=date(2022, 6, 30),
        teaser=(
            "The project helps rural workers and their organizations find better jobs and safer "
            "workplaces."
        ),
    ),
    dict(
        kind=Kind.NEWS,
        title="Employment injury insurance for platform workers: a new pilot in four provinces",
        published_at=at(2021, 11, 3),
        teaser=(
            "The pilot extends employment injury protection to delivery riders and drivers who "
            "work through online platforms."
        ),
    ),
]


def test_the_china_page_reads_back_as_the_sample(client, structure):
    china = Country.objects.get(slug="china", locale=structure.home.locale)
    for fields in STORIES:
        make_filed_story(structure, countries=[china], **fields)
    # A story about another country only, which must not show.
    make_filed_story(
        structure,
        title="Mongolia only",
        countries=[Country.objects.get(slug="mongolia")],
        published_at=at(2021, 10, 20),
    )

    dump = text_dump(client.get("/en/countries/china/").content.decode())
    expected = folded_lines(SAMPLE.read_text(encoding="utf-8"))

    assert contains_run(dump, expected), "\n".join(dump)

"""Publications, as a reader gets them: under year headings, each with its document."""

from datetime import date, datetime
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from bench.generate_stories import generate_stories
from newsroom.publications.factories import make_document
from newsroom.publications.models import PublicationPage
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import DateDisplay, Kind
from testing.listings import grouped_titles, listing_html
from testing.textmode import contains_run, folded_lines, text_dump

pytestmark = pytest.mark.django_db

URL = "/en/publications/"
FILES = Path(__file__).resolve().parent / "files"
MB = 1024 * 1024


def at(year, month, day, hour=12):
    return timezone.make_aware(datetime(year, month, day, hour))


def publication(structure, title, published_at=None, **fields):
    return make_story(
        structure,
        kind=Kind.PUBLICATION,
        title=title,
        published_at=published_at or timezone.now(),
        **fields,
    )


listed = grouped_titles


def page_html(client, page=None) -> str:
    return listing_html(client, URL, page)


def test_publications_are_grouped_under_the_year_they_show_newest_first(client, structure):
    publication(structure, "Older report", at(2019, 4, 4))
    publication(structure, "Newest brief", at(2021, 11, 3))
    publication(structure, "Earlier brief", at(2021, 1, 22))
    publication(structure, "Factsheet", at(2020, 6, 1))

    assert listed(page_html(client)) == [
        ("2021", ["Newest brief", "Earlier brief"]),
        ("2020", ["Factsheet"]),
        ("2019", ["Older report"]),
    ]


def test_the_year_is_that_of_the_date_shown_or_else_of_publication(client, structure):
    # Published on 2 January 2020 in Beijing (1 January in UTC): filed under 2020.
    publication(structure, "New year report", timezone.make_aware(datetime(2020, 1, 2, 1)))
    publication(
        structure,
        "Dated report",
        at(2019, 12, 31),
        date_display=DateDisplay.DATE,
        date_start=date(2019, 12, 30),
    )
    publication(structure, "Undated report", at(2019, 12, 1), date_display=DateDisplay.NONE)

    assert listed(page_html(client)) == [
        ("2020", ["New year report"]),
        ("2019", ["Dated report", "Undated report"]),
    ]


def test_each_item_has_its_date_download_line_and_teaser(client, structure):
    report = make_document("Social security report", "social-security.pdf", size=1_258_291)
    publication(
        structure,
        "Extending social security",
        at(2021, 11, 3),
        document=report,
        teaser="A report on platform workers.",
    )
    publication(structure, "Brief without its file", at(2021, 6, 15))

    html = page_html(client)
    lines = text_dump(html)

    assert contains_run(
        lines,
        [
            "2021",
            "1. Extending social security",
            "03 November 2021",
            "Download (PDF, 1.2 MB)",
            "A report on platform workers.",
            "2. Brief without its file",
            "15 June 2021",
        ],
    )
    assert lines.count("Download (PDF, 1.2 MB)") == 1
    assert f'href="{report.url}" type="application/pdf"' in html
    assert '<time datetime="2021-11-03">03 November 2021</time>' in html


def test_the_download_link_is_described_by_the_title_it_belongs_to(client, structure):
    story = publication(structure, "Skills brief", document=make_document(filename="brief.docx"))

    html = page_html(client)

    assert f'id="publication-{story.pk}"' in html
    assert f'aria-describedby="publication-{story.pk}">Download (DOCX, 2.0\xa0KB)</a>' in html


def test_the_download_line_reads_the_documents_type_and_size(client, structure):
    files = [
        ("factsheet.PDF", 300, "Download (PDF, 300 bytes)"),
        ("data.xlsx", 100_864, "Download (XLSX, 98.5 KB)"),
        ("report.zip", 24 * MB, "Download (ZIP, 24.0 MB)"),
    ]
    for filename, size, _line in files:
        publication(structure, filename, document=make_document(filename, filename, size))
    unsized = make_document("Unsized", "unsized.pdf")
    type(unsized).objects.filter(pk=unsized.pk).update(file_size=None)
    publication(structure, "Unsized", document=unsized)

    lines = text_dump(page_html(client))

    for line in [line for _, _, line in files] + ["Download (PDF)"]:
        assert line in lines


def test_a_publication_without_a_title_of_its_own_is_reached_through_its_date(client, structure):
    story = publication(structure, "Admin name only", at(2021, 5, 6), show_title=False)

    html = page_html(client)

    assert "Admin name only" not in html
    assert f'<a href="{story.url}"><time datetime="2021-05-06">06 May 2021</time></a>' in html
    assert contains_run(text_dump(html), ["2021", "1. 06 May 2021"])


def test_twenty_a_page_numbered_from_1_in_each_year_on_every_page(client, structure):
    for n in range(15):
        publication(structure, f"2021 no {n + 1}", at(2021, 12, 20 - n))
    for n in range(10):
        publication(structure, f"2020 no {n + 1}", at(2020, 12, 20 - n))

    first, second = page_html(client), page_html(client, 2)

    assert listed(first) == [
        ("2021", [f"2021 no {n}" for n in range(1, 16)]),
        ("2020", [f"2020 no {n}" for n in range(1, 6)]),
    ]
    assert listed(second) == [("2020", [f"2020 no {n}" for n in range(6, 11)])]
    assert first.count('<ol class="story-list">') == 2
    assert second.count('<ol class="story-list">') == 1
    first_lines, second_lines = text_dump(first), text_dump(second)
    assert contains_run(first_lines, ["2021", "1. 2021 no 1"])
    assert "15. 2021 no 15" in first_lines
    assert contains_run(first_lines, ["2020", "1. 2020 no 1"])
    assert contains_run(second_lines, ["2020", "1. 2020 no 6"])
    assert '<link rel="next" href="?page=2">' in first
    assert '<link rel="prev" href="?page=1">' in second
    assert "Page 2 of 2" in second


def test_an_empty_listing_says_so(client, structure):
    html = page_html(client)

    assert "No publication has been published yet." in html
    assert "story-list" not in html


@pytest.mark.parametrize("value", ["abc", "0", "-1", "99", "1.5", "%00", "9" * 400, "1e3", "", " "])
def test_junk_page_numbers_get_a_clear_404(client, structure, value):
    publication(structure, "Only publication")

    response = client.get(URL, {"page": value})

    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_out_of_range_page_says_how_many_pages_there_are(client, structure):
    for n in range(21):
        publication(structure, f"Publication {n}")

    response = client.get(URL, {"page": 3})

    assert response.status_code == 404
    assert "This list has 2 page(s); there is no page 3." in response.content.decode()


def test_drafts_private_withdrawn_and_other_kinds_stay_out(client, structure):
    publication(structure, "Public report", at(2021, 3, 1))
    publication(structure, "Draft report", at(2021, 3, 2), publish=False)
    private = publication(structure, "Private report", at(2021, 3, 3))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    withdrawn = publication(structure, "Withdrawn report", at(2021, 3, 4))
    withdrawn.unpublish()
    make_story(structure, kind=Kind.NEWS, title="A news item")
    make_story(structure, kind=Kind.VIDEO, title="A video")

    html = page_html(client)

    assert listed(html) == [("2021", ["Public report"])]
    assert "Draft report" not in html and "Private report" not in html


def test_the_listing_runs_the_same_queries_for_200_publications_as_for_10(
    client, structure, django_assert_num_queries
):
    document = make_document("Shared report", "report.pdf", size=MB)
    for n in range(10):
        publication(structure, f"Publication {n}", at(2026, 1, 20 - n), document=document)
    client.get(URL)  # content types and site root paths are cached on first use
    with CaptureQueriesContext(connection) as few:
        few_html = page_html(client)
    queries = len(few)  # read now: the next request clears the connection's query log
    assert [len(titles) for _, titles in listed(few_html)] == [10]

    generate_stories(190, structure=structure, hidden=False, shares=(("publication", 1),))
    PublicationPage.objects.update(document=document)
    client.get(URL)
    with django_assert_num_queries(queries):
        many_html = page_html(client)

    assert listed(many_html)[0] == listed(few_html)[0]
    assert text_dump(many_html).count("Download (PDF, 1.0 MB)") == 20
    assert "Page 1 of 10" in many_html
    with django_assert_num_queries(queries):
        assert sum(len(titles) for _, titles in listed(page_html(client, 10))) == 20


def test_the_listing_reads_back_as_the_sample_text(client, structure):
    publication(
        structure,
        "Extending social security to workers in new forms of employment in China",
        at(2021, 11, 3),
        document=make_document("Social security report", "social-security.pdf", 1_258_291),
        teaser="The report reviews how China’s social insurance schemes cover platform workers "
        "and puts forward policy options for their employment injury protection.",
    )
    publication(
        structure,
        "Mongolia: Review of the Decent Work Country Programme 2017–2021",
        at(2021, 6, 15),
        document=make_document("DWCP review", "dwcp-review.pdf", 865_588),
    )
    publication(
        structure,
        "Skills for a green recovery in China",
        at(2021, 1, 22),
        teaser="A policy brief on the skills that China’s shift to a low-carbon economy will "
        "ask of workers and enterprises.",
    )
    publication(
        structure,
        "Domestic workers in Mongolia: working conditions and legal protection",
        at(2019, 11, 27),
        document=make_document("Domestic workers study", "domestic-workers.pdf", 2_516_583),
        teaser="A study of the recruitment, employment and working conditions of domestic "
        "workers, with recommendations to bring law and practice in line with the Domestic "
        "Workers Convention, 2011 (No. 189).",
    )
    publication(
        structure,
        "“Made in Mongolia”: productivity and working conditions in the cashmere sector",
        at(2019, 4, 4),
        document=make_document("Cashmere sector", "cashmere.docx", 100_864),
    )

    dump = text_dump(page_html(client))
    expected = folded_lines((FILES / "publications.txt").read_text(encoding="utf-8"))

    assert contains_run(dump, expected), "\n".join(dump)

"""The admin's translation report: every story, its state in every language, and filters."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

from .test_translation_state import translate

REPORT = "/admin/reports/translations/"


def cells(html: str, title: str) -> dict[str, str]:
    """The state shown in each language's cell of the row of the story called ``title``."""
    row = re.search(
        rf"<tr>\s*<th scope=\"row\"><a [^>]*>{re.escape(title)}</a></th>(.*?)</tr>", html, re.S
    )
    assert row, f"no row for {title!r}"
    return {
        language: " ".join(re.sub(r"<[^>]+>", " ", text).split())
        for language, text in re.findall(
            r'<td data-language="([^"]+)" data-state="[^"]+">(.*?)</td>', row.group(1), re.S
        )
    }


def test_the_report_shows_each_storys_state_in_each_language(admin_client, languages):
    story = make_story(languages["en"], kind=Kind.PRESS_RELEASE, title="Minimum wages rise")
    translate(story, "zh-hans")
    story.title = "Minimum wages rise in 2024"
    story.save_revision().publish()
    make_story(languages["en"], kind=Kind.NEWS, title="Untranslated news")

    response = admin_client.get(REPORT)

    assert response.status_code == 200
    html = response.content.decode()
    assert cells(html, "Minimum wages rise in 2024") == {
        "en": "Source",
        "zh-hans": "Out of date",
        "mn": "Missing · Translate",
    }
    assert cells(html, "Untranslated news")["zh-hans"] == "Missing · Translate"


def test_the_report_narrows_to_the_stories_that_need_a_translation(admin_client, languages):
    translated = make_story(languages["en"], kind=Kind.NEWS, title="Translated")
    translate(translated, "zh-hans")
    make_story(languages["en"], kind=Kind.NEWS, title="Not translated")

    html = admin_client.get(REPORT, {"need": "zh-hans:missing"}).content.decode()

    assert "Not translated" in html
    assert ">Translated<" not in html


def test_the_report_costs_the_same_queries_for_more_stories(admin_client, languages):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(REPORT).status_code == 200
        return len(queries)

    make_story(languages["en"], kind=Kind.NEWS, title="One")
    before = count()
    for number in range(5):
        story = make_story(languages["en"], kind=Kind.NEWS, title=f"More {number}")
        translate(story, "mn")

    assert count() == before


@pytest.mark.parametrize("need", ["xx:missing", "zh-hans:nonsense", "", "zh-hans"])
def test_an_unknown_filter_value_is_not_an_error(admin_client, languages, need):
    assert admin_client.get(REPORT, {"need": need}).status_code == 200


def test_the_report_exports_to_a_spreadsheet(admin_client, languages):
    make_story(languages["en"], kind=Kind.NEWS, title="Exported story")

    response = admin_client.get(REPORT, {"export": "csv"})

    assert response.status_code == 200
    assert "Exported story" in response.getvalue().decode()


def test_the_report_narrows_to_a_kind_and_a_source_language(admin_client, languages):
    make_story(languages["en"], kind=Kind.NEWS, title="An English news story")
    make_story(languages["zh-hans"], kind=Kind.NEWS, title="中文新闻")
    make_story(languages["en"], kind=Kind.EVENT, title="An English event")

    html = admin_client.get(REPORT, {"kind": "news", "locale": "zh-hans"}).content.decode()

    assert "中文新闻" in html
    assert "An English news story" not in html
    assert "An English event" not in html

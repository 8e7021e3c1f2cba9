"""What's new and the press-release archive cost the same queries whatever the archive's size,
and what they show and count is exactly what a reader may see."""

import math
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from bench.generate_stories import KIND_SHARES, generate_stories
from newsroom.events.factories import make_event
from newsroom.projects.factories import make_project
from newsroom.stories import selectors
from newsroom.stories.factories import make_hidden_stories, make_stories, make_story
from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.videos.factories import make_video

pytestmark = pytest.mark.django_db

ONLY_RELEASES = (("press_release", 1),)
OTHER_KINDS = tuple(share for share in KIND_SHARES if share[0] != "press_release")
NEWEST = datetime(2025, 6, 30, 10, tzinfo=UTC)
PER_PAGE = {"/en/whats-new/": 10, "/en/press-releases/": 20, "/en/news/": 10}


def listed(structure, path: str):
    """The stories a reader may see on the listing at ``path``, by Wagtail's own rules."""
    stories = (
        StoryPage.objects.live()
        .public()
        .filter(locale=structure.home.locale, published_at__isnull=False)
    )
    kind = {"/en/press-releases/": Kind.PRESS_RELEASE, "/en/news/": Kind.NEWS}.get(path)
    return stories.filter(kind=kind) if kind else stories


def titles_on_every_page(client, path: str) -> list[str]:
    """The titles a reader finds following the pages of the listing to the end."""
    titles = []
    for number in range(1, 100):
        response = client.get(path, {"page": number})
        if response.status_code == 404:
            return titles
        assert response.status_code == 200, (path, number)
        html = response.content.decode()
        titles += map(unescape, re.findall(r'story-item__title"><a href="[^"]*">([^<]*)<', html))
    raise AssertionError(f"{path} has no end.")


@pytest.mark.parametrize(
    "url, small",
    [
        ("/en/whats-new/", 10),
        ("/en/press-releases/", 10),
        ("/en/whats-new/?page=2", 41),
        ("/en/press-releases/?page=2", 41),
    ],
)
def test_a_listing_runs_the_same_queries_for_1000_stories_as_for_a_few(
    client, structure, django_assert_num_queries, url, small
):
    if small == 10:
        generate_stories(10, structure=structure, hidden=False)
    else:
        # Page 2 of the press releases needs more than 20 of them.
        generate_stories(21, structure=structure, hidden=False, shares=ONLY_RELEASES)
        generate_stories(20, structure=structure, hidden=False, shares=OTHER_KINDS, seed=1)
    client.get(url)  # content types and site root paths are cached on first use
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    queries = len(few)

    generate_stories(1000 - small, structure=structure, hidden=False, seed=2)
    client.get(url)
    with django_assert_num_queries(queries):
        response = client.get(url)

    path, _, query = url.partition("?")
    html = response.content.decode()
    pages = math.ceil(listed(structure, path).count() / PER_PAGE[path])
    assert StoryPage.objects.count() == 1000
    assert html.count('class="story-item"') == PER_PAGE[path]
    assert f"Page {2 if query else 1} of {pages}" in html


def every_kind(structure, newest) -> None:
    """An archive of every kind, newest first from ``newest``: two pages of press releases
    (with the one made below from the common class), two of news, one story of each other
    kind, with their own fields, and two stories published at the same moment."""
    make_stories(structure, 20, kind=Kind.PRESS_RELEASE, newest=newest, title="Release {n}")
    make_stories(
        structure, 11, kind=Kind.NEWS, newest=newest - timedelta(hours=12), title="News {n}"
    )
    same_moment = newest - timedelta(days=3, hours=6)
    for kind in (Kind.STATEMENT, Kind.FEATURE):
        make_story(structure, kind=kind, title=f"A {kind}", published_at=same_moment)
    make_story(structure, kind=Kind.PUBLICATION, published_at=newest - timedelta(days=5))
    make_event(
        structure,
        "A forum",
        date(2025, 7, 2),
        date(2025, 7, 3),
        venue="Beijing",
        published_at=newest - timedelta(days=7),
    )
    make_project(
        structure,
        "A project",
        date(2024, 1, 1),
        date(2026, 12, 31),
        funder="SIDA",
        published_at=newest - timedelta(days=8),
    )
    make_video(structure, "A video", timedelta(minutes=4), published_at=newest - timedelta(days=9))


def test_drafts_private_and_undated_stories_are_neither_shown_nor_counted(client, structure):
    every_kind(structure, NEWEST)
    # A draft, an unpublished story and a private release, dated newest.
    make_hidden_stories(structure, NEWEST + timedelta(days=1))
    newest = NEWEST + timedelta(days=2)
    projects = structure.sections[Kind.PROJECT]
    PageViewRestriction.objects.create(page=projects, restriction_type="login")
    inside = make_story(
        structure, kind=Kind.PROJECT, title="Project in a private section", published_at=newest
    )
    PageViewRestriction.objects.create(page=inside, restriction_type="login")
    other_language = make_story(
        structure, kind=Kind.PRESS_RELEASE, title="Release in Chinese", published_at=newest
    )
    Page.objects.filter(pk=other_language.pk).update(
        locale=Locale.objects.create(language_code="zh")
    )
    undated = make_story(structure, kind=Kind.NEWS, title="Undated news", published_at=newest)
    StoryPage.objects.filter(pk=undated.pk).update(published_at=None)
    # A story made from the common class is listed under the kind it was saved with.
    plain = StoryPage(
        title="Plain release",
        kind=Kind.PRESS_RELEASE,
        published_at=newest - timedelta(hours=1),
        locale=structure.home.locale,
    )
    structure.press_releases.add_child(instance=plain)
    hidden = [
        "Hidden draft release",
        "Hidden unpublished news",
        "Hidden private release",
        "Project in a private section",
        "Release in Chinese",
        "Undated news",
    ]

    for path in ("/en/whats-new/", "/en/press-releases/", "/en/news/"):
        expected = listed(structure, path).order_by("-published_at", "-pk")
        titles = titles_on_every_page(client, path)
        assert titles == [story.title for story in expected], path
        assert not set(hidden) & set(titles), path
        pages = math.ceil(len(titles) / PER_PAGE[path])
        assert pages > 1, path
        assert f"Page 1 of {pages}" in client.get(path).content.decode(), path
    assert "Plain release" in titles_on_every_page(client, "/en/press-releases/")

    locale = structure.home.locale
    for stories, path in (
        (selectors.whats_new(locale), "/en/whats-new/"),
        (selectors.press_releases(locale), "/en/press-releases/"),
        (selectors.stories_of_kind(locale, Kind.NEWS), "/en/news/"),
        (selectors.stories_of_kind(locale, Kind.PROJECT), None),
    ):
        expected = (
            listed(structure, path) if path else listed(structure, "").filter(kind=Kind.PROJECT)
        )
        # Both ways of counting: the one SQLite uses for the default language, and the other.
        direct = replace(stories._audience, default_language=False).count(stories.db)
        assert stories.count() == direct == expected.count(), path


def test_a_further_filtered_listing_is_counted_the_usual_way(structure):
    make_stories(structure, 2, kind=Kind.PRESS_RELEASE, newest=NEWEST, title="Release {n}")
    make_story(structure, kind=Kind.PRESS_RELEASE, published_at=NEWEST - timedelta(days=400))
    make_story(structure, kind=Kind.NEWS, published_at=NEWEST - timedelta(days=1))
    year = timezone.localtime(StoryPage.objects.latest("published_at").published_at).year

    stories = selectors.press_releases(structure.home.locale, year=year)

    assert stories.count() == len(list(stories)) > 0


def test_the_page_table_keeps_the_indexes_listings_rely_on():
    # Created by SQL in stories' migration 0003: a rebuild of Wagtail's table could drop them.
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Page._meta.db_table)

    assert constraints["newsroom_page_audience"]["columns"] == [
        "locale_id",
        "live",
        "content_type_id",
    ]
    assert constraints["newsroom_page_children"]["columns"] == ["depth", "path"]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plan")
def test_a_deep_page_is_read_in_index_order_without_sorting_the_archive(structure):
    make_stories(structure, 2, kind=Kind.NEWS, newest=NEWEST)
    # A private story among them, as in a real archive: the listing leaves out what is under it.
    private = make_story(structure, kind=Kind.PRESS_RELEASE, published_at=NEWEST)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    ids = selectors.whats_new(structure.home.locale).values("pk")[30:40]
    sql, params = ids.query.sql_with_params()

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        plan = " | ".join(row[-1] for row in cursor.fetchall())

    assert "USING COVERING INDEX story_listing" in plan
    assert "TEMP B-TREE" not in plan

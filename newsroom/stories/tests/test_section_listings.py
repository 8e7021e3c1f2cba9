"""The sections of one kind (news, statements and speeches, features) and a topic's page cost the
same queries whatever the size of the archive."""

import math
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.generate_stories import generate_stories
from newsroom.stories.kinds import Kind
from newsroom.stories.models import SectionPage, StoryPage
from newsroom.stories.registry import registrations
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Topic

pytestmark = pytest.mark.django_db

SECTION_PATHS = {
    registration.kind: f"/en/{registration.listing_slug}/"
    for registration in registrations()
    if registration.listing_page is SectionPage
}
TOPIC = "/en/topics/social-protection/"


def items(html: str) -> int:
    return html.count('class="story-item"')


def queries_of(client, url: str) -> tuple[int, str]:
    client.get(url)  # content types and site root paths are cached on first use
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured), response.content.decode()


def test_the_sections_are_news_statements_and_features():
    assert SECTION_PATHS == {
        Kind.NEWS: "/en/news/",
        Kind.STATEMENT: "/en/statements/",
        Kind.FEATURE: "/en/features/",
    }


@pytest.mark.parametrize("kind", list(SECTION_PATHS), ids=str)
def test_a_section_runs_the_same_queries_for_200_stories_as_for_10(
    client, structure, django_assert_num_queries, kind
):
    path = SECTION_PATHS[kind]
    only_this_kind = ((str(kind), 1),)
    generate_stories(10, structure=structure, hidden=False, shares=only_this_kind)
    few, few_html = queries_of(client, path)
    assert items(few_html) == 10
    assert "Page 1 of" not in few_html

    # Stories of the other kinds around them must not count either.
    generate_stories(190, structure=structure, hidden=False, shares=only_this_kind, seed=2)
    generate_stories(100, structure=structure, hidden=False, seed=3)
    client.get(path)
    with django_assert_num_queries(few):
        html = client.get(path).content.decode()
    pages = math.ceil(StoryPage.objects.filter(kind=kind).count() / 10)
    assert pages >= 20
    assert items(html) == 10
    assert f"Page 1 of {pages}" in html
    with django_assert_num_queries(few):
        deep = client.get(path, {"page": 18}).content.decode()
    assert items(deep) == 10
    assert f"Page 18 of {pages}" in deep


def test_the_topic_page_runs_the_same_queries_in_an_archive_of_400_stories_as_for_10(
    client, structure, django_assert_num_queries
):
    topic = Topic.objects.get(slug="social-protection")
    for n in range(10):
        make_filed_story(structure, kind=Kind.NEWS, title=f"On topic {n}", topics=[topic])
    few, few_html = queries_of(client, TOPIC)
    assert items(few_html) == 10

    # The generator files most stories under one to three of the ten topics.
    generate_stories(400, structure=structure, hidden=False)
    on_topic = topic.storypage_set.count()
    assert on_topic >= 60
    client.get(TOPIC)
    with django_assert_num_queries(few):
        html = client.get(TOPIC).content.decode()
    pages = int(re.search(r"Page 1 of (\d+)", html).group(1))
    assert items(html) == 20
    assert pages == -(-on_topic // 20)
    with django_assert_num_queries(few):
        last = client.get(TOPIC, {"page": pages}).content.decode()
    assert 1 <= items(last) <= 20
    with django_assert_num_queries(few):
        filtered = client.get(TOPIC, {"kind": "press_release"}).content.decode()
    assert items(filtered) > 0

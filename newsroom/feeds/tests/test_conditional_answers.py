"""Feeds and calendars answer “has it changed?” so that readers and caches fetch them only
when they have."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.http import http_date

from newsroom.core.models import PublicChange
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind

from .helpers import get

pytestmark = pytest.mark.django_db

URLS = [
    "/en/press-releases/feed/",
    "/en/press-releases/feed/atom/",
    "/en/press-releases/feed/json/",
    "/en/whats-new/feed/",
    "/en/events/calendar/",
]


@pytest.mark.parametrize("url", URLS)
def test_a_changed_story_changes_the_etag_and_an_unchanged_feed_answers_304(client, structure, url):
    release = make_story(structure, kind=Kind.PRESS_RELEASE, title="A release")
    event = make_story(structure, kind=Kind.EVENT, title="A forum", date_start=timezone.localdate())
    first = get(client, url)
    etag = first["ETag"]

    unchanged = client.get(url, headers={"if-none-match": etag})
    for story in (release, event):
        story.title = "A corrected title"
        story.save_revision().publish()
    changed = get(client, url, **{"if-none-match": etag})

    assert unchanged.status_code == 304 and unchanged.content == b""
    assert changed["ETag"] != etag
    assert "A corrected title" in changed.content.decode()


def test_a_feed_is_not_modified_since_its_last_modified_until_a_story_leaves_it(client, structure):
    kept = make_story(structure, kind=Kind.PRESS_RELEASE, title="Kept")
    leaving = make_story(structure, kind=Kind.PRESS_RELEASE, title="Leaving")
    an_hour_ago = timezone.now() - timedelta(hours=1)
    # The stories were published an hour ago, nothing since.
    PublicChange.objects.update(changed_at=an_hour_ago)
    for story in (kept, leaving):
        type(story).objects.filter(pk=story.pk).update(last_published_at=an_hour_ago)
    first = get(client, "/en/press-releases/feed/")
    since = first["Last-Modified"]

    unchanged = client.get("/en/press-releases/feed/", headers={"if-modified-since": since})
    leaving.unpublish()
    after = client.get("/en/press-releases/feed/", headers={"if-modified-since": since})

    assert since == http_date(int(an_hour_ago.timestamp()))
    assert unchanged.status_code == 304
    assert after.status_code == 200
    assert "Leaving" not in after.content.decode()


@pytest.mark.parametrize(
    "url, content_type",
    [
        ("/en/news/feed/", "application/rss+xml; charset=utf-8"),
        ("/en/news/feed/atom/", "application/atom+xml; charset=utf-8"),
        ("/en/news/feed/json/", "application/feed+json; charset=utf-8"),
        ("/en/events/calendar/", "text/calendar; charset=utf-8"),
    ],
)
def test_feeds_and_calendars_say_what_they_are_and_how_long_to_keep_them(
    client, structure, url, content_type
):
    response = get(client, url)

    assert response["Content-Type"] == content_type
    assert response["Cache-Control"] == "public, max-age=300"
    assert response.has_header("ETag") and response.has_header("Last-Modified")

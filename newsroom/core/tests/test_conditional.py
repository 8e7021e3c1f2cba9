"""Answers to “has it changed?” (``core/conditional.py``), which feeds, calendars and sitemaps
give: an ``ETag`` that is the hash of the body, a ``Last-Modified`` never earlier than the last
public change, ``304 Not Modified`` when the client has the page already, and how long a cache
may keep it."""

from datetime import UTC, datetime, timedelta

import pytest
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory
from django.utils.http import http_date

from newsroom.core.conditional import MAX_AGE, answer_conditionally
from newsroom.core.models import PublicChange

CHANGED = datetime(2021, 10, 6, 9, 30, tzinfo=UTC)


def request(**headers):
    return RequestFactory().get("/en/news/feed/", headers=headers)


def answer(body: bytes = b"<rss/>", *, request_headers=None, **options) -> HttpResponse:
    return answer_conditionally(
        request(**(request_headers or {})), HttpResponse(body), last_modified=CHANGED, **options
    )


def test_the_etag_changes_with_the_body_and_only_with_it():
    first, same, changed = answer(b"<rss>1</rss>"), answer(b"<rss>1</rss>"), answer(b"<rss>2</rss>")

    assert first["ETag"] == same["ETag"]
    assert first["ETag"] != changed["ETag"]


def test_a_client_holding_the_same_body_is_answered_304_without_it():
    etag = answer()["ETag"]

    again = answer(request_headers={"if-none-match": etag})
    changed = answer(b"<rss>new</rss>", request_headers={"if-none-match": etag})

    assert again.status_code == 304 and again.content == b""
    assert changed.status_code == 200 and changed.content == b"<rss>new</rss>"


def test_last_modified_is_the_moment_given_and_a_client_up_to_date_gets_304():
    since = http_date(CHANGED.timestamp())

    assert answer()["Last-Modified"] == since
    assert answer(request_headers={"if-modified-since": since}).status_code == 304
    earlier = http_date((CHANGED - timedelta(seconds=1)).timestamp())
    assert answer(request_headers={"if-modified-since": earlier}).status_code == 200


@pytest.mark.parametrize(
    "own, kept", [(CHANGED + timedelta(hours=1), "own"), (CHANGED - timedelta(hours=1), "given")]
)
def test_a_last_modified_the_response_has_already_is_kept_when_later(own, kept):
    response = HttpResponse(b"<urlset/>")
    response["Last-Modified"] = http_date(own.timestamp())

    answered = answer_conditionally(request(), response, last_modified=CHANGED)

    expected = own if kept == "own" else CHANGED
    assert answered["Last-Modified"] == http_date(expected.timestamp())


def test_a_cache_may_keep_the_answer_five_minutes():
    assert MAX_AGE == 300
    assert answer()["Cache-Control"] == "public, max-age=300"


@pytest.mark.parametrize(
    "response",
    [HttpResponse(b"Not found", status=404), StreamingHttpResponse(iter([b"<rss/>"]))],
    ids=["not 200", "streaming"],
)
def test_only_a_whole_successful_body_gets_validators(response):
    answered = answer_conditionally(request(), response, last_modified=CHANGED)

    assert answered is response
    assert not answered.has_header("ETag")
    assert not answered.has_header("Last-Modified")
    assert not answered.has_header("Cache-Control")


@pytest.mark.django_db
def test_without_a_moment_given_last_modified_is_the_last_public_change():
    PublicChange.objects.update_or_create(pk=1, defaults={"changed_at": CHANGED})

    answered = answer_conditionally(request(), HttpResponse(b"<rss/>"))

    assert answered["Last-Modified"] == http_date(CHANGED.timestamp())


@pytest.mark.django_db
def test_when_no_change_was_ever_recorded_there_is_no_last_modified():
    PublicChange.objects.all().delete()

    answered = answer_conditionally(request(), HttpResponse(b"<rss/>"))

    assert not answered.has_header("Last-Modified")
    assert answered.has_header("ETag")

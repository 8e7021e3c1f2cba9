"""Answers to conditional requests for feeds, calendars and sitemaps: an ``ETag`` that is the
hash of the body, so any change of what a client would read changes it, a ``Last-Modified`` no
earlier than the last public change, and ``304 Not Modified`` when the client has it already."""

from datetime import datetime

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe

from .freshness import last_public_change

# How long a cache (a reader's, the CDN's) may keep a feed or sitemap without asking again.
MAX_AGE = 300


def answer_conditionally(
    request: HttpRequest, response: HttpResponse, *, last_modified: datetime | None = None
) -> HttpResponse:
    """``response`` with its validators, or ``304`` when the request's validators match them.

    ``last_modified`` defaults to the last public change; a ``Last-Modified`` the response has
    already (Django's sitemaps set one from their items) is kept when it is later."""
    if response.status_code != 200 or response.streaming:
        return response
    set_response_etag(response)
    moments = []
    changed = last_modified or last_public_change()
    if changed is not None:
        moments.append(int(changed.timestamp()))
    if response.has_header("Last-Modified"):
        existing = parse_http_date_safe(response["Last-Modified"])
        if existing is not None:
            moments.append(existing)
    timestamp = max(moments) if moments else None
    if timestamp is not None:
        response["Last-Modified"] = http_date(timestamp)
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return get_conditional_response(
        request, etag=response["ETag"], last_modified=timestamp, response=response
    )

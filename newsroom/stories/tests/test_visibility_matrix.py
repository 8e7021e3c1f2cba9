"""What a reader may see, held on every public surface at once: for each way a story can be
hidden (a row), no surface shows it; once it is made visible, every surface does.

The surfaces read the same rule through different code — listings, feeds, calendars, sitemaps,
search, old addresses, the language switcher, social tags — and a new way of hiding a story
(an embargo, an expiry) has to be taught to each of them. The matrix makes a surface that was
missed fail by name.

Each row hides three stories the same way: a press release and an event from the English
reader, and the Chinese translation of a public English news item, whose English page must not
lead to it. Each surface checks one of them (``Surface.role``). The second half of every row
makes the stories visible and requires every surface to show them, so that no check passes only
because it could never find anything.

To add a way of hiding: write ``hide(site, story) -> page`` and ``reveal(site, story, page)``
in ``visibility.py`` (or reuse one) and add one ``Row`` to ``ROWS``. To add a surface: write
``shows(client, story) -> bool`` there and add one ``Surface`` to ``SURFACES``.
"""

import pytest

from .visibility import (
    ENGLISH,
    Row,
    Surface,
    cast,
    draft,
    event_calendar_file,
    events_calendar,
    feed,
    language_sitemap,
    lift_restrictions,
    listing,
    login_on_listing,
    old_address,
    only_in_another_language,
    own_page,
    password_on_story,
    publish_again,
    publish_in_its_language,
    scheduled,
    search_in,
    sitemaps_from_the_index,
    social_tags_of_source,
    switcher_of_source,
    unpublished,
    when_its_time_comes,
    year_archive,
)

pytestmark = pytest.mark.django_db

ROWS = [
    Row("draft, never published", hide=draft, reveal=publish_again),
    Row("unpublished after publication", hide=unpublished, reveal=publish_again),
    Row("scheduled for tomorrow", hide=scheduled, reveal=when_its_time_comes),
    Row("password on the story", hide=password_on_story, reveal=lift_restrictions),
    Row("login required on its listing", hide=login_on_listing, reveal=lift_restrictions),
    Row("only in another language", hide=only_in_another_language, reveal=publish_in_its_language),
]

SURFACES = [
    Surface("press release page", "release", own_page),
    Surface("What's new", "release", listing("/en/whats-new/")),
    Surface("press releases", "release", listing("/en/press-releases/")),
    Surface("year archive", "release", year_archive),
    Surface("home page", "release", listing("/en/")),
    Surface("country page", "release", listing("/en/countries/china/")),
    Surface("topic page", "release", listing("/en/topics/social-protection/")),
    Surface("What's new RSS", "release", feed("/en/whats-new/feed/")),
    Surface("What's new Atom", "release", feed("/en/whats-new/feed/atom/")),
    Surface("What's new JSON Feed", "release", feed("/en/whats-new/feed/json/")),
    Surface("country RSS", "release", feed("/en/countries/china/feed/")),
    Surface("country Atom", "release", feed("/en/countries/china/feed/atom/")),
    Surface("country JSON Feed", "release", feed("/en/countries/china/feed/json/")),
    Surface("topic RSS", "release", feed("/en/topics/social-protection/feed/")),
    Surface("English sitemap", "release", language_sitemap),
    Surface("sitemaps from the index", "release", sitemaps_from_the_index),
    Surface("English search", "release", search_in(ENGLISH)),
    Surface("Chinese search, every language", "release", search_in("zh-hans", every_language=True)),
    Surface("Mongolian search, every language", "release", search_in("mn", every_language=True)),
    Surface("old address", "release", old_address),
    Surface("event page", "event", own_page),
    Surface("events and meetings", "event", listing("/en/events/")),
    Surface("events calendar", "event", events_calendar),
    Surface("event's calendar file", "event", event_calendar_file),
    Surface("translation page", "translation", own_page),
    Surface("Chinese What's new", "translation", listing("/zh/whats-new/")),
    Surface("Chinese search", "translation", search_in("zh-hans")),
    Surface("Chinese old address", "translation", old_address),
    Surface("sitemap alternates", "translation", sitemaps_from_the_index),
    Surface("language switcher and hreflang of the source", "translation", switcher_of_source),
    Surface("Open Graph and JSON-LD of the source", "translation", social_tags_of_source),
]


@pytest.mark.parametrize("row", ROWS, ids=[row.name for row in ROWS])
def test_a_hidden_story_shows_on_no_surface_until_made_visible(client, languages, row):
    stories = cast(languages)
    pages = {role: row.hide(languages, story) for role, story in stories.items()}

    leaks = [s.name for s in SURFACES if s.shows(client, stories[s.role])]

    for role, story in stories.items():
        row.reveal(languages, story, pages[role])
    missing = [s.name for s in SURFACES if not s.shows(client, stories[s.role])]

    assert not (leaks or missing), (
        f"{row.name}: shown while hidden on {leaks or 'no surface'}; "
        f"not shown once visible on {missing or 'no surface'}"
    )

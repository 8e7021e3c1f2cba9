"""The parts of the visibility matrix (``test_visibility_matrix.py``): the stories each row hides,
the ways to hide them and to make them visible again, and the public surfaces that are asked
whether they show them.

Every surface answers from what a reader or a machine reading the site gets — a page's text, a
parsed feed, calendar or sitemap, a redirect's target — never from the database, so that a
surface which forgets the rule is caught however it reads its stories."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from html import unescape
from typing import Any
from unittest import mock
from urllib.parse import quote

from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.operations import TranslationCreator

from newsroom.feeds.tests.helpers import events_of, json_feed, parsed
from newsroom.languages.prefixes import url_prefix
from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.structured_data.social import og_locale
from newsroom.structured_data.tests.helpers import json_ld, meta
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Country, Topic

SERVER = "http://testserver"
ENGLISH, CHINESE = "en", "zh-hans"
# Fixed, so that the year archive a story belongs in does not depend on the day the tests run.
PUBLISHED_AT = datetime(2023, 11, 27, 4, tzinfo=UTC)
COUNTRY, TOPIC = "china", "social-protection"
SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}

# Each language's site structure, by language code: the ``languages`` fixture.
Site = dict[str, Any]


@dataclass(frozen=True)
class Subject:
    """A story a row hides, and what a reader would find it by: a word of its title found
    nowhere else on the site, and the address of its version in ``language``.

    ``source`` is set for a translation: the public page in another language whose language
    switcher, ``hreflang`` links and social tags must not lead to the hidden version."""

    role: str
    kind: str
    language: str
    word: str
    title: str
    slug: str
    address: str
    legacy_id: str
    fields: dict = field(default_factory=dict)
    source: StoryPage | None = None

    @property
    def absolute(self) -> str:
        return SERVER + self.address

    @property
    def old_address(self) -> str:
        """Its address on the old site, which leads here by its legacy id and language."""
        section = self.address.split("/")[2]
        return f"/beijing/{section}/{self.legacy_id}/lang--{url_prefix(self.language)}/index.htm"


def subject(
    site: Site, role: str, kind: str, word: str, slug: str, legacy_id: str, **fields
) -> Subject:
    """A story to be hidden in English, addressed under its kind's English listing."""
    listing = site[ENGLISH].parent_for(kind).url
    return Subject(
        role=role,
        kind=kind,
        language=ENGLISH,
        word=word,
        title=f"{word}: a story on decent work",
        slug=slug,
        address=f"{listing}{slug}/",
        legacy_id=legacy_id,
        fields=fields,
    )


def translation_subject(site: Site, source: StoryPage, word: str) -> Subject:
    """The Chinese version of the public English ``source``, to be hidden in Chinese."""
    listing = site[CHINESE].parent_for(source.kind).url
    return Subject(
        role="translation",
        kind=source.kind,
        language=CHINESE,
        word=word,
        title=f"{word} 中文译文",
        slug=source.slug,
        address=f"{listing}{source.slug}/",
        legacy_id=source.legacy_id,
        source=source,
    )


def cast(site: Site) -> dict[str, Subject]:
    """The three stories each row hides, by role: a press release and an event hidden from the
    English reader, and the Chinese translation of a public English news item."""
    source = make_filed_story(
        site[ENGLISH],
        kind=Kind.NEWS,
        title="Axolotlwing news item, public in English",
        slug="axolotlwing-news",
        legacy_id="WCMS_700003",
        published_at=PUBLISHED_AT,
    )
    release = subject(
        site, "release", Kind.PRESS_RELEASE, "Zebracorn", "zebracorn-release", "WCMS_700001"
    )
    event = subject(
        site,
        "event",
        Kind.EVENT,
        "Okapifly",
        "okapifly-forum",
        "WCMS_700002",
        date_start=date(2023, 12, 5),
        venue="Ulaanbaatar, Mongolia",
    )
    translation = translation_subject(site, source, "Narwhalbird")
    return {story.role: story for story in (release, event, translation)}


# Making the stories, as an editor does


def filing(structure) -> dict:
    locale = structure.home.locale
    return {
        "countries": [Country.objects.get(locale=locale, slug=COUNTRY)],
        "topics": [Topic.objects.get(locale=locale, slug=TOPIC)],
    }


def translation_draft(page: StoryPage, language: str, title: str) -> StoryPage:
    """What the admin's “Translate” makes of ``page`` in ``language``: a draft, under ``title``."""
    locale = Locale.objects.get(language_code=language)
    TranslationCreator(user=None, target_locales=[locale]).create_translations(page)
    version = page.get_translation(locale)
    version.title = title
    version.save_revision()
    return version


def make_draft(site: Site, story: Subject, language: str | None = None) -> StoryPage:
    """``story`` as a draft never published, in its own language unless told another."""
    language = language or story.language
    if story.source is not None:
        return translation_draft(story.source, language, story.title)
    title = story.title if language == story.language else f"{story.word} 中文新闻"
    return make_filed_story(
        site[language],
        kind=story.kind,
        title=title,
        slug=story.slug,
        legacy_id=story.legacy_id,
        published_at=PUBLISHED_AT,
        publish=False,
        **filing(site[language]),
        **story.fields,
    )


def publish(page: StoryPage) -> StoryPage:
    page.get_latest_revision().publish()
    page.refresh_from_db()
    return page


# The ways a story is hidden today. Each makes ``story`` hidden and returns the page that the
# row's way of making it visible acts on.


def draft(site: Site, story: Subject) -> StoryPage:
    return make_draft(site, story)


def unpublished(site: Site, story: Subject) -> StoryPage:
    page = publish(make_draft(site, story))
    page.unpublish()
    page.refresh_from_db()
    return page


def scheduled(site: Site, story: Subject) -> StoryPage:
    page = make_draft(site, story)
    page.go_live_at = timezone.now() + timedelta(days=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live, "a story scheduled for tomorrow is live today"
    return page


def password_on_story(site: Site, story: Subject) -> StoryPage:
    page = publish(make_draft(site, story))
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="zebra"
    )
    return page


def login_on_listing(site: Site, story: Subject) -> StoryPage:
    page = publish(make_draft(site, story))
    PageViewRestriction.objects.create(
        page=page.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    return page


def only_in_another_language(site: Site, story: Subject) -> StoryPage:
    """Published in the other language only: a release written in Chinese; for the translation,
    its English source alone, not yet translated."""
    if story.source is not None:
        return story.source
    return publish(make_draft(site, story, CHINESE))


# The ways it becomes visible.


def publish_again(site: Site, story: Subject, page: StoryPage) -> None:
    publish(page)


def when_its_time_comes(site: Site, story: Subject, page: StoryPage) -> None:
    """What Wagtail's ``publish_scheduled`` does once the clock reaches the story's time."""
    later = page.go_live_at + timedelta(minutes=1)
    with mock.patch.object(timezone, "now", lambda: later):
        call_command("publish_scheduled", verbosity=0)


def lift_restrictions(site: Site, story: Subject, page: StoryPage) -> None:
    # One by one, as the admin removes them: each removal is signalled.
    for restriction in PageViewRestriction.objects.filter(
        page__in=page.get_ancestors(inclusive=True)
    ):
        restriction.delete()


def publish_in_its_language(site: Site, story: Subject, page: StoryPage) -> None:
    """The version the reader of ``story.language`` waits for, translated and published."""
    publish(translation_draft(page, story.language, story.title))


@dataclass(frozen=True)
class Row:
    """A way a story is hidden, and how it becomes visible again."""

    name: str
    hide: Callable[[Site, Subject], StoryPage]
    reveal: Callable[[Site, Subject, StoryPage], None]


# Reading the site as its readers do. Each answers whether a surface shows ``story``.


def text(client, url: str) -> str:
    """The body at ``url``, or nothing when readers are not served it (404, a login, …)."""
    response = client.get(url)
    return response.content.decode() if response.status_code == 200 else ""


def mentions(body: str, story: Subject) -> bool:
    """A listing shows a story by its title or by a link to it. The title word is capitalised
    and the address lower case, so a page only repeating the address it was asked for (a
    password form's return address) is not taken for the story."""
    return story.word in body or story.address in body


def own_page(client, story: Subject) -> bool:
    """The story's page, served (a password form or a login is not the story)."""
    return story.word in text(client, story.address)


def listing(url: str) -> Callable:
    """A page that lists stories (or, for the home page, the newest of them)."""

    def shows(client, story: Subject) -> bool:
        return mentions(text(client, url), story)

    return shows


def year_archive(client, story: Subject) -> bool:
    year = timezone.localtime(PUBLISHED_AT).year
    return mentions(text(client, f"/{url_prefix(story.language)}/press-releases/{year}/"), story)


def feed(url: str) -> Callable:
    """A feed, read as a feed reader reads it (and checked to be well formed)."""

    def shows(client, story: Subject) -> bool:
        if url.endswith("/json/"):
            entries = json_feed(client, url)["items"]
            items = [(entry.get("title", ""), entry.get("url", "")) for entry in entries]
        else:
            entries = parsed(client, url).entries
            items = [(entry.get("title", ""), entry.get("link", "")) for entry in entries]
        return any(story.word in title or link == story.absolute for title, link in items)

    return shows


def calendar_shows(client, url: str, story: Subject) -> bool:
    response = client.get(url)
    # A password form stands where a restricted event's file would be.
    if response.status_code != 200 or not response["Content-Type"].startswith("text/calendar"):
        return False
    entries = events_of(Calendar.from_ical(response.content))
    return any(
        story.word in str(entry.get("summary", "")) or str(entry.get("url", "")) == story.absolute
        for entry in entries
    )


def events_calendar(client, story: Subject) -> bool:
    return calendar_shows(client, f"/{url_prefix(story.language)}/events/calendar/", story)


def event_calendar_file(client, story: Subject) -> bool:
    return calendar_shows(client, story.address + "calendar/", story)


def sitemap_entries(client, url: str) -> list[tuple[str, list[str]]]:
    """Each address of a sitemap file, with its alternates in the other languages."""
    response = client.get(url)
    assert response.status_code == 200, url
    root = ET.fromstring(response.content)
    return [
        (
            entry.findtext("sm:loc", namespaces=SITEMAP_NS),
            [link.get("href") for link in entry.findall("xhtml:link", SITEMAP_NS)],
        )
        for entry in root.findall("sm:url", SITEMAP_NS)
    ]


def language_sitemap(client, story: Subject) -> bool:
    """The sitemap of the story's language, by its address in any language: the file must not
    name even another language's version of it."""
    prefix = url_prefix(story.language)
    found = sitemap_entries(client, f"/sitemap-{prefix}.xml")
    return any(
        f"/{quote(story.slug)}/" in address
        for loc, alternates in found
        for address in [loc, *alternates]
    )


def sitemaps_from_the_index(client, story: Subject) -> bool:
    """Every sitemap file the index lists, addresses and ``hreflang`` alternates alike."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    files = ET.fromstring(response.content).findall("sm:sitemap/sm:loc", SITEMAP_NS)
    addresses = set()
    for file in files:
        for loc, alternates in sitemap_entries(client, file.text.removeprefix(SERVER)):
            addresses.update([loc, *alternates])
    return story.absolute in addresses


RESULT = re.compile(r'<h3 class="search-result__title"><a href="([^"]*)">(.*?)</a></h3>', re.S)


def search_results(client, url: str) -> list[tuple[str, str]]:
    """The results at ``url``: each one's link and title as read (highlighting removed)."""
    response = client.get(url)
    assert response.status_code == 200, url
    return [
        (unescape(href), unescape(re.sub(r"<[^>]+>", "", title)))
        for href, title in RESULT.findall(response.content.decode())
    ]


def search_in(language: str, every_language: bool = False) -> Callable:
    """The results page of ``language``. Searching every language, another language's readers
    may find the story's other versions: only a result leading to the hidden version counts."""

    def shows(client, story: Subject) -> bool:
        url = f"/{url_prefix(language)}/search/?q={quote(story.word)}"
        if every_language:
            url += "&languages=all"
        results = search_results(client, url)
        if every_language:
            return any(href == story.address for href, _title in results)
        return any(href == story.address or story.word in title for href, title in results)

    return shows


def old_address(client, story: Subject) -> bool:
    response = client.get(story.old_address)
    return response.status_code == 301 and response["Location"] == story.address


def switcher_of_source(client, story: Subject) -> bool:
    """The source's page: its language switcher and ``hreflang`` links lead to the version
    only once readers may see it, and to the listing above it until then."""
    return story.address in text(client, story.source.url)


def social_tags_of_source(client, story: Subject) -> bool:
    """The source's Open Graph locales and JSON-LD name the other version only once readers
    may see it."""
    body = text(client, story.source.url)
    named = og_locale(story.language) in meta(body, "og:locale:alternate")
    described = json.dumps(json_ld(body), ensure_ascii=False)
    return named or story.address in described or story.word in described


@dataclass(frozen=True)
class Surface:
    """A public surface, asked whether it shows the story of one role."""

    name: str
    role: str
    shows: Callable[..., bool]

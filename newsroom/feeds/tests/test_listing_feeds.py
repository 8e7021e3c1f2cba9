"""Every listing, in every language, followed as RSS, Atom and JSON Feed."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from newsroom.core.factories import make_image
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Country, Topic

from .helpers import get, json_feed, parsed

pytestmark = pytest.mark.django_db

FORMATS = {"rss": "feed/", "atom": "feed/atom/", "json": "feed/json/"}

# Each listing, and the kinds of story it lists (None: every kind).
LISTINGS = {
    "/en/whats-new/": None,
    "/en/press-releases/": {Kind.PRESS_RELEASE},
    "/en/news/": {Kind.NEWS},
    "/en/statements/": {Kind.STATEMENT},
    "/en/features/": {Kind.FEATURE},
    "/en/events/": {Kind.EVENT},
    "/en/projects/": {Kind.PROJECT},
    "/en/publications/": {Kind.PUBLICATION},
    "/en/videos/": {Kind.VIDEO},
    "/en/countries/china/": None,
    "/en/topics/social-protection/": None,
}


def filing(structure):
    locale = structure.home.locale
    return {
        "countries": [Country.objects.get(locale=locale, slug="china")],
        "topics": [Topic.objects.get(locale=locale, slug="social-protection")],
    }


def one_of_each_kind(structure) -> dict[str, str]:
    """A story of every kind, the newest last, filed under China and social protection; by
    kind, its title."""
    start = timezone.now() - timedelta(days=len(Kind))
    titles = {}
    for offset, kind in enumerate(Kind):
        title = f"The {kind.label.lower()} story"
        make_filed_story(
            structure,
            kind=kind,
            title=title,
            teaser=f"What the {kind.label.lower()} is about.",
            published_at=start + timedelta(days=offset),
            **filing(structure),
        )
        titles[kind] = title
    return titles


def newest_first(titles: dict[str, str], kinds) -> list[str]:
    return [title for kind, title in reversed(titles.items()) if kinds is None or kind in kinds]


def titles_of(client, url: str, format_name: str) -> list[str]:
    if format_name == "json":
        return [item["title"] for item in json_feed(client, url)["items"]]
    return [entry.title for entry in parsed(client, url).entries]


@pytest.mark.parametrize("format_name", FORMATS)
@pytest.mark.parametrize("listing", LISTINGS)
def test_every_listing_is_a_feed_of_its_own_stories_newest_first(
    client, structure, listing, format_name
):
    titles = one_of_each_kind(structure)

    found = titles_of(client, listing + FORMATS[format_name], format_name)

    assert found == newest_first(titles, LISTINGS[listing])


def test_a_countrys_feed_of_one_kind_holds_that_kind_only(client, structure):
    titles = one_of_each_kind(structure)
    make_story(structure, kind=Kind.EVENT, title="An event about nowhere in particular")

    found = titles_of(client, "/en/countries/china/feed/?kind=event", "rss")

    assert found == [titles[Kind.EVENT]]


def test_an_item_carries_its_id_title_link_dates_summary_office_filing_and_picture(
    client, structure
):
    picture = make_image(title="Tourism workers", credit="ShutterStock 2024")
    story = make_filed_story(
        structure,
        kind=Kind.PRESS_RELEASE,
        title="ILO research highlights massive COVID-19 impact on tourism employment",
        teaser="Asia–Pacific tourism industry left reeling from job losses.",
        image=picture,
        **filing(structure),
    )
    link = f"http://testserver{story.url}"

    rss = parsed(client, "/en/press-releases/feed/").entries[0]
    atom = parsed(client, "/en/press-releases/feed/atom/").entries[0]
    item = json_feed(client, "/en/press-releases/feed/json/")["items"][0]

    for entry in (rss, atom):
        assert entry.id.startswith("urn:uuid:")
        assert entry.title == story.title
        assert entry.link == link
        assert entry.summary == story.teaser
        assert entry.author == "ILO Country Office for China and Mongolia"
        assert [tag.term for tag in entry.tags] == ["Social protection", "China"]
        assert entry.published_parsed[:6] == story.published_at.utctimetuple()[:6]
        assert entry.enclosures[0].type == "image/png"
        assert entry.enclosures[0].href.startswith("http://testserver/media/images/")
        assert int(entry.enclosures[0].length) > 0
        assert entry.media_credit[0]["content"] == "ShutterStock 2024"
    assert rss.id == atom.id == item["id"]
    assert atom.updated_parsed is not None
    assert item["url"] == link
    assert item["summary"] == item["content_text"] == story.teaser
    assert item["tags"] == ["Social protection", "China"]
    assert item["authors"] == [{"name": "ILO Country Office for China and Mongolia"}]
    assert item["image"] == item["attachments"][0]["url"] == rss.enclosures[0].href
    assert item["_image"] == {"credit": "ShutterStock 2024", "alt": "Tourism workers"}


def test_an_item_keeps_its_id_when_the_story_is_renamed_and_moved_to_a_new_address(
    client, structure
):
    story = make_story(structure, kind=Kind.NEWS, title="Old title")
    before = parsed(client, "/en/news/feed/").entries[0]

    story.title, story.slug = "New title", "new-title"
    story.save_revision().publish()
    after = parsed(client, "/en/news/feed/").entries[0]

    assert after.title == "New title" and after.link.endswith("/en/news/new-title/")
    assert after.id == before.id


def test_a_story_without_a_title_of_its_own_is_named_by_its_kicker_and_date(client, structure):
    make_story(structure, kind=Kind.VIDEO, title="Admin name only", show_title=False)

    entry = parsed(client, "/en/videos/feed/").entries[0]

    assert entry.title.startswith("Video, ")


def test_a_feed_holds_the_50_newest_stories(client, structure):
    start = timezone.now() - timedelta(days=60)
    for number in range(52):
        make_story(structure, title=f"Story {number}", published_at=start + timedelta(days=number))

    entries = parsed(client, "/en/news/feed/").entries
    items = json_feed(client, "/en/news/feed/json/")["items"]

    assert len(entries) == len(items) == 50
    assert entries[0].title == "Story 51" and entries[-1].title == "Story 2"


def test_each_language_has_its_own_feeds_with_its_own_stories(client, languages):
    make_story(languages["en"], kind=Kind.PRESS_RELEASE, title="English release")
    make_story(languages["zh-hans"], kind=Kind.PRESS_RELEASE, title="中文新闻稿")
    make_story(languages["mn"], kind=Kind.PRESS_RELEASE, title="Монгол мэдээ")

    chinese = parsed(client, "/zh/press-releases/feed/")
    atom = parsed(client, "/zh/press-releases/feed/atom/")
    mongolian = json_feed(client, "/mn/press-releases/feed/json/")
    english = parsed(client, "/en/press-releases/feed/")

    assert [entry.title for entry in chinese.entries] == ["中文新闻稿"]
    assert chinese.feed.language == "zh-Hans"
    assert atom.feed.language == "zh-Hans"
    assert chinese.entries[0].link.startswith("http://testserver/zh/")
    assert [item["title"] for item in mongolian["items"]] == ["Монгол мэдээ"]
    assert mongolian["language"] == "mn"
    assert [entry.title for entry in english.entries] == ["English release"]


def test_nothing_a_reader_may_not_see_is_in_a_feed(client, structure):
    make_story(structure, title="Published")
    make_story(structure, title="Draft", publish=False)
    private = make_story(structure, title="Private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    withdrawn = make_story(structure, title="Withdrawn")
    withdrawn.unpublish()
    scheduled = make_story(structure, title="Scheduled", publish=False)
    scheduled.go_live_at = timezone.now() + timedelta(days=1)
    scheduled.save_revision().publish()

    for listing in ("/en/news/", "/en/whats-new/"):
        assert titles_of(client, listing + "feed/", "rss") == ["Published"]
        assert titles_of(client, listing + "feed/json/", "json") == ["Published"]


def test_a_private_listing_has_no_public_feed(client, structure):
    make_story(structure, kind=Kind.PRESS_RELEASE, title="Embargoed release")
    PageViewRestriction.objects.create(
        page=structure.press_releases,
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",
    )

    response = client.get("/en/press-releases/feed/")

    assert "Embargoed release" not in response.content.decode()
    assert not response["Content-Type"].startswith("application/rss+xml")


@pytest.mark.parametrize(
    "url",
    [
        "/en/news/feed/xml/",
        "/en/countries/atlantis/feed/",
        "/en/countries/china/feed/?kind=gossip",
    ],
)
def test_unknown_formats_terms_and_kinds_get_a_clear_404(client, structure, url):
    response = client.get(url)

    assert response.status_code == 404
    assert "There is no" in response.content.decode()


def test_an_empty_feed_parses_and_stays_the_same_between_requests(client, structure):
    first = get(client, "/en/news/feed/atom/")
    second = get(client, "/en/news/feed/atom/")

    assert parsed(client, "/en/news/feed/atom/").entries == []
    assert json_feed(client, "/en/news/feed/json/")["items"] == []
    assert first["ETag"] == second["ETag"]


@pytest.mark.parametrize("url", ["/en/whats-new/feed/", "/en/countries/china/feed/atom/"])
def test_a_feed_runs_the_same_queries_for_12_pictured_stories_as_for_2(client, structure, url):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            get(client, url)
        return len(captured)

    def add(count: int) -> None:
        for number in range(count):
            make_filed_story(
                structure, title=f"Story {number}", image=make_image(), **filing(structure)
            )

    add(2)
    get(client, url)  # the pictures' renditions are made once, on first reading
    few = queries()
    add(10)
    get(client, url)
    many = queries()

    assert few == many

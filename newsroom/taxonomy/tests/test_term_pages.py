"""Country and topic pages: every kind of story about a country or on a topic, under month
headings, as a reader gets them."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from newsroom.home.models import HomePage
from newsroom.home.structure import TOPICS, ensure_site_structure
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Country, CountryIndexPage, Office, Topic, TopicIndexPage
from newsroom.taxonomy.selectors import kinds_among, stories_about_country, stories_on_topic
from testing.textmode import contains_run, text_dump

pytestmark = pytest.mark.django_db


def at(year, month, day, hour=12):
    """A moment in the office's time zone."""
    return timezone.make_aware(datetime(year, month, day, hour))


@pytest.fixture
def china(structure):
    return Country.objects.get(slug="china", locale=structure.home.locale)


@pytest.fixture
def mongolia(structure):
    return Country.objects.get(slug="mongolia", locale=structure.home.locale)


def titles(html: str) -> list[str]:
    return re.findall(r'story-item__title"><a href="[^"]*">([^<]*)<', html)


def test_country_and_topic_pages_are_children_of_the_home_page_only():
    assert CountryIndexPage.allowed_parent_page_models() == [HomePage]
    assert TopicIndexPage.allowed_parent_page_models() == [HomePage]
    assert CountryIndexPage.allowed_subpage_models() == []
    assert {CountryIndexPage, TopicIndexPage} <= set(HomePage.allowed_subpage_models())


def test_the_structure_has_the_offices_countries_topics_and_their_pages(structure):
    locale = structure.home.locale

    assert structure.countries.url == "/en/countries/"
    assert structure.topics.url == "/en/topics/"
    assert structure.countries.show_in_menus and structure.topics.show_in_menus
    assert set(Country.objects.filter(locale=locale).values_list("name", flat=True)) == {
        "China",
        "Mongolia",
    }
    assert Topic.objects.filter(locale=locale).count() == len(TOPICS) == 10
    assert Topic.objects.filter(locale=locale, name="Occupational safety and health").exists()
    assert Office.objects.get(locale=locale).name == "ILO Country Office for China and Mongolia"


def test_setting_up_the_structure_again_changes_nothing(structure, china):
    china.name = "People's Republic of China"
    china.save()

    again = ensure_site_structure()

    assert again.countries.pk == structure.countries.pk
    assert CountryIndexPage.objects.count() == TopicIndexPage.objects.count() == 1
    assert Country.objects.count() == 2 and Topic.objects.count() == 10
    assert Office.objects.count() == 1
    assert Country.objects.get(slug="china").name == "People's Republic of China"


def test_the_countries_page_links_to_each_country(client, structure):
    html = client.get("/en/countries/").content.decode()

    assert '<a href="/en/countries/china/">China</a>' in html
    assert '<a href="/en/countries/mongolia/">Mongolia</a>' in html


def test_the_topics_page_links_to_each_topic(client, structure):
    html = client.get("/en/topics/").content.decode()

    assert '<a href="/en/topics/social-protection/">Social protection</a>' in html
    assert len(re.findall(r'href="/en/topics/[a-z-]+/"', html)) == 10


def test_a_country_page_lists_every_kind_about_it_newest_first(client, structure, china, mongolia):
    make_filed_story(
        structure,
        kind=Kind.EVENT,
        title="Forum in Beijing",
        countries=[china],
        published_at=at(2019, 6, 3),
        date_start=date(2019, 6, 13),
        date_end=date(2019, 6, 14),
    )
    make_filed_story(
        structure,
        kind=Kind.PRESS_RELEASE,
        title="Release on China",
        countries=[china, mongolia],
        published_at=at(2019, 6, 20),
    )
    make_filed_story(
        structure,
        kind=Kind.PUBLICATION,
        title="Undated guide",
        countries=[china],
        published_at=at(2019, 5, 2),
        date_display=DateDisplay.NONE,
    )
    make_filed_story(
        structure, title="Mongolian news", countries=[mongolia], published_at=at(2019, 6, 25)
    )
    make_filed_story(structure, title="News about nowhere", published_at=at(2019, 6, 26))

    response = client.get("/en/countries/china/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "<title>China resources | ILO Country Office for China and Mongolia</title>" in html
    assert "<h1>China resources</h1>" in html
    assert titles(html) == ["Release on China", "Forum in Beijing", "Undated guide"]
    assert '<p class="story-item__kicker">Press release</p>' in html
    assert '<h3 class="story-item__title">' in html
    assert '<time datetime="2019-06-20">20 June 2019</time>' in html
    assert '<time datetime="2019-06-13">13</time> - <time datetime="2019-06-14">14 June' in html
    assert 'robots" content="noindex"' not in html
    assert titles(client.get("/en/countries/mongolia/").content.decode()) == [
        "Mongolian news",
        "Release on China",
    ]


def test_a_topic_page_is_headed_with_the_topic_and_lists_its_stories(client, structure):
    topic = Topic.objects.get(slug="labour-migration")
    make_filed_story(structure, title="Migrant workers", topics=[topic])
    make_filed_story(structure, title="Other subject")

    html = client.get("/en/topics/labour-migration/").content.decode()

    assert "<h1>Labour migration</h1>" in html
    assert titles(html) == ["Migrant workers"]


def test_months_group_the_stories_and_every_group_is_numbered_from_1_on_every_page(
    client, structure, china
):
    # 22 stories in June 2019 and 3 in May: page 1 is 20 of June, page 2 the rest of June
    # (under its heading again) and May.
    for day in range(1, 23):
        make_filed_story(
            structure, title=f"June {day:02d}", countries=[china], published_at=at(2019, 6, day)
        )
    for day in range(1, 4):
        make_filed_story(
            structure, title=f"May {day:02d}", countries=[china], published_at=at(2019, 5, day)
        )

    first = text_dump(client.get("/en/countries/china/").content.decode())
    second = text_dump(client.get("/en/countries/china/?page=2").content.decode())

    assert first.count("June 2019") == 1 and "May 2019" not in first
    assert contains_run(first, ["China resources", "June 2019", "1. News", "June 22"])
    assert contains_run(first, ["20. News", "June 03"])
    assert contains_run(second, ["China resources", "June 2019", "1. News", "June 02"])
    assert contains_run(second, ["2. News", "June 01", "01 June 2019", "May 2019", "1. News"])
    assert contains_run(second, ["3. News", "May 01"])


def test_the_month_is_the_month_of_publication_in_the_office_time_zone(client, structure, china):
    # 20:00 on 30 June in UTC is 04:00 on 1 July in Beijing.
    make_filed_story(
        structure,
        title="Late in June, early in July",
        countries=[china],
        published_at=datetime(2019, 6, 30, 20, tzinfo=UTC),
    )

    dump = text_dump(client.get("/en/countries/china/").content.decode())

    assert contains_run(dump, ["China resources", "July 2019", "1. News"])


def test_the_kind_filter_lists_only_that_kind_and_is_not_indexed(client, structure, china):
    make_filed_story(structure, kind=Kind.VIDEO, title="A video", countries=[china])
    make_filed_story(structure, kind=Kind.NEWS, title="A news item", countries=[china])
    make_filed_story(structure, kind=Kind.FEATURE, title="Not about China")

    everything = client.get("/en/countries/china/").content.decode()
    videos = client.get("/en/countries/china/?kind=video").content.decode()

    nav = re.search(
        r'<nav class="kind-filter" aria-label="Filter by kind">.*?</nav>', everything, re.S
    )
    assert nav is not None
    links = re.findall(r'<a href="([^"]*)"( aria-current="page")?>([^<]*)</a>', nav.group(0))
    assert links == [
        ("/en/countries/china/", ' aria-current="page"', "All"),
        ("/en/countries/china/?kind=news", "", "News"),
        ("/en/countries/china/?kind=video", "", "Video"),
    ]
    assert titles(videos) == ["A video"]
    assert '<a href="/en/countries/china/?kind=video" aria-current="page">Video</a>' in videos
    assert '<a href="/en/countries/china/">All</a>' in videos
    assert '<meta name="robots" content="noindex">' in videos
    assert "<h1>China resources</h1>" in videos


def test_a_known_kind_with_nothing_about_the_country_is_an_empty_list(client, structure, china):
    make_filed_story(structure, title="A news item", countries=[china])

    response = client.get("/en/countries/china/?kind=project")
    html = response.content.decode()

    assert response.status_code == 200
    assert titles(html) == []
    assert "Nothing of the kind “Project” has been published here yet." in html
    assert '<a href="/en/countries/china/?kind=project" aria-current="page">Project</a>' in html


def test_page_links_keep_the_kind(client, structure, china):
    start = at(2020, 1, 1)
    for n in range(21):
        make_filed_story(
            structure,
            title=f"Event {n}",
            kind=Kind.EVENT,
            countries=[china],
            published_at=start + timedelta(days=n),
            date_start=date(2020, 2, 1),
        )

    first = client.get("/en/countries/china/?kind=event").content.decode()
    second = client.get("/en/countries/china/?kind=event&page=2").content.decode()

    assert '<link rel="next" href="?kind=event&amp;page=2">' in first
    assert 'rel="next" href="?kind=event&amp;page=2">Older</a>' in first
    assert titles(second) == ["Event 0"]
    assert '<link rel="prev" href="?kind=event&amp;page=1">' in second


@pytest.mark.parametrize(
    "path, message",
    [
        ("/en/countries/atlantis/", "There is no country “atlantis” on this site."),
        ("/en/topics/astrology/", "There is no topic “astrology” on this site."),
        (
            "/en/countries/china/?kind=gossip",
            "There is no kind of story called “gossip”. The kinds are: news, press_release,",
        ),
        ("/en/countries/china/?page=abc", "“abc” is not a page number."),
        ("/en/countries/china/?page=3", "This list has 1 page(s); there is no page 3."),
    ],
)
def test_unknown_terms_kinds_and_pages_are_a_404_that_says_why(client, structure, path, message):
    response = client.get(path)

    assert response.status_code == 404
    assert message in response.content.decode()


@pytest.mark.parametrize("value", ["abc", "0", "-1", "99", "1.5", "%00", "9" * 400, "1e3", "", " "])
def test_junk_page_numbers_never_fail(client, structure, china, value):
    make_filed_story(structure, title="Only story", countries=[china])

    for path in ("/en/countries/china/", "/en/topics/social-protection/"):
        response = client.get(path, {"page": value, "kind": "news"})
        assert response.status_code in (200, 404), (path, value)


def test_a_country_of_another_language_has_no_page_here(client, structure):
    other = Locale.objects.create(language_code="fr")
    Country.objects.create(name="France", slug="france", locale=other)

    assert client.get("/en/countries/france/").status_code == 404


def test_drafts_private_and_other_languages_stay_off_the_country_page(client, structure, china):
    make_filed_story(structure, title="Public news", countries=[china])
    make_filed_story(structure, title="Draft news", countries=[china], publish=False)
    private = make_filed_story(structure, title="Private news", countries=[china])
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    make_filed_story(
        structure, kind=Kind.PROJECT, title="Project in a private section", countries=[china]
    )
    PageViewRestriction.objects.create(
        page=structure.sections[Kind.PROJECT], restriction_type="login"
    )
    unpublished = make_filed_story(structure, title="Unpublished news", countries=[china])
    unpublished.unpublish()

    html = client.get("/en/countries/china/").content.decode()

    assert titles(html) == ["Public news"]
    assert "?kind=project" not in html
    locale = structure.home.locale
    assert [s.title for s in stories_about_country(locale, china)] == ["Public news"]
    assert kinds_among(stories_about_country(locale, china)) == [Kind.NEWS]


def test_the_selectors_filter_by_kind(structure, china):
    topic = Topic.objects.get(slug="youth-employment")
    make_filed_story(structure, title="News", countries=[china], topics=[topic])
    make_filed_story(structure, kind=Kind.EVENT, title="Event", countries=[china], topics=[topic])
    locale = structure.home.locale

    assert [s.title for s in stories_about_country(locale, china, kind=Kind.EVENT)] == ["Event"]
    assert [s.title for s in stories_on_topic(locale, topic, kind=Kind.NEWS)] == ["News"]
    assert kinds_among(stories_on_topic(locale, topic)) == [Kind.NEWS, Kind.EVENT]


def test_a_country_page_runs_the_same_queries_for_200_stories_as_for_10(
    client, structure, china, django_assert_num_queries
):
    kinds = [Kind.NEWS, Kind.PRESS_RELEASE, Kind.EVENT, Kind.PUBLICATION, Kind.VIDEO]
    start = at(2015, 1, 1)

    def add(numbers):
        for n in numbers:
            make_filed_story(
                structure,
                kind=kinds[n % len(kinds)],
                title=f"Story {n}",
                countries=[china],
                published_at=start + timedelta(days=7 * n),
            )

    urls = ["/en/countries/china/", "/en/countries/china/?kind=event"]
    add(range(10))
    counts = {}
    for url in urls:
        client.get(url)  # content types and site root paths are cached on first use
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)

    add(range(10, 200))
    for url in urls:
        client.get(url)
        with django_assert_num_queries(counts[url]):
            response = client.get(url)
        assert response.status_code == 200
    with django_assert_num_queries(counts[urls[0]]):
        assert client.get("/en/countries/china/?page=5").status_code == 200

    html = client.get(urls[0]).content.decode()
    assert html.count('class="story-item"') == 20
    assert "Page 1 of 10" in html

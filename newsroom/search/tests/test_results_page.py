"""The results page as a reader meets it: the box in every page's header, 20 results a page,
facets with counts, highlighted snippets, ``noindex``, and no 500 whatever is typed."""

import random
import re
from datetime import UTC, datetime
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from newsroom.stories.kinds import Kind
from newsroom.taxonomy.models import Country, Topic

from .helpers import page, story, titles, total

pytestmark = pytest.mark.django_db


def test_every_page_has_a_search_box_that_keeps_the_search(client, structure):
    home = page(client, "/en/")
    assert re.search(r'<form class="site-search" role="search" action="/en/search/"', home)
    results = page(client, "/en/search/?q=decent+work")
    assert 'name="q" value="decent work"' in results


def test_results_are_not_for_search_engines(client, structure):
    # Results pages are endless variations of the stories: engines should index the stories.
    assert '<meta name="robots" content="noindex">' in page(client, "/en/search/?q=work")
    assert '<meta name="robots" content="noindex">' in page(client, "/en/search/")


def test_twenty_results_a_page_newest_first(client, structure):
    for number in range(25):
        story(
            structure,
            f"Labour market report {number}",
            published_at=datetime(2020, 1, number + 1, tzinfo=UTC),
        )
    first = titles(client, "/en/search/?q=labour")
    assert len(first) == 20
    assert first[0] == "Labour market report 24"
    second = titles(client, "/en/search/?q=labour&page=2")
    assert second == [f"Labour market report {number}" for number in range(4, -1, -1)]
    assert 'start="21"' in page(client, "/en/search/?q=labour&page=2")


@pytest.mark.parametrize("value", ["abc", "0", "-1", "9999", "1e3", "%00"])
def test_a_page_that_does_not_exist_is_a_clear_404(client, structure, value):
    story(structure, "Labour market report")
    html = page(client, f"/en/search/?q=labour&page={value}", status=404)
    assert "page" in html.lower()


def test_facets_count_and_narrow(client, structure):
    china = Country.objects.get(locale=structure.home.locale, slug="china")
    topic = Topic.objects.filter(locale=structure.home.locale).first()
    for year in (2019, 2019, 2021):
        story(
            structure,
            f"Skills release {year}",
            kind=Kind.PRESS_RELEASE,
            published_at=datetime(year, 5, 1, tzinfo=UTC),
            countries=[china],
            topics=[topic],
        )
    story(structure, "Skills news", published_at=datetime(2019, 6, 1, tzinfo=UTC))
    html = page(client, "/en/search/?q=skills")
    facets = " ".join(re.sub(r"<[^>]+>", " ", html.split('class="search-facets"')[1]).split())
    assert "Press release (3)" in facets and "News (1)" in facets
    assert "2019 (3)" in facets and "2021 (1)" in facets
    assert "China (3)" in facets and f"{topic.name} (3)" in facets
    assert total(client, "/en/search/?q=skills&kind=press_release&year=2019") == 2
    narrowed = page(client, "/en/search/?q=skills&kind=press_release&year=2019")
    # With a year chosen, every kind still shows its count for that year.
    assert "News (1)" in re.sub(r"<[^>]+>", "", narrowed)
    assert total(client, "/en/search/?q=skills&country=china") == 3


def test_unknown_filters_are_named_and_dropped(client, structure):
    story(structure, "Skills news")
    html = page(client, "/en/search/?q=skills&kind=poem&year=soon&country=atlantis")
    assert "There is no kind of story called “poem”." in html
    assert "“soon” is not a year." in html
    assert "There is no country “atlantis”." in html
    assert total(client, "/en/search/?q=skills&kind=poem&year=soon&country=atlantis") == 1


def test_snippets_mark_the_words_and_escape_the_text(client, structure):
    story(
        structure,
        "Occupational safety",
        "Inspectors <b>visited</b> 40 mines; &lt;script&gt;alert(1)&lt;/script&gt; was the "
        "headline about safety.",
    )
    html = page(client, "/en/search/?q=safety")
    assert "<mark>safety</mark>" in html
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_language_switcher_keeps_the_search(client, structure):
    html = page(client, "/en/search/?q=ILO&kind=news&page=1")
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/zh/search/?q=ILO&amp;kind=news"' in switcher


def test_the_cost_does_not_grow_with_the_results(client, structure):
    story(structure, "Skills one")

    def queries() -> int:
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            page(client, "/en/search/?q=skills")
        return len(captured)

    queries()  # The first request of a process reads the site and its languages once.
    few = queries()
    for number in range(12):
        story(structure, f"Skills {number}")
    assert queries() == few


def test_a_repeated_search_is_kept_until_the_index_changes(client, structure):
    story(structure, "Skills one")
    page(client, "/en/search/?q=skills")
    with CaptureQueriesContext(connection) as first:
        page(client, "/en/search/?q=skills")
    story(structure, "Skills two")
    with CaptureQueriesContext(connection) as after_publish:
        assert titles(client, "/en/search/?q=skills") == ["Skills two", "Skills one"]
    # Kept: the matches and their counts are not read again; a publish reads them anew.
    assert not any("search_terms" in q["sql"] or "terms @@" in q["sql"] for q in first)
    assert any("search_terms" in q["sql"] or "terms @@" in q["sql"] for q in after_publish)


def hostile_queries(seed: int = 5, count: int = 60) -> list[str]:
    """What people and bots type: syntax of every search engine, huge inputs, control and
    unpaired characters, mixed scripts."""
    fixed = [
        '"',
        '""',
        '"unclosed',
        "*",
        "**",
        "a*",
        "NOT",
        "OR OR OR",
        "AND",
        "title:x",
        "{title} : x",
        "x NEAR/2 y",
        "'); DROP TABLE search_terms; --",
        "\\",
        "'\\''",
        "':*",
        "!(x)",
        "x & y | !z <-> w",
        "-",
        "--",
        '-""',
        "\x00",
        "\x1b[31m",
        "\u202e\u200b\ufeff",
        "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        "x" * 10_000,
        "北" * 10_000,
        "a b " * 3_000,
        "ＩＬＯ　北京",
        "(((((",
        "^~?:;/<>{}[]",
        "%",
        "%%",
        "_",
        "0",
        "١٢٣",
        "🙂 北京",
    ]
    rng = random.Random(seed)
    alphabet = "\"'*-():{}^~\\%_ aZ北京мөӨ\x00\t\n\u3000\ufffd&|!<>"
    fixed += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(count)
    ]
    return fixed


def test_no_query_gives_a_500(client, structure):
    story(structure, "ILO in Beijing", "北京 and more")
    for text in hostile_queries():
        response = client.get(f"/en/search/?q={quote(text, safe='')}")
        assert response.status_code == 200, repr(text[:80])
        html = response.content.decode()
        assert "search-problem" in html or "results-heading" in html or "Type a word" in html


@pytest.mark.parametrize(
    "raw",
    [
        b"q=%ff%fe",
        b"q=%c3%28",
        b"q=%e5%8c%97%e4",
        b"q=%00%01",
        b"q=a&page=%ff",
        b"q=%zz",
        b"q=a&country=%00",
        b"q=a&topic=%ff%00x",
        b"q=a&kind=%00&year=%00",
    ],
)
def test_broken_utf8_in_the_address_is_no_500(client, structure, raw):
    response = client.get(f"/en/search/?{raw.decode('ascii')}")
    assert response.status_code in (200, 404)

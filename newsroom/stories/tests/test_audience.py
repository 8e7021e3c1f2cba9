"""The audience: the one rule of what a reader may see (``newsroom/stories/audience.py``).

Its two forms (a check of each page in the database, the restricted paths read once) must agree,
its counts must equal what its queries return, and no other module may write the rule again: a
filter on ``live``, a publication time or view restrictions outside it is found here by reading
the code."""

import ast
from datetime import timedelta
from pathlib import Path

import pytest
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from newsroom.stories import audience
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind
from newsroom.stories.models import StoryPage
from newsroom.taxonomy.factories import make_filed_story
from newsroom.taxonomy.models import Country

PRODUCT = Path(__file__).resolve().parents[2]

# Field lookups that decide whether a reader may see a page, and queryset methods that apply them.
READING_LOOKUPS = ("live", "published_at__isnull", "first_published_at", "go_live_at", "expire_at")
READING_METHODS = {"live", "not_live", "public", "not_public", "private", "private_q"}
FILTERS = {"filter", "exclude", "get", "Q"}
WRITES = {"create", "get_or_create", "update_or_create", "bulk_create"}


def _reading_conditions(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        method = node.func.attr if isinstance(node.func, ast.Attribute) else None
        if method in READING_METHODS:
            found.append((node.lineno, f".{method}()"))
        # Reading the restrictions, as opposed to making or removing one.
        manager = node.func.value if isinstance(node.func, ast.Attribute) else None
        if (
            method not in WRITES
            and isinstance(manager, ast.Attribute)
            and manager.attr == "objects"
            and isinstance(manager.value, ast.Name)
            and manager.value.id == "PageViewRestriction"
        ):
            found.append((node.lineno, "PageViewRestriction.objects"))
        name = method or getattr(node.func, "id", None)
        if name not in FILTERS:
            continue
        for keyword in node.keywords:
            lookup = keyword.arg or ""
            parts = lookup.split("__")
            if any(
                lookup == wanted or lookup.startswith(wanted + "__") or wanted in parts[1:]
                for wanted in READING_LOOKUPS
            ):
                found.append((node.lineno, lookup))
    return sorted(found)


def test_no_module_but_the_audience_filters_on_what_a_reader_may_see():
    offenders = []
    for path in sorted(PRODUCT.rglob("*.py")):
        relative = path.relative_to(PRODUCT).as_posix()
        if "/tests/" in relative or "/migrations/" in relative or relative == "stories/audience.py":
            continue
        for line, condition in _reading_conditions(path.read_text()):
            offenders.append(f"newsroom/{relative}:{line}: {condition}")
    assert not offenders, (
        "Filter what readers may see through newsroom/stories/audience.py, not here:\n"
        + "\n".join(offenders)
    )


def test_the_reading_finds_a_condition_written_any_of_these_ways():
    source = """
Page.objects.live()
StoryPage.objects.filter(published_at__isnull=False)
Page.objects.exclude(Q(page__live=True))
PageViewRestriction.objects.all()
PageViewRestriction.objects.create(page=page)
page.live and page.save()
"""
    assert [condition for _line, condition in _reading_conditions(source)] == [
        ".live()",
        "published_at__isnull",
        "page__live",
        "PageViewRestriction.objects",
    ]


@pytest.fixture
def stories(structure):
    """A visible story and one hidden each way a page can be, the press releases restricted as a
    section, and a story under a restricted story."""
    visible = make_story(structure, title="Visible", kind=Kind.NEWS)
    draft = make_story(structure, title="Draft", kind=Kind.NEWS, publish=False)
    private = make_story(structure, title="Private", kind=Kind.NEWS)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    in_section = make_story(structure, title="In a private section", kind=Kind.PRESS_RELEASE)
    PageViewRestriction.objects.create(
        page=structure.press_releases, restriction_type="password", password="x"
    )
    undated = make_story(structure, title="Undated", kind=Kind.NEWS)
    StoryPage.objects.filter(pk=undated.pk).update(published_at=None)
    return {
        "visible": visible,
        "draft": draft,
        "private": private,
        "in_section": in_section,
        "undated": undated,
    }


@pytest.mark.django_db
def test_restricted_paths_are_the_outermost(structure, stories):
    PageViewRestriction.objects.create(
        page=stories["in_section"], restriction_type="password", password="y"
    )

    assert audience.restricted_paths() == tuple(
        sorted([stories["private"].path, structure.press_releases.path])
    )


@pytest.mark.django_db
@pytest.mark.parametrize("form", ["checked by the database", "restricted paths read once"])
def test_public_and_readable_pages_by_either_form(stories, form):
    restricted = audience.restricted_paths() if form != "checked by the database" else None
    ids = [story.pk for story in stories.values()]

    public = audience.public_pages(Page.objects.filter(pk__in=ids), restricted)
    readable = audience.readable_pages(Page.objects.filter(pk__in=ids), restricted)

    assert {page.title for page in public} == {"Visible", "Undated"}
    assert [page.title for page in readable] == ["Visible"]


@pytest.mark.django_db
def test_a_single_story_is_judged_by_the_same_rule(stories):
    seen = {
        name: audience.reader_may_see(StoryPage.objects.get(pk=story.pk))
        for name, story in stories.items()
    }

    assert seen == {
        "visible": True,
        "draft": False,
        "private": False,
        "in_section": False,
        "undated": False,
    }
    assert audience.is_restricted(stories["in_section"].path)
    assert not audience.is_restricted(stories["visible"].path)


@pytest.mark.django_db
def test_a_listing_counts_what_it_shows(structure, stories):
    locale = structure.home.locale
    for kind in (None, Kind.NEWS, Kind.PRESS_RELEASE):
        listing = audience.visible_stories(locale, kind)
        assert listing.count() == len(list(listing.all())), kind
    assert [story.title for story in audience.visible_stories(locale)] == ["Visible"]


@pytest.mark.django_db
def test_a_filed_listing_counts_what_it_shows(structure):
    china = Country.objects.get(locale=structure.home.locale, slug="china")
    now = timezone.now()
    make_filed_story(structure, countries=[china], title="Filed", published_at=now)
    make_filed_story(
        structure, countries=[china], title="Filed draft", publish=False, published_at=now
    )
    private = make_filed_story(
        structure, countries=[china], title="Filed private", published_at=now - timedelta(1)
    )
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    for kind in (None, Kind.NEWS, Kind.EVENT):
        listing = audience.visible_stories(structure.home.locale, kind)
        filed = audience.filed_stories(listing, "countries", china)
        assert filed.count() == len(list(filed.all())), kind
    everything = audience.filed_stories(
        audience.visible_stories(structure.home.locale), "countries", china
    )
    assert [story.title for story in everything] == ["Filed"]


@pytest.mark.django_db
def test_a_group_of_a_listing_is_counted_by_the_same_rule(structure, stories):
    listing = audience.visible_stories(structure.home.locale, Kind.NEWS)

    # Of the news titled with a V or a D, only the visible one: the draft is not counted.
    assert listing.count_where(Q(title__startswith="V") | Q(title__startswith="D")) == 1

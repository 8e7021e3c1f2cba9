"""Every kind of story is declared once, by its app, and the rest of the newsroom reads it from
there: the site's pages and menus, the old site's addresses and listings, the JSON-LD of its
stories and the pages a home page holds."""

from collections import Counter
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from newsroom.home.models import HomePage
from newsroom.importers.layouts import LAYOUTS, layout_for
from newsroom.importers.legacy_url import parse_legacy_address
from newsroom.importers.listing import listing_page_for
from newsroom.importers.text import Paragraph
from newsroom.legacy.sections import kind_for_section, listing_model_for
from newsroom.stories import registry
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind
from newsroom.stories.models import WhatsNewPage
from newsroom.stories.registry import KindRegistration, registration_for, registrations
from newsroom.structured_data.tests.helpers import json_ld
from newsroom.taxonomy.models import CountryIndexPage, TopicIndexPage

REGISTERED = registrations()


def name_of(registration: KindRegistration) -> str:
    return registration.kind.value


class Describing:
    """A page as the structured-data app describes it, with fixed values."""

    title = "A title"
    description = "A teaser"
    url = "https://example.org/en/story/"
    language = "en"
    topics: list[str] = []
    office = {"@type": "Organization", "name": "The office"}
    image = None
    picture_url = None

    def headline(self, text: str) -> str:
        return text

    def moment(self, moment: datetime | None) -> str:
        return moment.isoformat() if moment else ""

    def duration(self, duration: timedelta | None) -> str | None:
        return str(duration) if duration else None

    def absolute(self, url: str) -> str:
        return f"https://example.org{url}"


def test_every_kind_has_exactly_one_registration():
    assert Counter(registration.kind for registration in REGISTERED) == Counter(Kind)
    assert len({registration.listing_slug for registration in REGISTERED}) == len(Kind)


@pytest.mark.parametrize("registration", REGISTERED, ids=name_of)
def test_a_kind_is_created_only_under_its_listing(registration):
    assert registration.story_page.KIND == registration.kind
    assert registration_for(registration.kind) is registration
    assert registration.listing_page in registration.story_page.allowed_parent_page_models()


def test_the_home_page_holds_what_s_new_each_kind_s_listing_and_the_vocabularies():
    listings = list(dict.fromkeys(registration.listing_page for registration in REGISTERED))

    assert HomePage.allowed_subpage_models() == [
        WhatsNewPage,
        *listings,
        CountryIndexPage,
        TopicIndexPage,
    ]


@pytest.mark.django_db
def test_each_kind_s_listing_stands_under_the_home_page_in_the_order_of_registration(structure):
    children = [page.slug for page in structure.home.get_children()]

    assert children == [
        "whats-new",
        *(registration.listing_slug for registration in REGISTERED),
        "countries",
        "topics",
    ]
    for registration in REGISTERED:
        listing = structure.sections[registration.kind]
        assert type(listing.specific) is registration.listing_page
        assert listing.get_parent().pk == structure.home.pk
        assert listing.title == str(registration.listing_title)
        assert structure.parent_for(registration.kind).pk == listing.pk


@pytest.mark.django_db
@pytest.mark.parametrize("registration", REGISTERED, ids=name_of)
def test_each_old_section_name_of_a_kind_leads_to_its_listing(client, structure, registration):
    listing = structure.sections[registration.kind]

    for name in (registration.listing_slug, *registration.old_section_names):
        assert listing_model_for(name) == (registration.listing_page, registration.kind)
        assert kind_for_section(name.upper()) == registration.kind
        response = client.get(f"/beijing/{name}/lang--en/index.htm")
        assert response.status_code == 301
        assert response["Location"] == listing.url
        address = parse_legacy_address(f"/beijing/{name}/WCMS_1/lang--en/index.htm")
        assert address.section_kind == registration.kind


@pytest.mark.django_db
@pytest.mark.parametrize(
    "registration",
    [registration for registration in REGISTERED if registration.old_listing is not None],
    ids=name_of,
)
def test_each_kind_s_old_listing_is_imported_into_its_listing(structure, registration):
    layout = registration.old_listing

    assert LAYOUTS[layout.key] is layout
    assert layout_for(Paragraph(1, layout.heading)) == (layout, "")
    assert listing_page_for(layout, structure).pk == structure.sections[registration.kind].pk


def test_the_importer_knows_what_s_new_the_kinds_listings_and_a_country_s_page_in_order():
    kinds = [r.old_listing.key for r in REGISTERED if r.old_listing is not None]

    assert list(LAYOUTS) == ["whats_new", *kinds, "country"]


@pytest.mark.django_db
@pytest.mark.parametrize("registration", REGISTERED, ids=name_of)
def test_the_json_ld_of_a_story_is_what_its_page_class_says(client, structure, registration):
    story = make_story(
        structure,
        kind=registration.kind,
        title="A story of its kind",
        teaser="A teaser",
        published_at=timezone.make_aware(datetime(2021, 6, 7, 12)),
    )
    own = story.structured_data(Describing())

    found = json_ld(client.get(story.url).content.decode())

    if own is None:
        assert found == []
    else:
        assert [data["@type"] for data in found] == [own["@type"]]
        assert found[0]["@context"] == "https://schema.org"
        assert found[0]["name" if "name" in own else "headline"] == "A story of its kind"


def test_a_kind_is_registered_once(monkeypatch):
    news = registration_for(Kind.NEWS)
    monkeypatch.setattr(registry, "_registered", dict(registry._registered))

    registry.register(news)  # again, as when the apps are readied again

    with pytest.raises(ImproperlyConfigured):
        registry.register(replace(news, listing_slug="more-news"))


def test_a_registration_names_the_page_class_of_its_kind(monkeypatch):
    news = registration_for(Kind.NEWS)
    statements = registration_for(Kind.STATEMENT)
    monkeypatch.setattr(registry, "_registered", {})

    with pytest.raises(ImproperlyConfigured):
        registry.register(replace(news, story_page=statements.story_page))
    with pytest.raises(ImproperlyConfigured):
        registry.register(replace(news, old_listing=statements.old_listing))
    registry.register(news)
    with pytest.raises(ImproperlyConfigured):
        registry.register(replace(statements, listing_slug=news.listing_slug))

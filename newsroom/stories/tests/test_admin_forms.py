"""Editors create and edit every kind of story in the admin, with the help text of its fields."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from newsroom.home.structure import ensure_every_language
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind
from newsroom.stories.models import story_model_for_kind

pytestmark = pytest.mark.django_db

# A field each kind's form must show, with its help text: the kind's own where it has one.
OWN_FIELDS = {
    Kind.NEWS: "kicker",
    Kind.PRESS_RELEASE: "place",
    Kind.STATEMENT: "speaker",
    Kind.FEATURE: "teaser",
    Kind.EVENT: "venue",
    Kind.PROJECT: "funder",
    Kind.PUBLICATION: "isbn",
    Kind.VIDEO: "duration",
}


@pytest.mark.parametrize("kind", list(Kind))
def test_the_add_form_of_every_kind_opens_under_its_listing(admin_client, structure, kind):
    model = story_model_for_kind(kind)
    parent = structure.parent_for(kind)
    field = OWN_FIELDS[kind]
    help_text = escape(str(model._meta.get_field(field).help_text))

    response = admin_client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert f'name="{field}"' in html
    assert help_text in html


@pytest.mark.parametrize("kind", list(Kind))
def test_a_published_story_of_every_kind_opens_for_editing(admin_client, structure, kind):
    story = make_story(structure, kind=kind, title=f"A {kind.label} to correct")

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))

    assert response.status_code == 200
    assert f"A {kind.label} to correct" in response.content.decode()


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_form_offers_the_countries_and_topics_of_the_storys_language(admin_client, language):
    structure = ensure_every_language()[language]
    parent = structure.parent_for(Kind.NEWS)

    html = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["stories", "newspage", parent.pk])
    ).content.decode()

    assert ("中国" in html) == (language == "zh-hans")
    assert (">China<" in html) == (language == "en")
    assert "Хятад" not in html

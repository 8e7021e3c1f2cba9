"""The index changes with what readers may see, at once: publish, edit, unpublish, delete,
translate, restrict. Drafts, private and scheduled stories never show, not even in counts or
snippets."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.operations import TranslationCreator

from newsroom.search.models import SearchEntry

from .helpers import page, story, titles, total

pytestmark = pytest.mark.django_db


def test_a_published_story_is_found_at_once(client, structure):
    story(structure, "Skills forum opens in Ulaanbaatar")
    assert titles(client, "/en/search/?q=skills") == ["Skills forum opens in Ulaanbaatar"]


def test_a_draft_is_never_found_nor_counted(client, structure):
    story(structure, "Embargoed release about wages", "Minimum wages rise.", publish=False)
    html = page(client, "/en/search/?q=wages")
    assert "Embargoed" not in html and "Minimum" not in html
    assert total(client, "/en/search/?q=wages") == 0


def test_an_edit_shows_once_published_and_a_pending_draft_stays_hidden(client, structure):
    item = story(structure, "Forum on youth employment", "The first text.")
    draft = item.get_latest_revision_as_object()
    draft.title = "Secret new title about youth employment"
    draft.teaser = "Unpublished wording"
    revision = draft.save_revision()
    assert titles(client, "/en/search/?q=youth") == ["Forum on youth employment"]
    assert total(client, "/en/search/?q=unpublished") == 0
    revision.publish()
    assert titles(client, "/en/search/?q=youth") == ["Secret new title about youth employment"]
    assert total(client, "/en/search/?q=forum") == 0


def test_unpublishing_and_deleting_remove_the_story(client, structure):
    first = story(structure, "Migration report launched")
    second = story(structure, "Migration statistics released")
    first.unpublish()
    assert titles(client, "/en/search/?q=migration") == ["Migration statistics released"]
    second.delete()
    assert total(client, "/en/search/?q=migration") == 0
    assert not SearchEntry.objects.exists()


def test_a_private_story_is_not_found_and_returns_when_made_public(client, structure):
    item = story(structure, "Internal note on budgets")
    restriction = PageViewRestriction.objects.create(
        page=item, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert total(client, "/en/search/?q=budgets") == 0
    restriction.delete()
    assert titles(client, "/en/search/?q=budgets") == ["Internal note on budgets"]


def test_a_story_below_a_private_section_is_not_found(client, structure):
    story(structure, "Press release on safety at work")
    section = structure.parent_for("news")
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert total(client, "/en/search/?q=safety") == 0
    restriction.delete()
    assert titles(client, "/en/search/?q=safety") == ["Press release on safety at work"]


def test_a_story_moved_below_a_private_page_is_no_longer_found(client, structure):
    item = story(structure, "Statement on social dialogue")
    private = structure.parent_for("statement")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert total(client, "/en/search/?q=dialogue") == 1
    item.move(private, pos="last-child")
    assert total(client, "/en/search/?q=dialogue") == 0


def test_a_story_scheduled_for_later_is_not_found_until_it_goes_live(client, structure):
    item = story(structure, "Scheduled statement on pensions", publish=False)
    item.go_live_at = timezone.now() + timedelta(days=1)
    item.save_revision(approved_go_live_at=item.go_live_at)
    assert total(client, "/en/search/?q=pensions") == 0


def test_a_translation_is_found_in_its_language_once_published(client, languages):
    source = story(languages["en"], "Employment forum in Beijing")
    chinese = Locale.objects.get(language_code="zh-hans")
    TranslationCreator(user=None, target_locales=[chinese]).create_translations(source)
    translation = source.get_translation(chinese)
    translation.title = "北京就业论坛"
    revision = translation.save_revision()
    assert total(client, "/zh/search/?q=北京") == 0
    revision.publish()
    assert titles(client, "/zh/search/?q=北京") == ["北京就业论坛"]
    assert titles(client, "/en/search/?q=employment") == ["Employment forum in Beijing"]


def test_rebuilding_the_index_finds_the_same(client, structure):
    story(structure, "Social protection floor")
    story(structure, "Hidden draft on protection", publish=False)
    SearchEntry.objects.all().delete()
    assert total(client, "/en/search/?q=protection") == 0
    call_command("search_index", verbosity=0)
    assert titles(client, "/en/search/?q=protection") == ["Social protection floor"]

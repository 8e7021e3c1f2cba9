"""Translating a story with wagtail-localize, and the state the translation report shows."""

from datetime import timedelta

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from newsroom.languages.status import State, needing, source_stories, states
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import Kind
from newsroom.taxonomy.models import Country, Topic


def translate(story, language_code: str, publish: bool = True):
    """What the admin's “Translate” does: record the source, make the translation, publish it."""
    locale = Locale.objects.get(language_code=language_code)
    TranslationCreator(user=None, target_locales=[locale]).create_translations(story)
    translation = story.get_translation(locale)
    if publish:
        translation.save_revision().publish()
        translation.refresh_from_db()
    return translation


def republish(page):
    page.save_revision().publish()
    page.refresh_from_db()


def row(story):
    return {state.language_code: state.state for state in states([story])[story.pk]}


def test_a_translation_is_a_draft_in_its_language_until_published(languages):
    english = languages["en"]
    story = make_story(english, kind=Kind.PRESS_RELEASE, title="ILO welcomes ratification")

    chinese = translate(story, "zh-hans", publish=False)

    assert chinese.locale.language_code == "zh-hans"
    assert chinese.get_parent().specific == languages["zh-hans"].press_releases
    assert not chinese.live
    assert row(story) == {"en": State.SOURCE, "zh-hans": State.DRAFT, "mn": State.MISSING}


def test_a_translation_keeps_the_days_and_files_under_its_own_languages_terms(languages):
    english = languages["en"]
    china = Country.objects.get(locale=english.home.locale, slug="china")
    topic = Topic.objects.get(locale=english.home.locale, slug="social-protection")
    story = make_story(english, kind=Kind.NEWS, title="Pensions for all")
    story.countries = [china]
    story.topics = [topic]
    story.legacy_id = "WCMS_123456"
    story.save_revision().publish()
    story.refresh_from_db()

    chinese = translate(story, "zh-hans")

    zh = languages["zh-hans"].home.locale
    # The source's publication time, to the millisecond its serialisation keeps.
    assert abs(chinese.published_at - story.published_at) < timedelta(milliseconds=1)
    assert chinese.legacy_id == "WCMS_123456"
    assert chinese.slug == story.slug
    assert [c.locale_id for c in chinese.countries.all()] == [zh.pk]
    assert chinese.countries.get().translation_key == china.translation_key
    assert chinese.topics.get().translation_key == topic.translation_key


def test_a_source_published_after_its_translation_makes_it_out_of_date(languages):
    story = make_story(languages["en"], kind=Kind.PRESS_RELEASE, title="Decent work in Mongolia")
    chinese = translate(story, "zh-hans")
    assert row(story)["zh-hans"] == State.UP_TO_DATE

    story.title = "Decent work in Mongolia, updated"
    republish(story)

    assert row(story)["zh-hans"] == State.OUT_OF_DATE
    out_of_date = needing(source_stories(), "zh-hans", State.OUT_OF_DATE)
    assert [page.pk for page in out_of_date] == [story.pk]
    assert not needing(source_stories(), "zh-hans", State.UP_TO_DATE).exists()
    # Republishing the translation without taking in the source's change leaves it out of date.
    republish(chinese)
    assert row(story)["zh-hans"] == State.OUT_OF_DATE
    # Synced with the source, translated and published again: up to date.
    translation_source = TranslationSource.objects.get(object_id=story.translation_key)
    translation_source.update_from_db()
    republish(chinese)
    assert row(story)["zh-hans"] == State.UP_TO_DATE


def test_publishing_the_source_leaves_its_translations_as_they_were(languages):
    story = make_story(languages["en"], kind=Kind.NEWS, title="Skills for youth")
    draft = translate(story, "mn", publish=False)
    published = translate(story, "zh-hans")

    story.title = "Skills for young people"
    story.save_revision().publish()

    draft.refresh_from_db()
    published.refresh_from_db()
    assert not draft.live
    assert published.live
    assert published.title == "Skills for youth"


def test_deleting_the_source_keeps_its_translation_online_and_editable(languages, client):
    story = make_story(languages["en"], kind=Kind.NEWS, title="Green jobs")
    chinese = translate(story, "zh-hans")

    story.delete()

    chinese.refresh_from_db()
    assert chinese.live
    assert client.get(chinese.url).status_code == 200
    assert not Translation.objects.filter(enabled=True, source__object_id=chinese.translation_key)
    assert [page.pk for page in source_stories()] == [chinese.pk]
    assert row(chinese) == {"en": State.MISSING, "zh-hans": State.SOURCE, "mn": State.MISSING}


def test_the_report_has_one_row_per_story_whatever_its_translations(languages):
    first = make_story(languages["en"], kind=Kind.NEWS, title="First")
    second = make_story(languages["en"], kind=Kind.NEWS, title="Second")
    translate(first, "zh-hans")
    translate(first, "mn")
    chinese_only = make_story(languages["zh-hans"], kind=Kind.NEWS, title="只有中文")

    rows = {page.pk for page in source_stories()}

    assert rows == {first.pk, second.pk, chinese_only.pk}
    assert row(chinese_only) == {"en": State.MISSING, "zh-hans": State.SOURCE, "mn": State.MISSING}
    missing_in_chinese = needing(source_stories(), "zh-hans", State.MISSING)
    assert [page.pk for page in missing_in_chinese] == [second.pk]

"""The ids feed readers and calendars know a story by (``feeds/ids.py``): made from the story's
translation key and its language, so that they never change once published."""

from types import SimpleNamespace
from uuid import UUID

from newsroom.feeds.ids import story_urn, story_uuid

KEY = UUID("6f1d6c1e-2f4b-4c1a-9d8e-5b7a3c2e1f00")


def story(key=KEY, **fields):
    return SimpleNamespace(translation_key=key, **fields)


def test_a_storys_id_is_the_same_in_every_release():
    # Readers already hold these: a change of how ids are made shows every story to them again.
    assert story_uuid(story(), "en") == UUID("d6268fca-311a-547d-a78d-ee145f47f4e6")
    assert story_uuid(story(), "zh-hans") == UUID("e2746cea-5e43-542f-b2ba-4aa8f48b7b40")


def test_an_edited_renamed_or_moved_story_keeps_its_id():
    before = story(title="Forum", slug="forum", url_path="/home/events/forum/")
    after = story(title="Employment forum", slug="employment-forum", url_path="/home/news/f/")

    assert story_uuid(before, "en") == story_uuid(after, "en")


def test_the_translations_of_a_story_have_ids_of_their_own():
    ids = {story_uuid(story(), language) for language in ("en", "zh-hans", "mn")}

    assert len(ids) == 3


def test_the_language_code_is_read_in_any_case():
    assert story_uuid(story(), "zh-Hans") == story_uuid(story(), "zh-hans")


def test_the_key_may_be_stored_as_text():
    assert story_uuid(story(str(KEY)), "en") == story_uuid(story(KEY), "en")


def test_another_story_has_another_id():
    other = UUID("6f1d6c1e-2f4b-4c1a-9d8e-5b7a3c2e1f01")

    assert story_uuid(story(other), "en") != story_uuid(story(), "en")


def test_a_feed_item_id_is_the_uuid_as_a_urn():
    assert story_urn(story(), "en") == "urn:uuid:d6268fca-311a-547d-a78d-ee145f47f4e6"

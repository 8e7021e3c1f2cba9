"""Identifiers that stay with a story for good, for feed readers and calendars to recognise it
after it is edited, renamed or moved: its translation key (the same for the story in every
language) with its language, as a UUID."""

from uuid import UUID, uuid5

from wagtail.models import Page


def story_uuid(page: Page, language_code: str) -> UUID:
    return uuid5(UUID(str(page.translation_key)), language_code.lower())


def story_urn(page: Page, language_code: str) -> str:
    """The id of a story's item in feeds: ``urn:uuid:…``."""
    return story_uuid(page, language_code).urn

"""Fixtures shared by every test: the site structure every language has."""

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request in Chinese or Mongolian leaves its
    language active in the thread, as it would for the rest of that request."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with nothing cached: the database is new, the cache would not be."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def structure(db):
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from newsroom.home.structure import ensure_site_structure

    # The structure's pages refer to nothing: recording their references is time for nothing.
    with disable_reference_index_auto_update():
        return ensure_site_structure()


@pytest.fixture
def languages(db):
    """Every language's site structure, by language code: what ``setup_site`` makes."""
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from newsroom.home.structure import ensure_every_language

    with disable_reference_index_auto_update():
        return ensure_every_language()

"""Fixtures shared by every test: the site structure every language has."""

import pytest


@pytest.fixture
def structure(db):
    from newsroom.stories.structure import ensure_site_structure

    return ensure_site_structure()

"""Fixtures of the importer tests: the seed listings and the sample files beside the tests."""

import os
from pathlib import Path

import pytest
from django.conf import settings

FILES_DIR = Path(__file__).resolve().parent / "files"


@pytest.fixture
def seeds_dir() -> Path:
    """The folder of the reference site's pages as text (``whats-new.txt``…)."""
    seeds = Path(settings.BASE_DIR).parent / "shared" / "seeds"
    if not seeds.is_dir() and os.environ.get("NEWSROOM_SEEDS_DIR"):
        seeds = Path(os.environ["NEWSROOM_SEEDS_DIR"])
    if not seeds.is_dir():
        pytest.fail(
            f"The seed listings are not at {seeds}; set NEWSROOM_SEEDS_DIR to their folder."
        )
    return seeds


@pytest.fixture
def files_dir() -> Path:
    return FILES_DIR

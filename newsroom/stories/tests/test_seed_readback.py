"""The reference pages, imported into an empty database, read back exactly in a text browser."""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from testing.textmode import contains_run, folded_lines, text_dump

pytestmark = pytest.mark.django_db

SEEDS = Path(
    os.environ.get("NEWSROOM_SEEDS_DIR", Path(settings.BASE_DIR).parent / "shared" / "seeds")
)


def seed_lines(name: str) -> list[str]:
    return folded_lines((SEEDS / name).read_text(encoding="utf-8"))


def import_seed(name: str) -> None:
    call_command("import_listing", str(SEEDS / name), stdout=open(os.devnull, "w"))


def first_difference(dump: list[str], seed: list[str]) -> str:
    start = dump.index(seed[0]) if seed[0] in dump else 0
    for offset, expected in enumerate(seed):
        got = dump[start + offset] if start + offset < len(dump) else "<end of page>"
        if got != expected:
            return f"line {offset + 1} of the seed: expected {expected!r}, page shows {got!r}"
    return "no difference"


@pytest.mark.parametrize(
    "seed, path",
    [("whats-new.txt", "/en/whats-new/"), ("news-and-press-releases.txt", "/en/press-releases/")],
)
def test_each_seed_reads_back_from_its_page(client, seed, path):
    import_seed(seed)

    dump = text_dump(client.get(path).content.decode())
    expected = seed_lines(seed)

    assert contains_run(dump, expected), first_difference(dump, expected)


def test_both_seeds_read_back_when_loaded_together(client):
    import_seed("whats-new.txt")
    import_seed("news-and-press-releases.txt")

    releases = text_dump(client.get("/en/press-releases/").content.decode())
    assert contains_run(releases, seed_lines("news-and-press-releases.txt"))

    # What's new mixes the 2021 releases in above the 2017 items: they follow on a later page.
    expected = seed_lines("whats-new.txt")
    number = 1
    while (response := client.get(f"/en/whats-new/?page={number}")).status_code == 200:
        if contains_run(text_dump(response.content.decode()), expected):
            break
        number += 1
    else:
        pytest.fail("No page of What's new reads back the What's new seed.")

"""Every real item page of the archive samples (``../shared/archive-samples``), imported into an
empty site, reads back from its story page in a text browser: each non-blank line of the sample,
in order, with nothing in between but layout. A sample is an excerpt cut after about 2 000
bytes, so its last line is compared by its beginning only."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from testing.textmode import folded_lines, text_dump

pytestmark = pytest.mark.django_db

SAMPLES = Path(settings.BASE_DIR).parent / "shared" / "archive-samples"
ADDRESS_PREFIX = "URL:"


def sample_names() -> list[str]:
    names = sorted(path.name for path in SAMPLES.glob("*.txt"))
    if not names:
        # Collected before the database exists: a missing folder must fail the run, not
        # parametrize an empty test that passes.
        return ["<no archive samples found beside the repository>"]
    return names


def expected_lines(path: Path) -> list[str]:
    """The sample's lines as its page must show them: all but its old address."""
    lines = folded_lines(path.read_text(encoding="utf-8"))
    return [line for line in lines if not line.startswith(ADDRESS_PREFIX)]


def run_position(dump: list[str], expected: list[str]) -> int | None:
    """Where ``expected`` stands in ``dump``, line after line, its last line cut short."""
    *whole, cut = expected
    width = len(expected)
    for start in range(len(dump) - width + 1):
        if dump[start : start + width - 1] == whole and dump[start + width - 1].startswith(cut):
            return start
    return None


def first_difference(dump: list[str], expected: list[str]) -> str:
    start = dump.index(expected[0]) if expected[0] in dump else 0
    for offset, line in enumerate(expected):
        got = dump[start + offset] if start + offset < len(dump) else "<end of page>"
        if got != line and not (offset == len(expected) - 1 and got.startswith(line)):
            return (
                f"line {offset + 1} of the sample: expected {line!r}, page shows {got!r}\n\n"
                + "\n".join(dump)
            )
    return "no difference"


@pytest.mark.parametrize("name", sample_names())
def test_a_real_item_page_reads_back_from_its_story_page(client, name):
    path = SAMPLES / name
    assert path.is_file(), f"The archive samples are not at {SAMPLES}."
    out = StringIO()

    call_command("import_story", str(path), stdout=out)

    address = out.getvalue().splitlines()[-1]
    response = client.get(address)
    assert response.status_code == 200
    dump = text_dump(response.content.decode())
    expected = expected_lines(path)
    assert run_position(dump, expected) is not None, first_difference(dump, expected)

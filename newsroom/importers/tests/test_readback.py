"""Each sample file, imported into an empty database, reads back from its page in a text browser
line for line (``docs/text-forms.md``): the importers keep what the pages show, in their order."""

from datetime import date
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents import get_document_model

from newsroom.core import clock
from newsroom.publications.models import PublicationPage
from testing.textmode import contains_run, folded_lines, text_dump

pytestmark = pytest.mark.django_db

FILES = Path(__file__).resolve().parent / "files"
# The day the event and project samples were copied from the old site.
COPIED_ON = date(2021, 10, 7)
MEGABYTE = 1024 * 1024


@pytest.fixture
def copied_on(monkeypatch):
    """The office's calendar stopped on the day the samples were copied."""
    monkeypatch.setattr(clock, "today", lambda: COPIED_ON)
    return COPIED_ON


def run(command: str, name: str, *args: str) -> str:
    """Run an import of a sample file as an operator would; the address it prints last."""
    out = StringIO()
    call_command(command, str(FILES / name), *args, stdout=out)
    return out.getvalue().splitlines()[-1]


def sample_lines(name: str) -> list[str]:
    return folded_lines((FILES / name).read_text(encoding="utf-8"))


def first_difference(dump: list[str], expected: list[str]) -> str:
    start = dump.index(expected[0]) if expected[0] in dump else 0
    for offset, line in enumerate(expected):
        got = dump[start + offset] if start + offset < len(dump) else "<end of page>"
        if got != line:
            return (
                f"line {offset + 1} of the sample: expected {line!r}, page shows {got!r}\n"
                + "\n".join(dump)
            )
    return "no difference"


def assert_reads_back(client, path: str, name: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    dump = text_dump(response.content.decode())
    expected = sample_lines(name)
    assert contains_run(dump, expected), first_difference(dump, expected)


def upload_documents() -> None:
    """Give each imported publication the file its “Download (PDF, 1.2 MB)” line describes, as
    an editor does in the admin after the import."""
    sizes = {
        "Employment injury protection for platform workers in China: a review of pilot schemes": (
            1.2
        ),
        "Decent Work Country Programme for Mongolia 2019–2021": 2.4,
    }
    for publication in PublicationPage.objects.filter(title__in=sizes):
        size = int(sizes[publication.title] * MEGABYTE)
        document = get_document_model().objects.create(
            title=publication.title,
            file=ContentFile(b"%PDF-1.4\n" + b"0" * (size - 9), name=f"{publication.slug}.pdf"),
            file_size=size,
        )
        publication.document = document
        publication.save_revision().publish()


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("statements.txt", "/en/statements/"),
        ("china-resources.txt", "/en/countries/china/"),
    ],
)
def test_a_listing_reads_back_from_its_page(client, name, path):
    assert run("import_listing", name) == path

    assert_reads_back(client, path, name)


@pytest.mark.parametrize(
    ("name", "path"), [("events.txt", "/en/events/"), ("projects.txt", "/en/projects/")]
)
def test_events_and_projects_read_back_on_the_day_they_were_copied(client, copied_on, name, path):
    assert run("import_listing", name) == path

    assert_reads_back(client, path, name)


def test_the_videos_listing_reads_back_with_its_untitled_video(client):
    path = run("import_listing", "videos.txt")

    assert path == "/en/videos/"
    assert_reads_back(client, path, "videos.txt")


def test_the_publications_listing_reads_back_once_their_files_are_uploaded(client):
    path = run("import_listing", "publications.txt")
    upload_documents()

    assert path == "/en/publications/"
    assert_reads_back(client, path, "publications.txt")


@pytest.mark.parametrize(
    "name",
    [
        "stories/press-release.txt",
        "stories/news.txt",
        "stories/statement.txt",
        "stories/event.txt",
        "stories/project.txt",
    ],
)
def test_a_story_reads_back_from_its_page(client, name):
    path = run("import_story", name)

    assert_reads_back(client, path, name)


def test_a_video_page_reads_back(client):
    path = run("import_story", "stories/video.txt")

    assert_reads_back(client, path, "stories/video.txt")


def test_a_publication_page_reads_back_once_its_file_is_uploaded(client):
    path = run("import_story", "stories/publication.txt")
    upload_documents()

    assert_reads_back(client, path, "stories/publication.txt")

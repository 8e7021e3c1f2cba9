"""``manage.py import_story``: one item page published from its text, found again by its old
address or its title, or not written at all."""

from datetime import date, timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Page, Revision

from newsroom.events.models import EventPage
from newsroom.home.models import HomePage
from newsroom.projects.models import ProjectPage
from newsroom.publications.models import PublicationPage
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import PressReleasePage, StatementPage, StoryPage
from newsroom.videos.models import VideoPage

pytestmark = pytest.mark.django_db

OLD_ADDRESS = "/beijing/press-releases/WCMS_675478/lang--en/index.htm"
STORIES = [
    "press-release.txt",
    "news.txt",
    "statement.txt",
    "event.txt",
    "project.txt",
    "video.txt",
    "publication.txt",
]


@pytest.fixture
def stories_dir(files_dir):
    return files_dir / "stories"


def import_story(*args: object) -> list[str]:
    out = StringIO()
    call_command("import_story", *(str(arg) for arg in args), stdout=out)
    return out.getvalue().splitlines()


def written() -> dict[str, int]:
    return {"pages": Page.objects.count(), "revisions": Revision.objects.count()}


def paragraphs(story: StoryPage) -> list[str]:
    return [block.value.source for block in story.body if block.block_type == "paragraph"]


def test_a_press_release_is_published_in_its_section_with_byline_and_body(stories_dir, client):
    lines = import_story(stories_dir / "press-release.txt")

    story = PressReleasePage.objects.get()
    assert lines == [
        "Press release “ILO and China mark a century of social justice”: created.",
        "/en/press-releases/ilo-and-china-mark-a-century-of-social-justice/",
    ]
    assert (story.place, story.shown_date, story.kicker) == (
        "Beijing, China",
        date(2019, 4, 11),
        "",
    )
    assert story.teaser.startswith("The ILO’s centenary")
    assert len(paragraphs(story)) == 3
    assert paragraphs(story)[1].startswith("<p>“For a hundred years")
    assert client.get(lines[-1]).status_code == 200


def test_each_kind_keeps_its_own_details(stories_dir):
    for name in STORIES:
        import_story(stories_dir / name)

    assert StatementPage.objects.get().speaker.startswith("Mr Tim De Meyer, Director")
    event = EventPage.objects.get()
    assert (event.venue, event.shown_range) == (
        "Beijing, China",
        (date(2015, 10, 13), date(2015, 10, 14)),
    )
    project = ProjectPage.objects.get()
    assert (project.funder, project.date_end) == ("Joint SDG Fund", date(2022, 12, 31))
    assert VideoPage.objects.get().duration == timedelta(minutes=12, seconds=28)
    assert PublicationPage.objects.get().isbn == "978-92-2-035621-0"


def test_a_publication_names_the_file_still_to_upload(stories_dir):
    lines = import_story(stories_dir / "publication.txt")

    assert lines[1] == (
        "The page shows a document (PDF, 1.2 MB) the import cannot bring; upload the "
        "publication's file in the admin."
    )
    assert PublicationPage.objects.get().document is None


@pytest.mark.parametrize("name", STORIES)
def test_importing_a_story_twice_changes_nothing(stories_dir, name):
    import_story(stories_dir / name)
    before = written()

    lines = import_story(stories_dir / name)

    assert lines[0].endswith(": unchanged.")
    assert written() == before


def test_a_dry_run_writes_nothing(stories_dir):
    lines = import_story(stories_dir / "statement.txt", "--dry-run")

    assert lines[0].endswith(": created.")
    assert lines[-2:] == [
        "Dry run: nothing was written.",
        "/en/statements/decent-work-for-herders-a-future-of-work-that-leaves-no-one-behind/",
    ]
    assert not StoryPage.objects.exists()
    assert not HomePage.objects.exists()


def test_the_old_address_redirects_and_importing_again_updates_the_same_story(
    stories_dir, tmp_path, client
):
    first = import_story(stories_dir / "press-release.txt", "--legacy-url", OLD_ADDRESS)
    story = PressReleasePage.objects.get()
    assert story.legacy_id == "WCMS_675478"
    assert first[1] == f"Its old address {OLD_ADDRESS} leads to it."
    redirect = client.get(OLD_ADDRESS)
    assert (redirect.status_code, redirect["Location"]) == (301, first[-1])

    corrected = tmp_path / "press-release.txt"
    corrected.write_text(
        (stories_dir / "press-release.txt")
        .read_text(encoding="utf-8")
        .replace("mark a century of social justice", "celebrate a century of social justice"),
        encoding="utf-8",
    )
    again = import_story(
        corrected, "--legacy-url", "https://www.ilo.org" + OLD_ADDRESS.replace("WCMS", "wcms")
    )

    assert again[0] == (
        "Press release “ILO and China celebrate a century of social justice”: updated."
    )
    updated = PressReleasePage.objects.get()
    assert updated.pk == story.pk
    assert updated.title == "ILO and China celebrate a century of social justice"
    assert client.get(OLD_ADDRESS)["Location"] == updated.url


def test_the_old_addresss_section_gives_the_kind_the_text_does_not(stories_dir):
    lines = import_story(
        stories_dir / "malformed" / "kind-unknown.txt",
        "--legacy-url",
        "/beijing/events-and-meetings/WCMS_412345/lang--en/index.htm",
    )

    event = EventPage.objects.get()
    assert lines[0] == "Event “China Employment Forum”: created."
    # Without a byline, the single line after the title, with more after it, is the standfirst.
    assert (event.legacy_id, event.teaser) == (
        "WCMS_412345",
        "The forum brings together ministries, employers and workers.",
    )
    assert len(paragraphs(event)) == 1


def test_a_story_first_published_from_a_listing_gets_its_body(files_dir, stories_dir):
    call_command("import_listing", str(files_dir / "events.txt"), stdout=StringIO())
    count = EventPage.objects.count()

    lines = import_story(stories_dir / "event.txt")

    assert lines[0] == "Event “China Employment Forum”: updated."
    assert EventPage.objects.count() == count
    forum = EventPage.objects.get(title="China Employment Forum")
    assert len(paragraphs(forum)) == 2
    # The file shows no standfirst: the page must not either.
    assert forum.teaser == ""


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("/beijing/press-releases/lang--en/index.htm", "is not the old address of an item page"),
        ("/beijing/WCMS_675478/lang--en/index.htm", "is not the old address of an item page"),
        (
            "/beijing/press-releases/WCMS_675478/lang--fr/index.htm",
            "in the language “fr”, which the old site's addresses here do not know",
        ),
    ],
)
def test_a_malformed_old_address_is_refused_and_nothing_is_written(stories_dir, address, message):
    with pytest.raises(CommandError, match=message):
        import_story(stories_dir / "press-release.txt", "--legacy-url", address)

    assert not StoryPage.objects.exists()


def test_a_story_the_office_wrote_in_chinese_is_published_in_chinese(stories_dir):
    lines = import_story(
        stories_dir / "press-release.txt",
        "--legacy-url",
        "/beijing/press-releases/WCMS_675478/lang--zh/index.htm",
    )

    story = StoryPage.objects.get()
    assert story.locale.language_code == "zh-hans"
    assert story.legacy_id == "WCMS_675478"
    assert lines[-1].startswith("/zh/press-releases/")
    # It has no English original: no English story was made.
    assert not StoryPage.objects.filter(locale__language_code="en").exists()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("event-with-byline.txt", "Line 5: an event has no byline;"),
        ("not-a-real-date.txt", "Line 5: “31 April 2019” is not a real date."),
        ("empty.txt", "The file is empty;"),
    ],
)
def test_a_malformed_story_stops_the_import_before_anything_is_written(stories_dir, name, message):
    with pytest.raises(CommandError) as refused:
        import_story(stories_dir / "malformed" / name)

    assert str(refused.value).startswith(message)
    assert not StoryPage.objects.exists()
    assert not HomePage.objects.exists()


def test_a_story_cannot_change_its_kind(stories_dir, tmp_path):
    import_story(stories_dir / "news.txt")
    clash = tmp_path / "feature.txt"
    clash.write_text(
        (stories_dir / "news.txt")
        .read_text(encoding="utf-8")
        .replace("News\n", "Feature\n", 1)
        .replace("News |", "Feature |"),
        encoding="utf-8",
    )
    before = written()

    with pytest.raises(CommandError, match="a story cannot change its kind"):
        import_story(clash)

    assert written() == before
    assert StoryPage.objects.get().kind == Kind.NEWS


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        import_story(tmp_path / "story.txt")


def test_a_real_archive_page_keeps_its_topic_caption_lists_and_old_address(tmp_path, client):
    page = tmp_path / "page.txt"
    page.write_text(
        "URL: http://www.ilo.int/beijing/what-we-do/projects/WCMS_873353/lang--en/index.htm\n\n"
        "Social protection\n\n"
        "Improving China's Institutional Capacity towards Universal Social Protection\n\n"
        "The Project is financed by the European Union.\n\n"
        "A woman worker in China. © Shutterstock\n\n"
        "Objectives\n  • Improve coverage\n  • Improve adequacy\n",
        encoding="utf-8",
    )

    lines = import_story(page)

    project = ProjectPage.objects.get()
    assert lines[-1] == project.url
    assert (project.legacy_id, project.kicker) == ("WCMS_873353", "Social protection")
    assert [topic.slug for topic in project.topics.all()] == ["social-protection"]
    assert (project.image_caption, project.image_credit) == (
        "A woman worker in China.",
        "Shutterstock",
    )
    assert paragraphs(project) == [
        "<p>Objectives</p><ul><li>Improve coverage</li><li>Improve adequacy</li></ul>"
    ]
    html = client.get(project.url).content.decode()
    assert "<figcaption>A woman worker in China. © Shutterstock</figcaption>" in html
    # The same file again changes nothing.
    assert import_story(page)[0].endswith(": unchanged.")


def test_an_undated_old_page_is_published_between_the_dated_pages_numbered_around_it(tmp_path):
    def page(number: int, byline: str) -> Path:
        path = tmp_path / f"WCMS_{number}.txt"
        path.write_text(
            f"URL: /beijing/press-releases/WCMS_{number}/lang--en/index.htm\n\n"
            f"Page {number}\n\n{byline}The body of page {number}.\n",
            encoding="utf-8",
        )
        return path

    import_story(page(600000, "Press release | 01 January 2018\n\n"))
    import_story(page(700000, "Press release | 01 January 2020\n\n"))
    import_story(page(650000, ""))
    import_story(page(800000, ""))

    undated = PressReleasePage.objects.get(legacy_id="WCMS_650000")
    last = PressReleasePage.objects.get(legacy_id="WCMS_800000")
    # Halfway between the numbers: halfway between the times, with no date shown.
    assert timezone.localdate(undated.published_at) == date(2019, 1, 1)
    assert undated.date_display == DateDisplay.NONE
    # Beyond the last dated page, the nearest one's time.
    assert last.published_at == PressReleasePage.objects.get(legacy_id="WCMS_700000").published_at


def test_a_title_in_mongolian_on_an_english_page_keeps_a_readable_address(tmp_path, client):
    path = tmp_path / "page.txt"
    path.write_text(
        "Хөдөлмөрийн аюулгүй байдал\n\nNews | Ulaanbaatar, Mongolia | 28 April 2021\n\nBody.\n",
        encoding="utf-8",
    )

    address = import_story(path)[-1]

    story = StoryPage.objects.get()
    assert (story.locale.language_code, story.title) == ("en", "Хөдөлмөрийн аюулгүй байдал")
    assert story.slug == "хөдөлмөрийн-аюулгүй-байдал"
    assert client.get(address).status_code == 200

"""``manage.py import_listing``: the seeds published in their order, again, or not at all."""

from datetime import date, timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Revision, Site

from newsroom.core.models import CreditedImage
from newsroom.events.models import EventPage
from newsroom.home.models import HomePage
from newsroom.importers.parser import read_listing_file
from newsroom.projects.models import ProjectPage
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import (
    NewsPage,
    PressReleaseIndexPage,
    PressReleasePage,
    StoryPage,
    WhatsNewPage,
)
from newsroom.stories.selectors import press_releases, whats_new
from newsroom.videos.models import VideoPage

pytestmark = pytest.mark.django_db


def import_listing(*args: object) -> list[str]:
    """Run the command as an operator would and return the lines it printed."""
    out = StringIO()
    call_command("import_listing", *(str(arg) for arg in args), stdout=out)
    return out.getvalue().splitlines()


def written() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": CreditedImage.objects.count(),
    }


def stored_images() -> set[str]:
    if not default_storage.exists("original_images"):
        return set()
    return set(default_storage.listdir("original_images")[1])


def locale() -> Locale:
    return Locale.get_default()


def test_whats_new_seed_is_published_in_the_files_order(seeds_dir, client):
    listing = read_listing_file(seeds_dir / "whats-new.txt")

    lines = import_listing(seeds_dir / "whats-new.txt")

    assert lines == [
        "What's new: 10 stories — 10 created, 0 updated, 0 unchanged.",
        "/en/whats-new/",
    ]
    stories = list(whats_new(locale()))
    assert [story.title for story in stories] == [item.title for item in listing.items]
    assert [story.kind for story in stories] == [
        Kind.NEWS,
        Kind.NEWS,
        Kind.EVENT,
        Kind.NEWS,
        Kind.EVENT,
        Kind.EVENT,
        Kind.NEWS,
        Kind.VIDEO,
        Kind.EVENT,
        Kind.EVENT,
    ]
    assert [story.kicker_label for story in stories] == [item.kicker for item in listing.items]
    assert [story.kicker for story in stories][:4] == [
        "",
        "World Day for Safety and Health at Work",
        "",
        "SCORE Experience Sharing in Deqing",
    ]
    assert [story.shown_date for story in stories] == [item.date_start for item in listing.items]
    assert stories[2].date_display == DateDisplay.NONE
    assert stories[4].teaser.startswith("09 March 2017, the ILO Country Office")
    assert isinstance(stories[2].specific, EventPage)
    assert stories[2].get_parent().slug == "events"
    assert isinstance(stories[7].specific, VideoPage)
    assert isinstance(stories[0].specific, NewsPage)

    page = client.get(lines[-1])
    assert page.status_code == 200
    html = page.content.decode()
    positions = [html.index(item.title.replace("'", "&#x27;")) for item in listing.items]
    assert positions == sorted(positions)


def test_press_release_seed_is_published_under_its_year_with_the_image_credit(seeds_dir, client):
    listing = read_listing_file(seeds_dir / "news-and-press-releases.txt")

    lines = import_listing(seeds_dir / "news-and-press-releases.txt")

    assert lines == [
        "News and press releases: 20 stories — 20 created, 0 updated, 0 unchanged.",
        "/en/press-releases/",
    ]
    stories = list(press_releases(locale()))
    assert [story.title for story in stories] == [item.title for item in listing.items]
    assert [story.shown_date for story in stories] == [item.date_start for item in listing.items]
    assert {story.year for story in stories} == {2021}
    assert all(isinstance(story.specific, PressReleasePage) for story in stories)
    assert [story.title for story in whats_new(locale())] == [story.title for story in stories]

    credited = stories[1]
    assert credited.image.credit == "ShutterStock 2024"
    assert credited.image.title == credited.title
    assert (credited.image.width, credited.image.height) == (1200, 675)
    assert [story.image_id is None for story in stories].count(False) == 1
    archive = PressReleaseIndexPage.objects.get()
    assert archive.title == listing.heading
    assert archive.intro == listing.intro

    html = client.get(lines[-1]).content.decode()
    assert html.index("© ShutterStock 2024") < html.index(credited.title)


def test_the_import_works_on_a_database_straight_after_migrate(seeds_dir, client):
    assert not HomePage.objects.exists()
    assert not WhatsNewPage.objects.exists()

    lines = import_listing(seeds_dir / "whats-new.txt")

    assert WhatsNewPage.objects.live().get().url == lines[-1] == "/en/whats-new/"
    assert client.get(lines[-1]).status_code == 200


def test_importing_twice_changes_nothing(seeds_dir):
    import_listing(seeds_dir / "whats-new.txt")
    import_listing(seeds_dir / "news-and-press-releases.txt")
    before = written()
    order = [story.pk for story in whats_new(locale())]

    again = import_listing(seeds_dir / "whats-new.txt")
    again += import_listing(seeds_dir / "news-and-press-releases.txt")

    assert again == [
        "What's new: 10 stories — 0 created, 0 updated, 10 unchanged.",
        "/en/whats-new/",
        "News and press releases: 20 stories — 0 created, 0 updated, 20 unchanged.",
        "/en/press-releases/",
    ]
    assert written() == before
    assert [story.pk for story in whats_new(locale())] == order


def test_a_changed_item_is_updated_in_place(seeds_dir, tmp_path):
    seed = seeds_dir / "news-and-press-releases.txt"
    import_listing(seed)
    before = written()
    changed = tmp_path / "news-and-press-releases.txt"
    changed.write_text(
        seed.read_text(encoding="utf-8")
        .replace("raising the profile of CSR in a vital market.", "raising the profile of CSR.")
        .replace("© ShutterStock 2024", "© ILO/Li Ming"),
        encoding="utf-8",
    )

    lines = import_listing(changed)

    assert lines[0] == "News and press releases: 20 stories — 0 created, 2 updated, 18 unchanged."
    first, second = list(press_releases(locale()))[:2]
    assert first.teaser.endswith("raising the profile of CSR.")
    assert second.image.credit == "ILO/Li Ming"
    # The teaser needs a new revision of its story; the credit lives on the image.
    assert written() == {**before, "revisions": before["revisions"] + 1}


def test_an_unpublished_story_is_published_again(seeds_dir):
    import_listing(seeds_dir / "whats-new.txt")
    story = StoryPage.objects.get(title="ILO/NBS Workshop on Labour Statistics")
    story.unpublish()

    lines = import_listing(seeds_dir / "whats-new.txt")

    assert lines[0] == "What's new: 10 stories — 0 created, 1 updated, 9 unchanged."
    assert StoryPage.objects.get(pk=story.pk).live


def test_a_dry_run_reports_the_import_and_writes_nothing(seeds_dir):
    before, images = written(), stored_images()

    lines = import_listing(seeds_dir / "news-and-press-releases.txt", "--dry-run")

    assert lines == [
        "News and press releases: 20 stories — 20 created, 0 updated, 0 unchanged.",
        "Dry run: nothing was written.",
        "/en/press-releases/",
    ]
    assert written() == before
    assert stored_images() == images
    assert not HomePage.objects.exists()


def test_a_dry_run_counts_what_would_change(seeds_dir, tmp_path):
    seed = seeds_dir / "whats-new.txt"
    import_listing(seed)
    before = written()
    changed = tmp_path / "whats-new.txt"
    changed.write_text(
        seed.read_text(encoding="utf-8").replace("  1. News", "  1. Decent work"),
        encoding="utf-8",
    )

    lines = import_listing(changed, "--dry-run")

    assert lines[0] == "What's new: 10 stories — 0 created, 1 updated, 9 unchanged."
    assert written() == before
    assert whats_new(locale()).first().kicker == ""


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("not-a-real-date.txt", "Line 7: “31 February 2021” is not a real date."),
        ("numbering-gap.txt", "Line 11: item 4 follows item 2;"),
        ("press-releases-restart-same-year.txt", "Line 11: item 1 starts the numbering again"),
        ("not-utf8.txt", "Line 5: the file is not UTF-8 text"),
        ("empty.txt", "The file is empty;"),
    ],
)
def test_a_malformed_file_stops_the_import_before_anything_is_written(files_dir, name, message):
    before, images = written(), stored_images()

    with pytest.raises(CommandError) as refused:
        import_listing(files_dir / "malformed" / name)

    assert str(refused.value).startswith(message)
    assert written() == before
    assert stored_images() == images
    assert not StoryPage.objects.exists()


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        import_listing(tmp_path / "whats-new.txt")


def test_an_item_that_cannot_be_stored_stops_the_whole_import(files_dir):
    with pytest.raises(CommandError) as refused:
        import_listing(files_dir / "malformed" / "title-too-long.txt")

    assert str(refused.value) == (
        "Line 3: the title of item 1 is 314 characters long; it can be at most 255."
    )
    assert not StoryPage.objects.exists()
    assert not HomePage.objects.exists()


def test_a_story_cannot_change_its_kind_and_the_file_is_refused_whole(seeds_dir, tmp_path):
    import_listing(seeds_dir / "whats-new.txt")
    before = written()
    clash = tmp_path / "whats-new.txt"
    clash.write_text(
        "What's new\n\n"
        "  1. Event\n\n    A meeting announced today\n\n"
        "  2. Event\n\n    ILO and China endorse a new decent work country programme\n\n"
        "    28 March 2017\n",
        encoding="utf-8",
    )

    with pytest.raises(CommandError) as refused:
        import_listing(clash)

    assert str(refused.value).startswith(
        "Line 7: the story “ILO and China endorse a new decent work country programme” already "
        "exists with the kind “News”, but this file gives it the kind “Event”;"
    )
    assert written() == before
    assert not StoryPage.objects.filter(title="A meeting announced today").exists()


def test_undated_items_before_the_first_date_keep_their_place(files_dir):
    path = files_dir / "whats-new-leading-undated.txt"
    listing = read_listing_file(path)

    import_listing(path)

    stories = list(whats_new(locale()))
    assert [story.title for story in stories] == [item.title for item in listing.items]
    assert [story.shown_date for story in stories] == [
        None,
        None,
        date(2019, 5, 6),
        None,
        date(2019, 5, 2),
    ]
    assert import_listing(path)[0] == "What's new: 5 stories — 0 created, 0 updated, 5 unchanged."


def test_ranges_are_shown_as_ranges_and_the_heading_and_intro_are_the_files(files_dir):
    lines = import_listing(files_dir / "whats-new-ranges.txt")

    assert lines == [
        "What’s new: 3 stories — 3 created, 0 updated, 0 unchanged.",
        "The listing page now shows the file's heading and introduction.",
        "/en/whats-new/",
    ]
    stories = list(whats_new(locale()))
    assert [story.shown_range for story in stories] == [
        (date(2021, 10, 6), date(2021, 10, 8)),
        (date(2019, 9, 14), date(2019, 12, 31)),
        (date(2019, 7, 1), date(2022, 6, 30)),
    ]
    assert isinstance(stories[2].specific, ProjectPage)
    page = WhatsNewPage.objects.get()
    assert (page.title, page.intro) == (
        "What’s new",
        "Events and projects of the office, newest first.",
    )
    assert import_listing(files_dir / "whats-new-ranges.txt")[:2] == [
        "What’s new: 3 stories — 0 created, 0 updated, 3 unchanged.",
        "/en/whats-new/",
    ]


def test_a_file_without_dates_keeps_its_times_when_imported_later(files_dir, monkeypatch):
    path = files_dir / "whats-new-undated.txt"
    import_listing(path)
    times = [story.published_at for story in whats_new(locale())]
    later = timezone.now() + timedelta(hours=3)
    monkeypatch.setattr(timezone, "now", lambda: later)

    lines = import_listing(path)

    assert lines[0] == "What's new: 2 stories — 0 created, 0 updated, 2 unchanged."
    assert [story.published_at for story in whats_new(locale())] == times


def test_stories_with_the_same_title_get_their_own_addresses(files_dir):
    path = files_dir / "whats-new-same-title.txt"

    import_listing(path)

    assert [story.slug for story in whats_new(locale())] == [
        "tripartite-meeting-on-labour-migration",
        "tripartite-meeting-on-labour-migration-2",
    ]
    assert import_listing(path)[0] == "What's new: 2 stories — 0 created, 0 updated, 2 unchanged."


def test_each_year_group_files_its_stories_under_its_year(files_dir, client):
    lines = import_listing(files_dir / "press-releases-two-years.txt")

    stories = list(press_releases(locale()))
    assert [(story.year, story.shown_date) for story in stories] == [
        (2020, date(2020, 12, 28)),
        (2020, date(2020, 3, 10)),
        (2019, date(2019, 4, 11)),
    ]
    assert stories[0].image.credit == "ILO/Zhang Wei"
    assert [story.title for story in press_releases(locale(), year=2019)] == [
        "ILO and China mark a century of social justice"
    ]
    assert client.get(lines[-1]).status_code == 200


def test_a_file_named_relative_to_the_working_folder_is_read(seeds_dir, monkeypatch):
    monkeypatch.chdir(seeds_dir)

    lines = import_listing(Path("whats-new.txt"))

    assert lines[-1] == "/en/whats-new/"


def shown_on_a_fresh_site(path: Path, client) -> dict[str, object]:
    """What the site shows after importing ``path`` into an empty database, which is then
    emptied again: the report, the stories of each year and the press-release pages."""
    with transaction.atomic():
        lines = import_listing(path)
        shown = {
            "report": lines,
            "stories": [
                (story.year, story.title, story.shown_date, story.published_at, story.slug)
                for story in press_releases(locale())
            ],
            "pages": {
                address: client.get(address).content.decode()
                for address in ("/en/press-releases/", "/en/press-releases/2020/")
            },
        }
        transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()
    return shown


def test_a_listing_that_lost_its_year_headings_shows_as_the_one_with_them(files_dir, client):
    with_years = shown_on_a_fresh_site(files_dir / "press-releases-with-years.txt", client)
    without_years = shown_on_a_fresh_site(files_dir / "press-releases-without-years.txt", client)

    assert without_years == with_years
    assert [year for year, *_ in with_years["stories"]] == [2021] * 3 + [2020] * 4 + [2019] * 2
    assert "Social partners in Mongolia sign" in with_years["pages"]["/en/press-releases/2020/"]
    assert not StoryPage.objects.exists()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("press-releases-with-years.txt", "press-releases-without-years.txt"),
        ("press-releases-without-years.txt", "press-releases-with-years.txt"),
    ],
)
def test_importing_the_other_form_of_a_year_listing_changes_nothing(files_dir, first, second):
    import_listing(files_dir / first)
    before = written()
    shown = [(story.pk, story.year, story.published_at) for story in press_releases(locale())]

    lines = import_listing(files_dir / second)

    assert lines[0] == "News and press releases: 9 stories — 0 created, 0 updated, 9 unchanged."
    assert written() == before
    assert [
        (story.pk, story.year, story.published_at) for story in press_releases(locale())
    ] == shown

"""``manage.py import_listing`` for events, projects, publications, videos, statements and a
country's page: what each item becomes, again without change, or not at all."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Locale, Page, Revision

from newsroom.events.models import EventPage
from newsroom.home.models import HomePage
from newsroom.projects.models import ProjectPage
from newsroom.publications.models import PublicationPage
from newsroom.publications.selectors import publications, year_groups
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import NewsPage, StatementPage, StoryPage
from newsroom.taxonomy.models import Country
from newsroom.videos.models import VideoPage

pytestmark = pytest.mark.django_db

SAMPLES = [
    ("events.txt", "Events and meetings", 6, "/en/events/"),
    ("projects.txt", "Projects", 5, "/en/projects/"),
    ("publications.txt", "Publications", 3, "/en/publications/"),
    ("publications-some-years-lost.txt", "Publications", 7, "/en/publications/"),
    ("videos.txt", "Video and audio stories", 3, "/en/videos/"),
    ("statements.txt", "Statements and speeches", 3, "/en/statements/"),
    ("china-resources.txt", "China resources", 8, "/en/countries/china/"),
]


def import_listing(*args: object) -> list[str]:
    out = StringIO()
    call_command("import_listing", *(str(arg) for arg in args), stdout=out)
    return out.getvalue().splitlines()


def written() -> dict[str, int]:
    return {"pages": Page.objects.count(), "revisions": Revision.objects.count()}


@pytest.mark.parametrize(("name", "heading", "count", "path"), SAMPLES)
def test_each_listing_is_imported_then_unchanged_when_imported_again(
    files_dir, name, heading, count, path
):
    first = import_listing(files_dir / name)
    before = written()
    order = list(StoryPage.objects.order_by("-published_at").values_list("pk", flat=True))

    again = import_listing(files_dir / name)

    assert first[0] == (f"{heading}: {count} stories — {count} created, 0 updated, 0 unchanged.")
    assert first[-1] == again[-1] == path
    assert again[0] == f"{heading}: {count} stories — 0 created, 0 updated, {count} unchanged."
    assert written() == before
    assert list(StoryPage.objects.order_by("-published_at").values_list("pk", flat=True)) == order


@pytest.mark.parametrize(("name", "heading", "count", "path"), SAMPLES)
def test_a_dry_run_writes_nothing(files_dir, name, heading, count, path):
    lines = import_listing(files_dir / name, "--dry-run")

    assert lines[0] == f"{heading}: {count} stories — {count} created, 0 updated, 0 unchanged."
    assert "Dry run: nothing was written." in lines
    assert lines[-1] == path
    assert not StoryPage.objects.exists()
    assert not HomePage.objects.exists()
    assert not Country.objects.exists()


def test_events_keep_their_days_venue_and_online_flag(files_dir):
    import_listing(files_dir / "events.txt")

    events = {event.title: event for event in EventPage.objects.all()}
    webinar = events["Webinar on employment injury protection for platform workers"]
    assert (webinar.venue, webinar.is_online) == ("", True)
    assert webinar.shown_range == (date(2021, 10, 6), date(2021, 10, 8))
    consultation = events["Tripartite consultation on the revised Labour Law of Mongolia"]
    assert (consultation.venue, consultation.is_online) == ("Ulaanbaatar, Mongolia", False)
    assert consultation.date_display == DateDisplay.DATE
    workshop = events["ILO/NBS Workshop on Labour Statistics"]
    assert (workshop.date_start, workshop.date_display) == (None, DateDisplay.NONE)
    # The undated past event sorts last among the past ones: by its publication, the oldest.
    assert workshop.published_at == min(event.published_at for event in events.values())


def test_a_hybrid_event_stays_online_when_its_listing_shows_only_its_venue(files_dir):
    import_listing(files_dir / "events.txt")
    consultation = EventPage.objects.get(title__startswith="Tripartite consultation")
    consultation.is_online = True
    consultation.save_revision().publish()

    lines = import_listing(files_dir / "events.txt")

    assert lines[0].endswith("0 created, 0 updated, 6 unchanged.")
    assert EventPage.objects.get(pk=consultation.pk).is_online


def test_projects_keep_their_duration_and_funder(files_dir):
    import_listing(files_dir / "projects.txt")

    projects = {project.title: project for project in ProjectPage.objects.all()}
    herders = projects[
        "Extending social protection to herders with enhanced shock responsiveness in Mongolia"
    ]
    assert herders.funder == "Joint SDG Fund"
    assert herders.shown_range == (date(2020, 1, 1), date(2022, 12, 31))
    skills = projects["Skills for trade and economic diversification in Mongolia"]
    assert (skills.date_start, skills.date_end, skills.funder) == (date(2019, 3, 1), None, "")


def test_publications_whose_file_is_still_to_upload_are_named(files_dir):
    lines = import_listing(files_dir / "publications.txt")

    assert lines[1:5] == [
        "The listing page now shows the file's heading and introduction.",
        "2 publications show a document the import cannot bring; upload their files in the admin:",
        "- “Employment injury protection for platform workers in China: a review of pilot "
        "schemes” (PDF, 1.2 MB)",
        "- “Decent Work Country Programme for Mongolia 2019–2021” (PDF, 2.4 MB)",
    ]
    assert PublicationPage.objects.count() == 3
    assert not PublicationPage.objects.filter(document__isnull=False).exists()


def test_publications_whose_year_headings_were_lost_are_listed_under_their_years(
    files_dir, tmp_path, client
):
    lost = files_dir / "publications-some-years-lost.txt"
    written_out = tmp_path / "publications.txt"
    written_out.write_text(
        lost.read_text(encoding="utf-8")
        .replace("  1. Factsheet", "2020\n\n  1. Factsheet")
        .replace("  1. The future of work", "2017\n\n  1. The future of work"),
        encoding="utf-8",
    )
    import_listing(lost)

    groups = year_groups(list(publications(Locale.get_default())))

    assert [(year, len(stories)) for year, stories in groups] == [
        (2021, 2),
        (2020, 2),
        (2018, 1),
        (2017, 2),
    ]
    # Undated, at the top of its year: published within it, so listed under it.
    factsheet = groups[1][1][0]
    assert factsheet.title == "Factsheet: women and men in Mongolia's labour market"
    assert (factsheet.date_start, factsheet.year) == (None, 2020)
    assert import_listing(written_out)[0] == (
        "Publications: 7 stories — 0 created, 0 updated, 7 unchanged."
    )
    html = client.get("/en/publications/").content.decode()
    assert html.index("Factsheet: women and men") < html.index("Social protection for herders")


def test_videos_keep_their_duration_and_an_untitled_video_hides_its_title(files_dir):
    import_listing(files_dir / "videos.txt")

    untitled = VideoPage.objects.get(show_title=False)
    assert untitled.title == "Video of 08 November 2016"
    assert untitled.duration == timedelta(minutes=12, seconds=28)
    assert untitled.teaser.startswith("Herders, miners and factory workers")
    assert VideoPage.objects.filter(show_title=True).count() == 2


def test_untitled_videos_of_one_day_are_matched_again_by_teaser_then_position(files_dir, tmp_path):
    path = files_dir / "videos-untitled-same-day.txt"
    import_listing(path)
    pks = list(VideoPage.objects.order_by("-published_at").values_list("pk", flat=True))
    renamed = VideoPage.objects.get(pk=pks[0])
    # An editor names it in the admin; the listing still shows it without a title.
    renamed.title = "Voices of decent work in Mongolia"
    renamed.save_revision().publish()
    changed = tmp_path / "videos.txt"
    changed.write_text(
        path.read_text(encoding="utf-8").replace("00:02:10\n\n  3.", "00:02:11\n\n  3."),
        encoding="utf-8",
    )

    lines = import_listing(changed)

    assert lines[0] == "Video and audio stories: 3 stories — 0 created, 1 updated, 2 unchanged."
    videos = list(VideoPage.objects.order_by("-published_at"))
    assert [video.pk for video in videos] == pks
    assert videos[0].title == "Voices of decent work in Mongolia"
    assert [video.duration.total_seconds() for video in videos] == [748, 131, 130]


def test_statements_keep_an_editorial_kicker(files_dir):
    import_listing(files_dir / "statements.txt")

    assert sorted(StatementPage.objects.values_list("kicker", flat=True)) == [
        "",
        "",
        "World Day against Child Labour",
    ]


def test_a_country_page_files_every_item_under_its_country_in_its_month(files_dir):
    import_listing(files_dir / "china-resources.txt")

    china = Country.objects.get(slug="china")
    stories = list(StoryPage.objects.order_by("-published_at"))
    assert all(list(story.countries.all()) == [china] for story in stories)
    assert [story.kind for story in stories] == [
        Kind.PUBLICATION,
        Kind.NEWS,
        Kind.PROJECT,
        Kind.EVENT,
        Kind.PUBLICATION,
        Kind.PROJECT,
        Kind.NEWS,
        Kind.PRESS_RELEASE,
    ]
    months = [timezone.localtime(story.published_at).strftime("%Y-%m") for story in stories]
    assert months == ["2021-11"] * 3 + ["2021-10"] * 3 + ["2019-06"] * 2
    assert stories[5].date_display == DateDisplay.NONE
    project = stories[2].specific
    assert project.shown_range == (date(2019, 7, 1), date(2022, 6, 30))
    assert NewsPage.objects.get(kicker="World Day for Safety and Health at Work").shown_date == (
        date(2019, 6, 28)
    )


def test_a_country_page_adds_its_country_and_keeps_the_others(files_dir):
    import_listing(files_dir / "publications.txt")
    guide = PublicationPage.objects.get(title__startswith="A guide to the ILO")
    mongolia = Country.objects.get(slug="mongolia")
    guide.countries.add(mongolia)
    guide.save_revision().publish()

    import_listing(files_dir / "china-resources.txt")

    guide = PublicationPage.objects.get(pk=guide.pk)
    assert sorted(country.slug for country in guide.countries.all()) == ["china", "mongolia"]
    assert PublicationPage.objects.count() == 3


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "unknown-country.txt",
            "Line 1: the heading “Japan resources” names the country “Japan”, which this site "
            "does not have (it has: China, Mongolia);",
        ),
        (
            "statements-kicker-of-another-kind.txt",
            "Line 9: the kicker “News” of item 2 names another kind of story; every item of "
            "Statements and speeches is of the kind “Statement”.",
        ),
        ("events-upcoming-out-of-order.txt", "Line 9: item 2, “Webinar on employment"),
    ],
)
def test_a_listing_that_cannot_be_published_writes_nothing(files_dir, name, message):
    with pytest.raises(CommandError) as refused:
        import_listing(files_dir / "malformed" / name)

    assert str(refused.value).startswith(message)
    assert not StoryPage.objects.exists()
    assert not HomePage.objects.exists()

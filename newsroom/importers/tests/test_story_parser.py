"""Reading item pages: every form of docs/text-forms.md, and each fault with its line."""

from datetime import date, timedelta

import pytest

from newsroom.importers.story_parser import StoryError, parse_story, read_story_file
from newsroom.stories.kinds import Kind


@pytest.fixture
def stories_dir(files_dir):
    return files_dir / "stories"


def test_a_press_release_has_kicker_title_standfirst_byline_with_place_and_body(stories_dir):
    story = read_story_file(stories_dir / "press-release.txt")

    assert story.kind == Kind.PRESS_RELEASE
    # The kind's label is not stored as a kicker, so that it shows in every language.
    assert story.kicker == ""
    assert story.title == "ILO and China mark a century of social justice"
    assert story.standfirst.startswith("The ILO’s centenary is celebrated in Beijing")
    assert (story.place, story.date_start, story.date_end) == (
        "Beijing, China",
        date(2019, 4, 11),
        None,
    )
    assert len(story.body) == 3
    assert story.body[1].startswith("“For a hundred years the ILO")


def test_news_without_place_or_standfirst(stories_dir):
    story = read_story_file(stories_dir / "news.txt")

    assert (story.kind, story.place, story.standfirst) == (Kind.NEWS, "", "")
    assert story.date_start == date(2021, 6, 7)
    assert story.body[0].startswith("The State Great Khural of Mongolia")


def test_a_statement_names_its_speaker(stories_dir):
    story = read_story_file(stories_dir / "statement.txt")

    assert story.kind == Kind.STATEMENT
    assert story.speaker == ("Mr Tim De Meyer, Director, ILO Country Office for China and Mongolia")
    assert story.standfirst.startswith("Remarks at the national tripartite conference")
    assert story.place == "Ulaanbaatar, Mongolia"


def test_an_event_has_its_days_and_venue_in_place_of_a_byline(stories_dir):
    story = read_story_file(stories_dir / "event.txt")

    assert story.kind == Kind.EVENT
    assert (story.date_start, story.date_end) == (date(2015, 10, 13), date(2015, 10, 14))
    assert (story.venue, story.is_online, story.place) == ("Beijing, China", None, "")
    assert story.standfirst == ""
    assert len(story.body) == 2


def test_a_project_has_its_duration_and_funder(stories_dir):
    story = read_story_file(stories_dir / "project.txt")

    assert story.kind == Kind.PROJECT
    assert (story.date_start, story.date_end) == (date(2020, 1, 1), date(2022, 12, 31))
    assert story.funder == "Joint SDG Fund"
    assert story.venue is None
    assert story.standfirst.startswith("A United Nations joint programme")


def test_a_video_has_its_date_issued_and_duration(stories_dir):
    story = read_story_file(stories_dir / "video.txt")

    assert story.kind == Kind.VIDEO
    assert story.date_start == date(2016, 11, 8)
    assert story.duration == timedelta(minutes=12, seconds=28)


def test_a_publication_has_its_isbn_and_document_line(stories_dir):
    story = read_story_file(stories_dir / "publication.txt")

    assert story.kind == Kind.PUBLICATION
    assert (story.isbn, story.document) == ("978-92-2-035621-0", "PDF, 1.2 MB")
    assert story.body[0].startswith("Millions of delivery riders")


def test_two_paragraphs_before_the_byline_are_a_title_and_a_standfirst_unless_a_kind_leads():
    story = parse_story("A title\n\nA standfirst.\n\nFeature | 03 May 2021\n\nBody.\n")

    assert (story.kind, story.kicker, story.title, story.standfirst) == (
        Kind.FEATURE,
        "",
        "A title",
        "A standfirst.",
    )


def test_three_paragraphs_before_the_byline_have_an_editorial_kicker():
    story = parse_story(
        "World Day for Safety and Health at Work\n\nA title\n\nA standfirst.\n\n"
        "News | 28 April 2021\n"
    )

    assert (story.kicker, story.title, story.standfirst) == (
        "World Day for Safety and Health at Work",
        "A title",
        "A standfirst.",
    )
    assert story.body == []


def test_an_event_without_its_days_is_a_kicker_a_title_and_a_body():
    story = parse_story("Event\n\nILO/NBS Workshop on Labour Statistics\n\nDate to come.\n")

    assert (story.kind, story.title, story.date_start, story.venue) == (
        Kind.EVENT,
        "ILO/NBS Workshop on Labour Statistics",
        None,
        None,
    )
    assert story.body == ["Date to come."]


def test_an_online_event_and_a_project_known_by_its_funder_alone():
    online = parse_story("Webinar on platform work\n\n6 - 8 October 2021 | Online\n")
    funded = parse_story("Skills for trade\n\nFunder: European Union\n\nBody.\n")

    assert (online.kind, online.venue, online.is_online) == (Kind.EVENT, "", True)
    assert (funded.kind, funded.funder, funded.date_start) == (
        Kind.PROJECT,
        "European Union",
        None,
    )


def test_the_old_addresss_section_gives_the_kind_the_text_does_not():
    text = "Skills for trade and economic diversification\n\n1 March 2019 - 28 February 2023\n"

    with pytest.raises(StoryError, match="the kind of the story cannot be told"):
        parse_story(text)
    story = parse_story(text, section_kind=Kind.PROJECT)

    assert story.kind == Kind.PROJECT
    # The text's own kind comes first.
    news = parse_story("News\n\nA title\n\nNews | 07 June 2021\n", section_kind=Kind.EVENT)
    assert news.kind == Kind.NEWS


@pytest.mark.parametrize(
    ("name", "line", "message"),
    [
        ("event-with-byline.txt", 5, "an event has no byline"),
        ("speaker-on-news.txt", 5, "only a statement names its speaker"),
        ("kind-unknown.txt", 1, "the kind of the story cannot be told"),
        ("video-bad-duration.txt", 5, "does not give a duration as hours, minutes and seconds"),
        ("not-a-real-date.txt", 5, "“31 April 2019” is not a real date."),
        ("venue-and-funder.txt", 7, "an event's venue and a project's funder stand together"),
    ],
)
def test_a_malformed_story_is_refused_at_the_faulty_line(stories_dir, name, line, message):
    with pytest.raises(StoryError) as refused:
        read_story_file(stories_dir / "malformed" / name)

    assert refused.value.line == line
    assert message in refused.value.message
    assert str(refused.value).startswith(f"Line {line}: ")


def test_an_empty_story_file_is_refused_as_a_whole(stories_dir):
    with pytest.raises(StoryError) as refused:
        read_story_file(stories_dir / "malformed" / "empty.txt")

    assert refused.value.line is None
    assert str(refused.value).startswith("The file is empty;")


def test_too_many_paragraphs_before_the_byline_are_refused():
    with pytest.raises(StoryError) as refused:
        parse_story("News\n\nA title\n\nA standfirst.\n\nAnother one.\n\nNews | 07 June 2021\n")

    assert refused.value.line == 7
    assert "the byline comes after 4 paragraphs" in refused.value.message


def test_a_story_other_than_an_event_or_project_needs_its_byline():
    with pytest.raises(StoryError) as refused:
        parse_story("News\n\nA title\n\nA body paragraph.\n")

    assert refused.value.line == 3
    assert "the story has no byline" in refused.value.message

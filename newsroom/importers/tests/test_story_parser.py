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
    assert story.body[1][0].startswith("“For a hundred years the ILO")


def test_news_without_place_or_standfirst(stories_dir):
    story = read_story_file(stories_dir / "news.txt")

    assert (story.kind, story.place, story.standfirst) == (Kind.NEWS, "", "")
    assert story.date_start == date(2021, 6, 7)
    assert story.body[0][0].startswith("The State Great Khural of Mongolia")


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
    assert story.body[0][0].startswith("Millions of delivery riders")


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
    assert story.body == [["Date to come."]]


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


def test_a_story_of_any_kind_may_have_no_byline_and_then_no_date():
    story = parse_story("News\n\nA title\n\nA standfirst.\n\nA body paragraph.\n")

    assert (story.kind, story.title, story.standfirst, story.date_start, story.place) == (
        Kind.NEWS,
        "A title",
        "A standfirst.",
        None,
        "",
    )
    assert story.body == [["A body paragraph."]]


def test_a_file_may_start_with_its_old_address_whose_section_gives_the_kind():
    story = parse_story(
        "URL: http://www.ilo.org/beijing/what-we-do/events-and-meetings/WCMS_627549/lang--en/"
        "index.htm\n\nImproving the Safety and Health of Young Workers in China\n\n"
        "ILO and its partners organize an event.\n\nThe body.\n"
    )

    assert story.kind == Kind.EVENT
    assert story.legacy_url.endswith("/WCMS_627549/lang--en/index.htm")
    # The address's line is not the title's: line numbers stay the file's.
    assert (story.title_line, story.title) == (
        3,
        "Improving the Safety and Health of Young Workers in China",
    )


def test_an_address_of_a_section_of_every_kind_makes_an_undated_page_a_news_item():
    story = parse_story(
        "URL: https://ilo.org/beijing/information-resources/public-information/WCMS_816069/"
        "lang--en/index.htm\n\nA workshop\nIts standfirst\n\nThe body.\n"
    )

    assert (story.kind, story.standfirst, story.date_start) == (Kind.NEWS, "Its standfirst", None)


def test_a_malformed_address_line_is_refused_at_line_one():
    with pytest.raises(StoryError) as refused:
        parse_story("URL: http://www.ilo.org/beijing/index.htm\n\nA title\n\nNews | 07 June 2021\n")

    assert refused.value.line == 1
    assert "is not the old address of an item page" in refused.value.message


def test_a_byline_followed_without_a_blank_line_by_a_dateline_and_the_body():
    story = parse_story(
        "Ratifying Convention No.29 is a priority\n\nThe Ministry said so.\n\n"
        "Press release | Beijing, China | 30 April 2014\nBEIJING (ILO News)\n\n"
        "The Ministry and the ILO organized a workshop.\n"
    )

    assert (story.kind, story.place, story.date_start) == (
        Kind.PRESS_RELEASE,
        "Beijing, China",
        date(2014, 4, 30),
    )
    assert story.body == [
        ["BEIJING (ILO News)"],
        ["The Ministry and the ILO organized a workshop."],
    ]


def test_a_speech_keeps_its_addressees_as_lines_and_its_topic_above_the_title():
    story = parse_story(
        "Social protection\n\nOpening address at the Forum on Work Safety\n\n"
        "By Ms. Deborah Greenfield, Deputy Director-General\n\n"
        "Statement | Beijing, China | 27 September 2016\n"
        "Your Excellency Vice General-Secretary,\nDistinguished Guests,\nLadies and Gentlemen,\n\n"
        "Thank you.\n"
    )

    assert (story.kind, story.kicker, story.title) == (
        Kind.STATEMENT,
        "Social protection",
        "Opening address at the Forum on Work Safety",
    )
    assert story.speaker == "Ms. Deborah Greenfield, Deputy Director-General"
    assert story.body[0] == [
        "Your Excellency Vice General-Secretary,",
        "Distinguished Guests,",
        "Ladies and Gentlemen,",
    ]


def test_a_byline_that_names_no_kind_keeps_its_label_and_the_section_gives_the_kind():
    story = parse_story(
        "Briefing Note\n\nConference paper | Ulaanbaatar, Mongolia | 16 November 2015\n"
        "Contact(s): Ms. Bolormaa Purevsuren\nThis briefing note summarizes the workshop.\n",
        section_kind=Kind.PUBLICATION,
    )

    assert (story.kind, story.label, story.title) == (
        Kind.PUBLICATION,
        "Conference paper",
        "Briefing Note",
    )
    assert story.date_start == date(2015, 11, 16)


def test_a_videos_metadata_line_followed_by_its_description():
    story = parse_story(
        "Decent work for domestic workers\n\n"
        "Date issued: 08 November 2016 | Size/duration: 00:12:28\nA film about domestic work.\n"
    )

    assert (story.kind, story.date_start, story.duration) == (
        Kind.VIDEO,
        date(2016, 11, 8),
        timedelta(minutes=12, seconds=28),
    )
    assert story.body == [["A film about domestic work."]]


def test_a_title_in_mongolian_on_an_english_page_is_kept():
    story = parse_story("Хөдөлмөрийн аюулгүй байдал\n\nNews | 07 June 2021\n\nThe body.\n")

    assert story.title == "Хөдөлмөрийн аюулгүй байдал"


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r"])
def test_the_old_address_line_ends_as_any_line_of_the_file(line_break):
    text = line_break.join(
        [
            "URL: /beijing/press-releases/WCMS_688941/lang--en/index.htm",
            "",
            "Happy birthday ILO!",
            "",
            "Press release | Beijing, China | 11 April 2019",
            "",
            "On 11 April 1919, the ILO Constitution was adopted.",
        ]
    )

    story = parse_story(text)

    assert (story.legacy_url, story.title_line, story.kind) == (
        "/beijing/press-releases/WCMS_688941/lang--en/index.htm",
        3,
        Kind.PRESS_RELEASE,
    )

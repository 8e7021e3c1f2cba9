"""The head of an item page as the real archive writes it: kicker or topic, title, standfirst,
the picture's caption and credit, a statement's speaker — with or without a byline below."""

import pytest

from newsroom.importers.errors import StoryError
from newsroom.importers.story_head import (
    Line,
    caption_of,
    paragraph_lines,
    read_head,
    read_open_head,
    reads_as_kicker,
)


def head_lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, start=1)]


@pytest.mark.parametrize(
    ("first", "second", "kicker"),
    [
        # A topic line above the title.
        ("Social protection", "Extending Social Protection to Herders", True),
        (
            "Labour market policy and high-quality development",
            "ILO Symposium advances integration of labour market policies",
            True,
        ),
        ("Event", "A workshop", True),
        # A title above its standfirst, which ends as a sentence does.
        ("Mongolia celebrates 50th anniversary", "Today marks 50 years since it joined.", False),
        # A long first line is a title.
        (
            "New challenges: Resolution of labour disputes arising from new types of employment",
            "ILO and the tripartite constituents in China explore good practices of labour "
            "disputes resolution between workers and labour platforms",
            False,
        ),
    ],
)
def test_a_line_above_the_title_is_a_kicker_when_it_reads_as_one(first, second, kicker):
    assert reads_as_kicker(first, second) is kicker


def test_the_pictures_caption_line_gives_its_caption_and_credit():
    assert caption_of("A woman worker in China. © Shutterstock") == (
        "A woman worker in China.",
        "Shutterstock",
    )
    assert caption_of("© ILO 2017") == ("", "ILO 2017")
    assert caption_of("A title without a credit") is None


def test_a_head_above_a_byline_with_topic_caption_and_speaker():
    head = read_head(
        head_lines(
            "Social protection",
            "Opening address",
            "Remarks at the forum.",
            "The Deputy Director-General at the forum. © ILO 2016",
            "By Ms. Deborah Greenfield, Deputy Director-General",
        )
    )

    assert head.kicker.text == "Social protection"
    assert (head.title.text, head.standfirst.text) == ("Opening address", "Remarks at the forum.")
    assert (head.caption, head.credit) == ("The Deputy Director-General at the forum.", "ILO 2016")
    assert head.speaker.text.startswith("By Ms. Deborah")


def test_more_than_a_head_above_a_byline_is_refused_at_the_line_too_many():
    with pytest.raises(StoryError) as refused:
        read_head(head_lines("Kicker", "Title", "Standfirst.", "Another paragraph."))

    assert refused.value.line == 4
    assert "the byline comes after 4 paragraphs" in refused.value.message


def test_without_a_byline_the_title_and_its_standfirst_may_share_a_paragraph():
    head, body = read_open_head(
        paragraph_lines("A title\nIts standfirst, on the next line\n\nThe body.\n\nMore.\n")
    )

    assert (head.title.text, head.standfirst.text, head.kicker) == (
        "A title",
        "Its standfirst, on the next line",
        None,
    )
    assert [[line.text for line in paragraph] for paragraph in body] == [["The body."], ["More."]]


def test_without_a_byline_a_topic_title_standfirst_and_caption_open_the_page():
    head, body = read_open_head(
        paragraph_lines(
            "European Union and ILO\n\n"
            "Improving China's Institutional Capacity towards Universal Social Protection\n\n"
            "The project is financed by the European Union.\n\n"
            "A woman worker in China. © Shutterstock\n\n"
            "Background\n\nThe collaboration.\n"
        )
    )

    assert head.kicker.text == "European Union and ILO"
    assert head.title.text.startswith("Improving China's")
    assert head.standfirst.text == "The project is financed by the European Union."
    assert (head.caption, head.credit) == ("A woman worker in China.", "Shutterstock")
    assert [paragraph[0].text for paragraph in body] == ["Background", "The collaboration."]


def test_without_a_byline_a_last_single_paragraph_is_body_not_standfirst():
    head, body = read_open_head(paragraph_lines("A workshop\n\nDate to come.\n"))

    assert head.standfirst is None
    assert [[line.text for line in paragraph] for paragraph in body] == [["Date to come."]]

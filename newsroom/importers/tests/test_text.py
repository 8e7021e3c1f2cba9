"""Reading a file of the old site as text, and cutting it into paragraphs that keep their line."""

import pytest

from newsroom.importers.errors import ListingError
from newsroom.importers.text import Paragraph, read_text, split_paragraphs


def test_a_missing_file_is_named(tmp_path):
    missing = tmp_path / "whats-new.txt"

    with pytest.raises(ListingError) as refused:
        read_text(missing)

    assert str(refused.value) == f"The file “{missing}” does not exist."


def test_a_folder_is_not_a_listing(tmp_path):
    with pytest.raises(ListingError, match="is a folder, not a file to import"):
        read_text(tmp_path)


def test_the_byte_order_mark_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "whats-new.txt"
    path.write_bytes("\ufeffWhat's new\n".encode())

    assert read_text(path) == "What's new\n"


def test_text_that_is_not_utf8_is_refused_at_the_line_of_its_first_unreadable_byte(tmp_path):
    path = tmp_path / "whats-new.txt"
    path.write_bytes("What's new\r\n\r\n1. News\n\nCaf\xe9".encode("latin-1"))

    with pytest.raises(ListingError) as refused:
        read_text(path)

    assert refused.value.line == 5
    assert refused.value.message.startswith(
        "the file is not UTF-8 text (the byte 0xE9 cannot be read)"
    )


def test_blank_lines_part_paragraphs_and_each_keeps_the_line_it_starts_on():
    text = "Heading\n\n\n  1. News\n\n    A title written\n    on two lines\n   \n  Teaser\n"

    assert split_paragraphs(text) == [
        Paragraph(1, "Heading", ("Heading",)),
        Paragraph(4, "1. News", ("1. News",)),
        Paragraph(6, "A title written on two lines", ("A title written", "on two lines")),
        Paragraph(9, "Teaser", ("Teaser",)),
    ]


def test_windows_and_old_mac_line_ends_count_as_one_break_each():
    assert split_paragraphs("One\r\ntwo\r\n\r\nThree\rfour\r\rFive") == [
        Paragraph(1, "One two", ("One", "two")),
        Paragraph(4, "Three four", ("Three", "four")),
        Paragraph(7, "Five", ("Five",)),
    ]


def test_a_blank_text_has_no_paragraphs():
    assert split_paragraphs("  \n\n\t\n") == []

"""The error that refuses a file: its message, after the line it names when it names one."""

from newsroom.importers.errors import ListingError, StoryError


def test_a_fault_of_a_line_names_it_before_the_message():
    error = ListingError(7, "“31 February 2021” is not a real date.")

    assert (error.line, error.message) == (7, "“31 February 2021” is not a real date.")
    assert str(error) == "Line 7: “31 February 2021” is not a real date."


def test_a_fault_of_the_whole_file_is_its_message_alone():
    assert str(ListingError(None, "The file is empty.")) == "The file is empty."


def test_a_story_error_is_caught_where_a_listing_error_is():
    error = StoryError(3, "an event has no byline.")

    assert isinstance(error, ListingError)
    assert str(error) == "Line 3: an event has no byline."

"""An item page's body paragraphs made rich text: line breaks, bulleted and numbered lists."""

from newsroom.importers.body import body_blocks, paragraph_html


def test_single_line_breaks_are_kept_as_line_breaks():
    assert paragraph_html(["Distinguished Guests,", "Ladies & Gentlemen,"]) == (
        "<p>Distinguished Guests,<br/>Ladies &amp; Gentlemen,</p>"
    )


def test_bulleted_lines_are_a_list_between_the_text_around_them():
    html = paragraph_html(
        ["The sessions focused on:", "• Wages and benefits", "•Working hours", "Then lunch."]
    )

    assert html == (
        "<p>The sessions focused on:</p><ul><li>Wages and benefits</li><li>Working hours</li>"
        "</ul><p>Then lunch.</p>"
    )


def test_lines_numbered_from_one_are_a_numbered_list_and_others_stay_text():
    assert paragraph_html(["1. Identify drivers", "2. Develop plans"]) == (
        "<ol><li>Identify drivers</li><li>Develop plans</li></ol>"
    )
    # Numbers that do not count from one are the text's own.
    assert paragraph_html(["Article:", "3. Each Member", "4. Each other"]) == (
        "<p>Article:<br/>3. Each Member<br/>4. Each other</p>"
    )
    # An asterisk is kept as written.
    assert paragraph_html(["* increase employment"]) == "<p>* increase employment</p>"


def test_each_paragraph_is_one_block():
    blocks = body_blocks([["One."], ["Two", "lines."]])

    assert [(name, value.source) for name, value in blocks] == [
        ("paragraph", "<p>One.</p>"),
        ("paragraph", "<p>Two<br/>lines.</p>"),
    ]

"""An item page's body paragraphs made rich text: line breaks, bulleted and numbered lists."""

import re

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from newsroom.core.blocks import BodyBlock
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


def test_the_admins_editor_keeps_the_line_breaks_and_lists_an_import_writes():
    """What an import writes, an editor opens and saves unchanged (the paragraph block's
    Draftail editor: Shift+Enter for a line break, its list buttons)."""
    features = BodyBlock().child_blocks["paragraph"].features
    editor = ContentstateConverter(features)
    html = paragraph_html(
        ["Focused on:", "• Wages", "• Hours", "Your Excellency,", "Ladies,", "1. One", "2. Two"]
    )

    saved = editor.to_database_format(editor.from_database_format(html))

    assert re.sub(r' data-block-key="\w+"', "", saved) == html

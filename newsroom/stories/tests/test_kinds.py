"""The kinds of story (``stories/kinds.py``) and the label each goes by, which is also its
default kicker: a kicker or byline that reads “Press release” names the kind."""

import pytest
from django.utils import translation

from newsroom.stories.kinds import Kind, kind_for_label


@pytest.mark.parametrize(
    "label, kind",
    [
        ("Press release", Kind.PRESS_RELEASE),
        ("PRESS RELEASE", Kind.PRESS_RELEASE),
        ("  press release \n", Kind.PRESS_RELEASE),
        ("News", Kind.NEWS),
        ("Statement", Kind.STATEMENT),
        ("Video", Kind.VIDEO),
        ("Project", Kind.PROJECT),
    ],
)
def test_a_label_names_its_kind_in_any_case_and_spacing(label, kind):
    assert kind_for_label(label) == kind


@pytest.mark.parametrize(
    "label", ["", "   ", "Press", "Press releases", "Opinion", "press_release"]
)
def test_what_is_not_a_label_names_no_kind(label):
    assert kind_for_label(label) is None


@pytest.mark.parametrize("language", ["en", "zh-hans", "mn"])
def test_every_kind_is_found_again_from_its_label_in_each_language(language):
    with translation.override(language):
        found = {kind: kind_for_label(str(kind.label)) for kind in Kind}

    assert found == {kind: kind for kind in Kind}


@pytest.mark.parametrize(
    "language, label",
    [("zh-hans", "新闻公报"), ("mn", "Хэвлэлийн мэдээ"), ("mn", "ХЭВЛЭЛИЙН МЭДЭЭ")],
)
def test_a_label_is_read_in_the_active_language(language, label):
    assert kind_for_label(label) is None
    with translation.override(language):
        assert kind_for_label(label) == Kind.PRESS_RELEASE

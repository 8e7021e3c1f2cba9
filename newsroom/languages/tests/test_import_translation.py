"""``import_translation``: a translator's text becomes the story's translation, as if typed in
wagtail-localize's editor; bad files are refused with a clear message and nothing written."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import TestCase
from wagtail.models import Page

from newsroom.languages.status import State, states

FILES = Path(__file__).parent / "files"
CHINESE = FILES / "press-release.zh-hans.txt"


@pytest.fixture
def release(languages):
    out = StringIO()
    call_command("import_story", str(FILES / "press-release.txt"), stdout=out)
    path = out.getvalue().strip().splitlines()[-1]
    return Page.objects.get(url_path=f"/en{path[len('/en') :]}").specific


def translate(*args) -> list[str]:
    out = StringIO()
    # The translation is published when the import's transaction commits, as in a real run.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("import_translation", *map(str, args), stdout=out)
    return out.getvalue().strip().splitlines()


def test_a_translation_file_publishes_the_translated_story(client, release):
    lines = translate(CHINESE, "--of", release.url, "--language", "zh-hans")

    assert lines[-1] == f"/zh/press-releases/{release.slug}/"
    html = client.get(lines[-1]).content.decode()
    assert '<h1 class="story__title">国际劳工组织与中国纪念社会正义百年</h1>' in html
    assert '新闻公报 | 中国北京 | <time datetime="2019-04-11">2019年4月11日</time>' in html
    assert "中国于1919年作为创始成员国加入国际劳工组织" in html
    assert "International Labour Organization" not in html
    assert states([release])[release.pk][1].state == State.UP_TO_DATE


def test_importing_again_updates_the_same_translation(release):
    translate(CHINESE, "--of", release.url, "--language", "zh-hans")
    lines = translate(CHINESE, "--of", release.url, "--language", "zh-hans")

    assert lines[0].endswith("updated.")
    assert Page.objects.filter(translation_key=release.translation_key).count() == 2


def test_a_draft_and_a_dry_run(release):
    translate(CHINESE, "--of", release.url, "--language", "mn", "--dry-run")
    assert Page.objects.filter(translation_key=release.translation_key).count() == 1

    lines = translate(CHINESE, "--of", release.url, "--language", "zh-hans", "--draft")
    assert "draft" in lines[1]
    translation = Page.objects.get(
        translation_key=release.translation_key, locale__language_code="zh-hans"
    )
    assert not translation.live


@pytest.mark.parametrize(
    "text, message",
    [
        ("Title: 只有标题\n", "give its translation on a line “Standfirst: …”"),
        ("标题\n", "Line 1: the head of a translation gives one field a line"),
        (
            CHINESE.read_text(encoding="utf-8").rsplit("\n\n", 1)[0],
            "The story's body has 3 paragraphs to translate; the file gives 2",
        ),
        (
            "Title: 标题\nStandfirst: 导语\nPlace: 北京\nSpeaker: 某人\n",
            "Line 4: the story has no speaker to translate.",
        ),
    ],
)
def test_a_malformed_file_is_refused_and_nothing_is_written(release, tmp_path, text, message):
    path = tmp_path / "translation.txt"
    path.write_text(text, encoding="utf-8")
    if "Standfirst" in message:
        path.write_text("Title: 只有标题\nPlace: 北京\n\n一\n\n二\n\n三\n", encoding="utf-8")

    with pytest.raises(CommandError, match=message):
        translate(path, "--of", release.url, "--language", "zh-hans")
    assert Page.objects.filter(translation_key=release.translation_key).count() == 1


def test_an_unknown_story_is_a_clear_error(languages):
    with pytest.raises(CommandError, match="No story is “WCMS_999999”"):
        translate(CHINESE, "--of", "WCMS_999999", "--language", "zh-hans")

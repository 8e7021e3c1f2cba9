import datetime
import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Page, expect
from wagtail.rich_text import RichText

from newsroom.stories.factories import make_story
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import local_noon
from newsroom.stories.structure import ensure_every_language

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

USERNAME = "editor"
PASSWORD = "a-long-test-password-42"
DAY = datetime.date(2021, 11, 27)


@pytest.fixture
def editor_account(db):
    return get_user_model().objects.create_superuser(USERNAME, email="", password=PASSWORD)


@pytest.fixture
def release(db):
    structures = ensure_every_language()
    return make_story(
        structures["en"],
        kind=Kind.PRESS_RELEASE,
        title="ILO welcomes new labour law",
        teaser="The law protects workers.",
        date_display=DateDisplay.DATE,
        date_start=DAY,
        published_at=local_noon(DAY),
        body=[("paragraph", RichText("<p>The new law covers every worker.</p>"))],
    )


def sign_in(page: Page) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()


def test_explore(editor_account, release, new_page):
    editor = new_page()
    sign_in(editor)
    editor.goto(f"/admin/pages/{release.pk}/edit/")
    editor.get_by_role("navigation", name="Actions").get_by_role("button", name="Actions", exact=True).click()
    editor.wait_for_timeout(500)
    open("/tmp/explore/actions.yml", "w").write(editor.get_by_role("main").aria_snapshot())
    editor.get_by_role("link", name="Translate this page").click()
    editor.wait_for_timeout(1500)
    open("/tmp/explore/submit.yml", "w").write(editor.get_by_role("main").aria_snapshot())
    editor.get_by_role("checkbox", name="Chinese").check()
    editor.get_by_role("button", name="Submit").click()
    for heading, text in (("Title", "国际劳工组织欢迎新劳动法"), ("Teaser", "新法保护工人。"), ("Paragraph", "新法覆盖每一位工人。")):
        seg = editor.get_by_role("listitem").filter(has=editor.get_by_role("heading", name=heading, exact=True))
        seg.get_by_role("button", name="Translate").click()
        seg.get_by_role("textbox").fill(text)
        seg.get_by_role("button", name="Save").click()
        expect(seg).to_contain_text("Translated manually")
    editor.get_by_role("button", name="Publish in Chinese").click()
    editor.wait_for_timeout(3000)
    print(editor.url)
    open("/tmp/explore/pub.yml", "w").write(editor.get_by_role("main").aria_snapshot())

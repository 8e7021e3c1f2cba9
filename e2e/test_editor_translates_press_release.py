"""An editor translates an English press release into Chinese in the admin and publishes it;
readers find it in the Chinese press-release archive under its year, with the date written the
Chinese way, and the language switcher takes them between the two versions of the story."""

import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import Locator, Page, expect
from wagtail.rich_text import RichText

from e2e.editors import PASSWORD, USERNAME, sign_in
from newsroom.home.structure import ensure_every_language
from newsroom.stories.factories import make_story
from newsroom.stories.kinds import DateDisplay, Kind
from newsroom.stories.models import PressReleasePage, local_noon

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DAY = date(2021, 11, 27)
SLUG = "china-and-the-ilo-agree-a-programme-on-skills-for-young-workers"
TITLE = "China and the ILO agree a programme on skills for young workers"
TEASER = "The programme will train ten thousand apprentices in five provinces."
PARAGRAPH = "The agreement was signed in Beijing by the ministry and the ILO office."
ZH_TITLE = "中国与国际劳工组织商定青年工人技能计划"
ZH_TEASER = "该计划将在五个省份培训一万名学徒。"
ZH_PARAGRAPH = "协议由人力资源和社会保障部与国际劳工组织在北京签署。"
# Each segment of the translation editor, by the heading wagtail-localize gives it, and the
# Chinese the editor types for it.
TRANSLATIONS = {"Title": ZH_TITLE, "Teaser": ZH_TEASER, "Paragraph": ZH_PARAGRAPH}


@pytest.fixture
def editor_account(db):
    return get_user_model().objects.create_superuser(USERNAME, email="", password=PASSWORD)


@pytest.fixture
def english_release(db) -> PressReleasePage:
    """A press release online in English only, dated 27 November 2021; every language has its
    home page and press-release archive."""
    structures = ensure_every_language()
    return make_story(
        structures["en"],
        kind=Kind.PRESS_RELEASE,
        title=TITLE,
        slug=SLUG,
        teaser=TEASER,
        date_display=DateDisplay.DATE,
        date_start=DAY,
        published_at=local_noon(DAY),
        body=[("paragraph", RichText(f"<p>{PARAGRAPH}</p>"))],
    )


def open_release_in_editor(page: Page) -> None:
    page.get_by_role("navigation", name="Main menu").get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="View child pages of 'Home'").click()
    page.get_by_role("link", name="News and press releases", exact=True).click()
    expect(page.get_by_role("heading", name="Exploring: News and press releases")).to_be_visible()
    page.get_by_role("link", name=TITLE, exact=True).click()
    expect(page.get_by_role("heading", name=f"Editing Press release: {TITLE}")).to_be_visible()


def submit_for_translation_into_chinese(page: Page) -> None:
    # The header's "Actions" menu; the footer's "More actions" menu is another one.
    page.get_by_role("navigation", name="Actions").get_by_role(
        "button", name="Actions", exact=True
    ).click()
    page.get_by_role("link", name="Translate this page").click()
    expect(page.get_by_role("heading", name=f"Translate page {TITLE}")).to_be_visible()
    page.get_by_role("checkbox", name="Chinese").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("status")).to_contain_text(
        f"The page '{TITLE}' was successfully submitted for translation into Chinese"
    )


def segment(page: Page, heading: str) -> Locator:
    """One field or block of the translation editor: its heading, the English, the translation
    and its buttons."""
    return (
        page.get_by_role("main")
        .get_by_role("listitem")
        .filter(has=page.get_by_role("heading", name=heading, exact=True))
    )


def translate_and_publish(page: Page) -> None:
    expect(page.get_by_role("heading", name="English to Chinese translation")).to_be_visible()
    for heading, chinese in TRANSLATIONS.items():
        field = segment(page, heading)
        field.get_by_role("button", name="Translate", exact=True).click()
        field.get_by_role("textbox").fill(chinese)
        field.get_by_role("button", name="Save", exact=True).click()
        # Saved on the server, not only typed: the editor then says how and when it was translated.
        expect(field).to_contain_text("Translated manually on")
        expect(field.get_by_role("paragraph").filter(has_text=chinese)).to_be_visible()
    # Nothing is left in English.
    expect(
        page.get_by_role("main").get_by_role("button", name="Translate", exact=True)
    ).to_have_count(0)
    page.get_by_role("button", name="Publish in Chinese").click()
    expect(page.get_by_role("status")).to_contain_text(f"Published '{ZH_TITLE}' in Chinese.")


def year_group(page: Page, heading: str) -> Locator:
    return page.get_by_role("main").get_by_role("region", name=heading, exact=True)


def test_editor_translates_a_press_release_that_readers_find_in_chinese(
    editor_account, english_release, new_page
):
    editor = new_page()
    sign_in(editor)
    open_release_in_editor(editor)
    submit_for_translation_into_chinese(editor)

    # Until it is published, the translation is a draft no reader sees.
    reader = new_page()
    reader.goto("/zh/press-releases/")
    expect(reader.get_by_role("heading", level=1)).to_be_visible()
    expect(year_group(reader, "2021年")).to_have_count(0)
    expect(reader.get_by_role("main")).not_to_contain_text(TITLE)

    translate_and_publish(editor)

    reader.reload()
    year = year_group(reader, "2021年")
    item = year.get_by_role("listitem")
    expect(item).to_have_count(1)
    expect(item.get_by_role("heading")).to_have_text(ZH_TITLE)
    expect(item).to_contain_text("2021年11月27日")
    expect(item).to_contain_text(ZH_TEASER)

    item.get_by_role("link", name=ZH_TITLE).click()
    expect(reader).to_have_url(re.compile(rf"/zh/press-releases/{SLUG}/$"))
    expect(reader.get_by_role("heading", level=1)).to_have_text(ZH_TITLE)
    expect(reader.get_by_role("main")).to_contain_text(ZH_PARAGRAPH)

    # The switcher is named in the language of the page it is on.
    reader.get_by_role("navigation", name="语言").get_by_role("link", name="English").click()
    expect(reader).to_have_url(re.compile(rf"/en/press-releases/{SLUG}/$"))
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.get_by_role("main")).to_contain_text(PARAGRAPH)

    reader.get_by_role("navigation", name="Language").get_by_role("link", name="中文").click()
    expect(reader).to_have_url(re.compile(rf"/zh/press-releases/{SLUG}/$"))
    expect(reader.get_by_role("heading", level=1)).to_have_text(ZH_TITLE)

"""An editor uploads a credited picture and publishes a press release; readers see it on top."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from PIL import Image as PillowImage
from playwright.sync_api import Page, expect

from e2e.editors import PASSWORD, USERNAME, sign_in
from newsroom.stories.models import PressReleasePage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

IMAGE_TITLE = "Container docks at dawn"
CREDIT = "ILO/Zhang Wei"
TITLE = "New guidelines protect workers on Qingdao’s container docks"
SLUG = "new-guidelines-protect-workers-on-qingdaos-container-docks"
TEASER = "Port operators and unions agree on rest breaks during heat waves."


@pytest.fixture
def editor_account(db):
    return get_user_model().objects.create_superuser(USERNAME, email="", password=PASSWORD)


@pytest.fixture
def picture(tmp_path) -> Path:
    path = tmp_path / "container-docks.png"
    PillowImage.new("RGB", (640, 400), (30, 90, 160)).save(path)
    return path


@pytest.fixture
def earlier_release(structure) -> PressReleasePage:
    """A release already online, so that "first in the list" means something."""
    release = PressReleasePage(title="Earlier release on skills", teaser="Published before.")
    structure.press_releases.add_child(instance=release)
    release.save_revision().publish()
    return release


def upload_credited_image(page: Page, picture: Path) -> None:
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Images").click()
    page.get_by_role("link", name="Add an image").click()
    expect(page.get_by_role("heading", name="Add images")).to_be_visible()
    # The file input lies over this button; force the click through to it, as a mouse would.
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Or choose from your computer").click(force=True)
    chooser.value.set_files(picture)

    upload = page.get_by_role("listitem").filter(has=page.get_by_label("Credit"))
    upload.get_by_label("Title").fill(IMAGE_TITLE)
    upload.get_by_label("Description").fill("Dock workers unloading a container ship at dawn")
    upload.get_by_label("Credit").fill(CREDIT)
    upload.get_by_role("button", name="Update").click()
    expect(page.get_by_role("status").get_by_text("Image updated.")).to_be_visible()


def publish_press_release(page: Page) -> None:
    page.get_by_role("navigation", name="Main menu").get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="View child pages of 'Home'").click()
    page.get_by_role("link", name="News and press releases", exact=True).click()
    expect(page.get_by_role("heading", name="Exploring: News and press releases")).to_be_visible()
    # The archive holds only press releases, so Wagtail goes straight to the new-page form.
    page.get_by_role("link", name="Add child page").click()
    expect(page.get_by_role("heading", name="New: Press release")).to_be_visible()

    page.get_by_role("textbox", name="Title").fill(TITLE)
    page.get_by_role("textbox", name="Teaser").fill(TEASER)
    page.get_by_role("button", name="Choose an image").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("link", name=IMAGE_TITLE).click()
    expect(chooser).to_be_hidden()
    content = page.get_by_role("tabpanel", name="Content")
    expect(content).to_contain_text(IMAGE_TITLE)

    # The address is made from the title as the editor types; nobody should have to write it.
    page.get_by_role("tab", name="Promote").click()
    expect(page.get_by_role("textbox", name="Slug")).to_have_value(SLUG)
    page.get_by_role("tab", name="Content").click()

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text(f"Page '{TITLE}' created and published.")


def test_editor_publishes_a_press_release_that_readers_see_first(
    editor_account, earlier_release, new_page, picture
):
    editor = new_page()
    sign_in(editor)
    upload_credited_image(editor, picture)
    publish_press_release(editor)

    reader = new_page()
    reader.goto("/en/press-releases/")
    first = reader.get_by_role("main").get_by_role("listitem").first
    # The credit line stands before the title, then the date and the teaser.
    expect(first).to_have_text(
        re.compile(rf"^\s*© {re.escape(CREDIT)}\s+{re.escape(TITLE)}\s.*{re.escape(TEASER)}", re.S)
    )
    expect(first.get_by_role("heading")).to_have_text(TITLE)
    first.get_by_role("link", name=TITLE).click()
    expect(reader).to_have_url(re.compile(rf"/en/press-releases/{SLUG}/$"))
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)

    reader.goto("/en/whats-new/")
    items = reader.get_by_role("main").get_by_role("listitem")
    expect(items.first.get_by_role("heading")).to_have_text(TITLE)
    expect(items.nth(1).get_by_role("heading")).to_have_text(earlier_release.title)

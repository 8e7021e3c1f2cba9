"""The editor of the browser tests: an account, and signing in to the admin as a person does."""

from playwright.sync_api import Page, expect

USERNAME = "editor"
PASSWORD = "a-long-test-password-42"


def sign_in(page: Page) -> None:
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()

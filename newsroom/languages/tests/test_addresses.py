"""Every language at its own address prefix: /en/, /zh/, /mn/, and readers who arrive without
one (or with Django's spelling of Chinese) sent to the right one."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path, lang, heading",
    [
        ("/en/press-releases/", "en", "News and press releases"),
        ("/zh/press-releases/", "zh-Hans", "新闻和新闻公报"),
        ("/mn/whats-new/", "mn", None),
    ],
)
def test_each_language_has_the_sites_pages_at_its_prefix(client, languages, path, lang, heading):
    response = client.get(path)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    if heading:
        assert f"<h1>{heading}</h1>" in html


def test_page_urls_use_the_short_chinese_prefix(languages):
    assert languages["zh-hans"].press_releases.url == "/zh/press-releases/"
    assert languages["mn"].sections["event"].url == "/mn/events/"
    assert languages["zh-hans"].home.url == "/zh/"


@pytest.mark.parametrize(
    "accept, location",
    [
        ("zh-CN,zh;q=0.9,en;q=0.5", "/zh/"),
        ("mn-MN,mn;q=0.9", "/mn/"),
        ("fr-FR", "/en/"),
        ("", "/en/"),
    ],
)
def test_the_root_sends_readers_to_their_language(client, languages, accept, location):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)

    assert response.status_code == 302
    assert response["Location"] == location


def test_an_address_without_language_keeps_its_path_and_query(client, languages):
    response = client.get("/press-releases/", {"page": "2"}, HTTP_ACCEPT_LANGUAGE="zh-CN")

    assert response["Location"] == "/zh/press-releases/?page=2"


@pytest.mark.parametrize("prefix", ["zh-hans", "zh-cn", "zh-Hans"])
def test_djangos_spellings_of_chinese_lead_permanently_to_zh(client, languages, prefix):
    response = client.get(f"/{prefix}/events/")

    assert response.status_code == 301
    assert response["Location"] == "/zh/events/"


@pytest.mark.parametrize("path", ["/fr/press-releases/", "/xx-yy/press-releases/"])
def test_an_unknown_language_prefix_ends_on_a_not_found_page(client, languages, path):
    assert client.get(path, follow=True).status_code == 404

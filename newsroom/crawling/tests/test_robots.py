"""``/robots.txt``: crawlers kept out of the admin and of the search results, and sent to the
sitemap."""

import pytest

pytestmark = pytest.mark.django_db


def test_robots_txt_keeps_crawlers_out_of_the_admin_and_the_search_results(client, languages):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /en/search/",
        "Disallow: /zh/search/",
        "Disallow: /mn/search/",
        "",
        "Sitemap: http://testserver/sitemap.xml",
    ]


def test_robots_txt_names_the_sitemap_at_the_address_it_was_asked_on(client, languages):
    response = client.get("/robots.txt", HTTP_HOST="www.example.org", secure=True)

    assert "Sitemap: https://www.example.org/sitemap.xml" in response.content.decode().splitlines()
    assert client.get("/sitemap.xml", HTTP_HOST="www.example.org", secure=True).status_code == 200


def test_robots_txt_answers_not_modified_to_a_crawler_that_has_it(client, languages):
    first = client.get("/robots.txt")

    again = client.get("/robots.txt", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304


@pytest.mark.parametrize("url", ["/robots.txt", "/sitemap.xml", "/sitemap-zh.xml"])
def test_what_crawlers_read_first_is_one_copy_for_readers_of_every_language(client, languages, url):
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    chinese = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-CN")

    assert english.content == chinese.content
    assert "Accept-Language" not in english.get("Vary", "")

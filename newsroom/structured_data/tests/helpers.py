"""Reading a rendered page's head as a search engine or a social site reads it."""

import json
import re
from html.parser import HTMLParser

LD_JSON = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def json_ld(html: str) -> list[dict]:
    """Every JSON-LD object of the page, parsed."""
    return [json.loads(text) for text in LD_JSON.findall(html)]


class _HeadReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: list[tuple[str, str]] = []
        self.canonical: list[str] = []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "meta" and ("property" in found or "name" in found):
            self.meta.append((found.get("property") or found["name"], found.get("content", "")))
        elif tag == "link" and found.get("rel") == "canonical":
            self.canonical.append(found["href"])


def meta_tags(html: str) -> list[tuple[str, str]]:
    """The page's ``<meta property|name content>`` pairs, in order, their values unescaped."""
    reader = _HeadReader()
    reader.feed(html)
    return reader.meta


def meta(html: str, name: str) -> list[str]:
    """The values of the meta tag ``name`` (``og:title``, ``twitter:card``)."""
    return [value for key, value in meta_tags(html) if key == name]


def canonical(html: str) -> list[str]:
    reader = _HeadReader()
    reader.feed(html)
    return reader.canonical


def page_html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()

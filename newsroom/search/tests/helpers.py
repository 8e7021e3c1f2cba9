"""Reading results pages as a reader does, and stories to search for."""

import re
from html import unescape

from wagtail.rich_text import RichText

from newsroom.stories.kinds import Kind
from newsroom.taxonomy.factories import make_filed_story


def story(structure, title: str, body: str = "", *, kind: str = Kind.NEWS, **fields):
    """A published story with ``body`` as its one paragraph."""
    if body:
        fields["body"] = [("paragraph", RichText(f"<p>{body}</p>"))]
    return make_filed_story(structure, kind=kind, title=title, **fields)


def page(client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.content.decode()[:2000]
    return response.content.decode()


def titles(client, url: str) -> list[str]:
    """The titles of the results at ``url``, in order."""
    html = page(client, url)
    found = re.findall(r'<h3 class="search-result__title"><a [^>]*>(.*?)</a></h3>', html, re.S)
    return [unescape(re.sub(r"<[^>]+>", "", title)) for title in found]


def total(client, url: str) -> int:
    match = re.search(r'<h2 id="results-heading">\s*(\d+)', page(client, url))
    return int(match.group(1)) if match else 0

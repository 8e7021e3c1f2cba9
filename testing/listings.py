"""What tests of listing pages share: reading a page of a listing and the titles it groups."""

import re
from html import unescape

_GROUPS_AND_TITLES = re.compile(
    r'<h2[^>]*>([^<]*)</h2>|story-item__title"[^>]*><a href="[^"]*">([^<]*)</a>'
)


def grouped_titles(html: str) -> list[tuple[str, list[str]]]:
    """The group headings of a listing page, each with the titles listed under it, in page
    order."""
    groups: list[tuple[str, list[str]]] = []
    for heading, title in _GROUPS_AND_TITLES.findall(html):
        if heading:
            groups.append((unescape(heading), []))
        else:
            groups[-1][1].append(unescape(title))
    return groups


def listing_html(client, url: str, page=None) -> str:
    """The HTML of page ``page`` of the listing at ``url`` (its first page when None)."""
    response = client.get(url, {"page": page} if page else {})
    assert response.status_code == 200
    return response.content.decode()

"""Page slugs made from titles in any of the site's languages: readable in the address bar,
unique beside their siblings, and kept when the title changes later.

Chinese and Mongolian titles keep their own letters (``国际劳工组织驻华和蒙古局局长访问北京``,
``хөдөлмөрийн-аюулгүй-байдал``): browsers show them as typed and send them percent-encoded,
which Wagtail serves (``WAGTAIL_ALLOW_UNICODE_SLUGS``). A title of words is cut at a word
boundary; Chinese, written without spaces, is cut after fewer characters, each of which is
nine bytes once encoded."""

from django.utils.text import slugify
from wagtail.models import Page

MAX_LENGTH = 80
# Characters of a slug with no word boundary to cut at (Chinese): about 270 bytes encoded.
MAX_UNBROKEN_LENGTH = 30
FALLBACK = "story"


def readable_slug(title: str, fallback: str = FALLBACK) -> str:
    """The slug of a page called ``title``; ``fallback`` when the title has no letter or digit."""
    slug = slugify(title, allow_unicode=True)
    if len(slug) > MAX_LENGTH:
        cut = slug[:MAX_LENGTH]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    words = slug.split("-")
    if any(len(word) > MAX_UNBROKEN_LENGTH for word in words):
        kept: list[str] = []
        for word in words:
            if len("-".join([*kept, word])) > MAX_UNBROKEN_LENGTH:
                if not kept:
                    kept.append(word[:MAX_UNBROKEN_LENGTH])
                break
            kept.append(word)
        slug = "-".join(kept)
    return slug.strip("-") or fallback


class SlugClaims:
    """Hands out slugs unique among the children of each parent, those handed out already
    included (an import creates many pages before any is saved)."""

    def __init__(self) -> None:
        self._taken: dict[int, set[str]] = {}

    def claim(self, parent: Page, title: str) -> str:
        taken = self._taken.get(parent.pk)
        if taken is None:
            taken = set(parent.get_children().values_list("slug", flat=True))
            self._taken[parent.pk] = taken
        base = readable_slug(title)
        slug, suffix = base, 2
        while slug in taken:
            slug = f"{base}-{suffix}"
            suffix += 1
        taken.add(slug)
        return slug

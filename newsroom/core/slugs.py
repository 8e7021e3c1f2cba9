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
    included (an import creates many pages before any is saved).

    A slug is checked by looking it up (the slug column is indexed), not by reading every
    child's slug: a section of the archive holds tens of thousands of stories. ``prefetch``
    looks up, in one query, the slugs a batch of titles may take.
    """

    # Numbered variants, “-2” to “-9”, looked up with a title's slug by ``prefetch``.
    PREFETCHED_VARIANTS = 9

    def __init__(self) -> None:
        # By parent: slugs known to be taken, and slugs known to be free or taken.
        self._taken: dict[int, set[str]] = {}
        self._known: dict[int, set[str]] = {}

    def prefetch(self, parent: Page, titles: list[str]) -> None:
        """Look up at once whether the slugs ``titles`` may take are taken beside ``parent``."""
        candidates = set()
        for title in titles:
            base = readable_slug(title)
            candidates.add(base)
            candidates.update(f"{base}-{n}" for n in range(2, self.PREFETCHED_VARIANTS + 1))
        candidates -= self._known.setdefault(parent.pk, set())
        self._taken.setdefault(parent.pk, set()).update(self._children_among(parent, candidates))
        self._known[parent.pk].update(candidates)

    def claim(self, parent: Page, title: str) -> str:
        taken = self._taken.setdefault(parent.pk, set())
        known = self._known.setdefault(parent.pk, set())
        base = readable_slug(title)
        slug, suffix = base, 2
        while True:
            if slug not in known:
                taken.update(self._children_among(parent, {slug}))
                known.add(slug)
            if slug not in taken:
                break
            slug = f"{base}-{suffix}"
            suffix += 1
        taken.add(slug)
        return slug

    @staticmethod
    def _children_among(parent: Page, slugs: set[str]) -> set[str]:
        """Which of ``slugs`` children of ``parent`` have. Looked up by slug alone, then told
        apart by their path, so that the database uses the slug's index."""
        if not slugs:
            return set()
        depth = parent.depth + 1
        return {
            slug
            for slug, path, page_depth in Page.objects.filter(slug__in=slugs).values_list(
                "slug", "path", "depth"
            )
            if page_depth == depth and path.startswith(parent.path)
        }

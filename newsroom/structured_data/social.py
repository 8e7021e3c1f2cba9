"""The Open Graph and Twitter card tags: the title, words and picture a social site or chat shows
when a reader shares the page; and the page's canonical address.

See ``docs/structured-data.md``."""

from django.conf import settings

from .facts import PageFacts, moment_text

# Open Graph names a locale as language_TERRITORY. The office writes British English (“labour”),
# simplified Chinese as read in mainland China, and the Mongolian of Mongolia.
OG_LOCALES = {"en": "en_GB", "zh-hans": "zh_CN", "mn": "mn_MN"}

Tag = tuple[str, str]


def og_locale(language_code: str) -> str:
    """The Open Graph locale of one of the site's languages."""
    return OG_LOCALES.get(language_code) or OG_LOCALES[settings.LANGUAGE_CODE]


def open_graph(facts: PageFacts) -> list[Tag]:
    """The ``og:`` and ``article:`` properties of the page, in the order the protocol lists
    them: a story is an article with its dates, kind and topics; any other page a website."""
    story = facts.story
    tags: list[Tag] = [
        ("og:type", "article" if story is not None else "website"),
        ("og:title", facts.title),
        ("og:description", facts.description),
        ("og:url", facts.url),
        ("og:site_name", facts.site_name),
        ("og:locale", og_locale(facts.language_code)),
    ]
    tags += [("og:locale:alternate", og_locale(code)) for code in facts.other_languages]
    picture = facts.picture
    if picture is not None:
        tags += [
            ("og:image", picture.url),
            ("og:image:width", str(picture.width)),
            ("og:image:height", str(picture.height)),
            ("og:image:alt", picture.alt),
        ]
    if story is not None:
        tags += [
            ("article:published_time", moment_text(facts.published_at)),
            ("article:modified_time", moment_text(facts.modified_at)),
            ("article:section", story.kind_label),
        ]
        tags += [("article:tag", topic) for topic in facts.topics]
    return [(name, value) for name, value in tags if value]


def twitter_card(facts: PageFacts) -> list[Tag]:
    """The ``twitter:`` tags: the large picture card when the story has a picture."""
    picture = facts.picture
    tags: list[Tag] = [
        ("twitter:card", "summary_large_image" if picture is not None else "summary"),
        ("twitter:title", facts.title),
        ("twitter:description", facts.description),
    ]
    if picture is not None:
        tags += [("twitter:image", picture.url), ("twitter:image:alt", picture.alt)]
    return [(name, value) for name, value in tags if value]

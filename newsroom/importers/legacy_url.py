"""The old address of an item page, as ``import_story --legacy-url`` is given it.

``/<office>/<section…>/WCMS_<digits>/lang--<language>/index.htm``: the ``WCMS_`` number becomes
the story's legacy id, so that ``newsroom/legacy`` redirects the old address to it; the last
section names the kind, read with the same section names as the redirects
(``newsroom/legacy/sections.py``).
"""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.utils.translation import gettext as _

from newsroom.legacy.sections import kind_for_section
from newsroom.legacy.views import LEGACY_LANGUAGES
from newsroom.stories.kinds import Kind

ITEM_ADDRESS = re.compile(
    r"^/(?P<office>[\w-]+)/(?P<sections>(?:[\w-]+/)+)(?P<legacy_id>WCMS_\d+)"
    r"/lang--(?P<language>[a-z]{2})/index\.htm$",
    re.IGNORECASE,
)
EXAMPLE = "/beijing/press-releases/WCMS_688941/lang--en/index.htm"


class LegacyAddressError(ValueError):
    """Why an old address cannot be the address of an item page."""


@dataclass(frozen=True)
class LegacyAddress:
    """An item page's old address: its legacy id, its language code here, and the kind its
    section gives (None for a section that holds every kind, such as What's new)."""

    address: str
    legacy_id: str
    language_code: str
    section_kind: Kind | None


def parse_legacy_address(address: str) -> LegacyAddress:
    """Read an old item address, with or without the old site's scheme and host."""
    path = urlsplit(address.strip()).path
    match = ITEM_ADDRESS.match(path)
    if match is None:
        raise LegacyAddressError(
            _(
                "“%(address)s” is not the old address of an item page; it is written "
                "/<office>/<section>/WCMS_<digits>/lang--en/index.htm, such as %(example)s."
            )
            % {"address": address, "example": EXAMPLE}
        )
    language = match["language"].lower()
    if language not in LEGACY_LANGUAGES:
        raise LegacyAddressError(
            _(
                "The old address “%(address)s” is in the language “%(language)s”, which the old "
                "site's addresses here do not know (they know: %(known)s)."
            )
            % {"address": address, "language": language, "known": ", ".join(LEGACY_LANGUAGES)}
        )
    section = match["sections"].rstrip("/").rsplit("/", 1)[-1].lower()
    return LegacyAddress(
        address=address,
        legacy_id=match["legacy_id"].upper(),
        language_code=LEGACY_LANGUAGES[language],
        section_kind=kind_for_section(section),
    )

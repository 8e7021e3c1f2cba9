"""What the page being read says about itself to search engines and to the sites it is shared on:
its address, title, description, picture, language and, for a story, its dates and topics.

Read once a request from the template context and kept on the request, so that the JSON-LD,
the Open Graph and Twitter tags and the canonical link share it. Only the page being served is
described: Wagtail serves readers live pages only, and the other languages named are the live,
public translations the language switcher found (``newsroom/languages/switcher.py``)."""

from dataclasses import dataclass, field
from datetime import datetime

from django.http import HttpRequest
from django.template import Context
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from newsroom.core.dates import year_heading
from newsroom.core.models import STORY_PICTURE, CreditedImage, OfficeSettings
from newsroom.core.pagination import PAGE_PARAMETER
from newsroom.home.models import HomePage
from newsroom.languages.prefixes import supported_language, url_prefix
from newsroom.languages.switcher import alternates, route_below
from newsroom.stories.models import StoryPage

_CACHE = "_newsroom_page_facts"


@dataclass(frozen=True)
class Picture:
    """The story's picture as shared: the rendition its page shows, with its words and credit."""

    url: str
    width: int
    height: int
    alt: str
    credit: str


@dataclass(frozen=True)
class PageFacts:
    """The page being read, as search engines and social sites are told of it."""

    page: Page
    # The page's own address, absolute; a page of a list beyond the first keeps its ``?page=N``.
    url: str
    title: str
    description: str
    language_code: str
    # Where the page itself (not the nearest page above it) exists in the other languages.
    other_languages: list[str]
    site_name: str
    home_url: str
    story: StoryPage | None = None
    # The office that publishes the story: its own office, else the site's.
    office_name: str = ""
    picture: Picture | None = None
    topics: list[str] = field(default_factory=list)

    @property
    def published_at(self) -> datetime | None:
        return self.story.published_at if self.story else None

    @property
    def modified_at(self) -> datetime | None:
        return self.story.last_published_at if self.story else None


def moment_text(moment: datetime | None) -> str:
    """A story's moment as schema.org and Open Graph write it: ISO 8601 in the office's time
    zone, to the second (``2021-11-03T12:00:00+08:00``), as the byline dates it; or empty."""
    if moment is None:
        return ""
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


def facts_for(context: Context) -> PageFacts | None:
    """The facts of the page the template renders, or None where no page is served (search
    results, error pages): those describe nothing a reader would share or an engine index."""
    request: HttpRequest | None = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page):
        return None
    key = (page.pk, request.path)
    cached = getattr(request, _CACHE, None)
    if cached is not None and cached[0] == key:
        return cached[1]
    facts = _read(context, request, page)
    setattr(request, _CACHE, (key, facts))
    return facts


def _read(context: Context, request: HttpRequest, page: Page) -> PageFacts:
    settings = OfficeSettings.for_request(request)
    language_code = supported_language(get_language())
    story = page if isinstance(page, StoryPage) else None
    other_languages = [
        alternate.language_code
        for alternate in alternates(request, page)
        if alternate.is_same_page and alternate.language_code != language_code
    ]
    common = {
        "page": page,
        "url": page_address(request, page),
        "language_code": language_code,
        "other_languages": other_languages,
        "site_name": settings.name,
        "home_url": request.build_absolute_uri(f"/{url_prefix(language_code)}/"),
    }
    if story is None:
        return PageFacts(
            title=_page_title(context, page, settings),
            description=_page_description(context, page, settings),
            **common,
        )
    office = story.office
    return PageFacts(
        title=story.seo_title or story.heading,
        description=story.teaser or story.search_description,
        story=story,
        office_name=office.name if office is not None else settings.name,
        picture=_picture(request, story.image),
        # One query whatever the number of topics.
        topics=[topic.name for topic in story.topics.all()],
        **common,
    )


def page_address(request: HttpRequest, page: Page) -> str:
    """The absolute address of what is being read: the page, or the route below it (a country's
    page, a year of the archive), with the number of a list's page beyond the first."""
    own = page.get_url(request) or request.path
    path = request.path if request.path.startswith(own) else own
    address = request.build_absolute_uri(path)
    number = _page_number(request)
    return f"{address}?{PAGE_PARAMETER}={number}" if number > 1 else address


def _page_number(request: HttpRequest) -> int:
    try:
        return int(request.GET.get(PAGE_PARAMETER, "1").strip())
    except ValueError:
        return 1


def _page_title(context: Context, page: Page, settings: OfficeSettings) -> str:
    if page.seo_title:
        return page.seo_title
    if isinstance(page, HomePage):
        return settings.name
    # A route's own heading, as its template's title gives it.
    year = context.get("archive_year")
    if year:
        return f"{page.title}: {year_heading(year)}"
    heading = context.get("heading")
    if isinstance(heading, str) and heading and route_below(context["request"], page):
        return heading
    return page.title


def _page_description(context: Context, page: Page, settings: OfficeSettings) -> str:
    route = route_below(context["request"], page)
    if route and context.get("heading"):
        # A country's or topic's page: the index's words describe the index, not the term.
        return ""
    if page.search_description:
        return page.search_description
    intro = getattr(page, "intro", "")
    if intro:
        return intro
    if isinstance(page, HomePage):
        return settings.intro_text
    return ""


def _picture(request: HttpRequest, image: CreditedImage | None) -> Picture | None:
    if image is None:
        return None
    try:
        rendition = image.get_rendition(STORY_PICTURE)
    except SourceImageIOError:
        # The file is missing from storage: the page shows a placeholder, nothing is shared.
        return None
    return Picture(
        url=request.build_absolute_uri(rendition.url),
        width=rendition.width,
        height=rendition.height,
        alt=image.alt_text,
        credit=image.credit,
    )

"""The pages every language of the site has: the home page, What's new, the press-release
archive, one section per kind of story, and the countries and topics pages with the office's
countries, topics and office. Created on demand, so that an import or ``make run`` works straight
after ``migrate``; pages and terms that exist are left as editors made them."""

from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from newsroom.core.models import HomePage
from newsroom.taxonomy.models import (
    Country,
    CountryIndexPage,
    Office,
    Topic,
    TopicIndexPage,
)

from .kinds import Kind
from .models import ListingPage, PressReleaseIndexPage, SectionPage, WhatsNewPage

PRESS_RELEASE_INTRO = (
    "This is a list of official ILO press releases, including those related to ILO activities "
    "in China and Mongolia. The most recent release can be found on top."
)

# The page that holds and lists each kind other than press releases: slug, title, page class
# ("app_label.ModelName"), in menu order. Sections are generic; the others are their apps' own.
SECTIONS: list[tuple[Kind, str, str, str]] = [
    (Kind.NEWS, "news", _("News"), "stories.SectionPage"),
    (Kind.STATEMENT, "statements", _("Statements and speeches"), "stories.SectionPage"),
    (Kind.FEATURE, "features", _("Features"), "stories.SectionPage"),
    (Kind.EVENT, "events", _("Events and meetings"), "events.EventIndexPage"),
    (Kind.PROJECT, "projects", _("Projects"), "projects.ProjectIndexPage"),
    (Kind.PUBLICATION, "publications", _("Publications"), "publications.PublicationIndexPage"),
    (Kind.VIDEO, "videos", _("Video and audio"), "videos.VideoIndexPage"),
]

# The office's vocabularies: (slug, name).
COUNTRIES = [("china", "China"), ("mongolia", "Mongolia")]
TOPICS = [
    ("social-protection", "Social protection"),
    ("occupational-safety-and-health", "Occupational safety and health"),
    ("youth-employment", "Youth employment"),
    ("international-labour-standards", "International labour standards"),
    ("labour-migration", "Labour migration"),
    ("skills-and-apprenticeships", "Skills and apprenticeships"),
    ("responsible-business-conduct", "Responsible business conduct"),
    ("gender-equality", "Gender equality"),
    ("domestic-workers", "Domestic workers"),
    ("labour-statistics", "Labour statistics"),
]
OFFICES = [("co-beijing", "ILO Country Office for China and Mongolia")]


@dataclass
class SiteStructure:
    home: HomePage
    whats_new: WhatsNewPage
    press_releases: PressReleaseIndexPage
    sections: dict[str, ListingPage] = field(default_factory=dict)
    countries: CountryIndexPage | None = None
    topics: TopicIndexPage | None = None

    def parent_for(self, kind: str) -> Page:
        """The page under which a new story of ``kind`` is created."""
        if kind == Kind.PRESS_RELEASE:
            return self.press_releases
        return self.sections[kind]


def _home(locale: Locale) -> HomePage:
    home = HomePage.objects.filter(locale=locale).first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    home = HomePage(title="Home", slug=locale.language_code, locale=locale)
    root.add_child(instance=home)
    site = Site.objects.filter(is_default_site=True).first()
    placeholder = site.root_page.specific if site else None
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.site_name = site.site_name or "Newsroom"
        site.save()
    # Wagtail's migrations leave a "Welcome to your new Wagtail site!" page: it has no place here.
    if placeholder is not None and type(placeholder) is Page and placeholder.depth == 2:
        placeholder.delete()
    return home


def _child(parent: Page, model, slug: str, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, show_in_menus=True, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _terms(model, locale: Locale, terms: list[tuple[str, str]]) -> None:
    for slug, name in terms:
        model.objects.get_or_create(locale=locale, slug=slug, defaults={"name": name})


@transaction.atomic
def ensure_site_structure(locale: Locale | None = None) -> SiteStructure:
    locale = locale or Locale.get_default()
    home = _home(locale)
    structure = SiteStructure(
        home=home,
        whats_new=_child(home, WhatsNewPage, "whats-new", title="What's new"),
        press_releases=_child(
            home,
            PressReleaseIndexPage,
            "press-releases",
            title="News and press releases",
            intro=PRESS_RELEASE_INTRO,
        ),
    )
    for kind, slug, title, model_name in SECTIONS:
        model = apps.get_model(model_name)
        fields = {"kind": kind} if model is SectionPage else {}
        structure.sections[kind] = _child(home, model, slug, title=str(title), **fields)
    structure.countries = _child(home, CountryIndexPage, "countries", title=str(_("Countries")))
    structure.topics = _child(home, TopicIndexPage, "topics", title=str(_("Topics")))
    _terms(Country, locale, COUNTRIES)
    _terms(Topic, locale, TOPICS)
    _terms(Office, locale, OFFICES)
    return structure

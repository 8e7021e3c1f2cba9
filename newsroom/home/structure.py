"""The pages every language of the site has: the home page, What's new, each kind's listing
(in the order the kinds are registered, ``newsroom/stories/registry.py``), and the countries and
topics pages with the office's countries, topics and office. Created on demand, so that an import
or ``make run`` works straight after ``migrate``; pages and terms that exist are left as editors
made them."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, Site

from newsroom.stories.kinds import Kind
from newsroom.stories.models import ListingPage, SectionPage, WhatsNewPage
from newsroom.stories.registry import registrations
from newsroom.taxonomy.models import (
    Country,
    CountryIndexPage,
    Office,
    Topic,
    TopicIndexPage,
)

from .models import HomePage

# The office's vocabularies: (slug, name).
COUNTRIES = [("china", _("China")), ("mongolia", _("Mongolia"))]
TOPICS = [
    ("social-protection", _("Social protection")),
    ("occupational-safety-and-health", _("Occupational safety and health")),
    ("youth-employment", _("Youth employment")),
    ("international-labour-standards", _("International labour standards")),
    ("labour-migration", _("Labour migration")),
    ("skills-and-apprenticeships", _("Skills and apprenticeships")),
    ("responsible-business-conduct", _("Responsible business conduct")),
    ("gender-equality", _("Gender equality")),
    ("domestic-workers", _("Domestic workers")),
    ("labour-statistics", _("Labour statistics")),
]
OFFICES = [("co-beijing", _("ILO Country Office for China and Mongolia"))]


@dataclass
class SiteStructure:
    home: HomePage
    whats_new: WhatsNewPage
    # Each kind's listing, by kind, press releases' included.
    sections: dict[str, ListingPage] = field(default_factory=dict)
    countries: CountryIndexPage | None = None
    topics: TopicIndexPage | None = None

    @property
    def press_releases(self) -> ListingPage:
        return self.sections[Kind.PRESS_RELEASE]

    def parent_for(self, kind: str) -> Page:
        """The page under which a new story of ``kind`` is created."""
        return self.sections[kind]


def _in(locale: Locale, text) -> str:
    """``text`` (a lazy translatable string) in ``locale``'s language."""
    with translation.override(locale.language_code):
        return str(text)


def _home(locale: Locale, source: HomePage | None) -> HomePage:
    """The home page of ``locale``; the default language's is the site's root page, the others
    are its translations beside it, which Wagtail serves under their own prefix."""
    home = HomePage.objects.filter(locale=locale).first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    home = HomePage(title=_in(locale, _("Home")), slug=locale.language_code, locale=locale)
    if source is not None:
        home.translation_key = source.translation_key
        root.add_child(instance=home)
        home.save_revision().publish()
        return home
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


def _child(parent: Page, model, slug: str, source: Page | None = None, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    if source is not None:
        # The same page in another language: the language switcher and the translation
        # tools know them as one by their translation key.
        fields["translation_key"] = source.translation_key
    page = model(slug=slug, show_in_menus=True, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _terms(model, locale: Locale, terms: list[tuple[str, str]], source: Locale | None) -> None:
    for slug, name in terms:
        if model.objects.filter(locale=locale, slug=slug).exists():
            continue
        term = model(locale=locale, slug=slug, name=_in(locale, name))
        original = model.objects.filter(locale=source, slug=slug).first() if source else None
        if original is not None:
            term.translation_key = original.translation_key
        term.save()


def ensure_locales() -> list[Locale]:
    """The site's languages as Wagtail locales, the default language first."""
    default = Locale.get_default()
    others = [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code != default.language_code
    ]
    return [default, *others]


def _structure(locale: Locale, source: SiteStructure | None) -> SiteStructure:
    home = _home(locale, source.home if source else None)

    def child(model, slug: str, original: Page | None, title, **fields):
        return _child(home, model, slug, original, title=_in(locale, title), **fields)

    structure = SiteStructure(
        home=home,
        whats_new=child(WhatsNewPage, "whats-new", source and source.whats_new, _("What's new")),
    )
    for registration in registrations():
        kind, model = registration.kind, registration.listing_page
        # A section is generic: the kind it holds is a field of its page.
        fields = {"kind": kind} if issubclass(model, SectionPage) else {}
        if registration.listing_intro:
            fields["intro"] = _in(locale, registration.listing_intro)
        original = source.sections.get(kind) if source else None
        structure.sections[kind] = child(
            model, registration.listing_slug, original, registration.listing_title, **fields
        )
    structure.countries = child(
        CountryIndexPage, "countries", source and source.countries, _("Countries")
    )
    structure.topics = child(TopicIndexPage, "topics", source and source.topics, _("Topics"))
    source_locale = source.home.locale if source else None
    _terms(Country, locale, COUNTRIES, source_locale)
    _terms(Topic, locale, TOPICS, source_locale)
    _terms(Office, locale, OFFICES, source_locale)
    return structure


@transaction.atomic
def ensure_site_structure(locale: Locale | None = None) -> SiteStructure:
    """The pages and vocabularies of ``locale`` (the default language when None), made if
    missing; another language's are translations of the default language's."""
    default = Locale.get_default()
    english = _structure(default, None)
    if locale is None or locale.pk == default.pk:
        return english
    return _structure(locale, english)


@transaction.atomic
def ensure_every_language() -> dict[str, SiteStructure]:
    """Every language's pages and vocabularies, by language code."""
    locales = ensure_locales()
    english = _structure(locales[0], None)
    structures = {locales[0].language_code: english}
    for locale in locales[1:]:
        structures[locale.language_code] = _structure(locale, english)
    return structures

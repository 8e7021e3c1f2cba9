"""The story — the one content type behind every listing — and a class per kind of story that
has no app of its own.

Every kind of story (news, press release, event, …) is a subclass of :class:`StoryPage`, so
What's new, country and topic pages, search and feeds are each one query on one table whatever
the kind. See ``docs/content-model.md``.
"""

from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import camel_case_to_spaces
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    Panel,
    TitleFieldPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from newsroom.core.blocks import BodyBlock
from newsroom.core.dates import story_date_text

from ..calendar import CalendarDetails
from ..filing import file_in_own_language
from ..forms import StoryPageForm
from ..kinds import DateDisplay, Kind
from ..schema_org import Describe, JsonObject


def local_noon(day: date) -> datetime:
    """The moment a story dated ``day`` is taken to be published, in the office's time zone."""
    return timezone.make_aware(datetime.combine(day, time(12, 0)))


class StoryPage(Page):
    """The common core of every story: what any listing, feed or search result needs."""

    # Set by each kind's class; a plain StoryPage row (as listings load it) keeps its stored kind.
    KIND: Kind | None = None

    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, editable=False, default=Kind.NEWS
    )
    kicker = models.CharField(
        _("kicker"),
        max_length=255,
        blank=True,
        help_text=_(
            "The label above the title in listings, such as a campaign or topic. "
            "Leave empty to show the kind (“News”, “Event”…)."
        ),
    )
    show_title = models.BooleanField(
        _("show the title"),
        default=True,
        help_text=_(
            "Untick for an item that has no title of its own, as some old videos: the title then "
            "only names it in the admin and in search, and lists link its date instead."
        ),
    )
    teaser = models.TextField(
        _("teaser"),
        blank=True,
        help_text=_(
            "One or two sentences shown under the title in listings and as the standfirst "
            "of the story page."
        ),
    )
    date_display = models.CharField(
        _("date shown"),
        max_length=20,
        choices=DateDisplay.choices,
        default=DateDisplay.PUBLICATION,
        help_text=_("Which date listings and the byline show for this story."),
    )
    date_start = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_("The date shown when “Another date” is chosen, or the first day of a range."),
    )
    date_end = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_("The last day of a date range, such as the end of an event."),
    )
    published_at = models.DateTimeField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_(
            "Orders every list, newest first, and is the date shown by default. "
            "Filled in on first publication; change it to backdate a story."
        ),
    )
    byline_label = models.CharField(
        _("byline label"),
        max_length=60,
        blank=True,
        help_text=_(
            "What the byline calls the story when not by its kind's name, such as “Conference "
            "paper” or “Fact sheet”. Leave empty to show the kind."
        ),
    )
    place = models.CharField(
        _("dateline place"),
        max_length=120,
        blank=True,
        help_text=_("Where the story is filed from, shown in the byline: “Beijing, China”."),
    )
    image = models.ForeignKey(
        "core.CreditedImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown at the top of the story with its credit; the credit also stands before the "
            "title in the press-release list. The image needs a description (alt text) and a "
            "credit."
        ),
    )
    image_caption = models.CharField(
        _("picture caption"),
        max_length=255,
        blank=True,
        help_text=_("Shown under the picture, before its credit: “A woman worker in China.”"),
    )
    image_credit = models.CharField(
        _("picture credit from the old site"),
        max_length=255,
        blank=True,
        help_text=_(
            "The credit the old page gave its picture, shown while the story has no picture "
            "from the media library (whose own credit is shown instead)."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    topics = ParentalManyToManyField(
        "taxonomy.Topic",
        blank=True,
        verbose_name=_("topics"),
        help_text=_("The story appears on the pages of these topics."),
    )
    countries = ParentalManyToManyField(
        "taxonomy.Country",
        blank=True,
        verbose_name=_("countries"),
        help_text=_("The story appears on the resources pages of these countries."),
    )
    office = models.ForeignKey(
        "taxonomy.Office",
        verbose_name=_("owning office"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The office that publishes the story; named in feeds and search results."),
    )
    legacy_id = models.CharField(
        _("legacy id"),
        max_length=20,
        blank=True,
        db_index=True,
        help_text=_(
            "The old site's WCMS number, such as WCMS_688941; its old address then leads here."
        ),
    )

    content_panels = [
        TitleFieldPanel("title"),
        FieldPanel("show_title"),
        FieldPanel("kicker"),
        FieldPanel("teaser"),
        MultiFieldPanel(
            [
                FieldPanel("date_display"),
                FieldRowPanel([FieldPanel("date_start"), FieldPanel("date_end")]),
                FieldPanel("published_at"),
                FieldPanel("place"),
                FieldPanel("byline_label"),
            ],
            heading=_("Dates and byline"),
        ),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_caption"), FieldPanel("image_credit")],
            heading=_("Picture"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("countries"), FieldPanel("office")],
            heading=_("Filing"),
        ),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("legacy_id")]

    search_fields = Page.search_fields + [
        index.SearchField("kicker"),
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("published_at"),
    ]

    exclude_fields_in_copy = ["legacy_id"]
    base_form_class = StoryPageForm
    # What a translation keeps of its source (wagtail-localize): its days, publication time,
    # picture, filing and old-site id are the source's, kept in step when the source changes;
    # its address is the source's unless the translator gives another.
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("legacy_id"),
        SynchronizedField("topics"),
        SynchronizedField("countries"),
        SynchronizedField("office"),
    ]
    parent_page_types: list[str] = []
    subpage_types: list[str] = []
    is_creatable = False

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        # In listing order (newest first, then the newest page): a listing reads its page of
        # rows straight from one of these instead of sorting the archive.
        indexes = [
            models.Index(fields=["-published_at", "-page_ptr"], name="story_listing"),
            models.Index(fields=["kind", "-published_at", "-page_ptr"], name="story_kind_listing"),
            # Events and projects are listed by their own days (``docs/events-and-projects.md``):
            # which group a story is in, and its place there, come from these.
            models.Index(
                fields=["kind", "-date_start", "-published_at", "-page_ptr"],
                name="story_kind_start",
            ),
            models.Index(
                fields=["kind", "-date_end", "-published_at", "-page_ptr"], name="story_kind_end"
            ),
        ]

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Each kind is creatable unless it says otherwise; StoryPage itself is not.
        if "is_creatable" not in cls.__dict__:
            cls.is_creatable = True

    @classmethod
    def panels_with_own_days(cls, panel: Panel) -> list[Panel]:
        """The story's editing panels with ``panel`` in place of “Dates and byline”, for the kinds
        whose dates are their own days (events, projects) rather than a date the editor picks."""

        def holds_date_shown(old: Panel) -> bool:
            children = getattr(old, "children", ())
            return any(getattr(child, "field_name", None) == "date_display" for child in children)

        panels = [panel if holds_date_shown(old) else old for old in StoryPage.content_panels]
        if panel not in panels:
            raise LookupError("The story's panels have no panel for the date shown.")
        return panels

    def get_template(self, request, *args, **kwargs):
        """A kind may have its own template, named after its class (``EventPage``:
        ``pages/event_page.html``); otherwise every story shares one."""
        name = camel_case_to_spaces(type(self).__name__).replace(" ", "_")
        return [f"pages/{name}.html", "pages/story_page.html"]

    @property
    def kind_label(self) -> str:
        return str(Kind(self.kind).label)

    @property
    def kicker_label(self) -> str:
        return self.kicker or self.kind_label

    @property
    def byline_kind(self) -> str:
        """What the byline calls the story: its byline label, or else its kind."""
        return self.byline_label or self.kind_label

    @property
    def picture_credit(self) -> str:
        """The credit shown under the story's picture: the library picture's own, or the old
        page's while the story has none."""
        if self.image_id:
            return self.image.credit
        return self.image_credit

    @property
    def heading(self) -> str:
        """What heads the story on its page, in its tab and in the breadcrumbs: its title, or for
        a story without a title of its own (as some old videos) its kicker and date, “Video,
        08 November 2016”."""
        if self.show_title:
            return self.title
        day = story_date_text(self)
        if not day:
            return self.kicker_label
        return _("%(kicker)s, %(date)s") % {"kicker": self.kicker_label, "date": day}

    @property
    def shown_date(self) -> date | None:
        """The single date listings show, or None for ranges and undated stories."""
        if self.date_display == DateDisplay.DATE:
            return self.date_start
        if self.date_display == DateDisplay.PUBLICATION and self.published_at:
            return timezone.localdate(self.published_at)
        return None

    @property
    def shown_range(self) -> tuple[date, date] | None:
        if self.date_display == DateDisplay.RANGE and self.date_start and self.date_end:
            return (self.date_start, self.date_end)
        return None

    @property
    def year(self) -> int | None:
        """The year the story is filed under in year-grouped listings."""
        return timezone.localtime(self.published_at).year if self.published_at else None

    def structured_data(self, describe: Describe) -> JsonObject | None:
        """The story as schema.org describes it to search engines, or None for a kind search
        engines read no type for. A story is a ``NewsArticle`` by its office unless its kind
        says otherwise. The structured-data app adds ``@context`` and leaves out the properties
        without a value (``docs/structured-data.md``)."""
        office = describe.office
        return {
            "@type": "NewsArticle",
            "headline": describe.headline(describe.title),
            "description": describe.description,
            "image": describe.image,
            "datePublished": describe.moment(self.published_at),
            "dateModified": describe.moment(self.last_published_at),
            "author": office,
            "publisher": office,
            "articleSection": self.kind_label,
            "keywords": describe.topics,
            "inLanguage": describe.language,
            "url": describe.url,
            "mainEntityOfPage": describe.url,
        }

    def calendar_details(self) -> CalendarDetails | None:
        """When and where the story takes place, for its entry in a calendar; None for a story
        that does not take place on days of its own, as most do not."""
        return None

    @classmethod
    def can_create_at(cls, parent) -> bool:
        """A section holds one kind of story: only that kind may be created in it."""
        if not super().can_create_at(parent):
            return False
        holds = getattr(parent.specific, "holds_kind", None)
        return holds(cls.KIND) if holds is not None else True

    def clean(self):
        super().clean()
        file_in_own_language(self)
        errors = {}
        if self.date_display == DateDisplay.DATE and not self.date_start:
            errors["date_start"] = _("Give the date to show, or choose another kind of date.")
        if self.date_display == DateDisplay.RANGE:
            if not self.date_start:
                errors["date_start"] = _("Give the first day of the range.")
            if not self.date_end:
                errors["date_end"] = _("Give the last day of the range.")
            elif self.date_start and self.date_end < self.date_start:
                errors["date_end"] = _("The last day cannot come before the first day.")
        if self.image_id and not (self.image.credit or "").strip():
            errors["image"] = _(
                "This image has no credit. Add one in the image library before using it."
            )
        if self.legacy_id:
            self.legacy_id = self.legacy_id.strip().upper()
            clash = (
                StoryPage.objects.filter(legacy_id=self.legacy_id, locale_id=self.locale_id)
                .exclude(pk=self.pk)
                .first()
            )
            if clash is not None:
                errors["legacy_id"] = _(
                    "The story “%(title)s” already has this legacy id in this language."
                ) % {"title": clash.title}
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.KIND is not None:
            self.kind = self.KIND
        if self.published_at is None and self.live:
            if self.date_display == DateDisplay.DATE and self.date_start:
                self.published_at = local_noon(self.date_start)
            else:
                self.published_at = self.first_published_at or timezone.now()
        return super().save(*args, **kwargs)


class NewsPage(StoryPage):
    """A news item about the office's work."""

    KIND = Kind.NEWS
    parent_page_types = ["stories.SectionPage"]

    class Meta:
        verbose_name = _("news item")


class PressReleasePage(StoryPage):
    """An official press release, for journalists first."""

    KIND = Kind.PRESS_RELEASE
    parent_page_types = ["stories.PressReleaseIndexPage"]

    class Meta:
        verbose_name = _("press release")


class StatementPage(StoryPage):
    """A statement or speech, with the speaker named above the byline."""

    KIND = Kind.STATEMENT
    parent_page_types = ["stories.SectionPage"]

    speaker = models.CharField(
        _("speaker"),
        max_length=255,
        blank=True,
        help_text=_(
            "Shown above the byline as “By …”, e.g. “Mr Tim De Meyer, Director, ILO Country "
            "Office for China and Mongolia”."
        ),
    )

    content_panels = (
        StoryPage.content_panels[:4] + [FieldPanel("speaker")] + StoryPage.content_panels[4:]
    )

    class Meta:
        verbose_name = _("statement")

    def structured_data(self, describe: Describe) -> JsonObject | None:
        """A ``NewsArticle`` whose author is the speaker, when one is named."""
        data = super().structured_data(describe)
        speaker = self.speaker.strip()
        if data is not None and speaker:
            data["author"] = {"@type": "Person", "name": speaker}
        return data


class FeaturePage(StoryPage):
    """A longer feature story."""

    KIND = Kind.FEATURE
    parent_page_types = ["stories.SectionPage"]

    class Meta:
        verbose_name = _("feature")


def story_model_for_kind(kind: str) -> type[StoryPage]:
    """The page class that stores stories of ``kind``."""
    pending = list(StoryPage.__subclasses__())
    while pending:
        model = pending.pop()
        if model.KIND == kind and not model._meta.abstract:
            return model
        pending.extend(model.__subclasses__())
    raise LookupError(f"No story page class stores the kind {kind!r}.")

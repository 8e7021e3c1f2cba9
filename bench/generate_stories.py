"""Fill a database with many live, public stories fast: 100 000 in about half a minute.

    .venv/bin/python bench/generate_stories.py --count 100000 \\
        --database var/bench/bench-100000.sqlite3

The database is created and migrated if needed, the site structure is built with
``ensure_site_structure()``, then the stories are written straight into the page tables in bulk:
the treebeard paths under each section are computed here instead of one ``add_child`` (and its
queries) per page. The mix looks like the office's archive: about 40 % press
releases, the rest news, events, publications, videos, statements, features and projects, spread
over 15 years, some with a credited picture (one shared image), teasers of realistic length.

Besides the ``--count`` listed stories it adds three that no reader may see (a draft, an
unpublished story, a story behind a password), dated newest of all, so that a listing that leaked
them would show them on its first page. ``--no-hidden`` leaves them out.

Pages written this way have no revisions and are not in the search index: enough for listings and
story pages, not for editing them in the admin.

``generate_stories()`` is also imported by tests, inside a database that is already set up.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEFAULT_SETTINGS = "newsroom.settings.test"

# Kind and share of the archive, in per cent.
KIND_SHARES = (
    ("press_release", 40),
    ("news", 22),
    ("event", 12),
    ("publication", 8),
    ("video", 7),
    ("statement", 4),
    ("feature", 4),
    ("project", 3),
)
# Which countries a story is filed under, and the share of stories, in per cent: most are about
# China, many about Mongolia, a few about both or neither (organisation-wide releases).
COUNTRY_SHARES = ((("china",), 55), (("mongolia",), 25), (("china", "mongolia"), 8), ((), 12))
# The share of stories filed under no topic; the others have one to three.
NO_TOPIC = 0.1
YEARS = 15
ARCHIVE_END = datetime(2025, 6, 30, 10, 0, tzinfo=UTC)
CHUNK = 5000

SUBJECTS = [
    "ILO",
    "The ILO Country Office for China and Mongolia",
    "The Ministry of Human Resources and Social Security",
    "Mongolia's Ministry of Labour and Social Protection",
    "The China Enterprise Confederation",
    "The All-China Federation of Trade Unions",
    "A youth employment network",
    "A domestic workers' network",
    "A herders' cooperative in Zavkhan province",
    "A garment factory in Guangdong",
]
ACTIONS = [
    "launches",
    "discusses",
    "reviews",
    "promotes",
    "strengthens",
    "co-organizes a seminar on",
    "hosts a workshop on",
    "publishes a study on",
    "marks progress on",
    "calls for action on",
]
TOPICS = [
    "social protection",
    "occupational safety and health",
    "youth employment",
    "international labour standards",
    "labour migration",
    "skills and apprenticeships",
    "responsible business conduct",
    "gender equality",
    "domestic workers' rights",
    "labour statistics",
    "employment injury insurance for platform workers",
    "a human-centred recovery from the COVID-19 crisis",
]
PLACES = ["Beijing, China", "Ulaanbaatar, Mongolia", "Shanghai, China", "Geneva, Switzerland", ""]
FUNDERS = ["European Union", "Government of Japan", "USDOL", "SIDA", "Government of Norway"]
SPEAKERS = [
    "Mr Tim De Meyer, Director, ILO Country Office for China and Mongolia",
    "Ms Claire Courteille-Mulder, Director, ILO Country Office for China and Mongolia",
    "Mr Guy Ryder, ILO Director-General",
]
KICKERS = [
    "World Day for Safety and Health at Work",
    "SCORE Experience Sharing in Deqing",
    "Decent Work Country Programme",
    "Youth Employment",
    "International Women's Day",
]
SENTENCES = [
    "The event brought together government officials, employers and workers from {place}.",
    "Around {n} participants exchanged good practices and discussed the next steps.",
    "The study reviews current policies and practices and puts forward recommendations.",
    "It is part of the ILO's work on {topic} in China and Mongolia.",
    "The project is funded by the European Union and runs until {year}.",
    "Participants agreed to strengthen cooperation on {topic} over the coming years.",
    "The findings will inform the national action plan adopted in {year}.",
]


@dataclass
class Generated:
    """What a run wrote: the listed stories by kind, and the stories no reader may see."""

    by_kind: Counter = field(default_factory=Counter)
    first_id: int = 0
    last_id: int = 0
    hidden_titles: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(self.by_kind.values())


class _Text:
    """Titles and teasers that read like the office's, from a seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def title(self, number: int) -> str:
        r = self.rng
        return f"{r.choice(SUBJECTS)} {r.choice(ACTIONS)} {r.choice(TOPICS)} ({number})"

    def teaser(self, year: int) -> str:
        r = self.rng
        if r.random() < 0.15:
            return ""
        sentences = r.sample(SENTENCES, r.randint(1, 3))
        return " ".join(
            s.format(
                place=r.choice(PLACES[:-1]),
                n=r.randint(20, 200),
                topic=r.choice(TOPICS),
                year=year + r.randint(0, 3),
            )
            for s in sentences
        )


def configure(database: str | None, database_url: str | None) -> None:
    """Point Django at the bench database; call before ``django.setup()``."""
    if str(BASE_DIR) not in sys.path:
        sys.path.insert(0, str(BASE_DIR))
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    elif database:
        path = Path(database)
        if not path.is_absolute():
            path = BASE_DIR / path
        path.parent.mkdir(parents=True, exist_ok=True)
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", DEFAULT_SETTINGS)


def _shared_image():
    """One credited picture that a share of the stories use, as editors reuse pictures."""
    import io

    from django.core.files.images import ImageFile
    from PIL import Image as PillowImage

    from newsroom.core.models import CreditedImage

    image = CreditedImage.objects.filter(title="Bench picture").first()
    if image is not None:
        return image
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 36), (90, 120, 150)).save(buffer, format="PNG")
    return CreditedImage.objects.create(
        title="Bench picture",
        description="Workers in a garment factory",
        credit="ShutterStock 2024",
        file=ImageFile(buffer, name="bench-picture.png"),
    )


def _insert(connection, model, objs) -> None:
    """Write the rows of ``model``'s own table for ``objs`` (parent tables are written apart)."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(model._meta.db_table),
        ", ".join(quote(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    # Strings, whole numbers, booleans and NULL go to the database as they are; only the other
    # values (dates, UUIDs, durations, stream fields) need the field's conversion.
    plain = (str, int, bool)

    def prepared(field, value):
        if value is None or type(value) in plain:
            return value
        return field.get_db_prep_save(value, connection)

    rows = [tuple(prepared(f, getattr(obj, f.attname)) for f in fields) for obj in objs]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _chain(model) -> list:
    """``model`` and its concrete ancestors, root (``Page``) first."""
    chain = [model]
    for parent in model._meta.get_parent_list():
        if not parent._meta.abstract:
            chain.append(parent)
    return list(reversed(chain))


def _kind_fields(
    kind: str, rng: random.Random, extra: random.Random, published_at: datetime
) -> dict:
    """The date shown and the kind's own fields, as editors fill them in.

    ``rng`` is drawn from exactly as in the first version of this generator, so that a seed
    still gives the same titles, kinds and dates (tests rely on them); what later versions add
    (single-day and far-ahead events, open-ended projects, speakers, …) is drawn from ``extra``.
    """
    from django.utils import timezone

    from newsroom.stories.kinds import DateDisplay

    day = timezone.localdate(published_at)
    fields: dict = {"date_display": DateDisplay.PUBLICATION}
    if kind == "event":
        roll = rng.random()
        # Most events are announced shortly before they begin, a few two or three months ahead.
        # None ends after 2025 (tests that move the clock to 2026 count on every one being past).
        ahead = extra.randint(45, 90) if extra.random() < 0.05 else None
        if roll < 0.7:
            start = day + timedelta(days=ahead or rng.randint(0, 30))
            length = rng.choice([0, 1, 1, 2, 4, 90])
            if length:
                fields.update(
                    date_display=DateDisplay.RANGE,
                    date_start=start,
                    date_end=start + timedelta(days=length),
                )
            else:
                fields.update(date_display=DateDisplay.DATE, date_start=start)
        elif roll < 0.8:
            # A meeting reported without its days.
            fields["date_display"] = DateDisplay.NONE
        else:
            start = day + timedelta(days=ahead or extra.randint(0, 30))
            fields.update(date_display=DateDisplay.DATE, date_start=start)
        venue, online = rng.choice(PLACES[:-1]), rng.random() < 0.2
        # Half the online events are online only; the others are hybrid, with a venue.
        fields.update(venue="" if online and extra.random() < 0.5 else venue, is_online=online)
    elif kind == "project":
        years, funder = rng.randint(1, 4), rng.choice(FUNDERS[:4])
        roll = extra.random()
        if roll < 0.85:
            fields.update(
                date_display=DateDisplay.RANGE,
                date_start=day,
                date_end=day + timedelta(days=365 * years - 1),
            )
        elif roll < 0.95:
            # Open-ended: ongoing for as long as it has no end.
            fields.update(date_display=DateDisplay.DATE, date_start=day)
        else:
            fields["date_display"] = DateDisplay.NONE
        fields["funder"] = funder if extra.random() < 0.9 else ""
    elif kind == "video":
        fields.update(
            video_url=f"https://www.youtube.com/watch?v={rng.getrandbits(40):x}",
            duration=timedelta(seconds=rng.randint(40, 3600)),
        )
    elif kind == "publication":
        isbn = f"978-92-2-{rng.randint(0, 999999):06d}-{rng.randint(0, 9)}"
        if extra.random() < 0.7:
            fields["isbn"] = isbn
    elif kind == "statement":
        fields["speaker"] = extra.choice(SPEAKERS)
    elif rng.random() < 0.1:
        fields.update(date_display=DateDisplay.DATE, date_start=day)
    return fields


class _Filing:
    """The countries and topics stories are filed under, drawn from a generator of their own so
    that filing does not change the rest of a seeded archive."""

    def __init__(self, seed: int, locale_id: int):
        from newsroom.taxonomy.models import Country, Topic

        self.rng = random.Random(f"filing-{seed}")
        countries = dict(Country.objects.filter(locale_id=locale_id).values_list("slug", "pk"))
        self.country_sets = [
            tuple(countries[slug] for slug in slugs if slug in countries)
            for slugs, _ in COUNTRY_SHARES
        ]
        self.country_weights = [share for _, share in COUNTRY_SHARES]
        self.topics = list(
            Topic.objects.filter(locale_id=locale_id).order_by("pk").values_list("pk", flat=True)
        )

    def countries(self) -> tuple[int, ...]:
        return self.rng.choices(self.country_sets, self.country_weights)[0]

    def topics_of(self) -> list[int]:
        if not self.topics or self.rng.random() < NO_TOPIC:
            return []
        return self.rng.sample(self.topics, min(len(self.topics), self.rng.randint(1, 3)))


def generate_stories(
    count: int,
    *,
    structure=None,
    seed: int = 2017,
    hidden: bool = True,
    shares: tuple[tuple[str, int], ...] = KIND_SHARES,
    end: datetime = ARCHIVE_END,
    years: int = YEARS,
    progress=None,
) -> Generated:
    """Write ``count`` live, public stories of the kinds in ``shares`` (kind, weight), and the
    hidden ones unless ``hidden`` is False. Run again, it adds more after the ones there."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.color import no_style
    from django.db import DEFAULT_DB_ALIAS, connections, transaction
    from django.db.models import Max
    from django.utils.text import slugify
    from wagtail.models import Page, PageViewRestriction

    from newsroom.stories.models import StoryPage, story_model_for_kind
    from newsroom.stories.structure import ensure_site_structure

    rng = random.Random(seed)
    extra = random.Random(f"extra-{seed}")
    text = _Text(rng)
    result = Generated()
    # The connection itself, not the ``django.db.connection`` proxy: every value written asks
    # for it, and each look-up through the proxy costs a thread-local read.
    connection = connections[DEFAULT_DB_ALIAS]
    with transaction.atomic():
        structure = structure or ensure_site_structure()
        locale = structure.home.locale
        image = _shared_image()
        filing = _Filing(seed, locale.pk)
        # The tables that file a story under terms, each with its term column, in the order of
        # a story's ``filed`` (countries, topics).
        quote = connection.ops.quote_name
        filing_sql = [
            "INSERT INTO {} ({}, {}) VALUES (%s, %s)".format(
                quote(through._meta.db_table),
                quote(through._meta.get_field("storypage").column),
                quote(through._meta.get_field(term).column),
            )
            for through, term in (
                (StoryPage.countries.through, "country"),
                (StoryPage.topics.through, "topic"),
            )
        ]
        kinds = [kind for kind, _ in shares]
        weights = [share for _, share in shares]
        every_kind = {kind for kind, _ in KIND_SHARES} | set(kinds)
        models = {kind: story_model_for_kind(kind) for kind in every_kind}
        content_types = {
            kind: ContentType.objects.get_for_model(model).pk for kind, model in models.items()
        }
        parents = {kind: Page.objects.get(pk=structure.parent_for(kind).pk) for kind in every_kind}
        next_position = {}
        for parent in parents.values():
            last = parent.get_last_child()
            next_position[parent.pk] = (last._get_lastpos_in_path() + 1) if last else 1
        added = Counter()
        next_id = (Page.objects.aggregate(top=Max("id"))["top"] or 0) + 1
        result.first_id = next_id
        start_at = end - timedelta(days=365 * years)
        span = (end - start_at).total_seconds()

        def build(
            kind: str,
            published_at: datetime | None,
            title: str,
            live: bool = True,
            filed: tuple[tuple[int, ...], list[int]] | None = None,
        ):
            nonlocal next_id
            model, parent = models[kind], parents[kind]
            position = next_position[parent.pk]
            next_position[parent.pk] += 1
            added[parent.pk] += 1
            slug = f"{slugify(title)[:60]}-{next_id}"
            dated = published_at or end
            story = model(
                title=title,
                draft_title=title,
                slug=slug,
                path=Page._get_path(parent.path, parent.depth + 1, position),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                locale_id=locale.pk,
                content_type_id=content_types[kind],
                translation_key=uuid.uuid4(),
                live=live,
                has_unpublished_changes=not live,
                first_published_at=published_at if live else None,
                last_published_at=published_at if live else None,
                kind=kind,
                kicker=rng.choice(KICKERS) if rng.random() < 0.08 else "",
                teaser=text.teaser(dated.year),
                published_at=published_at,
                place=rng.choice(PLACES),
                image_id=image.pk if rng.random() < 0.3 else None,
                legacy_id=f"WCMS_{next_id:06d}",
                body=[],
                **_kind_fields(kind, rng, extra, dated),
            )
            story.id = story.page_ptr_id = next_id
            if hasattr(story, "storypage_ptr_id"):
                story.storypage_ptr_id = next_id
            story.filed = filed or (filing.countries(), filing.topics_of())
            next_id += 1
            return story

        def write(stories) -> None:
            for model in sorted({type(s) for s in stories}, key=lambda m: m.__name__):
                of_model = [s for s in stories if type(s) is model]
                for table_model in _chain(model):
                    _insert(connection, table_model, of_model)
            # The rows of the parental many-to-many fields that file each story.
            for index, sql in enumerate(filing_sql):
                rows = [(s.pk, term_id) for s in stories for term_id in s.filed[index]]
                if rows:
                    with connection.cursor() as cursor:
                        cursor.executemany(sql, rows)

        done = 0
        began = time.monotonic()
        while done < count:
            size = min(CHUNK, count - done)
            chunk = []
            for _ in range(size):
                kind = rng.choices(kinds, weights)[0]
                published_at = start_at + timedelta(seconds=rng.random() * span)
                published_at = published_at.replace(microsecond=0)
                chunk.append(build(kind, published_at, text.title(done + len(chunk) + 1)))
                result.by_kind[kind] += 1
            write(chunk)
            done += size
            if progress:
                progress(done, count, time.monotonic() - began)

        if hidden:
            newest = end + timedelta(days=1)
            # Filed under every country and the first topic: a leak would show on their pages.
            everywhere = (
                tuple(sorted({pk for pks in filing.country_sets for pk in pks})),
                filing.topics[:1],
            )
            draft = build("press_release", None, "Hidden draft release", False, everywhere)
            unpublished = build("news", newest, "Hidden unpublished news", False, everywhere)
            private = build("press_release", newest, "Hidden private release", True, everywhere)
            write([draft, unpublished, private])
            PageViewRestriction.objects.create(
                page_id=private.pk,
                restriction_type=PageViewRestriction.PASSWORD,
                password="bench",
            )
            result.hidden_titles = [draft.title, unpublished.title, private.title]

        result.last_id = next_id - 1
        for parent in parents.values():
            if added[parent.pk]:
                parent.numchild += added.pop(parent.pk)
                Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild)
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), [Page]):
                cursor.execute(sql)
    return result


# The listings ``verify`` requests: every kind's, a country's and a topic's.
LISTING_PATHS = (
    "/en/whats-new/",
    "/en/press-releases/",
    "/en/news/",
    "/en/statements/",
    "/en/features/",
    "/en/events/",
    "/en/projects/",
    "/en/publications/",
    "/en/videos/",
    "/en/countries/china/",
    "/en/countries/china/?kind=press_release",
    "/en/topics/social-protection/",
)


def verify(result: Generated) -> list[str]:
    """Read the new stories back through the ORM and the site; the problems found, if any."""
    from django.test import Client
    from wagtail.models import Page

    from newsroom.stories.kinds import Kind
    from newsroom.stories.models import StoryPage

    problems = []
    new = StoryPage.objects.filter(pk__gte=result.first_id, pk__lte=result.last_id)
    listed = new.live().public().count()
    if listed != result.count:
        problems.append(f"{listed} stories are live and public, expected {result.count}.")
    client = Client(HTTP_HOST="127.0.0.1")
    for kind in Kind:
        sample = new.live().public().filter(kind=kind).order_by("-pk").first()
        if sample is None:
            continue
        specific = sample.specific
        if specific.kind != kind or type(specific) is StoryPage:
            problems.append(f"Story {sample.pk} reads back as {type(specific).__name__}.")
        response = client.get(specific.get_url())
        if response.status_code != 200:
            problems.append(f"{specific.get_url()} answered {response.status_code}.")
    for path in LISTING_PATHS:
        response = client.get(path)
        if response.status_code != 200:
            problems.append(f"{path} answered {response.status_code}.")
            continue
        html = response.content.decode()
        problems += [f"{path} shows “{t}”." for t in result.hidden_titles if t in html]
    for parent in Page.objects.filter(depth=3):
        if parent.get_children_count() != parent.numchild:
            problems.append(f"{parent.url_path} has numchild {parent.numchild}, wrong.")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000, help="listed stories to write")
    parser.add_argument(
        "--database",
        default="var/bench/bench-100000.sqlite3",
        help="SQLite file to create or fill (relative to the project folder)",
    )
    parser.add_argument(
        "--database-url", help="a full DATABASE_URL instead, e.g. postgres://…/newsroom_bench"
    )
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument(
        "--no-hidden", action="store_true", help="leave out the drafts and the private story"
    )
    parser.add_argument(
        "--no-verify", action="store_true", help="skip reading the stories back afterwards"
    )
    args = parser.parse_args(argv)

    configure(args.database, args.database_url)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    began = time.monotonic()
    call_command("migrate", verbosity=0, interactive=False)
    name = connection.settings_dict["NAME"]
    print(f"database {name} migrated in {time.monotonic() - began:.1f} s")

    def progress(done: int, total: int, seconds: float) -> None:
        if done == total or done % 20_000 == 0:
            print(f"  {done:>7} / {total} stories, {seconds:.1f} s", flush=True)

    began = time.monotonic()
    result = generate_stories(
        args.count, seed=args.seed, hidden=not args.no_hidden, progress=progress
    )
    seconds = time.monotonic() - began
    mix = ", ".join(f"{kind} {n}" for kind, n in result.by_kind.most_common())
    print(f"wrote {result.count} stories in {seconds:.1f} s ({mix})")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    if not args.no_verify:
        problems = verify(result)
        for problem in problems:
            print(f"PROBLEM: {problem}")
        if problems:
            return 1
        print("verified: ORM reads, .specific, story pages and listings answer, hidden stay out")
    return 0


if __name__ == "__main__":
    sys.exit(main())

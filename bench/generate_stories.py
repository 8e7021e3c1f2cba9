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
    rows = [
        tuple(f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields)
        for obj in objs
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _chain(model) -> list:
    """``model`` and its concrete ancestors, root (``Page``) first."""
    chain = [model]
    for parent in model._meta.get_parent_list():
        if not parent._meta.abstract:
            chain.append(parent)
    return list(reversed(chain))


def _kind_fields(kind: str, rng: random.Random, published_at: datetime) -> dict:
    """The date shown and the kind's own fields, as editors fill them in."""
    from django.utils import timezone

    from newsroom.stories.kinds import DateDisplay

    day = timezone.localdate(published_at)
    fields: dict = {"date_display": DateDisplay.PUBLICATION}
    if kind == "event":
        roll = rng.random()
        if roll < 0.7:
            start = day + timedelta(days=rng.randint(0, 30))
            fields.update(
                date_display=DateDisplay.RANGE,
                date_start=start,
                date_end=start + timedelta(days=rng.choice([0, 1, 1, 2, 4, 90])),
            )
        elif roll < 0.8:
            fields["date_display"] = DateDisplay.NONE
        fields.update(venue=rng.choice(PLACES[:-1]), is_online=rng.random() < 0.2)
    elif kind == "project":
        start = day
        fields.update(
            date_display=DateDisplay.RANGE,
            date_start=start,
            date_end=start + timedelta(days=365 * rng.randint(1, 4) - 1),
            funder=rng.choice(["European Union", "Government of Japan", "USDOL", "SIDA"]),
        )
    elif kind == "video":
        fields.update(
            video_url=f"https://www.youtube.com/watch?v={rng.getrandbits(40):x}",
            duration=timedelta(seconds=rng.randint(40, 3600)),
        )
    elif kind == "publication":
        fields["isbn"] = f"978-92-2-{rng.randint(0, 999999):06d}-{rng.randint(0, 9)}"
    elif kind == "statement":
        fields["speaker"] = "Mr Tim De Meyer, Director, ILO Country Office for China and Mongolia"
    elif rng.random() < 0.1:
        fields.update(date_display=DateDisplay.DATE, date_start=day)
    return fields


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
    from django.db import connection, transaction
    from django.db.models import Max
    from django.utils.text import slugify
    from wagtail.models import Page, PageViewRestriction

    from newsroom.stories.models import story_model_for_kind
    from newsroom.stories.structure import ensure_site_structure

    rng = random.Random(seed)
    text = _Text(rng)
    result = Generated()
    with transaction.atomic():
        structure = structure or ensure_site_structure()
        locale = structure.home.locale
        image = _shared_image()
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

        def build(kind: str, published_at: datetime | None, title: str, live: bool = True):
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
                **_kind_fields(kind, rng, dated),
            )
            story.id = story.page_ptr_id = next_id
            if hasattr(story, "storypage_ptr_id"):
                story.storypage_ptr_id = next_id
            next_id += 1
            return story

        def write(stories) -> None:
            for model in {type(s) for s in stories}:
                of_model = [s for s in stories if type(s) is model]
                for table_model in _chain(model):
                    _insert(connection, table_model, of_model)

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
            draft = build("press_release", None, "Hidden draft release", live=False)
            unpublished = build("news", newest, "Hidden unpublished news", live=False)
            private = build("press_release", newest, "Hidden private release")
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
    for path in ("/en/whats-new/", "/en/press-releases/", "/en/events/"):
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

"""Server time and SQL queries of the story listings at two archive sizes.

    .venv/bin/python bench/listing_render.py                  # SQLite, 1 000 and 100 000 stories
    .venv/bin/python bench/listing_render.py --sizes 1000 100000 \\
        --database-url 'postgres://postgres@127.0.0.1:5432/newsroom_bench_{size}'

Each size has its own database (``var/bench/bench-<size>.sqlite3``, or the URL with ``{size}``
filled in), filled by ``generate_stories.py`` on first use and reused afterwards. Each size is
measured in processes of its own, in rounds that alternate between the sizes, so that the
databases never share a connection or a cache and a spell of load on the machine falls on every
size alike.

A request is measured as the server sees it: the site's WSGI application called in-process with
``HTTP_HOST=127.0.0.1``, from the start of the call to the last byte of the body, including the
per-request connection set-up the settings ask for. No network, no test client.

Every listing a reader reaches from the home page is measured: What's new, the press releases,
each kind's listing (news, statements, features, events, projects, publications, videos), the
China page, a topic's page, and the China page filtered to one kind. Pages measured for each,
see ``bench/README.md`` for why:
  first   page 1;
  deep    a fixed page number that exists at every size: the page at 90 % of the listing in the
          smallest database (What's new page 90, press releases page 18 at 1 000 stories);
  90%     the page at 90 % of the listing in each database (page 9 000 of What's new at 100 000):
          reported, but an offset that grows with the archive cannot cost the same.
``--only`` picks listings by name, ``--pages`` the rows (``--pages first deep`` is quicker).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
if str(BASE_DIR) not in sys.path:
    sys.path.insert(0, str(BASE_DIR))

from bench.generate_stories import configure  # noqa: E402
from bench.measuring import (  # noqa: E402
    add_arguments,
    call_wsgi,
    measure_request,
    print_comparison,
    print_queries,
    run_rounds,
    thousands,
)

# Name, path and the query string every page of it keeps (a filter), in the order reported.
LISTINGS = (
    ("whats-new", "/en/whats-new/", ""),
    ("press-releases", "/en/press-releases/", ""),
    ("news", "/en/news/", ""),
    ("statements", "/en/statements/", ""),
    ("features", "/en/features/", ""),
    ("events", "/en/events/", ""),
    ("projects", "/en/projects/", ""),
    ("publications", "/en/publications/", ""),
    ("videos", "/en/videos/", ""),
    ("china", "/en/countries/china/", ""),
    ("topic", "/en/topics/social-protection/", ""),
    ("china-events", "/en/countries/china/", "kind=event"),
)
PAGE_ROWS = ("first", "deep", "90%")
DEPTH = 0.9
PAGES_OF = re.compile(rb"Page 1 of (\d+)")


def database_for(size: int, database_url: str | None) -> tuple[str | None, str | None]:
    if database_url:
        return None, database_url.replace("{size}", str(size))
    return f"var/bench/bench-{size}.sqlite3", None


# ---------------------------------------------------------------- the worker, one per size


def _ensure_stories(size: int) -> None:
    """Migrate the database and fill it with ``size`` stories unless it holds them already."""
    from django.core.management import call_command
    from django.db import connection

    from bench.generate_stories import generate_stories, verify
    from newsroom.stories.models import StoryPage

    call_command("migrate", verbosity=0, interactive=False)
    listed = StoryPage.objects.live().public().count()
    if listed == size:
        return
    if listed:
        raise SystemExit(f"The database for {size} holds {listed} stories; empty it first.")
    print(f"writing {size} stories into {connection.settings_dict['NAME']}…", file=sys.stderr)
    problems = verify(generate_stories(size))
    if problems:
        raise SystemExit("\n".join(problems))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def _pages(application, path: str, query: str) -> int:
    """How many pages the listing has, as its first page tells the reader."""
    code, body = call_wsgi(application, path, query)
    if code != 200:
        raise SystemExit(f"{path}?{query} answered {code}.")
    found = PAGES_OF.search(body)
    return int(found.group(1)) if found else 1


def worker(
    size: int,
    repeat: int,
    warmup: int,
    deep: dict[str, int],
    only: list[str],
    rows_wanted: list[str],
) -> dict:
    import django

    django.setup()
    from django.core.wsgi import get_wsgi_application
    from django.db import connection

    _ensure_stories(size)
    application = get_wsgi_application()
    rows = []
    at_depth: dict[str, int] = {}
    for name, path, keep in LISTINGS:
        if only and name not in only:
            continue
        proportional = max(1, math.ceil(DEPTH * _pages(application, path, keep)))
        at_depth[name] = proportional
        pages = {"first": 1, "deep": deep.get(name, proportional), "90%": proportional}
        for label, number in pages.items():
            if label not in rows_wanted:
                continue
            query = "&".join(part for part in (keep, f"page={number}") if part)
            measured = measure_request(application, path, query, repeat, warmup, size)
            del measured["body"]
            rows.append(
                {
                    "listing": name,
                    "page": label,
                    "number": number,
                    **measured,
                }
            )
    return {"size": size, "vendor": connection.vendor, "rows": rows, "at_depth": at_depth}


# ---------------------------------------------------------------- the driver


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser, "page")
    parser.add_argument("--show-sql", action="store_true", help="print the queries of each page")
    parser.add_argument(
        "--only",
        nargs="+",
        default=[],
        choices=[name for name, _, _ in LISTINGS],
        help="measure these listings only",
    )
    parser.add_argument(
        "--pages", nargs="+", default=list(PAGE_ROWS), choices=PAGE_ROWS, help="rows to measure"
    )
    parser.add_argument("--deep", type=json.loads, default={}, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        configure(*database_for(args.worker, args.database_url))
        result = worker(args.worker, args.repeat, args.warmup, args.deep, args.only, args.pages)
        print(json.dumps(result))
        return 0

    def arguments(number: int, first: dict | None) -> list[str]:
        # The deep pages are the smallest database's 90 % pages, once it has been measured.
        deep = first["at_depth"] if first else {}
        command = ["--deep", json.dumps(deep), "--pages", *args.pages]
        return command + (["--only", *args.only] if args.only else [])

    def same(kept: dict, row: dict, size: int) -> None:
        if row["queries"] != kept["queries"]:
            raise SystemExit(
                f"{row['listing']} ran {kept['queries']} then "
                f"{row['queries']} queries at {size} stories."
            )

    results, per_round = run_rounds(__file__, args, arguments, same)
    print_comparison(
        results,
        per_round,
        args,
        "page",
        ("listing", "page", "stories", "page no."),
        lambda result, row: (
            row["listing"],
            row["page"],
            thousands(result["size"]),
            thousands(row["number"]),
        ),
    )
    if args.show_sql:
        print_queries(results, lambda row: f"{row['listing']} page {row['number']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

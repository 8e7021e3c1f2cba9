"""Server time and SQL queries of the feeds and calendars at two archive sizes.

    .venv/bin/python bench/feed_render.py                  # SQLite, 1 000 and 100 000 stories
    .venv/bin/python bench/feed_render.py --sizes 1000 100000 \\
        --database-url 'postgres://postgres@127.0.0.1:5432/newsroom_bench_{size}'

The databases are ``listing_render.py``'s (filled on first use, reused afterwards), each size
measured in processes of its own, in rounds that alternate between the sizes. A request is the
site's WSGI application called in-process, from the start of the call to the last byte.

A feed is the 50 newest stories of its listing; a calendar the listing's upcoming events and
the latest past ones, 50 at most. Each is rendered whole on every request (the 304 answers a
client gets when nothing changed still render it to compare the hash).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
if str(BASE_DIR) not in sys.path:
    sys.path.insert(0, str(BASE_DIR))

from bench.generate_stories import configure  # noqa: E402
from bench.listing_render import _ensure_stories, database_for  # noqa: E402
from bench.measuring import (  # noqa: E402
    add_arguments,
    measure_request,
    print_comparison,
    print_queries,
    run_rounds,
    thousands,
)

# Name and path, in the order reported.
FEEDS = (
    ("whats-new rss", "/en/whats-new/feed/", ""),
    ("whats-new atom", "/en/whats-new/feed/atom/", ""),
    ("whats-new json", "/en/whats-new/feed/json/", ""),
    ("press-releases rss", "/en/press-releases/feed/", ""),
    ("events rss", "/en/events/feed/", ""),
    ("events calendar", "/en/events/calendar/", ""),
    ("china rss", "/en/countries/china/feed/", ""),
    ("topic rss", "/en/topics/social-protection/feed/", ""),
    ("china-events rss", "/en/countries/china/feed/", "kind=event"),
)


def worker(size: int, repeat: int, warmup: int) -> dict:
    import django

    django.setup()
    from django.core.wsgi import get_wsgi_application
    from django.db import connection

    _ensure_stories(size)
    application = get_wsgi_application()
    rows = []
    for name, path, query in FEEDS:
        measured = measure_request(application, path, query, repeat, warmup, size)
        body = measured.pop("body")
        rows.append(
            {
                "feed": name,
                "bytes": len(body),
                **measured,
            }
        )
    return {"size": size, "vendor": connection.vendor, "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser, "feed")
    parser.add_argument("--show-sql", action="store_true", help="print the queries of each feed")
    args = parser.parse_args(argv)

    if args.worker:
        configure(*database_for(args.worker, args.database_url))
        print(json.dumps(worker(args.worker, args.repeat, args.warmup)))
        return 0

    def same(kept: dict, row: dict, size: int) -> None:
        if row["queries"] != kept["queries"]:
            raise SystemExit(
                f"{row['feed']} ran {kept['queries']} then {row['queries']} queries at {size}."
            )

    results, per_round = run_rounds(__file__, args, lambda number, first: [], same)
    print_comparison(
        results,
        per_round,
        args,
        "feed",
        ("feed", "stories", "kB"),
        lambda result, row: (row["feed"], thousands(result["size"]), f"{row['bytes'] / 1024:.1f}"),
    )
    if args.show_sql:
        print_queries(results, lambda row: row["feed"])
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Server time and SQL queries of the sitemap at two archive sizes.

    .venv/bin/python bench/sitemap_render.py                  # SQLite, 1 000 and 100 000 stories
    .venv/bin/python bench/sitemap_render.py --limit 1000     # files of 1 000 addresses
    .venv/bin/python bench/sitemap_render.py --sizes 1000 100000 \\
        --database-url 'postgres://postgres@127.0.0.1:5432/newsroom_bench_{size}'

The databases are the listing bench's (``var/bench/bench-<size>.sqlite3``, or the URL with
``{size}`` filled in), filled by ``generate_stories.py`` on first use. Requests are made as in
``listing_render.py``: the site's WSGI application called in-process, each size in processes of
its own, in rounds that alternate between the sizes. Rows:
  index   ``/sitemap.xml``, the address of every file of every language;
  first   ``/sitemap-en.xml``, the first file of the English sitemap;
  last    its last file (``?p=21`` at 100 000 stories): the pages before it are stepped over.
A file holds up to the site's limit of addresses (5 000), so the first file of a small archive
holds fewer than that of a large one; ``--limit`` sets a smaller limit for the run, so that the
first file is full at every size and the two cost the same work.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
if str(BASE_DIR) not in sys.path:
    sys.path.insert(0, str(BASE_DIR))

from bench.generate_stories import configure  # noqa: E402
from bench.listing_render import _ensure_stories, database_for  # noqa: E402
from bench.measuring import (  # noqa: E402
    add_arguments,
    call_wsgi,
    measure_request,
    print_comparison,
    print_queries,
    run_rounds,
    thousands,
)

ROWS = ("index", "first", "last")
FILE = re.compile(rb"<loc>[^<]*/sitemap-en\.xml(?:\?p=(\d+))?</loc>")


def _last_file(application) -> int:
    """The number of the English sitemap's last file, as the index gives it."""
    code, body = call_wsgi(application, "/sitemap.xml", "")
    if code != 200:
        raise SystemExit(f"/sitemap.xml answered {code}.")
    return max(int(number or 1) for number in FILE.findall(body))


def worker(size: int, repeat: int, warmup: int, limit: int | None) -> dict:
    import django

    django.setup()
    from django.core.wsgi import get_wsgi_application
    from django.db import connection

    from newsroom.crawling.sitemaps import LanguageSitemap

    if limit:
        LanguageSitemap.limit = limit
    _ensure_stories(size)
    application = get_wsgi_application()
    last = _last_file(application)
    requests = {
        "index": ("/sitemap.xml", ""),
        "first": ("/sitemap-en.xml", ""),
        "last": ("/sitemap-en.xml", f"p={last}" if last > 1 else ""),
    }
    rows = []
    for label, (path, query) in requests.items():
        measured = measure_request(application, path, query, repeat, warmup, size)
        body = measured.pop("body")
        rows.append(
            {
                "row": label,
                "address": f"{path}?{query}" if query else path,
                "urls": body.count(b"<url>") or body.count(b"<sitemap>"),
                **measured,
            }
        )
    return {"size": size, "vendor": connection.vendor, "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser, "file")
    parser.add_argument("--limit", type=int, help="addresses a file (the site's: 5 000)")
    parser.add_argument("--show-sql", action="store_true", help="print the queries of each file")
    args = parser.parse_args(argv)

    if args.worker:
        configure(*database_for(args.worker, args.database_url))
        print(json.dumps(worker(args.worker, args.repeat, args.warmup, args.limit)))
        return 0

    def arguments(number: int, first: dict | None) -> list[str]:
        return ["--limit", str(args.limit)] if args.limit else []

    def same(kept: dict, row: dict, size: int) -> None:
        if row["queries"] != kept["queries"]:
            raise SystemExit(
                f"{row['address']} ran {kept['queries']} then {row['queries']} queries at {size}."
            )

    results, per_round = run_rounds(__file__, args, arguments, same)
    print_comparison(
        results,
        per_round,
        args,
        "file",
        ("row", "address", "stories", "entries"),
        lambda result, row: (
            row["row"],
            f"`{row['address']}`" if args.markdown else row["address"],
            thousands(result["size"]),
            thousands(row["urls"]),
        ),
    )
    if args.show_sql:
        print_queries(results, lambda row: row["address"])
    return 0


if __name__ == "__main__":
    sys.exit(main())

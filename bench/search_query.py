"""Server time and SQL queries of the site search at two archive sizes.

    .venv/bin/python bench/search_query.py                    # SQLite, 1 000 and 100 000 stories
    .venv/bin/python bench/search_query.py --sizes 1000 100000 \\
        --database-url 'postgres://postgres@127.0.0.1:5432/newsroom_bench_search_{size}'

Each size has its own database (``var/bench/search-<size>.sqlite3``, or the URL with ``{size}``
filled in), filled on first use by ``generate_stories.py`` with stories in English, Chinese and
Mongolian (about a third each, each with a body of several paragraphs in its language) and their
search index, written in bulk and checked against ``newsroom.search.indexing`` on a sample; it is
reused afterwards. Each size is measured in processes of its own, in rounds that alternate
between the sizes, so that the databases never share a connection or a cache and a spell of load
on the machine falls on every size alike.

A request is measured as the server sees it: the site's WSGI application called in-process with
``HTTP_HOST=127.0.0.1``, from the start of the call to the last byte of the body, including the
per-request connection set-up the settings ask for. No network, no test client.

Each language is searched for a common word (in about a third of its stories), a rare one (under
1 %), a common and a rare pair of words, and the common word narrowed to press releases; Chinese
and Mongolian also for a word in nearly every story, Mongolian for a rare pair made of a common
and a rare word, English for its common word in every language. ``--only`` picks searches by
name; ``--show-sql`` prints each search's statements with their time and the plan of the
slowest.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
if str(BASE_DIR) not in sys.path:
    sys.path.insert(0, str(BASE_DIR))

from bench.generate_stories import LANGUAGES, configure  # noqa: E402
from bench.measuring import (  # noqa: E402
    add_arguments,
    call_wsgi,
    print_comparison,
    run_rounds,
    thousands,
)

# Name, address prefix, what the reader types, the other parameters, in the order reported.
SEARCHES = (
    ("en-labour", "en", "labour", ""),
    ("en-ratify", "en", "ratify", ""),
    ("en-decent-work", "en", "decent work", ""),
    ("en-social-protection", "en", "social protection", ""),
    ("en-labour-releases", "en", "labour", "kind=press_release"),
    ("en-labour-all", "en", "labour", "languages=all"),
    ("zh-beijing", "zh", "北京", ""),
    ("zh-labour", "zh", "劳工", ""),
    ("zh-ratify", "zh", "批准", ""),
    ("zh-beijing-labour", "zh", "北京 劳工", ""),
    ("zh-social-protection", "zh", "社会保护", ""),
    ("zh-beijing-releases", "zh", "北京", "kind=press_release"),
    ("mn-mongol", "mn", "Монгол", ""),
    ("mn-labour", "mn", "хөдөлмөр", ""),
    ("mn-ratify", "mn", "соёрхон", ""),
    ("mn-employment", "mn", "ажил эрхлэлт", ""),
    ("mn-social-protection", "mn", "нийгмийн хамгаалал", ""),
    ("mn-ulaanbaatar-convention", "mn", "Улаанбаатар конвенц", ""),
    ("mn-mongol-releases", "mn", "Монгол", "kind=press_release"),
)
# The heading over the results: “1 234 results for …”, in every language.
HEADING = re.compile(rb'id="results-heading">([^<]*)<')
# How often each statement is timed for ``--show-sql``.
STATEMENT_RUNS = 5


def database_for(size: int, database_url: str | None) -> tuple[str | None, str | None]:
    if database_url:
        return None, database_url.replace("{size}", str(size))
    return f"var/bench/search-{size}.sqlite3", None


# ---------------------------------------------------------------- the worker, one per size


def _ensure_archive(size: int) -> None:
    """Migrate the database and fill it with ``size`` stories and their search index unless it
    holds them already."""
    from django.core.management import call_command
    from django.db import connection

    from bench.generate_stories import generate_stories, verify, verify_index
    from newsroom.search.models import SearchEntry
    from newsroom.stories.models import StoryPage

    call_command("migrate", verbosity=0, interactive=False)
    listed = StoryPage.objects.live().public().count()
    if listed == size:
        indexed = SearchEntry.objects.count()
        if indexed != size:
            raise SystemExit(
                f"The database for {size} has {indexed} stories in its search index; empty it."
            )
        return
    if listed:
        raise SystemExit(f"The database for {size} holds {listed} stories; empty it first.")
    name = connection.settings_dict["NAME"]
    print(f"writing {size} stories and their search index into {name}…", file=sys.stderr)
    began = time.monotonic()
    result = generate_stories(size, languages=LANGUAGES, index=True)
    print(f"  written in {time.monotonic() - began:.1f} s", file=sys.stderr)
    problems = verify(result) + verify_index(result)
    if problems:
        raise SystemExit("\n".join(problems))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def _results(body: bytes) -> int:
    """How many results the page says there are, as the reader reads it."""
    heading = HEADING.search(body)
    number = re.search(rb"\d[\d,\s]*", heading.group(1)) if heading else None
    if number is None:
        raise SystemExit("A results page has no “… results for …” heading.")
    return int(re.sub(rb"\D", b"", number.group()))


def _short(sql: str) -> str:
    """``sql`` with a long list of columns written “…”, to be read at a glance."""
    if not sql.startswith("SELECT "):
        return sql
    depth = 0
    for index, char in enumerate(sql):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and sql.startswith(" FROM ", index):
            if index > 120 and sql.count('", "', 0, index) > 3:
                return "SELECT … " + sql[index + 1 :]
            return sql
    return sql


def _plan(sql: str, params) -> list[str]:
    """The database's plan for one statement: SQLite's ``EXPLAIN QUERY PLAN`` as a tree,
    PostgreSQL's ``EXPLAIN ANALYZE``."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
            return [row[0] for row in cursor.fetchall()]
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        depth: dict[int, int] = {0: -1}
        lines = []
        for node, parent, _unused, detail in cursor.fetchall():
            depth[node] = depth.get(parent, -1) + 1
            lines.append("  " * depth[node] + detail)
        return lines


def _statements(application, path: str, query: str) -> list[dict]:
    """Each statement of a request with its median time over a few requests, and the plan of
    the slowest."""
    from django.db import connection

    runs: list[list[tuple[str, object, float]]] = []
    for _ in range(STATEMENT_RUNS):
        run: list[tuple[str, object, float]] = []

        def record(execute, sql, params, many, context, run=run):
            began = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                run.append((sql, params, (time.perf_counter() - began) * 1000))

        with connection.execute_wrapper(record):
            call_wsgi(application, path, query)
        runs.append(run)
    statements = [
        {"sql": _short(sql), "ms": statistics.median(run[index][2] for run in runs), "plan": []}
        for index, (sql, _params, _ms) in enumerate(runs[0])
    ]
    if statements:
        slowest = max(range(len(statements)), key=lambda index: statements[index]["ms"])
        sql, params, _ms = runs[0][slowest]
        statements[slowest]["plan"] = _plan(sql, params)
    return statements


def worker(
    size: int, repeat: int, warmup: int, only: list[str], show_sql: bool, cold: bool = False
) -> dict:
    """Time each search; with ``cold``, the cache is emptied before each request (outside the
    timing), so that every request reads its matches and counts from the index."""
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.wsgi import get_wsgi_application
    from django.db import connection
    from django.db.models import Count

    from newsroom.search.models import SearchEntry

    _ensure_archive(size)
    languages = dict(
        SearchEntry.objects.values_list("locale__language_code")
        .annotate(count=Count("pk"))
        .order_by()
    )
    application = get_wsgi_application()
    rows = []
    for name, prefix, text, extra in SEARCHES:
        if only and name not in only:
            continue
        path = f"/{prefix}/search/"
        query = "&".join(part for part in (urlencode({"q": text}), extra) if part)
        for _ in range(warmup):
            code, _body = call_wsgi(application, path, query)
            if code != 200:
                raise SystemExit(f"{path}?{query} answered {code} at {size} stories.")
        captured = []

        def record(execute, sql, params, many, context, captured=captured):
            captured.append(sql)
            return execute(sql, params, many, context)

        if cold:
            cache.clear()
        with connection.execute_wrapper(record):
            _code, body = call_wsgi(application, path, query)
        times = []
        for _ in range(repeat):
            if cold:
                cache.clear()
            began = time.perf_counter()
            call_wsgi(application, path, query)
            times.append((time.perf_counter() - began) * 1000)
        rows.append(
            {
                "name": name,
                "search": text + (f" ({extra})" if extra else ""),
                "results": _results(body),
                "queries": len(captured),
                "times": times,
                "statements": _statements(application, path, query) if show_sql else [],
            }
        )
    return {"size": size, "vendor": connection.vendor, "languages": languages, "rows": rows}


# ---------------------------------------------------------------- the driver


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_arguments(parser, "search")
    parser.add_argument(
        "--show-sql",
        action="store_true",
        help="print each search's statements with their median time, and the plan of the slowest",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        default=[],
        choices=[name for name, _, _, _ in SEARCHES],
        help="measure these searches only",
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="empty the cache before every timed request: each search reads its matches anew, "
        "as the first reader after a publish does",
    )
    args = parser.parse_args(argv)

    if args.worker:
        configure(*database_for(args.worker, args.database_url))
        result = worker(
            args.worker, args.repeat, args.warmup, args.only, args.show_sql, cold=args.cold
        )
        print(json.dumps(result))
        return 0

    def arguments(number: int, first: dict | None) -> list[str]:
        command = ["--only", *args.only] if args.only else []
        command += ["--cold"] if args.cold else []
        # The statements are timed once, in the first round.
        return command + (["--show-sql"] if args.show_sql and number == 0 else [])

    def same(kept: dict, row: dict, size: int) -> None:
        for key in ("queries", "results"):
            if row[key] != kept[key]:
                raise SystemExit(f"{row['name']} had {kept[key]} then {row[key]} {key} at {size}.")

    results, per_round = run_rounds(__file__, args, arguments, same)
    notes = tuple(
        f"{result['size']} stories in the index: "
        + ", ".join(f"{code} {n}" for code, n in sorted(result["languages"].items()))
        for result in results
    )
    print_comparison(
        results,
        per_round,
        args,
        "search",
        ("search", "q", "stories", "results"),
        lambda result, row: (
            row["name"],
            f"`{row['search']}`" if args.markdown else row["search"],
            thousands(result["size"]),
            thousands(row["results"]),
        ),
        notes,
    )
    if args.show_sql:
        for result in results:
            for row in result["rows"]:
                total = sum(statement["ms"] for statement in row["statements"])
                print(
                    f"\n# {result['size']} {row['name']}: {len(row['statements'])} statements, "
                    f"{total:.1f} ms in the database (medians of {STATEMENT_RUNS} requests)"
                )
                for statement in row["statements"]:
                    print(f"  {statement['ms']:8.2f} ms  {statement['sql']}")
                    for line in statement["plan"]:
                        print(f"               | {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

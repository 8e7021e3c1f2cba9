"""What the benchmarks share: a request through the site's WSGI application, the rounds of
worker processes that alternate between archive sizes, percentiles, and the printed table."""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
from collections.abc import Callable


def add_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    """The options every benchmark takes; ``what`` names what it requests (“page”, “search”)."""
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--repeat", type=int, default=60, help=f"timed requests per {what}")
    parser.add_argument("--warmup", type=int, default=10, help="untimed requests first, per round")
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="split the requests into rounds that alternate between the sizes, so that a spell "
        "of load on the machine falls on every size alike",
    )
    parser.add_argument(
        "--database-url", help="use this DATABASE_URL, with {size} standing for the size"
    )
    parser.add_argument(
        "--markdown", action="store_true", help="print the table in Markdown, as in the README"
    )
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)


def run_rounds(
    script: str,
    args: argparse.Namespace,
    arguments: Callable[[int, dict | None], list[str]],
    same: Callable[[dict, dict, int], None],
) -> tuple[list[dict], int]:
    """Run ``script --worker SIZE`` for each size, in ``args.rounds`` rounds, and pool the times
    of each row; each row gets its ``p50`` and ``p95``. ``arguments(round, first_result)`` gives
    a worker's own options; ``same(kept, row, size)`` checks that a row measured again is the
    same row. Returns the results by size, smallest first, and the requests per round."""
    sizes = sorted(args.sizes)
    per_round = math.ceil(args.repeat / args.rounds)
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    results: dict[int, dict] = {}
    first: dict | None = None
    for number in range(args.rounds):
        for size in sizes:
            command = [sys.executable, script, "--worker", str(size)]
            command += ["--repeat", str(per_round), "--warmup", str(args.warmup)]
            command += arguments(number, first)
            if args.database_url:
                command += ["--database-url", args.database_url]
            done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True, env=env)
            result = json.loads(done.stdout.strip().splitlines()[-1])
            first = first or result
            if size not in results:
                results[size] = result
                continue
            for kept, row in zip(results[size]["rows"], result["rows"], strict=True):
                kept["times"] += row["times"]
                same(kept, row, size)
    ordered = [results[size] for size in sizes]
    for result in ordered:
        for row in result["rows"]:
            row["p50"] = statistics.median(row["times"])
            row["p95"] = percentile(row["times"], 0.95)
    return ordered, per_round


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)]


def ratio(current: float, base: float, first: bool) -> str:
    return "" if first else f"{current / base:.2f}"


def print_table(columns: tuple[str, ...], table: list[tuple[str, ...]], markdown: bool) -> None:
    """The first two columns are names, the others figures."""
    if markdown:
        print("| " + " | ".join(columns) + " |")
        print("| --- | --- | " + " | ".join(["---:"] * (len(columns) - 2)) + " |")
        for line in table:
            print("| " + " | ".join(line) + " |")
        return

    # East Asian characters take two columns of a terminal.
    def width(value: str) -> int:
        return len(value) + sum(1 for char in value if "\u2e80" <= char <= "\uffef")

    widths = [max(width(c), *(width(line[i]) for line in table)) for i, c in enumerate(columns)]

    def aligned(values) -> str:
        # Names to the left, figures to the right.
        return "  ".join(
            value + " " * (size - width(value)) if i < 2 else " " * (size - width(value)) + value
            for i, (value, size) in enumerate(zip(values, widths, strict=True))
        )

    print(aligned(columns))
    print("-" * len(aligned(columns)))
    for line in table:
        print(aligned(line))


def thousands(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def print_comparison(
    results: list[dict],
    per_round: int,
    args: argparse.Namespace,
    what: str,
    columns: tuple[str, ...],
    cells: Callable[[dict, dict], tuple[str, ...]],
    notes: tuple[str, ...] = (),
) -> None:
    """What every benchmark prints: the database and how much was measured, ``notes``, then a
    line per measured row and size, smallest size first: ``cells(result, row)`` under
    ``columns``, then the row's queries, its p50 and p95, and both against the smallest size."""
    base = results[0]
    print(
        f"database: {base['vendor']}; {per_round * args.rounds} timed requests per {what} in "
        f"{args.rounds} rounds, each after {args.warmup} warm-up; server time in ms"
    )
    for note in notes:
        print(note)
    table = []
    for index, row in enumerate(base["rows"]):
        for result in results:
            current = result["rows"][index]
            first = result is base
            table.append(
                (
                    *cells(result, current),
                    str(current["queries"]),
                    f"{current['p50']:.2f}",
                    f"{current['p95']:.2f}",
                    ratio(current["p50"], row["p50"], first),
                    ratio(current["p95"], row["p95"], first),
                )
            )
    print_table((*columns, "queries", "p50", "p95", "p50 ×", "p95 ×"), table, args.markdown)


def print_queries(results: list[dict], name: Callable[[dict], str]) -> None:
    """The queries of each measured row (``--show-sql``), under its size and ``name(row)``."""
    for result in results:
        for row in result["rows"]:
            print(f"\n# {result['size']} {name(row)}")
            for sql in row["sql"]:
                print(f"  {sql}")


def measure_request(
    application, path: str, query: str, repeat: int, warmup: int, size: int
) -> dict:
    """One request measured: ``warmup`` untimed calls (each must answer 200), one call with its
    SQL recorded, then ``repeat`` timed calls. Gives the body, the queries and the times (ms)."""
    import time

    from django.db import connection

    for _ in range(warmup):
        code, _body = call_wsgi(application, path, query)
        if code != 200:
            raise SystemExit(f"{path}?{query} answered {code} at {size} stories.")
    captured: list[str] = []

    def record(execute, sql, params, many, context):
        captured.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        _code, body = call_wsgi(application, path, query)
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        call_wsgi(application, path, query)
        times.append((time.perf_counter() - began) * 1000)
    return {"body": body, "queries": len(captured), "sql": captured, "times": times}


def call_wsgi(application, path: str, query: str) -> tuple[int, bytes]:
    """One GET request through the site's WSGI application, as a server would make it."""
    from io import BytesIO

    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    status = []
    body = application(environ, lambda s, headers, exc_info=None: status.append(s))
    try:
        content = b"".join(body)
    finally:
        body.close()
    return int(status[0].split()[0]), content

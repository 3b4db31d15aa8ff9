"""Benchmark newsmodel.dates.parse_date against dateparser on the dates corpus, in one run.

Usage::

    .venv/bin/python benchmarks/dates.py [--file ../shared/corpora/dates/dev.tsv] [--repeat 20] [--verbose]

For every row (``text``, ``reference``, ``expected``) both parsers get the same reference
("now") and the same default zone, Asia/Jakarta. dateparser runs as its docs advise for
speed: one reused ``DateDataParser(languages=["id", "en"])`` per distinct reference (its
``RELATIVE_BASE`` is a setting), day-first order, aware results.

Scoring. ``parse_date`` must give exactly the expected value: the same type (datetime,
date, partial date) and the same ISO 8601 text, offset included. dateparser always returns
a datetime, so it is scored at the expected precision, leniently: the same instant for a
datetime, the same day for a date, the same month or year for a partial date.

Timing: the mean wall-clock microseconds per call over ``--repeat`` passes of the corpus,
after one warm-up pass; the ratio is dateparser's time over newsmodel's.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from newsmodel import PartialDate
from newsmodel.dates import parse_date
from newsmodel.exceptions import NewsModelError

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpora" / "dates" / "dev.tsv"
SAMPLE = ROOT / "tests" / "data" / "dates" / "dev_sample.tsv"
ZONE = "Asia/Jakarta"

Row = dict[str, str]
#: A prepared case: the text and its reference, parsed once outside the timed loop.
Case = tuple[str, dt.datetime]


def load(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def newsmodel_call(case: Case) -> object:
    try:
        return parse_date(case[0], reference=case[1], default_tz=ZONE)
    except NewsModelError:
        return None


def newsmodel_correct(row: Row, value: object) -> bool:
    return value is not None and value.isoformat() == row["expected"]  # type: ignore[attr-defined]


def make_dateparser() -> Callable[[Case], object]:
    from dateparser.date import DateDataParser  # noqa: PLC0415 - optional benchmark dependency

    parsers: dict[dt.datetime, Any] = {}

    def parser_for(reference: dt.datetime) -> Any:
        if reference not in parsers:
            base = reference.astimezone(ZoneInfo(ZONE)).replace(tzinfo=None)
            settings = {
                "DATE_ORDER": "DMY",
                "TIMEZONE": ZONE,
                "RETURN_AS_TIMEZONE_AWARE": True,
                "RELATIVE_BASE": base,
                "PREFER_DATES_FROM": "past",
            }
            parsers[reference] = DateDataParser(languages=["id", "en"], settings=settings)
        return parsers[reference]

    def call(case: Case) -> object:
        data = parser_for(case[1]).get_date_data(case[0])
        return data.date_obj if data is not None else None

    return call


def dateparser_correct(row: Row, value: object) -> bool:
    if not isinstance(value, dt.datetime):
        return False
    expected = row["expected"]
    if len(expected) == 4:
        return value.year == int(expected)
    if len(expected) == 7:
        return PartialDate(year=value.year, month=value.month).isoformat() == expected
    if len(expected) == 10:
        return value.date().isoformat() == expected
    return value.utcoffset() is not None and value == dt.datetime.fromisoformat(expected)


def measure(call: Callable[[Case], object], cases: list[Case], repeat: int) -> tuple[list[object], float]:
    results = [call(case) for case in cases]  # warm-up, and the values scored
    start = time.perf_counter()
    for _ in range(repeat):
        for case in cases:
            call(case)
    elapsed = time.perf_counter() - start
    return results, elapsed / (repeat * len(cases)) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=SHARED if SHARED.exists() else SAMPLE)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--verbose", action="store_true", help="list the rows each parser gets wrong")
    args = parser.parse_args()
    rows = load(args.file)
    cases = [(row["text"], dt.datetime.fromisoformat(row["reference"])) for row in rows]

    tools: list[tuple[str, Callable[[Case], object], Callable[[Row, object], bool]]] = [
        ("newsmodel.parse_date", newsmodel_call, newsmodel_correct),
        ("dateparser", make_dateparser(), dateparser_correct),
    ]
    print(f"{args.file} ({len(rows)} rows, {args.repeat} timed passes)")
    print(f"{'parser':<22} {'correct':>9} {'accuracy':>9} {'us/call':>10}")
    speeds: dict[str, float] = {}
    for name, call, correct in tools:
        values, micros = measure(call, cases, args.repeat)
        hits = [correct(row, value) for row, value in zip(rows, values, strict=True)]
        speeds[name] = micros
        print(f"{name:<22} {sum(hits):>4}/{len(rows):<4} {sum(hits) / len(rows):>9.1%} {micros:>10.1f}")
        if args.verbose:
            for row, value, hit in zip(rows, values, hits, strict=True):
                if not hit:
                    print(f"    miss {row['text']!r}: {value!r} (expected {row['expected']})")
    ratio = speeds["dateparser"] / speeds["newsmodel.parse_date"]
    print(f"speed ratio (dateparser / newsmodel): {ratio:.1f}x")


if __name__ == "__main__":
    main()

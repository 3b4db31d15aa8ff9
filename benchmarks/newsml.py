"""Benchmark NewsML-G2 streaming: iter_newsml beside a bare lxml iterparse pass, and its peak memory.

Usage::

    .venv/bin/python benchmarks/newsml.py [--items 20000] [--small 2000]

It writes a newsMessage of ``--items`` news items (made by ``to_newsml`` from a handful of
generated articles, each copy with its own guid) to a temporary file, then in one run:

- ``lxml iterparse``: a bare ``lxml.etree.iterparse`` pass over the file that clears each
  item (the floor: parsing only);
- ``iter_newsml(quotes=False)``: the full mapping to Articles without quote extraction;
- ``iter_newsml``: the default, with quote extraction over each body;

each as items per second with the ratio to the floor. Peak memory is measured in a fresh
subprocess per size (``ru_maxrss`` growth while streaming, and Python's own peak from
tracemalloc) for ``--small`` and ``--items`` items: it must not grow with the item count.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from lxml import etree

from newsmodel import Article, Paragraph, Person, Subject
from newsmodel.newsml import iter_newsml, to_newsml

NAR = "http://iptc.org/std/nar/2006-10-01/"
_WORDS = [
    "presiden",
    "menteri",
    "jakarta",
    "rapat",
    "kebijakan",
    "ekonomi",
    "harga",
    "beras",
    "pemerintah",
    "daerah",
    "warga",
    "banjir",
    "sekolah",
    "rumah",
    "sakit",
    "pemilu",
    "partai",
    "anggaran",
    "pajak",
    "investasi",
    "pelabuhan",
    "kereta",
    "bandara",
]


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 20))]
    return " ".join(words).capitalize() + "."


def _article(rng: random.Random, n: int) -> Article:
    body = []
    for _ in range(rng.randint(4, 10)):
        text = " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))
        if rng.random() < 0.3:
            text += f" “{_sentence(rng)[:-1]},” kata {rng.choice(['Budi', 'Sari', 'Ani'])}."
        body.append(Paragraph(text=text))
    return Article(
        headline=_sentence(rng)[:-1],
        body=body,
        language="id",
        identifier=f"urn:newsml:example.com:bench:{n}",
        keywords=tuple(rng.sample(_WORDS, 3)),
        subjects=(Subject(name="politik", code="medtop:11000000"),),
        authors=(Person(name="Redaksi"),),
        description=_sentence(rng),
    )


def write_message(path: Path, count: int, *, seed: int = 7) -> int:
    """Write a newsMessage of ``count`` items to ``path``; return its size in bytes."""
    rng = random.Random(seed)
    templates = []
    for n in range(20):
        root = etree.fromstring(to_newsml(_article(rng, n)))
        templates.append(etree.tostring(root, encoding="unicode"))
    with path.open("w", encoding="utf-8") as out:
        out.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="{NAR}">')
        out.write("<header><sent>2025-07-04T09:00:00+07:00</sent></header><itemSet>\n")
        for n in range(count):
            template = templates[n % len(templates)]
            out.write(template.replace(":bench:", f":bench-{n}:", 1))
            out.write("\n")
        out.write("</itemSet></newsMessage>\n")
    return path.stat().st_size


def bare_iterparse(path: Path) -> int:
    """The floor: parse the file, clearing each item as it ends."""
    count = 0
    for _, element in etree.iterparse(str(path), events=("end",), tag=f"{{{NAR}}}newsItem"):
        count += 1
        element.clear()
        while element.getprevious() is not None:
            parent = element.getparent()
            assert parent is not None
            del parent[0]
    return count


def timed(label: str, run: object, floor: float | None, count: int) -> float:
    assert callable(run)
    start = time.perf_counter()
    seen = run()
    seconds = time.perf_counter() - start
    assert seen == count, (label, seen, count)
    rate = count / seconds
    ratio = f"{floor / rate:7.1f}x slower" if floor else "  (floor)"
    print(f"{label:28s} {rate:12,.0f} items/s  {seconds:7.2f} s  {ratio}")
    return rate


def memory_child(path: str, *, quotes: bool) -> None:
    """Run in a subprocess: stream the file and print RSS growth (KiB) and Python peak (KiB)."""
    start_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    count = sum(1 for _ in iter_newsml(path, quotes=quotes))
    _, peak = tracemalloc.get_traced_memory()
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start_rss
    print(f"{count} {grown} {peak // 1024}")


def measure_memory(path: Path, *, quotes: bool) -> tuple[int, int, int]:
    result = subprocess.run(
        [sys.executable, __file__, "--memory-child", str(path), "--quotes" if quotes else "--no-quotes"],
        check=True,
        capture_output=True,
        text=True,
    )
    count, grown, peak = (int(x) for x in result.stdout.split())
    return count, grown, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=2_000)
    parser.add_argument("--memory-child")
    parser.add_argument("--quotes", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child, quotes=args.quotes)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.xml"
        small = Path(tmp) / "small.xml"
        size = write_message(big, args.items)
        write_message(small, args.small)
        print(f"newsMessage of {args.items:,} items, {size / 1e6:.1f} MB\n")
        floor = timed("lxml iterparse (floor)", lambda: bare_iterparse(big), None, args.items)
        timed("iter_newsml(quotes=False)", lambda: sum(1 for _ in iter_newsml(big, quotes=False)), floor, args.items)
        timed("iter_newsml (with quotes)", lambda: sum(1 for _ in iter_newsml(big)), floor, args.items)
        print("\npeak memory while streaming (fresh process per run)")
        for quotes in (False, True):
            for path, count in ((small, args.small), (big, args.items)):
                seen, grown, peak = measure_memory(path, quotes=quotes)
                assert seen == count
                print(
                    f"  {count:>7,} items, quotes={quotes!s:5}: RSS grew {grown / 1024:6.1f} MiB, "
                    f"Python peak {peak / 1024:6.1f} MiB"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark extract_quotes on the quotes-dev gold set and the seed article: quality and speed.

Run: ``.venv/bin/python benchmarks/quotes.py [path/to/dev.jsonl]``. Prints precision, recall
and F1 per kind and language at 0.8 and 0.3 span overlap, speaker accuracy, and articles/second.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsmodel.quotes import extract_quotes
from newsmodel.quotes._score import Counts, gold_quotes, load_gold, match, scored

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpora" / "quotes-dev" / "dev.jsonl"
KINDS = ("direct", "partial", "indirect")


def score(articles: list[dict[str, Any]], threshold: float) -> dict[tuple[str, str], Counts]:
    """Counts per (language, kind), plus ("all", kind) and (language, "all")."""
    table: dict[tuple[str, str], Counts] = {}
    for article in articles:
        quotes = extract_quotes(article["paragraphs"], language=article["language"])
        counts = match(scored(quotes), gold_quotes(article), threshold)
        for kind, count in counts.items():
            for key in ((article["language"], kind), ("all", kind), (article["language"], "all"), ("all", "all")):
                table.setdefault(key, Counts()).add(count)
    return table


def rows(table: dict[tuple[str, str], Counts]) -> Iterator[str]:
    for language in ("id", "en", "all"):
        for kind in (*KINDS, "all"):
            count = table.get((language, kind))
            if count is None:
                continue
            yield (
                f"  {language:3} {kind:8} P={count.precision:.3f} R={count.recall:.3f} F1={count.f1:.3f} "
                f"speaker={count.speaker_accuracy:.3f} (matched {count.matched}, predicted {count.predicted}, "
                f"gold {count.gold})"
            )


def speed(articles: list[dict[str, Any]], rounds: int = 15) -> float:
    """Articles per second of CPU time, the best of several rounds (the machine is shared)."""
    best = float("inf")
    for _ in range(rounds):
        began = time.process_time()
        for article in articles:
            extract_quotes(article["paragraphs"], language=article["language"])
        best = min(best, time.process_time() - began)
    return len(articles) / best


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEV
    if not path.exists():
        print(f"{path} is absent: the shared corpora sit beside the project root")
        return 0
    articles = load_gold(path)
    for threshold in (0.8, 0.3):
        print(f"overlap >= {threshold}:")
        for line in rows(score(articles, threshold)):
            print(line)
    rate = speed(articles)
    print(f"speed: {rate:.0f} articles/second ({1000 / rate:.3f} ms per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

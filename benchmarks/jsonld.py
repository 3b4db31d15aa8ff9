"""Benchmark JSON-LD writing, reading and validation over generated articles, in one run.

Usage::

    .venv/bin/python benchmarks/jsonld.py [--articles 300] [--repeat 5]

The articles come from ``newsmodel.testing.articles()`` (derandomized, so every run uses the
same ones). Each row is articles per second, the best of ``--repeat`` passes:

- ``to_dict + json.dumps``: the plain form, the floor for any serializer;
- ``to_jsonld + json.dumps`` (plain and lossless);
- ``from_jsonld`` of that JSON text;
- ``validate_jsonld`` of the dict, and of the JSON text (which adds line/column look-ups);
- ``pyld expand`` with a local schema.org context (when ../shared is present), the cost of
  a standard JSON-LD processor touching the same documents.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from newsmodel import Article, to_dict
from newsmodel.jsonld import dumps_jsonld, from_jsonld, to_jsonld, validate_jsonld
from newsmodel.testing import articles

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = ROOT.parent / "shared" / "corpora" / "schemaorg" / "schemaorgcontext.jsonld"


def generate(count: int) -> list[Article]:
    found: list[Article] = []

    @settings(
        max_examples=count, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck)
    )
    @given(articles())
    def collect(article: Article) -> None:
        found.append(article)

    collect()
    return found


def rate(items: list[Any], call: Callable[[Any], object], repeat: int) -> float:
    """Items per second, best of ``repeat`` passes after a warm-up."""
    for item in items[:10]:
        call(item)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            call(item)
        best = min(best, time.perf_counter() - start)
    return len(items) / best


def pyld_expander() -> Callable[[Any], object] | None:
    if not CONTEXT.exists():
        return None
    from pyld import jsonld  # noqa: PLC0415 - optional: the test extra
    from pyld.documentloader.frozen import FrozenDocumentLoader  # noqa: PLC0415

    loader = FrozenDocumentLoader(documents={"https://schema.org": CONTEXT})
    return lambda doc: jsonld.expand(doc, {"documentLoader": loader})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    sample = generate(args.articles)
    plain_docs = [to_jsonld(a) for a in sample]
    texts = [dumps_jsonld(a, lossless=True) for a in sample]
    size = sum(len(t) for t in texts) / len(texts)
    rows: list[tuple[str, list[Any], Callable[[Any], object]]] = [
        ("to_dict + json.dumps (plain form, floor)", sample, lambda a: json.dumps(to_dict(a), ensure_ascii=False)),
        ("to_jsonld + json.dumps", sample, lambda a: json.dumps(to_jsonld(a), ensure_ascii=False)),
        (
            "to_jsonld(lossless) + json.dumps",
            sample,
            lambda a: json.dumps(to_jsonld(a, lossless=True), ensure_ascii=False),
        ),
        ("from_jsonld (lossless JSON text)", texts, from_jsonld),
        ("validate_jsonld (dict)", plain_docs, validate_jsonld),
        ("validate_jsonld (JSON text, with lines)", texts, validate_jsonld),
    ]
    expand = pyld_expander()
    if expand is not None:
        rows.append(("pyld expand (local context)", plain_docs, expand))
    print(f"{len(sample)} generated articles, lossless JSON-LD {size:,.0f} characters on average")
    print(f"{'operation':<42} {'articles/s':>12}")
    for name, items, call in rows:
        print(f"{name:<42} {rate(items, call, args.repeat):>12,.0f}")


if __name__ == "__main__":
    main()

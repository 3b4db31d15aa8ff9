r"""HTML benchmark: body quality on zyte-dev and speed against trafilatura and a bare lxml parse.

Run ``python benchmarks/html.py`` (``make bench`` runs every benchmark). It needs the shared
corpora beside the project (``../shared/corpora``) and trafilatura (the ``bench`` extra).

Quality is the article-extraction benchmark's own metric, described in
``../shared/corpora/README.md``: ``\\w+`` tokens, multisets of 4-token shingles, true
positives / false positives / misses per page normalised by the page's total, precision and
recall averaged over pages, F1 the harmonic mean of the two averages.

Speed: per page, ``parse_html`` (bytes in, Article out; with and without quote
attribution, which ``quotes=False`` turns off), ``trafilatura.extract(...,
with_metadata=True)`` and ``lxml.html.document_fromstring`` on the same bytes are timed
back to back in CPU time (``time.process_time``, so other processes on a shared machine do
not count), several rounds; the median over pages of each page's best round is reported,
with the ratios. Peak memory is measured with
``tracemalloc`` over one ``parse_html`` pass of the corpus.

Options: ``--rounds N`` (default 3), ``--no-trafilatura``, ``--id`` (also print the
Indonesian pages' results), ``--pages`` (print per-page scores).
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named html.py: keep its folder off the import path so that it does not
# shadow the standard library's html module (trafilatura imports it).
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    del sys.path[0]

import argparse
import gzip
import json
import re
import statistics
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence

import lxml.html

from newsmodel.exceptions import NewsModelError
from newsmodel.html import parse_html

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
ZYTE = CORPORA / "zyte-dev"
ID_HTML = CORPORA / "id-html-dev"

# The benchmark tokenises with \w+ (Unicode word characters), case kept.
_TOKEN = re.compile(r"\w+")
SHINGLE = 4

Scores = tuple[float, float, float]


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of n-token shingles of ``text`` (a text shorter than n is one shingle).

    Example:
        >>> sorted(shingles("a b c d e", 4).values())
        [1, 1]
        >>> list(shingles("a b", 4))
        [('a', 'b')]
    """
    tokens = _TOKEN.findall(text or "")
    count = max(1, len(tokens) - n + 1)
    return Counter(shingle for shingle in (tuple(tokens[i : i + n]) for i in range(count)) if shingle)


def page_scores(truth: str, prediction: str) -> Scores:
    """True positives, false positives and misses for one page, normalised to sum to 1.

    Example:
        >>> page_scores("one two three four five", "one two three four")
        (0.5, 0.0, 0.5)
    """
    true, pred = shingles(truth), shingles(prediction)
    tp = sum((true & pred).values())
    fp = sum(pred.values()) - tp
    fn = sum(true.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def corpus_scores(pages: Sequence[Scores]) -> dict[str, float]:
    """Precision and recall averaged over pages, and F1 of the two averages.

    Pages with no predicted shingles are left out of the precision average, pages with no
    true shingles out of the recall average, as in the benchmark.

    Example:
        >>> corpus_scores([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)])
        {'precision': 0.75, 'recall': 1.0, 'f1': 0.857...}
    """
    precision = statistics.mean([_precision(*p) for p in pages if p[0] + p[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*p) for p in pages if p[0] + p[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


#: Body text without the dateline, per URL, from the last parse_html run (reported apart).
BODY_ONLY: dict[str | None, str] = {}


def _ours(data: bytes, url: str | None, *, quotes: bool = True) -> str:
    try:
        article = parse_html(data, url=url, quotes=quotes)
    except NewsModelError:
        BODY_ONLY[url] = ""
        return ""
    # The benchmark's truth keeps the dateline ("DUBAI, United Arab Emirates — ..."), which
    # newsmodel moves to Article.dateline: put it back for the comparison (the body alone is
    # scored too, and reported).
    BODY_ONLY[url] = article.text
    prefix = f"{article.dateline.text} " if article.dateline is not None else ""
    return prefix + article.text


def _ours_without_quotes(data: bytes, url: str | None) -> str:
    return _ours(data, url, quotes=False)


def _trafilatura() -> Callable[[bytes, str | None], str] | None:
    try:
        import trafilatura  # noqa: PLC0415 - optional benchmark dependency
    except ImportError:
        return None

    def run(data: bytes, url: str | None) -> str:
        # JSON output, so that the body ("text") is scored without the metadata header that
        # the plain-text output puts in front of it when with_metadata=True.
        output = trafilatura.extract(data, url=url, with_metadata=True, output_format="json")
        return str(json.loads(output).get("text") or "") if output else ""

    return run


def _bare(data: bytes, _: str | None) -> str:
    lxml.html.document_fromstring(data)
    return ""


def _load_zyte() -> list[tuple[str, bytes, str, str]]:
    truth = json.loads((ZYTE / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for path in sorted((ZYTE / "html").glob("*.html.gz")):
        key = path.name.removesuffix(".html.gz")
        pages.append((key, gzip.decompress(path.read_bytes()), truth[key]["articleBody"], truth[key]["url"]))
    return pages


def _timed(run: Callable[[bytes, str | None], str], data: bytes, url: str) -> tuple[float, str]:
    start = time.process_time()
    output = run(data, url)
    return time.process_time() - start, output


def zyte(rounds: int, *, with_trafilatura: bool, per_page: bool) -> dict[str, object]:
    """Quality and speed on zyte-dev; prints a table and returns the figures."""
    pages = _load_zyte()
    runners: dict[str, Callable[[bytes, str | None], str]] = {
        "parse_html": _ours,
        "parse_html, no quotes": _ours_without_quotes,
    }
    traf = _trafilatura() if with_trafilatura else None
    if traf is not None:
        runners["trafilatura"] = traf
    runners["lxml bare parse"] = _bare
    best: dict[str, list[float]] = {name: [float("inf")] * len(pages) for name in runners}
    outputs: dict[str, list[str]] = {name: [""] * len(pages) for name in runners}
    for _ in range(rounds):
        for index, (_, data, _, url) in enumerate(pages):
            for name, run in runners.items():
                seconds, output = _timed(run, data, url)
                best[name][index] = min(best[name][index], seconds)
                outputs[name][index] = output
    results: dict[str, object] = {"pages": len(pages)}
    print(f"zyte-dev: {len(pages)} pages, best of {rounds} rounds per page")
    medians = {name: statistics.median(times) * 1000 for name, times in best.items()}
    for name in runners:
        line = f"  {name:<22} median {medians[name]:7.2f} ms/page"
        if name != "lxml bare parse":
            scores = corpus_scores(
                [page_scores(truth, out) for (_, _, truth, _), out in zip(pages, outputs[name], strict=True)]
            )
            results[name] = {**scores, "ms": medians[name]}
            line += "  F1 {f1:.3f}  P {precision:.3f}  R {recall:.3f}".format(**scores)
        else:
            results[name] = {"ms": medians[name]}
        print(line)
    body_only = corpus_scores([page_scores(truth, BODY_ONLY.get(url, "")) for _, _, truth, url in pages])
    results["parse_html body without dateline"] = body_only
    print("  parse_html, body without the dateline: F1 {f1:.3f}  P {precision:.3f}  R {recall:.3f}".format(**body_only))
    bare = medians["lxml bare parse"]
    for name in ("parse_html", "parse_html, no quotes"):
        ours = medians[name]
        line = f"  {name}: {ours / bare:.2f}x the bare parse"
        if "trafilatura" in medians:
            line += f", {medians['trafilatura'] / ours:.2f}x faster than trafilatura"
        print(line)
    if per_page:
        for (key, _, truth, url), out in zip(pages, outputs["parse_html"], strict=True):
            tp, fp, fn = page_scores(truth, out)
            print(f"    {key[:12]} P {_precision(tp, fp, fn):.2f} R {_recall(tp, fp, fn):.2f} {url[:80]}")
    tracemalloc.start()
    for _, data, _, url in pages:
        _ours(data, url)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  peak memory (tracemalloc, parse_html over the corpus): {peak / 2**20:.1f} MiB")
    results["peak_mib"] = peak / 2**20
    return results


def indonesian() -> None:
    """Per-page results on id-html-dev: headline, date, dateline, body size or the error."""
    rows = (ID_HTML / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    print(f"id-html-dev: {len(rows)} pages")
    for row in rows:
        name, kind, url, expected = row.split("\t")[:4]
        try:
            article = parse_html((ID_HTML / name).read_bytes(), url=url or None)
        except NewsModelError as exc:
            print(f"  {name:<22} {kind:<8} {type(exc).__name__}")
            continue
        want = json.loads((ID_HTML / expected).read_text(encoding="utf-8")) if expected else {}
        title_ok = "-" if "title" not in want else ("ok" if article.headline == want["title"] else "DIFF")
        published = article.date_published.isoformat() if article.date_published is not None else None
        dateline = article.dateline.text if article.dateline is not None else None
        print(
            f"  {name:<22} {kind:<8} headline {title_ok:<4} published {published} "
            f"(guide {want.get('date_iso_utc') or want.get('date')}) dateline {dateline!r} blocks {len(article.body)}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-trafilatura", action="store_true")
    parser.add_argument("--id", action="store_true", help="also report the Indonesian pages")
    parser.add_argument("--pages", action="store_true", help="print per-page zyte scores")
    args = parser.parse_args(argv)
    if not ZYTE.exists():
        print(f"skipped: {ZYTE} is absent")
        return 0
    zyte(args.rounds, with_trafilatura=not args.no_trafilatura, per_page=args.pages)
    if args.id and ID_HTML.exists():
        indonesian()
    return 0


if __name__ == "__main__":
    sys.exit(main())

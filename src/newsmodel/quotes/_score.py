"""Scoring quotations against a gold set: span overlap matching, precision, recall, F1, speakers."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from newsmodel._model import Quote

__all__ = ["Counts", "GoldQuote", "gold_quotes", "load_gold", "match", "overlap", "scored"]


@attrs.frozen
class GoldQuote:
    """A quotation as scored: kind, block, character span and speaker name (or ``None``)."""

    kind: str
    block: int
    start: int
    end: int
    speaker: str | None


@attrs.define
class Counts:
    """Matches, predictions and gold quotations of one kind, and speaker agreement on matches."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0
    speaker_right: int = 0

    @property
    def precision(self) -> float:
        """Matched share of the predictions (1.0 when nothing was predicted)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Matched share of the gold quotations (1.0 when there are none)."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Share of matched quotations whose predicted speaker equals the gold one."""
        return self.speaker_right / self.matched if self.matched else 1.0

    def add(self, other: Counts) -> None:
        """Add another kind's or article's counts to these."""
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold
        self.speaker_right += other.speaker_right


def overlap(a: GoldQuote, b: GoldQuote) -> float:
    """The overlap of two spans as a share of the longer one.

    Example:
        >>> overlap(GoldQuote("direct", 0, 0, 10, None), GoldQuote("direct", 0, 2, 10, None))
        0.8
    """
    if a.block != b.block:
        return 0.0
    shared = min(a.end, b.end) - max(a.start, b.start)
    longest = max(a.end - a.start, b.end - b.start)
    return max(0, shared) / longest if longest else 0.0


def match(predicted: Iterable[GoldQuote], gold: Sequence[GoldQuote], threshold: float) -> dict[str, Counts]:
    """Greedy one-to-one matching per kind: best overlap first, at least ``threshold``.

    Example:
        >>> g = [GoldQuote("direct", 0, 0, 10, "Budi")]
        >>> p = [GoldQuote("direct", 0, 1, 10, "Budi"), GoldQuote("indirect", 1, 0, 5, None)]
        >>> counts = match(p, g, 0.8)
        >>> counts["direct"].f1, counts["direct"].speaker_accuracy, counts["indirect"].precision
        (1.0, 1.0, 0.0)
    """
    counts: dict[str, Counts] = {}
    predictions = list(predicted)
    for kind in {q.kind for q in predictions} | {q.kind for q in gold}:
        mine = [q for q in predictions if q.kind == kind]
        theirs = [q for q in gold if q.kind == kind]
        pairs = sorted(
            ((overlap(p, g), i, j) for i, p in enumerate(mine) for j, g in enumerate(theirs)),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        result = Counts(predicted=len(mine), gold=len(theirs))
        for score, i, j in pairs:
            if score < threshold or score == 0:
                break
            if i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            result.matched += 1
            result.speaker_right += mine[i].speaker == theirs[j].speaker
        counts[kind] = result
    return counts


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The articles of a quotes gold file: one JSON object per line (quotes-dev's ``dev.jsonl``)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_quotes(article: Mapping[str, Any]) -> list[GoldQuote]:
    """A gold article's quotes with spans: each text found in its paragraph, in order.

    A text quoted twice in one paragraph takes its next occurrence; a text not found there
    gets the span ``(-1, …)``, which overlaps nothing.

    Example:
        >>> article = {"paragraphs": ['"Ya," kata Budi. "Ya," kata Ani.'], "quotes": [
        ...     {"kind": "direct", "paragraph": 0, "text": "Ya", "speaker": "Budi"},
        ...     {"kind": "direct", "paragraph": 0, "text": "Ya", "speaker": "Ani"}]}
        >>> [(q.start, q.speaker) for q in gold_quotes(article)]
        [(1, 'Budi'), (18, 'Ani')]
    """
    used: set[tuple[int, int]] = set()
    found = []
    for quote in article["quotes"]:
        paragraph = article["paragraphs"][quote["paragraph"]]
        start = paragraph.find(quote["text"])
        while (quote["paragraph"], start) in used and start != -1:
            start = paragraph.find(quote["text"], start + 1)
        used.add((quote["paragraph"], start))
        found.append(GoldQuote(quote["kind"], quote["paragraph"], start, start + len(quote["text"]), quote["speaker"]))
    return found


def scored(quotes: Iterable[Quote]) -> list[GoldQuote]:
    """Extracted quotes in the form :func:`match` compares.

    Raises:
        ValueError: a quote has no span (extract_quotes always gives one), so it cannot be scored.


    Example:
        >>> from newsmodel.quotes import extract_quotes
        >>> [(q.kind, q.start, q.speaker) for q in scored(extract_quotes(['"Ya," kata Budi.']))]
        [('direct', 1, 'Budi')]
    """
    found = []
    for quote in quotes:
        if quote.span is None:
            raise ValueError(f"quote {quote.text!r} has no span to score")
        speaker = quote.attribution.speaker.name if quote.attribution and quote.attribution.speaker else None
        found.append(GoldQuote(quote.kind.value, quote.span.block, quote.span.start, quote.span.end, speaker))
    return found

"""The quotation scorer used by benchmarks/quotes.py: overlap, one-to-one matching, speakers."""

from __future__ import annotations

from newsmodel.quotes._score import Counts, GoldQuote, match, overlap


def q(kind: str, block: int, start: int, end: int, speaker: str | None = None) -> GoldQuote:
    return GoldQuote(kind, block, start, end, speaker)


class TestOverlap:
    def test_share_of_the_longer_span(self) -> None:
        """Overlap is the shared length over the longer span's length."""
        assert overlap(q("direct", 0, 0, 10), q("direct", 0, 5, 10)) == 0.5
        assert overlap(q("direct", 0, 0, 10), q("direct", 0, 0, 20)) == 0.5

    def test_other_block_or_disjoint(self) -> None:
        """Spans in other blocks, or apart, do not overlap."""
        assert overlap(q("direct", 0, 0, 10), q("direct", 1, 0, 10)) == 0.0
        assert overlap(q("direct", 0, 0, 10), q("direct", 0, 20, 30)) == 0.0


class TestMatch:
    def test_threshold(self) -> None:
        """A prediction below the overlap threshold counts as a miss and a false positive."""
        counts = match([q("indirect", 0, 0, 10)], [q("indirect", 0, 5, 20)], 0.8)["indirect"]
        assert (counts.matched, counts.precision, counts.recall) == (0, 0.0, 0.0)
        assert match([q("indirect", 0, 0, 10)], [q("indirect", 0, 5, 20)], 0.3)["indirect"].f1 == 1.0

    def test_one_to_one(self) -> None:
        """Two predictions cannot both match one gold quote."""
        counts = match([q("direct", 0, 0, 10), q("direct", 0, 0, 9)], [q("direct", 0, 0, 10)], 0.8)["direct"]
        assert (counts.matched, counts.predicted, counts.gold) == (1, 2, 1)
        assert counts.precision == 0.5

    def test_kinds_are_scored_apart(self) -> None:
        """A partial quote does not match an indirect gold quote."""
        counts = match([q("partial", 0, 0, 10)], [q("indirect", 0, 0, 10)], 0.8)
        assert counts["partial"].precision == 0.0
        assert counts["indirect"].recall == 0.0

    def test_speakers(self) -> None:
        """Speaker accuracy counts matched quotes whose speaker names agree, None with None."""
        predicted = [q("direct", 0, 0, 10, "Budi"), q("direct", 1, 0, 10, None), q("direct", 2, 0, 10, "Ani")]
        gold = [q("direct", 0, 0, 10, "Budi"), q("direct", 1, 0, 10, None), q("direct", 2, 0, 10, "Ina")]
        assert match(predicted, gold, 0.8)["direct"].speaker_accuracy == 2 / 3

    def test_empty(self) -> None:
        """Nothing predicted and nothing expected is perfect, not a division by zero."""
        counts = Counts()
        assert (counts.precision, counts.recall, counts.speaker_accuracy) == (1.0, 1.0, 1.0)
        assert match([], [], 0.8) == {}

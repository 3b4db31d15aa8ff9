"""The zyte benchmark metric as benchmarks/html.py computes it (shingles, per-page normalisation)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tests.helpers import ROOT


def load_benchmark() -> ModuleType:
    # benchmarks/html.py shares its name with the standard library's html: load it by path.
    spec = importlib.util.spec_from_file_location("newsmodel_benchmark_html", ROOT / "benchmarks" / "html.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = load_benchmark()


class TestShingles:
    def test_four_token_shingles(self) -> None:
        """Tokens are \\w+ runs; shingles are consecutive 4-token tuples, counted."""
        assert bench.shingles("a b c d e a b c d") == {
            ("a", "b", "c", "d"): 2,
            ("b", "c", "d", "e"): 1,
            ("c", "d", "e", "a"): 1,
            ("d", "e", "a", "b"): 1,
            ("e", "a", "b", "c"): 1,
        }

    def test_short_text_is_one_shingle(self) -> None:
        """Fewer than four tokens make one short shingle; no tokens make none."""
        assert bench.shingles("Hujan, deras!") == {("Hujan", "deras"): 1}
        assert bench.shingles("") == {}

    def test_punctuation_is_not_a_token(self) -> None:
        """Quote marks and dashes do not count; case does."""
        assert bench.shingles("“Rusia — tidak akan mundur”") == bench.shingles("Rusia tidak akan mundur")
        assert bench.shingles("rusia tidak akan mundur") != bench.shingles("Rusia tidak akan mundur")


class TestScores:
    def test_perfect(self) -> None:
        """Equal texts: all true positives."""
        assert bench.page_scores("satu dua tiga empat lima", "satu dua tiga empat lima") == (1.0, 0.0, 0.0)

    def test_normalised_per_page(self) -> None:
        """tp, fp and fn are shares of the page's total and sum to 1."""
        tp, fp, fn = bench.page_scores("a b c d e f", "a b c d e x y")
        assert (tp, fp, fn) == pytest.approx((2 / 5, 2 / 5, 1 / 5))  # abcd, bcde shared; cdex, dexy; cdef
        assert tp + fp + fn == pytest.approx(1.0)

    def test_empty_prediction(self) -> None:
        """An empty prediction is all misses."""
        assert bench.page_scores("a b c d", "") == (0.0, 0.0, 1.0)

    def test_corpus_average(self) -> None:
        """Precision and recall are averaged over pages, F1 is their harmonic mean."""
        scores = bench.corpus_scores([(1.0, 0.0, 0.0), (0.5, 0.0, 0.5), (0.0, 0.0, 1.0)])
        assert scores["precision"] == pytest.approx(1.0)  # the empty prediction is left out
        assert scores["recall"] == pytest.approx(0.5)
        assert scores["f1"] == pytest.approx(2 / 3)

    def test_precision_and_recall_edge_cases(self) -> None:
        """Pages with nothing to score are left out; nothing found scores 0."""
        assert bench.corpus_scores([(0.0, 0.0, 0.0)]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        scores = bench.corpus_scores([(0.0, 1.0, 0.0), (0.0, 0.0, 1.0)])
        assert scores["precision"] == 0.0
        assert scores["recall"] == 0.0

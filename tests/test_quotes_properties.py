"""Properties of extract_quotes: any text gives quotes whose spans index the right text, fast."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Article, Paragraph
from newsmodel.quotes import extract_quotes
from newsmodel.quotes._text import _tokenize, blank_out, words
from newsmodel.testing import paragraphs

#: Pieces that exercise the extractor: marks, cues, names, roles, pronouns, punctuation.
_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "'",
        "’",
        "‘",
        ",",
        ".",
        ":",
        "?",
        "!",
        "(",
        ")",
        " ",
        " ",
        " ",
        "—",
        "-",
        "\n",
        "kata",
        "ujarnya",
        "mengatakan",
        "menurut",
        "Menurut",
        "bahwa",
        "dia",
        "ia",
        "Kata",
        "tegas",
        "Hal itu disampaikan",
        "Budi",
        "Santoso",
        "Ketua",
        "Presiden",
        "KPK",
        "(BPS)",
        "Badan Pusat",
        "yang akrab disapa",
        "Kang",
        "said",
        "told",
        "according to",
        "he",
        "the company",
        "officials",
        "Jum’at",
        "Ma’ruf",
        "sumber",
        "seorang",
        "itu",
        "Kabupaten",
        "Kombes",
        "dr",
        "Rp 1.284",
        "(54)",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)


def check(blocks: list[str], language: str) -> None:
    quotes = extract_quotes(blocks, language=language)
    for quote in quotes:
        assert quote.span is not None
        assert quote.text == blocks[quote.span.block][quote.span.start : quote.span.end]
        assert quote.text
        attribution = quote.attribution
        assert attribution is not None
        for span, value in ((attribution.cue_span, attribution.cue), (attribution.mention_span, attribution.mention)):
            if span is not None:
                assert blocks[span.block][span.start : span.end] == value


class TestBlankOut:
    @given(st.lists(_PIECES, max_size=40).map("".join), st.data())
    def test_words_of_a_blanked_text(self, text: str, data: st.DataObject) -> None:
        """The words of a text with quoted stretches blanked are its words outside them."""
        marks = [i for i, c in enumerate(text) if c in '"“”']
        pairs = [(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]
        spans = data.draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
        masked = blank_out(text, spans)
        assert [(w.text, w.start) for w in words(masked)] == [(w.text, w.start) for w in _tokenize(masked)]


class TestAnyText:
    @given(st.lists(_TEXTS, max_size=6), st.sampled_from(["id", "en"]))
    def test_quote_like_text(self, blocks: list[str], language: str) -> None:
        """Text built from marks, cues and names never crashes, and every span indexes its text."""
        check(blocks, language)

    @given(st.lists(st.text(max_size=200), max_size=5), st.sampled_from(["id", "en", "fr"]))
    def test_arbitrary_unicode(self, blocks: list[str], language: str) -> None:
        """Arbitrary Unicode never crashes, and every span indexes its text."""
        check(blocks, language)

    @given(st.lists(paragraphs(), max_size=5))
    def test_paragraph_bodies_make_valid_articles(self, body: list[Paragraph]) -> None:
        """Quotes found in any body fit an Article with that body (spans inside their blocks)."""
        quotes = extract_quotes(body)
        Article(headline="Uji", body=body, quotes=quotes)


@pytest.mark.slow
class TestAdversarialSizes:
    @pytest.mark.parametrize(
        "text",
        [
            '"' * 100_001,
            " ".join(['"kata'] * 100_001),
            ("kata Budi mengatakan harga naik " * 35_000)[:1_000_000],
            ("Ketua Budi Santoso Kepala Dinas " * 35_000)[:1_000_000],
            ("a. " * 330_000),
            ("Badan Pusat (BPS) yang akrab disapa Budi, " * 25_000)[:1_000_000],
        ],
        ids=["100k-marks", "100k-marks-and-cues", "1MB-no-punctuation", "1MB-capitals", "dots", "aliases"],
    )
    def test_finishes_in_bounded_time(self, text: str) -> None:
        """100,000 unbalanced quote marks or 1 MB without punctuation finish in bounded time."""
        began = time.process_time()
        quotes = extract_quotes([text])
        assert time.process_time() - began < 30  # generous: linear work takes about a second
        assert all(q.span is not None and q.span.end <= len(text) for q in quotes)

    def test_many_people_stay_linear(self) -> None:
        """Thousands of distinct speakers do not make the lookups quadratic."""
        names = [f"{a}{b}" for a in ("Ba", "Ci", "Du", "Fe", "Go", "Hu") for b in ("di", "ra", "so", "wu")]
        blocks = [
            f'Ketua {names[i % 24]}nto {names[(i // 24) % 24]}wan mengatakan harga naik. "Kami siap," kata dia.'
            for i in range(3_000)
        ]
        began = time.process_time()
        quotes = extract_quotes(blocks)
        assert time.process_time() - began < 60
        assert len(quotes) == 6_000

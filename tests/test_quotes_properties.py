"""Properties of extract_quotes: any text gives quotes whose spans index the right text, fast."""

from __future__ import annotations

import re
import string
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Article, Paragraph
from newsmodel._text import ASCII_CASE_TWINS, fold_for_ascii_search
from newsmodel.quotes import _text, extract_quotes
from newsmodel.quotes._speakers import _may_contain
from newsmodel.quotes._text import _WORD, _tokenize, blank_out, count_words, first_word, words
from newsmodel.testing import paragraphs
from tests.helpers import ANY_CHARACTER

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


class TestTokenize:
    @given(st.text(ANY_CHARACTER, max_size=80) | st.lists(_PIECES, max_size=30).map("".join))
    def test_words_are_the_word_pattern_matches(self, text: str) -> None:
        """Each word is a match of the word pattern, with its offsets and lower-case form, in order."""
        expected = [(m.group(), m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
        assert [tuple(w) for w in _tokenize(text)] == expected
        assert all(text[w.start : w.end] == w.text for w in _tokenize(text))

    @given(st.lists(_PIECES, max_size=30).map("".join), st.integers(0, 200), st.integers(0, 200))
    def test_count_and_first_word_agree_with_words(self, text: str, start: int, end: int) -> None:
        """count_words and first_word answer what words() would, for any window."""
        window = words(text, start, end)
        assert count_words(text, start, end) == len(window)
        first = first_word(text, start, end)
        assert first == (window[0] if window else None)


class TestBlankOut:
    @given(st.lists(_PIECES, max_size=40).map("".join), st.data())
    def test_words_of_a_blanked_text(self, text: str, data: st.DataObject) -> None:
        """The words of a text with quoted stretches blanked are its words outside them."""
        marks = [i for i, c in enumerate(text) if c in '"“”']
        pairs = [(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]
        spans = data.draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else []
        masked = blank_out(text, spans)
        assert [(w.text, w.start) for w in words(masked)] == [(w.text, w.start) for w in _tokenize(masked)]

    @given(st.text(alphabet='ab "', max_size=40), st.data())
    def test_overlapping_spans(self, text: str, data: st.DataObject) -> None:
        """Spans may overlap or nest: the words kept are those that overlap none of them."""
        edges = [i for i, c in enumerate(text) if c in ' "']  # spans start and end at non-word characters
        bounds = st.sampled_from(edges) if edges else st.nothing()
        pairs = st.tuples(bounds, bounds).map(lambda p: (min(p), max(p) + 1))
        spans = data.draw(st.lists(pairs, max_size=4)) if edges else []
        masked = blank_out(text, spans)
        expected = [w for w in _tokenize(text) if not any(s < w.end and e > w.start for s, e in spans)]
        assert words(masked) == expected == list(_tokenize(masked))
        blanked = {index for start, end in spans for index in range(start, end)}
        assert masked == "".join(" " if index in blanked else char for index, char in enumerate(text))

    def test_empty_and_inverted_spans_blank_nothing(self) -> None:
        """A span that ends where (or before) it starts leaves the text and its words as they are."""
        text = 'ab "cd" ef'
        assert blank_out(text, [(5, 2), (3, 3)]) == text
        masked = blank_out(text, [(3, 7), (9, 2)])
        assert masked == "ab      ef"
        assert [w.text for w in words(masked)] == ["ab", "ef"]


class TestSentenceEnd:
    #: The sentence-end pattern as first written, its look-behind before the first mark: the
    #: oracle for the faster form, whose look-behind comes after it.
    ORACLE = re.compile(r"(?<![.!?])[.!?]+[\"“”’')\]]*\s+")

    @given(st.text(alphabet=st.sampled_from("ab.!?\"“”’')] \nA"), max_size=60))
    def test_matches_what_the_first_pattern_matched(self, text: str) -> None:
        """Every sentence end is found where the first form of the pattern found it, and no other."""
        spans = [m.span() for m in _text._SENTENCE_END.finditer(text)]
        assert spans == [m.span() for m in self.ORACLE.finditer(text)]


class TestTokenCache:
    def test_pinned_blocks_are_tokenised_once(self) -> None:
        """Inside ``pinned`` a body of more blocks than the memo holds keeps every block's words."""
        cache = _text._TokenCache(2)
        texts = [f"Blok nomor {i}" for i in range(5)]
        with cache.pinned(texts):
            first = [cache.get(text) for text in texts]
            assert all(cache.get(text) is entry for text, entry in zip(texts, first, strict=True))
        assert len(cache.table) == 2  # afterwards only the memo's size stays

    def test_unpinned_texts_are_dropped_oldest_first(self) -> None:
        """Outside ``pinned`` the memo keeps its size, dropping the oldest text."""
        cache = _text._TokenCache(2)
        for text in ("satu", "dua", "tiga"):
            cache.get(text)
        assert list(cache.table) == ["dua", "tiga"]

    @given(st.lists(st.sampled_from(["a", "b", "c", "d", "e", "f"]), max_size=60), st.integers(1, 4))
    def test_the_memo_is_first_in_first_out(self, texts: list[str], size: int) -> None:
        """Any sequence of look-ups leaves exactly the ``size`` texts most recently tokenised."""
        cache = _text._TokenCache(size)
        held: list[str] = []  # the model: a miss appends, and the oldest goes past the size
        for text in texts:
            assert cache.get(text) == (_tokenize(text), tuple(w.start for w in _tokenize(text)))
            if text not in held:
                held = [*held, text][-size:]
            assert list(cache.table) == held


class TestMayContain:
    @given(
        st.text(alphabet=st.sampled_from("aAkKsSiIİıſK ."), max_size=20),
        st.sampled_from(["akrab disapa", "known as", "alias", "ski"]),
    )
    def test_never_misses_a_case_insensitive_match(self, text: str, phrase: str) -> None:
        """The pre-test is yes whenever a case-insensitive search finds the phrase."""
        if re.search(re.escape(phrase), text, re.IGNORECASE):
            assert _may_contain(fold_for_ascii_search(text), (phrase,))

    @given(
        st.text(alphabet=st.sampled_from("yang akrb dispAYD"), max_size=30),
        st.lists(st.sampled_from(["yang akrab disapa", "akrab disapa", "disapa", "yang", "s", ""]), max_size=4),
    )
    def test_several_phrases_are_one_test(self, text: str, phrases: list[str]) -> None:
        """With several phrases (some inside others) the pre-test is yes whenever any one is there."""
        if any(phrase.lower() in text.lower() for phrase in phrases):
            assert _may_contain(fold_for_ascii_search(text), tuple(phrases))

    def test_the_folds_are_all_there_are(self) -> None:
        """Every character that matches an ASCII letter case-insensitively but lowers to another is listed."""
        letter = re.compile("[a-z]", re.IGNORECASE)
        candidates = [char for char in map(chr, range(0x110000)) if letter.fullmatch(char)]
        found = {
            char
            for char in candidates
            for ascii_letter in string.ascii_lowercase
            if re.fullmatch(ascii_letter, char, re.IGNORECASE) and char.lower() != ascii_letter
        }
        assert found <= set(ASCII_CASE_TWINS)


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
            "kata Budi " + "." * 200_000 + "x",  # a run of dots with no space: once quadratic
        ],
        ids=["100k-marks", "100k-marks-and-cues", "1MB-no-punctuation", "1MB-capitals", "dots", "aliases", "dot-run"],
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

"""Text primitives for quotation extraction: words with offsets, quote-mark pairing, sentences."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

import attrs

__all__ = [
    "Segment",
    "Word",
    "blank_out",
    "capital_runs",
    "find_segments",
    "is_capitalized",
    "make_word",
    "sentence_bounds",
    "strip_span",
    "words",
]

# A word: letters and digits, with inner apostrophes (Ma’ruf, don’t), hyphens (berlarut-larut,
# U-23) and dots between letters or digits (KOMPAS.com, 1.284, Rp9.000).
_WORD = re.compile(r"\w+(?:[’'\-.]\w+)*")

# Double quote marks, paired per block by parity (PUEBI "…"; Kompas prints ” at both ends,
# Kompas.com mixes straight and curly, so direction is not trusted).
_DOUBLE_MARK = re.compile(r"[\"“”„«»]")

# A sentence end: terminal punctuation, closing marks or brackets, then white space.
_SENTENCE_END = re.compile(r"[.!?]+[\"“”’')\]]*\s+")

# Abbreviations whose dot does not end a sentence (Indonesian and English news).
_ABBREVIATIONS = frozenset(
    {
        "dr",
        "prof",
        "h",
        "hj",
        "ir",
        "drs",
        "no",
        "st",
        "mr",
        "mrs",
        "ms",
        "jr",
        "sr",
        "dll",
        "dsb",
        "gen",
        "lt",
        "col",
        "capt",
        "sgt",
        "rev",
        "vs",
        "jl",
        "kh",
        "plt",
        "pj",
        "sdr",
        "bpk",
        "tn",
    }
)

#: White space and punctuation trimmed off the ends of a quotation's text.
_TRIM = " \t\n\r\u00a0,;:"


class Word(NamedTuple):
    """A word of a block with its character offsets and its lower-case form."""

    text: str
    start: int
    end: int
    lower: str


def make_word(text: str, start: int, end: int) -> Word:
    """A word from its text and offsets.

    Example:
        >>> make_word("Kata", 0, 4).lower
        'kata'
    """
    return Word(text, start, end, text.lower())


@attrs.frozen
class Segment:
    """A top-level double-quoted stretch of one block.

    ``open`` is the index of the opening mark; ``close`` that of the closing mark, or
    ``None`` when the quotation runs on to the end of the block (a multi-block quote).
    ``start``/``end`` delimit the words inside, trimmed of spaces and one trailing comma.
    """

    block: int
    open: int
    close: int | None
    start: int
    end: int

    @property
    def after(self) -> int:
        """The offset just past the closing mark (the block's length when unclosed)."""
        return self.close + 1 if self.close is not None else self.end


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The whole words inside ``text[start:end]``, with offsets into ``text``.

    Example:
        >>> [w.text for w in words("Ma’ruf, kata-nya: 1.284 kasus.")]
        ['Ma’ruf', 'kata-nya', '1.284', 'kasus']
    """
    every, starts = _tokens(text)
    stop = len(text) if end is None else end
    found = list(every[bisect_left(starts, start) : bisect_left(starts, stop)])
    if found and found[-1].end > stop:
        found.pop()
    return found


class _TokenCache:
    """A small bounded memo of tokenised texts, oldest dropped first, safe across threads.

    The extractor asks for many windows of the same block; this holds nothing but the pure
    results of ``_WORD`` on a text (or, for a blanked text, the same words minus the blanks).
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._table: dict[str, tuple[tuple[Word, ...], tuple[int, ...]]] = {}
        self._lock = threading.Lock()

    def get(self, text: str) -> tuple[tuple[Word, ...], tuple[int, ...]]:
        found = self._table.get(text)
        if found is None:
            found = self.put(text, _tokenize(text))
        return found

    def put(self, text: str, every: tuple[Word, ...]) -> tuple[tuple[Word, ...], tuple[int, ...]]:
        entry = (every, tuple([word.start for word in every]))
        with self._lock:
            while len(self._table) >= self._size:
                del self._table[next(iter(self._table))]
            self._table[text] = entry
        return entry


_CACHE = _TokenCache(64)


def _tokenize(text: str) -> tuple[Word, ...]:
    """Every word of a text, once."""
    new = tuple.__new__  # skips NamedTuple's Python-level __new__: this is the hot loop
    return tuple(
        [new(Word, (g, s, s + len(g), g.lower())) for m in _WORD.finditer(text) for g, s in ((m.group(), m.start()),)]
    )


def _tokens(text: str) -> tuple[tuple[Word, ...], tuple[int, ...]]:
    return _CACHE.get(text)


def blank_out(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span replaced by spaces; its words are the words outside the spans.

    The words of the result are known without tokenising it again: they are the text's words
    that lie outside every span (spans start and end at non-word characters).

    Example:
        >>> masked = blank_out('Ia berkata, "Kami siap." Lalu pergi.', [(12, 24)])
        >>> masked
        'Ia berkata,              Lalu pergi.'
        >>> [w.text for w in words(masked)]
        ['Ia', 'berkata', 'Lalu', 'pergi']
    """
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    masked = "".join(chars)
    every, _ = _CACHE.get(text)
    ordered = sorted(spans)
    kept = []
    index = 0
    for word in every:
        while index < len(ordered) and ordered[index][1] <= word.start:
            index += 1
        if index < len(ordered) and ordered[index][0] < word.end:
            continue
        kept.append(word)
    _CACHE.put(masked, tuple(kept))
    return masked


def is_capitalized(word: str) -> bool:
    """Whether a word starts with an upper-case letter.

    Example:
        >>> is_capitalized("Jakarta"), is_capitalized("kata"), is_capitalized("1.284")
        (True, False, False)
    """
    return word[:1].isupper()


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past white space and a trailing comma or colon.

    Example:
        >>> text = '" Rusia tidak akan mundur, "'
        >>> s, e = strip_span(text, 1, 27)
        >>> text[s:e]
        'Rusia tidak akan mundur'
    """
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def find_segments(text: str, block: int) -> list[Segment]:
    """Pair the double quote marks of one block by parity.

    ``"``, ``“`` and ``”`` count alike; an odd last mark opens a quotation that runs to the
    end of the block. Single marks are left inside (nested quotes); ``’`` in a word is no mark.

    Example:
        >>> text = '”Air naik cepat,” kata Dadang. ”Kalau tidak'
        >>> [text[s.start:s.end] for s in find_segments(text, 0)]
        ['Air naik cepat', 'Kalau tidak']
    """
    marks = [m.start() for m in _DOUBLE_MARK.finditer(text)]
    segments: list[Segment] = []
    for index in range(0, len(marks), 2):
        opening = marks[index]
        closing = marks[index + 1] if index + 1 < len(marks) else None
        stop = closing if closing is not None else len(text)
        start, end = strip_span(text, opening + 1, stop)
        if end > start:
            segments.append(Segment(block, opening, closing, start, end))
    return segments


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Split a block into sentences, keeping abbreviations such as ``dr.`` and ``Prof.`` whole.

    Example:
        >>> text = "Hujan turun. Prof. Budi datang! Selesai"
        >>> [text[s:e] for s, e in sentence_bounds(text)]
        ['Hujan turun.', 'Prof. Budi datang!', 'Selesai']
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if end >= len(text):
            break
        following = text[end]
        if not (following.isupper() or following.isdigit() or following in "\"“”‘'("):
            continue
        # A bounded look-back keeps this linear on text with many dots and no capitals.
        head = text[max(start, match.start() - 12) : match.start()]
        last = head.rsplit(None, 1)[-1].lower() if head.strip() else ""
        last = last.lstrip("(\"“”'‘")
        if match.group().startswith(".") and (last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())):
            continue
        bounds.append((start, match.start() + len(match.group().rstrip())))
        start = end
    if start < len(text):
        bounds.append((start, len(text.rstrip())))
    return [(s, e) for s, e in bounds if e > s]


def capital_runs(text: str, ws: list[Word]) -> list[list[Word]]:
    """Runs of capitalised words separated only by spaces.

    Example:
        >>> t = "kata Ketua MK Benny Situmorang di Gedung MK"
        >>> [[w.text for w in run] for run in capital_runs(t, words(t))]
        [['Ketua', 'MK', 'Benny', 'Situmorang'], ['Gedung', 'MK']]
    """
    runs: list[list[Word]] = []
    current: list[Word] = []
    for word in ws:
        if word.text[:1].isupper():
            if current and not text[current[-1].end : word.start].strip():
                current.append(word)
                continue
            if current:
                runs.append(current)
            current = [word]
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs

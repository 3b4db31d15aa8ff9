"""Text primitives for quotation extraction: words with offsets, quote-mark pairing, sentences."""

from __future__ import annotations

import contextlib
import operator
import re
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, compress, count, repeat
from typing import TYPE_CHECKING, NamedTuple

import attrs

if TYPE_CHECKING:
    from newsmodel.quotes._lexicon import Lexicon

__all__ = [
    "MONTH_ABBREVIATIONS",
    "Segment",
    "Word",
    "abbreviated",
    "abbreviation_dot",
    "blank_out",
    "block_words",
    "capital_runs",
    "count_words",
    "find_segments",
    "first_word",
    "has_quote_mark",
    "is_capitalized",
    "is_initialism",
    "lowers",
    "make_word",
    "pinned",
    "sentence_bounds",
    "strip_span",
    "title_like",
    "word_starts",
    "words",
    "words_once",
]

# A word: letters and digits, with inner apostrophes (Ma’ruf, don’t), hyphens (berlarut-larut,
# U-23) and dots between letters or digits (KOMPAS.com, 1.284, Rp9.000).
_WORD = re.compile(r"\w+(?:[’'\-.]\w+)*")

# Double quote marks, paired per block by parity (PUEBI "…"; Kompas prints ” at both ends,
# Kompas.com mixes straight and curly, so direction is not trusted).
_DOUBLE_MARK = re.compile(r"[\"“”„«»]")

# A sentence end: terminal punctuation, closing marks or brackets, then white space. It
# starts only where a run of punctuation starts: tried inside a long run of dots with no
# space after it, each position would rescan the rest of the run (quadratic time). The
# look-behind comes after the first mark, not before it: a pattern that opens with a
# character class lets the regex engine skip to the next mark, three times faster.
_SENTENCE_END = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*[\"“”’')\]]*\s+")

#: Months abbreviated with a dot in English and Indonesian news: "announced on Sept. 30 that …",
#: "13 Agu. 2025" ("Des." is left out: Des is also a first name).
MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "agu",
    "agt",
    "sep",
    "sept",
    "oct",
    "okt",
    "nov",
    "nop",
    "dec",
)

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
        *MONTH_ABBREVIATIONS,
    }
)

#: A dateline opening the first block: "JAKARTA, KOMPAS.com - ", "SAN FRANCISCO — ", "Bogor (ANTARA) - ".
_DATELINE = re.compile(r"^(?:[A-Z][^\n!?]{0,60}?\s(?:-{1,3}|—|–)\s+|[A-Z][A-Z .,'-]{1,40}:\s+)")
#: How far into the first block (in characters) a dateline may end.
_DATELINE_REACH = 90


def dateline_end(text: str, stop: int | None = None) -> int:
    """Where a dateline opening a body's first block ends (before ``stop``), else 0.

    Example:
        >>> dateline_end("SAN FRANCISCO — The board met."), dateline_end("The board met.")
        (16, 0)
        >>> dateline_end("SEMARANG: Investigators said …")
        10
    """
    found = _DATELINE.match(text, 0, min(len(text) if stop is None else stop, _DATELINE_REACH))
    return found.end() if found else 0


#: White space and punctuation trimmed off the ends of a quotation's text.
_TRIM = " \t\n\r\u00a0,;:"

# Field getters of Word that run in C: map() with them keeps whole-block passes out of the
# interpreter loop (blocks of hundreds of words go through several such passes).
_START = operator.itemgetter(1)
_LOWER = operator.itemgetter(3)
_INITIAL = operator.itemgetter(slice(0, 1))  # a word's text[:1]
_TEXT = operator.itemgetter(0)


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
    # the cache's table read inline: this is called for every window the extractor looks at
    every, starts = _CACHE.table.get(text) or _CACHE.get(text)
    stop = len(text) if end is None else end
    found = every[bisect_left(starts, start) : bisect_left(starts, stop)]  # a list slice: a new list
    if found and found[-1].end > stop:
        found.pop()
    return found


def block_words(text: str) -> Sequence[Word]:
    """All the words of ``text``, without copying: the cached list itself, never to be changed.

    Example:
        >>> [w.text for w in block_words("Kata Budi, lalu")]
        ['Kata', 'Budi', 'lalu']
    """
    return (_CACHE.table.get(text) or _CACHE.get(text))[0]


def words_once(text: str) -> list[Word]:
    """The words of a short text read once, without keeping them in the word cache.

    Example:
        >>> [w.text for w in words_once("economist at Straits Capital")]
        ['economist', 'at', 'Straits', 'Capital']
    """
    return _tokenize(text)


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """``len(words(text, start, end))``, without building the list.

    Example:
        >>> count_words("Kata Budi, lalu pergi", 4), count_words("Kata Budi", 0, 6)
        (3, 1)
    """
    every, starts = _CACHE.table.get(text) or _CACHE.get(text)
    stop = len(text) if end is None else end
    low, high = bisect_left(starts, start), bisect_left(starts, stop)
    if high <= low:
        return 0
    return high - low - (every[high - 1].end > stop)


def first_word(text: str, start: int = 0, end: int | None = None) -> Word | None:
    """The first whole word inside ``text[start:end]``, if any (however long it is).

    Example:
        >>> first_word("kata Budi", 4).text, first_word("kata", 1, 3), first_word("a" * 50 + " b").end
        ('Budi', None, 50)
    """
    every, starts = _CACHE.table.get(text) or _CACHE.get(text)
    index = bisect_left(starts, start)
    if index < len(every) and every[index].end <= (len(text) if end is None else end):
        return every[index]
    return None


def word_starts(text: str) -> tuple[int, ...]:
    """The start offsets of ``words(text)``, in order: a word's index is a bisection away.

    Example:
        >>> word_starts("Kata Budi, lalu")
        (0, 5, 11)
    """
    return (_CACHE.table.get(text) or _CACHE.get(text))[1]


#: A text's words and their start offsets.
#: (A list, never changed once made: a slice of it is the new list words() returns.)
_Entry = tuple[list[Word], tuple[int, ...]]


class _TokenCache:
    """A memo of tokenised texts, safe across threads: bodies being extracted, and a few more.

    The extractor asks for many windows of the same block; this holds nothing but the pure
    results of ``_WORD`` on a text (or, for a blanked text, the same words minus the blanks).
    A body's blocks stay while it is extracted (:meth:`pinned`): with more blocks than the
    memo's size, every pass over the body would otherwise tokenise each block again. Other
    texts are dropped oldest first.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        #: Text → its entry, for every text held; read without the lock, written under it.
        self.table: dict[str, _Entry] = {}
        #: The texts that may be dropped, oldest first (the others are pinned). An OrderedDict:
        #: a plain dict emptied from the front makes ``next(iter(...))`` step over every slot
        #: deleted before it, and this one is emptied from the front all the time.
        self._droppable: OrderedDict[str, None] = OrderedDict()
        #: Pinned text → how many extractions hold it.
        self._pins: dict[str, int] = {}
        self._lock = threading.Lock()

    def get(self, text: str) -> _Entry:
        found = self.table.get(text)
        if found is None:
            found = self.put(text, *_words_and_starts(text))
        return found

    def put(self, text: str, every: list[Word], starts: tuple[int, ...] | None = None) -> _Entry:
        entry = (every, tuple(map(_START, every)) if starts is None else starts)
        with self._lock:
            self.table[text] = entry
            if text not in self._pins:
                self._droppable.pop(text, None)
                self._droppable[text] = None
                self._shrink()
        return entry

    def _shrink(self) -> None:
        while len(self._droppable) > self._size:
            oldest, _ = self._droppable.popitem(last=False)
            self.table.pop(oldest, None)

    def pinned(self, texts: Sequence[str]) -> _Pinned:
        """A context that keeps the entries of ``texts`` (once made) until it ends."""
        return _Pinned(self, texts)

    def pin(self, texts: Sequence[str]) -> None:
        """Keep the entries of ``texts`` (once made) until :meth:`unpin`."""
        pins = self._pins
        with self._lock:
            for text in texts:
                pins[text] = pins.get(text, 0) + 1
                self._droppable.pop(text, None)

    def unpin(self, texts: Sequence[str]) -> None:
        """Let the entries of ``texts`` be dropped again, oldest first, once nobody pins them."""
        pins = self._pins
        with self._lock:
            for text in texts:
                left = pins[text] - 1
                if left:
                    pins[text] = left
                    continue
                del pins[text]
                if text in self.table:
                    self._droppable[text] = None
            self._shrink()


class _Pinned:
    """The context manager of :func:`pinned` (a class: cheaper than a generator-based one)."""

    __slots__ = ("_cache", "_texts")

    def __init__(self, cache: _TokenCache, texts: Sequence[str]) -> None:
        self._cache = cache
        self._texts = texts

    def __enter__(self) -> None:
        self._cache.pin(self._texts)

    def __exit__(self, *exc: object) -> None:
        self._cache.unpin(self._texts)


_CACHE = _TokenCache(64)


def pinned(texts: Sequence[str]) -> contextlib.AbstractContextManager[None]:
    """A context in which the words of ``texts`` are tokenised at most once.

    Example:
        >>> with pinned(["Kata Budi"]):
        ...     [w.text for w in words("Kata Budi")]
        ['Kata', 'Budi']
    """
    return _CACHE.pinned(texts)


def _tokenize(text: str) -> list[Word]:
    """Every word of a text, once."""
    return _words_and_starts(text)[0]


def _words_and_starts(text: str) -> tuple[list[Word], tuple[int, ...]]:
    """Every word of a text, once, and their start offsets.

    Splitting on the word pattern alternates separators and words; the running sum of their
    lengths gives each word's start and end. Every step runs in C (no interpreter loop per
    word), and the words are exactly those of ``_WORD.finditer``.
    """
    parts = _WORD_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts)))
    found = parts[1::2]
    starts = tuple(offsets[:-1:2])
    fields = zip(found, starts, offsets[1::2], map(str.lower, found), strict=True)
    return list(map(tuple.__new__, repeat(Word), fields)), starts


# _WORD with the whole match captured, for _tokenize's split.
# (Possessive: a word run never gives characters back, so the split is the same, and the
# engine keeps no backtracking state: about 10% faster.)
_WORD_SPLIT = re.compile(r"(\w++(?:[’'\-.]\w++)*+)")
# tuple.__new__(Word, fields) builds a Word without NamedTuple's Python-level __new__.


#: Characters a blanked span may start or end with for its words to be derived, not re-read:
#: quote marks, sentence punctuation and spaces, none of which is ever inside a word.
_SAFE_EDGES = frozenset('"“”„«».!?,;: \t')


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
    spans = [(start, end) for start, end in spans if 0 <= start < end]  # an empty span blanks nothing
    if not spans:
        return text
    pieces: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        begin = max(start, cursor)
        if end <= begin:
            continue  # inside a span already blanked
        pieces += (text[cursor:begin], " " * (end - begin))
        cursor = end
    pieces.append(text[cursor:])
    masked = "".join(pieces)
    if not all(text[start] in _SAFE_EDGES and text[end - 1] in _SAFE_EDGES for start, end in spans):
        # A span edge inside a word would split it: the derived list would not be what
        # tokenising the masked text gives, so let words() tokenise it afresh.
        return masked
    every, starts = _CACHE.get(text)
    # each span covers a contiguous range of word indices: the words starting inside it, and
    # the one word (if any) that starts before it and runs into it
    covered = []
    for start, end in spans:
        low = bisect_left(starts, start)
        if low and every[low - 1].end > start:
            low -= 1
        covered.append((low, bisect_left(starts, end)))
    kept: list[Word] = []
    index = 0
    for low, high in sorted(covered):
        kept.extend(every[index:low])
        index = max(index, high)
    kept.extend(every[index:])
    _CACHE.put(masked, kept)
    return masked


def is_capitalized(word: str) -> bool:
    """Whether a word starts with an upper-case letter.

    Example:
        >>> is_capitalized("Jakarta"), is_capitalized("kata"), is_capitalized("1.284")
        (True, False, False)
    """
    return word[:1].isupper()


def title_like(text: str, start: int, end: int, most: int | None = None) -> bool:
    """Whether the words in ``text[start:end]`` read as a title: Title Case, at most ``most`` words.

    The first word is capitalised and so are at least half of the words. The words are read
    from the block's cached tokens, so no new string is tokenized.

    Example:
        >>> text = "lagu “Minute By Minute” dan “we will win”"
        >>> title_like(text, 6, 22), title_like(text, 29, 40), title_like(text, 6, 22, most=2)
        (True, False, False)
    """
    ws = words(text, start, end)
    if not ws:
        return True
    if most is not None and len(ws) > most:
        return False
    capitals = sum(1 for w in ws if is_capitalized(w.text))
    return is_capitalized(ws[0].text) and capitals * 2 >= len(ws)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past white space and a trailing comma or colon.

    Example:
        >>> text = '" Rusia tidak akan mundur, "'
        >>> s, e = strip_span(text, 1, 27)
        >>> text[s:e]
        'Rusia tidak akan mundur'
    """
    # any white space (str.isspace), as the Quote model strips its text with str.strip
    while start < end and (text[start] in _TRIM or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1].isspace()):
        end -= 1
    return start, end


def has_quote_mark(text: str) -> bool:
    """Whether ``text`` has a double quote mark, that is, may hold a quoted stretch.

    Example:
        >>> has_quote_mark("“Siap,” kata Budi."), has_quote_mark("Budi’s plan")
        (True, False)
    """
    return _DOUBLE_MARK.search(text) is not None


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


def sentence_bounds(text: str, lexicon: Lexicon | None = None) -> list[tuple[int, int]]:
    """Split a block into sentences, keeping abbreviations such as ``dr.`` and ``Prof.`` whole.

    With a lexicon, the dot of a dotted abbreviation, a rank or an honorific before a name
    ends no sentence either (:func:`abbreviation_dot`): "U.S. Attorney Jane Cox said …".

    Example:
        >>> text = "Hujan turun. Prof. Budi datang! Selesai"
        >>> [text[s:e] for s, e in sentence_bounds(text)]
        ['Hujan turun.', 'Prof. Budi datang!', 'Selesai']
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> text = "He moved to the U.S. He said U.S. Attorney Jane Cox agreed."
        >>> [text[s:e] for s, e in sentence_bounds(text, lexicon_for("en"))]
        ['He moved to the U.S.', 'He said U.S. Attorney Jane Cox agreed.']
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
        if match.group().startswith(".") and (
            last in _ABBREVIATIONS
            or (len(last) == 1 and last.isalpha())
            or (
                lexicon is not None
                and _may_abbreviate(last, lexicon)
                and abbreviation_dot(text, match.start(), lexicon)
            )
        ):
            continue
        bounds.append((start, match.start() + len(match.group().rstrip())))
        start = end
    if start < len(text):
        bounds.append((start, len(text.rstrip())))
    return [(s, e) for s, e in bounds if e > s]


def abbreviated(low: str) -> bool:
    """Whether a lower-case word is a known abbreviation whose dot ends no sentence.

    Example:
        >>> abbreviated("sept"), abbreviated("prof"), abbreviated("said")
        (True, True, False)
    """
    return low in _ABBREVIATIONS


def _may_abbreviate(last: str, lexicon: Lexicon) -> bool:
    """Whether a lower-cased word before a dot may be an abbreviation: a cheap test first.

    Dotted initials, a rank or an honorific; most words before a dot are none of these, and
    :func:`abbreviation_dot` then need not look at the words around the dot.
    """
    return "." in last or _titles_name(last, lexicon)


def _titles_name(low: str, lexicon: Lexicon) -> bool:
    """Whether a word is a rank, an honorific or an abbreviated office: "Lt.", "Dr.", "Gov.", "Plt."."""
    return (
        low in lexicon.ranks
        or low in lexicon.honorifics
        or low in lexicon.role_abbreviations
        or (len(low) <= _SHORT_ROLE and low in lexicon.roles)
    )


#: The longest role word taken for an abbreviation before a dot: "Plt.", "Dir." (not "Bupati.").
_SHORT_ROLE = 3


def abbreviation_dot(text: str, dot: int, lexicon: Lexicon) -> bool:
    """Whether the period at ``dot`` ends an abbreviation inside a name rather than a sentence.

    A dot inside a word ("KOMPAS.com"), or after an initial, dotted capitals, a rank, an
    honorific or an abbreviated office when one space and a capitalised word other than a
    function word follow: "Mary E. Lovely", "U.S. Attorney", "Lt. Matt Harris", "Dr. Pell",
    "Gov. Kristi Noem" (but "the U.S. He said").

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> en = lexicon_for("en")
        >>> t = "U.S. Attorney Cox came to the U.S. He left."
        >>> abbreviation_dot(t, 3, en), abbreviation_dot(t, 32, en), abbreviation_dot(t, 1, en)
        (True, False, True)
    """
    if text[dot] != "." or text[dot - 1 : dot].isspace():
        return False
    if text[dot + 1 : dot + 2].isalnum():
        return True  # inside a word: "U.S", "KOMPAS.com"
    before = words(text, max(0, dot - 12), dot)
    if not before or before[-1].end != dot:
        return False
    last = before[-1]
    if last.text.isupper() and len(last.text) > 1 and not is_initialism(last.text):
        return False  # "sebagai CEO. Budi …": an acronym's dot ends the sentence
    if not (is_initialism(last.text) or _titles_name(last.lower, lexicon) or last.text in NAME_ABBREVIATIONS):
        return False  # most dots end a sentence: the words after them are not read
    following = first_word(text, dot + 1, min(len(text), dot + 40))
    if following is None or text[dot + 1 : following.start] != " ":
        return False
    return is_capitalized(following.text) and following.lower not in lexicon.function_words


def capital_runs(text: str, ws: Sequence[Word], particles: frozenset[str] = frozenset()) -> list[list[Word]]:
    """Runs of capitalised words separated only by spaces (or the dot of an initial: "Mary E. Lovely").

    One lower-case word of ``particles`` between two capitalised words stays in the run:
    "Monica de Bolle".

    Example:
        >>> t = "kata Ketua MK Benny Situmorang di Gedung MK"
        >>> [[w.text for w in run] for run in capital_runs(t, words(t))]
        [['Ketua', 'MK', 'Benny', 'Situmorang'], ['Gedung', 'MK']]
        >>> t = "kata Monica de Bolle di Jakarta"
        >>> [[w.text for w in run] for run in capital_runs(t, words(t), frozenset({"de"}))]
        [['Monica', 'de', 'Bolle'], ['Jakarta']]
    """
    runs: list[list[Word]] = []
    current: list[Word] = []
    previous = -2
    # only the capitalised words matter: a gap in their indices is a lower-case word between
    for index in compress(count(), map(str.isupper, map(_INITIAL, map(_TEXT, ws)))):
        word = ws[index]
        if (
            current
            and index == previous + 1
            and ((gap := text[current[-1].end : word.start]) == " " or _joins_run(gap, current[-1].text))
        ):
            current.append(word)
        elif (
            current
            and index == previous + 2
            and ws[index - 1].text in particles  # (the cheap test first: most gaps are no particle)
            and _particle_between(text, current[-1], ws[index - 1], word)
        ):
            current += (ws[index - 1], word)
        else:
            if current:
                runs.append(current)
            current = [word]
        previous = index
    if current:
        runs.append(current)
    return runs


def _particle_between(text: str, left: Word, middle: Word, right: Word) -> bool:
    """Whether a particle stands alone between two capitalised words: "de" in "Monica de Bolle"."""
    return left.end + 1 == middle.start and middle.end + 1 == right.start and text[left.end] == text[middle.end] == " "


def _joins_run(gap: str, last: str) -> bool:
    """Whether the gap after ``last`` keeps a capitalised run going.

    Spaces only, or the dot of an initial, a dotted abbreviation or an abbreviated first name
    ("Mary E. Lovely", "U.S. Attorney", "Moch. Ridwan").
    """
    gap = gap.strip()
    return not gap or (gap == "." and (is_initialism(last) or last in NAME_ABBREVIATIONS))


#: Abbreviated first names written with a dot inside a name: "Moch. Ridwan Sastrodiharjo",
#: "Muh. Yusuf" (Indonesian spellings of Muhammad), "Rusli Hi. Dano" (Haji, in Maluku).
NAME_ABBREVIATIONS = frozenset({"Moch", "Moh", "Muh", "Mhd", "Mochd", "Hi"})


def is_initialism(word: str) -> bool:
    """Whether a word is an initial or dotted capitals, whose dot ends no sentence: "E", "P.J", "U.S".

    Example:
        >>> is_initialism("E"), is_initialism("U.S"), is_initialism("Budi"), is_initialism("KOMPAS.com")
        (True, True, False, False)
    """
    if len(word) == 1:
        return word.isupper()
    return "." in word and word.replace(".", "").isalpha() and word.isupper()


def lowers(ws: Iterable[Word]) -> Iterator[str]:
    """The lower-case forms of ``ws``, lazily (for set tests over a whole block).

    Example:
        >>> list(lowers(words("Kata Budi")))
        ['kata', 'budi']
    """
    return map(_LOWER, ws)

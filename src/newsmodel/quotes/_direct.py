"""Direct quotations: quoted stretches that are speech, with the cue before or after them.

A quoted stretch is speech when a cue follows it ("…," kata X) or precedes it (X mengatakan,
"…"), when it continues a split quote ("…," kata X, "…"), runs over several blocks, or stands
as a sentence of its own (a floating quote that continues the previous speaker). Anything
else in quote marks is a title, a name or a term, or a partial quote inside reported speech.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from newsmodel.quotes._cues import Cue, cue_after, cue_before
from newsmodel.quotes._lexicon import Lexicon
from newsmodel.quotes._speakers import Registry
from newsmodel.quotes._text import Segment, abbreviated, find_segments, is_initialism, title_like, words

__all__ = ["Group", "Piece", "find_direct"]

# The last sentence end before a quotation: terminal punctuation, closing marks, white space.
_LAST_SENTENCE_END = re.compile(r"[.!?][\"“”’')\]]*\s+")

# Sentence punctuation between two quotations: a new sentence, so no split quote.
_SENTENCE_PUNCT = re.compile(r"[.!?]")
# The word right before a dot: "Mr" in "Mr. Wierzbicki said".
_WORD_BEFORE_DOT = re.compile(r"[\w.]+$")

# Sentence punctuation at the end of a quotation's words, before closing single marks.
_SPEECH_END = re.compile(r"[.!?…,][’'‘]*$")

#: The most words of a quoted title in a list ("Jesus Is Just Alright With Me").
_TITLE_MAX = 8
#: The most characters between two quoted titles of a list (", ").
_LIST_GAP = 4

#: How far back to look for the start of the sentence holding a quotation.
_SENTENCE_WINDOW = 300


@attrs.define(eq=False)
class Group:
    """Quotations that share one attribution.

    A quote over several blocks, a split quote, or an indirect clause with its partial quotes.
    """

    cue: Cue | None
    cue_block: int
    order: tuple[int, int]


#: The kind of a piece that quotes nothing but shows who the text is about for later quotes.
CONTEXT = "context"


@attrs.frozen
class Piece:
    """One quotation in one block, before its speaker is resolved (or a :data:`CONTEXT` piece)."""

    kind: str  # "direct", "indirect", "partial" or CONTEXT
    block: int
    start: int
    end: int
    group: Group


def sentence_start(text: str, offset: int) -> int:
    """The offset where the sentence holding ``offset`` starts (bounded look-back).

    Example:
        >>> sentence_start('Hujan turun. Ratih mengatakan, "Siap."', 31)
        13
    """
    base = max(0, offset - _SENTENCE_WINDOW)
    last = None
    for match in _LAST_SENTENCE_END.finditer(text, base, offset):
        last = match
    return last.end() if last else base


def _opens_sentence(text: str, segment: Segment) -> bool:
    before = text[max(0, segment.open - 3) : segment.open].rstrip()
    return not before or before[-1] in '.!?"“”:'


def _speech_like(text: str, segment: Segment) -> bool:
    """Whether a quotation that opens a sentence reads as speech on its own.

    It ends with sentence punctuation (or runs to the end of the block), and the sentence does
    not go on after it: in `"Ayo Sekolah!" menjadi slogan kampanye` the quote is a name.
    """
    if segment.close is None:
        return True
    raw = text[segment.start : segment.close].rstrip()
    if not _SPEECH_END.search(raw):
        return False
    after = text[segment.close + 1 : segment.close + 3].lstrip()
    return not after or not after[0].islower()


def _after_title_marker(text: str, segment: Segment, lexicon: Lexicon) -> bool:
    before = words(text, max(0, segment.open - 40), segment.open)
    return bool(before) and before[-1].lower in lexicon.title_markers


def find_direct(texts: Sequence[str], registry: Registry) -> tuple[list[Piece], list[Segment]]:
    """Direct quotation pieces of every block, and the quoted stretches that are not speech.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> from newsmodel.quotes._speakers import Registry
        >>> texts = ['"Kami siap," kata Budi. Film "Lontar" tayang.']
        >>> pieces, others = find_direct(texts, Registry(lexicon_for("id")))
        >>> [(p.kind, p.group.cue.word.text) for p in pieces], len(others)
        ([('direct', 'kata')], 1)
    """
    lexicon = registry.lexicon
    pieces: list[Piece] = []
    others: list[Segment] = []
    chain: list[Piece] = []
    for block, text in enumerate(texts):
        segments = find_segments(text, block)
        previous: tuple[Segment, Group] | None = None
        first = 0
        if chain and segments and not text[: segments[0].open].strip():
            piece = _continue_chain(text, segments[0], chain[0].group, lexicon)
            pieces.append(piece)
            previous = (segments[0], piece.group)
            chain = [*chain, piece] if segments[0].close is None else []
            first = 1
        else:
            chain = []
        titles = _title_lists(text, segments) if len(segments) > 1 else set()
        for segment in segments[first:]:
            group = None if segment.open in titles else _group_for(text, segment, previous, registry, block)
            if group is not None and group.cue is None and block and not text[: segment.open].strip():
                group = _cue_in_previous_block(texts[block - 1], block - 1, registry) or group
            if group is None:
                others.append(segment)
                previous = None
                continue
            head = _embedding_clause(text, segment, group)
            if head is not None:
                # 'Making the diagnosis was "a bit like a jigsaw," Dempsey said.': the speaker's
                # words inside a reported clause, a partial quote, not a quotation of its own
                pieces.append(Piece("indirect", block, head, segment.after, group))
                pieces.append(Piece("partial", block, segment.start, segment.end, group))
                previous, chain = (segment, group), []
                continue
            piece = Piece("direct", block, segment.start, segment.end, group)
            pieces.append(piece)
            previous = (segment, group)
            chain = [piece] if segment.close is None else []
    return pieces, others


#: The fewest words of a reported clause before a quoted fragment.
_EMBEDDING_MIN = 2


def _embedding_clause(text: str, segment: Segment, group: Group) -> int | None:
    """Where the reported clause starts when a quotation closes one that its cue follows.

    `Making the diagnosis was "a bit like a jigsaw," Dempsey said.` reports the clause and
    quotes a fragment of it. A quotation introduced by a phrase and a comma or colon
    (`Asked about it, "We are ready," Doe said.`) or following another one is whole.
    """
    cue = group.cue
    if cue is None or segment.close is None or cue.word.start < segment.close or _opens_sentence(text, segment):
        return None  # most quotations open their paragraph or sentence: no clause to look back at
    start = sentence_start(text, segment.open)
    before = text[start : segment.open].rstrip()
    if not before or before[-1] in ",:;.!?" or any(mark in before for mark in '"“”'):
        return None  # after a phrase and a comma, or a sentence end with no space ('mereka."Tawaran')
    if len(words(text, start, segment.open)) < _EMBEDDING_MIN:
        return None
    return start


def _title_lists(text: str, segments: Sequence[Segment]) -> set[int]:
    """The opening marks of quotations that belong to a list of titles.

    Two or more short quotations in Title Case, one after another with only a comma between
    them, are titles: `hits such as “Black Water,” “China Grove,” “Minute By Minute” and
    others`. No quotation of the list has a cue: the extractor would otherwise read each one
    after a closing mark as a sentence of its own ending with a comma, a floating quote.
    """
    found: set[int] = set()
    for previous, segment in itertools.pairwise(segments):
        # the cheap test first: most quotations of a block have words between them
        if _continues_list(text, previous, segment) and all(
            s.open in found or title_like(text, s.start, s.end, _TITLE_MAX) for s in (previous, segment)
        ):
            found.update((previous.open, segment.open))
    return found


def _continues_list(text: str, previous: Segment, segment: Segment) -> bool:
    """Whether only a comma stands between two quotations, the first not ending a sentence.

    `“Thank You.” “Good Night.”` are two sentences, not a list.
    """
    if previous.close is None or segment.close is None:
        return False
    if _SENTENCE_PUNCT.search(text[previous.start : previous.close]):
        return False
    between = text[previous.close + 1 : segment.open]
    return len(between) <= _LIST_GAP and not between.replace(",", " ").strip()


def _cue_in_previous_block(text: str, block: int, registry: Registry) -> Group | None:
    """A cue ending the previous block with a colon: "Kapolda X mengatakan:" / "…"."""
    end = len(text.rstrip())
    if not text[:end].endswith(":"):
        return None
    cue = cue_before(text, sentence_start(text, end), end, registry.lexicon, registry)
    return Group(cue, block, (block, cue.word.start)) if cue is not None else None


def _continue_chain(text: str, segment: Segment, group: Group, lexicon: Lexicon) -> Piece:
    """The next piece of a quote left open at the end of the previous block."""
    if segment.close is not None and group.cue is None:
        cue = cue_after(text, segment.close, lexicon, unnamed=True, opening=True)
        if cue is not None:
            group.cue = cue
            group.cue_block = segment.block
            group.order = (segment.block, cue.word.start)
    return Piece("direct", segment.block, segment.start, segment.end, group)


def _group_for(
    text: str, segment: Segment, previous: tuple[Segment, Group] | None, registry: Registry, block: int
) -> Group | None:
    lexicon = registry.lexicon
    if previous is not None and previous[1].cue is not None and previous[0].close is not None:
        between = text[previous[0].close + 1 : segment.open]
        if (
            not _breaks_sentence(between)
            and previous[1].cue.end <= segment.open
            and not _ends_sentence(text, previous[0], between)
        ):
            return previous[1]  # a split quote: "…," kata X, "…"
    cue = None
    if segment.close is not None:
        cue = cue_after(text, segment.close, lexicon, unnamed=True, opening=_opens_sentence(text, segment))
    if cue is None:
        cue = cue_before(text, sentence_start(text, segment.open), segment.open, lexicon, registry)
        if cue is not None and _after_title_marker(text, segment, lexicon):
            cue = None
    if cue is not None:
        return Group(cue, block, (block, cue.word.start))
    if (
        _opens_sentence(text, segment)
        and _speech_like(text, segment)
        and not _after_title_marker(text, segment, lexicon)
        and _stands_alone(text, segment, lexicon)
    ):
        return Group(None, block, (block, segment.open))
    return None


def _breaks_sentence(between: str) -> bool:
    """Whether sentence punctuation stands between two quotations (not an abbreviation's dot: "Mr.")."""
    for found in _SENTENCE_PUNCT.finditer(between):
        if found.group() != "." or not (word := _WORD_BEFORE_DOT.search(between, 0, found.start())):
            return True
        if not (abbreviated(word.group().lower()) or is_initialism(word.group())):
            return True
    return False


def _ends_sentence(text: str, previous: Segment, between: str) -> bool:
    """Whether a quotation closes its sentence: it ends with "." and a capital follows.

    `…can "deliver content all over the world." The goal is a "seamless experience"`: the
    second quotation is in a new sentence, not the second half of a split quote.
    """
    close = previous.close if previous.close is not None else previous.end
    ends = _SPEECH_END.search(text[previous.start : close].rstrip())
    following = between.strip(" ,")
    return ends is not None and ends.group()[0] in ".!?" and following[:1].isupper()


def _stands_alone(text: str, segment: Segment, lexicon: Lexicon) -> bool:
    """Whether a cue-less quote ends its block, or is followed by quotes or attributed speech.

    A quote followed by plain narrative is more often a motto or a title being talked about:
    `"Merdeka atau mati." Semboyan itu dipakai …`.
    """
    rest = text[segment.after : segment.after + _SENTENCE_WINDOW].strip()
    if not rest or rest[0] in '"“”':
        return True
    # the block's cached words, not the slice's: a slice would be tokenised afresh
    following = {word.lower for word in words(text, segment.after, segment.after + _SENTENCE_WINDOW)}
    return not (
        following.isdisjoint(lexicon.cue_forms)
        and following.isdisjoint(lexicon.pronouns)
        and following.isdisjoint(lexicon.according_heads)
    )

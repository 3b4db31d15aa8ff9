"""Main-content extraction: the article's body blocks, in order, without page boilerplate.

One walk over the document (``lxml.etree.iterwalk``) flattens it into text blocks: a block
ends at every block-level element boundary and at every ``<br>``, and knows its kind
(paragraph, heading, list item, block quote), its link text and the element it sits in.
Subtrees that are never article text (scripts, navigation, asides, footers, form controls,
figures) are skipped; figures and captions are kept aside for the images. Elements whose
class/id hints at boilerplate (share bar, related list, comments, ads …) or that are hidden
mark *regions*: their blocks are left out unless the region wraps most of the page's prose
(``class="has-sidebar"`` on a page wrapper) or the article itself.

Choosing the article: every substantial, link-poor block scores its container and, less,
the container's ancestors, as in Arc90's Readability (comma count and length); class/id
hints scale a container's score, ``itemprop="articleBody"`` doubles it, link density lowers
it. The best container grows to its parent while the parent holds article text itself, and
is joined by siblings that score close to it and by containers built from the same template
(a long story cut into sections). Their blocks, minus boilerplate lines from the language
lexicons (``_lexicon_id``, ``_lexicon_en``) and link lists, are the body.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

import attrs
from lxml import etree

from newsmodel._model import HTML_BLOCK_KINDS, BlockKind
from newsmodel._text import fold_for_ascii_search, parse_int, squeeze
from newsmodel.html import _lexicon_en, _lexicon_id

__all__ = ["Block", "Content", "Figure", "extract_content", "is_boilerplate", "strip_inline_boilerplate"]

# HTML Living Standard §3.2.5.2.5 "phrasing content": elements that do not break a block.
_INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "label",
        "mark",
        "nobr",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "acronym",
        "blink",
    }
)
# Elements whose whole subtree is never article text.
_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "button",
        "select",
        "input",
        "textarea",
        "option",
        "nav",
        "aside",
        "footer",
        "menu",
        "dialog",
        "head",
        "title",
        "meta",
        "link",
        "video",
        "audio",
        "map",
        "figure",
        "figcaption",
        "picture",
        "source",
        "track",
        "area",
        "base",
        "applet",
        "frameset",
    }
)
_FIGURES = frozenset({"figure", "figcaption", "picture"})
# Index pages are lists of teasers; articles are paragraphs. Only these count as prose.
_PROSE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.BLOCKQUOTE})
_KIND_OF_TAG = {**HTML_BLOCK_KINDS, "blockquote": BlockKind.BLOCKQUOTE}
# Blocks that hold text directly count for themselves; paragraphs count for their parent.
_CONTAINERS = frozenset({"div", "section", "article", "main", "td", "body", "center", "form"})

# Class/id hints. Readability's "unlikely candidates" plus Indonesian site vocabulary
# ("terkait" = related, "populer", "iklan" = ad, "baca-juga", "sosmed"). A class/id string is
# split into letter tokens ("post__content relatedPosts" → post, content, relatedposts); long
# distinctive words match the start of a token ("relatedposts", "share-bar"), short ambiguous
# ones ("ad", "tag", "pager") only a whole token. A hint marks a region, not a verdict: a region
# that holds most of the page's prose is a wrapper ("has-sidebar" on <body>) and is ignored.
_STRONG_PREFIXES = (
    "comment",
    "disqus",
    "share",
    "sharing",
    "social",
    "sosmed",
    "related",
    "terkait",
    "recommend",
    "rekomendasi",
    "outbrain",
    "taboola",
    "newsletter",
    "breadcrumb",
    "bacajuga",
    "readmore",
    "sidebar",
    "advert",
    "iklan",
    "adsbygoogle",
    "popular",
    "populer",
    "terpopuler",
    "trending",
    "cookie",
    "caption",
    "subscribe",
    "signup",
    "jumplink",
    "pagination",
    "ticker",
    "marquee",
    "toolbar",
)
_STRONG_TOKENS = frozenset(
    {"ad", "ads", "adv", "tag", "tags", "topic", "topics", "pager", "modal", "popup", "promo", "banner", "widget"}
)
# Hints written across tokens ("baca-juga", "read-more", "sr-only", "visually-hidden").
_STRONG_PHRASES = re.compile(
    r"baca-?juga|read-?more|more-stories|skip-link|screen-reader|sr-only|visually-hidden|side-bar|print-?only|ad-slot"
)
_WEAK_PREFIXES = (
    "footer",
    "header",
    "masthead",
    "navbar",
    "navigation",
    "menu",
    "sponsor",
    "author",
    "byline",
    "credit",
    "gallery",
    "video",
    "rating",
    "login",
    "newsticker",
    "shoutbox",
    "combx",
    "breaking",
)
_WEAK_TOKENS = frozenset({"meta", "nav", "hidden", "hide", "date", "time", "tools", "photo", "foto", "thumb"})
# Embedded posts (a tweet quoted in the story, "social-media-embed") are article content.
_EMBED_PREFIX = "embed"
# Readability's "maybe a candidate" and positive hints: they protect against weak negatives.
_POSITIVE_PREFIXES = (
    "article",
    "body",
    "content",
    "entry",
    "main",
    "story",
    "post",
    "text",
    "detail",
    "read",
    "blog",
    "isi",
    "berita",
    "artikel",
    "news",
)
# Bylines by class/id convention ("byline", "author-name", "penulis", "reporter").
_BYLINE_PREFIXES = ("byline", "author", "penulis", "reporter", "writer")
# Photo boxes that hold an image with its caption as plain text (Kompas.com 2015: <div class="photo">).
_PHOTO_TOKENS = frozenset({"photo", "foto", "image", "img", "picture", "pic"})
_AD_TOKENS = frozenset({"ad", "ads", "adv"})
_AD_PREFIXES = ("advert", "adsbygoogle", "iklan", "sponsor")
# The first words of the multi-token hints in _STRONG_PHRASES.
_PHRASE_TOKENS = frozenset({"baca", "read", "more", "skip", "screen", "sr", "visually", "side", "print"})
_LETTERS = re.compile(r"[a-z]+")
# Class tokens repeat within a page and across sites ("col", "row", "post", "share"; the
# zyte-dev pages hold about 3,300 distinct ones in 36,000 uses): a token's hint bits are a
# pure function of the token, memoised within this bound (a few hundred KiB at most).
# Whole class/id strings are memoised per walk only: ids make most of them page-specific.
_TOKEN_CACHE_SIZE = 8192
_ANY_TOKEN = _STRONG_TOKENS | _WEAK_TOKENS | _PHOTO_TOKENS | _PHRASE_TOKENS | {"none"}  # "d-none"
_ANY_PREFIX = (_EMBED_PREFIX, *_STRONG_PREFIXES, *_WEAK_PREFIXES, *_POSITIVE_PREFIXES, *_BYLINE_PREFIXES)
_PREFIX_KEYS = frozenset(prefix[:3] for prefix in _ANY_PREFIX)
# Elements hidden from readers: style="display:none" / "visibility:hidden" (CSS 2.1 §9.2.4, §11.2).
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Photo credits inside a caption by class ("credit", "photo__author", "photographer", "source").
_CREDIT_CLASS = re.compile(r"credit|copyright|source|author|photographer|fotografer")
# A breadcrumb trail's last item when it is not a link (the current page: "Home > News > Story").
_LAST_UNLINKED_ITEM = etree.XPath("(.//li)[last()][not(.//a)]")
# Readability counts commas as a sign of prose; the Arabic and CJK commas count too
# (counted with str.count, one C scan each, cheaper than a regex over every character).
_COMMAS = (",", "\u060c", "\u3001", "\uff0c")


def _compile(*tables: Iterable[tuple[str, str]]) -> re.Pattern[str]:
    parts = [f"(?:{pattern})" for table in tables for _, pattern in table]
    return re.compile(r"\s*(?:" + "|".join(parts) + ")", re.IGNORECASE)


# ---- exact prefilters for the lexicon patterns -------------------------------------------
#
# Most blocks are no boilerplate, so every alternative of the lexicon patterns is tried, and
# fails, on almost every block. Two things spare most of that work without changing an answer,
# both read off the patterns' own parse (by ``re``'s parser), so the lexicons stay plain regexes:
# - at the start of a block only the alternatives that can begin with its first character can
#   match ("baca juga" cannot match "Presiden …"): each first character gets a regex of those;
# - the few that open with a long repeat (".{0,120}\ball\s+rights", "(?:\S+\s+){0,8}(?:whatsapp…")
#   can match anywhere and fail only after trying every start the repeat allows: they are
#   tried only where the block holds the literal words every match holds ("reserved";
#   "whatsapp" or "telegram" or …).

# In a text without any of ASCII_CASE_TWINS, an ASCII literal matches case-insensitively only
# where the lower-cased text holds the literal lower-cased (fold_for_ascii_search).
#: Literal words one of which any match holds (lower-cased ASCII).
Needles = tuple[str, ...]
#: Needles for each of several parts of a pattern: a match holds one word of every part.
Requirement = tuple[Needles, ...]


def _parse_regex(pattern: str, flags: int) -> Sequence[tuple[object, Any]] | None:
    """The parse of ``pattern`` by ``re``'s own parser (private: ``None`` if it is not there)."""
    try:
        parser = importlib.import_module("re._parser")
        parsed = parser.parse(pattern, flags)
    except (ImportError, AttributeError, re.error):
        return None
    return cast("Sequence[tuple[object, Any]]", parsed.data if hasattr(parsed, "data") else None)


def _sequence_needles(items: Sequence[tuple[object, Any]]) -> list[Needles]:
    """The needles of every part a match of the sequence ``items`` must hold (possibly none)."""
    found: list[Needles] = []
    run: list[str] = []
    for op, value in [*items, (None, None)]:
        name = str(op)
        if name == "LITERAL" and value < 128:
            run.append(chr(value).lower())
            continue
        if run:
            found.append(("".join(run),))
            run = []
        if name == "BRANCH":
            # One branch matches: the union of each branch's best needles, if every branch has some.
            branches = [_best(_sequence_needles(branch.data)) for branch in value[1]]
            if all(branches):
                found.append(tuple(sorted({word for needles in branches for word in needles})))
        elif name == "SUBPATTERN":
            found.extend(_sequence_needles(value[-1].data))
        elif name == "ATOMIC_GROUP":
            found.extend(_sequence_needles(value.data))
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"} and value[0] >= 1:
            found.extend(_sequence_needles(value[2].data))
        elif name == "IN" and value and all(str(kind) == "LITERAL" and char < 128 for kind, char in value):
            found.append(tuple(sorted({chr(char).lower() for _, char in value})))
        # Anything else (classes, categories, anchors, lookarounds, group references) may
        # match without a literal word, and adds no needles.
    return found


def _best(parts: list[Needles]) -> Needles:
    """The most selective needles of ``parts``: the longest shortest word, then the fewest words."""
    if not parts:
        return ()
    return max(parts, key=lambda needles: (min(map(len, needles)), -len(needles)))


def _requirement(pattern: str, flags: int = 0) -> Requirement:
    r"""What a text must hold for ``pattern`` to match anywhere in it: needles for some of its parts.

    ``()`` when nothing is known (the pattern may match without any literal word). Case is
    ignored (as ``re.IGNORECASE`` would), so the requirement holds whatever ``flags`` are; only
    ASCII literals count. The parts come cheapest first (fewest words, then the longest).

    Example:
        >>> _requirement(r"(?:whatsapp|google\s+news)\s+channel\b.{0,80}$")
        (('channel',), ('google', 'whatsapp'))
        >>> _requirement(r".{0,80}(?:\|\s*|/)\s*(?:reuters|ap)\s*$")
        (('ap', 'reuters'), ('/', '|'))
        >>> _requirement(r"\d+\s*comments?")
        (('comment',),)
        >>> _requirement(r"(?:foo|\w+)bar?")
        (('ba',),)
    """
    return _requirement_of(_parse_regex(pattern, flags))


def _requirement_of(items: Sequence[tuple[object, Any]] | None) -> Requirement:
    """:func:`_requirement` of a pattern already parsed (``None``: no parse, no requirement)."""
    if items is None or _has_group_reference(items):
        return ()
    parts = dict.fromkeys(_sequence_needles(items))
    return tuple(sorted(parts, key=lambda needles: (len(needles), -min(map(len, needles)))))


def _has_group_reference(items: Sequence[tuple[object, Any]]) -> bool:
    """Whether the parse holds a back reference (such a pattern is never split from its table)."""
    return "GROUPREF" in repr(items)


def _holds(text: str, needed: Requirement) -> bool:
    """Whether ``text`` holds a word of every part of ``needed`` (plain loops: cheaper than generators)."""
    for needles in needed:
        for word in needles:
            if word in text:
                break
        else:
            return False
    return True


@attrs.frozen
class _Needles:
    r"""A pattern's requirement (:func:`_requirement`), split by how each part is tested.

    Parts whose words hold no letter (``":"``, ``"/"``) have no case and are looked for in the
    text as it is; the others in the lower-cased text, which is made only when those are
    reached. ``rules_out`` proves the pattern cannot match (with or without
    ``re.IGNORECASE``); ``False`` only says the regex must be asked.

    Example:
        >>> needles = _Needles.of(r".{0,120}\ball\s+rights\s+reserved\.?\s*$")
        >>> needles.rules_out("© 2024 Kompas. All Rights Reserved.", {})
        False
        >>> needles.rules_out("Hujan deras mengguyur Jakarta.", {})
        True
    """

    caseless: Requirement
    cased: Requirement

    @classmethod
    def of(cls, pattern: str, flags: int = re.IGNORECASE) -> _Needles:
        return cls.of_parse(_parse_regex(pattern, flags))

    @classmethod
    def of_parse(cls, items: Sequence[tuple[object, Any]] | None) -> _Needles:
        parts = _requirement_of(items)
        caseless = tuple(needles for needles in parts if not any(map(_has_letter, needles)))
        return cls(caseless=caseless, cased=tuple(needles for needles in parts if needles not in caseless))

    def __bool__(self) -> bool:
        return bool(self.caseless or self.cased)

    def rules_out(self, text: str, folds: dict[str, str | None]) -> bool:
        """Whether ``text`` lacks a needed word; ``folds`` memoises its lower-cased form for other tests."""
        if self.caseless and not _holds(text, self.caseless):
            return True
        if not self.cased:
            return False
        if text in folds:
            folded = folds[text]
        else:
            folded = folds[text] = fold_for_ascii_search(text)
        return folded is not None and not _holds(folded, self.cased)


def _has_letter(word: str) -> bool:
    return any(char.isalpha() for char in word)


def _opens_with_long_repeat(items: Sequence[tuple[object, Any]]) -> bool:
    """Whether a match attempt may try many starts: the parsed pattern opens with a repeat of more than one item."""
    if not items:
        return False
    op, value = items[0]
    return str(op) in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"} and value[1] > 1


#: Every ASCII character, for reading off which of them a one-character pattern matches.
_ASCII = "".join(map(chr, range(128)))
_ANY_ASCII = frozenset(_ASCII)
#: Character classes as the parser names them, back to their escapes.
_CATEGORY_ESCAPES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


@functools.lru_cache(maxsize=512)
def _ascii_matches(source: str, flags: int) -> frozenset[str]:
    """The ASCII characters the one-character pattern ``source`` matches, as ``re`` itself says."""
    return frozenset(re.findall(source, _ASCII, flags))


def _class_source(items: Sequence[tuple[object, Any]]) -> str | None:
    """A parsed character class written back as ``[...]`` (``None`` for a part it does not know)."""
    parts: list[str] = []
    for op, value in items:
        name = str(op)
        if name == "NEGATE":
            parts.insert(0, "^")
        elif name == "LITERAL":
            parts.append(re.escape(chr(value)))
        elif name == "RANGE":
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif name == "CATEGORY" and str(value) in _CATEGORY_ESCAPES:
            parts.append(_CATEGORY_ESCAPES[str(value)])
        else:
            return None
    return f"[{''.join(parts)}]" if parts and parts != ["^"] else None


def _first_chars(items: Sequence[tuple[object, Any]], flags: int) -> tuple[frozenset[str], bool]:
    """The ASCII characters a match of the parsed sequence can start with, and whether it can be empty.

    Conservative: what is not known counts as any character, possibly empty. Characters are
    read off ``re`` itself (every ASCII character tried against each literal or class, with
    the flags in force), so case folding is ``re``'s own.
    """
    first: set[str] = set()
    for op, value in items:
        chars, empty = _item_first_chars(str(op), value, flags)
        first |= chars
        if not empty:
            return frozenset(first), False
    return frozenset(first), True


def _item_first_chars(name: str, value: Any, flags: int) -> tuple[frozenset[str], bool]:
    if name == "LITERAL":
        return _ascii_matches(re.escape(chr(value)), flags), False
    if name == "NOT_LITERAL":
        return _ascii_matches(f"[^{re.escape(chr(value))}]", flags), False
    if name == "IN":
        source = _class_source(value)
        return (_ANY_ASCII if source is None else _ascii_matches(source, flags)), False
    if name == "ANY":
        return _ANY_ASCII, False
    if name in {"AT", "ASSERT", "ASSERT_NOT"}:
        return frozenset(), True  # zero-width: the next item matches the first character
    if name == "BRANCH":
        found = [_first_chars(branch.data, flags) for branch in value[1]]
        return frozenset().union(*(chars for chars, _ in found)), any(empty for _, empty in found)
    if name == "SUBPATTERN":
        _, add, remove, pattern = value
        return _first_chars(pattern.data, (flags | add) & ~remove)
    if name == "ATOMIC_GROUP":
        return _first_chars(value.data, flags)
    if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        chars, empty = _first_chars(value[2].data, flags)
        return chars, empty or value[0] == 0
    return _ANY_ASCII, True  # back references and anything new: no knowing


@attrs.frozen
class _GuardedTable:
    r"""A lexicon table as regexes by first character for its cheap patterns, and its costly ones apart.

    ``match(text)`` is ``True`` exactly when the table's whole pattern (``\s*`` then any
    alternative, as :func:`_compile` builds it) matches at the start of ``text``: an
    alternation matches where one of its alternatives does. A text that starts with an ASCII
    character other than white space leaves ``\s*`` empty, so only the alternatives that can
    start with that character (or match nothing) can match: each such character has its own
    regex of those. A costly alternative is skipped only where its needles prove it cannot
    match. Regexes are compiled when first needed.
    """

    #: ASCII character → [the cheap alternatives that can match a text starting with it, their
    #: regex once compiled]: one list per distinct set of alternatives, shared by its characters.
    by_first: dict[str, list[Any]]
    #: The same for any other text (empty, white space or no ASCII first): every cheap alternative.
    other: list[Any]
    guarded: tuple[tuple[re.Pattern[str], _Needles], ...]

    @classmethod
    def build(cls, *tables: Iterable[tuple[str, str]]) -> _GuardedTable:
        entries = [entry for table in tables for entry in table]
        parsed = {entry: _parse_regex(entry[1], re.IGNORECASE) for entry in entries}
        if any(items is None or _has_group_reference(items) for items in parsed.values()):
            # No parser to read, or back references (whose numbering a split would change):
            # every text goes to the table's one regex.
            return cls(by_first={}, other=[tuple(entries), None], guarded=())
        cheap: list[tuple[str, str]] = []
        guarded: list[tuple[re.Pattern[str], _Needles]] = []
        for entry, items in parsed.items():
            needles = _Needles.of_parse(items) if items is not None and _opens_with_long_repeat(items) else None
            if needles:
                guarded.append((_compile([entry]), needles))
            else:
                cheap.append(entry)
        starts = {entry: _first_chars(parsed[entry] or (), re.IGNORECASE) for entry in cheap}
        slots: dict[tuple[tuple[str, str], ...], list[Any]] = {}
        by_first: dict[str, list[Any]] = {}
        for char in _ASCII:
            if not char.isspace():
                group = tuple(entry for entry in cheap if char in starts[entry][0] or starts[entry][1])
                by_first[char] = slots.setdefault(group, [group, None])
        return cls(by_first=by_first, other=[tuple(cheap), None], guarded=tuple(guarded))

    def match(self, text: str, folds: dict[str, str | None] | None = None) -> bool:
        """Whether the whole table matches at the start of ``text`` (``folds``: see :meth:`_Needles.rules_out`)."""
        slot = self.by_first.get(text[:1], self.other)
        cheap = slot[1]
        if cheap is None and slot[0]:
            cheap = slot[1] = _compile(slot[0])
        if cheap is not None and cheap.match(text) is not None:
            return True
        if not self.guarded:
            return False
        folds = {} if folds is None else folds
        for pattern, needles in self.guarded:
            if not needles.rules_out(text, folds) and pattern.match(text) is not None:
                return True
        return False


@functools.cache
def _boilerplate_table() -> _GuardedTable:
    """The lexicons' whole-block patterns as a :class:`_GuardedTable` (read once, when first needed)."""
    return _GuardedTable.build(_lexicon_id.BOILERPLATE, _lexicon_en.BOILERPLATE)


_INLINE_BOILERPLATE = re.compile(
    "|".join(f"(?:{p})" for _, p in (*_lexicon_id.INLINE_BOILERPLATE, *_lexicon_en.INLINE_BOILERPLATE)),
    re.IGNORECASE,
)
# A search finds nothing in a text that lacks the needles of the whole alternation.
_INLINE_NEEDLES = _Needles.of(_INLINE_BOILERPLATE.pattern)


def is_boilerplate(text: str) -> bool:
    """Whether a whole body block is boilerplate by the language lexicons.

    Args:
        text: One whitespace-normalised block.

    Returns:
        ``True`` when the block is a known boilerplate line ("Baca juga: …", "ADVERTISEMENT").

    Example:
        >>> is_boilerplate("Baca juga: Zelensky Temui Pemimpin Eropa")
        True
        >>> is_boilerplate("Presiden Rusia Vladimir Putin menolak usulan itu.")
        False
    """
    return _boilerplate_table().match(text)


def strip_inline_boilerplate(text: str) -> str:
    """Cut a block where inline boilerplate ("… Baca juga: …") starts.

    Args:
        text: One block of text.

    Returns:
        The text before the boilerplate, or the text unchanged.

    Example:
        >>> strip_inline_boilerplate("Harga avtur naik. Baca juga: Menhub Lobi Sri Mulyani")
        'Harga avtur naik.'
    """
    return _strip_inline(text, {})


def _strip_inline(text: str, folds: dict[str, str | None]) -> str:
    """:func:`strip_inline_boilerplate`, sharing lower-cased texts (``folds``) with other tests of the block."""
    if _INLINE_NEEDLES and _INLINE_NEEDLES.rules_out(text, folds):
        return text
    match = _INLINE_BOILERPLATE.search(text)
    return text if match is None else text[: match.start()].rstrip()


@attrs.define(slots=True)
class Block:
    """One block of text found by the walk (internal).

    Attributes:
        text: Whitespace-normalised text.
        kind: Paragraph, heading, list item or block quote.
        element: The innermost block-level element the text sits in.
        position: The document-order index of ``element``.
        link_chars: How many characters of ``text`` are link text.
        regions: Indexes of the hinted-negative regions the block sits in, outermost first.
    """

    text: str
    kind: BlockKind
    element: etree._Element
    position: int
    link_chars: int
    regions: tuple[int, ...]


@attrs.frozen(kw_only=True)
class Figure:
    """A figure or caption seen during the walk: image source, size and caption text."""

    src: str | None
    caption: str | None
    credit: str | None
    width: int | None
    height: int | None
    position: int


@attrs.frozen(kw_only=True)
class Content:
    """What :func:`extract_content` found.

    Attributes:
        blocks: The body blocks in order, as ``(text, kind)``.
        figures: Figures and captions near or inside the article.
        text_chars: Characters of substantial prose in the chosen container.
        link_density: Share of link text in the chosen container.
        prose_blocks: Number of substantial, link-poor blocks in the chosen container.
        all_blocks: Number of blocks in the whole page.
        page_link_density: Share of link text over the whole page.
        start: Document-order position where the article starts (``-1`` when none was found).
        end: Document-order position where the article ends.
        nearby: Short blocks around the article start, nearest first (bylines, printed dates).
        bylines: Texts of elements classed as bylines ("byline", "author"), in page order.
        breadcrumbs: The items of the page's breadcrumb trail ("Home", "News", "Regional").
        itemprops: ``(itemprop, element)`` pairs met in the page body (microdata).
    """

    blocks: tuple[tuple[str, BlockKind], ...]
    figures: tuple[Figure, ...]
    text_chars: int
    link_density: float
    prose_blocks: int
    all_blocks: int
    page_link_density: float
    start: int = -1
    end: int = -1
    nearby: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    breadcrumbs: tuple[str, ...] = ()
    itemprops: tuple[tuple[str, etree._Element], ...] = ()


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    number = parse_int(value.strip().removesuffix("px"))
    return number if number is not None and 0 < number < 100_000 else None


@attrs.define(slots=True)
class _Walk:
    """The state of one flattening walk."""

    blocks: list[Block] = attrs.Factory(list)
    #: Figures and caption boxes met, read later (only those near the article are worth it).
    figures: list[tuple[etree._Element, int]] = attrs.Factory(list)
    spans: dict[etree._Element, tuple[int, int]] = attrs.Factory(dict)
    weights: dict[etree._Element, float] = attrs.Factory(dict)
    #: ``[start, end]`` document-order spans of elements whose class/id hints boilerplate.
    regions: list[list[int]] = attrs.Factory(list)
    #: Elements with a microdata ``itemprop`` (HTML §5.2), and elements classed as bylines.
    itemprops: list[tuple[str, etree._Element]] = attrs.Factory(list)
    bylines: list[etree._Element] = attrs.Factory(list)
    inline_bylines: list[str] = attrs.Factory(list)
    breadcrumbs: list[str] = attrs.Factory(list)


#: What ``_hint`` says about an element: (boilerplate region?, score weight, a byline?, a caption
#: or photo box?, a breadcrumb trail?).
Hint = tuple[bool, float, bool, bool, bool]
_NO_HINT: Hint = (False, 0.0, False, False, False)
_HIDDEN: Hint = (True, -25.0, False, False, False)
#: Elements whose tag names the main content (HTML §4.3.2 <article>, §4.4.14 <main>).
_SEMANTIC_MAIN = frozenset({"article", "main"})
#: Score weight (percent) of an element marked itemprop="articleBody".
_ARTICLE_BODY_WEIGHT = 100.0
#: Sectioning elements that are boilerplate unless they wrap the article (HTML §4.3.8
#: <header>: "introductory content", often the article's own title and byline).
_REGION_TAGS = frozenset({"header"})
#: The attribute names of most hinted elements (a list: ``keys()`` gives one, and a tuple never equals it).
_CLASS_ONLY = ["class"]


def _hint(element: etree._Element, tag: str, names: list[str], cache: dict[str, Hint]) -> Hint:
    """What an element's class, id and hiding attributes (``names``: the attribute names) say about it."""
    get = element.get
    if "hidden" in names or ("aria-hidden" in names and get("aria-hidden") == "true"):
        return _HIDDEN
    if "style" in names:
        style = get("style")
        if style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style):
            return _HIDDEN
    cls = get("class") if "class" in names else None
    ident = get("id") if "id" in names else None
    if cls is None and ident is None:
        return _HIDDEN if tag in _REGION_TAGS else _NO_HINT
    key = f"{cls} {ident}"
    known = cache.get(key)
    if known is None:
        known = cache[key] = _classify(f"{cls or ''} {ident or ''}".lower())
    if tag in _REGION_TAGS and not known[0]:
        return True, -25.0, known[2], known[3], known[4]
    return known


def _byline_class(cls: str, cache: dict[str, bool]) -> bool:
    """Whether an inline element's class names a byline (``<span class="byline">``).

    Only the byline bit of :func:`_classify` is read, and it needs a token that starts with a
    byline prefix, so a class string that holds no prefix at all is no byline: most inline
    classes are told apart by a few substring tests, without tokenising them.
    """
    known = cache.get(cls)
    if known is None:
        folded = cls.lower()
        known = cache[cls] = any(prefix in folded for prefix in _BYLINE_PREFIXES) and _classify(folded)[2]
    return known


# What one class/id token says, as bits of a mask (a token may say several things:
# "readmore" is a strong hint and starts like the positive "read").
_EMBED, _ADVERT, _STRONG, _WEAK, _POSITIVE, _BYLINE, _CAPTION, _CRUMBS, _PHRASE = (1 << bit for bit in range(9))


@functools.lru_cache(maxsize=_TOKEN_CACHE_SIZE)
def _token_flags(token: str) -> int:
    """The hint bits of one lower-case letter token of a class/id string."""
    if token not in _ANY_TOKEN and token[:3] not in _PREFIX_KEYS:
        return 0  # most tokens ("col", "row", "flex") start like no hint word
    flags = 0
    if token.startswith(_EMBED_PREFIX):
        flags |= _EMBED
    if token in _AD_TOKENS or token.startswith(_AD_PREFIXES):
        flags |= _ADVERT
    if token in _STRONG_TOKENS or token.startswith(_STRONG_PREFIXES):
        flags |= _STRONG
    elif token in _WEAK_TOKENS or token.startswith(_WEAK_PREFIXES):
        flags |= _WEAK
    if token.startswith(_POSITIVE_PREFIXES):
        flags |= _POSITIVE
    if token.startswith(_BYLINE_PREFIXES):
        flags |= _BYLINE
    if token.startswith("caption") or token in _PHOTO_TOKENS:
        flags |= _CAPTION
    if token.startswith("breadcrumb"):
        flags |= _CRUMBS
    if token in _PHRASE_TOKENS:
        flags |= _PHRASE
    return flags


# Every byte but a-z made a space: an ASCII string's letter tokens are then its words.
_LETTERS_ONLY = bytes(byte if 0x61 <= byte <= 0x7A else 0x20 for byte in range(256))


def _letter_tokens(text: str) -> list[str]:
    """``_LETTERS.findall(text)``: the runs of a-z, found without the regex engine for ASCII text.

    Class and id strings are almost always ASCII; a byte translation and a split give the same
    runs in a fraction of the regex's time (it sets up a matching state for every string).
    """
    if text.isascii():
        return text.encode("ascii").translate(_LETTERS_ONLY).decode("ascii").split()
    return _LETTERS.findall(text)


def _classify(attrs_text: str) -> Hint:
    """What a lower-cased class/id string hints at."""
    flags = 0
    for token in _letter_tokens(attrs_text):
        flags |= _token_flags(token)
    if not flags and "d-none" not in attrs_text:
        return _NO_HINT
    byline, caption, crumbs = bool(flags & _BYLINE), bool(flags & _CAPTION), bool(flags & _CRUMBS)
    if flags & _EMBED and not flags & _ADVERT:
        # An embedded post (a tweet quoted in the story, "social-media-embed") is article content.
        return False, 0.0, byline, caption, crumbs
    if flags & _STRONG or (flags & _PHRASE and _STRONG_PHRASES.search(attrs_text) is not None):
        return True, -25.0, byline, caption, crumbs
    positive = bool(flags & _POSITIVE)
    if (flags & _WEAK or "d-none" in attrs_text) and not positive:
        return True, -25.0, byline, caption, crumbs
    return False, 25.0 if positive else 0.0, byline, caption, crumbs


def _itertext(element: etree._Element) -> Iterator[str]:
    # lxml-stubs type itertext() as str | bytes; an HTML tree parsed from text yields str.
    return cast("Iterator[str]", element.itertext())


def _crumbs(element: etree._Element) -> list[str]:
    """The items of a breadcrumb trail: its links' texts, then a last unlinked item if any."""
    items = [squeeze("".join(_itertext(link))) for link in element.iter("a")]
    last = _LAST_UNLINKED_ITEM(element)
    if isinstance(last, list) and last and isinstance(last[0], etree._Element):
        items.append(squeeze("".join(_itertext(last[0]))))
    return [item for item in items if item]


def _figure(element: etree._Element, position: int) -> Figure | None:
    img = next(element.iter("img"), None) if element.tag != "img" else element
    parent = element.getparent()
    if img is None and parent is not None and element.tag != "figure":
        # A caption beside its picture: <div class="photo"><div><img></div><div class="caption">.
        img = next(parent.iter("img"), None)
    caption = credit = None
    for node in element.iter("figcaption", "p", "span", "div", "small", "cite"):
        cls = f"{node.get('class', '')} {node.get('id', '')}".lower()
        # A node's text is read only when it would be kept: nested boxes would otherwise
        # have the same text gathered once per level.
        if _CREDIT_CLASS.search(cls) is not None:
            if credit is None:
                credit = squeeze("".join(_itertext(node))) or None
        elif (node.tag == "figcaption" or "caption" in cls) and caption is None:
            caption = squeeze("".join(_itertext(node))) or None
    if caption is None and element.tag != "figure":
        text = squeeze("".join(_itertext(element)))
        caption = text or None
    if caption and credit and caption.endswith(credit):
        caption = caption[: -len(credit)].rstrip() or None
    elif caption and credit and caption.startswith(credit):
        caption = caption[len(credit) :].lstrip() or None
    if img is None and caption is None:
        return None
    src = None
    if img is not None:
        # Lazy loading puts a placeholder in src ("blank.png", a data: URI) and the picture in data-*.
        src = img.get("data-src") or img.get("data-lazy-src") or img.get("data-original") or img.get("src")
    return Figure(
        src=src,
        caption=caption,
        credit=credit,
        width=_int(img.get("width")) if img is not None else None,
        height=_int(img.get("height")) if img is not None else None,
        position=position,
    )


def _note_itemprop(state: _Walk, prop: str, element: etree._Element) -> None:
    state.itemprops.append((prop, element))
    if prop == "articleBody":
        # schema.org microdata names the article's text container outright.
        state.weights[element] = _ARTICLE_BODY_WEIGHT


def _walk(body: etree._Element) -> _Walk:  # noqa: PLR0912, PLR0915 - one hot loop, kept flat for speed
    """Flatten ``body`` into blocks in one ``iterwalk`` pass.

    The loop is the hot path of ``parse_html``: state lives in locals, the buffer is appended
    to directly rather than through methods, and end events are told apart by identity (the
    block on top of the stack, the subtree being skipped, the innermost open link) rather
    than by reading the tag again: an element's ``tag`` is a new string on every access.
    """
    state = _Walk()
    blocks = state.blocks
    spans = state.spans
    regions = state.regions
    weights = state.weights
    walker = etree.iterwalk(body, events=("start", "end"))
    # (element, kind, position, region index or -1, blocks found before it started)
    bottom: tuple[etree._Element, BlockKind, int, int, int] = (body, BlockKind.PARAGRAPH, 0, -1, 0)
    stack = [bottom]
    push = stack.append
    buffer: list[str] = []
    append = buffer.append
    link_chars = position = 0
    # The <a> elements open around the current point, innermost last (link text counts while any is).
    links: list[etree._Element] = []
    # Whether the buffer holds more than white space; most block boundaries only see indentation.
    dirty = False
    open_regions: tuple[int, ...] = ()
    hints: dict[str, Hint] = {}
    class_hints: dict[str, Hint] = {}
    # Inline classes are read for the byline bit only, in a memo of their own (the class
    # string of an inline element and the class/id key of a block one never mean different
    # things, so sharing one memo, as before, gave the same answers).
    byline_classes: dict[str, bool] = {}

    def flush(top: tuple[etree._Element, BlockKind, int, int, int], links: int) -> None:
        text = squeeze("".join(buffer))
        buffer.clear()
        blocks.append(Block(text, top[1], top[0], top[2], min(links, len(text)), open_regions))

    for event, element in walker:
        if event == "start":
            tag = element.tag
            position += 1
            if tag in _INLINE:
                prop = element.get("itemprop")
                if prop is not None:
                    _note_itemprop(state, prop, element)
                if tag == "a":
                    links.append(element)
                cls = element.get("class")
                if cls is not None and _byline_class(cls, byline_classes):
                    state.inline_bylines.append(squeeze("".join(_itertext(element))))
                text = element.text
                if text:
                    append(text)
                    if not dirty and not text.isspace():
                        dirty = True
                    if links:
                        link_chars += len(text)
                continue
            if not isinstance(tag, str):  # comments and processing instructions
                walker.skip_subtree()
                continue
            # One call lists the attribute names; the values are read only when present
            # (most block elements carry a class and nothing else).
            names = element.keys()
            if names and "itemprop" in names:
                _note_itemprop(state, element.get("itemprop", ""), element)
            top = stack[-1]
            if dirty:
                flush(top, link_chars)
                dirty = False
            elif buffer:
                buffer.clear()
            link_chars = 0
            if tag == "br":
                continue
            if tag in _SKIP:
                walker.skip_subtree()
                if tag in _FIGURES:
                    state.figures.append((element, position))
                continue
            if element is body or tag in _SEMANTIC_MAIN:
                # <article>/<main> say what they are; WordPress classes on them ("tag-review",
                # "category-news") are taxonomy, not boilerplate.
                hint = _NO_HINT
            elif names == _CLASS_ONLY:
                # The commonest case, _hint inlined: no hiding attribute, no id (its own memo,
                # keyed by the class string; _hint's key would be f"{cls} None" for the same text).
                cls = element.get("class", "")
                known = class_hints.get(cls)
                if known is None:
                    known = class_hints[cls] = _classify(cls.lower())
                hint = (True, -25.0, known[2], known[3], known[4]) if tag in _REGION_TAGS and not known[0] else known
            elif names:
                hint = _hint(element, tag, names, hints)
            elif tag in _REGION_TAGS:
                hint = _HIDDEN
            else:
                hint = _NO_HINT
            region = -1
            if hint is not _NO_HINT:  # most elements: nothing to note (the very object, from _classify)
                negative, weight, byline, caption, crumbs = hint
                if crumbs and not state.breadcrumbs:
                    state.breadcrumbs.extend(_crumbs(element))
                if byline:
                    state.bylines.append(element)
                if negative:
                    region = len(regions)
                    regions.append([position, position])
                    open_regions = (*open_regions, region)
                    if caption:
                        state.figures.append((element, position))
                if weight and element not in weights:
                    weights[element] = weight
            push((element, _KIND_OF_TAG.get(tag, top[1]), position, region, len(blocks)))
            text = element.text
            if text:
                append(text)
                if not text.isspace():
                    dirty = True
                if links:
                    link_chars += len(text)
        else:
            # Only elements that were pushed are on the stack (never br, skipped subtrees or
            # phrasing elements); the bottom entry stands for the walk itself and is never popped.
            top = stack[-1]
            if element is top[0] and top is not bottom:
                del stack[-1]
                if dirty:
                    flush(top, link_chars)
                    dirty = False
                elif buffer:
                    buffer.clear()
                link_chars = 0
                if top[3] >= 0:
                    # Only elements that hold text can be candidates; regions keep theirs too.
                    spans[element] = (top[2], position)
                    regions[top[3]][1] = position
                    open_regions = open_regions[:-1]
                elif len(blocks) > top[4]:
                    spans[element] = (top[2], position)
            elif links and element is links[-1]:
                del links[-1]
            tail = element.tail
            if tail:
                append(tail)
                if not dirty and not tail.isspace():
                    dirty = True
                if links:
                    link_chars += len(tail)
    if dirty:
        flush(stack[-1], link_chars)
    return state


def _score_blocks(blocks: Iterable[Block]) -> dict[etree._Element, float]:
    scores: dict[etree._Element, float] = {}
    for block in blocks:
        length = len(block.text)
        if length < 25 or block.link_chars * 3 > length:
            continue
        text = block.text
        value = 1.0 + sum(map(text.count, _COMMAS)) + min(length // 100, 3)
        element = block.element
        level1 = element if element.tag in _CONTAINERS else element.getparent()
        if level1 is None:
            continue
        scores[level1] = scores.get(level1, 0.0) + value
        level2 = level1.getparent()
        if level2 is not None:
            scores[level2] = scores.get(level2, 0.0) + value / 2
            level3 = level2.getparent()
            if level3 is not None:
                scores[level3] = scores.get(level3, 0.0) + value / 6
    return scores


@attrs.define(slots=True)
class _Index:
    """Prefix sums over the blocks in document order, for O(log n) range statistics."""

    positions: list[int]
    chars: list[int]
    links: list[int]
    prose: list[int]

    @classmethod
    def build(cls, blocks: list[Block]) -> _Index:
        positions: list[int] = []
        chars = [0]
        links = [0]
        prose = [0]
        for block in blocks:
            positions.append(block.position)
            length = len(block.text)
            chars.append(chars[-1] + length)
            links.append(links[-1] + block.link_chars)
            good = length >= 80 and block.link_chars * 3 < length
            prose.append(prose[-1] + (length if good else 0))
        return cls(positions=positions, chars=chars, links=links, prose=prose)

    def range(self, span: Sequence[int]) -> tuple[int, int]:
        return bisect.bisect_left(self.positions, span[0]), bisect.bisect_right(self.positions, span[1])

    def stats(self, span: Sequence[int]) -> tuple[int, int, int]:
        lo, hi = self.range(span)
        return self.chars[hi] - self.chars[lo], self.links[hi] - self.links[lo], self.prose[hi] - self.prose[lo]


def _wrappers(state: _Walk, index: _Index) -> set[int]:
    """Hinted regions that hold most of the page's prose: page wrappers, not boilerplate."""
    total = index.prose[-1]
    # Prose outside every hinted region: what an ordinary page's article is made of.
    outside = sum(len(block.text) for block in state.blocks if not block.regions and len(block.text) >= 80)
    wrappers: set[int] = set()
    if not total:
        return wrappers
    # index.stats inlined: a page has dozens of regions and only their prose is needed.
    positions, prose_sums = index.positions, index.prose
    for number, (start, end) in enumerate(state.regions):
        prose = prose_sums[bisect.bisect_right(positions, end)] - prose_sums[bisect.bisect_left(positions, start)]
        if prose * 2 >= total or prose >= 2 * outside + 400:
            wrappers.add(number)
    return wrappers


def _climb(state: _Walk, index: _Index, best: etree._Element) -> etree._Element:
    """Go up while the parent holds article text itself (text, <br>, then the best <div>)."""
    parent = best.getparent()
    while parent is not None and parent.tag not in {"body", "html"}:
        span = state.spans.get(parent)
        if span is None:
            break
        lo, hi = index.range(span)
        if not any(
            block.element is parent and len(block.text) >= 60 and block.link_chars * 3 < len(block.text)
            for block in state.blocks[lo:hi]
        ):
            break
        best, parent = parent, parent.getparent()
    return best


def _cousins(
    state: _Walk,
    ranked: list[tuple[float, etree._Element]],
    best: etree._Element,
    best_score: float,
    taken: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Containers built from the same template as the best one (same tag and class) elsewhere.

    Long stories are often cut into sections by pull quotes, figures or ads, each section in
    its own copy of the text container (Quanta, Medium-like layouts): those copies belong to
    the article even when they are not siblings.
    """
    best_class = best.get("class")
    if not best_class:
        return []
    found: list[tuple[int, int]] = []
    for score, element in ranked:
        if score < best_score * 0.25:
            break
        if element is best or element.tag != best.tag or element.get("class") != best_class:
            continue
        span = state.spans[element]
        if any(span[0] <= other[1] and other[0] <= span[1] for other in (*taken, *found)):
            continue
        found.append(span)
    return found


def _choose(state: _Walk, index: _Index, clean: list[Block]) -> list[tuple[int, int]]:
    """The spans of the article: the best container first, then its worthy siblings in order."""
    scores = _score_blocks(clean)
    if not scores:
        return []
    ranked: list[tuple[float, etree._Element]] = []
    for element, score in scores.items():
        span = state.spans.get(element)
        if span is None:
            continue
        chars, links, _ = index.stats(span)
        density = links / chars if chars else 0.0
        # Class/id hints scale a container's score (Readability adds ±25, which lets an empty
        # "content" div beat a real article whose paragraphs score little).
        weight = 1.0 + state.weights.get(element, 0.0) / 100.0
        ranked.append((score * weight * (1.0 - density), element))
    if not ranked:
        return []
    ranked.sort(key=lambda pair: pair[0], reverse=True)
    best_score, best = ranked[0]
    best = _climb(state, index, best)
    spans = [state.spans[best]]
    parent = best.getparent()
    if parent is None:
        return spans
    threshold = max(10.0, best_score * 0.2)
    final = {element: score for score, element in ranked}
    best_class = best.get("class")
    for sibling in parent:
        if sibling is best or not isinstance(sibling.tag, str):
            continue
        span = state.spans.get(sibling)
        if span is None:
            continue
        bonus = 0.2 * best_score if best_class and sibling.get("class") == best_class else 0.0
        if final.get(sibling, 0.0) + bonus >= threshold:
            spans.append(span)
            continue
        chars, links, prose = index.stats(span)
        if prose and links * 4 < chars:
            spans.append(span)
    spans.extend(_cousins(state, ranked, best, best_score, spans))
    # The best container first, then its siblings in document order.
    return [spans[0], *sorted(spans[1:])]


#: How many blocks before the article start may hold its byline and printed date.
_NEARBY_BEFORE = 25
_NEARBY_INSIDE = 4


def _nearby(blocks: list[Block], index: _Index, start: int) -> tuple[str, ...]:
    first = bisect.bisect_left(index.positions, start)
    before = [block.text for block in reversed(blocks[max(0, first - _NEARBY_BEFORE) : first])]
    inside = [block.text for block in blocks[first : first + _NEARBY_INSIDE]]
    return tuple(text for text in (*before, *inside) if len(text) <= 160)


#: Figures are read from this many elements before the article start to its end (a lead
#: photo sits above the text, after the headline and byline); on a page with no article
#: text (a photo story), the first few figures.
FIGURE_WINDOW = 150
_FIGURES_WITHOUT_ARTICLE = 200


def _figures(state: _Walk, start: int, end: int) -> tuple[Figure, ...]:
    if start < 0:
        chosen = state.figures[:_FIGURES_WITHOUT_ARTICLE]
    else:
        chosen = [
            (element, position) for element, position in state.figures if start - FIGURE_WINDOW <= position <= end
        ]
    found = (_figure(element, position) for element, position in chosen)
    return tuple(figure for figure in found if figure is not None)


def _bylines(state: _Walk, index: _Index) -> list[str]:
    found: list[str] = [text for text in state.inline_bylines[:20] if 0 < len(text) <= 100]
    for element in state.bylines[:20]:
        span = state.spans.get(element)
        if span is None:
            continue
        lo, hi = index.range(span)
        text = " ".join(block.text for block in state.blocks[lo:hi])
        if 0 < len(text) <= 100:
            found.append(text)
    return found


def extract_content(body: etree._Element, *, headline: str | None = None) -> Content:
    """Find the article's body blocks in a parsed page.

    Args:
        body: The page's ``<body>`` (or any root element) from ``lxml``.
        headline: The article's headline; a heading block equal to it is not body text.

    Returns:
        The body blocks, figures, and statistics :mod:`newsmodel.html._parse` uses to tell an
        article from an index page.

    Example:
        >>> from lxml import etree
        >>> root = etree.fromstring(
        ...     "<html><body><nav><a href='/'>Beranda</a></nav><article>"
        ...     "<p>Hujan deras mengguyur Jakarta sejak pagi, dan banjir merendam puluhan rumah warga.</p>"
        ...     "<p>Baca juga: Banjir di Bekasi</p><p>Warga mengungsi ke masjid terdekat, kata lurah.</p>"
        ...     "</article></body></html>",
        ...     etree.HTMLParser(),
        ... )
        >>> [text for text, _ in extract_content(root.find("body")).blocks]
        ['Hujan deras mengguyur Jakarta sejak pagi, dan banjir merendam puluhan rumah warga.', \
'Warga mengungsi ke masjid terdekat, kata lurah.']
    """
    state = _walk(body)
    index = _Index.build(state.blocks)
    wrappers = _wrappers(state, index)
    clean = [block for block in state.blocks if wrappers.issuperset(block.regions)]
    spans = _choose(state, index, clean)
    best = spans[0] if spans else (-1, -1)
    spans.sort()
    title = squeeze(headline).casefold() if headline else None
    blocks: list[tuple[str, BlockKind]] = []
    # Lower-cased block texts, made at most once for both boilerplate tests (see _Needles).
    folds: dict[str, str | None] = {}
    table = _boilerplate_table()
    chars = links = prose = prose_blocks = 0
    # A hinted region counts as boilerplate unless it wraps the page or the article itself.
    ignored = wrappers | {
        number for number, (start, end) in enumerate(state.regions) if start <= best[0] and end >= best[1]
    }
    for span in spans:
        lo, hi = index.range(span)
        for block in state.blocks[lo:hi]:
            if not ignored.issuperset(block.regions):
                continue
            text = block.text
            length = len(text)
            chars += length
            links += block.link_chars
            if length >= 80 and block.link_chars * 3 < length and block.kind in _PROSE_KINDS:
                prose += length
                prose_blocks += 1
            if block.link_chars * 2 > length or table.match(text, folds):
                continue
            if block.kind is BlockKind.HEADING and title is not None and text.casefold() == title:
                continue
            text = _strip_inline(text, folds)
            if text:
                blocks.append((text, block.kind))
    total = index.chars[-1]
    spans.sort()
    start, end = (spans[0][0], spans[-1][1]) if spans else (-1, -1)
    return Content(
        start=start,
        end=end,
        nearby=_nearby(state.blocks, index, start) if spans else (),
        bylines=tuple(_bylines(state, index)),
        breadcrumbs=tuple(state.breadcrumbs),
        itemprops=tuple(state.itemprops),
        blocks=tuple(blocks),
        figures=_figures(state, start, end),
        text_chars=prose,
        link_density=links / chars if chars else 0.0,
        prose_blocks=prose_blocks,
        all_blocks=len(state.blocks),
        page_link_density=index.links[-1] / total if total else 0.0,
    )

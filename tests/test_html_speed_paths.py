"""The fast paths of the HTML reader give exactly what the plain code they replace gives.

Each fast path (a regex skipped where literal words prove it cannot match, tokens found
without the regex engine, a hint read without a function call, end events told apart by
identity …) is checked here against the straightforward code it stands for, kept in this
file as the reference.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from typing import cast
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsmodel import _text
from newsmodel._model import BlockKind
from newsmodel.html import _content, _decode, _language, _lexicon_en, _lexicon_id
from newsmodel.html._metadata import PageMetadata, collect_metadata

#: The whole boilerplate lexicon as one plain regex: what the guarded table must agree with.
PLAIN_BOILERPLATE = _content._compile(_lexicon_id.BOILERPLATE, _lexicon_en.BOILERPLATE)

# ---- the walk -----------------------------------------------------------------------------


def reference_hint(element: etree._Element, names: list[str], cache: dict[str, _content.Hint]) -> _content.Hint:
    """The class/id reading as first written: one memo for every element, keyed by class and id."""
    get = element.get
    if "hidden" in names or ("aria-hidden" in names and get("aria-hidden") == "true"):
        return _content._HIDDEN
    if "style" in names:
        style = get("style")
        if style and ("none" in style or "hidden" in style) and _content._HIDDEN_STYLE.search(style):
            return _content._HIDDEN
    cls = get("class") if "class" in names else None
    ident = get("id") if "id" in names else None
    if cls is None and ident is None:
        return _content._HIDDEN if element.tag in _content._REGION_TAGS else _content._NO_HINT
    key = f"{cls} {ident}"
    known = cache.get(key)
    if known is None:
        known = cache[key] = _content._classify(f"{cls or ''} {ident or ''}".lower())
    if element.tag in _content._REGION_TAGS and not known[0]:
        return True, -25.0, known[2], known[3], known[4]
    return known


def reference_walk(body: etree._Element) -> _content._Walk:  # noqa: PLR0912, PLR0915 - the walk as first written
    """The flattening walk as first written: every end event reads the tag again."""
    state = _content._Walk()
    blocks, spans, regions = state.blocks, state.spans, state.regions
    walker = etree.iterwalk(body, events=("start", "end"))
    stack: list[tuple[etree._Element, BlockKind, int, int, int]] = [(body, BlockKind.PARAGRAPH, 0, -1, 0)]
    buffer: list[str] = []
    link_chars = link_depth = position = 0
    dirty = False
    open_regions: tuple[int, ...] = ()
    skipping: etree._Element | None = None
    hints: dict[str, _content.Hint] = {}

    def flush(top: tuple[etree._Element, BlockKind, int, int, int], links: int) -> None:
        text = " ".join("".join(buffer).split())
        buffer.clear()
        blocks.append(_content.Block(text, top[1], top[0], top[2], min(links, len(text)), open_regions))

    for event, element in walker:
        tag = element.tag
        if event == "start":
            position += 1
            if tag in _content._INLINE:
                prop = element.get("itemprop")
                if prop is not None:
                    _content._note_itemprop(state, prop, element)
                if tag == "a":
                    link_depth += 1
                cls = element.get("class")
                if cls is not None:
                    known = hints.get(cls)
                    if known is None:
                        known = hints[cls] = _content._classify(cls.lower())
                    if known[2]:
                        state.inline_bylines.append(
                            " ".join("".join(cast("Iterator[str]", element.itertext())).split())
                        )
                text = element.text
                if text:
                    buffer.append(text)
                    dirty = dirty or not text.isspace()
                    if link_depth:
                        link_chars += len(text)
                continue
            if not isinstance(tag, str):
                walker.skip_subtree()
                skipping = element
                continue
            names = element.keys()
            if names and "itemprop" in names:
                _content._note_itemprop(state, element.get("itemprop", ""), element)
            top = stack[-1]
            if dirty:
                flush(top, link_chars)
                dirty = False
            buffer.clear()
            link_chars = 0
            if tag == "br":
                continue
            if tag in _content._SKIP:
                walker.skip_subtree()
                skipping = element
                if tag in _content._FIGURES:
                    state.figures.append((element, position))
                continue
            if element is body or tag in _content._SEMANTIC_MAIN:
                hint = _content._NO_HINT
            elif names:
                hint = reference_hint(element, names, hints)
            elif tag in _content._REGION_TAGS:
                hint = _content._HIDDEN
            else:
                hint = _content._NO_HINT
            negative, weight, byline, caption, crumbs = hint
            if crumbs and not state.breadcrumbs:
                state.breadcrumbs.extend(_content._crumbs(element))
            if byline:
                state.bylines.append(element)
            region = -1
            if negative:
                region = len(regions)
                regions.append([position, position])
                open_regions = (*open_regions, region)
                if caption:
                    state.figures.append((element, position))
            if weight and element not in state.weights:
                state.weights[element] = weight
            stack.append((element, _content._KIND_OF_TAG.get(tag, top[1]), position, region, len(blocks)))
            text = element.text
            if text:
                buffer.append(text)
                dirty = dirty or not text.isspace()
                if link_depth:
                    link_chars += len(text)
        else:
            if tag in _content._INLINE:
                if tag == "a":
                    link_depth -= 1
            elif skipping is element:
                skipping = None
            elif isinstance(tag, str) and tag != "br":
                top = stack.pop()
                if dirty:
                    flush(top, link_chars)
                    dirty = False
                buffer.clear()
                link_chars = 0
                if len(blocks) > top[4] or top[3] >= 0:
                    spans[element] = (top[2], position)
                if top[3] >= 0:
                    regions[top[3]][1] = position
                    open_regions = open_regions[:-1]
            tail = element.tail
            if tail:
                buffer.append(tail)
                dirty = dirty or not tail.isspace()
                if link_depth:
                    link_chars += len(tail)
    if dirty:
        flush(stack[-1], link_chars)
    return state


def walk_state(state: _content._Walk, root: etree._Element) -> tuple[object, ...]:
    """Everything a walk found, with elements by document-order number (comparable across walks)."""
    number = {element: i for i, element in enumerate(root.iter())}
    return (
        [(b.text, b.kind, number[b.element], b.position, b.link_chars, b.regions) for b in state.blocks],
        [(number[element], position) for element, position in state.figures],
        sorted((number[element], span) for element, span in state.spans.items()),
        sorted((number[element], weight) for element, weight in state.weights.items()),
        state.regions,
        [(prop, number[element]) for prop, element in state.itemprops],
        [number[element] for element in state.bylines],
        state.inline_bylines,
        state.breadcrumbs,
    )


TAGS = ["div", "p", "span", "a", "b", "header", "article", "main", "section", "ul", "li", "br", "nav", "figure"]
TAGS += ["img", "h2", "blockquote", "td", "em", "time", "aside", "figcaption"]
CLASS_WORDS = ["content", "post-body", "sidebar", "share-bar", "byline", "author-name", "caption", "breadcrumb"]
CLASS_WORDS += ["col-md-8", "row", "d-none", "sr-only", "read more", "ad", "social-media-embed", "None", "foto"]
ATTRIBUTES = st.one_of(
    st.tuples(st.just("class"), st.sampled_from(CLASS_WORDS)),
    st.tuples(st.just("id"), st.sampled_from(["main", "x", "comments", "None"])),
    st.tuples(st.just("hidden"), st.just("")),
    st.tuples(st.just("aria-hidden"), st.sampled_from(["true", "false"])),
    st.tuples(st.just("style"), st.sampled_from(["display:none", "color:red", "visibility: hidden"])),
    st.tuples(st.just("itemprop"), st.sampled_from(["articleBody", "author", "name"])),
    st.tuples(st.just("href"), st.just("/x")),
)
WORDS = st.sampled_from(["", " ", "\n  ", "Hujan deras, kata Budi.", "Jakarta", " banjir ", "Oleh Budi"])


def render(node: object) -> str:
    if isinstance(node, str):
        return node.replace("&", "&amp;").replace("<", "&lt;")
    tag, attributes, children = cast("tuple[str, list[tuple[str, str]], list[object]]", node)
    if tag == "!--":
        return "<!-- note -->"
    written = "".join(f' {name}="{value}"' for name, value in attributes)
    return f"<{tag}{written}>{''.join(render(child) for child in children)}</{tag}>"


NODES = st.recursive(
    WORDS,
    lambda children: st.tuples(
        st.sampled_from([*TAGS, "!--"]),
        st.lists(ATTRIBUTES, max_size=3, unique_by=lambda pair: pair[0]),
        st.lists(children, max_size=4),
    ),
    max_leaves=30,
)


class TestWalk:
    @given(st.lists(NODES, max_size=5))
    def test_walk_is_the_walk_as_first_written(self, nodes: list[object]) -> None:
        """Blocks, spans, regions, weights, figures and bylines are those of the tag-based walk."""
        root = etree.fromstring(f"<html><body>{''.join(map(render, nodes))}</body></html>", etree.HTMLParser())
        body = root.find("body")
        assert body is not None
        assert walk_state(_content._walk(body), root) == walk_state(reference_walk(body), root)

    @pytest.mark.parametrize(
        "markup",
        [
            "<span class='byline'>Oleh <a href='/'>Budi</a></span> sesudah",
            "<a href='/'>tautan <b>tebal</b></a> lalu",
            "<br>",
            "<nav><p>menu</p></nav>",
            "<header class='content'><p>judul</p></header>",
            "<header><p>judul</p></header>",
            "<!-- catatan --><p>teks</p>",
        ],
    )
    def test_walks_started_anywhere(self, markup: str) -> None:
        """A walk from any element (inline, <br>, skipped, hinted, the root) agrees too, comments inside."""
        root = etree.fromstring(f"<html><body><div>{markup}</div></body></html>", etree.HTMLParser())
        for start in root.iter():
            if not isinstance(start.tag, str):
                continue  # iterwalk starts at elements only
            assert walk_state(_content._walk(start), root) == walk_state(reference_walk(start), root)

    @given(st.lists(st.sampled_from([*CLASS_WORDS, "bylines", "penulis", "writer-x", "xauthor"]), max_size=4))
    def test_inline_byline_prefilter(self, words: list[str]) -> None:
        """An inline class is a byline exactly when _classify says so."""
        cls = " ".join(words)
        assert _content._byline_class(cls, {}) == _content._classify(cls.lower())[2]

    @given(st.text(max_size=40))
    def test_letter_tokens(self, text: str) -> None:
        """Tokens found by translation are the regex's."""
        assert _content._letter_tokens(text) == _content._LETTERS.findall(text)

    @given(st.text(alphabet=st.sampled_from("ab-_ 0\u00e9\u0130K\t"), max_size=30))
    def test_letter_tokens_near_ascii(self, text: str) -> None:
        """Also around the characters whose lower-case form is ASCII."""
        lowered = text.lower()
        assert _content._letter_tokens(lowered) == _content._LETTERS.findall(lowered)

    @given(st.text(max_size=60))
    def test_squeeze(self, text: str) -> None:
        """Split-and-join white space normalising is the regex's."""
        assert _text.squeeze(text) == re.sub(r"\s+", " ", text).strip()
        page = PageMetadata()
        page.add("headline", 1, text, "x")
        normalised = re.sub(r"\s+", " ", text).strip()
        assert page.all("headline") == ([normalised] if normalised else [])


# ---- boilerplate ---------------------------------------------------------------------------

LEXICON_WORDS = sorted(
    {
        word
        for table in (_lexicon_id.BOILERPLATE, _lexicon_en.BOILERPLATE, _lexicon_id.INLINE_BOILERPLATE)
        for _, pattern in table
        for word in re.findall(r"[a-z]{2,}", pattern)
    }
)
PIECES = st.one_of(
    st.sampled_from(LEXICON_WORDS),
    st.sampled_from(LEXICON_WORDS).map(str.upper),
    st.sampled_from(LEXICON_WORDS).map(str.title),
    st.sampled_from([" ", "  ", ":", " : ", ".", "/", " | ", "(", ")", "©", "2024", "KOMPAS.COM/", "\n", "\u00a0"]),
    st.sampled_from(["\u0130", "\u0131", "\u017f", "\u212a", "\u201c", "x"]),
    st.text(max_size=3),
)
BLOCK_TEXTS = st.lists(PIECES, max_size=12).map("".join)


def reference_strip(text: str) -> str:
    match = _content._INLINE_BOILERPLATE.search(text)
    return text if match is None else text[: match.start()].rstrip()


class TestBoilerplate:
    @given(BLOCK_TEXTS)
    def test_is_boilerplate_is_the_whole_regex(self, text: str) -> None:
        """Split by first character and guarded by needles, the table answers as its one regex does."""
        assert _content.is_boilerplate(text) == (PLAIN_BOILERPLATE.match(text) is not None)

    @given(BLOCK_TEXTS)
    def test_strip_inline_is_the_regex(self, text: str) -> None:
        """Inline boilerplate is cut where the regex finds it, with or without shared lower-casing."""
        folds: dict[str, str | None] = {}
        assert _content._boilerplate_table().match(text, folds) == (PLAIN_BOILERPLATE.match(text) is not None)
        assert _content._strip_inline(text, folds) == reference_strip(text)
        assert _content.strip_inline_boilerplate(text) == reference_strip(text)

    @pytest.mark.parametrize(
        "text",
        [
            "All rights re\u017ferved.",
            "ALL R\u0130GHTS RESERVED",
            "All r\u0131ghts reserved",
            "Info terbaru di Whats\u017fapp Channel kami",
            "Foto bersama | Reuter\u017f",
            "\u0130klan",
            "Baca juga: \u0130ni berita",
            "\u212aOMPAS.COM/Nama",
        ],
    )
    def test_letters_re_equates_with_ascii(self, text: str) -> None:
        """Texts whose letters match the lexicons only through re's case folding are still found."""
        assert _content.is_boilerplate(text) == (PLAIN_BOILERPLATE.match(text) is not None)
        assert _content.strip_inline_boilerplate(text) == reference_strip(text)

    @given(
        st.lists(st.sampled_from(["", "foo", "FOO", "bar", " ", "baz", "x", "\u00e9", ":"]), max_size=6).map("".join)
    )
    def test_tables_of_any_shape(self, text: str) -> None:
        """Alternatives that may match nothing, start anywhere or open with a long repeat are all kept."""
        table = [("empty", r"(?:foo)?$"), ("ahead", r"(?:foo)?(?=x)"), ("bar", r"bar\b"), ("long", r".{0,20}baz$")]
        table.append(("colon", r":\s*\S"))
        guarded = _content._GuardedTable.build(table)
        assert guarded.guarded  # the long repeat is tried only where "baz" occurs
        assert guarded.match(text) == (_content._compile(table).match(text) is not None)

    @given(st.lists(st.sampled_from(["", "ab", "AB", "abab", " ", "c", ":"]), max_size=6).map("".join))
    def test_tables_split_or_kept_whole(self, text: str) -> None:
        """A table with nothing costly is split by first character only; one with a back reference stays whole."""
        for table in ([("a", r"ab\b"), ("colon", r":")], [("pair", r"(ab)\1"), ("c", r"c")]):
            assert _content._GuardedTable.build(table).match(text) == (_content._compile(table).match(text) is not None)
        kept = _content._GuardedTable.build([("pair", r"(ab)\1"), ("c", r"c")])
        assert kept.by_first == {}
        assert kept.guarded == ()

    @pytest.mark.parametrize(("_name", "pattern"), [*_lexicon_id.BOILERPLATE, *_lexicon_en.BOILERPLATE])
    def test_needles_never_rule_out_a_match(self, _name: str, pattern: str) -> None:
        """A text the pattern matches is never ruled out by the needles read off the pattern."""
        needles = _content._Needles.of(pattern)
        compiled = re.compile(pattern, re.IGNORECASE)

        @given(BLOCK_TEXTS)
        def check(text: str) -> None:
            if compiled.search(text) is not None:
                assert not needles.rules_out(text, {})

        check()

    @pytest.mark.parametrize(("_name", "pattern"), [*_lexicon_id.BOILERPLATE, *_lexicon_en.BOILERPLATE])
    def test_first_characters_cover_every_match(self, _name: str, pattern: str) -> None:
        """A match at the start begins with a character the analysis allows (or may be empty)."""
        items = _content._parse_regex(pattern, re.IGNORECASE)
        assert items is not None
        chars, empty = _content._first_chars(items, re.IGNORECASE)
        compiled = re.compile(pattern, re.IGNORECASE)

        @given(BLOCK_TEXTS)
        def check(text: str) -> None:
            match = compiled.match(text)
            if match is not None and match.end() > 0 and text[0].isascii():
                assert empty or text[0] in chars

        check()

    def test_ascii_case_twins_are_complete(self) -> None:
        """The non-ASCII characters re.IGNORECASE equates with ASCII ones are exactly the listed four."""
        everything = "".join(chr(code) for code in range(128, sys.maxunicode + 1) if not 0xD800 <= code < 0xE000)
        twins = set(re.findall("[\x00-\x7f]", everything, re.IGNORECASE))
        assert twins == set(_text.ASCII_CASE_TWINS)

    def test_requirements_read_off_patterns(self) -> None:
        """Needles come from literal runs, branches (all or nothing) and repeats of at least one."""
        assert _content._requirement(r"(?:a|\w)b+c?") == (("b",),)
        assert _content._requirement(r"x*") == ()
        assert _content._requirement(r"(a)\1") == ()  # a back reference: nothing is claimed
        assert _content._Needles.of(r"\d+:\s").caseless == ((":",),)


# ---- language, text, decoding, metadata ----------------------------------------------------


class TestOthers:
    @given(st.text(max_size=80))
    def test_language_words(self, text: str) -> None:
        """The words counted are the regex's words, in any order."""
        lowered = text.lower()
        assert Counter(_language._words(lowered)) == Counter(_language._WORD.findall(lowered))

    @given(st.text(alphabet=st.sampled_from("ab _-'.,\u00e9\u201c\u00a0\u0301\u0130\ud800"), max_size=40))
    def test_language_words_near_word_boundaries(self, text: str) -> None:
        assert Counter(_language._words(text)) == Counter(_language._WORD.findall(text))

    @given(st.text(max_size=30))
    def test_surrogates_and_space(self, text: str) -> None:
        assert _text.has_surrogates(text) == (not text.isascii() and _text._SURROGATE.search(text) is not None)
        assert _text.has_space(text) == (_text._SPACE.search(text) is not None)

    @given(st.text(alphabet=st.sampled_from("ab%0F[]#@:/?\x01\x7f\x85 \u00e9\ufffe"), max_size=30))
    def test_url_faults(self, text: str) -> None:
        """URL faults are found and mended as with a regex over every character."""
        assert _text._has_bracket(text) == (re.search(r"[\[\]]", text) is not None)
        assert _text.url_fault(text) == reference_url_fault(text)
        assert _text.encode_url_faults(text) == reference_encode_url_faults(text)

    @given(
        st.binary(max_size=60), st.lists(st.sampled_from([b"\xc3", b"\xc3\xa9", b"\xc3\xa2\xe2\x82\xac"]), max_size=40)
    )
    def test_mojibake_signature(self, data: bytes, leads: list[bytes]) -> None:
        """Jumping from lead byte to lead byte finds what the regex's search finds."""
        for sample in (data, b"".join(leads) + data, data + b"".join(leads)):
            assert _decode._finds_mojibake_utf8(sample) == (_decode._MOJIBAKE_UTF8.search(sample) is not None)

    @pytest.mark.parametrize(
        ("script", "found"),
        [
            (json.dumps(json.dumps({"@type": "NewsArticle", "headline": "Hujan"})), False),
            (json.dumps({"@type": "WebSite", "name": "Kompas"}), False),
            (json.dumps([{"@type": "WebSite"}, {"@type": "NewsArticle", "headline": "Hujan"}]), True),
            ("3", False),
        ],
    )
    def test_jsonld_without_an_article(self, script: str, found: bool) -> None:
        """Only an object or array with an Article node gives the page its JSON-LD article."""
        root = etree.fromstring(
            f'<html><head><script type="application/ld+json">{script}</script></head></html>', etree.HTMLParser()
        )
        page = collect_metadata(root)
        assert (page.jsonld is not None) == found
        assert page.jsonld is None or page.jsonld.headline == "Hujan"


def reference_url_fault(text: str) -> str | None:
    found = _text._URL_FAULT.search(text)
    if found is not None:
        if found.group() == "%":
            return "'%' must start a percent-encoding (two hex digits)"
        return f"control character U+{ord(found.group()):04X}"
    return _text._structure_fault(text)


def reference_encode_url_faults(text: str) -> str | None:
    """``encode_url_faults`` as it was before its fast path (c6cb8f4), written out in full."""
    text = _text._URL_FAULT.sub(lambda found: quote(found.group(), safe=""), text)
    if _text._structure_fault(text) is None:
        return text
    head, authority, path, fragment = _text._url_pieces(text)

    def brackets(part: str) -> str:
        return part.replace("[", "%5B").replace("]", "%5D")

    mended = [head]
    if authority is not None:
        userinfo, at, hostport = authority.rpartition("@")
        if hostport.endswith(":"):
            hostport = hostport[:-1]
        if not hostport.startswith("["):
            hostport = brackets(hostport)
        mended += ["//", brackets(userinfo.replace("@", "%40")), at, hostport]
    mended.append(brackets(path))
    if fragment is not None:
        mended += ["#", brackets(fragment.replace("#", "%23"))]
    result = "".join(mended)
    return result if _text._structure_fault(result) is None else None

"""Tests for newsmodel.html._content: blocks in order, kinds, boilerplate left out, captions kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsmodel._model import BlockKind
from newsmodel.html import _content
from newsmodel.html._content import Content, extract_content

PROSE = (
    "Hujan deras mengguyur Jakarta sejak pagi, dan banjir merendam puluhan rumah warga di bantaran kali, "
    "sehingga warga mengungsi ke masjid terdekat."
)


def content_of(body: str, *, headline: str | None = None) -> Content:
    root = etree.fromstring(f"<html><body>{body}</body></html>", etree.HTMLParser())
    found = root.find("body")
    assert found is not None
    return extract_content(found, headline=headline)


def texts(content: Content) -> list[str]:
    return [text for text, _ in content.blocks]


class TestBlocks:
    def test_order_and_kinds(self) -> None:
        """Paragraphs, headings, list items and block quotes come in order with their kind."""
        content = content_of(
            f"<article><p>{PROSE}</p><h2>Pengungsi bertambah</h2><p>{PROSE}</p>"
            "<ul><li>Kelurahan Kampung Melayu</li><li>Kelurahan Bidara Cina</li></ul>"
            f"<blockquote><p>Kami butuh selimut dan makanan, kata warga.</p></blockquote><p>{PROSE}</p></article>"
        )
        assert [kind for _, kind in content.blocks] == [
            BlockKind.PARAGRAPH,
            BlockKind.HEADING,
            BlockKind.PARAGRAPH,
            BlockKind.LIST_ITEM,
            BlockKind.LIST_ITEM,
            BlockKind.BLOCKQUOTE,
            BlockKind.PARAGRAPH,
        ]

    def test_br_separates_blocks(self) -> None:
        """Text separated by <br> becomes separate blocks."""
        content = content_of(f"<div class='content'>{PROSE}<br>Baris kedua berita ini.<br/><br>Baris ketiga.</div>")
        assert texts(content) == [PROSE, "Baris kedua berita ini.", "Baris ketiga."]

    def test_inline_markup_keeps_words_apart(self) -> None:
        """Inline elements join text without losing or adding spaces."""
        content = content_of(
            f"<article><p><b>Jakarta</b> <i>hujan</i> deras, <a href='#'>banjir</a>. {PROSE}</p></article>"
        )
        assert texts(content)[0].startswith("Jakarta hujan deras, banjir. Hujan")

    def test_headline_heading_is_not_body(self) -> None:
        """The <h1> that repeats the headline is not a body block."""
        content = content_of(
            f"<article><h1>Banjir Jakarta</h1><p>{PROSE}</p><p>{PROSE}</p></article>", headline="Banjir Jakarta"
        )
        assert "Banjir Jakarta" not in texts(content)

    def test_text_directly_in_the_container_before_a_nested_div(self) -> None:
        """Antara's layout: the first sentence sits in the container, the rest in a nested div."""
        content = content_of(
            "<div id='content_news'>Bandarlampung (ANTARA News) - "
            "Kalimat pertama berita yang cukup panjang untuk dihitung."
            f"<div><br>{PROSE}<br><br>{PROSE}<br><br>{PROSE}</div></div>"
        )
        assert texts(content)[0].startswith("Bandarlampung (ANTARA News)")


class TestBoilerplate:
    def test_page_furniture_is_left_out(self) -> None:
        """Navigation, asides, footers, related lists, share bars, comments and ads are not body text."""
        content = content_of(
            "<nav><a href='/'>Beranda</a> <a href='/a'>Politik</a></nav>"
            "<div class='breadcrumb'><a href='/'>Home</a> » Nasional</div>"
            f"<article><div class='share-buttons'><a href='#'>Facebook</a></div><p>{PROSE}</p>"
            "<div class='ads'>ADVERTISEMENT</div>"
            f"<p>{PROSE}</p><div class='related-posts'><h3>Berita Terkait</h3>"
            "<ul><li><a href='/r'>Lain</a></li></ul></div></article>"
            "<div id='comments'><p>Komentar pembaca yang panjang sekali tentang berita ini, dan lainnya.</p></div>"
            "<aside><p>Terpopuler hari ini</p></aside><footer>Hak cipta 2025</footer>"
        )
        assert texts(content) == [PROSE, PROSE]

    def test_lexicon_lines_are_left_out(self) -> None:
        """Baca juga / Simak juga / SCROLL TO CONTINUE / promo taglines are not body text."""
        content = content_of(
            f"<article><p>{PROSE}</p><p>Baca juga: <a href='/x'>Banjir Bekasi</a></p>"
            "<p>SCROLL TO CONTINUE WITH CONTENT</p><p>Simak juga: Video Banjir</p>"
            f"<p>{PROSE}</p><p>Pantau terus update resmi hanya di Kompas.com.</p>"
            "<div><p>Info terbaru di Whatsapp Channel</p></div></article>"
        )
        assert texts(content) == [PROSE, PROSE]

    def test_hidden_elements_are_left_out(self) -> None:
        """hidden, aria-hidden and display:none subtrees are not body text."""
        content = content_of(
            f"<article><p>{PROSE}</p><div hidden><p>Tersembunyi satu yang panjang sekali.</p></div>"
            "<div style='display: none'><p>Tersembunyi dua yang panjang sekali.</p></div>"
            f"<p aria-hidden='true'>Tersembunyi tiga.</p><p>{PROSE}</p></article>"
        )
        assert texts(content) == [PROSE, PROSE]

    def test_link_lists_are_left_out(self) -> None:
        """A block that is mostly links is not body text."""
        content = content_of(
            f"<article><p>{PROSE}</p><p><a href='/1'>Satu berita</a> | <a href='/2'>Dua berita</a></p>"
            f"<p>{PROSE}</p></article>"
        )
        assert texts(content) == [PROSE, PROSE]

    def test_negative_class_on_a_wrapper_is_ignored(self) -> None:
        """A page wrapper whose class mentions a sidebar ("has-sidebar") still holds the article."""
        content = content_of(
            f"<div class='layout has-sidebar'><div class='story'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
        )
        assert texts(content) == [PROSE, PROSE]

    def test_article_element_with_taxonomy_classes(self) -> None:
        """WordPress puts "tag-…" classes on <article>; it is still the article."""
        content = content_of(
            f"<div class='cookie-notice'><p>{PROSE}</p></div>"
            f"<article class='post tag-review tag-book'><p>{PROSE}</p><p>{PROSE}</p></article>"
        )
        assert texts(content) == [PROSE, PROSE]


class TestEmbeds:
    def test_embedded_post_is_a_block_quote(self) -> None:
        """A tweet embedded in the story is kept as a block quote; an embedded ad is not."""
        content = content_of(
            f"<article><p>{PROSE}</p><div class='social-media-embed'><blockquote class='twitter-tweet'>"
            "<p>Banjir lagi di depan rumah, air sudah selutut.</p>— Warga (@warga) 3 Juli 2025</blockquote></div>"
            f"<div class='ad-embed'><p>Diskon besar hari ini saja untuk semua produk.</p></div><p>{PROSE}</p></article>"
        )
        assert (
            "Banjir lagi di depan rumah, air sudah selutut.",
            BlockKind.BLOCKQUOTE,
        ) in content.blocks
        assert all("Diskon" not in text for text in texts(content))


class TestFiguresAndStats:
    def test_caption_goes_to_figures_not_body(self) -> None:
        """Figure captions and credits are kept as figures, not body text."""
        content = content_of(
            "<article><figure><img src='/a.jpg' width='800' height='450'>"
            "<figcaption>Warga mengungsi. <span class='credit'>KOMPAS.com/BUDI</span></figcaption></figure>"
            f"<p>{PROSE}</p></article>"
        )
        assert texts(content) == [PROSE]
        figure = content.figures[0]
        assert (figure.src, figure.caption, figure.credit, figure.width, figure.height) == (
            "/a.jpg",
            "Warga mengungsi.",
            "KOMPAS.com/BUDI",
            800,
            450,
        )

    def test_statistics_tell_listings(self) -> None:
        """A list of teaser links has no prose; an article has some."""
        listing = content_of(
            "<ul>" + "".join(f"<li><a href='/{i}'>Judul berita nomor {i}</a></li>" for i in range(30)) + "</ul>"
        )
        article = content_of(f"<article><p>{PROSE}</p><p>{PROSE}</p></article>")
        assert listing.prose_blocks == 0
        assert article.prose_blocks == 2
        assert article.text_chars == 2 * len(PROSE)

    def test_empty_body(self) -> None:
        """A body without text gives no blocks and no article span."""
        content = content_of("")
        assert content.blocks == ()
        assert content.start == -1


def reference_classify(attrs_text: str) -> tuple[bool, float, bool, bool, bool]:
    """The class/id reading spelled out token by token (the rules _classify implements with bit masks)."""
    tokens = _content._LETTERS.findall(attrs_text)
    strong = weak = positive = byline = caption = crumbs = embed = advert = False
    for token in tokens:
        embed = embed or token.startswith(_content._EMBED_PREFIX)
        advert = advert or token in _content._AD_TOKENS or token.startswith(_content._AD_PREFIXES)
        if token in _content._STRONG_TOKENS or token.startswith(_content._STRONG_PREFIXES):
            strong = True
        elif token in _content._WEAK_TOKENS or token.startswith(_content._WEAK_PREFIXES):
            weak = True
        positive = positive or token.startswith(_content._POSITIVE_PREFIXES)
        byline = byline or token.startswith(_content._BYLINE_PREFIXES)
        caption = caption or token.startswith("caption") or token in _content._PHOTO_TOKENS
        crumbs = crumbs or token.startswith("breadcrumb")
    if embed and not advert:
        return False, 0.0, byline, caption, crumbs
    phrase = not _content._PHRASE_TOKENS.isdisjoint(tokens) and _content._STRONG_PHRASES.search(attrs_text) is not None
    if strong or phrase:
        return True, -25.0, byline, caption, crumbs
    if (weak or "d-none" in attrs_text) and not positive:
        return True, -25.0, byline, caption, crumbs
    return False, 25.0 if positive else 0.0, byline, caption, crumbs


#: Words class strings are made of: hint words, their look-alikes, and neutral layout words.
HINT_WORDS = sorted(
    {
        *_content._STRONG_TOKENS,
        *_content._WEAK_TOKENS,
        *_content._PHOTO_TOKENS,
        *_content._PHRASE_TOKENS,
        *_content._STRONG_PREFIXES,
        *_content._WEAK_PREFIXES,
        *_content._POSITIVE_PREFIXES,
        *_content._BYLINE_PREFIXES,
        *_content._AD_PREFIXES,
        "embed",
        "none",
        "d",
        "juga",
        "only",
        "slot",
        "col",
        "md",
        "row",
        "readmore",
        "captions",
        "authorbox",
        "tagline",
        "adsense",
    }
)


class TestClassHints:
    @pytest.mark.parametrize(
        ("attrs_text", "negative", "weight"),
        [
            ("col-md-8 row ", False, 0.0),
            ("post-content entry ", False, 25.0),
            ("share-buttons ", True, -25.0),
            ("readmore ", True, -25.0),
            ("baca-juga ", True, -25.0),
            ("sr-only ", True, -25.0),
            ("d-none d-md-block ", True, -25.0),
            ("social-media-embed ", False, 0.0),
            ("ad-embed ", True, -25.0),
            ("footer-content ", False, 25.0),
        ],
    )
    def test_examples(self, attrs_text: str, negative: bool, weight: float) -> None:
        """Class strings read as boilerplate, neutral or positive, as the hint rules say."""
        assert _content._classify(attrs_text)[:2] == (negative, weight)

    @given(st.lists(st.sampled_from(HINT_WORDS), max_size=6), st.lists(st.sampled_from(" -_0"), min_size=6, max_size=6))
    def test_bit_masks_agree_with_the_token_rules(self, words: list[str], separators: list[str]) -> None:
        """Reading a class string through cached token bit masks gives what the token-by-token rules give."""
        attrs_text = "".join(word + separator for word, separator in zip(words, separators, strict=False))
        assert _content._classify(attrs_text) == reference_classify(attrs_text)

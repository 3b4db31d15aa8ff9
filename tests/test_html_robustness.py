"""Bad input never crashes parse_html: it returns an Article or raises a NewsModelError."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from newsmodel._model import Article
from newsmodel.exceptions import NewsModelError, NotAnArticleError, ParseError
from newsmodel.html import parse_html
from tests.helpers import ANY_CHARACTER, NASTY_VALUES, ROOT

SEED = (ROOT / "examples" / "putin-tolak-usulan-trump.html").read_bytes()
SENTENCE = "Presiden mengatakan bahwa pemerintah tidak akan menaikkan harga, kata dia kepada wartawan di Jakarta. "


def outcome(source: str | bytes) -> Article | NewsModelError:
    """Run parse_html; any exception other than a NewsModelError fails the test."""
    try:
        return parse_html(source)
    except NewsModelError as exc:
        return exc


# ---- generated HTML ------------------------------------------------------------------------

TAGS = st.sampled_from(
    [
        "p",
        "div",
        "span",
        "a",
        "b",
        "article",
        "main",
        "section",
        "nav",
        "aside",
        "footer",
        "header",
        "h1",
        "h2",
        "ul",
        "li",
        "blockquote",
        "figure",
        "figcaption",
        "table",
        "td",
        "script",
        "style",
        "time",
        "br",
        "img",
    ]
)
CLASSES = st.sampled_from(
    [
        "",
        "content",
        "article-body",
        "share",
        "related",
        "comments",
        "ads",
        "byline",
        "caption",
        "has-sidebar",
        "tag-news",
        "hidden",
        "entry-content",
        "read__content",
    ]
)
WORDS = st.sampled_from(
    [
        "Jakarta",
        "-",
        "KOMPAS.com",
        "Presiden",
        "mengatakan",
        "bahwa",
        "Baca juga:",
        "“",
        "”",
        '"',
        ",",
        "(ANTARA)",
        "WIB",
        "Kamis, 3 Juli 2025 14:30",
        "<",
        "&amp;",
        "&#0;",
        "\x00",
        "é",
        "Ã©",
        "\u202e",
        "ADVERTISEMENT",
        " ",
        *NASTY_VALUES,
        '<img src="http://[x/a.jpg" width="²" height="٣">',
        f'<figure><img src="/a.jpg" width="{"9" * 5000}"><figcaption>Foto: ANTARA</figcaption></figure>',
    ]
)
TEXT = st.lists(WORDS, max_size=12).map(" ".join)


def element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    attrs = st.tuples(CLASSES, st.sampled_from(["", " hidden", " style='display:none'", " itemprop='articleBody'"]))
    return st.builds(
        lambda tag, attr, text, kids, tail: f"<{tag} class='{attr[0]}'{attr[1]}>{text}{''.join(kids)}</{tag}>{tail}",
        TAGS,
        attrs,
        TEXT,
        st.lists(children, max_size=4),
        TEXT,
    )


FRAGMENTS = st.recursive(TEXT, element, max_leaves=40)
HEADS = st.lists(
    st.sampled_from(
        [
            "<title>Judul Berita - Situs</title>",
            "<meta property='og:type' content='article'>",
            "<meta property='og:title' content='Judul'>",
            "<meta charset='iso-8859-1'>",
            "<meta charset='utf-16'>",
            "<meta property='article:published_time' content='2025-07-04T08:15:00+07:00'>",
            "<meta property='article:published_time' content='bukan tanggal'>",
            "<meta property='og:image' content='javascript:alert(1)'>",
            "<meta property='og:image:width' content='-5'>",
            "<link rel='canonical' href='http://[::1'>",
            "<link rel='canonical' href='http://[x'>",
            "<meta property='og:image' content='https://a.id/a.jpg'>",
            "<meta property='og:image:width' content='²'>",
            "<meta property='og:image:height' content='٣'>",
            f"<meta property='og:image:width' content='{'9' * 5000}'>",
            "<meta name='keywords' content='banjir, Jakarta;hujan'>",
            "<script type='application/ld+json'>" + "[" * 50_000 + "</script>",
            '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "wordCount": ' + "9" * 5000 + "}</script>",
            '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": "a\\ud800", "url": "http://[x"}</script>',
            '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": ""}</script>',
            (
                '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": "Judul", '
                '"datePublished": "kemarin", "author": 5, "image": [null]}</script>'
            ),
            "<script type='application/ld+json'>[[[[</script>",
        ]
    ),
    max_size=5,
).map("".join)
PAGES = st.builds(lambda head, body: f"<html><head>{head}</head><body>{body}</body></html>", HEADS, FRAGMENTS)


class TestProperties:
    @given(PAGES)
    @settings(suppress_health_check=[HealthCheck.too_slow])
    def test_generated_html(self, page: str) -> None:
        """Generated pages give an Article or a NewsModelError, as str and as bytes."""
        for source in (page, page.encode("utf-8", "surrogatepass")):
            result = outcome(source)
            assert isinstance(result, Article | NewsModelError)

    @given(st.binary(max_size=3000))
    def test_junk_bytes(self, data: bytes) -> None:
        """Arbitrary bytes give an Article or a NewsModelError."""
        assert isinstance(outcome(data), Article | NewsModelError)

    @given(st.text(ANY_CHARACTER, max_size=3000))
    @example("<p>\ud800</p>")
    def test_junk_text(self, text: str) -> None:
        """Arbitrary text (lone surrogates and controls included) gives an Article or a NewsModelError."""
        assert isinstance(outcome(text), Article | NewsModelError)

    @given(st.integers(min_value=0, max_value=len(SEED)))
    def test_truncated_pages(self, cut: int) -> None:
        """The seed page cut anywhere (mid-tag, mid-character) never crashes."""
        assert isinstance(outcome(SEED[:cut]), Article | NewsModelError)

    @given(
        st.sampled_from(["utf-8", "windows-1252", "iso-8859-1", "utf-16", "koi8-r", "shift_jis", "x-bogus", ""]),
        st.sampled_from(["utf-8", "cp1252", "utf-16", "utf-16-le"]),
    )
    def test_lying_charsets(self, declared: str, actual: str) -> None:
        """The seed page declared in one charset and encoded in another never crashes."""
        text = SEED.decode("utf-8").replace('<meta charset="UTF-8">', f'<meta charset="{declared}">')
        result = outcome(text.encode(actual, errors="replace"))
        assert isinstance(result, Article | NewsModelError)
        if actual in {"utf-8", "cp1252"} and isinstance(result, Article):
            assert "Ã" not in result.text  # no mojibake reaches the model


class TestAdversarialSizes:
    def test_empty(self) -> None:
        """Empty input is a ParseError."""
        for source in (b"", "", b"   \n", "\ufeff"):
            assert isinstance(outcome(source), ParseError)

    def test_fifty_megabyte_page(self) -> None:
        """A 50 MB page (an inline script of 50 MB and a short story) parses."""
        page = (
            b"<html><head><title>Besar</title><meta property='og:type' content='article'><script>var a='"
            + b"A" * 50_000_000
            + b"';</script></head><body><article><p>"
            + SENTENCE.encode() * 3
            + b"</p></article></body></html>"
        )
        result = outcome(page)
        assert isinstance(result, Article)
        assert result.body[0].text.startswith("Presiden mengatakan")

    def test_hundred_thousand_nested_elements(self) -> None:
        """100,000 nested elements do not exhaust the stack or hang."""
        for tag in ("div", "span", "li", "blockquote"):
            page = f"<html><body>{f'<{tag}>x ' * 100_000}<p>{SENTENCE}</p>{f'</{tag}>' * 100_000}</body></html>"
            assert isinstance(outcome(page), Article | NewsModelError)

    def test_many_paragraphs(self) -> None:
        """Ten thousand paragraphs parse, and quote search stays bounded."""
        page = "<html><head><title>Panjang</title></head><body><article>" + f"<p>{SENTENCE}</p>" * 10_000
        result = outcome(page + "</article></body></html>")
        assert isinstance(result, Article)
        assert len(result.body) == 10_000

    def test_page_without_paragraphs(self) -> None:
        """A page with markup but no text is a clear NewsModelError."""
        page = "<html><head><title>Kosong</title></head><body><div><div><img src='a.jpg'></div></div></body></html>"
        assert isinstance(outcome(page), NewsModelError)

    def test_many_leading_comments(self) -> None:
        """Thousands of comments before the markup are skipped in linear time (the feed sniff once backtracked
        exponentially: 24 comments took seconds), and a feed behind them is still recognised."""
        comments = "<!--x--> <!-- a --->" * 2_000
        assert isinstance(outcome(comments + "<html><body><p>Halo dunia.</p></body></html>"), NewsModelError)
        feed = outcome(comments + '<rss version="2.0"><channel><title>T</title></channel></rss>')
        assert isinstance(feed, NotAnArticleError)
        assert "feed" in str(feed)

    def test_long_word_in_a_caption(self) -> None:
        """A figure caption holding a 200 KB word parses in linear time (the credit search was quadratic)."""
        figure = f"<figure><img src='https://a.id/x.jpg'><figcaption>Banjir {'a' * 200_000} x</figcaption></figure>"
        page = f"<html><head><title>Banjir</title></head><body><article>{figure}<p>{SENTENCE}</p><p>{SENTENCE}</p>"
        assert isinstance(outcome(page + "</article></body></html>"), Article | NewsModelError)

    def test_long_line_without_markup(self) -> None:
        """A megabyte of text on one line (no tags) does not backtrack for long."""
        assert isinstance(outcome("Jakarta - " + "a" * 1_000_000), Article | NewsModelError)


class TestParsingDiscipline:
    def test_one_lxml_parse_per_page(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The page is parsed by lxml exactly once."""
        calls: list[int] = []
        real = etree.fromstring

        def counting(*args: Any, **kwargs: Any) -> Any:
            calls.append(1)
            return real(*args, **kwargs)

        monkeypatch.setattr(etree, "fromstring", counting)
        parse_html(SEED)
        assert len(calls) == 1

    def test_nothing_is_fetched_or_resolved(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """External DTDs and entities are not resolved, and no Python socket is opened."""

        def refuse(*_: object, **__: object) -> None:
            raise AssertionError("parse_html opened a network connection")

        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket, "create_connection", refuse)
        secret = tmp_path / "secret.txt"
        secret.write_text("RAHASIA-NEGARA", encoding="utf-8")
        page = (
            f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{secret.as_uri()}" '
            f'[<!ENTITY ext SYSTEM "{secret.as_uri()}">]>'
            '<html><head><link rel="stylesheet" href="http://example.invalid/a.css">'
            '<meta property="og:type" content="article"><title>Judul</title></head>'
            f'<body><img src="http://example.invalid/a.jpg"><p>&ext; {SENTENCE}</p><p>{SENTENCE}</p></body></html>'
        )
        result = outcome(page.encode())
        assert isinstance(result, Article)
        assert "RAHASIA" not in result.text


STORY = (
    "<html><head><title>Banjir Jakarta</title><meta property='og:type' content='article'>{head}</head>"
    "<body><article><h1>Banjir Jakarta</h1><p>" + SENTENCE * 2 + "</p>"
    '<p>"We are ready for the flood," said Budi Santoso, the governor of Jakarta.</p>{body}</article></body></html>'
)


OVERLONG_WIDTH = f"<meta property='og:image:width' content='{'9' * 5000}'>"


class TestNastyValues:
    @pytest.mark.parametrize(
        ("head", "body"),
        [
            ("", '<figure><img src="/a.jpg" width="²" height="9{}"><figcaption>Foto: ANTARA</figcaption></figure>'),
            ("<meta property='og:image' content='https://a.id/a.jpg'><meta property='og:image:width' content='²'>", ""),
            ("<meta property='og:image' content='https://a.id/a.jpg'>" + OVERLONG_WIDTH, ""),
            ("<link rel='canonical' href='http://[x'><meta property='og:image' content='http://[x'>", ""),
            ("<script type='application/ld+json'>" + "[" * 50_000 + "</script>", ""),
            ('<script type=\'application/ld+json\'>{"@type": "NewsArticle", "x": ' + "9" * 5000 + "}</script>", ""),
        ],
    )
    def test_page_with_nasty_values_parses(self, head: str, body: str) -> None:
        """Unicode digits, over-long numbers, URLs urlsplit refuses and 50,000-deep JSON-LD leave a normal article."""
        article = parse_html(STORY.format(head=head, body=body.replace("{}", "9" * 5000)))
        assert article.headline == "Banjir Jakarta"
        assert all(image.width is None or image.width < 100_000 for image in article.images)

    @pytest.mark.parametrize(("language", "kept"), [("en-US", "en-US"), ("EN", "EN"), ("en", "en"), ("en_US", "en")])
    def test_given_language_tag_selects_the_quote_lexicon(self, language: str, kept: str) -> None:
        """Any form of an English tag finds the English quote; the tag is kept unless the model would refuse it."""
        article = parse_html(STORY.format(head="", body=""), language=language)
        assert article.language == kept
        assert [quote.text for quote in article.quotes] == ["We are ready for the flood"]

    def test_language_without_a_lexicon_finds_no_quotes(self) -> None:
        """A language no quote lexicon covers gives no quotes (its text is not read with another language's words)."""
        assert parse_html(STORY.format(head="", body=""), language="fr-FR").quotes == ()

    def test_lone_surrogate_in_text_input(self) -> None:
        """str input with a lone surrogate parses (the surrogate is replaced), never a UnicodeEncodeError."""
        article = parse_html(STORY.format(head="", body="<p>Air \ud800 naik.</p>"))
        assert article.headline == "Banjir Jakarta"

"""Tests for newsmodel.jsonld._read: from_jsonld on newsmodel's output and on JSON-LD as sites publish it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsmodel import (
    Article,
    ImageObject,
    ModelDataError,
    NewsModelError,
    NotAnArticleError,
    Organization,
    Paragraph,
    ParseError,
    PartialDate,
    Person,
    Quote,
    Span,
)
from newsmodel.jsonld import find_articles, from_jsonld, read_jsonld, to_jsonld
from newsmodel.jsonld._text import PositionIndex, load_json
from tests.helpers import ANY_CHARACTER, DATA, NASTY_VALUES, json_values

FIXTURES = DATA / "jsonld"
UTC = dt.UTC


def doc(**props: Any) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hujan", **props}


class TestFindArticles:
    @pytest.mark.parametrize(
        "kind", ["Article", "NewsArticle", "ReportageNewsArticle", "BlogPosting", "schema:NewsArticle", "newsarticle"]
    )
    def test_article_like_types(self, kind: str) -> None:
        """Article and its subtypes are found, namespaced or lower-cased."""
        assert find_articles({"@type": kind}) == [{"@type": kind}]

    def test_arrays_of_types_graphs_and_lists(self) -> None:
        """Nodes are found inside arrays and @graph, in document order; other types are skipped."""
        data = [
            {"@type": "WebSite"},
            {"@graph": [{"@type": ["Article", "NewsArticle"], "headline": "a"}, {"@type": "Person"}]},
            {"@type": "WebPage", "mainEntity": {"@type": "BlogPosting", "headline": "b"}},
        ]
        assert [n["headline"] for n in find_articles(data)] == ["a", "b"]

    def test_nothing_found(self) -> None:
        """A document without an article gives an empty list, and from_jsonld a NotAnArticleError."""
        assert find_articles({"@type": "BreadcrumbList"}) == []
        with pytest.raises(NotAnArticleError):
            from_jsonld({"@type": "BreadcrumbList"})


class TestRealWorldShapes:
    def test_yoast_graph_with_references(self) -> None:
        """@id references to author, publisher, logo and image nodes elsewhere in @graph are resolved."""
        article, issues = read_jsonld((FIXTURES / "yoast-graph.jsonld").read_text(encoding="utf-8"))
        assert article.headline == "Banjir Rendam Jakarta Utara"
        assert article.url == "https://contoh.co.id/2025/07/banjir/#webpage"
        assert article.authors == (
            Person(
                name="Siti Rahma",
                url="https://contoh.co.id/author/siti-rahma/",
                same_as=("https://twitter.com/sitirahma",),
            ),
        )
        assert article.publisher == Organization(
            name="Contoh News", url="https://contoh.co.id/", logo="https://contoh.co.id/logo.png"
        )
        assert article.images == (
            ImageObject(
                url="https://contoh.co.id/uploads/banjir.jpg", width=1200, height=675, caption="Banjir di Jakarta Utara"
            ),
        )
        assert article.keywords == ("banjir", "Jakarta Utara", "cuaca")
        assert article.section == "Metro"
        assert article.language == "id-ID"
        assert article.date_modified == dt.datetime(2025, 7, 4, 1, 30, tzinfo=UTC)
        assert [i.code for i in issues] == ["jsonld.extra-values"]

    @pytest.mark.parametrize(
        ("author", "expected"),
        [
            ("Redaksi", (Person(name="Redaksi"),)),
            (["Lia", "Yaron"], (Person(name="Lia"), Person(name="Yaron"))),
            ({"@type": "NewsMediaOrganization", "name": "BBC News"}, (Organization(name="BBC News"),)),
            ({"@type": "person", "name": "Tess"}, (Person(name="Tess"),)),
            (
                [{"@type": "Person", "name": "A", "jobTitle": {"@type": "DefinedTerm", "name": "Editor"}}],
                (Person(name="A", job_title="Editor"),),
            ),
            ({"@type": "Person", "givenName": "Siti", "familyName": "Rahma"}, (Person(name="Siti Rahma"),)),
            (
                {"@type": "Person", "name": "A", "affiliation": "Los Angeles Times"},
                (Person(name="A", affiliation=Organization(name="Los Angeles Times")),),
            ),
            ({}, ()),
        ],
    )
    def test_author_forms(self, author: Any, expected: tuple[Any, ...]) -> None:
        """Authors as strings, arrays, objects of any agent type, lower-case types, or empty."""
        assert from_jsonld(doc(author=author)).authors == expected

    @pytest.mark.parametrize(
        ("image", "expected"),
        [
            ("https://a.id/1.jpg", (ImageObject(url="https://a.id/1.jpg"),)),
            (
                ["https://a.id/1.jpg", "https://a.id/2.jpg"],
                (ImageObject(url="https://a.id/1.jpg"), ImageObject(url="https://a.id/2.jpg")),
            ),
            (
                {
                    "@type": "ImageObject",
                    "contentUrl": "https://a.id/1.jpg",
                    "width": "630px",
                    "height": {"@type": "QuantitativeValue", "value": 354},
                },
                (ImageObject(url="https://a.id/1.jpg", width=630, height=354),),
            ),
            ({"@type": "ImageObject", "url": ["https://a.id/1.jpg"]}, (ImageObject(url="https://a.id/1.jpg"),)),
        ],
    )
    def test_image_forms(self, image: Any, expected: tuple[ImageObject, ...]) -> None:
        """Images as a URL, a list, or an ImageObject with sizes in pixels, text or QuantitativeValue."""
        assert from_jsonld(doc(image=image)).images == expected

    @pytest.mark.parametrize(
        "page",
        [
            "https://a.id/x",
            {"@type": "WebPage", "@id": "https://a.id/x"},
            {"@type": "WebPage", "url": "https://a.id/x"},
        ],
    )
    def test_main_entity_of_page_as_url(self, page: Any) -> None:
        """Without url, mainEntityOfPage (string or object) gives the article URL."""
        assert from_jsonld(doc(mainEntityOfPage=page)).url == "https://a.id/x"

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2025-07-04T08:15:00+07:00", dt.datetime(2025, 7, 4, 1, 15, tzinfo=UTC)),
            ("2019-11-20T06:35:39+0000", dt.datetime(2019, 11, 20, 6, 35, 39, tzinfo=UTC)),
            ("2019-11-19T11:51:32.556Z", dt.datetime(2019, 11, 19, 11, 51, 32, 556000, tzinfo=UTC)),
            ("2014-09-15", dt.date(2014, 9, 15)),
            ("2025-07", PartialDate(year=2025, month=7)),
            ("2017-02-17 13:30:08", dt.datetime(2017, 2, 17, 6, 30, 8, tzinfo=UTC)),
        ],
    )
    def test_dates(self, text: str, expected: Any) -> None:
        """ISO dates with any offset spelling; naive datetimes are read in Asia/Jakarta."""
        assert from_jsonld(doc(datePublished=text)).date_published == expected

    def test_naive_datetime_dropped_without_default_zone(self) -> None:
        """With default_tz=None a naive datetime is dropped and reported."""
        article, issues = read_jsonld(doc(datePublished="2017-02-17 13:30:08"), default_tz=None)
        assert article.date_published is None
        assert [(i.code, i.pointer) for i in issues] == [("jsonld.naive-datetime", "$.datePublished")]

    def test_printed_date_read_by_the_dates_module(self) -> None:
        """A date in a printed form goes through newsmodel.dates and is reported as non-ISO."""
        article, issues = read_jsonld(doc(datePublished="19 Nov 2019 07:09 GMT"))
        assert article.date_published == dt.datetime(2019, 11, 19, 7, 9, tzinfo=UTC)
        assert [i.code for i in issues] == ["jsonld.non-iso-date"]

    def test_headline_falls_back_to_name(self) -> None:
        """A node with name but no headline uses the name, with a warning."""
        article, issues = read_jsonld({"@type": "Article", "name": "Judul"})
        assert article.headline == "Judul"
        assert issues[0].code == "jsonld.missing-headline"

    @pytest.mark.parametrize("headline", [None, "  ", 12, {"@type": "Thing"}])
    def test_unusable_headline_is_an_error_naming_the_path(self, headline: Any) -> None:
        """No usable headline raises ModelDataError at $.headline."""
        data: dict[str, Any] = (
            {"@type": "NewsArticle"} if headline is None else {"@type": "NewsArticle", "headline": headline}
        )
        with pytest.raises(ModelDataError) as info:
            from_jsonld({"@graph": [data]})
        assert info.value.path == "$.@graph[0].headline"

    def test_lenient_drops_and_reports_and_strict_raises(self) -> None:
        """Unusable optional values are dropped with their path; strict=True raises instead."""
        data = doc(image="http:http://cdn.tmpo.co/x.jpg", isAccessibleForFree="", author={"@id": "#nobody"})
        article, issues = read_jsonld(data)
        assert article == Article(headline="Hujan")
        assert sorted(i.pointer or "" for i in issues) == ["$.author", "$.image", "$.isAccessibleForFree"]
        with pytest.raises(ModelDataError) as info:
            from_jsonld(data, strict=True)
        assert len(info.value.errors) == 3

    def test_creator_and_thumbnail_stand_in(self) -> None:
        """Without author or image, creator and thumbnailUrl are used; with them, they are ignored."""
        article = from_jsonld(doc(creator=["Brigit Katz"], thumbnailUrl="https://a.id/t.jpg"))
        assert article.authors == (Person(name="Brigit Katz"),)
        assert article.images == (ImageObject(url="https://a.id/t.jpg"),)
        article = from_jsonld(
            doc(author="A", creator="B", image="https://a.id/i.jpg", thumbnailUrl="https://a.id/t.jpg")
        )
        assert article.authors == (Person(name="A"),)
        assert article.images == (ImageObject(url="https://a.id/i.jpg"),)

    def test_relative_urls_resolve_against_the_article_url(self) -> None:
        """Relative URLs are resolved against the article's URL."""
        article = from_jsonld(doc(url="https://a.id/news/1", image="/img/1.jpg"))
        assert article.images == (ImageObject(url="https://a.id/img/1.jpg"),)

    @pytest.mark.parametrize(
        ("value", "expected", "codes"),
        [
            ("id", "id", []),
            ("id_ID", "id-ID", ["jsonld.normalised-language"]),
            ({"@type": "Language", "name": "Indonesian", "alternateName": "id"}, "id", []),
            ("bahasa indonesia", None, ["jsonld.invalid-value"]),
        ],
    )
    def test_language(self, value: Any, expected: str | None, codes: list[str]) -> None:
        """inLanguage as a tag, a POSIX locale or a Language node; what is not a tag is dropped."""
        article, issues = read_jsonld(doc(inLanguage=value))
        assert article.language == expected
        assert [i.code for i in issues] == codes

    def test_nested_keyword_lists_are_flattened(self) -> None:
        """Keywords given as an array inside an array are flattened."""
        assert from_jsonld(doc(keywords=[["a", "b"], "c"])).keywords == ("a", "b", "c")

    def test_plain_body_splits_on_blank_lines_then_line_breaks(self) -> None:
        """articleBody splits into blocks at blank lines, else at line breaks."""
        assert [p.text for p in from_jsonld(doc(articleBody="a\n\nb\nc")).body] == ["a", "b\nc"]
        assert [p.text for p in from_jsonld(doc(articleBody="a\nb")).body] == ["a", "b"]

    def test_bad_block_lengths_fall_back_to_splitting(self) -> None:
        """nm:blocks that do not fit articleBody are reported and the body is split as plain text."""
        article, issues = read_jsonld(
            doc(articleBody="a\n\nb", **{"nm:blocks": [{"nm:kind": "heading", "nm:length": 9}]})
        )
        assert [p.text for p in article.body] == ["a", "b"]
        assert issues[0].code == "jsonld.bad-block"


class TestText:
    def test_json_text_and_bytes(self) -> None:
        """JSON text and UTF-8 bytes (with a BOM) are read."""
        text = json.dumps(doc())
        assert from_jsonld(text) == from_jsonld(("\ufeff" + text).encode()) == Article(headline="Hujan")

    def test_tolerated_faults_are_reported(self) -> None:
        """Raw line breaks in strings and trailing commas are tolerated and reported."""
        article, issues = read_jsonld((FIXTURES / "tolerated-faults.jsonld").read_bytes())
        assert article.headline == "Dua baris\nsatu judul"
        assert article.keywords == ("a", "b")
        assert [i.code for i in issues] == ["jsonld.control-characters", "jsonld.trailing-comma"]

    def test_trailing_semicolon_is_tolerated(self) -> None:
        """A semicolon after the JSON (a template habit) is tolerated, and only that is reported."""
        value, issues = load_json('{"headline": "a"};\n')
        assert value == {"headline": "a"}
        assert [i.code for i in issues] == ["jsonld.trailing-semicolon"]

    def test_syntax_error_has_line_and_column(self) -> None:
        """Broken JSON raises ParseError locating the fault."""
        with pytest.raises(ParseError) as info:
            from_jsonld((FIXTURES / "syntax-error.jsonld").read_text(encoding="utf-8"), source="syntax-error.jsonld")
        assert (info.value.line, info.value.column) == (4, 25)
        assert str(info.value).startswith("syntax-error.jsonld:4:25:")

    def test_trailing_comma_fix_leaves_strings_alone(self) -> None:
        """A comma before a bracket inside a string is kept."""
        value, _ = load_json('{"a": "x, ]", "b": [1,],}')
        assert value == {"a": "x, ]", "b": [1]}

    def test_position_index(self) -> None:
        """Paths map to the line and column of their value, or of the nearest ancestor."""
        index = PositionIndex('{\n  "a": [1, {"b": "c"}],\n  "d": null\n}')
        assert index.locate("$.a[1].b") == (2, 18)
        assert index.locate("$.d") == (3, 8)
        assert index.locate("$.a[1].missing") == (2, 12)
        assert index.locate("$") == (1, 1)

    @pytest.mark.parametrize("value", ["1", '"x"', "null", "[]", "{}"])
    def test_non_documents(self, value: str) -> None:
        """JSON that holds no article raises a NewsModelError."""
        with pytest.raises(NewsModelError):
            from_jsonld(value)


JSON = json_values(st.text(max_size=10))
KEYS = st.sampled_from(
    [
        "headline",
        "author",
        "image",
        "datePublished",
        "publisher",
        "hasPart",
        "about",
        "keywords",
        "url",
        "mainEntityOfPage",
        "articleBody",
        "nm:blocks",
        "inLanguage",
        "identifier",
        "isAccessibleForFree",
        "dateline",
        "copyrightHolder",
        "nm:datelinePlace",
        "@id",
        "@type",
        "@graph",
    ]
)


def reads_or_raises(data: Any) -> None:
    """from_jsonld returns an Article or raises a NewsModelError; nothing else."""
    try:
        article = from_jsonld(data)
    except NewsModelError:
        return
    assert isinstance(article, Article)


def _corrupt(data: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    return {**data, key: value}


class TestNeverCrashes:
    @given(JSON)
    def test_any_json_value(self, value: Any) -> None:
        """Any JSON value gives an Article or a NewsModelError."""
        reads_or_raises(value)

    @given(st.dictionaries(KEYS, JSON, max_size=6))
    def test_any_article_node(self, props: dict[str, Any]) -> None:
        """An Article node with arbitrary values gives an Article or a NewsModelError."""
        reads_or_raises({"@type": "NewsArticle", **props})

    @given(st.sampled_from(["hasPart", "nm:blocks", "author", "mentions", "image"]), st.integers(0, 40), KEYS, JSON)
    def test_corrupted_output(self, part: str, index: int, key: str, value: Any) -> None:
        """The seed's lossless output with one property of one node replaced never crashes the reader."""
        data = json.loads((FIXTURES / "seed-article.lossless.jsonld").read_text(encoding="utf-8"))
        nodes = data[part]
        nodes[index % len(nodes)] = _corrupt(nodes[index % len(nodes)], key, value)
        reads_or_raises(data)

    @given(st.integers(-3, 30), st.integers(-3, 30), st.integers(-3, 30))
    @example(0, 5, 1)  # end before start: Span refuses "end", which the reader must not drop and retry
    def test_any_span_numbers(self, block: int, start: int, end: int) -> None:
        """A lossless quote's span with any integers keeps the quote: the span is kept or dropped with a warning."""
        article = Article(
            headline="H",
            body=[Paragraph(text='"Siap," kata Ani.')],
            quotes=[Quote(text="Siap", span=Span(block=0, start=1, end=5))],
        )
        data = to_jsonld(article, lossless=True)
        data["hasPart"][0]["nm:span"] = {"nm:block": block, "nm:start": start, "nm:end": end}
        read, issues = read_jsonld(data)
        (quote,) = read.quotes
        assert quote.text == "Siap"
        if quote.span is None:
            assert any(issue.pointer and issue.pointer.startswith("$.hasPart[0].nm:span") for issue in issues)
        else:
            assert (quote.span.block, quote.span.start, quote.span.end) == (block, start, end)

    def test_deep_nesting(self) -> None:
        """A value nested deeper than Python's recursion limit raises ModelDataError."""
        deep: Any = "x"
        for _ in range(5000):
            deep = {"name": deep}
        with pytest.raises(ModelDataError):
            from_jsonld(doc(articleSection=deep))

    @given(st.text(ANY_CHARACTER, max_size=60))
    @example('{"@type": "NewsArticle", "headline": "x", "wordCount": ' + "9" * 5000 + "}")
    @example('{"@type": "NewsArticle", "headline": "x", "wordCount": ' + "9" * 5000 + ",}")
    @example("[" * 100_000)
    @example('{"@type": "NewsArticle", "headline": "a\ud800"}')
    @example('{"@type": "NewsArticle", "headline": "a\\ud800"}')
    def test_any_text(self, text: str) -> None:
        """Any text (lone surrogates, over-long numbers, deep nesting) gives an Article or a NewsModelError."""
        reads_or_raises(text)
        reads_or_raises(text.encode("utf-8", "surrogatepass"))

    @given(
        st.sampled_from(["url", "image", "author", "publisher", "mainEntityOfPage", "about"]),
        st.sampled_from(NASTY_VALUES),
    )
    @example("url", "http://[x")
    @example("author", "http://[x")
    def test_nasty_values_in_any_url_property(self, key: str, value: str) -> None:
        """A URL urlsplit refuses, Unicode digits or a lone surrogate in a URL property never crash the reader."""
        reads_or_raises(doc(**{key: value}))
        reads_or_raises({**doc(url="https://a.id/x"), key: {"@type": "ImageObject", "url": value, "width": value}})

    @pytest.mark.parametrize("default_tz", ["Nope/Zone", "", "UTC\x00", 5])
    def test_bad_default_tz_raises_parse_error(self, default_tz: Any) -> None:
        """A default_tz that names no zone raises ParseError naming it, whether or not a naive date needs it."""
        for data in (doc(datePublished="2025-07-04T08:00:00"), doc()):
            with pytest.raises(ParseError, match="default_tz"):
                from_jsonld(data, default_tz=default_tz)


class TestNastyValues:
    def test_unclosed_ipv6_url_is_dropped_with_a_warning(self) -> None:
        """url and image values that urlsplit refuses are dropped, each reported as jsonld.bad-url."""
        article, issues = read_jsonld(doc(url="http://[x", image="http://[x"))
        assert article.url is None
        assert article.images == ()
        assert [issue.code for issue in issues].count("jsonld.bad-url") == 2

    def test_unclosed_ipv6_author_is_not_a_name(self) -> None:
        """An author string urlsplit refuses is treated as a URL, not as a person's name."""
        article, _ = read_jsonld(doc(author="http://[x"))
        assert article.authors == ()

    @pytest.mark.parametrize("value", ["²", "٣", "9" * 5000, "٣px"])
    def test_odd_pixel_counts_are_dropped(self, value: str) -> None:
        """Widths in Unicode digits or past int()'s limit are dropped with a warning, the image kept."""
        article, issues = read_jsonld(doc(image={"url": "https://a.id/p.jpg", "width": value, "contentSize": value}))
        assert article.images[0].width is None
        assert article.images[0].size is None
        assert "jsonld.wrong-type" in {issue.code for issue in issues}

    def test_number_past_the_int_limit_in_text_is_a_located_parse_error(self) -> None:
        """JSON text with a 5,000-digit number raises ParseError with its line and column."""
        with pytest.raises(ParseError) as caught:
            from_jsonld('{"@type": "NewsArticle",\n "wordCount": ' + "9" * 5000 + "}")
        assert (caught.value.line, caught.value.column) == (2, 15)

    def test_lone_surrogate_in_body_drops_that_paragraph(self) -> None:
        """A paragraph with a lone surrogate (a JSON escape) is dropped with a warning; the rest is read."""
        article, issues = read_jsonld('{"@type": "NewsArticle", "headline": "x", "articleBody": "ok\\n\\nbad \\ud800"}')
        assert [block.text for block in article.body] == ["ok"]
        assert "jsonld.invalid-value" in {issue.code for issue in issues}

"""Tests for newsmodel.jsonld._validate: JSON Schema, schema.org vocabulary and search-engine layers."""

from __future__ import annotations

import copy
import importlib.util
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsmodel import Issue, Report, loads
from newsmodel._schema import load_schema
from newsmodel.jsonld import _vocab, to_jsonld, validate_jsonld
from newsmodel.jsonld._validate import _AUTHOR_NAME_PROBLEMS
from tests.helpers import ANY_CHARACTER, DATA, ROOT, json_values, shared_path


def seed_doc() -> dict[str, Any]:
    return to_jsonld(loads((DATA / "jsonld" / "seed-article.json").read_text(encoding="utf-8")))


def issues_of(data: Any) -> list[tuple[str, str, str | None]]:
    return [(i.severity, i.code, i.pointer) for i in validate_jsonld(data).issues]


def changed(**props: Any) -> dict[str, Any]:
    doc = seed_doc()
    for key, value in props.items():
        if value is None:
            del doc[key]
        else:
            doc[key] = value
    return doc


class TestCatches:
    def test_unknown_property(self) -> None:
        """A misspelt property is an error, with a suggestion."""
        report = validate_jsonld(changed(headlne="x"))
        (issue,) = report.issues
        assert (issue.severity, issue.code, issue.pointer) == ("error", "jsonld.unknown-property", "$.headlne")
        assert "did you mean headline?" in issue.message

    def test_unknown_type(self) -> None:
        """A type that is not in the vocabulary is an error; case matters."""
        assert ("error", "jsonld.unknown-type", "$.author[0].@type") in issues_of(
            changed(author=[{"@type": "person", "name": "A", "url": "https://a.id/"}])
        )

    def test_property_on_the_wrong_type(self) -> None:
        """A property outside its domain (dateline on an Organization) is reported."""
        doc = seed_doc()
        doc["publisher"]["dateline"] = "JAKARTA"
        assert issues_of(doc) == [("warning", "jsonld.wrong-domain", "$.publisher.dateline")]

    @pytest.mark.parametrize(
        ("key", "value"),
        [
            ("wordCount", "banyak"),
            ("isAccessibleForFree", "mungkin"),
            ("image", {"@type": "Person", "name": "x"}),
            ("datePublished", 20250704),
            ("url", "bukan url"),
        ],
    )
    def test_wrong_value_type(self, key: str, value: Any) -> None:
        """A value outside the property's range is an error."""
        assert issues_of(changed(**{key: value}))[0] == ("error", "jsonld.wrong-range", f"$.{key}")

    def test_text_where_an_object_is_expected_is_advice(self) -> None:
        """Text where schema.org expects an object is a warning (expected types are advisory)."""
        assert issues_of(changed(about="politik")) == [("warning", "jsonld.loose-range", "$.about")]

    @pytest.mark.parametrize("value", ["2025-07-04T08:15:00", "2025-07-04 08:15", "4 Juli 2025"])
    def test_naive_or_printed_date(self, value: str) -> None:
        """A datetime without an offset, or a date not in ISO 8601, is an error at that date."""
        errors = [i for i in validate_jsonld(changed(datePublished=value)).issues if i.severity == "error"]
        assert [i.pointer for i in errors] == ["$.datePublished"]

    def test_naive_date_is_a_google_warning_too(self) -> None:
        """Outside newsmodel's schema, the search-engine layer asks for a time zone."""
        doc = changed(datePublished="2025-07-04T08:15:00")
        codes = {i.code for i in validate_jsonld(doc).issues}
        assert "jsonld.schema.anyOf" in codes

    @pytest.mark.parametrize(
        "name",
        [
            "By TOM KRISHER, AP Auto Writer",
            "Oleh: Budi Santoso",
            "Budi Santoso, Wartawan",
            "Troy L. Smith, Cleveland.com",
            "Amy Kuperinsky | NJ Advance Media",
            "Dr. Budi Santoso",
            "Budi Santoso, M.Si.",
            "Lia Eustachewich and Yaron Steinbuch",
            "budi@contoh.co.id",
        ],
    )
    def test_author_name_holding_more_than_a_name(self, name: str) -> None:
        """An author name with a job title, lead-in, honorific, second name or contact is a warning."""
        doc = changed(author=[{"@type": "Person", "name": name, "url": "https://a.id/"}])
        assert issues_of(doc) == [("warning", "google.author-name", "$.author[0].name")]

    @pytest.mark.parametrize("name", ["Yoga Sukmana", "B Kunto Wibisono", "Ma'ruf Amin", "Siti Nurhaliza-Tarudin"])
    def test_plain_names_pass(self, name: str) -> None:
        """Ordinary names raise nothing."""
        assert issues_of(changed(author=[{"@type": "Person", "name": name, "url": "https://a.id/"}])) == []

    def test_each_author_name_pattern_is_exercised(self) -> None:
        """Every author-name rule fires on at least one of the example names above."""
        examples = [
            "By TOM KRISHER, AP Auto Writer",
            "Dr. Budi Santoso",
            "Budi Santoso, Wartawan",
            "Amy Kuperinsky | NJ Advance Media",
            "budi@contoh.co.id",
        ]
        for pattern, why in _AUTHOR_NAME_PROBLEMS:
            assert any(pattern.search(name) for name in examples), why

    def test_long_url_like_text_is_checked_in_linear_time(self) -> None:
        """A 200 KB text that starts like a URL and holds a space is no URL (once quadratic: 32 KB took 7 s)."""
        text = "http://" + "a" * 200_000 + " b"
        report = validate_jsonld(changed(url=text, image=text))
        assert any(issue.pointer == "$.image" for issue in report.issues)

    def test_missing_headline(self) -> None:
        """A missing headline is an error at $.headline."""
        assert issues_of(changed(headline=None)) == [("error", "jsonld.schema.required", "$.headline")]

    def test_search_engine_recommendations(self) -> None:
        """Missing image, datePublished and author, and an author without url, are warnings."""
        assert issues_of(changed(image=None, datePublished=None)) == [
            ("warning", "google.image", "$.image"),
            ("warning", "google.date-published", "$.datePublished"),
        ]
        assert issues_of(changed(author=None)) == [("warning", "google.author", "$.author")]
        assert issues_of(changed(author=[{"@type": "Person", "name": "A"}])) == [
            ("warning", "google.author-url", "$.author[0]")
        ]

    def test_small_image(self) -> None:
        """An image under 50,000 pixels is a warning."""
        image = {"@type": "ImageObject", "url": "https://a.id/x.jpg", "width": 200, "height": 200}
        assert issues_of(changed(image=[image])) == [("warning", "google.image-size", "$.image[0]")]

    @pytest.mark.parametrize(
        ("publisher", "message"),
        [
            ({"@type": "Person", "name": "A", "url": "https://a.id/"}, "publisher should be an Organization object"),
            ({"@type": "Organization", "url": "https://a.id/"}, "publisher has no name"),
        ],
    )
    def test_publisher(self, publisher: dict[str, Any], message: str) -> None:
        """The publisher should be an Organization with a name."""
        (issue,) = validate_jsonld(changed(publisher=publisher, copyrightHolder=None)).issues
        assert (issue.code, issue.pointer, issue.message) == ("google.publisher", "$.publisher", message)

    def test_paywall(self) -> None:
        """isAccessibleForFree false needs a paywalled hasPart section with a class selector."""
        assert issues_of(changed(isAccessibleForFree=False)) == [("warning", "google.paywall", "$.isAccessibleForFree")]
        section = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paywall"}
        doc = changed(isAccessibleForFree=False)
        doc["hasPart"].append(section)
        assert issues_of(doc) == []

    def test_author_as_text_is_a_search_engine_error(self) -> None:
        """An author given as plain text is an error (Google's critical error)."""
        assert issues_of(changed(author="Redaksi")) == [("error", "google.author-object", "$.author")]

    def test_dates_out_of_order(self) -> None:
        """dateModified before datePublished is a warning."""
        assert issues_of(changed(dateModified="2025-07-01T00:00:00+07:00")) == [
            ("warning", "google.date-order", "$.dateModified")
        ]

    @pytest.mark.parametrize(
        ("published", "modified", "out_of_order"),
        [
            ("2025", "1900-01", True),
            ("2025-07", "2025", False),
            ("2025-07-04", "2025-07", False),
            ("2025-07-04", "2025-07-03T23:00:00+07:00", False),
            ("2025-07-04T08:00:00+07:00", "2025-07-04T01:30:00Z", False),
            ("2025-07-04T08:00:00+07:00", "2025-07-04T00:30:00Z", True),
        ],
    )
    def test_date_order_at_shared_precision(self, published: str, modified: str, out_of_order: bool) -> None:
        """Dates are compared as instants, or at the precision both have; a day and an instant are not compared."""
        codes = {i.code for i in validate_jsonld(changed(datePublished=published, dateModified=modified)).issues}
        assert ("google.date-order" in codes) is out_of_order

    def test_context(self) -> None:
        """A document whose @context is not schema.org is an error; http and trailing slashes are fine."""
        assert issues_of(changed(**{"@context": "https://example.org"})) == [("error", "jsonld.context", "$.@context")]
        for context in (
            "http://schema.org/",
            "https://schema.org/docs/jsonldcontext.jsonld",
            {"@vocab": "https://schema.org/"},
        ):
            assert issues_of(changed(**{"@context": context})) == []

    def test_no_article(self) -> None:
        """A document without an article is an error."""
        assert issues_of({"@context": "https://schema.org", "@type": "WebSite", "name": "x"}) == [
            ("error", "jsonld.no-article", "$")
        ]

    def test_undeclared_prefix(self) -> None:
        """An nm: term without the nm prefix in @context is an unknown property."""
        assert issues_of(changed(**{"nm:datelinePlace": "JAKARTA"})) == [
            ("error", "jsonld.unknown-property", "$.nm:datelinePlace")
        ]

    def test_lossless_extension_shapes_are_checked(self) -> None:
        """Malformed nm: extension values are schema errors."""
        doc = to_jsonld(loads((DATA / "jsonld" / "seed-article.json").read_text(encoding="utf-8")), lossless=True)
        bad = copy.deepcopy(doc)
        bad["hasPart"][0]["nm:quoteKind"] = "shouted"
        bad["nm:blocks"][0]["nm:length"] = -1
        assert issues_of(bad) == [
            ("error", "jsonld.schema.enum", "$.hasPart[0].nm:quoteKind"),
            ("error", "jsonld.schema.minimum", "$.nm:blocks[0].nm:length"),
        ]

    def test_graph_documents(self) -> None:
        """Every node of an @graph is checked against the vocabulary, references are followed."""
        text = (DATA / "jsonld" / "yoast-graph.jsonld").read_text(encoding="utf-8")
        assert issues_of(text) == []
        graph = json.loads(text)
        graph["@graph"][5]["@type"] = "ImageObject"
        graph["@graph"][4]["dateModified"] = "2025-07-04T01:00:00+00:00"
        assert issues_of(graph) == [
            ("error", "jsonld.wrong-range", "$.@graph[4].author"),
            ("warning", "google.date-order", "$.@graph[4].dateModified"),
        ]


class TestLocations:
    def test_text_input_gets_lines_and_columns(self) -> None:
        """Issues on JSON text carry the file, line and column of the value."""
        text = json.dumps(changed(wordCount="banyak"), indent=2)
        (issue,) = validate_jsonld(text, source="a.jsonld").issues
        line = next(n for n, row in enumerate(text.splitlines(), 1) if '"wordCount"' in row)
        assert (issue.file, issue.line, issue.column) == ("a.jsonld", line, 16)
        assert str(issue).startswith(f"a.jsonld:{line}:16: error jsonld.wrong-range")

    def test_syntax_error_is_an_issue(self) -> None:
        """Text that is not JSON gives one jsonld.syntax error with its location."""
        report = validate_jsonld((DATA / "jsonld" / "syntax-error.jsonld").read_bytes(), source="s.jsonld")
        assert report.issues == (
            Issue(
                code="jsonld.syntax",
                message="not JSON: Expecting ',' delimiter",
                file="s.jsonld",
                line=4,
                column=25,
            ),
        )

    def test_tolerated_faults_are_warnings(self) -> None:
        """Tolerated JSON faults are reported as warnings next to the other issues."""
        report = validate_jsonld((DATA / "jsonld" / "tolerated-faults.jsonld").read_text(encoding="utf-8"))
        assert report.ok
        assert "jsonld.trailing-comma" in {i.code for i in report.warnings}

    @pytest.mark.parametrize("data", ["[]", "3", '"x"', "[1, 2]"])
    def test_not_documents(self, data: str) -> None:
        """JSON that is not a node object is an error, never a crash."""
        assert not validate_jsonld(data).ok


JSON = json_values(
    st.sampled_from(["@type", "@id", "@graph", "author", "image", "headline", "x"]) | st.text(max_size=8), max_leaves=12
)


class TestNeverCrashes:
    @given(JSON)
    def test_any_json_value(self, value: Any) -> None:
        """Any JSON value, as a value or as text, gives a report."""
        assert isinstance(validate_jsonld(value), Report)
        assert isinstance(validate_jsonld(json.dumps(value)), Report)

    @given(
        st.dictionaries(st.sampled_from(["author", "image", "datePublished", "hasPart", "about", "publisher"]), JSON)
    )
    def test_any_article_node(self, props: dict[str, Any]) -> None:
        """An article node with arbitrary property values gives a report."""
        assert isinstance(validate_jsonld({"@context": "https://schema.org", "@type": "NewsArticle", **props}), Report)

    @given(st.text(ANY_CHARACTER, max_size=60))
    @example('{"@type": "NewsArticle", "headline": "x", "wordCount": ' + "9" * 5000 + "}")
    @example('{"@type": "NewsArticle", "headline": "x", "wordCount": ' + "9" * 5000 + ",}")
    @example("[" * 100_000)
    @example('{"@type": "NewsArticle", "headline": "a\ud800", "url": "http://[x"}')
    def test_any_text(self, text: str) -> None:
        """Any text (lone surrogates, numbers past int()'s limit, deep nesting included) gives a report."""
        assert isinstance(validate_jsonld(text), Report)
        assert isinstance(validate_jsonld(text.encode("utf-8", "surrogatepass")), Report)

    def test_number_past_the_int_limit_is_a_located_syntax_error(self) -> None:
        """A 5,000-digit number (valid JSON, but past int()'s limit) is one located jsonld.syntax error."""
        report = validate_jsonld('{"@type": "NewsArticle",\n "wordCount": ' + "9" * 5000 + "}")
        assert [(i.code, i.line, i.column) for i in report.issues] == [("jsonld.syntax", 2, 15)]

    def test_deep_nesting(self) -> None:
        """Nesting deeper than Python's recursion limit is an issue, not a crash."""
        deep: Any = "x"
        for _ in range(5000):
            deep = {"@type": "Thing", "subjectOf": deep}
        report = validate_jsonld(
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x", "about": deep}
        )
        assert "jsonld.too-deep" in {issue.code for issue in report.errors}


class TestShippedFiles:
    def test_json_schema_is_valid(self) -> None:
        """The shipped newsarticle.schema.json is a valid 2020-12 schema."""
        jsonschema.Draft202012Validator.check_schema(load_schema("newsarticle.schema.json"))

    def test_vocab_table_facts(self) -> None:
        """The derived table knows the facts the writer relies on."""
        assert _vocab.ancestors("NewsArticle") == {"NewsArticle", "Article", "CreativeWork", "Thing"}
        assert _vocab.property_info("spokenByCharacter") == (("Quotation",), ("Organization", "Person"))
        assert _vocab.property_info("wordCount") == (("Article", "CreativeWork"), ("Integer",))
        assert "URL" in _vocab.DATATYPES

    def test_vocab_table_matches_the_vocabulary(self) -> None:
        """tools/gen_vocab.py regenerates exactly the committed table from the vocabulary file."""
        source = shared_path("corpora", "schemaorg", "schemaorg-current-https.jsonld")
        spec = importlib.util.spec_from_file_location("gen_vocab", ROOT / "tools" / "gen_vocab.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        graph = json.loads(source.read_text(encoding="utf-8"))["@graph"]
        fresh = module.render(module.derive(graph), source.name)
        committed = (ROOT / "src" / "newsmodel" / "jsonld" / "_vocab_data.py").read_text(encoding="utf-8")
        assert fresh == committed

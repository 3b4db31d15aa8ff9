"""The plain JSON form: round trips, strict input and JSON paths in errors."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import cattrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsmodel import Article, ModelDataError, Organization, PartialDate, Person, dumps, from_dict, loads, to_dict
from newsmodel.converters import configure_converter, make_converter, parse_date_value
from newsmodel.exceptions import InvalidModelError
from newsmodel.newsml import to_newsml
from newsmodel.testing import articles
from tests.helpers import ANY_CHARACTER, json_values


class TestRoundTrip:
    @given(articles())
    def test_dict_round_trip(self, article: Article) -> None:
        """from_dict(to_dict(a)) == a for every generated article."""
        assert from_dict(to_dict(article)) == article

    @given(articles())
    def test_json_round_trip(self, article: Article) -> None:
        """loads(dumps(a)) == a, and the plain form is pure JSON."""
        text = dumps(article)
        assert loads(text) == article
        assert json.loads(text) == to_dict(article)

    def test_date_precision_kept(self) -> None:
        a = Article(
            headline="x",
            date_published=dt.datetime(2025, 7, 4, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=7))),
            date_modified=dt.date(2025, 7, 4),
            date_created=PartialDate(year=2025, month=7),
        )
        d = to_dict(a)
        assert d["date_published"] == "2025-07-04T08:15:00+07:00"
        assert d["date_modified"] == "2025-07-04"
        assert d["date_created"] == "2025-07"
        assert from_dict(d) == a

    def test_agents_are_tagged(self) -> None:
        a = Article(headline="x", authors=[Person(name="A"), Organization(name="B")], copyright_holder=Person(name="C"))
        d = to_dict(a)
        assert [x["type"] for x in d["authors"]] == ["Person", "Organization"]
        assert d["copyright_holder"] == {"name": "C", "type": "Person"}

    def test_defaults_omitted(self) -> None:
        assert to_dict(Article(headline="x")) == {"headline": "x"}

    def test_dumps_indent_and_unicode(self) -> None:
        text = dumps(Article(headline="Jum’at"), indent=2)
        assert "Jum’at" in text
        assert text.startswith("{\n  ")


def _errors(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(ModelDataError) as info:
        from_dict(data)
    return list(info.value.errors)


class TestStrictInput:
    @pytest.mark.parametrize(
        ("data", "path", "message"),
        [
            (
                {"headline": "x", "authors": [{"type": "Person", "name": "a"}, {"type": "Person", "name": 1}]},
                "$.authors[1].name",
                "expected a string, got int",
            ),
            ({"headline": "x", "foo": 1}, "$", "unknown key(s): foo"),
            (
                {"headline": "x", "publisher": {"name": "P", "logo": "x", "extra": 1}},
                "$.publisher",
                "unknown key(s): extra",
            ),
            ({}, "$.headline", "required field missing"),
            ({"headline": ""}, "$.headline", "must not be empty"),
            ({"headline": "x", "keywords": "abc"}, "$.keywords", "expected an array, got str"),
            ({"headline": "x", "word": 1}, "$", "unknown key(s): word"),
            (
                {"headline": "x", "date_published": "2025-07-04T08:15:00"},
                "$.date_published",
                "datetime has no UTC offset: '2025-07-04T08:15:00'",
            ),
            (
                {"headline": "x", "date_published": "2025-02-30"},
                "$.date_published",
                "not an ISO 8601 date: '2025-02-30'",
            ),
            ({"headline": "x", "date_published": 2025}, "$.date_published", "expected an ISO 8601 string, got int"),
            ({"headline": "x", "url": "/a"}, "$.url", "must be an absolute URL, got '/a'"),
            (
                {"headline": "x", "language": "Bahasa Indonesia"},
                "$.language",
                "not a BCP 47 language tag: 'Bahasa Indonesia'",
            ),
            ({"headline": "x", "is_accessible_for_free": 1}, "$.is_accessible_for_free", "expected a boolean, got int"),
            (
                {"headline": "x", "images": [{"url": "https://a.com/x.jpg", "width": "12"}]},
                "$.images[0].width",
                "expected an integer, got str",
            ),
            (
                {"headline": "x", "images": [{"url": "https://a.com/x.jpg", "width": True}]},
                "$.images[0].width",
                "expected an integer, got bool",
            ),
            (
                {"headline": "x", "quotes": [{"text": "a", "kind": "shouted"}]},
                "$.quotes[0].kind",
                "'shouted' is not a valid QuoteKind",
            ),
            (
                {"headline": "x", "quotes": [{"text": "a", "span": {"block": 0, "start": 0, "end": 1}}]},
                "$.quotes[0].span",
                "block 0 does not exist (body has 0 blocks)",
            ),
            ({"headline": "x", "authors": [{"name": "a"}]}, "$.authors[0]", ""),
        ],
    )
    def test_errors_name_the_json_path(self, data: dict[str, Any], path: str, message: str) -> None:
        errors = _errors(data)
        assert errors[0][0] == path
        assert message in errors[0][1]

    def test_many_errors_reported_at_once(self) -> None:
        errors = _errors({"headline": 1, "section": 2})
        assert {p for p, _ in errors} == {"$.headline", "$.section"}

    def test_not_an_object(self) -> None:
        assert _errors(["headline"]) == [("$", "expected an object, got list")]

    def test_loads_bad_json(self) -> None:
        with pytest.raises(ModelDataError, match="not JSON at line 1, column 2"):
            loads("{x")

    def test_message_names_path(self) -> None:
        with pytest.raises(ModelDataError, match=r"^\$\.authors\[0\]\.name: expected a string"):
            from_dict({"headline": "x", "authors": [{"type": "Person", "name": None}]})


# Plain-form data of any shape: the model's keys with values of any JSON type, nasty ones included.
_KEYS = st.sampled_from(
    ["headline", "body", "text", "kind", "authors", "type", "name", "url", "images", "width", "date_published", "x"]
)
PLAIN = json_values(_KEYS, max_leaves=15, text_size=12)


class TestNeverCrashes:
    @given(st.dictionaries(_KEYS, PLAIN, max_size=6))
    @example({"headline": "a\ud800b"})
    @example({"headline": "x", "authors": [{"type": "Person", "name": "\udfff"}]})
    def test_from_dict_never_crashes(self, data: dict[str, Any]) -> None:
        """from_dict on any plain data (lone surrogates included) returns an Article or raises ModelDataError."""
        try:
            article = from_dict(data)
        except ModelDataError:
            return
        to_newsml(article)  # a model that was built can always be written
        assert loads(dumps(article)) == article

    @given(st.text(ANY_CHARACTER, max_size=60) | PLAIN.map(json.dumps))
    @example('{"headline": ' + "9" * 5000 + "}")
    @example("[" * 100_000)
    @example('{"headline": "a\\ud800b"}')
    @example('{"headline": "x",}')
    def test_loads_never_crashes(self, text: str) -> None:
        """loads on any text returns an Article or raises ModelDataError (not ValueError or RecursionError)."""
        for source in (text, text.encode("utf-8", "surrogatepass")):
            try:
                article = loads(source)
            except ModelDataError:
                continue
            assert isinstance(article, Article)

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ('{"headline": ' + "9" * 5000 + "}", "not JSON at line 1, column 14: a number of more than 4300 digits"),
            ("[" * 100_000, "not JSON: JSON nested too deeply"),
            ('{"headline": "a\\ud800b"}', "lone surrogate"),
            ('{"headline": "x",}', "not JSON at line 1, column 18"),
        ],
    )
    def test_loads_reports_why(self, text: str, message: str) -> None:
        """loads raises ModelDataError naming the fault; it stays strict (no trailing commas)."""
        with pytest.raises(ModelDataError, match=re.escape(message)):
            loads(text)

    def test_loads_reads_utf16_bytes(self) -> None:
        """Bytes in UTF-16 are read, as json.loads reads them."""
        assert loads('{"headline": "Hujan"}'.encode("utf-16")).headline == "Hujan"

    @pytest.mark.parametrize("value", [None, 5, {"headline": "x"}, ["{}"]])
    def test_loads_refuses_what_is_not_text(self, value: Any) -> None:
        """A value that is not str or bytes raises ModelDataError saying what it got."""
        with pytest.raises(ModelDataError, match=f"expected JSON text \\(str or bytes\\), got {type(value).__name__}"):
            loads(value)

    def test_loads_reads_bytearray_and_memoryview(self) -> None:
        """Other bytes-like values are read like bytes."""
        data = b'{"headline": "Hujan"}'
        assert loads(bytearray(data)).headline == loads(memoryview(data)).headline == "Hujan"  # type: ignore[arg-type]

    def test_model_refuses_lone_surrogates(self) -> None:
        """A lone surrogate in a text field is refused at construction, naming the field, so writers never fail."""
        with pytest.raises(InvalidModelError, match=r"Article\.headline: contains a lone surrogate"):
            Article(headline="a\ud800b")


class TestConverterFactory:
    def test_make_converter_is_independent_of_global(self) -> None:
        """The hooks live on our converters, never on cattrs' global one."""
        conv = make_converter()
        assert conv is not cattrs.global_converter
        assert cattrs.global_converter.structure("1", int) == 1  # global stays lenient

    def test_configure_existing_converter(self) -> None:
        conv = cattrs.Converter(forbid_extra_keys=True)
        configure_converter(conv)
        a = Article(headline="x", authors=[Organization(name="B")])
        assert conv.structure(conv.unstructure(a), Article) == a

    @pytest.mark.parametrize(
        "text", ["2025", "2025-07", "2025-07-04", "2025-07-04T08:15:00+07:00", "2025-07-04T01:15:00Z"]
    )
    def test_parse_date_value_forms(self, text: str) -> None:
        value = parse_date_value(text)
        assert value.isoformat().replace("+00:00", "Z") == text

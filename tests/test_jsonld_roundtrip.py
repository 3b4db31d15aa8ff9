"""Round trips through JSON-LD, and every output checked against the shipped JSON Schema and the validator."""

from __future__ import annotations

import json
from typing import Any

import attrs
import jsonschema
from hypothesis import given

from newsmodel import (
    Article,
    Attribution,
    BlockKind,
    Dateline,
    Organization,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    loads,
)
from newsmodel._schema import load_schema
from newsmodel.jsonld import dumps_jsonld, from_jsonld, to_jsonld, validate_jsonld
from newsmodel.testing import articles
from tests.helpers import DATA

SCHEMA = jsonschema.Draft202012Validator(load_schema("newsarticle.schema.json"))


def seed() -> Article:
    return loads((DATA / "jsonld" / "seed-article.json").read_text(encoding="utf-8"))


def schema_org_view(article: Article) -> Article:
    """What survives without the extension terms: everything schema.org can carry."""

    def quote(q: Quote) -> Quote:
        speaker = None if q.attribution is None else q.attribution.speaker
        attribution = None if speaker is None else Attribution(speaker=speaker)
        return Quote(text=q.text, kind=QuoteKind.DIRECT, attribution=attribution)

    return attrs.evolve(
        article,
        body=tuple(Paragraph(text=p.text, kind=BlockKind.PARAGRAPH) for p in article.body),
        dateline=None if article.dateline is None else Dateline(text=article.dateline.text),
        quotes=tuple(quote(q) for q in article.quotes),
    )


def through_text(article: Article, *, lossless: bool) -> Any:
    return json.loads(dumps_jsonld(article, lossless=lossless))


class TestRoundTrip:
    # One generated article feeds all four properties: the strategy costs ~80 ms an example,
    # so one test keeps the thorough profile (500 examples) within the time budget.
    @given(articles())
    def test_every_generated_article(self, article: Article) -> None:
        """Lossless output reads back equal; plain output keeps every schema.org field; both fit
        the JSON Schema and pass the validator without errors."""
        assert from_jsonld(through_text(article, lossless=True), strict=True) == article
        assert from_jsonld(through_text(article, lossless=False), strict=True) == schema_org_view(article)
        for lossless in (False, True):
            doc = to_jsonld(article, lossless=lossless)
            assert [e.message for e in SCHEMA.iter_errors(doc)] == []
            assert validate_jsonld(doc).errors == ()

    def test_seed_both_ways(self) -> None:
        """The seed article reads back equal from lossless output, and as its schema.org view from plain output."""
        article = seed()
        assert from_jsonld(dumps_jsonld(article, lossless=True), strict=True) == article
        assert from_jsonld(dumps_jsonld(article), strict=True) == schema_org_view(article)
        assert schema_org_view(article) != article

    def test_seed_has_no_issue_at_all(self) -> None:
        """The seed article's JSON-LD passes with no errors and no warnings, as text and as a dict."""
        for lossless in (False, True):
            assert validate_jsonld(dumps_jsonld(seed(), lossless=lossless, indent=2)).issues == ()
            assert validate_jsonld(to_jsonld(seed(), lossless=lossless)).issues == ()

    def test_blocks_with_blank_lines_inside(self) -> None:
        """A block whose text holds a blank line comes back whole: lossless cuts by length, not by line."""
        body = (Paragraph(text="Daftar:", kind=BlockKind.HEADING), Paragraph(text="satu\n\ndua"))
        article = Article(headline="x", body=body)
        assert from_jsonld(to_jsonld(article, lossless=True), strict=True) == article
        assert [p.text for p in from_jsonld(to_jsonld(article)).body] == ["Daftar:", "satu", "dua"]

    def test_shared_entities_are_referenced_and_resolved(self) -> None:
        """An author who is also quoted, affiliated with the publisher: one node each, read back whole."""
        kompas = Organization(name="Kompas.com", url="https://www.kompas.com/")
        author = Person(name="Yoga Sukmana", job_title="Wartawan", affiliation=kompas)
        quote = Quote(text="Kami turun ke lapangan", attribution=Attribution(speaker=author))
        article = Article(headline="x", authors=[author], publisher=kompas, quotes=[quote])
        doc = to_jsonld(article)
        assert doc["author"][0]["affiliation"]["name"] == "Kompas.com"
        assert doc["publisher"] == {"@id": doc["author"][0]["affiliation"]["@id"]}
        assert doc["mentions"] == [{"@id": doc["author"][0]["@id"]}]
        assert from_jsonld(doc, strict=True) == article

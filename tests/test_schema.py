"""schemas/article.schema.json: generated from the model, shipped, and agreeing with from_dict."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given

from newsmodel import Article, ModelDataError, from_dict, to_dict
from newsmodel._schema import generate_article_schema, load_schema
from newsmodel.testing import articles
from tests.helpers import ROOT

SCHEMA = load_schema("article.schema.json")
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


class TestGeneration:
    def test_committed_schema_is_fresh(self) -> None:
        """The checked-in file equals a new generation (run `make schemas` after a model change)."""
        committed = json.loads((ROOT / "schemas" / "article.schema.json").read_text(encoding="utf-8"))
        assert committed == generate_article_schema()

    def test_schema_is_valid_2020_12(self) -> None:
        jsonschema.Draft202012Validator.check_schema(SCHEMA)
        assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"

    def test_every_model_class_has_a_definition(self) -> None:
        assert set(SCHEMA["$defs"]) == {
            "Attribution",
            "Dateline",
            "ImageObject",
            "Organization",
            "Paragraph",
            "Person",
            "Quote",
            "Span",
            "Subject",
        }


class TestAgreement:
    @given(articles())
    def test_generated_articles_validate(self, article: Article) -> None:
        """Every plain form newsmodel writes is valid under the schema."""
        VALIDATOR.validate(to_dict(article))

    @pytest.mark.parametrize(
        ("change", "why"),
        [
            ({"headline": ""}, "non-empty headline"),
            ({"date_published": "2025-07-04T08:15:00"}, "aware datetimes only"),
            ({"date_modified": "2025-13"}, "a real month"),
            ({"url": "/relative"}, "absolute URLs"),
            ({"url": "https://a.id/100%"}, "'%' only in a percent-encoding"),
            ({"url": "https://a.id/\x01"}, "no control characters in URLs"),
            ({"url": "https://a.id/?q=[1]"}, "brackets only around an IPv6 host"),
            ({"url": "https://a.id:x/"}, "a port of digits"),
            ({"images": [{"url": "https://a.id/x.jpg", "width": 0}]}, "positive sizes"),
            ({"language": "Bahasa Indonesia"}, "BCP 47 tags"),
            ({"authors": [{"type": "Robot", "name": "x"}]}, "Person or Organization"),
            ({"quotes": [{"text": "a", "span": {"block": 0, "start": -1, "end": 1}}]}, "non-negative offsets"),
            ({"extra": 1}, "no unknown keys"),
            ({"keywords": "a,b"}, "arrays, not strings"),
        ],
    )
    def test_invariant_violations_rejected_by_both(self, change: dict[str, Any], why: str) -> None:
        """Each invariant's violation is rejected by the schema and by from_dict."""
        data = {"headline": "Banjir", "body": [{"text": "Hujan."}], **change}
        assert not VALIDATOR.is_valid(data), why
        with pytest.raises(ModelDataError):
            from_dict(data)

    def test_padding_is_normalised_not_rejected(self) -> None:
        """The schema describes the canonical (stripped) form; from_dict strips input padding."""
        data = {"headline": " padded "}
        assert not VALIDATOR.is_valid(data)
        assert from_dict(data).headline == "padded"

    def test_span_inside_block_is_from_dict_only(self) -> None:
        """JSON Schema cannot compare a span with its block's length: from_dict checks it, the schema cannot."""
        data = {
            "headline": "x",
            "body": [{"text": "abc"}],
            "quotes": [{"text": "a", "span": {"block": 0, "start": 0, "end": 9}}],
        }
        assert VALIDATOR.is_valid(data)
        with pytest.raises(ModelDataError, match="past the end of block 0"):
            from_dict(data)

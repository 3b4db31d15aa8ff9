"""Tests for newsmodel.jsonld._write: the NewsArticle JSON-LD newsmodel emits."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from newsmodel import (
    Article,
    Attribution,
    BlockKind,
    Dateline,
    ImageObject,
    Organization,
    Paragraph,
    PartialDate,
    Person,
    Quote,
    QuoteKind,
    Span,
    Subject,
    loads,
)
from newsmodel.jsonld import NS, SCHEMA_CONTEXT, dumps_jsonld, to_jsonld
from tests.helpers import DATA

WIB = dt.timezone(dt.timedelta(hours=7))
SEED = DATA / "jsonld" / "seed-article.json"


def seed() -> Article:
    return loads(SEED.read_text(encoding="utf-8"))


class TestShape:
    def test_context_and_type(self) -> None:
        """Plain output has the schema.org context and the NewsArticle type."""
        doc = to_jsonld(Article(headline="Hujan"))
        assert doc == {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hujan"}

    def test_lossless_context_declares_the_namespace(self) -> None:
        """Lossless output declares the nm prefix and each extension term in a list context."""
        context = to_jsonld(Article(headline="Hujan"), lossless=True)["@context"]
        assert context[0] == SCHEMA_CONTEXT
        assert context[1]["nm"] == NS
        assert context[1]["nm:blocks"] == {"@id": "nm:blocks", "@container": "@list"}

    def test_field_mapping(self) -> None:
        """Each article field lands in its schema.org property."""
        doc = to_jsonld(seed())
        assert doc["headline"].startswith("Putin Tolak")
        assert doc["inLanguage"] == "id"
        assert doc["articleSection"] == "Internasional"
        assert doc["keywords"] == ["Vladimir Putin", "Donald Trump", "Perang Rusia Ukraina"]
        assert doc["url"] == doc["mainEntityOfPage"]["@id"]
        assert doc["mainEntityOfPage"]["@type"] == "WebPage"
        assert doc["dateline"] == "Beritagosip.com"
        assert doc["wordCount"] == seed().word_count
        assert doc["articleBody"] == seed().text
        assert doc["isAccessibleForFree"] is True
        assert doc["image"] == [
            {
                "@type": "ImageObject",
                "url": "https://beritagosip.com/wp-content/uploads/2025/07/trump-putin.jpg",
                "caption": "Presiden AS Donald Trump dan Presiden Rusia Vladimir Putin",
                "width": 1200,
                "height": 675,
            }
        ]

    def test_matches_golden_files(self) -> None:
        """The seed article's output is stable (golden files in tests/data/jsonld)."""
        for lossless, name in ((False, "seed-article.jsonld"), (True, "seed-article.lossless.jsonld")):
            expected = json.loads((DATA / "jsonld" / name).read_text(encoding="utf-8"))
            assert to_jsonld(seed(), lossless=lossless) == expected

    def test_dumps_is_json_of_to_jsonld(self) -> None:
        """dumps_jsonld is json.dumps of to_jsonld, keeping non-ASCII characters."""
        article = Article(headline="Gempa di Palu — warga mengungsi")
        text = dumps_jsonld(article, indent=2)
        assert "—" in text
        assert json.loads(text) == to_jsonld(article)


class TestDates:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (dt.datetime(2025, 7, 4, 8, 15, tzinfo=WIB), "2025-07-04T08:15:00+07:00"),
            (dt.datetime(2025, 7, 4, 1, 15, tzinfo=dt.UTC), "2025-07-04T01:15:00+00:00"),
            (dt.date(2025, 7, 4), "2025-07-04"),
            (PartialDate(year=2025, month=7), "2025-07"),
            (PartialDate(year=2025), "2025"),
        ],
    )
    def test_iso_with_offset_and_precision(self, value: Any, expected: str) -> None:
        """Datetimes keep their offset; dates and partial dates keep their precision."""
        doc = to_jsonld(Article(headline="x", date_published=value, date_modified=value, date_created=value))
        assert doc["datePublished"] == doc["dateModified"] == doc["dateCreated"] == expected


class TestAgents:
    def test_author_objects_hold_only_the_name(self) -> None:
        """Each author is one object; the job title and affiliation have their own properties."""
        kompas = Organization(name="Kompas.com", url="https://www.kompas.com/")
        author = Person(
            name="Yoga Sukmana",
            job_title="Wartawan",
            affiliation=kompas,
            url="https://indeks.kompas.com/profile/2484",
            same_as=["https://twitter.com/yoga"],
        )
        doc = to_jsonld(Article(headline="x", authors=[author, Organization(name="Tim Redaksi")]))
        assert doc["author"] == [
            {
                "@type": "Person",
                "name": "Yoga Sukmana",
                "jobTitle": "Wartawan",
                "affiliation": {"@type": "Organization", "name": "Kompas.com", "url": "https://www.kompas.com/"},
                "url": "https://indeks.kompas.com/profile/2484",
                "sameAs": ["https://twitter.com/yoga"],
            },
            {"@type": "Organization", "name": "Tim Redaksi"},
        ]

    def test_publisher_logo_is_an_image_object(self) -> None:
        """The publisher is an Organization whose logo is an ImageObject."""
        org = Organization(name="Beritagosip.com", logo="https://beritagosip.com/logo.png")
        doc = to_jsonld(Article(headline="x", publisher=org))
        assert doc["publisher"]["logo"] == {"@type": "ImageObject", "url": "https://beritagosip.com/logo.png"}

    def test_repeated_entity_is_written_once_then_referenced(self) -> None:
        """An entity in two places is written in full once with an @id, then referenced by it."""
        org = Organization(name="Beritagosip.com", url="https://beritagosip.com/")
        doc = to_jsonld(Article(headline="x", publisher=org, copyright_holder=org))
        ident = doc["publisher"]["@id"]
        assert doc["publisher"]["name"] == "Beritagosip.com"
        assert doc["copyrightHolder"] == {"@id": ident}

    def test_single_entities_have_no_id(self) -> None:
        """An entity that appears once carries no @id."""
        doc = to_jsonld(Article(headline="x", authors=[Person(name="A")]))
        assert "@id" not in doc["author"][0]


class TestQuotations:
    def test_quotation_links_its_speaker_by_reference(self) -> None:
        """Each quotation is a Quotation under hasPart; the speaker is in mentions once, referenced twice."""
        doc = to_jsonld(seed())
        parts = doc["hasPart"]
        assert [p["@type"] for p in parts] == ["Quotation"] * 8
        assert parts[1]["text"] == "Rusia tidak akan mundur"
        ident = parts[1]["spokenByCharacter"]["@id"]
        assert parts[1]["creator"] == {"@id": ident}
        mentioned = {m["@id"]: m for m in doc["mentions"]}
        assert mentioned[ident]["name"] == "Yuri Ushakov"
        assert mentioned[ident]["jobTitle"] == "penasihat Kremlin"
        assert len(doc["mentions"]) == len({m["name"] for m in doc["mentions"]}) == 5

    def test_subjects_are_defined_terms_in_about(self) -> None:
        """Subjects become DefinedTerm items of about, with the QCode and URI."""
        subject = Subject(
            name="politik", code="medtop:11000000", uri="https://cv.iptc.org/newscodes/mediatopic/11000000"
        )
        doc = to_jsonld(Article(headline="x", subjects=[subject]))
        assert doc["about"] == [
            {
                "@type": "DefinedTerm",
                "name": "politik",
                "termCode": "medtop:11000000",
                "url": "https://cv.iptc.org/newscodes/mediatopic/11000000",
            }
        ]

    def test_plain_output_has_no_extension_terms(self) -> None:
        """Without lossless, no nm: term appears anywhere."""
        assert "nm:" not in dumps_jsonld(seed())

    def test_lossless_terms(self) -> None:
        """Lossless output carries block kinds and lengths, quote kinds, cues, mentions and spans."""
        body = (Paragraph(text="Judul", kind=BlockKind.HEADING), Paragraph(text='"Tidak," kata dia.'))
        attribution = Attribution(
            speaker=None, mention="dia", cue="kata", addressee="wartawan", cue_span=Span(block=1, start=9, end=13)
        )
        quote = Quote(text="Tidak", kind=QuoteKind.DIRECT, attribution=attribution, span=Span(block=1, start=1, end=6))
        article = Article(
            headline="x", body=body, quotes=[quote], dateline=Dateline(text="JAKARTA, KOMPAS.com", place="JAKARTA")
        )
        doc = to_jsonld(article, lossless=True)
        assert doc["nm:blocks"] == [
            {"nm:kind": "heading", "nm:length": 5},
            {"nm:kind": "paragraph", "nm:length": 18},
        ]
        assert doc["nm:datelinePlace"] == "JAKARTA"
        assert "nm:datelineSource" not in doc
        (part,) = doc["hasPart"]
        assert "spokenByCharacter" not in part
        assert part["nm:quoteKind"] == "direct"
        assert part["nm:span"] == {"nm:block": 1, "nm:start": 1, "nm:end": 6}
        assert part["nm:attribution"] == {
            "nm:mention": "dia",
            "nm:cue": "kata",
            "nm:addressee": "wartawan",
            "nm:cueSpan": {"nm:block": 1, "nm:start": 9, "nm:end": 13},
        }

    def test_image_format_and_size(self) -> None:
        """content_type and size go to encodingFormat and contentSize."""
        image = ImageObject(url="https://a.id/x.jpg", credit="Antara/Foto", content_type="image/jpeg", size=52341)
        (node,) = to_jsonld(Article(headline="x", images=[image]))["image"]
        assert node["creditText"] == "Antara/Foto"
        assert node["encodingFormat"] == "image/jpeg"
        assert node["contentSize"] == "52341 B"

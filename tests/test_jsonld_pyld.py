"""Offline JSON-LD processing: pyld expands newsmodel's output with a local schema.org context, dropping nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pyld import jsonld
from pyld.documentloader.frozen import FrozenDocumentLoader

from newsmodel import Article, loads
from newsmodel.jsonld import NS, to_jsonld
from tests.helpers import DATA, shared_path

# Every spelling of the schema.org context a document may name; the frozen loader matches
# URLs exactly and refuses anything else, so nothing is fetched.
CONTEXT_URLS = (
    "https://schema.org",
    "https://schema.org/",
    "http://schema.org",
    "http://schema.org/",
    "https://schema.org/docs/jsonldcontext.jsonld",
    "http://schema.org/docs/jsonldcontext.jsonld",
)
SCHEMA_IRI = "http://schema.org/"  # the context's @vocab


@pytest.fixture
def loader() -> Iterator[FrozenDocumentLoader]:
    context = shared_path("corpora", "schemaorg", "schemaorgcontext.jsonld")
    jsonld._resolved_context_cache.clear()  # pyld caches contexts globally; start clean
    yield FrozenDocumentLoader(documents=dict.fromkeys(CONTEXT_URLS, context))
    jsonld._resolved_context_cache.clear()


def seed() -> Article:
    return loads((DATA / "jsonld" / "seed-article.json").read_text(encoding="utf-8"))


def terms(value: Any) -> Iterator[str]:
    """Every property name used in a compact document (keywords and @context left out)."""
    if isinstance(value, list):
        for item in value:
            yield from terms(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key == "@context":
                continue
            if not key.startswith("@"):
                yield key
            yield from terms(item)


def iris(value: Any) -> Iterator[str]:
    """Every property IRI used in an expanded document."""
    if isinstance(value, list):
        for item in value:
            yield from iris(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not key.startswith("@"):
                yield key
            yield from iris(item)


def expected_iri(term: str) -> str:
    prefix, _, name = term.partition(":")
    return NS + name if prefix == "nm" and name else SCHEMA_IRI + term


@pytest.mark.parametrize("lossless", [False, True])
def test_every_term_maps_to_an_iri(loader: FrozenDocumentLoader, lossless: bool) -> None:
    """Expanding the seed's output keeps every term, schema.org and nm: extensions alike."""
    doc = to_jsonld(seed(), lossless=lossless)
    expanded = jsonld.expand(doc, {"documentLoader": loader})
    used = set(terms(doc))
    assert set(iris(expanded)) == {expected_iri(term) for term in used}
    assert any(term.startswith("nm:") for term in used) is lossless


@pytest.mark.parametrize("url", CONTEXT_URLS)
def test_context_spellings_load_offline(loader: FrozenDocumentLoader, url: str) -> None:
    """Each spelling of the schema.org context expands from the local file."""
    doc = {**to_jsonld(Article(headline="Hujan")), "@context": url}
    expanded = jsonld.expand(doc, {"documentLoader": loader})
    assert expanded[0][SCHEMA_IRI + "headline"] == [{"@value": "Hujan"}]


def test_quotation_speakers_are_one_node(loader: FrozenDocumentLoader) -> None:
    """In RDF, a quotation's spokenByCharacter and creator and the article's mention are the same node."""
    quads = jsonld.to_rdf(to_jsonld(seed()), {"documentLoader": loader, "format": "application/n-quads"})
    spoken = {line.split()[2] for line in quads.splitlines() if "/spokenByCharacter>" in line}
    created = {line.split()[2] for line in quads.splitlines() if "/creator>" in line}
    mentioned = {line.split()[2] for line in quads.splitlines() if "/mentions>" in line}
    assert spoken == created == mentioned
    assert len(spoken) == 5


def test_ordered_blocks_stay_ordered(loader: FrozenDocumentLoader) -> None:
    """nm:blocks is an @list, so the block order survives expansion."""
    expanded = jsonld.expand(to_jsonld(seed(), lossless=True), {"documentLoader": loader})
    (blocks,) = expanded[0][NS + "blocks"]
    lengths = [item[NS + "length"][0]["@value"] for item in blocks["@list"]]
    assert lengths == [len(p.text) for p in seed().body]

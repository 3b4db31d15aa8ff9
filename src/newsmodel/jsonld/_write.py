"""Write an Article as schema.org NewsArticle JSON-LD, optionally with lossless extension terms."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from newsmodel._model import (
    Article,
    Attribution,
    DateValue,
    ImageObject,
    Organization,
    PartialDate,
    Person,
    Quote,
    Span,
    Subject,
)
from newsmodel.dates import whole_minute_offset

__all__ = ["NS", "PREFIX", "SCHEMA_CONTEXT", "dumps_jsonld", "lossless_context", "to_jsonld"]

#: The context of every document newsmodel writes.
SCHEMA_CONTEXT = "https://schema.org"
#: The namespace of newsmodel's extension terms (``lossless=True``).
NS = "https://newsmodel.dev/ns#"
#: The prefix that stands for :data:`NS` in the output.
PREFIX = "nm"

# Extension terms whose arrays are ordered: declared as @list so RDF keeps the order.
_LIST_TERMS = ("blocks",)
# Every extension term newsmodel writes, with what it carries (see docs/jsonld.md).
EXTENSION_TERMS: Mapping[str, str] = MappingProxyType(
    {
        "blocks": "the body's blocks in order, each with its kind and length in articleBody",
        "kind": "a block's kind: paragraph, heading, list_item or blockquote",
        "length": "a block's length in characters",
        "datelinePlace": "the dateline's place as printed",
        "datelineSource": "the dateline's source (outlet or agency) as printed",
        "quoteKind": "how a quotation is reported: direct, indirect or partial",
        "span": "where a quotation is in the body",
        "attribution": "how the text attributes a quotation (present even when empty)",
        "mention": "the speaker as written at the cue",
        "cue": "the reporting word",
        "addressee": "to whom it was said",
        "cueSpan": "where the cue is in the body",
        "mentionSpan": "where the mention is in the body",
        "block": "a span's block index",
        "start": "a span's first character",
        "end": "a span's end (exclusive)",
    }
)


def _nm(name: str) -> str:
    return f"{PREFIX}:{name}"


def lossless_context() -> list[Any]:
    """The ``@context`` of lossless output: schema.org plus the ``nm:`` extension terms.

    Returns:
        ``["https://schema.org", {"nm": NS, "nm:blocks": {...}, ...}]``, a new list each call.

    Example:
        >>> lossless_context()[1]["nm"]
        'https://newsmodel.dev/ns#'
    """
    terms: dict[str, Any] = {PREFIX: NS}
    for name in EXTENSION_TERMS:
        definition: dict[str, str] = {"@id": _nm(name)}
        if name in _LIST_TERMS:
            definition["@container"] = "@list"
        terms[_nm(name)] = definition
    return [SCHEMA_CONTEXT, terms]


def _date(value: DateValue) -> str:
    # PartialDate keeps its precision ("2025-07"); datetimes are aware, so isoformat has the
    # offset, which must be whole minutes to be ISO 8601 (local mean time becomes UTC).
    if isinstance(value, dt.datetime):
        return whole_minute_offset(value).isoformat()
    if isinstance(value, dt.date | PartialDate):
        return value.isoformat()
    raise TypeError(type(value).__name__)  # pragma: no cover - the model forbids it


def _compact(node: dict[str, Any]) -> dict[str, Any]:
    """Drop keys whose value is ``None`` or an empty list."""
    return {key: value for key, value in node.items() if value is not None and value != []}


class _Agents:
    """Writes people and organizations, giving an ``@id`` to those that appear more than once."""

    def __init__(self, article: Article) -> None:
        self.counts = Counter(_agents_in(article))
        self.ids: dict[Person | Organization, str] = {}

    def ref_or_node(self, agent: Person | Organization) -> dict[str, Any]:
        """A ``{"@id"}`` reference when ``agent`` was written before, else its full node."""
        if agent in self.ids:
            return {"@id": self.ids[agent]}
        ident = None
        if self.counts[agent] > 1:
            ident = f"_:{PREFIX}{len(self.ids) + 1}"
            self.ids[agent] = ident
        node = self._person(agent) if isinstance(agent, Person) else self._organization(agent)
        return {"@id": ident, **node} if ident else node

    def _person(self, person: Person) -> dict[str, Any]:
        return _compact(
            {
                "@type": "Person",
                "name": person.name,
                "jobTitle": person.job_title,
                "affiliation": None if person.affiliation is None else self.ref_or_node(person.affiliation),
                "url": person.url,
                "sameAs": list(person.same_as),
            }
        )

    def _organization(self, org: Organization) -> dict[str, Any]:
        return _compact(
            {
                "@type": "Organization",
                "name": org.name,
                "url": org.url,
                "logo": None if org.logo is None else {"@type": "ImageObject", "url": org.logo},
                "sameAs": list(org.same_as),
            }
        )


def _with_affiliations(agent: Person | Organization) -> Iterator[Person | Organization]:
    yield agent
    if isinstance(agent, Person) and agent.affiliation is not None:
        yield agent.affiliation


def _speakers(article: Article) -> list[Person | Organization]:
    """The distinct resolved speakers, in order of first quotation."""
    found: dict[Person | Organization, None] = {}
    for quote in article.quotes:
        if quote.attribution is not None and quote.attribution.speaker is not None:
            found.setdefault(quote.attribution.speaker)
    return list(found)


def _agents_in(article: Article) -> Iterator[Person | Organization]:
    """Every position where the writer puts an agent, so repeated ones can share an ``@id``."""
    positions: list[Person | Organization] = [*article.authors]
    positions += [a for a in (article.publisher, article.copyright_holder) if a is not None]
    positions += _speakers(article)
    for quote in article.quotes:
        if quote.attribution is not None and quote.attribution.speaker is not None:
            positions += [quote.attribution.speaker, quote.attribution.speaker]  # spokenByCharacter, creator
    for agent in positions:
        yield from _with_affiliations(agent)


def _image(image: ImageObject) -> dict[str, Any]:
    return _compact(
        {
            "@type": "ImageObject",
            "url": image.url,
            "caption": image.caption,
            "creditText": image.credit,
            "width": image.width,
            "height": image.height,
            "encodingFormat": image.content_type,
            "contentSize": None if image.size is None else f"{image.size} B",
        }
    )


def _subject(subject: Subject) -> dict[str, Any]:
    return _compact({"@type": "DefinedTerm", "name": subject.name, "termCode": subject.code, "url": subject.uri})


def _span(span: Span | None) -> dict[str, int] | None:
    if span is None:
        return None
    return {_nm("block"): span.block, _nm("start"): span.start, _nm("end"): span.end}


def _attribution(attribution: Attribution) -> dict[str, Any]:
    return _compact(
        {
            _nm("mention"): attribution.mention,
            _nm("cue"): attribution.cue,
            _nm("addressee"): attribution.addressee,
            _nm("cueSpan"): _span(attribution.cue_span),
            _nm("mentionSpan"): _span(attribution.mention_span),
        }
    )


def _quotation(quote: Quote, agents: _Agents, *, lossless: bool) -> dict[str, Any]:
    speaker = None if quote.attribution is None else quote.attribution.speaker
    node: dict[str, Any] = {"@type": "Quotation", "text": quote.text}
    if speaker is not None:
        node["spokenByCharacter"] = agents.ref_or_node(speaker)
        node["creator"] = agents.ref_or_node(speaker)
    if lossless:
        node[_nm("quoteKind")] = quote.kind.value
        if quote.span is not None:
            node[_nm("span")] = _span(quote.span)
        if quote.attribution is not None:
            node[_nm("attribution")] = _attribution(quote.attribution)
    return node


def _lossless_terms(article: Article) -> dict[str, Any]:
    terms: dict[str, Any] = {}
    if article.body:
        terms[_nm("blocks")] = [{_nm("kind"): b.kind.value, _nm("length"): len(b.text)} for b in article.body]
    if article.dateline is not None:
        terms[_nm("datelinePlace")] = article.dateline.place
        terms[_nm("datelineSource")] = article.dateline.source
    return terms


def to_jsonld(article: Article, *, lossless: bool = False) -> dict[str, Any]:
    """``article`` as a schema.org ``NewsArticle`` JSON-LD object, ready for ``json.dumps``.

    Dates are ISO 8601 with their offset (partial dates keep their precision); authors,
    publisher and speakers are Person/Organization objects, and an entity that appears more
    than once is written in full once with an ``@id`` and referenced elsewhere; quotations
    are ``Quotation`` items under ``hasPart``. With ``lossless=True`` the ``@context`` also
    declares the ``nm:`` namespace (``https://newsmodel.dev/ns#``) and the output carries what
    schema.org cannot (block kinds, quote kinds, cues, mentions, spans), so
    :func:`~newsmodel.from_jsonld` gives back an equal article.

    Args:
        article: The article to write.
        lossless: Add the ``nm:`` extension terms.

    Returns:
        A JSON-ready dict.

    Example:
        >>> from newsmodel import Article, Person
        >>> doc = to_jsonld(Article(headline="Hujan di Jakarta", authors=[Person(name="Redaksi")]))
        >>> doc["@type"], doc["author"]
        ('NewsArticle', [{'@type': 'Person', 'name': 'Redaksi'}])
    """
    agents = _Agents(article)
    node: dict[str, Any] = {
        "@context": lossless_context() if lossless else SCHEMA_CONTEXT,
        "@type": "NewsArticle",
        "headline": article.headline,
        "alternativeHeadline": article.alternative_headline,
        "description": article.description,
        "url": article.url,
        "mainEntityOfPage": None if article.url is None else {"@type": "WebPage", "@id": article.url},
        "identifier": article.identifier,
        "inLanguage": article.language,
        "datePublished": None if article.date_published is None else _date(article.date_published),
        "dateModified": None if article.date_modified is None else _date(article.date_modified),
        "dateCreated": None if article.date_created is None else _date(article.date_created),
        "dateline": None if article.dateline is None else article.dateline.text,
        "articleSection": article.section,
        "keywords": list(article.keywords),
        "author": [agents.ref_or_node(author) for author in article.authors],
        "publisher": None if article.publisher is None else agents.ref_or_node(article.publisher),
        "copyrightHolder": None if article.copyright_holder is None else agents.ref_or_node(article.copyright_holder),
        "isAccessibleForFree": article.is_accessible_for_free,
        "image": [_image(image) for image in article.images],
        "about": [_subject(subject) for subject in article.subjects],
        "mentions": [agents.ref_or_node(speaker) for speaker in _speakers(article)],
        "wordCount": article.word_count if article.body else None,
        "articleBody": article.text if article.body else None,
        "hasPart": [_quotation(quote, agents, lossless=lossless) for quote in article.quotes],
    }
    if lossless:
        node.update(_lossless_terms(article))
    return _compact(node)


def dumps_jsonld(article: Article, *, lossless: bool = False, indent: int | None = None) -> str:
    """``article`` as JSON-LD text (see :func:`to_jsonld`), UTF-8 characters kept as they are.

    Args:
        article: The article to write.
        lossless: Add the ``nm:`` extension terms.
        indent: Passed to :func:`json.dumps`.

    Returns:
        The JSON text.

    Example:
        >>> from newsmodel import Article
        >>> dumps_jsonld(Article(headline="Hujan"))
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hujan"}'
    """
    return json.dumps(to_jsonld(article, lossless=lossless), ensure_ascii=False, indent=indent)

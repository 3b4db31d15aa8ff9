"""IPTC NewsML-G2: read news items into Articles, write Articles as news items, check feeds.

``parse_newsml`` reads one news item, ``iter_newsml`` streams the items of a newsMessage
in constant memory, ``to_newsml`` writes a NewsML-G2 2.35 newsItem (power conformance)
that the official schema accepts, and ``validate_newsml`` checks a document with built-in
rules (and the official XSD when given its path). Parsing is safe: no DTDs, no entities,
no network, bounded size; catalogs are never fetched.
"""

from __future__ import annotations

from newsmodel.newsml._read import iter_newsml, parse_newsml
from newsmodel.newsml._rules import validate_newsml
from newsmodel.newsml._write import to_newsml

__all__ = ["iter_newsml", "parse_newsml", "to_newsml", "validate_newsml"]

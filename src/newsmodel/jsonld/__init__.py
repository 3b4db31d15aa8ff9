"""schema.org NewsArticle JSON-LD: write an Article, read sites' JSON-LD back, validate documents.

Example:
    >>> from newsmodel import Article
    >>> from newsmodel.jsonld import from_jsonld, to_jsonld
    >>> article = Article(headline="Hujan deras di Jakarta", language="id")
    >>> from_jsonld(to_jsonld(article)) == article
    True
"""

from newsmodel.jsonld._read import JsonInput, find_articles, from_jsonld, read_jsonld
from newsmodel.jsonld._validate import validate_jsonld
from newsmodel.jsonld._write import NS, SCHEMA_CONTEXT, dumps_jsonld, lossless_context, to_jsonld

__all__ = [
    "NS",
    "SCHEMA_CONTEXT",
    "JsonInput",
    "dumps_jsonld",
    "find_articles",
    "from_jsonld",
    "lossless_context",
    "read_jsonld",
    "to_jsonld",
    "validate_jsonld",
]

"""newsmodel: news articles as typed, validated, linked data.

Parse news HTML and NewsML-G2 into a frozen :class:`Article`, find its quotations and
speakers, and write schema.org NewsArticle JSON-LD or NewsML-G2.

Example:
    >>> import newsmodel
    >>> article = newsmodel.Article(headline="Hujan deras di Jakarta", language="id")
    >>> newsmodel.loads(newsmodel.dumps(article)) == article
    True
"""

from newsmodel._model import (
    Article,
    Attribution,
    BlockKind,
    Dateline,
    DateValue,
    ImageObject,
    Organization,
    Paragraph,
    PartialDate,
    Person,
    Quote,
    QuoteKind,
    Span,
    Subject,
)
from newsmodel._report import Issue, Report
from newsmodel._version import __version__
from newsmodel.converters import dumps, from_dict, loads, to_dict
from newsmodel.exceptions import (
    DateParseError,
    InvalidModelError,
    ModelDataError,
    NewsModelError,
    NotAnArticleError,
    ParseError,
    UnsupportedItemError,
    ValidationError,
    XMLSecurityError,
)
from newsmodel.html import parse_html
from newsmodel.jsonld import dumps_jsonld, from_jsonld, to_jsonld, validate_jsonld
from newsmodel.newsml import iter_newsml, parse_newsml, to_newsml, validate_newsml
from newsmodel.quotes import extract_quotes

__all__ = [
    "Article",
    "Attribution",
    "BlockKind",
    "DateParseError",
    "DateValue",
    "Dateline",
    "ImageObject",
    "InvalidModelError",
    "Issue",
    "ModelDataError",
    "NewsModelError",
    "NotAnArticleError",
    "Organization",
    "Paragraph",
    "ParseError",
    "PartialDate",
    "Person",
    "Quote",
    "QuoteKind",
    "Report",
    "Span",
    "Subject",
    "UnsupportedItemError",
    "ValidationError",
    "XMLSecurityError",
    "__version__",
    "dumps",
    "dumps_jsonld",
    "extract_quotes",
    "from_dict",
    "from_jsonld",
    "iter_newsml",
    "loads",
    "parse_html",
    "parse_newsml",
    "to_dict",
    "to_jsonld",
    "to_newsml",
    "validate_jsonld",
    "validate_newsml",
]

"""HTML article pages to :class:`~newsmodel.Article`: decode, parse once, metadata, main text, dateline.

Example:
    >>> from newsmodel.html import parse_html
    >>> article = parse_html(
    ...     b"<html><head><meta property='og:title' content='Hujan Deras'><meta property='og:type' content='article'>"
    ...     b"</head><body><p>Jakarta - Hujan deras mengguyur ibu kota sejak pagi, dan banjir merendam"
    ...     b" puluhan rumah di bantaran kali.</p></body></html>"
    ... )
    >>> article.headline, article.dateline.place
    ('Hujan Deras', 'Jakarta')
"""

from newsmodel.html._parse import parse_html

__all__ = ["parse_html"]

"""Quotations and their speakers: direct, partial and indirect speech in Indonesian and English news.

Example:
    >>> from newsmodel.quotes import extract_quotes
    >>> [q.text for q in extract_quotes(['"Kami siap," kata Budi.'])]
    ['Kami siap']
"""

from newsmodel.quotes._extract import extract_quotes

__all__ = ["extract_quotes"]

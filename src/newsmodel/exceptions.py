"""Every error newsmodel raises, rooted at :class:`NewsModelError`.

The tree::

    NewsModelError
    ├── InvalidModelError (ValueError)      a model was built with data that breaks an invariant
    ├── ModelDataError (ValueError)         plain/JSON-LD data does not fit the model (JSON paths)
    ├── ParseError (ValueError)             input could not be read (source, line, column, path)
    │   ├── DateParseError                  a date string could not be read
    │   ├── NotAnArticleError               the input is a page or item, but not an article
    │   └── XMLSecurityError                the XML uses a forbidden feature (DTD, entities)
    ├── UnsupportedItemError (ValueError)   a well-formed item of a kind newsmodel does not model
    └── ValidationError (ValueError)        a document failed validation (carries a report)

Callers catch :class:`NewsModelError` to handle anything the library rejects; the builtin
bases let code that already catches ``ValueError`` keep working.

This module depends on nothing else in newsmodel.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "DateParseError",
    "InvalidModelError",
    "ModelDataError",
    "NewsModelError",
    "NotAnArticleError",
    "ParseError",
    "UnsupportedItemError",
    "ValidationError",
    "XMLSecurityError",
]


class NewsModelError(Exception):
    """The root of every error newsmodel raises."""


class InvalidModelError(NewsModelError, ValueError):
    """A model object was constructed with a value that breaks one of its invariants.

    Attributes:
        model: The class name, e.g. ``"Article"``.
        field: The attribute name, e.g. ``"headline"``.
        reason: What is wrong, in words.
    """

    def __init__(self, model: str, field: str, reason: str) -> None:
        self.model = model
        self.field = field
        self.reason = reason
        super().__init__(f"{model}.{field}: {reason}")


class ModelDataError(NewsModelError, ValueError):
    """Plain data could not be turned into a model.

    Attributes:
        errors: ``(json_path, message)`` pairs, one per problem, e.g.
            ``("$.authors[1].name", "expected a string, got int")``.
    """

    def __init__(self, errors: list[tuple[str, str]], *, source: str | None = None) -> None:
        self.errors = tuple(errors)
        self.source = source
        self.path = self.errors[0][0] if self.errors else "$"
        lines = "; ".join(f"{path}: {message}" for path, message in self.errors)
        prefix = f"{source}: " if source else ""
        super().__init__(f"{prefix}{lines}" if lines else f"{prefix}invalid data")


class ParseError(NewsModelError, ValueError):
    """The input could not be parsed.

    Attributes:
        message: What went wrong.
        source: The file name or URL of the input, when known.
        line: 1-based line number, when known.
        column: 1-based column number, when known.
        path: A JSON path or XPath to the offending node, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
        path: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        self.path = path
        super().__init__(self._render())

    def _render(self) -> str:
        where = self.source or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        if self.path:
            where += f" ({self.path})"
        return f"{where}: {self.message}"


class DateParseError(ParseError):
    """A date string could not be read; ``text`` holds the string."""

    def __init__(self, text: str, reason: str = "not a date newsmodel can read") -> None:
        self.text = text
        super().__init__(f"{reason}: {text!r}")


class NotAnArticleError(ParseError):
    """The input is well formed but is not an article (an index page, a section front)."""


class XMLSecurityError(ParseError):
    """XML input used a feature newsmodel refuses for safety (DTDs, entities, huge input)."""


class UnsupportedItemError(NewsModelError, ValueError):
    """A well-formed item of a kind newsmodel does not model (e.g. a NewsML-G2 conceptItem).

    Attributes:
        item_class: What the item is, e.g. ``"conceptItem"`` or ``"ninat:composite"``.
        source: The file name, when known.
    """

    def __init__(self, item_class: str, *, source: str | None = None, detail: str = "") -> None:
        self.item_class = item_class
        self.source = source
        prefix = f"{source}: " if source else ""
        suffix = f" ({detail})" if detail else ""
        super().__init__(f"{prefix}unsupported item: {item_class}{suffix}")


class ValidationError(NewsModelError, ValueError):
    """A document failed validation; ``report`` holds every issue found."""

    def __init__(self, message: str, *, report: Any = None) -> None:
        self.report = report
        super().__init__(message)

"""Validation results: :class:`Issue` records gathered in a :class:`Report`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

import attrs

from newsmodel import _validators as v

__all__ = ["Issue", "Report", "Severity"]

Severity = Literal["error", "warning"]


def _severity(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value not in ("error", "warning"):
        raise v.fail(instance, attribute, f"must be 'error' or 'warning', got {value!r}")


@attrs.frozen(kw_only=True)
class Issue:
    """One problem found in a document, located as precisely as the format allows.

    Attributes:
        code: A stable identifier for the kind of problem (``"jsonld.unknown-property"``).
        message: What is wrong, for a person.
        severity: ``"error"`` or ``"warning"``.
        file: The file name, when known.
        line: 1-based line, when known.
        column: 1-based column, when known.
        pointer: A JSON path (``$.author[0].name``) or XPath to the node, when known.

    Example:
        >>> str(Issue(code="jsonld.missing-headline", message="headline is missing", file="a.json", line=1, column=1))
        'a.json:1:1: error jsonld.missing-headline: headline is missing'
    """

    code: str = attrs.field(validator=v.is_str)
    message: str = attrs.field(validator=v.is_str)
    severity: Severity = attrs.field(default="error", validator=_severity)
    file: str | None = None
    line: int | None = None
    column: int | None = None
    pointer: str | None = None

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        at = f" at {self.pointer}" if self.pointer else ""
        return f"{where}: {self.severity} {self.code}: {self.message}{at}"


def _issues(value: Iterable[Issue]) -> tuple[Issue, ...]:
    result: tuple[Issue, ...] = v.to_tuple(value)
    return result


@attrs.frozen(kw_only=True)
class Report:
    """The issues found in one or more documents.

    Example:
        >>> r = Report(issues=(Issue(code="x", message="y", severity="warning"),))
        >>> r.ok, len(r.errors), len(r.warnings)
        (True, 0, 1)
    """

    issues: tuple[Issue, ...] = attrs.field(default=(), converter=_issues)

    @property
    def ok(self) -> bool:
        """True when no issue is an error (warnings allowed)."""
        return not any(issue.severity == "error" for issue in self.issues)

    @property
    def errors(self) -> tuple[Issue, ...]:
        """The issues with severity ``"error"``."""
        return tuple(i for i in self.issues if i.severity == "error")

    @property
    def warnings(self) -> tuple[Issue, ...]:
        """The issues with severity ``"warning"``."""
        return tuple(i for i in self.issues if i.severity == "warning")

    def __add__(self, other: Report) -> Report:
        return Report(issues=self.issues + other.issues)

    @classmethod
    def of(cls, issues: Iterable[Issue]) -> Report:
        """Build a report from any iterable of issues."""
        return cls(issues=tuple(issues))

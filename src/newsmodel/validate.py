"""One entry point that validates any document newsmodel reads: JSON-LD, NewsML-G2 or HTML.

:func:`detect_format` decides what a file is (by its content when the extension lies),
:func:`validate_document` runs the right validators on bytes, :func:`validate_file` on a
path, and :func:`collect_files` expands the paths, directories and globs a command line
names. Every issue carries the file name, and line and column where the format allows.
"""

from __future__ import annotations

import enum
import glob
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TypeGuard

import attrs
from lxml import etree

from newsmodel._report import Issue, Report
from newsmodel.exceptions import NewsModelError, NotAnArticleError, ParseError

__all__ = [
    "EXTENSIONS",
    "Format",
    "collect_files",
    "detect_format",
    "is_plain_form",
    "report_to_json",
    "validate_document",
    "validate_file",
]


class Format(enum.Enum):
    """The document formats newsmodel validates."""

    JSONLD = "jsonld"
    NEWSML = "newsml"
    HTML = "html"


#: File extensions taken when a directory is walked, and the format each suggests (read-only).
EXTENSIONS: Mapping[str, Format] = MappingProxyType(
    {
        ".json": Format.JSONLD,
        ".jsonld": Format.JSONLD,
        ".xml": Format.NEWSML,
        ".html": Format.HTML,
        ".htm": Format.HTML,
    }
)

# Content sniffing on the first bytes after a BOM and white space (HTML spec §13.2.3.2
# prescan in spirit): JSON starts with { or [; HTML with a doctype, <html, or a comment
# followed by one of those; anything else starting with < is XML.
# A comment's body can hold no "-->", so each comment matches one way and the scan stays linear
# (".*?" could run on over later comments: exponential time on many of them).
_HTML_START = re.compile(
    rb"^(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S
)
_XML_DECL = re.compile(rb"^<\?xml[\s?]", re.I)
# A JSON-LD script element in a page.
_JSONLD_SCRIPTS = etree.XPath(
    "//script[translate(normalize-space(@type), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    " = 'application/ld+json']"
)


def detect_format(data: bytes, name: str | None = None) -> Format | None:
    """What ``data`` is: its content decides when it is clear, else the extension of ``name``.

    JSON counts as :attr:`Format.JSONLD`; a JSON object with no ``@`` keys at its top is read
    as newsmodel's own plain form by the validators.

    Args:
        data: The document's bytes.
        name: Its file name, for the extension.

    Returns:
        The format, or ``None`` when neither content nor extension says.

    Example:
        >>> detect_format(b'  {"@type": "NewsArticle"}', "feed.xml")
        <Format.JSONLD: 'jsonld'>
        >>> detect_format(b"<!DOCTYPE html><html></html>")
        <Format.HTML: 'html'>
        >>> detect_format(b'<?xml version="1.0"?> <!DOCTYPE html>')
        <Format.HTML: 'html'>
        >>> detect_format(b'<?xml version="1.0"?><newsItem/>', "a.html")
        <Format.NEWSML: 'newsml'>
    """
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    if head[:1] in (b"{", b"["):
        return Format.JSONLD
    if _HTML_START.match(head):
        return Format.HTML
    if _XML_DECL.match(head):
        # XHTML pages open with an XML declaration too: look past it for the html root.
        rest = head[head.find(b"?>") + 2 :].lstrip() if b"?>" in head else b""
        return Format.HTML if _HTML_START.match(rest) else Format.NEWSML
    by_name = EXTENSIONS.get(Path(name).suffix.lower()) if name else None
    if by_name is not None:
        return by_name
    if head.startswith(b"<"):
        return Format.NEWSML if b"<html" not in head[:1024].lower() else Format.HTML
    return None


def _validate_jsonld(data: bytes, name: str) -> Report:
    from newsmodel.jsonld import validate_jsonld  # noqa: PLC0415 - keeps `import newsmodel.validate` light
    from newsmodel.jsonld._text import load_json  # noqa: PLC0415

    try:
        value, fixes = load_json(data, source=name)
    except ParseError:
        value, fixes = None, []  # validate_jsonld reports the syntax error with its position
    if is_plain_form(value):
        return Report(issues=tuple(fixes)) + _validate_plain(data, value, name)
    return validate_jsonld(data, source=name)


def is_plain_form(value: object) -> TypeGuard[dict[str, object]]:
    """Whether parsed JSON is newsmodel's plain form: an object with no ``@`` keys at its top.

    Everything else JSON (an object with ``@context``/``@type``/``@graph``, an array) is JSON-LD.

    Example:
        >>> is_plain_form({"headline": "x"}), is_plain_form({"@type": "NewsArticle"}), is_plain_form([{}])
        (True, False, False)
    """
    return isinstance(value, dict) and not any(isinstance(key, str) and key.startswith("@") for key in value)


def _validate_plain(data: bytes, value: dict[str, object], name: str) -> Report:
    """Validate the plain JSON form (no ``@context``): every problem from_dict finds, located."""
    from newsmodel.converters import from_dict  # noqa: PLC0415
    from newsmodel.exceptions import ModelDataError  # noqa: PLC0415
    from newsmodel.jsonld._text import PositionIndex  # noqa: PLC0415

    try:
        from_dict(value)
    except ModelDataError as exc:
        index = PositionIndex(data.decode("utf-8-sig", errors="replace"))
        issues = []
        for pointer, message in exc.errors:
            line, column = index.locate(pointer)
            issues.append(
                Issue(code="model.invalid", message=message, file=name, line=line, column=column, pointer=pointer)
            )
        return Report(issues=tuple(issues))
    return Report()


def _validate_newsml(data: bytes, xsd: str | os.PathLike[str] | None) -> Report:
    from newsmodel.newsml import validate_newsml  # noqa: PLC0415 - keeps `import newsmodel.validate` light

    return validate_newsml(data, xsd=xsd)


def _article_blocks(tree: etree._Element | None) -> Iterator[tuple[int, etree._Element, str]]:
    """The page's JSON-LD blocks that hold an Article-like node, or that are not JSON at all.

    Other blocks (``WebSite``, ``BreadcrumbList``, ``Organization``) are for other rich
    results and are not validated as articles.
    """
    from newsmodel.jsonld import find_articles  # noqa: PLC0415
    from newsmodel.jsonld._text import load_json  # noqa: PLC0415

    found = _JSONLD_SCRIPTS(tree) if tree is not None else []
    scripts = [e for e in found if isinstance(e, etree._Element)] if isinstance(found, list) else []
    for number, script in enumerate(scripts):
        block = script.text or ""
        if not block.strip():
            continue
        try:
            value, _ = load_json(block)
        except ParseError:
            yield number, script, block  # validate_jsonld reports the syntax error
            continue
        if find_articles(value):
            yield number, script, block


def _validate_html(data: bytes, name: str) -> Report:
    from newsmodel.html._parse import article_from_tree, page_tree  # noqa: PLC0415 - keeps `import newsmodel.validate` light
    from newsmodel.jsonld import validate_jsonld  # noqa: PLC0415

    issues: list[Issue] = []
    # One decoding and one parse serve both checks: the embedded JSON-LD is read first,
    # because reading the article spends the tree (its scripts are stripped).
    tree: etree._Element | None = None
    try:
        tree = page_tree(data)
    except NewsModelError as exc:
        issues.append(_html_issue(exc, name))
    blocks = 0
    for number, script, block in _article_blocks(tree):
        blocks += 1
        # Shift positions in the block by the script element's own line in the page.
        start: object = script.sourceline  # lxml-stubs type it loosely
        first = start if isinstance(start, int) else 1
        for issue in validate_jsonld(block, source=name).issues:
            line = issue.line + first - 1 if issue.line is not None else first
            pointer = f"script[{number}]{(issue.pointer or '$')[1:]}"
            issues.append(attrs.evolve(issue, line=line, pointer=pointer))
    if tree is not None:
        try:
            article_from_tree(tree)
        except NewsModelError as exc:
            issues.append(_html_issue(exc, name))
    if not blocks:
        issues.append(
            Issue(
                code="html.no-jsonld",
                message="the page embeds no Article JSON-LD: search engines see no article structured data",
                severity="warning",
                file=name,
            )
        )
    return Report(issues=tuple(issues))


def _html_issue(exc: NewsModelError, name: str) -> Issue:
    """The issue a page that yields no article raises: not an article, unparsable, or invalid."""
    if isinstance(exc, NotAnArticleError):
        return Issue(code="html.not-an-article", message=exc.message, file=name)
    if isinstance(exc, ParseError):
        return Issue(code="html.parse", message=exc.message, file=name, line=exc.line, column=exc.column)
    return Issue(code="html.invalid", message=str(exc), file=name)


def validate_document(
    data: bytes,
    *,
    name: str = "<stdin>",
    format: Format | None = None,
    xsd: str | os.PathLike[str] | None = None,
) -> Report:
    """Validate one document's bytes with the validators of its format.

    Args:
        data: The document.
        name: The file name put in each issue (and used for the extension).
        format: Skip detection and validate as this format.
        xsd: For NewsML-G2, a path to the official XSD whose errors are added.

    Returns:
        A report whose issues all carry ``file=name``. A document whose format cannot be
        told gets one ``format.unknown`` error.

    Example:
        >>> report = validate_document(b'{"@context": "https://schema.org", "@type": "NewsArticle"}', name="a.json")
        >>> report.ok, report.errors[0].code, report.errors[0].file
        (False, 'jsonld.schema.required', 'a.json')
    """
    kind = format or detect_format(data, name)
    if kind is None:
        issue = Issue(code="format.unknown", message="not JSON-LD, NewsML-G2 or HTML", file=name, line=1, column=1)
        return Report(issues=(issue,))
    if kind is Format.JSONLD:
        report = _validate_jsonld(data, name)
    elif kind is Format.NEWSML:
        report = _validate_newsml(data, xsd)
    else:
        report = _validate_html(data, name)
    return Report(issues=tuple(i if i.file == name else attrs.evolve(i, file=name) for i in report.issues))


def validate_file(path: str | os.PathLike[str], *, xsd: str | os.PathLike[str] | None = None) -> Report:
    """Validate the file at ``path``; an unreadable file is an ``io.unreadable`` error, not an exception.

    Example:
        >>> validate_file("no/such/file.json").errors[0].code
        'io.unreadable'
    """
    name = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Report(issues=(Issue(code="io.unreadable", message=exc.strerror or str(exc), file=name),))
    return validate_document(data, name=name, xsd=xsd)


def collect_files(paths: Iterable[str]) -> Iterator[str]:
    """Expand command-line paths: files as given, directories walked for known extensions, globs.

    ``-`` (standard input) is passed through. Directories are walked in sorted order; hidden
    files and folders are skipped. A path that matches nothing is yielded as is, so that the
    caller reports it as unreadable rather than dropping it silently.

    Example:
        >>> list(collect_files(["-"]))
        ['-']
    """
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield raw
        elif glob.has_magic(raw):
            for match in sorted(glob.glob(raw, recursive=True)):
                if Path(match).is_dir():
                    yield from _walk(Path(match))
                else:
                    yield match
        else:
            yield raw


def _walk(folder: Path) -> Iterator[str]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if not file.startswith(".") and Path(file).suffix.lower() in EXTENSIONS:
                yield os.path.join(root, file)


def report_to_json(report: Report) -> list[dict[str, object]]:
    """The issues as JSON-ready dicts (for ``--format json``).

    Example:
        >>> report_to_json(Report(issues=(Issue(code="x", message="y", file="a.json", line=1),)))[0]["line"]
        1
    """
    keys = ("file", "line", "column", "pointer", "severity", "code", "message")
    return [{key: getattr(issue, key) for key in keys} for issue in report.issues]

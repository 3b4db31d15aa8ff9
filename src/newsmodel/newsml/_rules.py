"""Check NewsML-G2 documents: built-in rules that need no schema file, and the official XSD when given."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Final, cast

import attrs
from lxml import etree

from newsmodel import _xml
from newsmodel._report import Issue, Report, Severity
from newsmodel._text import parse_int
from newsmodel.exceptions import ParseError, XMLSecurityError
from newsmodel.newsml._names import (
    ADMIN,
    DESCRIPTIVE,
    ITEM_KINDS,
    ITEM_META_ORDER,
    ITEM_ORDER,
    NAR,
    NEWS_ITEM,
    PACKAGE_ITEM,
    QCODE,
    STANDARD_VERSION,
    XML_LANG,
    line_of,
    local,
    namespace,
)
from newsmodel.newsml._schema_data import ATTRIBUTE_KINDS, ATTRIBUTES, DECLARATIONS, GLOBAL, STRICT_WILDCARD

__all__ = ["load_schema", "validate_newsml"]

# RFC 3986 §2.1: "%" starts a percent-encoding of exactly two hex digits.
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# XML Schema Part 2 §3.3.3 language (xml:lang also allows "": xml.xsd).
_LANGUAGE = re.compile(r"^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$")
# XML Schema Part 2 §3.3.13 integer, §3.3.20 nonNegativeInteger: ASCII digits of any length
# (never "²" or "٣", which str.isdigit() takes); urgency (NewsML-G2 Int1to9Type) 1 to 9.
_XSD_INTEGER = re.compile(r"[+-]?[0-9]+")
_XSD_NON_NEGATIVE = re.compile(r"\+?[0-9]+")
_XSD_ONE_TO_NINE = re.compile(r"\+?0*[1-9]")
# XML Schema Part 2 §3.3.7 dateTime, §3.3.9 date, §3.3.14 gYearMonth, §3.3.11 gYear.
_ZONE = r"(?P<z>Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?"
_XSD_DATETIME = re.compile(
    r"^-?(?P<y>[0-9]{4,})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})"
    r"T(?P<H>[0-9]{2}):(?P<M>[0-9]{2}):(?P<S>[0-9]{2})(?:\.[0-9]+)?" + _ZONE + "$"
)
_XSD_DATE = re.compile(r"^-?(?P<y>[0-9]{4,})-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})" + _ZONE + "$")
_XSD_YEAR_MONTH = re.compile(r"^-?(?P<y>[0-9]{4,})-(?P<m>[0-9]{2})" + _ZONE + "$")
_XSD_YEAR = re.compile(r"^-?(?P<y>[0-9]{4,})" + _ZONE + "$")
# XML Schema Part 2 §4.3.6 whiteSpace=collapse: the characters trimmed before checking.
_XSD_SPACE = " \t\r\n"
_CONFORMANCE: Final = frozenset({"core", "power"})
#: How many lines above the reported one a start tag spread over several lines may begin.
_LOOK_BACK: Final = 40
_XML_NAMESPACE: Final = "http://www.w3.org/XML/1998/namespace"


@attrs.define
class _Checker:
    """Where the document came from, its lines (for columns), and the issues found."""

    source: str | None
    lines: list[bytes]
    issues: list[Issue] = attrs.field(factory=list)
    #: (line number, element name) → the columns (0-based) where such start tags begin on it.
    _starts: dict[tuple[int, str], list[int]] = attrs.field(factory=dict)
    #: Each element's rank among the elements of its name whose start tags end on its line.
    _ranks: dict[etree._Element, int] | None = None

    def add(self, code: str, message: str, element: etree._Element, severity: Severity = "error") -> None:
        line, column = self._position(element)
        self.issues.append(
            Issue(
                code=code,
                message=message,
                severity=severity,
                file=self.source,
                line=line,
                column=column,
                pointer=element.getroottree().getpath(element),
            )
        )

    def _position(self, element: etree._Element) -> tuple[int | None, int | None]:
        # lxml keeps no element columns, and libxml2 gives the line where a start tag ends:
        # on that line, the element is the n-th start tag of its name (n its rank among the
        # elements whose tags end there); a tag spread over several lines began further up.
        line = line_of(element)
        if line is None or not 0 < line <= len(self.lines):
            return line, None
        name = local(element)
        starts = self._tag_starts(line, name)
        rank = self._rank(element)
        if rank < len(starts):
            return line, starts[rank] + 1
        for number in range(line - 1, max(0, line - _LOOK_BACK), -1):
            starts = self._tag_starts(number, name)
            if starts:
                return number, starts[-1] + 1
        return line, None

    def _tag_starts(self, number: int, name: str) -> list[int]:
        """Where start tags named ``name`` begin on line ``number`` (each line is scanned once per name)."""
        found = self._starts.get((number, name))
        if found is None:
            text = self.lines[number - 1].decode("utf-8", "replace")
            pattern = re.compile(r"<(?:[\w.-]+:)?" + re.escape(name) + r"(?=[\s/>]|$)")
            found = self._starts[(number, name)] = [match.start() for match in pattern.finditer(text)]
        return found

    def _rank(self, element: etree._Element) -> int:
        if self._ranks is None:
            counts: dict[tuple[int | None, str], int] = {}
            ranks: dict[etree._Element, int] = {}
            for node in element.getroottree().iter():
                if isinstance(node.tag, str):
                    key = (line_of(node), local(node))
                    ranks[node] = counts.get(key, 0)
                    counts[key] = ranks[node] + 1
            self._ranks = ranks
        return self._ranks.get(element, 0)


# --- value checks -------------------------------------------------------------------------


def _valid_date(match: re.Match[str] | None) -> bool:
    if match is None:
        return False
    groups = match.groupdict()
    try:
        year = parse_int(groups["y"])  # None: more digits than any calendar, still an xs:dateTime year
        year = 9999 if year is None else year
        month = int(groups.get("m") or 1)
        day = int(groups.get("d") or 1)
        dt.date(max(1, min(year, 9999)), month, day)
    except ValueError:
        return False
    hour, minute, second = (int(groups.get(k) or 0) for k in ("H", "M", "S"))
    if hour == 24:
        return minute == 0 and second == 0
    return hour < 24 and minute < 60 and second < 60


def _check_datetime(element: etree._Element, checker: _Checker, *, allow_empty: bool = False) -> None:
    text = (element.text or "").strip(_XSD_SPACE)
    if not text and allow_empty:
        return
    match = _XSD_DATETIME.match(text)
    if not _valid_date(match):
        checker.add("newsml.date", f"{local(element)} {text!r} is not an xs:dateTime", element)
    elif match is not None and match.group("z") is None:
        checker.add("newsml.date-no-zone", f"{local(element)} {text!r} has no time zone", element, "warning")


def _check_truncated(element: etree._Element, checker: _Checker) -> None:
    text = (element.text or "").strip(_XSD_SPACE)
    patterns = (_XSD_DATETIME, _XSD_DATE, _XSD_YEAR_MONTH, _XSD_YEAR)
    if not any(_valid_date(pattern.match(text)) for pattern in patterns):
        checker.add("newsml.date", f"{local(element)} {text!r} is not a date, dateTime, gYearMonth or gYear", element)


def _check_date_opt_time(element: etree._Element, checker: _Checker) -> None:
    text = (element.text or "").strip(_XSD_SPACE)
    if not any(_valid_date(pattern.match(text)) for pattern in (_XSD_DATETIME, _XSD_DATE)):
        checker.add("newsml.date", f"{local(element)} {text!r} is not a date or dateTime", element)


def _check_urgency(element: etree._Element, checker: _Checker) -> None:
    text = (element.text or "").strip(_XSD_SPACE)
    if not _one_to_nine(text):
        checker.add("newsml.urgency", f"urgency {text!r} is not an integer from 1 to 9", element)


def _check_language(element: etree._Element, checker: _Checker) -> None:
    tag = (element.get("tag") or "").strip(_XSD_SPACE)
    if tag and not _LANGUAGE.match(tag):
        checker.add("newsml.language", f"language tag {tag!r} is not an xs:language", element)


#: Element local name → check of its value (names whose type is the same wherever declared).
_VALUE_CHECKS: Final[dict[str, Callable[[etree._Element, _Checker], None]]] = {
    "versionCreated": _check_datetime,
    "firstCreated": _check_datetime,
    "sent": _check_datetime,
    "embargoed": functools.partial(_check_datetime, allow_empty=True),
    "contentCreated": _check_truncated,
    "contentModified": _check_truncated,
    "expires": _check_date_opt_time,
    "urgency": _check_urgency,
    "language": _check_language,
}


def _qcodes(value: str) -> bool:
    return bool(value) and all(QCODE.match(token) for token in value.split())


def _iri(value: str) -> bool:
    return not _BAD_PERCENT.search(value)


def _non_negative(value: str) -> bool:
    return _XSD_NON_NEGATIVE.fullmatch(value) is not None


def _positive(value: str) -> bool:
    return _non_negative(value) and value.strip("+0") != ""


def _integer(value: str) -> bool:
    return _XSD_INTEGER.fullmatch(value) is not None


def _one_to_nine(value: str) -> bool:
    return _XSD_ONE_TO_NINE.fullmatch(value) is not None


def _date_opt_time(value: str) -> bool:
    return any(_valid_date(pattern.match(value)) for pattern in (_XSD_DATETIME, _XSD_DATE))


def _truncated(value: str) -> bool:
    return any(_valid_date(p.match(value)) for p in (_XSD_DATETIME, _XSD_DATE, _XSD_YEAR_MONTH, _XSD_YEAR))


#: Value kind (from the schema table) → (check of the collapsed value, what it should be).
_ATTRIBUTE_CHECKS: Final[dict[str, tuple[Callable[[str], bool], str]]] = {
    "qcode": (_qcodes, "a QCode (alias:code)"),
    "iri": (_iri, "an IRI ('%' must start a percent-encoding)"),
    "non-negative": (_non_negative, "a non-negative integer"),
    "positive": (_positive, "a positive integer"),
    "integer": (_integer, "an integer"),
    "boolean": (lambda v: v in ("true", "false", "1", "0"), "a boolean"),
    "date-opt-time": (_date_opt_time, "a date or dateTime"),
    "truncated": (_truncated, "a date, dateTime, gYearMonth or gYear"),
    "1-9": (_one_to_nine, "an integer from 1 to 9"),
    "language": (lambda v: bool(_LANGUAGE.match(v)), "a language tag"),
}


def _check_attributes(element: etree._Element, checker: _Checker) -> None:
    for key in element.keys():  # noqa: SIM118 - lxml attribute names, not a dict
        name = key if isinstance(key, str) else key.decode()
        value = " ".join((element.get(name) or "").split())  # XML Schema whiteSpace=collapse
        if name == XML_LANG:
            if value and not _LANGUAGE.match(value):
                checker.add("newsml.language", f"xml:lang {value!r} is not a language tag", element)
            continue
        if name.startswith("{"):
            continue  # attributes from other namespaces are open (anyAttribute ##other)
        if name not in ATTRIBUTES:
            checker.add("newsml.unknown-attribute", f"@{name} is not a NewsML-G2 attribute", element)
            continue
        kind = ATTRIBUTE_KINDS.get(name)
        if kind is not None:
            check, expected = _ATTRIBUTE_CHECKS[kind]
            if not check(value):
                checker.add(f"newsml.attribute-{kind}", f"@{name}={value!r} is not {expected}", element)


def _check_item_attributes(item: etree._Element, checker: _Checker) -> None:
    version = item.get("standardversion")
    if version is not None and not STANDARD_VERSION.match(version.strip(_XSD_SPACE)):
        checker.add("newsml.standard-version", f"standardversion {version!r} is not major.minor", item)
    number = item.get("version")
    if number is not None and not _positive(number.strip()):
        checker.add("newsml.version", f"version {number!r} is not a positive integer", item)
    conformance = item.get("conformance")
    if conformance is not None and conformance.strip(_XSD_SPACE) not in _CONFORMANCE:
        checker.add("newsml.conformance", f"conformance {conformance!r} is neither core nor power", item)


# --- structure ----------------------------------------------------------------------------


def _check_order(parent: etree._Element, order: dict[str, int], checker: _Checker) -> None:
    last = -1
    for child in parent:
        position = order.get(local(child)) if namespace(child) in (NAR, "http://www.w3.org/2000/09/xmldsig#") else None
        if position is None:
            continue
        if position < last:
            checker.add("newsml.order", f"{local(child)} is out of schema order in {local(parent)}", child)
            return
        last = position


#: ContentMetadataAfDType (news and package items): icon*, the administrative sequence,
#: then the descriptive choice, then extension properties.
_CONTENT_META_RANK: Final = {
    "icon": 0,
    "urgency": 1,
    "contentCreated": 2,
    "contentModified": 3,
    "digitalSourceType": 4,
    **dict.fromkeys(ADMIN - {"urgency", "contentCreated", "contentModified", "digitalSourceType"}, 5),
    **dict.fromkeys(DESCRIPTIVE, 6),
    "contentMetaExtProperty": 7,
}


def _check_news_item(item: etree._Element, checker: _Checker) -> None:
    content = [
        child
        for content_set in item
        if local(content_set) == "contentSet"
        for child in content_set
        if local(child) in ("inlineXML", "inlineData", "remoteContent")
    ]
    if not content:
        checker.add("newsml.no-content", "the news item has no inline body and no remote content", item, "warning")


def _parent_name(element: etree._Element) -> str:
    parent = element.getparent()
    return local(parent) if parent is not None else ""


def _check_element(element: etree._Element, checker: _Checker) -> None:
    name = local(element)
    check = _VALUE_CHECKS.get(name)
    if check is not None:
        check(element, checker)
    if name in ITEM_KINDS:
        _check_item_attributes(element, checker)
        _check_order(element, ITEM_ORDER, checker)
    elif name == "itemMeta":
        _check_order(element, ITEM_META_ORDER, checker)
    elif name == "contentMeta" and _parent_name(element) in (NEWS_ITEM, PACKAGE_ITEM):
        _check_order(element, _CONTENT_META_RANK, checker)
    if name == NEWS_ITEM:
        _check_news_item(element, checker)


def _walk(element: etree._Element, declaration: int, checker: _Checker) -> None:
    # The element follows declaration number ``declaration`` of the 2.35 schema, as the
    # schema itself would assign it from the root down.
    allowed, other, any_namespace, required_attributes, required_children, _ = DECLARATIONS[declaration]
    for name in sorted(required_attributes - set(element.attrib)):
        checker.add("newsml.missing-attribute", f"{local(element)} lacks its required @{name}", element)
    present = {local(child) for child in element if namespace(child) == NAR}
    for name in sorted(required_children - present):
        checker.add("newsml.missing-element", f"{local(element)} lacks its required {name}", element)
    _check_attributes(element, checker)
    _check_element(element, checker)
    for child in element:
        if not local(child):  # a comment or processing instruction
            continue
        if namespace(child) != NAR:
            if not (other or any_namespace):
                checker.add("newsml.unexpected-element", f"{child.tag} is not allowed in {local(element)}", child)
            elif local(element) in STRICT_WILDCARD and namespace(child) != _XML_NAMESPACE:
                # XML Schema §3.10.1 strict wildcard: the 2.35 schema imports no schema for
                # this namespace (ODRL, for instance), so it cannot accept the element.
                checker.add(
                    "newsml.undeclared-element",
                    f"{child.tag} in {local(element)} needs a schema that NewsML-G2 2.35 does not import",
                    child,
                )
            continue
        name = local(child)
        if name in allowed:
            _walk(child, allowed[name], checker)
        elif any_namespace:
            # XML Schema §3.10.1 lax wildcard: elements with a top-level declaration are
            # checked against it; anything else is open content.
            if name in GLOBAL:
                _walk(child, GLOBAL[name], checker)
        else:
            checker.add("newsml.unexpected-element", f"{name} is not allowed in {local(element)}", child)


def _check_root(root: etree._Element, checker: _Checker) -> None:
    kind = local(root)
    if namespace(root) != NAR:
        checker.add("newsml.namespace", f"{kind} is not in the NewsML-G2 namespace {NAR}", root)
        return
    if kind not in GLOBAL:
        checker.add("newsml.root", f"{kind} is a fragment: not an element a NewsML-G2 document can start with", root)
        return
    _walk(root, GLOBAL[kind], checker)


# --- the official schema ------------------------------------------------------------------


class _LocalOnly(etree.Resolver):
    """Refuse every schema import that is not a local file: the schema is never fetched."""

    def resolve(self, system_url: str, public_id: str, context: object) -> None:  # type: ignore[override]  # lxml passes a context the stubs omit
        del public_id, context
        if "://" in system_url and not system_url.startswith("file:"):
            raise XMLSecurityError(f"the schema imports {system_url}; only local files are loaded")


@functools.lru_cache(maxsize=4)
def load_schema(path: str) -> etree.XMLSchema:
    """Load an XML Schema from a local file once, never touching the network.

    Args:
        path: The path of the ``.xsd`` file (its imports must be local files beside it).

    Returns:
        The compiled schema (cached per path).

    Raises:
        ParseError: The file is missing or is not a usable schema.

    Example:
        >>> load_schema("no/such.xsd")
        Traceback (most recent call last):
        ...
        newsmodel.exceptions.ParseError: no/such.xsd: cannot read the schema: No such file or directory
    """
    parser = _xml.safe_parser()
    parser.resolvers.add(_LocalOnly())
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read the schema: {exc.strerror or exc}", source=path) from None
    _xml.check_prolog(data[:65536], path)
    try:
        document = etree.fromstring(data, parser, base_url=Path(path).resolve().as_uri())
        return etree.XMLSchema(document)
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError) as exc:
        raise ParseError(f"not a usable XML Schema: {exc}", source=path) from None


@functools.lru_cache(maxsize=4)
def _guarded_schema(path: str) -> tuple[etree.XMLSchema, threading.Lock]:
    """A compiled schema with the lock that guards it: its ``error_log`` belongs to its last run."""
    return load_schema(path), threading.Lock()


def _xsd_issues(root: etree._Element, xsd: str | os.PathLike[str], source: str | None) -> list[Issue]:
    schema, lock = _guarded_schema(os.fspath(xsd))
    # A compiled schema is shared by every caller, and each validation replaces its error
    # log: two threads at once would read each other's errors without the lock.
    with lock:
        if schema.validate(root.getroottree()):
            return []
        errors = list(cast("Iterable[etree._LogEntry]", schema.error_log))
    return [
        Issue(
            code="newsml.xsd",
            message=error.message,
            severity="error",
            file=source,
            line=error.line or None,
            column=error.column + 1 if error.column is not None and error.column >= 0 else None,
            pointer=error.path or None,
        )
        for error in errors
    ]


def validate_newsml(source: _xml.XMLSource, *, xsd: str | os.PathLike[str] | None = None) -> Report:
    """Check a NewsML-G2 document and report every problem with its line and column.

    The built-in rules need no schema file: allowed and mandatory elements and attributes
    per element (a table derived from the 2.35 Power XSD), element order in items,
    ``itemMeta`` and ``contentMeta``, date syntax (xs:dateTime for ``versionCreated``,
    truncated dates for ``contentCreated``), QCode and IRI syntax, language tags, and
    that a news item carries a body or remote content (a warning). They never call an
    error what the 2.35 schema accepts. With ``xsd``, the schema's own errors are added.

    Args:
        source: Bytes, XML text, a path, or a binary file object.
        xsd: The path of an XML Schema (e.g. ``NewsML-G2_2.35-spec-All-Power.xsd``); it is
            loaded once and never fetched from the network.

    Returns:
        The report; ``report.ok`` is true when no issue is an error. A document that is
        not well-formed, or is refused for safety, gives one error issue.

    Raises:
        ParseError: The ``xsd`` file cannot be read or is not a schema.

    Example:
        >>> from newsmodel.newsml import validate_newsml
        >>> report = validate_newsml('''<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"
        ...   guid="urn:x" standard="NewsML-G2" standardversion="2.35"><itemMeta>
        ...   <itemClass qcode="text"/><provider literal="A"/>
        ...   <versionCreated>2025-07-04 09:00</versionCreated></itemMeta></newsItem>''')
        >>> [(i.line, i.code) for i in report.errors]
        [(3, 'newsml.attribute-qcode'), (4, 'newsml.date')]
    """
    try:
        with _xml.open_source(source) as (stream, name):
            data = stream.read(_xml.MAX_BYTES + 1)
        root = _xml.parse_bytes(data, source=name)
    except ParseError as exc:
        code = "newsml.unsafe" if isinstance(exc, XMLSecurityError) else "newsml.not-well-formed"
        issue = Issue(code=code, message=exc.message, file=exc.source, line=exc.line, column=exc.column)
        return Report(issues=(issue,))
    checker = _Checker(source=name, lines=bytes(data).splitlines())
    _check_root(root, checker)
    issues = checker.issues
    if xsd is not None:
        issues = issues + _xsd_issues(root, xsd, name)
    return Report(issues=tuple(issues))

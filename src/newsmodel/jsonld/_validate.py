"""Validate JSON-LD in three layers: newsmodel's JSON Schema, the schema.org vocabulary, search-engine advice."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from attrs import evolve

from newsmodel._model import DateValue
from newsmodel._report import Issue, Report
from newsmodel._schema import load_schema
from newsmodel.converters import parse_date_value
from newsmodel.exceptions import InvalidModelError, ParseError
from newsmodel.jsonld import _vocab
from newsmodel.jsonld._read import JsonInput, article_nodes, node_index, raw_types
from newsmodel.jsonld._text import PositionIndex, child_path, iter_objects, load_json

__all__ = ["validate_jsonld"]

SCHEMA_NAME = "newsarticle.schema.json"

# The @context values that mean schema.org (http or https, slash or not, the context file).
_SCHEMA_CONTEXT = re.compile(r"^https?://schema\.org(/|/docs/jsonldcontext\.jsonld)?$")
# @vocab must end in "/" or terms run into the namespace ("https://schema.orgheadline").
_SCHEMA_VOCAB = re.compile(r"^https?://schema\.org/$")
# The schema.org context aliases these to @type and @id.
_KEYWORD_ALIASES = frozenset({"type", "id"})
# schema.org Potential Actions annotate a property with "-input"/"-output" ("query-input").
_ACTION_ANNOTATION = re.compile(r"-(input|output)$")
# (one host character, then any non-space: "[^\s/?#]+\S*" matched the same, in quadratic time)
_ABSOLUTE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://[^\s/?#]\S*$")
# ISO 8601 as schema.org Date (reduced precision allowed) and DateTime (offset optional here;
# the search-engine layer asks for one).
# A relative reference JSON-LD resolves against the page ("/author/x/", "#main", "../a.jpg").
_RELATIVE_URL = re.compile(r"^(/|#|\?|\.\.?/)\S*$")
_ISO_DATE = re.compile(r"^-?\d{4}(-\d{2}(-\d{2})?)?$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_HAS_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")
_ISO_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
# The text data types with a lexical form: the patterns a value may match.
_TEXT_FORMS: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    ("URL", (_ABSOLUTE_URL, _RELATIVE_URL)),
    ("DateTime", (_ISO_DATETIME, _ISO_DATE)),
    ("Date", (_ISO_DATE,)),
    ("Time", (_ISO_TIME,)),
)
_NUMBER_TEXT = re.compile(r"^\s*-?\d+(\.\d+)?\s*$")
_BOOLEAN_TEXT = frozenset(
    {
        "true",
        "false",
        "https://schema.org/true",
        "https://schema.org/false",
        "http://schema.org/true",
        "http://schema.org/false",
    }
)

# Google's Article images: "at least 50K pixels when multiplying width and height".
_MIN_IMAGE_PIXELS = 50_000
# Google's paywalled-content markup takes class selectors only (".paywall", ".a, .b").
_CLASS_SELECTOR = re.compile(r"^\s*\.[\w-]+(\s*,\s*\.[\w-]+)*\s*$")

# Search engines want `author.name` to hold only the name (Google's Article guidelines).
# Each pattern names one thing that does not belong there, in English and Indonesian.
_AUTHOR_NAME_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"^\s*(by|posted by|written by|oleh|ditulis oleh|penulis|reporter|editor|pewarta|kontributor)\b[\s:]", re.I
        ),
        "starts with a byline lead-in (By, Oleh, Penulis:, Reporter:, Editor:)",
    ),
    (
        re.compile(
            r"^\s*(dr|prof|drs|dra|ir|h|hj|kh)\.\s|,\s*(s\.h|s\.e|s\.sos|s\.kom|s\.pd|s\.t|m\.si|m\.m|m\.a|ph\.?d)\.?\s*$",
            re.I,
        ),
        "holds an honorific or degree (use honorificPrefix or honorificSuffix)",
    ),
    (
        re.compile(
            r"\b(writer|editor|reporter|correspondent|columnist|contributor|journalist|staff|wartawan|redaktur|"
            r"koresponden|jurnalis|presiden|menteri|gubernur|ketua|direktur|penasihat|juru bicara|president|"
            r"minister|director|spokesperson|spokesman|chairman|ceo)\b",
            re.I,
        ),
        "holds a job title (use jobTitle)",
    ),
    (re.compile(r"[|;/]|,|\s(and|dan|&)\s"), "holds more than one name or an affiliation (use one object per author)"),
    (re.compile(r"@|https?://", re.I), "holds contact details or a link (use url or sameAs)"),
)


def _issue(code: str, message: str, pointer: str, severity: str = "error") -> Issue:
    return Issue(code=code, message=message, severity="warning" if severity == "warning" else "error", pointer=pointer)


def _items(value: Any, path: str) -> Iterator[tuple[Any, str]]:
    """One value or each member of an array, with its path."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield item, child_path(path, i)
    else:
        yield value, path


# ---------------------------------------------------------------- layer 1: JSON Schema


@functools.cache
def _schema_validator() -> Any:
    """The JSON Schema validator, or ``None`` when jsonschema is not installed."""
    try:
        import jsonschema  # noqa: PLC0415 - only validation needs it
    except ImportError:  # pragma: no cover - jsonschema is a dependency; a trimmed install may lack it
        return None
    schema = load_schema(SCHEMA_NAME)
    return jsonschema.Draft202012Validator(_inline_refs(schema, schema["$defs"], ()))


def _inline_refs(node: Any, defs: dict[str, Any], expanding: tuple[str, ...]) -> Any:
    """The schema with each local ``$ref`` replaced by its definition (recursive ones kept as refs).

    The same constraints, checked ~40% faster: jsonschema resolves a ``$ref`` on every visit.
    """
    if isinstance(node, list):
        return [_inline_refs(item, defs, expanding) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
        name = ref.removeprefix("#/$defs/")
        if name in defs and name not in expanding:
            return _inline_refs(defs[name], defs, (*expanding, name))
        return node
    return {key: value if key == "$defs" else _inline_refs(value, defs, expanding) for key, value in node.items()}


def _leaf_errors(error: Any) -> Iterator[Any]:
    """The errors worth reporting: inside an ``anyOf`` whose alternatives failed deeper, the deeper ones."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        deeper = [sub for sub in error.context if len(sub.absolute_path) > len(error.absolute_path)]
        if deeper:
            for sub in deeper:
                yield from _leaf_errors(sub)
            return
    yield error


def _schema_issues(node: Mapping[str, Any], root: str) -> Iterator[Issue]:
    validator = _schema_validator()
    if validator is None:  # pragma: no cover - see _schema_validator
        yield _issue("jsonld.schema-unavailable", "jsonschema is not installed: schema layer skipped", root, "warning")
        return
    for top in validator.iter_errors(node):
        for error in _leaf_errors(top):
            pointer = root
            for key in error.absolute_path:
                pointer = child_path(pointer, key)
            if error.validator == "required" and isinstance(error.instance, dict):
                missing = [key for key in error.validator_value if key not in error.instance]
                pointer = child_path(pointer, missing[0]) if missing else pointer
            described = error.schema.get("description") if isinstance(error.schema, dict) else None
            if described and error.validator in ("anyOf", "oneOf", "pattern", "type", "minimum", "enum"):
                message = f"{error.instance!r} is not {described}"
            else:
                message = error.message
            yield _issue(f"jsonld.schema.{error.validator}", message, pointer)


# ---------------------------------------------------------------- layer 2: schema.org vocabulary


def _prefixes(data: Any) -> set[str]:
    """The prefixes declared in every ``@context`` of the document (``nm`` for newsmodel's terms)."""
    found: set[str] = set()
    for node in iter_objects(data, lambda node: (v for k, v in node.items() if k != "@context")):
        context = node.get("@context")
        for entry in context if isinstance(context, list) else [context]:
            if isinstance(entry, dict):
                found.update(key for key, iri in entry.items() if isinstance(iri, str) and ":" not in key)
    return found


def _context_issues(data: Any) -> Iterator[Issue]:
    tops = list(_items(data, "$"))
    for node, path in tops:
        if not isinstance(node, dict):
            yield _issue("jsonld.not-an-object", f"expected a JSON-LD node object, got {type(node).__name__}", path)
            continue
        context = node.get("@context")
        entries = context if isinstance(context, list) else [context]
        ok = any(isinstance(e, str) and _SCHEMA_CONTEXT.match(e) for e in entries) or any(
            isinstance(e, dict) and isinstance(e.get("@vocab"), str) and _SCHEMA_VOCAB.match(e["@vocab"])
            for e in entries
        )
        if not ok:
            yield _issue("jsonld.context", f"@context is not schema.org: {context!r}", child_path(path, "@context"))


@functools.cache
def _lowercase_terms() -> dict[str, str]:
    return {name.lower(): name for name in _vocab.all_terms()}


@functools.cache
def _terms_by_initial() -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for term in _lowercase_terms():
        index.setdefault(term[0], []).append(term)
    return index


def _did_you_mean(name: str) -> str:
    lowered = name.lower()
    close = _lowercase_terms().get(lowered)
    if close is None and lowered:
        # Typos keep the first letter and about the length; comparing only those is ~50x faster.
        candidates = [t for t in _terms_by_initial().get(lowered[0], ()) if abs(len(t) - len(lowered)) <= 2]
        near = difflib.get_close_matches(lowered, candidates, n=1, cutoff=0.85)
        close = _lowercase_terms()[near[0]] if near else None
    return f" (did you mean {close}?)" if close and close != name else ""


class _VocabChecker:
    """Walks every node of a document and checks types, properties, domains and ranges."""

    def __init__(self, data: Any, index: dict[str, dict[str, Any]]) -> None:
        self.prefixes = _prefixes(data) | {"schema"}
        self.index = index
        self.issues: list[Issue] = []

    def add(self, code: str, message: str, path: str, severity: str = "error") -> None:
        self.issues.append(_issue(code, message, path, severity))

    def is_extension(self, key: str) -> bool:
        """A term outside schema.org: a declared prefix (``nm:kind``) or a full non-schema.org IRI."""
        prefix, colon, _ = key.partition(":")
        if not colon or prefix == "schema":
            return False
        return prefix in self.prefixes or (key.startswith(("http://", "https://")) and _vocab.term(key) == key)

    def noderaw_types(self, node: Mapping[str, Any], path: str) -> list[str]:
        known: list[str] = []
        for i, name in enumerate(raw_types(node)):
            where = (
                child_path(path, "@type")
                if not isinstance(node.get("@type"), list)
                else child_path(child_path(path, "@type"), i)
            )
            if self.is_extension(name):
                continue
            bare = _vocab.term(name)
            if not _vocab.is_class(bare):
                self.add("jsonld.unknown-type", f"{name!r} is not a schema.org type{_did_you_mean(bare)}", where)
            elif (newer := _vocab.superseded_by(bare)) is not None:
                self.add("jsonld.superseded", f"{bare} is superseded by {newer}", where, "warning")
                known.append(bare)
            else:
                known.append(bare)
        return known

    def walk(self, value: Any, path: str) -> None:
        if isinstance(value, list):
            for item, where in _items(value, path):
                self.walk(item, where)
        elif isinstance(value, dict) and "@value" not in value:
            self.node(value, path)

    def node(self, node: Mapping[str, Any], path: str) -> None:
        for key in ("@graph", "@list", "@set"):
            if key in node:
                self.walk(node[key], child_path(path, key))
        types = self.noderaw_types(node, path)
        for key, value in node.items():
            if key.startswith("@") or key in _KEYWORD_ALIASES or self.is_extension(key):
                continue
            self.property(types, key, value, child_path(path, key))

    def property(self, types: list[str], key: str, value: Any, path: str) -> None:
        name = _ACTION_ANNOTATION.sub("", _vocab.term(key))
        info = _vocab.property_info(name)
        if info is None:
            self.add("jsonld.unknown-property", f"{key!r} is not a schema.org property{_did_you_mean(name)}", path)
            self.walk(value, path)
            return
        domains, ranges = info
        if (newer := _vocab.superseded_by(name)) is not None:
            self.add("jsonld.superseded", f"{name} is superseded by {newer}", path, "warning")
        if types and domains and not _vocab.is_subclass(types, domains):
            expected = ", ".join(domains)
            self.add(
                "jsonld.wrong-domain",
                f"{name} is not a property of {'/'.join(types)} (it belongs to {expected})",
                path,
                "warning",
            )
        for item, where in _items(value, path):
            self.value(name, ranges, item, where)
            self.walk(item, where)

    def value(self, name: str, ranges: tuple[str, ...], value: Any, path: str) -> None:
        if isinstance(value, dict) and "@value" in value:
            value = value["@value"]
        if isinstance(value, dict):
            node = (
                self.index.get(value["@id"], value)
                if set(value) <= {"@id"} and isinstance(value.get("@id"), str)
                else value
            )
            kinds = [_vocab.term(t) for t in raw_types(node) if _vocab.is_class(_vocab.term(t))]
            if kinds and not _vocab.is_subclass(kinds, (*ranges, "Role")):
                self.add("jsonld.wrong-range", f"{name} expects {' or '.join(ranges)}, got {'/'.join(kinds)}", path)
            return
        if value is None:
            self.add("jsonld.null", f"{name} is null (omit the property instead)", path, "warning")
            return
        problem = _literal_problem(value, ranges)
        if problem is not None:
            severity, message = problem
            code = "jsonld.wrong-range" if severity == "error" else "jsonld.loose-range"
            self.add(code, f"{name} expects {' or '.join(ranges)}: {message}", path, severity)


def _fits_datatype(value: Any, datatype: str) -> bool:
    """Whether a JSON literal is a valid value of a schema.org data type."""
    lineage = _vocab.ancestors(datatype)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if "Boolean" in lineage:
        return isinstance(value, bool) or (isinstance(value, str) and value.strip().lower() in _BOOLEAN_TEXT)
    if "Quantity" in lineage:
        return number or isinstance(value, str)
    if "Integer" in lineage:
        return (number and float(value).is_integer()) or False
    if "Number" in lineage:
        return number
    if not isinstance(value, str):
        return False
    for kind, patterns in _TEXT_FORMS:
        if kind in lineage:
            return any(pattern.match(value) for pattern in patterns)
    return "Text" in lineage


def _literal_problem(value: Any, ranges: tuple[str, ...]) -> tuple[str, str] | None:
    """``None`` when the literal fits the range, else ``(severity, why)``."""
    datatypes = [r for r in ranges if r in _vocab.DATATYPES]
    objects = [r for r in ranges if r not in _vocab.DATATYPES]
    if any(_fits_datatype(value, d) for d in datatypes):
        return None
    is_text = isinstance(value, str)
    if is_text and _ABSOLUTE_URL.match(value):
        return None  # schema.org: a URL may stand for any thing
    if is_text and objects:
        if any(_vocab.is_subclass([o], ["Enumeration"]) for o in objects):
            return None  # enumeration members are often written by name
        if not datatypes:
            return "warning", f"text {value!r} where an object is expected"
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and any(d in ("Text",) or "Text" in _vocab.ancestors(d) for d in datatypes):
        return "warning", f"a number ({value!r}) where text is expected"
    if is_text and _NUMBER_TEXT.match(value) and any("Number" in _vocab.ancestors(d) for d in datatypes):
        return "warning", f"a number written as text ({value!r})"
    return "error", f"got {type(value).__name__} {value!r}"


# ---------------------------------------------------------------- layer 3: search-engine advice


def _google_issues(node: Mapping[str, Any], root: str, index: dict[str, dict[str, Any]]) -> Iterator[Issue]:
    at = functools.partial(child_path, root)
    headline = node.get("headline")
    if not isinstance(headline, str) or not headline.strip():
        yield _issue("google.headline", "headline is missing or empty", at("headline"), "warning")
    yield from _google_images(node.get("image"), at("image"), index)
    yield from _google_dates(node, root)
    yield from _google_authors(node, root, index)
    yield from _google_publisher(node.get("publisher"), at("publisher"), index)
    yield from _google_paywall(node, root, index)


def _resolved(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
        return index.get(value["@id"], value)
    return value


def _pixels(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _google_images(value: Any, path: str, index: dict[str, dict[str, Any]]) -> Iterator[Issue]:
    if value is None or value == []:
        yield _issue("google.image", "image is missing (search engines show one with the article)", path, "warning")
        return
    for raw, where in _items(value, path):
        item = _resolved(raw, index)
        if isinstance(item, dict) and set(item) <= {"@id", "@type"}:
            continue  # a reference to a node outside this document
        url = item.get("url", item.get("contentUrl")) if isinstance(item, dict) else item
        if not isinstance(url, str) or not _ABSOLUTE_URL.match(url):
            yield _issue("google.image-url", f"image URL must be absolute: {url!r}", where, "warning")
        if isinstance(item, dict):
            width, height = _pixels(item.get("width")), _pixels(item.get("height"))
            if width and height and width * height < _MIN_IMAGE_PIXELS:
                message = f"image is {width}x{height}; search engines want at least {_MIN_IMAGE_PIXELS:,} pixels"
                yield _issue("google.image-size", message, where, "warning")


def _google_publisher(value: Any, path: str, index: dict[str, dict[str, Any]]) -> Iterator[Issue]:
    publisher = _resolved(value, index)
    if publisher is None or (isinstance(publisher, dict) and set(publisher) <= {"@id", "@type"}):
        return  # not among the recommended properties; a reference to a node outside this document
    if not isinstance(publisher, dict) or not _vocab.is_subclass(
        [_vocab.term(t) for t in raw_types(publisher)], ["Organization"]
    ):
        yield _issue("google.publisher", "publisher should be an Organization object", path, "warning")
        return
    if not publisher.get("name"):
        yield _issue("google.publisher", "publisher has no name", path, "warning")


def _google_paywall(node: Mapping[str, Any], root: str, index: dict[str, dict[str, Any]]) -> Iterator[Issue]:
    """Paywalled content: isAccessibleForFree false needs a hasPart section with a class selector."""
    if node.get("isAccessibleForFree") not in (False, "false", "False"):
        return
    for raw, _ in _items(node.get("hasPart", []), child_path(root, "hasPart")):
        part = _resolved(raw, index)
        selector = part.get("cssSelector") if isinstance(part, dict) else None
        free = part.get("isAccessibleForFree") if isinstance(part, dict) else None
        if free in (False, "false", "False") and isinstance(selector, str) and _CLASS_SELECTOR.match(selector):
            return
    message = (
        "isAccessibleForFree is false but no hasPart marks the paywalled section"
        " (a WebPageElement with isAccessibleForFree false and a .class cssSelector)"
    )
    yield _issue("google.paywall", message, child_path(root, "isAccessibleForFree"), "warning")


def _google_dates(node: Mapping[str, Any], root: str) -> Iterator[Issue]:
    if node.get("datePublished") is None:
        yield _issue("google.date-published", "datePublished is missing", child_path(root, "datePublished"), "warning")
    for key in ("datePublished", "dateModified"):
        value = node.get(key)
        if isinstance(value, str) and not (_ISO_DATETIME.match(value) and _HAS_OFFSET.search(value)):
            message = f"{key} should be an ISO 8601 datetime with a time zone offset, got {value!r}"
            yield _issue("google.date-timezone", message, child_path(root, key), "warning")
    published, modified = node.get("datePublished"), node.get("dateModified")
    if isinstance(published, str) and isinstance(modified, str):
        try:
            first, last = parse_date_value(published), parse_date_value(modified)
        except InvalidModelError:
            return
        if _before(last, first):
            yield _issue(
                "google.date-order", "dateModified is before datePublished", child_path(root, "dateModified"), "warning"
            )


def _before(a: DateValue, b: DateValue) -> bool:
    """Whether ``a`` is surely earlier than ``b``: instants for datetimes, else at the shared precision."""
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return a < b
    if isinstance(a, dt.datetime) or isinstance(b, dt.datetime):
        return False  # a day and an instant: the day's zone is unknown
    left, right = a.isoformat(), b.isoformat()
    size = min(len(left), len(right))
    return left[:size] < right[:size]


def _google_authors(node: Mapping[str, Any], root: str, index: dict[str, dict[str, Any]]) -> Iterator[Issue]:
    path = child_path(root, "author")
    value = node.get("author")
    if value is None or value == []:
        yield _issue("google.author", "author is missing", path, "warning")
        return
    publisher = node.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("@id"), str):
        publisher = index.get(publisher["@id"], publisher)
    publisher_name = publisher.get("name") if isinstance(publisher, dict) else None
    for item, where in _items(value, path):
        yield from _google_author(item, where, index, publisher_name)


def _google_author(item: Any, path: str, index: dict[str, dict[str, Any]], publisher_name: Any) -> Iterator[Issue]:
    if isinstance(item, dict) and set(item) <= {"@id", "@type"} and isinstance(item.get("@id"), str):
        item = index.get(item["@id"], item)
    if not isinstance(item, dict):
        yield _issue("google.author-object", f"author must be a Person or Organization object, got {item!r}", path)
        return
    types = [_vocab.term(t) for t in raw_types(item)]
    if not _vocab.is_subclass(types, ["Person", "Organization"]):
        yield _issue(
            "google.author-type", f"author @type should be Person or Organization, got {types or None}", path, "warning"
        )
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        yield _issue("google.author-name", "author has no name", child_path(path, "name"), "warning")
    else:
        reasons = [why for pattern, why in _AUTHOR_NAME_PROBLEMS if pattern.search(name)]
        if reasons:
            message = f"author name {name!r} should hold only the name: it {'; it '.join(reasons)}"
            yield _issue("google.author-name", message, child_path(path, "name"), "warning")
        if (
            "Person" in types
            and isinstance(publisher_name, str)
            and name.strip().lower() == publisher_name.strip().lower()
        ):
            yield _issue(
                "google.author-name",
                f"author Person is named after the publisher {name!r}",
                child_path(path, "name"),
                "warning",
            )
    if not item.get("url") and not item.get("sameAs"):
        yield _issue(
            "google.author-url", "author has neither url nor sameAs (a page that identifies them)", path, "warning"
        )


# ---------------------------------------------------------------- entry point


def _tidy(issues: list[Issue]) -> list[Issue]:
    """One error per value (the first layer's), no repeats, no warnings about a value with an error."""
    errors = {issue.pointer for issue in issues if issue.severity == "error"}
    seen: set[tuple[str | None, str]] = set()
    kept: list[Issue] = []
    for issue in issues:
        key = (issue.pointer, issue.code if issue.severity == "warning" else "error")
        if key in seen or (issue.severity == "warning" and issue.pointer in errors):
            continue
        seen.add(key)
        kept.append(issue)
    return kept


def _check(data: Any) -> list[Issue]:
    if not isinstance(data, dict | list):
        return [_issue("jsonld.not-an-object", f"expected a JSON object or array, got {type(data).__name__}", "$")]
    issues = list(_context_issues(data))
    index = node_index(data)
    articles = article_nodes(data)
    if not articles:
        issues.append(_issue("jsonld.no-article", "no Article, NewsArticle or other Article-like node", "$"))
    checker = _VocabChecker(data, index)
    checker.walk(data, "$")
    issues += checker.issues
    for root, node in articles:
        issues += _schema_issues(node, root)
    for root, node in articles:
        issues += _google_issues(node, root, index)
    return _tidy(issues)


def validate_jsonld(data: JsonInput, *, source: str | None = None) -> Report:
    """Check a JSON-LD document: newsmodel's JSON Schema, the schema.org vocabulary, search-engine advice.

    The three layers:

    1. ``schemas/newsarticle.schema.json`` on each Article-like node (codes ``jsonld.schema.*``);
    2. the schema.org vocabulary on every node: known types and properties, each property on
       a type in its domain (with inheritance), each value in its range (codes
       ``jsonld.unknown-type``, ``jsonld.unknown-property``, ``jsonld.wrong-domain``,
       ``jsonld.wrong-range``, ...). Terms under a prefix declared in ``@context`` (newsmodel's
       ``nm:``) are extensions and are left to the JSON Schema;
    3. search engines' Article recommendations, as warnings (``google.*``): headline, an image
       (absolute URL, 50,000 pixels), datePublished, dates with a time zone and in order,
       authors as objects whose ``name`` is only a name and which have ``url`` or ``sameAs``,
       the publisher as an Organization with a name, paywall markup. An author given
       as a plain string is an error.

    Each issue carries a JSON path (``$.author[0].name``). When ``data`` is JSON text, issues
    also carry the line and column of that value (of the object, for a missing property) and
    come in reading order, and a syntax error is reported as a ``jsonld.syntax`` issue rather
    than raised.

    Args:
        data: A parsed JSON-LD value (dict or list) or its JSON text.
        source: The file name, copied into each issue.

    Returns:
        The report; ``report.ok`` is true when there is no error (warnings allowed).

    Example:
        >>> report = validate_jsonld('{"@context": "https://schema.org", "@type": "NewsArticle", "headlne": "x"}')
        >>> [(i.code, i.pointer, i.line, i.column) for i in report.errors]
        [('jsonld.schema.required', '$.headline', 1, 1), ('jsonld.unknown-property', '$.headlne', 1, 71)]
    """
    text: str | None = None
    issues: list[Issue] = []
    if isinstance(data, str | bytes):
        raw = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
        text = raw.removeprefix("\ufeff")
        try:
            data, issues = load_json(text, source=source)
        except ParseError as exc:
            issue = Issue(code="jsonld.syntax", message=exc.message, file=source, line=exc.line, column=exc.column)
            return Report(issues=(issue,))
    try:
        issues += _check(data)
    except RecursionError:
        issues.append(_issue("jsonld.too-deep", "the document is nested too deeply to check", "$"))
    located = list(_locate(issues, text, source))
    if text is not None:  # in reading order, as an editor shows them
        located.sort(key=lambda issue: (issue.line or 0, issue.column or 0))
    return Report(issues=tuple(located))


def _locate(issues: list[Issue], text: str | None, source: str | None) -> Iterator[Issue]:
    index = PositionIndex(text) if text is not None else None
    for issue in issues:
        line, column = (
            index.locate(issue.pointer) if index is not None and issue.pointer else (issue.line, issue.column)
        )
        yield evolve(issue, file=source, line=line, column=column)

"""Read schema.org Article JSON-LD, newsmodel's own or as real sites publish it, into an Article."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias, TypeVar

import attrs

from newsmodel._model import (
    Article,
    Attribution,
    BlockKind,
    Dateline,
    DateValue,
    ImageObject,
    Organization,
    Paragraph,
    Person,
    Quote,
    QuoteKind,
    Span,
    Subject,
)
from newsmodel._report import Issue
from newsmodel._text import absolute_url, parse_int, url_parts
from newsmodel.converters import parse_date_value
from newsmodel.dates import lookup_zone, parse_date
from newsmodel.exceptions import InvalidModelError, ModelDataError, NewsModelError, NotAnArticleError, ParseError
from newsmodel.jsonld import _vocab
from newsmodel.jsonld._text import child_path, iter_objects, load_json
from newsmodel.jsonld._write import PREFIX

__all__ = ["JsonInput", "article_nodes", "find_articles", "from_jsonld", "node_index", "raw_types", "read_jsonld"]

#: What the readers accept: a parsed JSON-LD value (object or array) or JSON text.
JsonInput: TypeAlias = "dict[str, Any] | list[Any] | str | bytes"

T = TypeVar("T")
Agent: TypeAlias = Person | Organization

# Paragraph breaks in articleBody: blank lines when there are any, else single line breaks.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE_BREAK = re.compile(r"\n")
# contentSize as newsmodel writes it ("52341 B") or a bare byte count.
_BYTE_SIZE = re.compile(r"^\s*(\d+)\s*(?:B|bytes?)?\s*$", re.IGNORECASE)
# A leading pixel count: 1200, "1200", "1200px", "1200 px".
_PIXELS = re.compile(r"^\s*(\d+)\s*(?:px)?\s*$", re.IGNORECASE)


def _nm(name: str) -> str:
    return f"{PREFIX}:{name}"


def raw_types(node: Mapping[str, Any]) -> list[str]:
    """The node's types as written (``type`` is the schema.org context's alias of ``@type``).

    Example:
        >>> raw_types({"@type": ["NewsArticle", 3, "schema:Article"]})
        ['NewsArticle', 'schema:Article']
    """
    value = node.get("@type", node.get("type"))
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, str)]


def _types(node: Mapping[str, Any]) -> list[str]:
    """The node's types as bare schema.org names."""
    return [_vocab.term(item) for item in raw_types(node)]


def _is_a(node: Mapping[str, Any], root: str) -> bool:
    """Whether the node's type is ``root`` or a subtype, tolerating lower-case spellings."""
    names = _types(node)
    if _vocab.is_subclass(names, [root]):
        return True
    lowered = {name.lower() for name in _vocab.subclasses(root)}
    return any(name.lower() in lowered for name in names)


def find_articles(data: Any) -> list[dict[str, Any]]:
    """The Article-like nodes (Article or any subtype) in a parsed JSON-LD value, in document order.

    Walks objects, arrays and ``@graph``; a type may be a string or an array, bare
    (``NewsArticle``) or namespaced (``schema:NewsArticle``, ``http://schema.org/NewsArticle``),
    and case is tolerated (``newsarticle``). Nodes inside an article are not searched.

    Args:
        data: A parsed JSON-LD value (dict or list), e.g. one ``<script type="application/ld+json">`` block.

    Returns:
        The article nodes, possibly empty.

    Example:
        >>> doc = {"@graph": [{"@type": "WebPage"}, {"@type": ["NewsArticle"], "headline": "Hujan"}]}
        >>> [node["headline"] for node in find_articles(doc)]
        ['Hujan']
    """
    return [node for _, node in article_nodes(data)]


def article_nodes(data: Any) -> list[tuple[str, dict[str, Any]]]:
    """Like :func:`find_articles`, with each node's JSON path in ``data``.

    Example:
        >>> article_nodes({"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle"}]})
        [('$.@graph[1]', {'@type': 'NewsArticle'})]
    """
    found: list[tuple[str, dict[str, Any]]] = []
    stack: list[tuple[str, Any]] = [("$", data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, list):
            stack.extend(reversed([(child_path(path, i), item) for i, item in enumerate(value)]))
        elif isinstance(value, dict):
            if _is_a(value, "Article"):
                found.append((path, value))
            else:
                stack.extend(reversed([(child_path(path, key), item) for key, item in value.items()]))
    return found


def node_index(data: Any) -> dict[str, dict[str, Any]]:
    """Every node with an ``@id`` and other properties, by ``@id`` (first wins).

    Example:
        >>> node_index({"@graph": [{"@id": "#a", "name": "Redaksi"}, {"author": {"@id": "#a"}}]})
        {'#a': {'@id': '#a', 'name': 'Redaksi'}}
    """
    index: dict[str, dict[str, Any]] = {}
    for node in iter_objects(data):
        ident = node.get("@id")
        if isinstance(ident, str) and len(node) > 1:
            index.setdefault(ident, node)
    return index


@attrs.define
class _Context:
    """What the field readers share: the node index, the base URL, the issues so far."""

    index: dict[str, dict[str, Any]]
    source: str | None
    default_tz: str | None
    zone: dt.tzinfo | None = None
    root: str = "$"
    base: str | None = None
    issues: list[Issue] = attrs.field(factory=list)

    def at(self, key: str) -> str:
        """The JSON path of the article node's property ``key``."""
        return child_path(self.root, key)

    def warn(self, path: str, code: str, message: str) -> None:
        """Record a value that was dropped or normalised."""
        self.issues.append(Issue(code=code, message=message, severity="warning", file=self.source, pointer=path))

    def resolve(self, value: Any) -> Any:
        """Follow an ``{"@id": ...}`` reference to its node; other values pass through."""
        if isinstance(value, dict) and set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
            return self.index.get(value["@id"], value)
        return value


Reader: TypeAlias = Callable[[_Context, Any, str], T | None]


def _literal(value: Any) -> Any:
    """Unwrap a JSON-LD value object (``{"@value": "x", "@language": "id"}``)."""
    if isinstance(value, dict) and "@value" in value:
        return value["@value"]
    return value


def _first(ctx: _Context, value: Any, path: str) -> tuple[Any, str]:
    """The first item of an array where one value is expected (noted when others are dropped)."""
    if isinstance(value, list):
        if len(value) > 1:
            ctx.warn(path, "jsonld.extra-values", f"{len(value)} values where one is expected; kept the first")
        return (value[0], child_path(path, 0)) if value else (None, path)
    return value, path


def _text(ctx: _Context, value: Any, path: str) -> str | None:
    value, path = _first(ctx, _literal(value), path)
    value = _literal(value)
    if isinstance(value, bool) or value is None:
        if value is not None:
            ctx.warn(path, "jsonld.wrong-type", "expected text, got a boolean")
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        return _text(ctx, value.get("name"), child_path(path, "name")) if "name" in value else None
    if not isinstance(value, str):
        ctx.warn(path, "jsonld.wrong-type", f"expected text, got {type(value).__name__}")
        return None
    return value.strip() or None


def _url(ctx: _Context, value: Any, path: str) -> str | None:
    value, path = _first(ctx, _literal(value), path)
    if isinstance(value, dict):
        value = value.get("url", value.get("@id"))
    if not isinstance(value, str) or not value.strip():
        return None
    url = absolute_url(value, ctx.base)
    if url is None:
        ctx.warn(path, "jsonld.bad-url", f"not an absolute URL: {value!r}")
    return url


def _urls(ctx: _Context, value: Any, path: str) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    found = (_url(ctx, item, child_path(path, i) if isinstance(value, list) else path) for i, item in enumerate(items))
    return tuple(url for url in found if url is not None)


def _boolean(ctx: _Context, value: Any, path: str) -> bool | None:
    value, path = _first(ctx, _literal(value), path)
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and _vocab.term(value.strip()).lower() in ("true", "false"):
        return _vocab.term(value.strip()).lower() == "true"
    ctx.warn(path, "jsonld.wrong-type", f"expected a boolean, got {value!r}")
    return None


def _pixels(ctx: _Context, value: Any, path: str) -> int | None:
    value, path = _first(ctx, _literal(value), path)
    if isinstance(value, dict):  # QuantitativeValue
        value = value.get("value")
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = _PIXELS.match(value) if isinstance(value, str) else None
    number = parse_int(match.group(1)) if match else None
    if number is not None and number > 0:
        return number
    ctx.warn(path, "jsonld.wrong-type", f"expected a size in pixels, got {value!r}")
    return None


def _byte_size(ctx: _Context, value: Any, path: str) -> int | None:
    value = _literal(value)
    match = _BYTE_SIZE.match(value) if isinstance(value, str) else None
    number = parse_int(match.group(1), max_digits=18) if match else None
    if number is not None:
        return number
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    ctx.warn(path, "jsonld.wrong-type", f"not a size in bytes: {value!r}")
    return None


def _aware(ctx: _Context, text: str, path: str) -> DateValue | None:
    """A naive ISO datetime placed in the default zone, noted as a warning."""
    try:
        naive = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if ctx.zone is None:
        ctx.warn(path, "jsonld.naive-datetime", f"datetime without a UTC offset dropped: {text!r}")
        return None
    ctx.warn(path, "jsonld.naive-datetime", f"datetime without a UTC offset, read in {ctx.default_tz}: {text!r}")
    return naive.replace(tzinfo=ctx.zone)


def _date(ctx: _Context, value: Any, path: str) -> DateValue | None:
    value, path = _first(ctx, _literal(value), path)
    if not isinstance(value, str) or not value.strip():
        if value is not None:
            ctx.warn(path, "jsonld.wrong-type", f"expected a date string, got {type(value).__name__}")
        return None
    text = value.strip()
    try:
        return parse_date_value(text)
    except InvalidModelError:
        pass
    aware = _aware(ctx, text, path)
    if aware is not None or ctx.zone is None:
        return aware
    try:
        result = parse_date(text, default_tz=ctx.zone)
    except NewsModelError:
        pass
    else:
        ctx.warn(path, "jsonld.non-iso-date", f"not ISO 8601, read as {result.isoformat()}: {text!r}")
        return result
    ctx.warn(path, "jsonld.bad-date", f"not a date newsmodel can read: {text!r}")
    return None


def _wire_name(field: str) -> str:
    """The JSON-LD property a model field is read from, for messages."""
    return _WIRE_NAMES.get(field, field)


def _build(ctx: _Context, cls: Callable[..., T], fields: dict[str, Any], path: str) -> T | None:
    """Construct ``cls``; a field that breaks an invariant is dropped (with a warning) and the rest kept."""
    fields = {key: value for key, value in fields.items() if value is not None}
    while True:
        try:
            return cls(**fields)
        except InvalidModelError as exc:
            ctx.warn(child_path(path, _wire_name(exc.field)), "jsonld.invalid-value", exc.reason)
            if exc.field not in fields or _mandatory(cls, exc.field):
                return None
            del fields[exc.field]


def _mandatory(cls: object, field: str) -> bool:
    """Whether ``cls`` cannot be built without ``field`` (an attrs field with no default)."""
    if not (isinstance(cls, type) and attrs.has(cls)):
        return False
    found = attrs.fields_dict(cls).get(field)
    return found is not None and found.default is attrs.NOTHING


def _name(ctx: _Context, node: Mapping[str, Any], path: str) -> str | None:
    name = _text(ctx, node.get("name"), child_path(path, "name"))
    if name is None:
        parts = [node.get("givenName"), node.get("familyName")]
        name = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip()) or None
    return name


def _organization(ctx: _Context, value: Any, path: str) -> Organization | None:
    value, path = _first(ctx, ctx.resolve(value), path)
    value = ctx.resolve(value)
    if isinstance(value, str):
        return _build(ctx, Organization, {"name": value.strip()}, path)
    if not isinstance(value, dict):
        return None
    if set(value) <= {"@id", "@type"}:
        ctx.warn(path, "jsonld.unresolved", f"reference to a node not in the document: {value.get('@id')!r}")
        return None
    name = _name(ctx, value, path)
    if name is None:
        ctx.warn(path, "jsonld.missing-name", "organization without a name dropped")
        return None
    fields = {
        "name": name,
        "url": _url(ctx, value.get("url"), child_path(path, "url")),
        "logo": _url(ctx, ctx.resolve(value.get("logo")), child_path(path, "logo")),
        "same_as": _urls(ctx, value.get("sameAs"), child_path(path, "sameAs")),
    }
    return _build(ctx, Organization, fields, path)


def _person(ctx: _Context, node: Mapping[str, Any], path: str) -> Person | None:
    name = _name(ctx, node, path)
    if name is None:
        ctx.warn(path, "jsonld.missing-name", "person without a name dropped")
        return None
    affiliation = node.get("affiliation")
    fields = {
        "name": name,
        "job_title": _text(ctx, node.get("jobTitle"), child_path(path, "jobTitle")),
        "affiliation": None
        if affiliation is None
        else _organization(ctx, affiliation, child_path(path, "affiliation")),
        "url": _url(ctx, node.get("url"), child_path(path, "url")),
        "same_as": _urls(ctx, node.get("sameAs"), child_path(path, "sameAs")),
    }
    return _build(ctx, Person, fields, path)


def _agent(ctx: _Context, value: Any, path: str) -> Agent | None:
    value = ctx.resolve(value)
    if isinstance(value, str):
        parts = url_parts(value.strip())
        if parts is None or parts.netloc:
            ctx.warn(path, "jsonld.unresolved", f"a URL where a person or organization is expected: {value!r}")
            return None
        return _build(ctx, Person, {"name": value.strip()}, path) if value.strip() else None
    if not isinstance(value, dict):
        if value is not None:
            ctx.warn(path, "jsonld.wrong-type", f"expected a person or organization, got {type(value).__name__}")
        return None
    if set(value) <= {"@id", "@type"}:
        ctx.warn(path, "jsonld.unresolved", f"reference to a node not in the document: {value.get('@id')!r}")
        return None
    if _is_a(value, "Organization"):
        return _organization(ctx, value, path)
    return _person(ctx, value, path)


def _many(reader: Reader[T]) -> Callable[[_Context, Any, str], tuple[T, ...]]:
    """A reader of one-or-many values built from a reader of one."""

    def read(ctx: _Context, value: Any, path: str) -> tuple[T, ...]:
        items = enumerate(value) if isinstance(value, list) else [(None, value)]
        pairs = [(item, path if i is None else child_path(path, i)) for i, item in items]
        found = [reader(ctx, item, where) for item, where in pairs]
        return tuple(item for item in found if item is not None)

    return read


def _single_agent(ctx: _Context, value: Any, path: str) -> Agent | None:
    value, path = _first(ctx, value, path)
    return _agent(ctx, value, path)


def _image(ctx: _Context, value: Any, path: str) -> ImageObject | None:
    value = ctx.resolve(value)
    if isinstance(value, str):
        url = _url(ctx, value, path)
        return None if url is None else _build(ctx, ImageObject, {"url": url}, path)
    if not isinstance(value, dict):
        return None
    url_key = "url" if "url" in value else "contentUrl"
    url = _url(ctx, value.get(url_key), child_path(path, url_key))
    if url is None:
        ctx.warn(path, "jsonld.missing-url", "image without a URL dropped")
        return None
    optional: dict[str, tuple[str, Reader[Any]]] = {
        "caption": ("caption", _text),
        "credit": ("creditText", _text),
        "width": ("width", _pixels),
        "height": ("height", _pixels),
        "content_type": ("encodingFormat", _text),
        "size": ("contentSize", _byte_size),
    }
    fields: dict[str, Any] = {"url": url}
    for field, (key, reader) in optional.items():
        if value.get(key) is not None:
            fields[field] = reader(ctx, value[key], child_path(path, key))
    return _build(ctx, ImageObject, fields, path)


def _subject(ctx: _Context, value: Any, path: str) -> Subject | None:
    value = ctx.resolve(value)
    if isinstance(value, str):
        return _build(ctx, Subject, {"name": value}, path)
    if not isinstance(value, dict):
        return None
    name = _name(ctx, value, path)
    if name is None:
        return None
    code_key = "termCode" if "termCode" in value else "identifier"
    uri = value.get("url") or value.get("sameAs")
    if uri is None and isinstance(value.get("@id"), str) and not value["@id"].startswith("_:"):
        uri = value["@id"]
    fields = {
        "name": name,
        "code": _text(ctx, value.get(code_key), child_path(path, code_key)),
        "uri": None if uri is None else _url(ctx, uri, child_path(path, "url")),
    }
    return _build(ctx, Subject, fields, path)


def _keywords(ctx: _Context, value: Any, path: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(word.strip() for word in value.split(",") if word.strip())
    if isinstance(value, list) and any(isinstance(item, list) for item in value):
        flat = [word for item in value for word in (item if isinstance(item, list) else [item])]
        return _many(_text)(ctx, flat, path)
    return _many(_text)(ctx, value, path)


def _language(ctx: _Context, value: Any, path: str) -> str | None:
    value, path = _first(ctx, ctx.resolve(_literal(value)), path)
    if isinstance(value, dict):  # a schema.org Language node
        key = "alternateName" if "alternateName" in value else "name"
        value, path = value.get(key), child_path(path, key)
    tag = _text(ctx, value, path)
    if tag is not None and "_" in tag:  # a POSIX locale ("id_ID", as og:locale prints it)
        ctx.warn(path, "jsonld.normalised-language", f"locale {tag!r} read as the BCP 47 tag {tag.replace('_', '-')!r}")
        tag = tag.replace("_", "-")
    return tag


def _identifier(ctx: _Context, value: Any, path: str) -> str | None:
    value, path = _first(ctx, _literal(value), path)
    if isinstance(value, dict):  # PropertyValue
        return _text(ctx, value.get("value"), child_path(path, "value"))
    return _text(ctx, value, path)


def _page_url(ctx: _Context, node: Mapping[str, Any]) -> str | None:
    url = _url(ctx, node.get("url"), ctx.at("url")) if node.get("url") is not None else None
    page = node.get("mainEntityOfPage")
    if url is None and page is not None:
        url = _url(ctx, page, ctx.at("mainEntityOfPage"))
    return url


# Article fields read straight from one property: JSON-LD name -> (model field, reader).
_FIELDS: dict[str, tuple[str, Reader[Any]]] = {
    "alternativeHeadline": ("alternative_headline", _text),
    "description": ("description", _text),
    "articleSection": ("section", _text),
    "inLanguage": ("language", _language),
    "identifier": ("identifier", _identifier),
    "keywords": ("keywords", _keywords),
    "about": ("subjects", _many(_subject)),
    "author": ("authors", _many(_agent)),
    "publisher": ("publisher", _organization),
    "datePublished": ("date_published", _date),
    "dateModified": ("date_modified", _date),
    "dateCreated": ("date_created", _date),
    "image": ("images", _many(_image)),
    "copyrightHolder": ("copyright_holder", _single_agent),
    "isAccessibleForFree": ("is_accessible_for_free", _boolean),
}


# Model field -> the JSON-LD property it comes from, for the paths in messages.
_WIRE_NAMES: dict[str, str] = {
    **{field: key for key, (field, _) in _FIELDS.items()},
    "body": "articleBody",
    "job_title": "jobTitle",
    "same_as": "sameAs",
    "credit": "creditText",
    "content_type": "encodingFormat",
    "size": "contentSize",
    "cue_span": "nm:cueSpan",
    "mention_span": "nm:mentionSpan",
    "quotes": "hasPart",
}

# Where sites put a field when the usual property is missing: field -> (property, read as).
_FALLBACKS: dict[str, tuple[str, str]] = {
    "authors": ("creator", "author"),
    "images": ("thumbnailUrl", "image"),
}


def _blocks_by_length(ctx: _Context, body: str, blocks: Any) -> tuple[Paragraph, ...] | None:
    """Cut ``articleBody`` by the lossless ``nm:blocks`` lengths; ``None`` when they do not fit."""
    path = ctx.at(_nm("blocks"))
    if not isinstance(blocks, list) or not all(isinstance(b, dict) for b in blocks):
        ctx.warn(path, "jsonld.wrong-type", "expected an array of block objects")
        return None
    result: list[Paragraph] = []
    start = 0
    for i, block in enumerate(blocks):
        length, kind = block.get(_nm("length")), block.get(_nm("kind"))
        if not isinstance(length, int) or isinstance(length, bool) or length < 0 or start + length > len(body):
            ctx.warn(child_path(path, i), "jsonld.bad-block", "block length does not fit articleBody")
            return None
        try:
            result.append(Paragraph(text=body[start : start + length], kind=BlockKind(kind)))
        except (ValueError, InvalidModelError):
            ctx.warn(child_path(path, i), "jsonld.bad-block", f"not a block: {block!r}")
            return None
        start += length + 2
    if start - 2 != len(body) and blocks:
        ctx.warn(path, "jsonld.bad-block", "block lengths do not add up to articleBody")
        return None
    return tuple(result)


def _body(ctx: _Context, node: Mapping[str, Any]) -> tuple[Paragraph, ...]:
    body = _text(ctx, node.get("articleBody"), ctx.at("articleBody"))
    if body is None:
        return ()
    blocks = node.get(_nm("blocks"))
    if blocks is not None:
        exact = _blocks_by_length(ctx, body, blocks)
        if exact is not None:
            return exact
    splitter = _BLANK_LINE if _BLANK_LINE.search(body) else _LINE_BREAK
    where = ctx.at("articleBody")
    found = (_build(ctx, Paragraph, {"text": part}, where) for part in splitter.split(body) if part.strip())
    return tuple(paragraph for paragraph in found if paragraph is not None)


def _dateline(ctx: _Context, node: Mapping[str, Any]) -> Dateline | None:
    text = _text(ctx, node.get("dateline"), ctx.at("dateline"))
    if text is None:
        return None
    fields = {
        "text": text,
        "place": _text(ctx, node.get(_nm("datelinePlace")), ctx.at(_nm("datelinePlace"))),
        "source": _text(ctx, node.get(_nm("datelineSource")), ctx.at(_nm("datelineSource"))),
    }
    return _build(ctx, Dateline, fields, ctx.at("dateline"))


def _span(ctx: _Context, value: Any, path: str, body: tuple[Paragraph, ...]) -> Span | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        ctx.warn(path, "jsonld.wrong-type", "expected a span object")
        return None
    numbers = [value.get(_nm(key)) for key in ("block", "start", "end")]
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        ctx.warn(path, "jsonld.wrong-type", "a span needs integer nm:block, nm:start and nm:end")
        return None
    span = _build(ctx, Span, dict(zip(("block", "start", "end"), numbers, strict=True)), path)
    if span is not None and (span.block >= len(body) or span.end > len(body[span.block].text)):
        ctx.warn(path, "jsonld.bad-span", "span is outside the body")
        return None
    return span


def _attribution(
    ctx: _Context, node: Mapping[str, Any], path: str, speaker: Agent | None, body: tuple[Paragraph, ...]
) -> Attribution | None:
    extra = node.get(_nm("attribution"))
    if not isinstance(extra, dict):
        return None if speaker is None else Attribution(speaker=speaker)
    where = child_path(path, _nm("attribution"))
    fields = {
        "speaker": speaker,
        "mention": _text(ctx, extra.get(_nm("mention")), child_path(where, _nm("mention"))),
        "cue": _text(ctx, extra.get(_nm("cue")), child_path(where, _nm("cue"))),
        "addressee": _text(ctx, extra.get(_nm("addressee")), child_path(where, _nm("addressee"))),
        "cue_span": _span(ctx, extra.get(_nm("cueSpan")), child_path(where, _nm("cueSpan")), body),
        "mention_span": _span(ctx, extra.get(_nm("mentionSpan")), child_path(where, _nm("mentionSpan")), body),
    }
    return _build(ctx, Attribution, fields, where)


def _quote(ctx: _Context, value: Any, path: str, body: tuple[Paragraph, ...]) -> Quote | None:
    node = ctx.resolve(value)
    if not isinstance(node, dict) or not _is_a(node, "Quotation"):
        return None
    text = _text(ctx, node.get("text"), child_path(path, "text"))
    if text is None:
        ctx.warn(path, "jsonld.missing-text", "quotation without text dropped")
        return None
    key = "spokenByCharacter" if "spokenByCharacter" in node else "creator"
    speaker = _single_agent(ctx, node[key], child_path(path, key)) if key in node else None
    kind = node.get(_nm("quoteKind"), QuoteKind.DIRECT.value)
    try:
        quote_kind = QuoteKind(kind)
    except ValueError:
        ctx.warn(child_path(path, _nm("quoteKind")), "jsonld.wrong-type", f"not a quote kind: {kind!r}")
        quote_kind = QuoteKind.DIRECT
    fields = {
        "text": text,
        "kind": quote_kind,
        "attribution": _attribution(ctx, node, path, speaker, body),
        "span": _span(ctx, node.get(_nm("span")), child_path(path, _nm("span")), body),
    }
    return _build(ctx, Quote, fields, path)


def _quotes(ctx: _Context, node: Mapping[str, Any], body: tuple[Paragraph, ...]) -> tuple[Quote, ...]:
    parts = node.get("hasPart")
    items = parts if isinstance(parts, list) else [] if parts is None else [parts]
    found = (_quote(ctx, item, child_path(ctx.at("hasPart"), i), body) for i, item in enumerate(items))
    return tuple(quote for quote in found if quote is not None)


def _headline(ctx: _Context, node: Mapping[str, Any]) -> str:
    for key in ("headline", "name"):
        value = node.get(key)
        if isinstance(_literal(value), str | list) and (text := _text(ctx, value, ctx.at(key))):
            if key != "headline":
                ctx.warn(ctx.at("headline"), "jsonld.missing-headline", f"no headline; used {key}")
            return text
    value = node.get("headline")
    problem = "missing" if value is None else f"not usable text: {value!r}"
    raise ModelDataError([(ctx.at("headline"), f"headline is {problem}")], source=ctx.source)


def _article(ctx: _Context, node: Mapping[str, Any]) -> Article:
    ctx.base = _page_url(ctx, node)
    fields: dict[str, Any] = {"headline": _headline(ctx, node), "url": ctx.base}
    for key, (field, reader) in _FIELDS.items():
        if node.get(key) is not None:
            fields[field] = reader(ctx, node[key], ctx.at(key))
    for field, (key, fallback) in _FALLBACKS.items():
        if not fields.get(field) and node.get(key) is not None:
            fields[field] = _FIELDS[fallback][1](ctx, node[key], ctx.at(key))
    fields["body"] = _body(ctx, node)
    fields["dateline"] = _dateline(ctx, node)
    fields["quotes"] = _quotes(ctx, node, fields["body"])
    article = _build(ctx, Article, fields, ctx.root)
    if article is None:
        raise ModelDataError([(i.pointer or "$", i.message) for i in ctx.issues[-1:]], source=ctx.source)
    return article


def read_jsonld(
    data: JsonInput, *, source: str | None = None, default_tz: str | None = "Asia/Jakarta", which: int = 0
) -> tuple[Article, tuple[Issue, ...]]:
    """Read an Article-like node (the first by default) of a JSON-LD value or text, with the issues met on the way.

    Lenient: a value that cannot be used (a relative URL without a base, a date no reader
    understands, an author without a name) is dropped and reported as a warning ``Issue``
    with its JSON path in ``data``; tolerated JSON faults are reported too.

    Args:
        data: A parsed JSON-LD value (dict or list, ``@graph`` allowed) or its JSON text.
        source: The file name or URL, for messages.
        default_tz: The zone for datetimes printed without an offset; ``None`` drops them.
        which: Which Article-like node to read, in :func:`find_articles` order.

    Returns:
        The article and the warnings.

    Raises:
        ParseError: ``data`` is text that is not JSON (with line and column), or
            ``default_tz`` names no time zone.
        NotAnArticleError: no node is an Article or a subtype.
        ModelDataError: the article node has no usable headline, or ``data`` is not an object or array.

    Example:
        >>> article, issues = read_jsonld('{"@type": "NewsArticle", "headline": "Hujan", "image": "/a.jpg"}')
        >>> article.headline, [issue.code for issue in issues]
        ('Hujan', ['jsonld.bad-url'])
    """
    zone = None if default_tz is None else lookup_zone(default_tz)
    if default_tz is not None and zone is None:
        raise ParseError(f"default_tz {default_tz!r} is not a time zone (an IANA key, 'Asia/Jakarta')", source=source)
    issues: list[Issue] = []
    if isinstance(data, str | bytes):
        data, issues = load_json(data, source=source)
    if not isinstance(data, dict | list):
        raise ModelDataError([("$", f"expected a JSON object or array, got {type(data).__name__}")], source=source)
    articles = article_nodes(data)
    if not articles:
        raise NotAnArticleError("no Article, NewsArticle or other Article-like node in the JSON-LD", source=source)
    if not 0 <= which < len(articles):
        raise NotAnArticleError(f"no Article-like node number {which} (the JSON-LD has {len(articles)})", source=source)
    root, node = articles[which]
    ctx = _Context(index=node_index(data), source=source, default_tz=default_tz, zone=zone, root=root, issues=issues)
    try:
        article = _article(ctx, node)
    except RecursionError:
        raise ModelDataError([(root, "nested too deeply to read")], source=source) from None
    return article, tuple(ctx.issues)


def from_jsonld(
    data: JsonInput, *, strict: bool = False, source: str | None = None, default_tz: str | None = "Asia/Jakarta"
) -> Article:
    """Read schema.org Article JSON-LD (newsmodel's own output or a site's) into an :class:`~newsmodel.Article`.

    Accepts ``@graph``, arrays of nodes and of types, ``Article``/``NewsArticle``/
    ``ReportageNewsArticle``/``BlogPosting`` and every other Article subtype, authors as
    strings, objects or arrays, ``image`` as URL, list or ImageObject, ``@id`` references to
    nodes elsewhere in the document, ``mainEntityOfPage`` as object or string, and dates as
    ISO 8601 or in the forms :mod:`newsmodel.dates` reads. The first Article-like node is read;
    use :func:`find_articles` to pick another. See :func:`read_jsonld` for the warnings.

    Args:
        data: A parsed JSON-LD value (dict or list) or its JSON text.
        strict: Raise instead of dropping values that cannot be used.
        source: The file name or URL, for messages.
        default_tz: The zone for datetimes printed without an offset; ``None`` drops them.

    Returns:
        The article.

    Raises:
        ParseError: ``data`` is text that is not JSON (with line and column), or
            ``default_tz`` names no time zone.
        NotAnArticleError: no node is an Article or a subtype.
        ModelDataError: no usable headline; with ``strict=True``, any dropped value
            (``errors`` lists the JSON paths).

    Example:
        >>> from_jsonld({"@context": "https://schema.org", "@type": "NewsArticle",
        ...              "headline": "Hujan", "author": "Redaksi"}).authors
        (Person(name='Redaksi', job_title=None, affiliation=None, url=None, same_as=()),)
    """
    article, issues = read_jsonld(data, source=source, default_tz=default_tz)
    if strict and issues:
        raise ModelDataError([(issue.pointer or "$", issue.message) for issue in issues], source=source)
    return article

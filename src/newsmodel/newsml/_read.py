"""Read NewsML-G2 news items into :class:`~newsmodel.Article`, one item or a stream of many."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Final
from urllib.parse import quote, urlunsplit

import attrs
from lxml import etree

from newsmodel import _xml
from newsmodel._model import (
    Article,
    Dateline,
    DateValue,
    ImageObject,
    Organization,
    Paragraph,
    Person,
    Quote,
    Subject,
)
from newsmodel._report import Issue, Severity
from newsmodel._text import absolute_url, has_space, parse_int, resolve_url, url_parts
from newsmodel._validators import is_language_tag
from newsmodel.exceptions import (
    InvalidModelError,
    NewsModelError,
    NotAnArticleError,
    ParseError,
    UnsupportedItemError,
)
from newsmodel.newsml._body import BodyParts, body_from_nitf, body_from_text, body_from_xhtml, normalize, text_of
from newsmodel.newsml._dates import DateKind, read_date
from newsmodel.newsml._names import (
    ADMIN,
    DESCRIPTIVE,
    ITEM_KINDS,
    ITEM_META_ORDER,
    ITEM_ORDER,
    NAR,
    NEWEST,
    NEWS_ITEM,
    NEWS_MESSAGE,
    OLDEST,
    OTHER_ITEMS,
    PACKAGE_ITEM,
    QCODE,
    XHTML,
    XML_LANG,
    concept_uri,
    line_of,
    local,
    namespace,
    parse_standard_version,
)
from newsmodel.newsml._schema_data import DECLARATIONS, GLOBAL
from newsmodel.quotes import extract_quotes
from newsmodel.quotes._languages import quote_language

__all__ = ["iter_newsml", "parse_newsml", "read_item"]

#: Misspelled content types of inline XHTML that agencies send (Reuters, STT).
_XHTML_TYPOS: Final = frozenset({"application/xhtml+html", "xhtml/xml", "text/xhtml", "application/xhtml"})
_NITF_TYPES: Final = frozenset({"application/nitf+xml"})
_PERSON_TYPES: Final = frozenset({"cpnat:person"})
_ORGANISATION_TYPES: Final = frozenset({"cpnat:organisation", "cpnat:organization"})
_JOBTITLE_REL: Final = "personrel:jobtitle"
_BOM: Final = b"\xef\xbb\xbf"
# HTML tags, removed from inlineData HTML that is not well-formed XML.
_TAG = re.compile(r"<[^<>]*>")
#: The item elements iter_newsml stops at, in the NewsML-G2 namespace or (tolerated) none.
_ITEM_TAGS: Final = tuple(f"{{{NAR}}}{kind}" for kind in sorted(ITEM_KINDS)) + tuple(sorted(ITEM_KINDS))
# RFC 3986 §2.2 reserved characters and "%" stay as they are when white space is encoded.
_URL_SAFE: Final = ":/?#[]@!$&'()*+,;=%~"


@attrs.define
class _Context:
    """Where the item came from, and where its issues go."""

    source: str | None
    issues: list[Issue] | None
    language: str | None = None
    base_url: str | None = None
    quotes: bool = True

    def report(
        self,
        code: str,
        message: str,
        element: etree._Element | None = None,
        severity: Severity = "warning",
        *,
        line: int | None = None,
    ) -> None:
        if self.issues is None:
            return
        line = line_of(element) if element is not None else line
        column = 1 if line == 1 and element is None else None
        self.issues.append(
            Issue(code=code, message=message, severity=severity, file=self.source, line=line, column=column)
        )

    def reporter(self, element: etree._Element) -> Callable[[str, str], None]:
        return lambda code, message: self.report(code, message, element)


@attrs.define
class _Draft:
    """The fields of an Article while an item is being read."""

    #: ``(text, language, is_main)`` for each headline.
    headlines: list[tuple[str, str | None, bool]] = attrs.field(factory=list)
    title: str | None = None
    body: list[Paragraph] = attrs.field(factory=list)
    language: str | None = None
    url: str | None = None
    identifier: str | None = None
    description: str | None = None
    caption: str | None = None
    keywords: list[str] = attrs.field(factory=list)
    subjects: list[Subject] = attrs.field(factory=list)
    authors: list[Person | Organization] = attrs.field(factory=list)
    publisher: Organization | None = None
    date_published: DateValue | None = None
    date_modified: DateValue | None = None
    date_created: DateValue | None = None
    version_created: DateValue | None = None
    version: int = 1
    dateline: str | None = None
    place: str | None = None
    dateline_source: str | None = None
    credit: str | None = None
    images: list[ImageObject] = attrs.field(factory=list)
    copyright_holder: Person | Organization | None = None
    item_class: str | None = None
    body_found: bool = False


# --- small helpers -----------------------------------------------------------------------


def _children(element: etree._Element) -> Iterator[etree._Element]:
    # Comments and processing instructions have a function as their tag.
    return (child for child in element if not callable(child.tag))


def _public(element: etree._Element) -> bool:
    # NewsML-G2 2.35 commonPowerAttributes @pubconstraint: a constrained property never
    # reaches the public model (dpa marks contact edNotes "dpapconstraint:nonpublic").
    return element.get("pubconstraint") is None


def _lang_of(element: etree._Element) -> str | None:
    node: etree._Element | None = element
    while node is not None:
        lang = node.get(XML_LANG) or node.get("lang")
        if lang:
            return lang.strip()
        node = node.getparent()
    return None


def _same_language(a: str | None, b: str | None) -> bool:
    return bool(a and b and a.split("-")[0].lower() == b.split("-")[0].lower())


def _pick(elements: list[etree._Element], language: str | None) -> etree._Element | None:
    """The element in the article's language, else the first one."""
    for element in elements:
        if _same_language(_lang_of(element), language):
            return element
    return elements[0] if elements else None


def _roles(element: etree._Element) -> list[str]:
    return (element.get("role") or "").split()


def _name_of(element: etree._Element, language: str | None) -> str | None:
    names = [child for child in _children(element) if local(child) == "name" and _public(child)]
    chosen = _pick(names, language)
    text = text_of(chosen) if chosen is not None else ""
    return text or normalize(element.get("literal") or "") or None


def _url(value: str | None) -> str | None:
    # The model's test of an absolute URL (any scheme, a host, no white space), so that every
    # URL to_newsml writes reads back: a bare "http://", "urn:x", "mailto:a@b.id", a relative
    # "/x" or an unclosed IPv6 host is no URL; a stray "%" or control character is percent-encoded.
    return absolute_url(value) if value else None


def _same_as(element: etree._Element) -> tuple[str, ...]:
    return tuple(url for child in _children(element) if local(child) == "sameAs" and (url := _url(child.get("uri"))))


def _date(element: etree._Element, kind: DateKind, ctx: _Context) -> DateValue | None:
    return read_date(element.text, kind, ctx.reporter(element))


# --- parties: creator, contributor, provider, copyrightHolder --------------------------------


def _party(element: etree._Element, ctx: _Context, *, default_person: bool) -> Person | Organization | None:
    name = _name_of(element, ctx.language) or normalize(element.get("qcode") or element.get("uri") or "") or None
    if name is None:
        ctx.report("newsml.party-without-name", f"{local(element)} has no name, literal or qcode", element)
        return None
    kind = element.get("type") or ""
    is_person = kind in _PERSON_TYPES or (default_person and kind not in _ORGANISATION_TYPES)
    url = _url(element.get("uri"))
    same_as = _same_as(element)
    try:
        if not is_person:
            return Organization(name=name, url=url, same_as=same_as)
        job = next(
            (
                _name_of(child, ctx.language)
                for child in _children(element)
                if local(child) == "related" and child.get("rel") == _JOBTITLE_REL
            ),
            None,
        )
        affiliation = None
        for details in (child for child in _children(element) if local(child) == "personDetails"):
            for child in _children(details):
                if local(child) == "affiliation" and (org_name := _name_of(child, ctx.language)):
                    affiliation = Organization(name=org_name, url=_url(child.get("uri")))
                    break
        return Person(name=name, job_title=job, affiliation=affiliation, url=url, same_as=same_as)
    except InvalidModelError as exc:
        ctx.report("newsml.party-invalid", f"{local(element)} left out: {exc}", element)
        return None


# --- itemMeta ---------------------------------------------------------------------------------

_Handler = Callable[[etree._Element, _Draft, _Context], None]


def _item_class(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    del ctx
    draft.item_class = (element.get("qcode") or element.get("uri") or "").strip() or None


def _provider(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    # An empty provider (newsmodel writes one for an article without publisher) means none.
    if len(element) or element.get("literal") or element.get("qcode") or element.get("uri"):
        party = _party(element, ctx, default_person=False)
        draft.publisher = party if isinstance(party, Organization) else None


def _version_created(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    draft.version_created = _date(element, "datetime", ctx)


def _first_created(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    draft.date_published = _date(element, "datetime", ctx)


def _embargoed(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    del draft
    # NewsML-G2 2.35: embargoed is xs:dateTime or empty (empty means no embargo).
    if (element.text or "").strip():
        when = read_date(element.text, "datetime", ctx.reporter(element))
        ctx.report("newsml.embargoed", f"the item is embargoed until {when}", element)


def _pub_status(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    del draft
    status = (element.get("qcode") or "").strip()
    if status and status.partition(":")[2] not in ("usable", ""):
        ctx.report("newsml.pub-status", f"publishing status is {status}", element)


def _title(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    del ctx
    if draft.title is None:
        draft.title = text_of(element) or None


def _link(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    del ctx
    rel = (element.get("rel") or "").strip()
    url = _url(element.get("href"))
    if url is None:
        return
    # irel (IPTC Item Relation): the article's own web page is its canonical link, or a
    # seeAlso link to an HTML page.
    web_page = rel == "irel:seeAlso" and (element.get("contenttype") or "").strip() in (
        "text/html",
        "application/xhtml+xml",
    )
    if rel == "irel:canonical" or (web_page and draft.url is None):
        draft.url = url


def _ignore(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    del element, draft, ctx


_ITEM_META: Final[dict[str, _Handler]] = {
    "itemClass": _item_class,
    "provider": _provider,
    "versionCreated": _version_created,
    "firstCreated": _first_created,
    "embargoed": _embargoed,
    "pubStatus": _pub_status,
    "title": _title,
    "link": _link,
    "edNote": _ignore,  # editorial notes are for editors, never public
}


# --- contentMeta ------------------------------------------------------------------------------


def _content_created(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    draft.date_created = _date(element, "truncated", ctx)


def _content_modified(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    draft.date_modified = _date(element, "truncated", ctx)


def _located(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    if draft.place is None:
        draft.place = _name_of(element, ctx.language)


def _info_source(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    if draft.dateline_source is None:
        draft.dateline_source = _name_of(element, ctx.language)


def _creator(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    party = _party(element, ctx, default_person=True)
    if party is not None:
        draft.authors.append(party)


def _language(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    tag = (element.get("tag") or "").strip()
    if draft.language is None and tag:
        draft.language = tag
        ctx.language = tag


def _keyword(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    del ctx
    text = text_of(element)
    if text:
        draft.keywords.append(text)


def _subject(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    qcode = (element.get("qcode") or "").strip() or None
    if qcode is not None and not QCODE.match(qcode):
        ctx.report("newsml.qcode", f"subject qcode {qcode!r} is not alias:code", element)
        qcode = None
    uri = _url(element.get("uri")) or (concept_uri(qcode) if qcode else None)
    # Facetted subjects (NewsML-G2 2.35 §subject/mainConcept) name their main concept inside.
    main = next((child for child in _children(element) if local(child) == "mainConcept"), None)
    if main is not None and uri is None and qcode is None:
        uri = _url(main.get("uri"))
        qcode = (main.get("qcode") or "").strip() or None
    name = _name_of(element, ctx.language) or (_name_of(main, ctx.language) if main is not None else None)
    name = name or qcode or uri
    if name is None:
        ctx.report("newsml.subject-empty", "subject has no name, qcode or uri", element)
        return
    try:
        draft.subjects.append(Subject(name=name, code=qcode, uri=uri))
    except InvalidModelError as exc:
        ctx.report("newsml.subject-invalid", f"subject left out: {exc}", element)


def _headline(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    text = text_of(element)
    if not text:
        ctx.report("newsml.empty-element", "empty headline", element)
        return
    roles = _roles(element)
    main = not roles or any(role.endswith((":main", ":headline")) for role in roles)
    draft.headlines.append((text, _lang_of(element), main))


def _dateline(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    del ctx
    if draft.dateline is None:
        draft.dateline = text_of(element) or None


def _creditline(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    del ctx
    if draft.credit is None:
        draft.credit = text_of(element) or None


def _description(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    del ctx
    text = text_of(element)
    if not text:
        return
    roles = _roles(element)
    if any(role.endswith(":caption") for role in roles):
        draft.caption = draft.caption or text
    elif not roles or any(role.endswith((":summary", ":teaser", ":abstract")) for role in roles):
        draft.description = draft.description or text


_CONTENT_META: Final[dict[str, _Handler]] = {
    "contentCreated": _content_created,
    "contentModified": _content_modified,
    "located": _located,
    "infoSource": _info_source,
    "creator": _creator,
    "language": _language,
    "keyword": _keyword,
    "subject": _subject,
    "headline": _headline,
    "dateline": _dateline,
    "creditline": _creditline,
    "description": _description,
    # urgency, genre, slugline, by, contributor: no Article field (see the docs' mapping table)
}


# --- rightsInfo, contentSet -------------------------------------------------------------------


def _rights_info(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    for child in _children(element):
        if local(child) == "copyrightHolder" and _public(child) and draft.copyright_holder is None:
            draft.copyright_holder = _party(child, ctx, default_person=False)


def _inline_xml(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    if draft.body_found:
        return
    content_type = (element.get("contenttype") or "").strip().lower()
    payload = next(_children(element), None)
    if payload is None:
        draft.body_found = True  # an empty inlineXML: the item has no text (LISTING 1)
        return
    root_name = local(payload)
    if content_type in _XHTML_TYPOS:
        ctx.report("newsml.content-type", f"misspelled content type {content_type!r} for XHTML", element)
    is_nitf = root_name == "nitf" or content_type in _NITF_TYPES or "nitf" in content_type
    if is_nitf:
        if content_type not in _NITF_TYPES:
            ctx.report("newsml.content-type", f"content type {content_type!r} holds NITF", element)
        parts = body_from_nitf(payload)
    elif root_name in ("html", "body", "p", "div", "section", "article", "h1", "h2", "ul", "ol", "blockquote"):
        if root_name == "html" and namespace(payload) != XHTML:
            ctx.report("newsml.xhtml-namespace", "XHTML html element is not in the XHTML namespace", payload)
        elif root_name != "html":
            ctx.report("newsml.xhtml-fragment", "inlineXML holds bare XHTML blocks without an html root", payload)
        parts = body_from_xhtml(element)
    else:
        ctx.report(
            "newsml.content-skipped", f"inlineXML with {root_name} ({content_type or 'no type'}) not read", element
        )
        return
    _take(parts, draft, ctx, element)


def _inline_data(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    if draft.body_found:
        return
    text = element.text or ""
    # NewsML-G2 2.35 @encoding is a QCode (e.g. "enc:base64"); older feeds write "base64".
    if (element.get("encoding") or "").strip().lower().rpartition(":")[2] == "base64":
        try:
            text = base64.b64decode("".join(text.split()), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError) as exc:
            ctx.report("newsml.inline-data", f"inlineData is not base64 UTF-8 text: {exc}", element, "error")
            return
    content_type = (element.get("contenttype") or "text/plain").strip().lower()
    if "html" in content_type and "<" in text:
        try:
            parts = body_from_xhtml(_xml.parse_bytes(f"<div>{text}</div>", source=ctx.source))
        except ParseError as exc:  # HTML that is not XML (entities, unclosed tags): keep the text
            ctx.report(
                "newsml.inline-data", f"inlineData HTML is not well-formed ({exc.message}); read as text", element
            )
            parts = body_from_text(_TAG.sub(" ", text))
    elif content_type.startswith("text/"):
        parts = body_from_text(text)
    else:
        ctx.report("newsml.content-skipped", f"inlineData of type {content_type!r} not read", element)
        return
    _take(parts, draft, ctx, element)


def _take(parts: BodyParts, draft: _Draft, ctx: _Context, element: etree._Element) -> None:
    draft.body_found = True
    draft.body = parts.blocks
    draft.images.extend(parts.images)
    for code, message in parts.notes:
        ctx.report(code, message, element)


def _dimension(element: etree._Element, name: str, ctx: _Context) -> int | None:
    value = (element.get(name) or "").strip()
    if not value:
        return None
    number = parse_int(value)
    if number is not None and number > 0:
        return number
    ctx.report("newsml.rendition-attribute", f"remoteContent @{name}={value!r} is not a positive integer", element)
    return None


def _resolve(href: str, element: etree._Element, ctx: _Context) -> str | None:
    # RFC 3986 §5: a relative reference is resolved against the document's base URI (the
    # file's own URI when reading a path). RFC 8089 §2: "file:///p" is "file://localhost/p".
    url = href.strip()
    if has_space(url):
        ctx.report("newsml.href-space", f"href {href!r} contains white space; percent-encoded", element)
        url = quote(url, safe=_URL_SAFE)
    resolved = resolve_url(url, ctx.base_url)
    parts = None if resolved is None else url_parts(resolved)
    if parts is None or not parts.scheme:
        return None
    if parts.scheme == "file" and not parts.netloc:
        return urlunsplit(parts._replace(netloc="localhost"))
    return resolved


def _remote_content(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    href = element.get("href")
    url = _resolve(href, element, ctx) if href else None
    if url is None:
        if not href:
            what = f"residref {element.get('residref')!r}"
        elif ctx.base_url is None and url_parts(href.strip()) is not None:
            what = f"relative href {href!r} and no base URL"
        else:
            what = f"href {href!r}, which is not a URL,"
        ctx.report("newsml.rendition-skipped", f"remoteContent with {what} has no absolute URL", element)
        return
    size = (element.get("size") or "").strip()
    try:
        draft.images.append(
            ImageObject(
                url=url,
                width=_dimension(element, "width", ctx),
                height=_dimension(element, "height", ctx),
                content_type=(element.get("contenttype") or "").strip() or None,
                size=parse_int(size, max_digits=18),
            )
        )
    except InvalidModelError as exc:
        ctx.report("newsml.rendition-skipped", f"remoteContent left out: {exc}", element)


_CONTENT_SET: Final[dict[str, _Handler]] = {
    "inlineXML": _inline_xml,
    "inlineData": _inline_data,
    "remoteContent": _remote_content,
}


def _content_set(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    # XHTML is preferred over NITF and plain text when an item has several renditions.
    children = [child for child in _children(element) if _public(child)]
    ordered = sorted(children, key=lambda el: 0 if "xhtml" in (el.get("contenttype") or "") else 1)
    for child in ordered:
        handler = _CONTENT_SET.get(local(child))
        if handler is not None:
            handler(child, draft, ctx)


# --- the item ---------------------------------------------------------------------------------


def _dispatch(parent: etree._Element, table: dict[str, _Handler], draft: _Draft, ctx: _Context) -> None:
    for child in _children(parent):
        if not _public(child):
            continue
        handler = table.get(local(child))
        if handler is not None:
            handler(child, draft, ctx)


def _check_order(parent: etree._Element, order: dict[str, int], ctx: _Context) -> None:
    last = -1
    for child in _children(parent):
        position = order.get(local(child))
        if position is None:
            continue
        if position < last:
            ctx.report("newsml.order", f"{local(child)} is out of schema order in {local(parent)}", child)
            return
        last = position


def _check_content_meta_order(element: etree._Element, ctx: _Context) -> None:
    seen_descriptive = False
    for child in _children(element):
        name = local(child)
        if name in DESCRIPTIVE:
            seen_descriptive = True
        elif name in ADMIN and seen_descriptive:
            ctx.report("newsml.order", f"{name} comes after descriptive metadata in contentMeta", child)
            return


def _item_meta(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    _check_order(element, ITEM_META_ORDER, ctx)
    _dispatch(element, _ITEM_META, draft, ctx)


def _content_meta(element: etree._Element, draft: _Draft, ctx: _Context) -> None:
    _check_content_meta_order(element, ctx)
    # Language first: it decides which of several language variants is picked.
    for child in _children(element):
        if local(child) == "language" and _public(child):
            _language(child, draft, ctx)
            break
    _dispatch(element, _CONTENT_META, draft, ctx)


_ITEM: Final[dict[str, _Handler]] = {
    "rightsInfo": _rights_info,
    "itemMeta": _item_meta,
    "contentMeta": _content_meta,
    "contentSet": _content_set,
}


def _check_item(item: etree._Element, ctx: _Context) -> None:
    if namespace(item) != NAR:
        ctx.report("newsml.namespace", f"{local(item)} is not in the NewsML-G2 namespace {NAR}", item)
    version_text = item.get("standardversion")
    version = parse_standard_version(version_text)
    if version is None:
        ctx.report("newsml.standard-version", f"standardversion {version_text!r} is missing or malformed", item)
    elif not OLDEST <= version <= NEWEST:
        ctx.report("newsml.standard-version", f"standardversion {version_text} is outside 2.4-2.35", item)
    if item.get(XML_LANG) is None and item.get("lang"):
        ctx.report("newsml.lang-attribute", "item uses lang= instead of xml:lang", item)
    _check_order(item, ITEM_ORDER, ctx)


def _package_refs(item: etree._Element) -> list[str]:
    refs: list[str] = []
    for element in item.iter(f"{{{NAR}}}itemRef", "itemRef"):
        ref = element.get("residref") or element.get("href")
        if ref:
            refs.append(ref.strip())
    return refs


#: Every element name NewsML-G2 2.35 declares, global or local: a root among them is a fragment.
_G2_NAMES: Final = frozenset(GLOBAL).union(*(children for children, *_ in DECLARATIONS))
#: Root elements of other XML formats a feed directory may hold, named in messages.
_OTHER_FORMATS: Final = {
    "rss": "rss (an RSS feed)",
    "RDF": "rdf:RDF (an RSS 1.0 feed)",
    "feed": "feed (an Atom feed)",
    "html": "html (a web page)",
    "NewsML": "NewsML (NewsML 1.x, not G2)",
}


def _refuse(item: etree._Element, ctx: _Context) -> None:
    kind = local(item)
    if kind == PACKAGE_ITEM:
        refs = _package_refs(item)
        listed = ", ".join(refs)
        raise UnsupportedItemError(
            PACKAGE_ITEM,
            source=ctx.source,
            detail=f"a package of {len(refs)} item references: {listed}"
            if refs
            else "a package without item references",
        )
    if kind in OTHER_ITEMS:
        item_class = next((el.get("qcode") for el in item.iter(f"{{{NAR}}}itemClass", "itemClass")), None)
        raise UnsupportedItemError(kind, source=ctx.source, detail=f"itemClass {item_class}" if item_class else "")
    if kind != NEWS_ITEM:
        if not kind:
            message = "not an XML element"
        elif namespace(item) not in {NAR, None} or kind in _OTHER_FORMATS or kind not in _G2_NAMES:
            # an RSS or Atom feed, an XHTML page: say what it is rather than call it a fragment
            uri = namespace(item)
            found = _OTHER_FORMATS.get(kind, f"{{{uri}}}{kind}" if uri else kind)
            message = f"not a NewsML-G2 document: the root element is {found}"
        else:
            message = (
                f"{kind} is a NewsML-G2 fragment, not a whole item (expected newsItem, packageItem or newsMessage)"
            )
        raise NotAnArticleError(
            message,
            source=ctx.source,
            line=line_of(item),
            column=None,
        )


def _headlines(draft: _Draft, language: str | None) -> tuple[str | None, str | None]:
    """The main headline (in the article's language when there is a choice) and an alternative."""
    mains = [(text, lang) for text, lang, main in draft.headlines if main] or [
        (text, lang) for text, lang, _ in draft.headlines
    ]
    headline = next((text for text, lang in mains if _same_language(lang, language)), mains[0][0] if mains else None)
    others = [text for text, _, main in draft.headlines if not main]
    return headline, others[0] if others else None


def _finish(item: etree._Element, draft: _Draft, ctx: _Context) -> Article:
    headline, alternative = _headlines(draft, draft.language or ctx.language)
    if headline is None and draft.title is not None:
        ctx.report("newsml.headline-from-title", "no headline: itemMeta/title used instead", item)
        headline = draft.title
    if headline is None:
        guid = f" {draft.identifier}" if draft.identifier else ""
        raise NotAnArticleError(
            f"newsItem{guid} has no headline (itemClass {draft.item_class or 'unknown'})",
            source=ctx.source,
            line=line_of(item),
        )
    # versionCreated stands in for a missing firstCreated on a first version, and for a
    # missing contentModified on later versions.
    if draft.date_published is None and draft.version <= 1:
        draft.date_published = draft.version_created
    if draft.date_modified is None and draft.version > 1:
        draft.date_modified = draft.version_created
    language = draft.language or _lang_of(item)
    if language is not None and not is_language_tag(language):
        ctx.report("newsml.language", f"{language!r} is not a BCP 47 language tag", item)
        language = None
    images = draft.images
    if draft.caption or draft.credit:
        images = [
            attrs.evolve(image, caption=image.caption or draft.caption, credit=image.credit or draft.credit)
            for image in images
        ]
    dateline = None
    if draft.dateline:
        dateline = Dateline(text=draft.dateline, place=draft.place, source=draft.dateline_source)
    body = tuple(draft.body)
    return Article(
        headline=headline,
        alternative_headline=alternative,
        body=body,
        language=language,
        url=draft.url,
        identifier=draft.identifier,
        description=draft.description,
        keywords=tuple(draft.keywords),
        subjects=tuple(draft.subjects),
        authors=tuple(draft.authors),
        publisher=draft.publisher,
        date_published=draft.date_published,
        date_modified=draft.date_modified,
        date_created=draft.date_created,
        dateline=dateline,
        images=tuple(images),
        quotes=_quotes(body, language) if ctx.quotes else (),
        copyright_holder=draft.copyright_holder,
    )


def _quotes(body: tuple[Paragraph, ...], language: str | None) -> tuple[Quote, ...]:
    # Every parser runs quote extraction over the body (DESIGN: data flow); a language no
    # lexicon covers is read with the Indonesian one, as it always has been here.
    if not body:
        return ()
    return extract_quotes(body, language=quote_language(language) or "id")


def read_item(
    item: etree._Element,
    *,
    source: str | None = None,
    issues: list[Issue] | None = None,
    base_url: str | None = None,
    quotes: bool = True,
) -> Article:
    """Read one item element into an Article.

    Args:
        item: A ``newsItem`` element (other item kinds are refused).
        source: The file name, for errors and issues.
        issues: A list that collects the deviations tolerated while reading.
        base_url: The URL relative ``href`` values are resolved against.
        quotes: Extract quotations from the body.

    Returns:
        The article.

    Raises:
        UnsupportedItemError: A package, concept, knowledge, planning or catalog item.
        NotAnArticleError: A fragment, or a news item without a headline.

    Example:
        >>> root = _xml.parse_bytes(b'''<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"
        ...   guid="urn:x" standard="NewsML-G2" standardversion="2.35"><itemMeta>
        ...   <itemClass qcode="ninat:text"/><provider literal="ACME"/>
        ...   <versionCreated>2025-07-04T09:02:41+07:00</versionCreated></itemMeta>
        ...   <contentMeta><headline>Hello</headline></contentMeta></newsItem>''')
        >>> read_item(root).headline
        'Hello'
    """
    ctx = _Context(source=source, issues=issues, base_url=base_url, quotes=quotes)
    _refuse(item, ctx)
    _check_item(item, ctx)
    draft = _Draft(identifier=(item.get("guid") or "").strip() or None)
    version = (item.get("version") or "1").strip()
    number = parse_int(version)
    draft.version = 1 if number is None else number
    ctx.language = _lang_of(item)
    # contentMeta's language decides which language variants of names to pick, so it is read first.
    ordered = sorted(_children(item), key=lambda el: 0 if local(el) == "contentMeta" else 1)
    for child in ordered:
        if _public(child) and (handler := _ITEM.get(local(child))) is not None:
            handler(child, draft, ctx)
    if draft.item_class is None:
        ctx.report("newsml.missing", "itemMeta/itemClass is missing", item, "error")
    return _finish(item, draft, ctx)


def _single_item(root: etree._Element, ctx: _Context) -> etree._Element:
    if local(root) != NEWS_MESSAGE:
        return root
    items = [el for item_set in root if local(item_set) == "itemSet" for el in _children(item_set)]
    news = [el for el in items if local(el) == NEWS_ITEM]
    if len(news) == 1:
        return news[0]
    if not news and items:
        return items[0]  # refused below with the kind it is
    raise NotAnArticleError(
        f"newsMessage holds {len(news)} news items; read it with iter_newsml",
        source=ctx.source,
        line=line_of(root),
    )


def parse_newsml(
    source: _xml.XMLSource, *, issues: list[Issue] | None = None, base_url: str | None = None, quotes: bool = True
) -> Article:
    """Read one NewsML-G2 news item into an :class:`~newsmodel.Article`.

    The source is bytes, XML text (a ``str`` whose first non-blank character is ``<``), a
    path (``str`` or ``os.PathLike``), or a binary file object. A ``newsMessage`` holding
    exactly one news item is accepted too. Deviations that real agencies send (a BOM, XHTML
    without its namespace, misspelled content types, elements out of order, ``+0100``
    offsets, dates without zone, empty elements, versions 2.4 to 2.35) are tolerated and,
    when ``issues`` is given, recorded there.

    Args:
        source: The document.
        issues: A list to which each tolerated deviation is appended as an
            :class:`~newsmodel.Issue`.
        base_url: What relative rendition ``href`` values are resolved against; by
            default the file's own ``file://localhost/...`` URI when ``source`` is a path.
            Renditions that stay relative are skipped with an issue.
        quotes: Extract quotations from the body (``False`` skips the most expensive step
            when only metadata and text are wanted).

    Returns:
        The article, with quotes extracted from the body.

    Raises:
        UnsupportedItemError: A package, concept, knowledge, planning or catalog item
            (``item_class`` names it; a package's message lists its item references).
        NotAnArticleError: A fragment (not a whole item), a news item without any headline,
            or a newsMessage with several news items.
        XMLSecurityError: The document declares a DOCTYPE or is too large.
        ParseError: The document is not well-formed XML or cannot be read.

    Example:
        >>> from newsmodel.newsml import parse_newsml
        >>> article = parse_newsml('''<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"
        ...   guid="urn:newsml:example.com:1" standard="NewsML-G2" standardversion="2.35">
        ...   <itemMeta><itemClass qcode="ninat:text"/><provider literal="ACME"/>
        ...   <versionCreated>2025-07-04T09:02:41+07:00</versionCreated></itemMeta>
        ...   <contentMeta><headline>Hujan deras</headline></contentMeta>
        ...   <contentSet><inlineXML contenttype="application/xhtml+xml">
        ...   <html xmlns="http://www.w3.org/1999/xhtml"><body><p>Jakarta banjir.</p></body></html>
        ...   </inlineXML></contentSet></newsItem>''')
        >>> article.headline, article.text, article.identifier
        ('Hujan deras', 'Jakarta banjir.', 'urn:newsml:example.com:1')
    """
    with _xml.open_source(source) as (stream, name):
        try:
            data = stream.read(_xml.MAX_BYTES + 1)
        except OSError as exc:
            raise ParseError(f"cannot read input: {exc}", source=name) from None
    if not isinstance(data, bytes | bytearray):
        raise ParseError("the file object must be opened in binary mode", source=name)
    root = _xml.parse_bytes(data, source=name)
    ctx = _Context(source=name, issues=issues)
    if bytes(data[:3]) == _BOM:
        ctx.report("newsml.bom", "the document starts with a byte order mark", line=1)
    item = _single_item(root, ctx)
    return read_item(item, source=name, issues=issues, base_url=base_url or _file_url(name), quotes=quotes)


def _file_url(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        uri = Path(name).resolve().as_uri()
    except (OSError, ValueError):
        return None
    return uri.replace("file:///", "file://localhost/", 1)


def iter_newsml(
    source: _xml.XMLSource, *, issues: list[Issue] | None = None, base_url: str | None = None, quotes: bool = True
) -> Iterator[Article]:
    """Stream the news items of a NewsML-G2 document as articles, in constant memory.

    Reads a bare item, a ``newsMessage`` (its ``itemSet`` elements, any number of items of
    mixed kinds) with :func:`lxml.etree.iterparse`, clearing each item once it is read.
    Items that are not news items (packages, concepts, knowledge, planning and catalog
    items) and news items that cannot become an article (no headline) are skipped; each
    skip is recorded in ``issues`` (code ``newsml.skipped``, with the item kind, the
    package's item references, or the reason), as is each tolerated deviation.

    Args:
        source: Bytes, XML text, a path, or a binary file object (see :func:`parse_newsml`).
        issues: A list that collects the issues; ``None`` drops them.
        base_url: As for :func:`parse_newsml`.
        quotes: As for :func:`parse_newsml`.

    Yields:
        One article per readable news item, in document order.

    Raises:
        NotAnArticleError: The root is neither an item nor a newsMessage (a fragment).
        XMLSecurityError: The document declares a DOCTYPE or is too large.
        ParseError: The XML is not well-formed (raised when the stream reaches the fault).

    Example:
        >>> from newsmodel.newsml import iter_newsml
        >>> item = '''<newsItem guid="urn:x:{n}" standard="NewsML-G2" standardversion="2.35">
        ...   <itemMeta><itemClass qcode="ninat:text"/><provider literal="A"/>
        ...   <versionCreated>2025-07-04T09:00:00Z</versionCreated></itemMeta>
        ...   <contentMeta><headline>Item {n}</headline></contentMeta></newsItem>'''
        >>> message = ('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        ...     + item.format(n=1) + item.format(n=2) + '</itemSet></newsMessage>')
        >>> [a.headline for a in iter_newsml(message)]
        ['Item 1', 'Item 2']
    """
    with _xml.open_source(source) as (stream, name):
        ctx = _Context(source=name, issues=issues, base_url=base_url or _file_url(name), quotes=quotes)
        yield from _stream(stream, ctx)


def _stream(stream: _xml.Readable, ctx: _Context) -> Iterator[Article]:
    head = stream.read(3)
    if head == _BOM:
        ctx.report("newsml.bom", "the document starts with a byte order mark", line=1)
    # Only item elements are handed to Python; the rest is parsed (and cleared) in libxml2.
    events = _xml.iterparse(_xml.Prefixed(head, stream), events=("end",), tag=_ITEM_TAGS, source=ctx.source)
    checked = False
    while True:
        try:
            _, element = next(events)
        except StopIteration as stop:
            root = stop.value
            if not checked and root is not None:
                _check_stream_root(root, ctx)
            return
        if not checked:
            _check_stream_root(element.getroottree().getroot(), ctx)
            checked = True
        parent = element.getparent()
        if parent is not None and local(parent) != "itemSet":
            continue  # an item inside something else is not a message item
        article = _read_or_skip(element, ctx)
        # Constant memory: drop the item and everything before it.
        element.clear()
        if parent is not None:
            while element.getprevious() is not None:
                del parent[0]
        if article is not None:
            yield article


def _check_stream_root(root: etree._Element, ctx: _Context) -> None:
    kind = local(root)
    if kind != NEWS_MESSAGE and kind not in ITEM_KINDS:
        _refuse(root, ctx)


def _read_or_skip(element: etree._Element, ctx: _Context) -> Article | None:
    try:
        return read_item(element, source=ctx.source, issues=ctx.issues, base_url=ctx.base_url, quotes=ctx.quotes)
    except UnsupportedItemError as exc:
        ctx.report("newsml.skipped", f"skipped {exc}", element)
    except NewsModelError as exc:
        ctx.report("newsml.skipped", f"skipped an item that is not an article: {exc}", element, "error")
    return None

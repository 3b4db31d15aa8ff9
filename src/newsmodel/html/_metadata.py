"""Page metadata with a clear precedence: JSON-LD, then OpenGraph, then other meta, then visible markup.

Every value found is recorded as a :class:`Candidate` with its rank and where it came from:

====  =====================================================================================
rank  source
====  =====================================================================================
0     JSON-LD in the page (``NewsArticle``/``Article``/…, ``@graph`` resolved), read by
      :func:`newsmodel.jsonld.from_jsonld`
1     OpenGraph (``og:*``) and ``article:*`` (ogp.me), ``<link rel="canonical">``
2     other meta: ``description``, ``author``, ``keywords``/``news_keywords``,
      ``publishdate``/``pubdate``/…, Dublin Core (``dc.*``, ``dcterms.*``), Parse.ly
      (``parsely-*``), Sailthru, Twitter cards, microdata ``itemprop``
3     visible markup: ``<h1>``, ``<time datetime>``, bylines, printed dates
====  =====================================================================================

A field takes the best-ranked candidate that can be read; the others remain for callers
that want to know (``PageMetadata.sources``). Meta handlers are a table keyed by the meta
``property``/``name``/``itemprop`` (lower-cased), so a new source is one line.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import cast

import attrs
from lxml import etree

from newsmodel._model import Article
from newsmodel._text import absolute_url as resolve_url
from newsmodel._text import alternation, squeeze
from newsmodel.exceptions import NewsModelError, ParseError
from newsmodel.html import _lexicon_en, _lexicon_id
from newsmodel.jsonld import from_jsonld
from newsmodel.jsonld._text import iter_objects, load_json

__all__ = [
    "Candidate",
    "PageMetadata",
    "absolute_url",
    "clean_headline",
    "collect_metadata",
    "is_organization_name",
    "split_keywords",
    "split_names",
]

JSONLD, OPENGRAPH, META, VISIBLE = 0, 1, 2, 3

# The elements metadata reads, found by lxml's C-level tag filter (cheaper than XPath):
# meta tags, link relations, JSON-LD blocks (JSON-LD 1.1 §6 "Embedding JSON-LD in HTML
# Documents"), the title, headings and <time datetime> (HTML §4.5.14).
_METADATA_TAGS = ("meta", "link", "script", "title", "h1", "time")
#: The schemes of links a page may name as its own URL or its images.
_WEB_SCHEMES = frozenset({"http", "https"})
# Separators between a headline and the site name in <title>/og:title ("X - Kompas.com",
# "X | Tempo", "X :: Okezone").
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-|\u2013\u2014:\u00b7\u2022]|::|\u00bb)\s+")
# Lists of names or keywords: "A, B dan C", "A and B", "A; B".
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\s&\s|\sdan\s|\sand\s)\s*", re.IGNORECASE)
_KEYWORD_SPLIT = re.compile(r"\s*[,;]\s*")


_BYLINE_LABEL = re.compile(
    rf"^\s*(?:{alternation({*_lexicon_id.BYLINE_LABELS, *_lexicon_en.BYLINE_LABELS})})\b\s*:?\s*", re.IGNORECASE
)
# A labelled byline line: "Pewarta: Nur Imansyah", "Oleh Budi", "By Jane Doe" (labels from the lexicons).
_AUTHOR_LINE = re.compile(
    rf"^\s*(?:{alternation({*_lexicon_id.AUTHOR_LABELS, *_lexicon_en.AUTHOR_LABELS})})\b\s*:?\s*([^:|]{{2,80}})$",
    re.IGNORECASE,
)
_ORGANIZATION_WORDS = re.compile(
    "|".join(rf"(?:{p})" for p in (*_lexicon_id.ORGANIZATION_AUTHORS, *_lexicon_en.ORGANIZATION_AUTHORS)),
    re.IGNORECASE,
)


@attrs.frozen
class Candidate:
    """One value for a field, with its rank (lower wins) and source (``"og:title"``…)."""

    rank: int
    value: str
    source: str


@attrs.define
class PageMetadata:
    """Everything the metadata pass found; :mod:`newsmodel.html._parse` picks from it.

    Attributes:
        jsonld: The article read from the page's JSON-LD, if any.
        sources: Field name → candidates in the order found.
        headings: The texts of the page's ``<h1>`` elements.
        title: The ``<title>`` text.
        html_lang: ``<html lang>``.
        og_type: ``og:type``, lower-cased.
        jsonld_types: ``@type`` values of the JSON-LD nodes seen (for telling index pages).

    Example:
        >>> page = PageMetadata()
        >>> page.add("headline", META, "Judul dari meta", "dc.title")
        >>> page.add("headline", OPENGRAPH, " Judul  OpenGraph ", "og:title")
        >>> page.best("headline"), [c.source for c in page.ranked("headline")]
        ('Judul OpenGraph', ['og:title', 'dc.title'])
        >>> page.all("headline", rank=META)
        ['Judul dari meta']
    """

    jsonld: Article | None = None
    sources: dict[str, list[Candidate]] = attrs.Factory(dict)
    headings: list[str] = attrs.Factory(list)
    title: str | None = None
    html_lang: str | None = None
    og_type: str | None = None
    jsonld_types: list[str] = attrs.Factory(list)

    def add(self, field: str, rank: int, value: str | None, source: str) -> None:
        """Record a candidate, white space normalised; blank values are ignored.

        Args:
            field: The field name (``"headline"``, ``"date_published"`` …).
            rank: ``JSONLD``, ``OPENGRAPH``, ``META`` or ``VISIBLE``.
            value: The value as found.
            source: Where it was found (``"og:title"``).
        """
        if value is None:
            return
        text = squeeze(value)
        if text:
            self.sources.setdefault(field, []).append(Candidate(rank, text, source))

    def ranked(self, field: str) -> list[Candidate]:
        """The candidates for ``field``, best first (stable within a rank).

        Args:
            field: The field name.

        Returns:
            The candidates, possibly none.
        """
        return sorted(self.sources.get(field, ()), key=lambda candidate: candidate.rank)

    def best(self, field: str) -> str | None:
        """The best candidate's value for ``field``.

        Args:
            field: The field name.

        Returns:
            The value, or ``None`` when nothing was found.
        """
        ranked = self.ranked(field)
        return ranked[0].value if ranked else None

    def all(self, field: str, rank: int | None = None) -> list[str]:
        """Every value for ``field`` at the best rank present (or at ``rank``).

        Args:
            field: The field name.
            rank: The rank to read; default the best one present.

        Returns:
            The values in the order found.
        """
        ranked = self.ranked(field)
        if not ranked:
            return []
        wanted = ranked[0].rank if rank is None else rank
        return [candidate.value for candidate in ranked if candidate.rank == wanted]


# ---- meta table -------------------------------------------------------------------------

#: Meta key (property, name or itemprop, lower-cased) → (field, rank). Read-only.
META_FIELDS: Mapping[str, tuple[str, int]] = MappingProxyType(
    {
        # OpenGraph, ogp.me §"Basic Metadata", §"Optional Metadata", "article" vertical.
        "og:title": ("headline", OPENGRAPH),
        "og:url": ("url", OPENGRAPH),
        "og:description": ("description", OPENGRAPH),
        "og:site_name": ("publisher", OPENGRAPH),
        "og:locale": ("language", OPENGRAPH),
        "og:image": ("image", OPENGRAPH),
        "og:image:url": ("image", OPENGRAPH),
        "og:image:secure_url": ("image", OPENGRAPH),
        "og:image:width": ("image_width", OPENGRAPH),
        "og:image:height": ("image_height", OPENGRAPH),
        "og:image:alt": ("image_alt", OPENGRAPH),
        "og:image:type": ("image_type", OPENGRAPH),
        "og:updated_time": ("date_modified", OPENGRAPH),
        "article:section": ("section", OPENGRAPH),
        "article:tag": ("keywords", OPENGRAPH),
        "article:published_time": ("date_published", OPENGRAPH),
        "article:modified_time": ("date_modified", OPENGRAPH),
        "article:author": ("authors", OPENGRAPH),
        # Plain HTML meta names (HTML §4.2.5.1 standard names) and common extensions.
        "description": ("description", META),
        "author": ("authors", META),
        "keywords": ("keywords", META),
        "news_keywords": ("keywords", META),
        "language": ("language", META),
        "content-language": ("language", META),
        "title": ("headline", META),
        "publishdate": ("date_published", META),
        "publish-date": ("date_published", META),
        "publish_date": ("date_published", META),
        "pubdate": ("date_published", META),
        "date": ("date_published", META),
        "article.published": ("date_published", META),
        "article_date_original": ("date_published", META),
        "originalpublicationdate": ("date_published", META),
        "content_publisheddate": ("date_published", META),
        "lastmod": ("date_modified", META),
        "last-modified": ("date_modified", META),
        "article.updated": ("date_modified", META),
        # Dublin Core (DCMI Metadata Terms) as HTML meta.
        "dc.title": ("headline", META),
        "dc.description": ("description", META),
        "dc.creator": ("authors", META),
        "dc.date": ("date_published", META),
        "dc.date.issued": ("date_published", META),
        "dcterms.created": ("date_published", META),
        "dcterms.issued": ("date_published", META),
        "dcterms.modified": ("date_modified", META),
        "dc.language": ("language", META),
        "dc.publisher": ("publisher", META),
        "dc.subject": ("keywords", META),
        # Parse.ly (docs.parse.ly "metadata tags") and Sailthru.
        "parsely-title": ("headline", META),
        "parsely-link": ("url", META),
        "parsely-author": ("authors", META),
        "parsely-pub-date": ("date_published", META),
        "parsely-section": ("section", META),
        "parsely-tags": ("keywords", META),
        "sailthru.author": ("authors", META),
        "sailthru.date": ("date_published", META),
        "sailthru.tags": ("keywords", META),
        # Twitter cards.
        "twitter:title": ("headline", META),
        "twitter:description": ("description", META),
        "twitter:image": ("image", META),
        "twitter:image:src": ("image", META),
        # Microdata itemprop (schema.org names, HTML §5.2.4 values).
        "headline": ("headline", META),
        "datepublished": ("date_published", META),
        "datemodified": ("date_modified", META),
        "articlesection": ("section", META),
        "inlanguage": ("language", META),
        "image": ("image", META),
        "thumbnailurl": ("image", META),
    }
)


def _meta(page: PageMetadata, element: etree._Element, base: str | None) -> None:
    key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
    if not key:
        return
    key = key.strip().lower()
    if key == "og:type":
        page.og_type = (element.get("content") or "").strip().lower() or None
        return
    target = META_FIELDS.get(key)
    if target is None:
        return
    field, rank = target
    value = element.get("content")
    if field in {"url", "image"}:
        value = absolute_url(value, base)
    if field == "authors" and value and value.strip().lower().startswith(("http://", "https://")):
        return  # article:author as a profile URL (Facebook page) names nobody
    page.add(field, rank, value, key)


def _link(page: PageMetadata, element: etree._Element, base: str | None) -> None:
    rel = (element.get("rel") or "").lower().split()
    if "canonical" in rel:
        page.add("url", OPENGRAPH, absolute_url(element.get("href"), base), "link:canonical")
    elif "image_src" in rel:
        page.add("image", META, absolute_url(element.get("href"), base), "link:image_src")


def _script(page: PageMetadata, element: etree._Element, _: str | None) -> None:
    if (element.get("type") or "").strip().lower() != "application/ld+json":
        return
    raw = element.text
    if not raw or page.jsonld is not None:
        return
    try:
        # Sites leave control characters and trailing commas in JSON-LD; load_json tolerates them.
        data, _fixes = load_json(raw)
    except ParseError:
        return  # not JSON at all, nested too deeply or a number Python refuses
    _collect_types(data, page.jsonld_types)
    if not isinstance(data, dict | list):
        return  # no article in a bare string or number (from_jsonld would read a string as JSON text)
    try:
        # from_jsonld finds the article nodes itself and raises NotAnArticleError (a
        # NewsModelError) when there is none: asking find_articles first would walk the
        # value twice for the same answer.
        page.jsonld = from_jsonld(data)
    except NewsModelError:
        return


def _collect_types(data: object, into: list[str]) -> None:
    """The ``@type`` of every node at the top or in a ``@graph`` (the first 500 nodes)."""
    for node in itertools.islice(iter_objects(data, lambda node: [node.get("@graph")]), 500):
        kind = node.get("@type")
        if isinstance(kind, str):
            into.append(kind)
        elif isinstance(kind, list):
            into.extend(str(item) for item in kind)


def _title(page: PageMetadata, element: etree._Element, _: str | None) -> None:
    if page.title is None:
        page.title = _text(element) or None


def _h1(page: PageMetadata, element: etree._Element, _: str | None) -> None:
    text = _text(element)
    if text:
        page.headings.append(text)


def _time(page: PageMetadata, element: etree._Element, _: str | None) -> None:
    cls = f"{element.get('class', '')} {element.get('itemprop', '')}".lower()
    field = "date_modified" if "updated" in cls or "modified" in cls else "date_published"
    page.add(field, VISIBLE, element.get("datetime"), "time[datetime]")
    _shown(page, element)


def _shown(page: PageMetadata, element: etree._Element) -> None:
    """Keep what a <time> element prints ("16 Feb 2016 at 09:09 WIB"): it tells the page's zone."""
    text = element.text
    if text and len(text) <= 80:
        page.add("date_shown", VISIBLE, text, "time text")


def _itemprop(page: PageMetadata, element: etree._Element, base: str | None, prop: str | None = None) -> None:
    prop = (prop or element.get("itemprop") or "").strip().lower()
    if prop == "author":
        name = element.find(".//*[@itemprop='name']")
        page.add("authors", META, _text(name if name is not None else element), "itemprop:author")
        return
    target = META_FIELDS.get(prop)
    if target is None:
        return
    field, rank = target
    value = element.get("content") or element.get("datetime")
    if field == "image":
        value = absolute_url(value or element.get("src") or element.get("href"), base)
    elif value is None:
        value = _text(element)
    page.add(field, rank, value, f"itemprop:{prop}")


#: Element name → handler; everything the XPath returns is dispatched here.
_HANDLERS: dict[str, Callable[[PageMetadata, etree._Element, str | None], None]] = {
    "meta": _meta,
    "link": _link,
    "script": _script,
    "title": _title,
    "h1": _h1,
    "time": _time,
}


def _text(element: etree._Element) -> str:
    # lxml-stubs type itertext() as str | bytes; an HTML tree parsed from text yields str.
    return squeeze("".join(cast("Iterator[str]", element.itertext())))


def absolute_url(value: str | None, base: str | None) -> str | None:
    """Resolve ``value`` against ``base``; ``None`` unless the result is an absolute http(s) URL.

    Args:
        value: A URL as written in the page (relative, protocol-relative or absolute).
        base: The page's URL.

    Returns:
        The absolute URL, or ``None``.

    Example:
        >>> absolute_url("/foto/a.jpg", "https://kompas.com/read/1"), absolute_url("javascript:void(0)", None)
        ('https://kompas.com/foto/a.jpg', None)
    """
    if not value:
        return None
    value = value.strip()
    if value.startswith("//"):
        value = "https:" + value
    return resolve_url(value, base, schemes=_WEB_SCHEMES)


def collect_metadata(root: etree._Element, *, base_url: str | None = None) -> PageMetadata:
    """Collect every metadata candidate from a parsed page.

    Meta, link, JSON-LD, title, ``<h1>`` and ``<time>`` come from one C-level pass over the
    tree; microdata and bylines in the body are added by :func:`add_visible` from the content
    walk, which visits those elements anyway.

    Args:
        root: The page's root element.
        base_url: The URL relative links are resolved against.

    Returns:
        The candidates by field, the JSON-LD article if any, headings and hints.

    Example:
        >>> from lxml import etree
        >>> root = etree.fromstring(
        ...     '<html lang="id"><head><meta property="og:title" content="Hujan - Kompas.com">'
        ...     '<link rel="canonical" href="/read/1"></head><body><h1>Hujan</h1></body></html>',
        ...     etree.HTMLParser(),
        ... )
        >>> page = collect_metadata(root, base_url="https://kompas.com/x")
        >>> page.best("url"), page.best("headline"), page.headings
        ('https://kompas.com/read/1', 'Hujan - Kompas.com', ['Hujan'])
    """
    page = PageMetadata(html_lang=root.get("lang") or root.get("xml:lang"))
    elements = list(root.iter(*_METADATA_TAGS))
    base = base_url or _canonical(elements)
    for element in elements:
        tag = element.tag
        if tag == "time" and element.get("itemprop"):
            _itemprop(page, element, base)
            _shown(page, element)
        else:
            _HANDLERS[tag](page, element, base)
    return page


def add_visible(
    page: PageMetadata,
    *,
    itemprops: Iterable[tuple[str, etree._Element]],
    bylines: Iterable[str],
    nearby: Iterable[str],
    base_url: str | None = None,
) -> None:
    """Add what the content walk saw in the page body: microdata, byline elements, labelled bylines.

    Args:
        page: The metadata to add to.
        itemprops: ``(itemprop, element)`` pairs (HTML §5.2 microdata).
        bylines: Texts of elements classed as bylines.
        nearby: Short blocks around the article start ("Pewarta: Nur Imansyah").
        base_url: The base for relative URLs.

    Example:
        >>> page = PageMetadata()
        >>> add_visible(page, itemprops=(), bylines=["Redaksi"], nearby=["Oleh: Budi Santoso"])
        >>> page.all("authors")
        ['Redaksi', 'Budi Santoso']
    """
    for prop, element in itemprops:
        _itemprop(page, element, base_url, prop)
    for text in bylines:
        page.add("authors", VISIBLE, text, "class:byline")
    for text in nearby:
        match = _AUTHOR_LINE.match(text)
        if match is not None:
            page.add("authors", VISIBLE, match.group(1), "byline label")


def _canonical(elements: list[etree._Element]) -> str | None:
    """The page's own absolute URL (canonical link or og:url), the base for relative links."""
    for element in elements:
        if element.tag == "link" and "canonical" in (element.get("rel") or "").lower().split():
            found = absolute_url(element.get("href"), None)
            if found:
                return found
        elif element.tag == "meta" and element.get("property") == "og:url":
            found = absolute_url(element.get("content"), None)
            if found:
                return found
    return None


def clean_headline(title: str, *, headings: list[str], site_names: list[str]) -> str:
    """Strip the site name from a page title, preferring a visible ``<h1>`` that matches.

    Args:
        title: ``og:title``, ``<title>`` or similar.
        headings: ``<h1>`` texts of the page.
        site_names: Names the site goes by (``og:site_name``, the host).

    Returns:
        The headline.

    Example:
        >>> clean_headline("Menhub Bocorkan Harga Tiket - Kompas.com", headings=[], site_names=["KOMPAS.com"])
        'Menhub Bocorkan Harga Tiket'
        >>> clean_headline("Hujan Deras :: Okezone News", headings=["Hujan Deras"], site_names=[])
        'Hujan Deras'
    """
    folded = title.casefold()
    for heading in headings:
        if len(heading) >= 10 and heading.casefold() in folded:
            return heading
    separators = list(_TITLE_SEPARATOR.finditer(title))
    if not separators:
        return title
    # Part i runs from the end of separator i-1 to the start of separator i.
    bounds = [0, *(m.end() for m in separators)]
    ends = [*(m.start() for m in separators), len(title)]
    parts = [title[start:end] for start, end in zip(bounds, ends, strict=True)]
    names = [name.casefold() for name in site_names if name]
    first, last = 0, len(parts)
    while last - first > 1:
        tail = parts[last - 1].casefold()
        if not (any(name in tail or tail in name for name in names) or len(tail.split()) <= 3):
            break
        last -= 1
    while last - first > 1 and any(name in parts[first].casefold() for name in names):
        first += 1
    return title[bounds[first] : ends[last - 1]].strip()


def split_names(text: str) -> list[str]:
    """Split a byline into names, dropping labels such as "Oleh", "Penulis:", "By".

    Args:
        text: A byline as printed.

    Returns:
        The names, in order.

    Example:
        >>> split_names("Oleh: Nur Imansyah dan Ade Marboen")
        ['Nur Imansyah', 'Ade Marboen']
        >>> split_names("By Jane Doe, John Roe")
        ['Jane Doe', 'John Roe']
    """
    text = _BYLINE_LABEL.sub("", text).strip()
    return [name for name in (part.strip(" .:|-") for part in _NAME_SPLIT.split(text)) if name]


def split_keywords(text: str) -> list[str]:
    """Split a ``keywords`` meta value at its commas or semicolons.

    Example:
        >>> split_keywords("banjir, Jakarta;hujan")
        ['banjir', 'Jakarta', 'hujan']
    """
    return _KEYWORD_SPLIT.split(text)


def is_organization_name(name: str, *, publisher: str | None = None) -> bool:
    """Whether an author name names an organization ("Redaksi", "Reuters", the publisher).

    Args:
        name: An author name.
        publisher: The publisher's name, if known.

    Returns:
        ``True`` for an organization.

    Example:
        >>> is_organization_name("Redaksi"), is_organization_name("Yuri Ushakov")
        (True, False)
    """
    if publisher and name.casefold() == publisher.casefold():
        return True
    words = name.split()
    if words and "." in words[-1]:
        return True  # an outlet written as a domain: "Kompas.com", "Beritagosip.com"
    return _ORGANIZATION_WORDS.fullmatch(name.strip()) is not None

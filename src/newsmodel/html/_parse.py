"""``parse_html``: one decode, one lxml parse, metadata and main content assembled into an Article."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from lxml import etree

from newsmodel._model import (
    Article,
    BlockKind,
    Dateline,
    DateValue,
    ImageObject,
    Organization,
    Paragraph,
    Person,
    Quote,
)
from newsmodel._text import parse_int, url_parts
from newsmodel._validators import is_language_tag
from newsmodel.dates import find_dates, parse_date
from newsmodel.exceptions import DateParseError, NotAnArticleError, ParseError
from newsmodel.html import _lexicon_en, _lexicon_id
from newsmodel.html._content import Content, Figure, extract_content
from newsmodel.html._dateline import split_dateline
from newsmodel.html._decode import decode_html
from newsmodel.html._language import detect_language, normalize_language
from newsmodel.html._metadata import (
    VISIBLE,
    PageMetadata,
    absolute_url,
    add_visible,
    clean_headline,
    collect_metadata,
    is_organization_name,
    split_keywords,
    split_names,
)
from newsmodel.quotes import extract_quotes
from newsmodel.quotes._languages import quote_language

__all__ = ["parse_html", "parse_tree"]

# libxml2's HTML parser, told never to touch the network (no DTD, no entities fetched).
# huge_tree lifts libxml2's depth and text-node limits so deep or huge pages parse instead of
# being silently cut; our own walks are iterative, never recursive.
_PARSER_OPTIONS = {
    "encoding": "utf-8",
    "no_network": True,
    "remove_comments": True,
    "remove_pis": True,
    "recover": True,
    "huge_tree": True,
    "default_doctype": False,
    # No getElementById here: skip libxml2's ID table.
    "collect_ids": False,
}
# A printed clock time ("21:04", "08.15") and a year or numeric date: prefilter for find_dates.
_HAS_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_HAS_DATE = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
# Captions that end with their credit: "… (KOMPAS.com/NAMA)", "… Foto: ANTARA/…", "… (Reuters)".
_CAPTION_CREDIT = re.compile(
    r"\s*[(\[]?\s*((?:foto|photo|dok\.?|dokumentasi|sumber|credit|image)\s*:\s*[^)\]]{2,80}"
    r"|(?<![A-Za-z0-9])[A-Za-z0-9]+(?:\.[A-Za-z]{2,4}){1,2}\s*/\s*[^)\]]{2,60}|(?:ANTARA\s+FOTO|REUTERS|AP|AFP|GETTY\s+IMAGES)\b[^)\]]{0,60})\s*[)\]]?\s*$",
    re.IGNORECASE,
)
# RSS 2.0 / RSS 1.0 (RDF) / Atom root elements at the start of a document: a feed, not a page.
_FEED = re.compile(
    # a comment's body can hold no "-->": each comment matches one way, so the scan stays linear
    r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<\?xml-stylesheet[^>]{0,300}>\s*)?"
    r"(?:<!--(?:[^-]|-(?!->)){0,500}-->\s*)*<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL,
)
#: Elements removed before the content walk (their text is never article text).
_NEVER_TEXT = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "select", "head")
#: OpenGraph types that say "article" (ogp.me "article" vertical and common site variants).
_ARTICLE_OG_TYPES = frozenset({"article", "news", "news_article", "newsarticle", "blog", "blogpost"})
#: JSON-LD types of listing pages.
_LISTING_TYPES = frozenset({"CollectionPage", "ItemList", "SearchResultsPage", "SiteNavigationElement"})


def parse_tree(text: str | bytes) -> etree._Element:
    """Parse decoded HTML once with lxml, safely (no network, no DTD, iterative limits lifted).

    Args:
        text: The decoded page, or its UTF-8 bytes (which spares an encode).

    Returns:
        The root element.

    Raises:
        ParseError: the text holds no HTML at all.

    Example:
        >>> parse_tree("<p>Halo</p>").find("body/p").text
        'Halo'
    """
    # HTML §13.2.5 turns U+0000 into U+FFFD or drops it; libxml2 would stop reading there.
    if isinstance(text, bytes):
        data = text.replace(b"\x00", b"") if b"\x00" in text else text
    else:
        data = (text.replace("\x00", "") if "\x00" in text else text).encode("utf-8", "replace")
    if not data.strip():
        raise ParseError("empty document")
    parser = etree.HTMLParser(**_PARSER_OPTIONS)  # type: ignore[arg-type]
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ParseError(f"not HTML: {exc}") from None
    if root is None:
        raise ParseError("no HTML element found")
    return root


def _host(url: str | None) -> str | None:
    if not url:
        return None
    parts = url_parts(url)
    host = parts.hostname if parts is not None else None
    return host.removeprefix("www.") if host else None


def _site_root(url: str | None) -> str | None:
    if not url:
        return None
    parts = url_parts(url)
    return f"{parts.scheme}://{parts.netloc}/" if parts is not None and parts.scheme and parts.netloc else None


def _headline(page: PageMetadata, site_names: list[str]) -> str | None:
    if page.jsonld is not None:
        return page.jsonld.headline
    for candidate in page.ranked("headline"):
        if candidate.rank <= 2:
            return clean_headline(candidate.value, headings=page.headings, site_names=site_names)
    if page.headings:
        return page.headings[0]
    if page.title:
        return clean_headline(page.title, headings=[], site_names=site_names)
    return None


def _url(page: PageMetadata, given: str | None) -> str | None:
    if page.jsonld is not None and page.jsonld.url:
        return page.jsonld.url
    return page.best("url") or given


def _keywords(page: PageMetadata, section: str | None) -> tuple[str, ...]:
    if page.jsonld is not None and page.jsonld.keywords:
        return _clean_tags(page.jsonld.keywords, section)
    found: list[str] = []
    ranked = page.ranked("keywords")
    for candidate in ranked:
        if candidate.rank != ranked[0].rank:
            break
        found.extend([candidate.value] if candidate.source == "article:tag" else split_keywords(candidate.value))
    return _clean_tags(found, section)


# A CMS pseudo-tag "Label:Value" (Parse.ly-style tags, copied into JSON-LD by some CMSs).
_LABELLED_TAG = re.compile(r"([^:]{1,40}?)\s*:\s*(.*)", re.DOTALL)
#: Tag labels of credits ("Editor:Iskandar") and sections ("section: Article"): no keywords.
_DROPPED_TAGS = frozenset(
    {*_lexicon_id.BYLINE_LABELS, *_lexicon_en.BYLINE_LABELS, *_lexicon_id.SECTION_LABELS, *_lexicon_en.SECTION_LABELS}
)
#: Tag labels whose value is the keyword ("Topic: Indra Birowo").
_TOPIC_TAGS = frozenset({*_lexicon_id.TOPIC_LABELS, *_lexicon_en.TOPIC_LABELS})


def _clean_tags(tags: Iterable[str], section: str | None) -> tuple[str, ...]:
    """Keywords from a page's tags, without the CMS pseudo-tags that are no keywords.

    Some CMSs tag every story with labelled entries: the section's path ("Tekno:Telko",
    "Photo:Showbiz:Musik" in section Tekno or Photo, "section: Article"), credits
    ("Editor:Iskandar"), empty labels ("News:"). Those are dropped; a topic label keeps its
    value ("Topic: Indra Birowo" → "Indra Birowo"); any other tag is kept as written, once
    (case-insensitively).

    Example:
        >>> tags = ["Tekno:Telko", "Editor:Iskandar", "News:", "Topik: Pilkada", "COVID-19: vaksin", "pilkada"]
        >>> _clean_tags(tags, "Tekno")
        ('Pilkada', 'COVID-19: vaksin')
    """
    folded_section = section.casefold() if section else None
    seen: dict[str, str] = {}
    for tag in tags:
        keyword = tag.strip()
        labelled = _LABELLED_TAG.fullmatch(keyword)
        if labelled is not None:
            label, value = labelled.group(1).strip().casefold(), labelled.group(2).strip()
            if not value or label in _DROPPED_TAGS or label == folded_section:
                continue
            if label in _TOPIC_TAGS:
                keyword = value
        if keyword:
            seen.setdefault(keyword.casefold(), keyword)
    return tuple(seen.values())


#: Breadcrumb items that name the site's front page, not a section.
_FRONT_PAGE = frozenset({"home", "beranda", "index", "indeks", "homepage", "halaman utama", "news", "berita"})
# A section given as a host name ("lifestyle.okezone.com"): that names the site, not a section.
_HOST_LIKE = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")


def _section(page: PageMetadata, content: Content, headline: str, site_names: list[str], url: str | None) -> str | None:
    """JSON-LD or meta section; else the last breadcrumb item that is a section name; else the URL's."""
    if page.jsonld is not None and page.jsonld.section:
        return page.jsonld.section
    for candidate in page.ranked("section"):
        if _HOST_LIKE.match(candidate.value) is None:
            return candidate.value
    names = {name.casefold() for name in site_names} | {headline.casefold()}
    for item in reversed(content.breadcrumbs):
        folded = item.casefold()
        if folded not in _FRONT_PAGE and folded not in names and len(item) <= 40 and item != headline:
            return item
    return url_section(url)


#: Section slugs of both languages and the section names they stand for.
_SECTION_SLUGS = {**_lexicon_en.SECTION_SLUGS, **_lexicon_id.SECTION_SLUGS}
#: Second-level labels of country-code domains ("co.uk", "co.id", "go.id", "com.au").
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "or", "ac", "go", "gov", "edu", "sch", "web", "my", "ne"})
#: How many leading path segments may name the section ("/story/sports/college/…").
_SECTION_DEPTH = 3


def url_section(url: str | None) -> str | None:
    """The section an article's URL names, if any: a known section slug as subdomain or folder.

    The last resort for pages that state no section. The slugs are the ``SECTION_SLUGS`` of
    the HTML lexicons; dates and the article's own slug (the last segment) are never read.

    Example:
        >>> url_section("http://bola.kompas.com/read/2016/02/23/16374618/samsul-arif")
        'Bola'
        >>> url_section("https://www.cbssports.com/nfl/news/browns-player-he-asked-for-it/")
        'NFL'
        >>> url_section("https://www.example.com/2019/11/18/health"), url_section("https://tech.co.uk/x/y")
        (None, None)
    """
    parts = url_parts(url) if url else None
    if parts is None or not parts.hostname:
        return None
    labels = parts.hostname.split(".")
    # a second-level label under a country code ("tech.co.uk", "berita.go.id") is no subdomain
    registrable = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    if len(labels) > registrable and labels[0] in _SECTION_SLUGS:
        return _SECTION_SLUGS[labels[0]]
    folders = [segment.lower() for segment in parts.path.split("/")[1:-1] if segment and not segment.isdigit()]
    for segment in folders[:_SECTION_DEPTH]:
        if segment in _SECTION_SLUGS:
            return _SECTION_SLUGS[segment]
    return None


def _publisher(page: PageMetadata, url: str | None) -> Organization | None:
    if page.jsonld is not None and page.jsonld.publisher is not None:
        return page.jsonld.publisher
    name = page.best("publisher")
    if not name:
        return None
    return Organization(name=name, url=_site_root(url))


def _authors(page: PageMetadata, publisher: Organization | None) -> tuple[Person | Organization, ...]:
    if page.jsonld is not None and page.jsonld.authors:
        return page.jsonld.authors
    ranked = page.ranked("authors")
    if not ranked:
        return ()
    names: dict[str, None] = {}
    for value in page.all("authors"):
        for name in split_names(value):
            if len(name) <= 80:
                names.setdefault(name, None)
    publisher_name = publisher.name if publisher is not None else None
    return tuple(
        Organization(name=name) if is_organization_name(name, publisher=publisher_name) else Person(name=name)
        for name in names
    )


#: Two "now"s far apart: a date that reads differently against them is relative ("kemarin",
#: "2 jam lalu") or year-less, and means nothing in a page read at an unknown time.
_REFERENCES = (dt.datetime(2001, 3, 5, 12, 0), dt.datetime(2031, 9, 17, 6, 0))


def _absolute_date(text: str, tz: str) -> DateValue | None:
    try:
        first, second = (parse_date(text, reference=reference, default_tz=tz) for reference in _REFERENCES)
    except DateParseError:
        return None
    return first if first == second else None


def _read_date(page: PageMetadata, field: str, tz: str) -> DateValue | None:
    for candidate in page.ranked(field):
        value = _absolute_date(candidate.value, tz)
        if value is not None:
            return value
    return None


def _visible_datetime(page: PageMetadata, content: Content, tz: str) -> dt.datetime | None:
    """The first printed date with a time near the article start ("Rabu, 4 November 2015 | 21:04 WIB")."""
    for text in (*content.nearby, *page.all("date_shown")[:3]):
        if _HAS_TIME.search(text) is None or _HAS_DATE.search(text) is None:
            continue
        try:
            matches = find_dates(text, default_tz=tz, reference=_REFERENCES[0])
        except DateParseError:
            continue
        for match in matches:
            if isinstance(match.value, dt.datetime) and _absolute_date(match.text, tz) == match.value:
                return match.value
    return None


def _dates(page: PageMetadata, content: Content, tz: str) -> tuple[DateValue | None, DateValue | None]:
    published: DateValue | None = page.jsonld.date_published if page.jsonld is not None else None
    modified: DateValue | None = page.jsonld.date_modified if page.jsonld is not None else None
    if published is None:
        published = _read_date(page, "date_published", tz)
    if modified is None:
        modified = _read_date(page, "date_modified", tz)
    needs_page = not isinstance(published, dt.datetime) or published.utcoffset() == dt.timedelta(0)
    if needs_page:
        shown = _visible_datetime(page, content, tz)
        if shown is not None:
            if isinstance(published, dt.datetime) and published == shown:
                # Same instant, printed in the page's zone: keep the page's offset (+07:00 for WIB).
                published = published.astimezone(shown.tzinfo)
            elif not isinstance(published, dt.datetime) and (
                published is None or (isinstance(published, dt.date) and published == shown.date())
            ):
                published = shown
            elif isinstance(published, dt.datetime) and abs(published - shown) <= dt.timedelta(minutes=1):
                published = published.astimezone(shown.tzinfo)
    if (
        isinstance(modified, dt.datetime)
        and isinstance(published, dt.datetime)
        and modified.utcoffset() == dt.timedelta(0)
    ):
        modified = modified.astimezone(published.tzinfo)
    return published, modified


def _split_credit(caption: str | None) -> tuple[str | None, str | None]:
    if not caption:
        return None, None
    match = _CAPTION_CREDIT.search(caption)
    if match is None or match.start() == 0:
        return caption, None
    credit = match.group(1).strip()
    if credit.count("(") > credit.count(")"):
        credit = caption[match.start(1) :].strip()  # "Foto: Ani (Kompas.com)": its own bracket closes it
    return caption[: match.start()].rstrip(" -|,"), credit


def _same_image(a: str, b: str) -> bool:
    """Whether two image URLs name the same picture (the same file, maybe another rendition)."""

    def stem(url: str) -> str:
        return url.rsplit("/", 1)[-1].split("?", 1)[0].rsplit(".", 1)[0].casefold()

    first, second = stem(a), stem(b)
    if len(first) < 4 or len(second) < 4:
        return a == b
    if first in second or second in first:
        return True
    # Renditions of one photo share most of the file name ("…-diabetes-QGKmvR1bRS.jpg" and
    # "…-diabetes-4iGLnhEgWh.jpg", "…husin780x390.jpg" and "…husinp.jpg").
    shared = next(
        (i for i, (x, y) in enumerate(zip(first, second, strict=False)) if x != y), min(len(first), len(second))
    )
    return shared >= 8 and shared >= 0.75 * min(len(first), len(second))


def _lead_figure(content: Content, url: str | None) -> Figure | None:
    """The figure showing the lead image; without one, the first captioned figure near the article."""
    figures = [figure for figure in content.figures if figure.caption or figure.credit]
    if url:
        return next((f for f in figures if f.src and _same_image(f.src, url)), None)
    if content.start < 0:
        return None
    near = [f for f in figures if f.src]
    return near[0] if near else None


def _images(page: PageMetadata, content: Content, base: str | None) -> tuple[ImageObject, ...]:
    lead: ImageObject | None = None
    if page.jsonld is not None and page.jsonld.images:
        lead = page.jsonld.images[0]
        rest = page.jsonld.images[1:]
    else:
        rest = ()
        src = page.best("image")
        if src:
            lead = ImageObject(
                url=src,
                width=_positive(page.best("image_width")),
                height=_positive(page.best("image_height")),
                content_type=page.best("image_type"),
            )
    figure = _lead_figure(content, lead.url if lead is not None else None)
    if figure is not None:
        caption, credit = _split_credit(figure.caption)
        credit = figure.credit or credit
        if lead is None and figure.src:
            src = absolute_url(figure.src, base)
            if src:
                lead = ImageObject(url=src, width=figure.width, height=figure.height)
        if lead is not None:
            lead = ImageObject(
                url=lead.url,
                caption=lead.caption or caption,
                credit=lead.credit or credit,
                width=lead.width or figure.width,
                height=lead.height or figure.height,
                content_type=lead.content_type,
                size=lead.size,
            )
    if lead is None:
        return tuple(rest)
    return (lead, *rest)


def _positive(value: str | None) -> int | None:
    number = parse_int(value)
    return number if number is not None and 0 < number < 100_000 else None


#: How many leading blocks may precede the dateline (a printed date, a photo caption).
_DATELINE_WITHIN = 3
#: Blocks before the dateline longer than this are article text, not page furniture.
_FURNITURE_CHARS = 200


def _take_dateline(blocks: list[tuple[str, BlockKind]], outlets: list[str]) -> Dateline | None:
    """Find the dateline in the first few blocks, strip it, and drop the furniture above it."""
    for index, (text, kind) in enumerate(blocks[:_DATELINE_WITHIN]):
        found, rest = split_dateline(text, outlets=outlets)
        if found is None:
            if len(text) > _FURNITURE_CHARS:
                return None
            continue
        if rest.strip(" -\u2013\u2014"):
            blocks[index] = (rest, kind)
        else:
            del blocks[index]
        del blocks[:index]
        return found
    return None


def _is_date_line(text: str, tz: str) -> bool:
    """A block that is only a printed date ("Kamis, 05 November 2015 | 11:13 WIB")."""
    if len(text) > 60 or _HAS_DATE.search(text) is None:
        return False
    try:
        matches = find_dates(text, default_tz=tz)
    except DateParseError:
        return False
    covered = sum(match.end - match.start for match in matches)
    return bool(matches) and covered >= len(text.strip(" |-\u2013\u2014")) * 0.8


# A closing signature: two to four capitalised words and nothing else ("DINI TEJA").
_SIGNATURE = re.compile(r"^[A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){1,3}$")
#: Quotations are looked for in this many leading blocks at most: attribution costs far more
#: per block than extraction, and a page with more blocks is not a news story anyway.
MAX_QUOTE_BLOCKS = 1000


def _quotes(paragraphs: tuple[Paragraph, ...], language: str | None) -> tuple[Quote, ...]:
    covered = quote_language(language)
    if language is not None and covered is None:
        return ()  # a language no quote lexicon covers (undetected reads as Indonesian)
    return extract_quotes(paragraphs[:MAX_QUOTE_BLOCKS], language=covered or "id")


def _is_article(page: PageMetadata, content: Content) -> bool:
    """Article or listing: JSON-LD says so, or the page has enough link-poor prose for one.

    ``og:type`` and meta dates are weak evidence (index pages copy them from article
    templates, and many CMSs say ``website`` everywhere): they only lower the bar.
    """
    if page.jsonld is not None:
        return True  # an Article node, even a photo story whose body is all captions
    if any(kind.split(":")[-1] in _LISTING_TYPES for kind in page.jsonld_types):
        return False
    prose, blocks = content.text_chars, content.prose_blocks
    if page.og_type in _ARTICLE_OG_TYPES or page.sources.get("date_published"):
        # A one-paragraph story counts when the page is not mostly links (a section front).
        enough = blocks >= 2 or prose >= 300 or (blocks == 1 and content.page_link_density < 0.5)
        return enough and content.link_density < 0.5
    return blocks >= 2 and prose >= 200 and content.link_density < 0.35


def parse_html(
    source: str | bytes, *, url: str | None = None, language: str | None = None, quotes: bool = True
) -> Article:
    """Turn a fetched article page into an :class:`~newsmodel.Article`.

    The page is decoded honestly (BOM, declared charset, strict UTF-8, windows-1252; see
    :mod:`newsmodel.html._decode`), parsed once with lxml (nothing is ever fetched), its
    metadata read by precedence (JSON-LD, OpenGraph, other meta, visible markup), its main
    text extracted without boilerplate, the dateline split off the first block, and its
    quotations found with :func:`newsmodel.extract_quotes`.

    Args:
        source: The page, as fetched (``bytes``) or decoded (``str``).
        url: Where the page came from: the base for relative links, and the article's URL
            when the page names no canonical URL.
        language: The article's language as a BCP 47 tag (``"id"``, ``"en-US"``), when the
            caller knows it; kept as given (a POSIX locale such as ``"en_US"`` is reduced to
            its language). Otherwise it is detected from the text (``<html lang>`` is only a hint).
        quotes: Find the quotations and their speakers (Indonesian and English text, in the
            first ``MAX_QUOTE_BLOCKS`` blocks). Turn it off for bulk text extraction:
            attribution costs more than the rest of the parse.

    Returns:
        The article.

    Raises:
        NotAnArticleError: the page is a section front, an index or search page, or has no
            headline.
        ParseError: the input is empty or holds no HTML.

    Example:
        >>> page = '''<html lang="en"><head><title>Banjir Jakarta - Kompas.com</title>
        ... <meta property="og:type" content="article"></head><body><article><h1>Banjir Jakarta</h1>
        ... <p>JAKARTA, KOMPAS.com - Hujan deras yang mengguyur Jakarta sejak pagi membuat puluhan rumah
        ... warga di bantaran kali terendam banjir, dan warga mengungsi ke masjid.</p>
        ... <p>"Air naik cepat sekali," kata Budi, warga setempat, kepada wartawan.</p></article></body></html>'''
        >>> article = parse_html(page, url="https://www.kompas.com/read/1")
        >>> article.headline, article.language, article.dateline.source
        ('Banjir Jakarta', 'id', 'KOMPAS.com')
        >>> article.body[0].text[:27]
        'Hujan deras yang mengguyur '
    """
    return article_from_tree(page_tree(source, url=url), url=url, language=language, quotes=quotes)


def page_tree(source: str | bytes, *, url: str | None = None) -> etree._Element:
    r"""Decode a page honestly and parse it once: the tree :func:`parse_html` reads.

    Args:
        source: The page, as fetched (``bytes``) or decoded (``str``).
        url: Where the page came from, named in errors.

    Returns:
        The root element.

    Raises:
        NotAnArticleError: the document is an RSS or Atom feed.
        ParseError: the input is not text or holds no HTML.

    Example:
        >>> page_tree(b"<meta charset=windows-1252><p>Caf\xe9</p>").find("body/p").text
        'Café'
    """
    if not isinstance(source, str | bytes | bytearray | memoryview):
        raise ParseError(f"expected str or bytes, got {type(source).__name__}", source=url)
    decoded = decode_html(bytes(source) if not isinstance(source, str) else source)
    if _FEED.match(decoded.text) is not None:
        raise NotAnArticleError("the document is an RSS or Atom feed, not an article page", source=url)
    # Bytes that were valid UTF-8 as they stand go to lxml as they are; anything else is
    # re-encoded from the decoded text.
    as_is = isinstance(source, bytes) and decoded.encoding == "utf-8" and decoded.how != "bom" and not decoded.repaired
    return parse_tree(source if as_is and isinstance(source, bytes) else decoded.text)


def article_from_tree(
    root: etree._Element, *, url: str | None = None, language: str | None = None, quotes: bool = True
) -> Article:
    """Read the article of a page parsed by :func:`page_tree` (the tree is changed: it is spent).

    The arguments and errors are those of :func:`parse_html`, which is this after :func:`page_tree`.

    Example:
        >>> root = page_tree('''<meta property="og:type" content="article"><h1>Banjir</h1>
        ... <p>Hujan deras yang mengguyur Jakarta sejak pagi membuat puluhan rumah warga di
        ... bantaran kali terendam banjir, dan warga mengungsi ke masjid terdekat.</p>
        ... <p>Petugas membagikan makanan dan selimut kepada warga yang mengungsi, sementara
        ... air diperkirakan surut pada malam hari jika hujan berhenti.</p>''')
        >>> article = article_from_tree(root, language="id")
        >>> article.headline, len(article.body)
        ('Banjir', 2)
    """
    # A url= that is not an absolute http(s) URL ("file:///tmp/x.html") names no article.
    base = absolute_url(url, None)
    page = collect_metadata(root, base_url=base)
    article_url = _url(page, base)
    site_names = [name for name in (page.best("publisher"), _host(article_url), _host(base)) if name]
    headline = _headline(page, site_names)
    if not headline:
        raise NotAnArticleError("the page has no headline", source=url)
    # Metadata is read; what never holds article text goes now, in C, before the Python walk.
    etree.strip_elements(root, *_NEVER_TEXT, with_tail=False)
    body = root.find("body")
    content = extract_content(body if body is not None else root, headline=headline)
    add_visible(page, itemprops=content.itemprops, bylines=content.bylines, nearby=content.nearby, base_url=article_url)
    if not _is_article(page, content):
        raise NotAnArticleError("the page is not an article (an index, section front or listing)", source=url)
    hint = page.jsonld.language if page.jsonld is not None and page.jsonld.language else None
    hint = hint or page.best("language") or page.html_lang
    # A tag the caller gives is kept as given ("en-US"); one the model would refuse ("en_US") is normalised.
    given = language if language is None or is_language_tag(language) else normalize_language(language)
    lang = given or normalize_language(detect_language([headline, *(text for text, _ in content.blocks)], hint=hint))
    tz = "Asia/Jakarta" if normalize_language(lang) in {None, "id"} else "UTC"
    publisher = _publisher(page, article_url)
    outlets = [*site_names, *((publisher.name,) if publisher is not None else ())]
    blocks = [block for block in content.blocks if not _is_date_line(block[0], tz)]
    found = _take_dateline(blocks, outlets)
    dateline = (page.jsonld.dateline if page.jsonld is not None else None) or found
    if blocks and _SIGNATURE.match(blocks[-1][0]) and len(blocks) > 1:
        # Tempo and print-style stories close with the reporter's name in capitals ("DINI TEJA").
        page.add("authors", VISIBLE, blocks.pop()[0].title(), "closing signature")
    paragraphs = tuple(Paragraph(text=text, kind=kind) for text, kind in blocks if text.strip())
    published, modified = _dates(page, content, tz)
    section = _section(page, content, headline, site_names, article_url)
    return Article(
        headline=headline,
        body=paragraphs,
        language=lang,
        url=article_url,
        identifier=page.jsonld.identifier if page.jsonld is not None else None,
        alternative_headline=page.jsonld.alternative_headline if page.jsonld is not None else None,
        description=(page.jsonld.description if page.jsonld is not None else None) or page.best("description"),
        section=section,
        keywords=_keywords(page, section),
        subjects=page.jsonld.subjects if page.jsonld is not None else (),
        authors=_authors(page, publisher),
        publisher=publisher,
        date_published=published,
        date_modified=modified,
        date_created=page.jsonld.date_created if page.jsonld is not None else None,
        dateline=dateline,
        images=_images(page, content, article_url),
        quotes=_quotes(paragraphs, lang) if quotes else (),
        copyright_holder=page.jsonld.copyright_holder if page.jsonld is not None else None,
        is_accessible_for_free=page.jsonld.is_accessible_for_free if page.jsonld is not None else None,
    )

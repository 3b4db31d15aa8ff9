"""NewsML-G2 namespaces, element-name helpers and the tiny shared vocabulary of the reader and writer."""

from __future__ import annotations

import functools
import re
from typing import Final

from lxml import etree

from newsmodel._text import parse_int
from newsmodel.newsml._catalog_data import SCHEMES

#: NewsML-G2 2.35 §1.4: every G2 element lives in the NAR namespace.
NAR: Final = "http://iptc.org/std/nar/2006-10-01/"
XHTML: Final = "http://www.w3.org/1999/xhtml"
NITF: Final = "http://iptc.org/std/NITF/2006-10-18/"
XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"

#: The item roots (NewsML-G2 2.35 §2, "AnyItemType"), with what newsmodel makes of each.
NEWS_ITEM: Final = "newsItem"
PACKAGE_ITEM: Final = "packageItem"
OTHER_ITEMS: Final = frozenset({"conceptItem", "knowledgeItem", "planningItem", "catalogItem"})
ITEM_KINDS: Final = frozenset({NEWS_ITEM, PACKAGE_ITEM}) | OTHER_ITEMS
NEWS_MESSAGE: Final = "newsMessage"

#: The oldest and newest standardversion this library reads without a warning.
OLDEST: Final = (2, 4)
NEWEST: Final = (2, 35)

#: NewsML-G2 2.35 §contentMeta: the administrative block precedes the descriptive block.
ADMIN: Final = frozenset(
    {
        "urgency",
        "contentCreated",
        "contentModified",
        "digitalSourceType",
        "located",
        "infoSource",
        "creator",
        "contributor",
        "audience",
        "exclAudience",
        "altId",
        "rating",
        "userInteraction",
    }
)
DESCRIPTIVE: Final = frozenset(
    {"language", "genre", "keyword", "subject", "slugline", "headline", "dateline", "by", "creditline", "description"}
)
#: NewsML-G2 2.35 itemMeta (a strict sequence): the position of each child.
ITEM_META_ORDER: Final = {
    name: index
    for index, name in enumerate(
        [
            "itemClass",
            "provider",
            "versionCreated",
            "firstCreated",
            "embargoed",
            "pubStatus",
            "role",
            "fileName",
            "generator",
            "profile",
            "service",
            "title",
            "edNote",
            "memberOf",
            "instanceOf",
            "signal",
            "altRep",
            "deliverableOf",
            "hash",
            "expires",
            "origRep",
            "incomingFeedId",
            "metadataCreator",
            "link",
            "itemMetaExtProperty",
        ]
    )
}
#: NewsML-G2 2.35 AnyItemType and its extensions: the position of each child of an item
#: (members of one xs:choice share a position).
ITEM_ORDER: Final = {
    "Signature": 0,
    "catalogRef": 1,
    "catalog": 1,
    "hopHistory": 2,
    "pubHistory": 3,
    "rightsInfo": 4,
    "itemMeta": 5,
    "contentMeta": 6,
    "partMeta": 7,
    "assert": 8,
    "inlineRef": 9,
    "derivedFrom": 10,
    "derivedFromValue": 10,
    "contentSet": 11,
    "groupSet": 11,
    "concept": 11,
    "conceptSet": 11,
    "schemeMeta": 12,
}
# NewsML-G2 2.35 XSD, QCodeType: "[^\s:]+:[^\s]+".
QCODE = re.compile(r"^[^\s:]+:\S+$")
# NewsML-G2 2.35 XSD, @standardversion: "[0-9]+\.[0-9]+".
STANDARD_VERSION = re.compile(r"^([0-9]+)\.([0-9]+)$")


@functools.lru_cache(maxsize=4096)
def _local_name(tag: str) -> str:
    # A bounded cache: documents use a small vocabulary, and hostile input cannot inflate it.
    return tag.rpartition("}")[2]


def local(element: etree._Element) -> str:
    """The local name of an element (``""`` for comments and processing instructions).

    Example:
        >>> local(etree.fromstring('<a xmlns="http://iptc.org/std/nar/2006-10-01/"/>'))
        'a'
    """
    tag: object = element.tag  # a function for comments and processing instructions
    if not isinstance(tag, str):
        return ""
    return _local_name(tag)


def line_of(element: etree._Element) -> int | None:
    r"""The line an element starts on, when lxml knows it.

    Example:
        >>> line_of(etree.fromstring("<a>\n<b/></a>")[0])
        2
    """
    line: object = element.sourceline
    return line if isinstance(line, int) else None


def namespace(element: etree._Element) -> str | None:
    """The namespace URI of an element, or ``None``.

    Example:
        >>> namespace(etree.fromstring("<a/>")) is None
        True
    """
    tag: object = element.tag
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].partition("}")[0]
    return None


def concept_uri(qcode: str) -> str | None:
    """The concept URI of a QCode whose scheme alias the bundled IPTC catalog knows.

    QCodes stay opaque: nothing is fetched, and aliases from agency catalogs give ``None``.

    Args:
        qcode: ``alias:code``.

    Returns:
        The scheme URI followed by the code, or ``None``.

    Example:
        >>> concept_uri("medtop:11000000")
        'http://cv.iptc.org/newscodes/mediatopic/11000000'
        >>> concept_uri("apcat:x") is None
        True
    """
    alias, sep, code = qcode.partition(":")
    if not sep or not code:
        return None
    scheme = SCHEMES.get(alias)
    return scheme + code if scheme else None


def parse_standard_version(text: str | None) -> tuple[int, int] | None:
    """``"2.35"`` → ``(2, 35)``; ``None`` when absent or malformed.

    Example:
        >>> parse_standard_version("2.9") < parse_standard_version("2.35")
        True
        >>> parse_standard_version("9" * 5000 + ".35") is None
        True
    """
    match = STANDARD_VERSION.match((text or "").strip())
    if match is None:
        return None
    # parse_int: ASCII digits, and no number Python refuses to convert (4,300+ digits)
    major, minor = parse_int(match.group(1)), parse_int(match.group(2))
    return None if major is None or minor is None else (major, minor)

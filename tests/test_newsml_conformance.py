"""IPTC's official NewsML-G2 examples as conformance tests: each kind of file meets its expectation."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from newsmodel._report import Issue
from newsmodel.exceptions import NewsModelError, NotAnArticleError, UnsupportedItemError
from newsmodel.newsml import iter_newsml, parse_newsml
from tests.helpers import shared_files

EXAMPLES = shared_files("corpora/newsml-g2/examples", "*.xml")
OTHER_ITEMS = {"conceptItem", "knowledgeItem", "planningItem", "catalogItem"}
FRAGMENTS = {"contentSet", "contentMeta", "groupSet"}

# Independent readings of the files, with plain XPath (not the library's reader).
_HEADLINES = etree.XPath("./*[local-name()='contentMeta']/*[local-name()='headline']")
_ITEM_CLASS = etree.XPath("string(./*[local-name()='itemMeta']/*[local-name()='itemClass']/@qcode)")
_BODY_BLOCKS = etree.XPath(
    ".//*[local-name()='inlineXML']//*[local-name()='body.content' or local-name()='body']"
    "//*[local-name()='p' or local-name()='li' or local-name()='hl2'"
    " or (starts-with(local-name(), 'h') and string-length(local-name()) = 2 and local-name() != 'hr')]"
    "[not(ancestor::*[local-name()='body.head'])]"
)
_RENDITIONS = etree.XPath(".//*[local-name()='contentSet']/*[local-name()='remoteContent'][@href]")
_ITEM_REFS = etree.XPath(".//*[local-name()='itemRef']/@residref")


def _elements(xpath: etree.XPath, root: etree._Element) -> list[etree._Element]:
    found = xpath(root)
    return [e for e in found if isinstance(e, etree._Element)] if isinstance(found, list) else []


def _strings(xpath: etree.XPath, root: etree._Element) -> list[str]:
    found = xpath(root)
    return [str(value) for value in found] if isinstance(found, list) else []


def _norm(element: etree._Element) -> str:
    return " ".join("".join(str(text) for text in element.itertext()).split())


def _root(path: Path) -> etree._Element:
    return etree.parse(str(path)).getroot()


def _kind(path: Path) -> str:
    root = _root(path)
    name = etree.QName(root).localname
    if name == "newsItem":
        return f"newsItem {_ITEM_CLASS(root)!s}" + ("" if _elements(_HEADLINES, root) else " (no headline)")
    return name


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_official_example(path: Path) -> None:
    """Text items parse with the file's headline and body; pictures and videos give their renditions;
    items with no headline, other item kinds, packages and fragments are refused with clear errors."""
    root = _root(path)
    kind = _kind(path)
    name = etree.QName(root).localname
    if kind.endswith("(no headline)"):
        with pytest.raises(NotAnArticleError, match="no headline"):
            parse_newsml(path)
    elif kind == "newsItem ninat:text":
        article = parse_newsml(path)
        assert article.headline == _norm(_elements(_HEADLINES, root)[0])
        assert [block.text for block in article.body] == [
            text for element in _elements(_BODY_BLOCKS, root) if (text := _norm(element))
        ]
    elif kind in ("newsItem ninat:picture", "newsItem ninat:video"):
        article = parse_newsml(path)
        assert article.headline == _norm(_elements(_HEADLINES, root)[0])
        assert len(article.images) == len(_elements(_RENDITIONS, root)) > 0
        assert all(image.url.startswith(("http", "file://localhost/")) for image in article.images)
    elif name in OTHER_ITEMS:
        with pytest.raises(UnsupportedItemError) as caught:
            parse_newsml(path)
        assert caught.value.item_class == name
    elif name == "packageItem":
        with pytest.raises(UnsupportedItemError) as caught:
            parse_newsml(path)
        assert caught.value.item_class == "packageItem"
        for ref in _strings(_ITEM_REFS, root):
            assert ref in str(caught.value)
    elif name == "newsMessage":
        issues: list[Issue] = []
        assert list(iter_newsml(path, issues=issues)) == []  # LISTING 24: a package and placeholder items
        (package,) = [i for i in issues if i.code == "newsml.skipped" and "packageItem" in i.message]
        for ref in _strings(_ITEM_REFS, root):
            assert ref in package.message
    elif name in FRAGMENTS:
        with pytest.raises(NotAnArticleError, match="fragment"):
            parse_newsml(path)
    else:
        with pytest.raises(NewsModelError):
            parse_newsml(path)


def test_every_example_is_classified() -> None:
    """The conformance run covers each kind of official example (and nothing falls to the default)."""
    if not EXAMPLES:
        pytest.skip("../shared is absent")
    kinds = {_kind(path) for path in EXAMPLES}
    assert "newsItem ninat:text" in kinds
    assert {"newsItem ninat:picture", "newsItem ninat:video"} <= kinds
    assert {"packageItem", "newsMessage", *FRAGMENTS, *OTHER_ITEMS} <= kinds
    assert kinds <= {
        "newsItem ninat:text",
        "newsItem ninat:picture",
        "newsItem ninat:video",
        "packageItem",
        "newsMessage",
        *FRAGMENTS,
        *OTHER_ITEMS,
    } | {k for k in kinds if k.endswith("(no headline)")}

"""Body blocks and pictures from the inline XHTML or NITF of a NewsML-G2 contentSet."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

import attrs
from lxml import etree

from newsmodel._model import HTML_BLOCK_KINDS, BlockKind, ImageObject, Paragraph
from newsmodel._text import parse_int
from newsmodel.exceptions import InvalidModelError
from newsmodel.newsml._names import local

__all__ = [
    "BodyParts",
    "body_from_nitf",
    "body_from_text",
    "body_from_xhtml",
    "normalize",
    "preserves_space",
    "text_of",
]

# NewsML-G2 inlineData text/plain: paragraphs are separated by blank lines.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_XML_SPACE: Final = "{http://www.w3.org/XML/1998/namespace}space"
# XPath 1.0 §4.2 string(): the concatenated descendant text nodes (comments excluded).
_STRING = etree.XPath("string(.)")

#: XHTML / NITF 3.6 elements that are one block each, with the kind of block they are.
_LEAF_BLOCKS: Final = {
    **HTML_BLOCK_KINDS,
    "p": BlockKind.PARAGRAPH,
    "pre": BlockKind.PARAGRAPH,
    "address": BlockKind.PARAGRAPH,
    "hl1": BlockKind.HEADING,  # NITF 3.6 §body.content: headlines inside the body
    "hl2": BlockKind.HEADING,
}
#: Elements whose children are blocks (XHTML flow containers, NITF ``block``).
_CONTAINERS: Final = frozenset(
    {"body", "div", "section", "article", "main", "header", "ul", "ol", "dl", "block", "body.content", "center"}
)
#: Quotation containers: their blocks are blockquotes (XHTML ``blockquote``, NITF ``bq``).
_QUOTES: Final = frozenset({"blockquote", "bq"})
#: Never body text: scripts, navigation, tables, and captions (pictures keep those).
_SKIP: Final = frozenset(
    {"script", "style", "noscript", "nav", "aside", "footer", "table", "head", "form", "iframe", "object", "embed"}
)


def normalize(text: str, *, preserve: bool = False) -> str:
    r"""Collapse runs of white space to one space and strip the ends (only strip when preserving).

    Example:
        >>> normalize("  Fed to halt\n   QE ")
        'Fed to halt QE'
        >>> normalize(" a  b ", preserve=True)
        'a  b'
    """
    return text.strip() if preserve else " ".join(text.split())


def preserves_space(element: etree._Element) -> bool:
    """Whether ``xml:space="preserve"`` is in force at an element (XML 1.0 §2.10, inherited).

    Example:
        >>> root = etree.fromstring('<a xml:space="preserve"><b/></a>')
        >>> preserves_space(root[0])
        True
    """
    node: etree._Element | None = element
    while node is not None:
        space = node.get(_XML_SPACE)
        if space is not None:
            return space.strip() == "preserve"
        node = node.getparent()
    return False


def text_of(element: etree._Element) -> str:
    """The text content of an element (comments excluded), white space normalized.

    White space runs collapse to one space unless ``xml:space="preserve"`` is in force.

    Example:
        >>> text_of(etree.fromstring("<p>a <b>b</b><!-- x --> c</p>"))
        'a b c'
    """
    return normalize(str(_STRING(element)), preserve=preserves_space(element))


@attrs.define
class BodyParts:
    """What a body yields: its blocks and the pictures found among them."""

    blocks: list[Paragraph] = attrs.field(factory=list)
    images: list[ImageObject] = attrs.field(factory=list)
    #: ``(code, message)`` for each thing left out.
    notes: list[tuple[str, str]] = attrs.field(factory=list)
    #: ``xml:space="preserve"`` is in force: keep white space inside blocks.
    preserve: bool = False

    def add(self, text: str, kind: BlockKind) -> None:
        """Append a block when it has text."""
        text = normalize(text, preserve=self.preserve)
        if text:
            self.blocks.append(Paragraph(text=text, kind=kind))

    def picture(self, url: str | None, **fields: object) -> None:
        """Append a picture when its URL is absolute; note it otherwise."""
        if not url:
            return
        try:
            self.images.append(ImageObject(url=url, **fields))  # type: ignore[arg-type]
        except InvalidModelError as exc:
            self.notes.append(("newsml.image-skipped", f"picture {url!r} left out: {exc.reason}"))


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    number = parse_int(text)
    return number if number is not None and number > 0 else None


def _figure(element: etree._Element, parts: BodyParts) -> None:
    # HTML §4.4.12 figure: an img and a figcaption; the caption is the picture's, not the body's.
    image = next((el for el in element.iter() if local(el) == "img"), None)
    caption_el = next((el for el in element.iter() if local(el) == "figcaption"), None)
    caption = text_of(caption_el) if caption_el is not None else None
    if image is not None:
        _img(image, parts, caption=caption)


def _img(element: etree._Element, parts: BodyParts, *, caption: str | None = None) -> None:
    size = element.get("data-size")
    parts.picture(
        element.get("src"),
        caption=caption or element.get("alt") or None,
        credit=element.get("data-credit") or None,
        width=_int(element.get("width")),
        height=_int(element.get("height")),
        content_type=element.get("data-content-type") or None,
        size=parse_int(size, max_digits=18),
    )


def _media(element: etree._Element, parts: BodyParts) -> None:
    # NITF 3.6 media: media-reference@source (+ width/height/mime-type) and media-caption.
    reference = next((el for el in element.iter() if local(el) == "media-reference"), None)
    caption_el = next((el for el in element.iter() if local(el) == "media-caption"), None)
    producer = next((el for el in element.iter() if local(el) == "media-producer"), None)
    if reference is None:
        return
    parts.picture(
        reference.get("source"),
        caption=text_of(caption_el) if caption_el is not None else None,
        credit=text_of(producer) if producer is not None else None,
        width=_int(reference.get("width")),
        height=_int(reference.get("height")),
        content_type=reference.get("mime-type") or None,
    )


_Handler = Callable[[etree._Element, BodyParts, BlockKind | None], None]


def _leaf(element: etree._Element, parts: BodyParts, within: BlockKind | None) -> None:
    kind = _LEAF_BLOCKS[local(element)]
    if any(local(child) in _LEAF_BLOCKS or local(child) in _CONTAINERS for child in element):
        # A list item or paragraph holding blocks of its own (li > p): walk them instead.
        _walk(element, parts, within or kind)
        return
    parts.add(str(_STRING(element)), within if within is BlockKind.BLOCKQUOTE else kind)


def _container(element: etree._Element, parts: BodyParts, within: BlockKind | None) -> None:
    _walk(element, parts, within)


def _quote(element: etree._Element, parts: BodyParts, within: BlockKind | None) -> None:
    del within
    _walk(element, parts, BlockKind.BLOCKQUOTE)


def _skip(element: etree._Element, parts: BodyParts, within: BlockKind | None) -> None:
    del element, parts, within


def _figure_handler(element: etree._Element, parts: BodyParts, within: BlockKind | None) -> None:
    del within
    _figure(element, parts)


def _img_handler(element: etree._Element, parts: BodyParts, within: BlockKind | None) -> None:
    del within
    _img(element, parts)


def _media_handler(element: etree._Element, parts: BodyParts, within: BlockKind | None) -> None:
    del within
    _media(element, parts)


#: Element local name → what to do with it; anything else is inline text.
_HANDLERS: Final[dict[str, _Handler]] = {
    **dict.fromkeys(_LEAF_BLOCKS, _leaf),
    **dict.fromkeys(_CONTAINERS, _container),
    **dict.fromkeys(_QUOTES, _quote),
    **dict.fromkeys(_SKIP, _skip),
    "figure": _figure_handler,
    "img": _img_handler,
    "media": _media_handler,
    "body.head": _skip,  # NITF: headline, byline and dateline live in the item's metadata
    "body.end": _skip,
}


def _walk(element: etree._Element, parts: BodyParts, within: BlockKind | None) -> None:
    # Mixed content: loose text and inline elements between blocks form paragraphs.
    loose: list[str] = [element.text or ""]
    kind = within or BlockKind.PARAGRAPH
    for child in element:
        name = local(child)
        handler = _HANDLERS.get(name)
        if handler is not None:
            parts.add("".join(loose), kind)
            loose = []
            handler(child, parts, within)
        elif name and name != "br":
            loose.append(str(_STRING(child)))
        else:
            loose.append(" ")
        loose.append(child.tail or "")
    parts.add("".join(loose), kind)


def body_from_xhtml(container: etree._Element) -> BodyParts:
    """Blocks and pictures of an XHTML document (or bare XHTML blocks) inside ``inlineXML``.

    Args:
        container: The ``inlineXML`` element, or an ``html`` or ``body`` element.

    Returns:
        The blocks in reading order and the pictures (``figure``/``img``).

    Example:
        >>> x = etree.fromstring('<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        ...     '<h2>Title</h2><p>One <b>two</b>.</p><ul><li>a</li></ul></body></html>')
        >>> [(b.kind.value, b.text) for b in body_from_xhtml(x).blocks]
        [('heading', 'Title'), ('paragraph', 'One two.'), ('list_item', 'a')]
    """
    root = container
    html = next((el for el in container.iter() if local(el) == "html"), None)
    if html is not None:
        root = next((el for el in html if local(el) == "body"), html)
    elif local(container) != "body":
        body = next((el for el in container.iter() if local(el) == "body"), None)
        root = body if body is not None else container
    parts = BodyParts(preserve=preserves_space(root))
    _walk(root, parts, None)
    return parts


def body_from_nitf(container: etree._Element) -> BodyParts:
    """Blocks and pictures of the ``body.content`` of an NITF document inside ``inlineXML``.

    Args:
        container: The ``inlineXML`` element or the ``nitf`` element.

    Returns:
        The blocks of ``body.content`` (``body.head`` is metadata) and its ``media`` pictures.

    Example:
        >>> n = etree.fromstring('<nitf><body><body.head><hedline><hl1>H</hl1></hedline></body.head>'
        ...     '<body.content><p>First.</p><bq><block><p>Said.</p></block></bq></body.content></body></nitf>')
        >>> [(b.kind.value, b.text) for b in body_from_nitf(n).blocks]
        [('paragraph', 'First.'), ('blockquote', 'Said.')]
    """
    parts = BodyParts(preserve=preserves_space(container))
    contents = [el for el in container.iter() if local(el) == "body.content"]
    for content in contents:
        _walk(content, parts, None)
    if not contents:
        body = next((el for el in container.iter() if local(el) == "body"), None)
        if body is not None:
            _walk(body, parts, None)
    return parts


def body_from_text(text: str) -> BodyParts:
    r"""Paragraphs of plain text (``inlineData``): blocks are separated by blank lines.

    Example:
        >>> [b.text for b in body_from_text("One\nline.\n\nTwo.").blocks]
        ['One line.', 'Two.']
    """
    parts = BodyParts()
    chunks = _BLANK_LINE.split(text.replace("\r\n", "\n"))
    for chunk in chunks:
        parts.add(chunk, BlockKind.PARAGRAPH)
    return parts

"""The library's one way to parse XML safely: no DTDs, no entities, no network, bounded size.

Every XML reader in newsmodel goes through this module. It refuses documents that declare
a DOCTYPE (which is where external entities, "billion laughs" and quadratic-blowup payloads
live) with :class:`~newsmodel.exceptions.XMLSecurityError`, caps the input size, and turns
lxml syntax errors into :class:`~newsmodel.exceptions.ParseError` carrying the source name,
line and column.

Sources (:data:`XMLSource`) are read the same way everywhere:

* ``bytes``/``bytearray``: the document itself;
* ``str``: XML text when its first non-blank character (after an optional BOM) is ``<``,
  otherwise a file path;
* ``os.PathLike``: a file path;
* a binary file object (anything with ``read``).

Example:
    >>> root = parse_bytes(b"<a><b>text</b></a>")
    >>> root.findtext("b")
    'text'
    >>> parse_bytes(b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
    Traceback (most recent call last):
    ...
    newsmodel.exceptions.XMLSecurityError: <input>:1:1: DOCTYPE is not allowed (DTDs and entities are refused)
"""

from __future__ import annotations

import contextlib
import io
import os
import re
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import IO, Final, Protocol, TypeAlias, cast

from lxml import etree

from newsmodel.exceptions import ParseError, XMLSecurityError

__all__ = [
    "MAX_BYTES",
    "MAX_STREAM_BYTES",
    "Prefixed",
    "Readable",
    "XMLSource",
    "check_prolog",
    "iterparse",
    "open_source",
    "parse_bytes",
    "parse_source",
    "safe_parser",
    "source_name",
    "syntax_error",
]

#: What an XML reader accepts: bytes, XML text or a path as ``str``, a path, or a binary file.
XMLSource: TypeAlias = bytes | bytearray | str | os.PathLike[str] | IO[bytes]

#: Largest document read into memory at once (64 MiB).
MAX_BYTES: Final = 64 * 1024 * 1024
#: Largest stream read by :func:`iterparse` (4 GiB); memory stays constant while streaming.
MAX_STREAM_BYTES: Final = 4 * 1024 * 1024 * 1024

_UTF8_BOM: Final = b"\xef\xbb\xbf"
# XML 1.0 §2.8 (prolog): XMLDecl? Misc* (doctypedecl Misc*)?; Misc = Comment | PI | S.
# Everything before the first element is scanned; a doctypedecl there is refused.
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
# XML 1.0 §4.3.3: the encoding declaration, which a parser must ignore once text is decoded.
_UTF16_BOMS: Final = (b"\xff\xfe", b"\xfe\xff")
_PROLOG_SCAN: Final = 64 * 1024


def safe_parser(*, remove_blank_text: bool = False) -> etree.XMLParser:
    """A new lxml parser that never loads a DTD, expands an entity or touches the network.

    Args:
        remove_blank_text: Drop whitespace-only text between elements.

    Returns:
        A fresh :class:`lxml.etree.XMLParser` (parsers are not thread-safe, so each call
        gets its own).

    Example:
        >>> from lxml import etree
        >>> etree.fromstring(b"<a>x</a>", safe_parser()).text
        'x'
    """
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=remove_blank_text,
        collect_ids=False,
    )


def syntax_error(exc: etree.XMLSyntaxError, source: str | None) -> ParseError:
    r"""Turn an lxml syntax error into a :class:`ParseError` with line and column.

    Args:
        exc: The error lxml raised.
        source: The file name, when known.

    Returns:
        The error to raise (an :class:`XMLSecurityError` when libxml2 hit a safety limit).

    Example:
        >>> try:
        ...     parse_bytes(b"<a>\n<b></c></a>", source="x.xml")
        ... except ParseError as err:
        ...     (err.source, err.line, err.column)
        ('x.xml', 2, 8)
    """
    line, column = exc.position
    message = (exc.msg or str(exc)).strip()
    message = re.sub(r", line \d+, column \d+$", "", message)
    kind = XMLSecurityError if "huge" in message.lower() or "amplification" in message.lower() else ParseError
    return kind(f"not well-formed XML: {message}", source=source, line=line or None, column=column or None)


def check_prolog(head: bytes, source: str | None = None) -> None:
    """Refuse a document whose prolog declares a DOCTYPE.

    Args:
        head: The first bytes of the document (at least up to its root element).
        source: The file name, for the error.

    Raises:
        XMLSecurityError: The prolog holds ``<!DOCTYPE``.

    Example:
        >>> check_prolog(b'<?xml version="1.0"?><!-- hi --><a/>')
        >>> check_prolog(b'<!DOCTYPE a SYSTEM "http://example.com/a.dtd"><a/>')
        Traceback (most recent call last):
        ...
        newsmodel.exceptions.XMLSecurityError: <input>:1:1: DOCTYPE is not allowed (DTDs and entities are refused)
    """
    if head.startswith(_UTF8_BOM):
        head = head[len(_UTF8_BOM) :]
    elif head.startswith(_UTF16_BOMS):
        with contextlib.suppress(UnicodeDecodeError):
            head = head[: len(head) - len(head) % 2].decode("utf-16").encode("utf-8")
    position = 0
    while True:
        match = _PROLOG_ITEM.match(head, position)
        if match is None:
            break
        position = match.end()
    if _DOCTYPE.match(head, position):
        line = head.count(b"\n", 0, position) + 1
        column = position - (head.rfind(b"\n", 0, position) + 1) + 1
        raise XMLSecurityError(
            "DOCTYPE is not allowed (DTDs and entities are refused)",
            source=source,
            line=line,
            column=column,
        )


def _refuse_doctype(tree: etree._ElementTree, source: str | None) -> None:
    # A second line of defence for encodings the prolog scan cannot read.
    info = tree.docinfo
    if getattr(info, "doctype", "") or info.internalDTD is not None:
        raise XMLSecurityError(
            "DOCTYPE is not allowed (DTDs and entities are refused)",
            source=source,
            line=1,
            column=1,
        )


def _as_bytes(text: str, source: str | None = None) -> bytes:
    # lxml refuses str with an encoding declaration; the text is already decoded, so the
    # declaration is irrelevant (XML 1.0 §4.3.3) and the parser is told the real encoding.
    text = text.lstrip("\ufeff")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        # A lone surrogate is no XML Char (XML 1.0 §2.2): the text is not a document.
        line = text.count("\n", 0, exc.start) + 1
        column = exc.start - text.rfind("\n", 0, exc.start)
        raise ParseError(
            f"not XML: lone surrogate U+{ord(text[exc.start]):04X} in the text", source=source, line=line, column=column
        ) from None


def parse_bytes(
    data: bytes | bytearray | str, *, source: str | None = None, max_bytes: int = MAX_BYTES
) -> etree._Element:
    r"""Parse a whole document held in memory, safely.

    Args:
        data: The document (``str`` is taken as already-decoded XML text).
        source: The file name, for errors.
        max_bytes: Refuse larger input.

    Returns:
        The root element.

    Raises:
        XMLSecurityError: The document declares a DOCTYPE or is larger than ``max_bytes``.
        ParseError: The document is not well-formed XML.

    Example:
        >>> parse_bytes("\ufeff<?xml version='1.0' encoding='latin-1'?><a>é</a>").text
        'é'
    """
    encoding: str | None = None
    if isinstance(data, str):
        raw = _as_bytes(data, source)
        encoding = "utf-8"
    else:
        raw = bytes(data)
    if len(raw) > max_bytes:
        raise XMLSecurityError(f"input is larger than the limit of {max_bytes} bytes", source=source)
    check_prolog(raw[:_PROLOG_SCAN], source)
    parser = safe_parser()
    if encoding is not None:
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            collect_ids=False,
            encoding=encoding,
        )
    if not raw.removeprefix(_UTF8_BOM).strip():
        raise ParseError("empty document", source=source, line=1, column=1)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc, source) from None
    if root is None:
        raise ParseError("empty document", source=source, line=1, column=1)
    _refuse_doctype(root.getroottree(), source)
    return root


def _is_xml_text(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n").startswith("<")


def source_name(source: XMLSource) -> str | None:
    """The file name of a source, or ``None`` for in-memory XML.

    Example:
        >>> source_name("feeds/a.xml"), source_name(b"<a/>")
        ('feeds/a.xml', None)
    """
    if isinstance(source, str) and not _is_xml_text(source):
        return source
    if isinstance(source, os.PathLike):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else None


@contextlib.contextmanager
def open_source(source: XMLSource) -> Iterator[tuple[IO[bytes], str | None]]:
    """Open any :data:`XMLSource` as a binary stream, closing it afterwards if it was a path.

    Args:
        source: Bytes, XML text, a path, or a binary file object (left open).

    Yields:
        ``(stream, name)``: the bytes to read and the file name when there is one.

    Raises:
        ParseError: A path that does not exist or cannot be read.

    Example:
        >>> with open_source(b"<a/>") as (stream, name):
        ...     stream.read(), name
        (b'<a/>', None)
    """
    name = source_name(source)
    if isinstance(source, bytes | bytearray):
        yield io.BytesIO(bytes(source)), None
    elif isinstance(source, str) and _is_xml_text(source):
        yield io.BytesIO(_as_bytes(source)), None
    elif isinstance(source, str | os.PathLike):
        try:
            stream = Path(source).open("rb")  # noqa: SIM115 - closed below, after the caller is done
        except OSError as exc:
            raise ParseError(f"cannot read file: {exc.strerror or exc}", source=name) from None
        except ValueError as exc:  # a NUL or a lone surrogate: no file system takes the name
            raise ParseError(f"cannot read file: {exc}", source=name) from None
        try:
            yield stream, name
        finally:
            stream.close()
    elif hasattr(source, "read"):
        yield source, name
    else:
        raise ParseError(f"cannot read XML from a {type(source).__name__}", source=name)


def parse_source(source: XMLSource, *, max_bytes: int = MAX_BYTES) -> tuple[etree._Element, str | None]:
    """Read and parse any :data:`XMLSource` whole, safely.

    Args:
        source: Bytes, XML text, a path, or a binary file object.
        max_bytes: Refuse larger input.

    Returns:
        ``(root, name)``: the root element and the file name when there is one.

    Raises:
        XMLSecurityError: DOCTYPE or input larger than ``max_bytes``.
        ParseError: Not well-formed, or the file cannot be read.

    Example:
        >>> root, name = parse_source("<a/>")
        >>> root.tag, name
        ('a', None)
    """
    with open_source(source) as (stream, name):
        try:
            data = stream.read(max_bytes + 1)
        except OSError as exc:
            raise ParseError(f"cannot read input: {exc}", source=name) from None
    if not isinstance(data, bytes | bytearray):
        raise ParseError("the file object must be opened in binary mode", source=name)
    return parse_bytes(data, source=name, max_bytes=max_bytes), name


class Readable(Protocol):
    """Anything with a binary ``read(size)``."""

    def read(self, size: int = -1, /) -> bytes: ...


class _Bounded(io.RawIOBase):
    """A read-only stream that refuses to give more than ``limit`` bytes."""

    def __init__(self, stream: Readable, limit: int, source: str | None) -> None:
        self._stream = stream
        self._left = limit
        self._limit = limit
        self._source = source

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        if not isinstance(data, bytes | bytearray):
            raise ParseError("the file object must be opened in binary mode", source=self._source)
        self._left -= len(data)
        if self._left < 0:
            raise XMLSecurityError(f"input is larger than the limit of {self._limit} bytes", source=self._source)
        return bytes(data)


class Prefixed(io.RawIOBase):
    """A stream that first gives back bytes already read from it."""

    def __init__(self, head: bytes, stream: Readable) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._stream.read(size)
        if 0 <= size < len(self._head):
            head, self._head = self._head[:size], self._head[size:]
            return head
        head, self._head = self._head, b""
        rest = self._stream.read(-1 if size < 0 else size - len(head))
        return head + (rest or b"")


def iterparse(
    stream: Readable,
    *,
    events: tuple[str, ...] = ("end",),
    tag: tuple[str, ...] | None = None,
    source: str | None = None,
    max_bytes: int = MAX_STREAM_BYTES,
) -> Generator[tuple[str, etree._Element], None, etree._Element | None]:
    """Stream ``(event, element)`` pairs from a binary stream, safely.

    The caller clears what it has read (``element.clear()`` and deleting previous
    siblings) to keep memory constant.

    Args:
        stream: A binary stream positioned at the start of the document.
        events: lxml iterparse events (``"start"``, ``"end"``, ``"start-ns"`` ...).
        tag: Only report events for these tags (Clark notation); all elements are still
            parsed.
        source: The file name, for errors.
        max_bytes: Refuse streams longer than this.

    Yields:
        ``(event, element)`` as :func:`lxml.etree.iterparse` gives them.

    Returns:
        The root element once the document is read (``None`` when nothing was parsed).

    Raises:
        XMLSecurityError: DOCTYPE or too much input.
        ParseError: Not well-formed XML (raised when the parser reaches the fault).

    Example:
        >>> import io
        >>> [el.tag for _, el in iterparse(io.BytesIO(b"<a><b/><c/></a>"))]
        ['b', 'c', 'a']
    """
    head = stream.read(_PROLOG_SCAN)
    if not isinstance(head, bytes | bytearray):
        raise ParseError("the file object must be opened in binary mode", source=source)
    if not bytes(head).removeprefix(_UTF8_BOM).strip():
        raise ParseError("empty document", source=source, line=1, column=1)
    check_prolog(bytes(head), source)
    bounded = _Bounded(Prefixed(bytes(head), stream), max_bytes, source)
    context = etree.iterparse(
        bounded,
        events=events,
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        collect_ids=False,
        tag=tag,
    )
    checked = False
    try:
        for event, element in context:
            if not checked:
                _refuse_doctype(element.getroottree(), source)
                checked = True
            yield event, element
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc, source) from None
    root = cast("etree._Element | None", context.root)
    if root is not None and not checked:
        _refuse_doctype(root.getroottree(), source)
    return root

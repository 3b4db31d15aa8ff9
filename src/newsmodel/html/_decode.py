"""Bytes to text for HTML pages: BOM, declared charset, then strict UTF-8, never silent mojibake.

The order follows the HTML Living Standard's encoding sniffing algorithm (§13.2.3.2), minus
the network: a byte order mark wins; then a ``<meta charset>`` or ``<meta http-equiv=
"Content-Type">`` found by a prescan of the first bytes (§13.2.3.3, "prescan a byte stream");
then detection. Detection is deliberately small and honest: strict UTF-8 first (it almost never
decodes text that is not UTF-8), then windows-1252, which decodes any byte (the five bytes it
leaves undefined map to the C1 controls as in latin-1).

Declared charsets lie. Two lies are common enough to correct: a page that says
``iso-8859-1``/``windows-1252`` but is valid UTF-8 with non-ASCII bytes (we take UTF-8), and a
page that says UTF-8 but is not (we fall back to windows-1252). Double-encoded UTF-8 (``Ã©``
for ``é``, ``â€™`` for ``’``) is repaired when the repair itself is strict, so mojibake does
not reach the model.
"""

from __future__ import annotations

import codecs
import re

import attrs

__all__ = ["Decoded", "decode_html", "repair_mojibake"]

#: How many bytes the charset prescan looks at (HTML §13.2.3.2 says 1024; real pages put
#: long ``<script>`` blocks first, so we look a little further).
PRESCAN_BYTES = 4096

# HTML §13.2.3.3: <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">.
# One pattern for both: "charset" followed by "=" and the label, inside a <meta ...> tag.
_META_CHARSET = re.compile(rb"<meta\b[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:\-]{1,40})", re.IGNORECASE)
# XML declaration (XHTML served as XML): <?xml version="1.0" encoding="..."?>.
_XML_ENCODING = re.compile(rb"^\s*<\?xml\b[^>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9._\-]{1,40})", re.IGNORECASE)
# Double-encoded UTF-8 read as windows-1252: a lead byte Â-ô (U+00C2..U+00F4) followed by a
# character that windows-1252 maps from a continuation byte 0x80-0xBF. The second
# character's code point ranges, shared by the text pattern and its UTF-8 twin below.
_SECOND_RANGES = (
    (0x80, 0xBF),
    (0x152, 0x153),
    (0x160, 0x161),
    (0x178, 0x178),
    (0x17D, 0x17E),
    (0x192, 0x192),
    (0x2C6, 0x2C6),
    (0x2DC, 0x2DC),
    (0x2013, 0x2014),
    (0x2018, 0x201E),
    (0x2020, 0x2022),
    (0x2026, 0x2026),
    (0x2030, 0x2030),
    (0x2039, 0x203A),
    (0x20AC, 0x20AC),
    (0x2122, 0x2122),
)
_MOJIBAKE = re.compile("[\u00c2-\u00f4][" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _SECOND_RANGES) + "]")
# The same signature in the UTF-8 bytes of a page (Â-ô are 0xC3 0x82..0xB4): a bytes search
# starts from the literal 0xC3 and skips ahead in C, where the text pattern tests every character.
_MOJIBAKE_UTF8 = re.compile(
    b"\xc3[\x82-\xb4](?:"
    + b"|".join(re.escape(chr(code).encode("utf-8")) for low, high in _SECOND_RANGES for code in range(low, high + 1))
    + b")"
)

# The lead characters worth a closer look (see repair_mojibake), and their UTF-8 bytes.
_LEADS = ("\u00c2", "\u00c3", "\u00c4", "\u00c5", "\u00d0", "\u00d1", "\u00e2")
_LEADS_UTF8 = tuple(lead.encode("utf-8") for lead in _LEADS)
# The first byte of every _LEADS character in UTF-8 (U+00C0..U+00FF are 0xC3 0x80..0xBF).
_UTF8_LEAD_BYTE = b"\xc3"

#: windows-1252's characters above U+00FF, back to their bytes (the rest map to themselves).
_CP1252_BYTE = {bytes([b]).decode("cp1252"): b for b in range(0x80, 0xA0) if b not in {0x81, 0x8D, 0x8F, 0x90, 0x9D}}
#: The same as a str.translate table (code point to byte value).
_TO_CP1252_BYTE = {ord(char): byte for char, byte in _CP1252_BYTE.items()}
# A character windows-1252 cannot give back as a byte: above U+00FF and not in _CP1252_BYTE.
_NOT_CP1252 = re.compile("[^\x00-\xff" + "".join(sorted(_CP1252_BYTE)) + "]")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Labels the HTML standard maps to windows-1252 (Encoding Standard §4.2, "windows-1252" labels).
_LATIN1_LABELS = frozenset(
    {
        "iso-8859-1",
        "iso8859-1",
        "latin1",
        "latin-1",
        "l1",
        "us-ascii",
        "ascii",
        "cp1252",
        "windows-1252",
        "x-cp1252",
        "iso_8859-1",
        "cp819",
        "ibm819",
    }
)


@attrs.frozen(kw_only=True)
class Decoded:
    r"""A decoded page: its text, the codec used and why it was chosen.

    Attributes:
        text: The page as a ``str``.
        encoding: The Python codec name that decoded it.
        how: ``"str"``, ``"bom"``, ``"declared"``, ``"utf-8"`` or ``"fallback"``.
        repaired: Whether double-encoded UTF-8 was repaired.

    Example:
        >>> decoded = decode_html(b"\xef\xbb\xbf<p>Halo</p>")
        >>> decoded.text, decoded.encoding, decoded.how
        ('<p>Halo</p>', 'utf-8', 'bom')
    """

    text: str
    encoding: str
    how: str
    repaired: bool = False


def _declared(head: bytes) -> str | None:
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # Encoding Standard: a declared UTF-16 in a byte stream without a BOM means UTF-8
    # (the declaration itself was readable as ASCII, so the bytes cannot be UTF-16).
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    if label in _LATIN1_LABELS or name in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    return name


def _cp1252(data: bytes) -> str:
    # windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; browsers map them to C1.
    return data.decode("cp1252", errors="strict") if not _has_undefined_cp1252(data) else data.decode("latin-1")


def _has_undefined_cp1252(data: bytes) -> bool:
    return any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 that was decoded as windows-1252 (``Ã©`` → ``é``), when that is certain.

    The repair is applied only when the text shows the mojibake signature and re-encoding the
    whole text to windows-1252 and decoding it as strict UTF-8 succeeds; otherwise the text is
    returned unchanged.

    Args:
        text: Decoded text.

    Returns:
        The repaired text and whether a repair was made.

    Example:
        >>> repair_mojibake("Ma\u00e2\u20ac\u2122ruf Amin")
        ('Ma’ruf Amin', True)
        >>> repair_mojibake("café")
        ('café', False)
    """
    # UTF-8 for Latin-1 letters and symbols, Cyrillic and typographic punctuation read as
    # windows-1252 starts with one of _LEADS; a substring test rules most pages out quickly.
    if not any(lead in text for lead in _LEADS) or _MOJIBAKE.search(text) is None:
        return text, False
    return _undo_mojibake(text)


def _has_mojibake_utf8(data: bytes) -> bool:
    """repair_mojibake's signature test, run on the UTF-8 bytes of the text (the same answer, faster)."""
    # Cheapest first: the pattern's first byte, then the pattern, then the leads (rarely reached).
    return _finds_mojibake_utf8(data) and any(lead in data for lead in _LEADS_UTF8)


#: How many lead bytes are tried one by one before the regex scans the rest of the page.
_LEAD_BYTE_TRIES = 32


def _finds_mojibake_utf8(data: bytes) -> bool:
    """``_MOJIBAKE_UTF8.search(data) is not None``, jumping from lead byte to lead byte.

    Every match starts at the lead byte 0xC3, so only its occurrences need trying: ``find``
    jumps to them (memchr), where the regex's own search steps through every byte of the
    page. A page full of them (Latin-1 text) goes back to the regex after a few tries.
    """
    position = data.find(_UTF8_LEAD_BYTE)
    for _ in range(_LEAD_BYTE_TRIES):
        if position < 0:
            return False
        if _MOJIBAKE_UTF8.match(data, position) is not None:
            return True
        position = data.find(_UTF8_LEAD_BYTE, position + 1)
    return position >= 0 and _MOJIBAKE_UTF8.search(data, position) is not None


def _undo_mojibake(text: str) -> tuple[str, bool]:
    try:
        raw = text.encode("cp1252")
    except UnicodeEncodeError:
        # Browsers read the five bytes windows-1252 leaves undefined as C1 controls; undo that.
        if _NOT_CP1252.search(text) is not None:
            return text, False
        raw = text.translate(_TO_CP1252_BYTE).encode("latin-1")
    try:
        return raw.decode("utf-8"), True
    except UnicodeDecodeError:
        return text, False


def decode_html(source: bytes | str) -> Decoded:
    r"""Decode an HTML page honestly (see the module docstring for the order).

    Args:
        source: The page as fetched (``bytes``) or already decoded (``str``).

    Returns:
        The decoded text with the codec and the reason it was chosen.

    Example:
        >>> decode_html(b'<meta charset="iso-8859-1"><p>caf\xe9</p>').text
        '<meta charset="iso-8859-1"><p>café</p>'
        >>> decode_html("<p>caf\u00c3\u00a9</p>").text
        '<p>café</p>'
    """
    if isinstance(source, str):
        text, repaired = repair_mojibake(source)
        return Decoded(text=text, encoding="str", how="str", repaired=repaired)
    for bom, name in _BOMS:
        if source.startswith(bom):
            text = source[len(bom) :].decode(name, errors="replace")
            return Decoded(text=text, encoding=name, how="bom")
    declared = _declared(source[:PRESCAN_BYTES])
    if declared is not None and declared not in {"utf-8", "cp1252"}:
        try:
            return Decoded(text=source.decode(declared), encoding=declared, how="declared")
        except (UnicodeError, LookupError):
            declared = None
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError:
        text = _cp1252(source)
        how = "declared" if declared == "cp1252" else "fallback"
        fixed, repaired = repair_mojibake(text)
        return Decoded(text=fixed, encoding="cp1252", how=how, repaired=repaired)
    # The bytes are the text's UTF-8: look for the mojibake signature there (see _MOJIBAKE_UTF8).
    fixed, repaired = _undo_mojibake(text) if _has_mojibake_utf8(source) else (text, False)
    return Decoded(text=fixed, encoding="utf-8", how="declared" if declared == "utf-8" else "utf-8", repaired=repaired)

"""Small readers of untrusted text shared by every parser: whole numbers, URLs, lone surrogates.

Each turns input that Python's builtins would raise on (``int("²")``, ``int`` of more than
4,300 digits, ``urlsplit("http://[x")``) into ``None``, so that parsers report or drop the
value instead of crashing. The URL readers also percent-encode what no URL may hold, so
that every URL a parser finds is one the model accepts.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from urllib.parse import SplitResult, quote, urljoin, urlsplit

__all__ = [
    "absolute_url",
    "alternation",
    "encode_url_faults",
    "has_space",
    "has_surrogates",
    "parse_int",
    "replace_surrogates",
    "resolve_url",
    "url_fault",
    "url_parts",
]

# ASCII digits only: str.isdigit() also takes "²" and "٣", which int() refuses or which no
# markup language counts as a number (HTML §2.3.4.1, XML Schema §3.3.20 nonNegativeInteger).
_ASCII_DIGITS = re.compile(r"[0-9]+")
# White space: for str patterns, \s is exactly the characters str.isspace() takes.
_SPACE = re.compile(r"\s")
# UTF-16 surrogate code points, which no encoding can write when they stand alone.
_SURROGATE = re.compile("[\ud800-\udfff]")
# What no URL may hold, white space aside (the model refuses it, readers drop it): RFC 3986
# §2.1, a "%" that starts no percent-encoding of two hex digits; RFC 3986 §2 and RFC 3987 §2.2,
# control characters (C0, DEL, C1); XML 1.0 §2.2, the non-characters U+FFFE and U+FFFF.
_URL_FAULT = re.compile("%(?![0-9A-Fa-f]{2})|[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff]")


def alternation(words: Iterable[str]) -> str:
    r"""A regex alternation of ``words``, longest first, an inner space matching any white space.

    Longest first, so that "written by" is tried before "by".

    Example:
        >>> alternation(["by", "written by", "oleh"])
        'written\\s+by|oleh|by'
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


def parse_int(text: str | None, *, max_digits: int = 9) -> int | None:
    """The whole number ``text`` spells in ASCII digits (white space around it allowed), else ``None``.

    Leading zeros do not count towards ``max_digits``; more significant digits than that
    give ``None`` (Python refuses to convert more than 4,300).

    Example:
        >>> parse_int(" 1200 "), parse_int("²"), parse_int("-3"), parse_int("9" * 10)
        (1200, None, None, None)
    """
    if text is None:
        return None
    text = text.strip()
    if _ASCII_DIGITS.fullmatch(text) is None:
        return None
    significant = text.lstrip("0") or "0"
    return int(significant) if len(significant) <= max_digits else None


def url_parts(text: str) -> SplitResult | None:
    """``urlsplit(text)``, or ``None`` where it raises (an unclosed IPv6 host ``"http://[x"``).

    Example:
        >>> url_parts("https://a.id/x").netloc, url_parts("http://[x")
        ('a.id', None)
    """
    try:
        return urlsplit(text)
    except ValueError:
        return None


# A URL's parts (RFC 3986 §3): scheme, authority after "//", path and query, fragment. Not
# urlsplit: mending must give back the URL exactly, and urlunsplit would drop an empty "?"
# or "#" and urlsplit strips tabs and line breaks before splitting.
_URL_SHAPE = re.compile(
    r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*:)?(?://(?P<authority>[^/?#]*))?(?P<path>[^#]*)(?:#(?P<fragment>.*))?",
    re.DOTALL,
)


def url_fault(text: str) -> str | None:
    r"""Why ``text`` cannot be a URL (RFC 3986 syntax that any URI parser refuses); else ``None``.

    The faults: a stray ``%``, a control character, ``[`` or ``]`` outside an IPv6 host, a
    second ``#``, an ``@`` inside the user information, and a port that is empty or not
    digits. White space is not looked at here: the model refuses it, readers drop or encode it.

    Example:
        >>> url_fault("https://a.id/100%"), url_fault("https://a.id/\x01"), url_fault("https://a.id/%C3%A9")
        ("'%' must start a percent-encoding (two hex digits)", 'control character U+0001', None)
        >>> url_fault("https://a.id/?q=[1]"), url_fault("https://a.id:x/"), url_fault("https://[::1]:80/")
        ("'[' or ']' outside an IPv6 host", "the port must be digits, got 'x'", None)
    """
    found = None if _plain_without_percent(text) else _URL_FAULT.search(text)
    if found is not None:
        if found.group() == "%":
            return "'%' must start a percent-encoding (two hex digits)"
        return f"control character U+{ord(found.group()):04X}"
    return _structure_fault(text)


def _plain_without_percent(text: str) -> bool:
    """Whether ``text`` is printable ASCII (U+0020-U+007E) without a ``%``: then ``_URL_FAULT`` finds nothing.

    The common case of every URL, told by three C scans instead of the regex, which tries its
    alternatives at every position: ``_URL_FAULT`` matches only a ``%`` or characters outside
    that range.
    """
    return text.isascii() and text.isprintable() and "%" not in text


def _has_bracket(text: str) -> bool:
    """Whether ``text`` holds ``[`` or ``]`` (two substring tests, cheaper than a regex search)."""
    return "[" in text or "]" in text


def _url_pieces(text: str) -> tuple[str, str | None, str, str | None]:
    """Scheme with its colon (or ""), authority, path with query, fragment: every string has them."""
    shape = _URL_SHAPE.fullmatch(text)
    if shape is None:  # pragma: no cover - unreachable: each part of the pattern may be empty
        return "", None, text, None
    # One call for the four groups (numbered in this order: head, authority, path, fragment).
    head, authority, path, fragment = shape.groups()
    return head or "", authority, path, fragment


def _structure_fault(text: str) -> str | None:
    _, authority, path, fragment = _url_pieces(text)
    if _has_bracket(path) or (fragment is not None and _has_bracket(fragment)):
        return "'[' or ']' outside an IPv6 host"
    if fragment is not None and "#" in fragment:
        return "a second '#'"
    return _authority_fault(authority) if authority is not None else None


def _authority_fault(authority: str) -> str | None:
    userinfo, _, hostport = authority.rpartition("@")
    if "@" in userinfo:
        return "'@' inside the user information"
    port: str | None = None
    if hostport.startswith("["):
        close = hostport.find("]")
        if close < 0:
            return "an IPv6 host without its ']'"
        after = hostport[close + 1 :]
        if after and not after.startswith(":"):
            return "'[' or ']' outside an IPv6 host"
        port = after[1:] if after else None
        hostport = after
    else:
        _, colon, port_text = hostport.partition(":")
        port = port_text if colon else None
    if _has_bracket(userinfo) or _has_bracket(hostport):
        return "'[' or ']' outside an IPv6 host"
    if port is not None and not (port.isascii() and port.isdigit()):
        return f"the port must be digits, got {port!r}"
    return None


def encode_url_faults(text: str) -> str | None:
    r"""``text`` with what no URL may hold percent-encoded (UTF-8), or ``None`` if it cannot be mended.

    A stray ``%`` becomes ``%25``, control characters their encoding, ``[``/``]`` outside an
    IPv6 host ``%5B``/``%5D``, a second ``#`` ``%23`` and an ``@`` in the user information
    ``%40``; an empty port is dropped. A port that is not digits cannot be mended.

    Example:
        >>> encode_url_faults("https://a.id/100%/%20\x7f")
        'https://a.id/100%25/%20%7F'
        >>> encode_url_faults("https://a.id:/?a[]=1#x#y"), encode_url_faults("https://a.id:x/")
        ('https://a.id/?a%5B%5D=1#x%23y', None)
    """
    if not _plain_without_percent(text):
        text = _URL_FAULT.sub(lambda found: quote(found.group(), safe=""), text)
    if _structure_fault(text) is None:
        return text
    head, authority, path, fragment = _url_pieces(text)
    mended = [head]
    if authority is not None:
        userinfo, at, hostport = authority.rpartition("@")
        if hostport.endswith(":"):
            hostport = hostport[:-1]  # an empty port means the scheme's default (RFC 3986 §3.2.3)
        if not hostport.startswith("["):
            hostport = _encode_brackets(hostport)
        mended += ["//", _encode_brackets(userinfo.replace("@", "%40")), at, hostport]
    mended.append(_encode_brackets(path))
    if fragment is not None:
        mended += ["#", _encode_brackets(fragment.replace("#", "%23"))]
    result = "".join(mended)
    return result if _structure_fault(result) is None else None


def _encode_brackets(text: str) -> str:
    return text.replace("[", "%5B").replace("]", "%5D")


def resolve_url(value: str, base: str | None = None) -> str | None:
    """``value`` (stripped) resolved against ``base`` when it has no scheme (RFC 3986 §5).

    ``None`` when ``value``, ``base`` or the result is not a URL at all; the result may
    still be relative (no ``base``) or have no host (``urn:``). What no URL may hold (a stray
    ``%``, control characters, brackets outside an IPv6 host …) is percent-encoded, and a URL
    that cannot be mended (a port that is not digits) is ``None`` (:func:`encode_url_faults`).

    Example:
        >>> resolve_url("a.jpg", "file:///news/item.xml"), resolve_url("x", "http://[x")
        ('file:///news/a.jpg', None)
        >>> resolve_url("100%.jpg", "https://a.id/")
        'https://a.id/100%25.jpg'
    """
    text = value.strip()
    parts = url_parts(text)
    if parts is None:
        return None
    if not parts.scheme and base:
        try:
            text = urljoin(base, text)
        except ValueError:
            return None
        if url_parts(text) is None:
            return None
    return encode_url_faults(text)


def absolute_url(value: str, base: str | None = None, *, schemes: Collection[str] | None = None) -> str | None:
    """``value`` (stripped; resolved against ``base`` when it has no scheme) if that is an absolute URL.

    Absolute means a scheme (one of ``schemes`` when given), a host and no white space. As
    with :func:`resolve_url`, what no URL may hold is percent-encoded: the result is always a
    URL the model accepts.

    Example:
        >>> absolute_url("/a.jpg", "https://kompas.com/read/1"), absolute_url("http://[x")
        ('https://kompas.com/a.jpg', None)
        >>> absolute_url("ftp://a.id/50%"), absolute_url("ftp://a.id/x", schemes={"http", "https"})
        ('ftp://a.id/50%25', None)
    """
    text = resolve_url(value, base)
    parts = None if text is None else url_parts(text)
    if text is None or parts is None or not parts.scheme or not parts.hostname or has_space(text):
        return None
    if schemes is not None and parts.scheme not in schemes:
        return None
    return text


#: The characters outside ASCII that ``re.IGNORECASE`` equates with an ASCII character: U+0130
#: and U+0131 with "i", U+017F with "s", U+212A (KELVIN SIGN) with "k" (a test checks the list
#: is complete for the running Python).
ASCII_CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")


def fold_for_ascii_search(text: str) -> str | None:
    r"""``text`` lower-cased for case-insensitive ``in`` tests of ASCII words, or ``None``.

    ``in`` on the result finds a lower-case ASCII word exactly where a case-insensitive regex
    would, unless the text holds one of :data:`ASCII_CASE_TWINS`, which the regex matches to an
    ASCII letter its lower-cased form lacks (``"\u017f"`` matches ``s``): then ``None``.

    Example:
        >>> fold_for_ascii_search("ALL Rights"), fold_for_ascii_search("Copyright \u017fource")
        ('all rights', None)
    """
    if not text.isascii() and any(map(text.__contains__, ASCII_CASE_TWINS)):
        return None
    return text.lower()


def squeeze(text: str) -> str:
    r"""White space runs made one space, the ends stripped: ``re.sub(r"\s+", " ", text).strip()``.

    The same result without a regex: for str, ``\s``, ``str.split()`` and ``str.strip()`` all
    take exactly the characters ``str.isspace()`` takes.

    Example:
        >>> squeeze("  Jakarta\n\u00a0 hujan  ")
        'Jakarta hujan'
    """
    return " ".join(text.split())


def has_space(text: str) -> bool:
    r"""Whether ``text`` holds white space (any character ``str.isspace`` takes), searched in C.

    Example:
        >>> has_space("https://a.id/x"), has_space("https://a.id/a\u00a0b")
        (False, True)
    """
    if text.isascii() and text.isprintable():
        return " " in text  # the one white space character in printable ASCII (U+0020-U+007E)
    return _SPACE.search(text) is not None


def has_surrogates(text: str) -> bool:
    r"""Whether ``text`` holds a lone surrogate (U+D800-U+DFFF), which UTF-8 cannot encode.

    Example:
        >>> has_surrogates("a\ud800"), has_surrogates("a\U0001F600")
        (True, False)
    """
    if text.isascii():
        return False
    # UTF-8 encodes every code point but the surrogates: the strict encoder fails exactly when
    # one is there, and runs several times faster than a regex over the text.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def replace_surrogates(text: str) -> str:
    r"""``text`` with each lone surrogate replaced by U+FFFD (the length, and so every offset, kept).

    Example:
        >>> replace_surrogates("a\ud800b")
        'a\ufffdb'
    """
    return _SURROGATE.sub("\ufffd", text) if has_surrogates(text) else text

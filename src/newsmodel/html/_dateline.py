"""Datelines at the start of an article's first block: recognise, split into place and source, strip.

Forms seen on Indonesian sites (see ``../shared/reference/indonesian-quotes.md``) and wire copy:
``JAKARTA, KOMPAS.com -``, ``Jakarta, CNN Indonesia --``, ``Liputan6.com, Jakarta -``,
``Jakarta (ANTARA) -``, ``TEMPO.CO, Jakarta -``, ``REPUBLIKA.CO.ID, JAKARTA --``, ``Jakarta -``,
``KOMPAS.com -`` and a bare outlet name before the first sentence (``Beritagosip.com Presiden …``).
Dashes: one to three of ``-``, ``–``, ``—``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsmodel._model import Dateline

__all__ = ["split_dateline"]

_DASH = r"\s*[-\u2013\u2014]{1,3}\s*"
# A place: one to four capitalised words ("Jakarta", "KUALA LUMPUR", "Banda Aceh").
_PLACE = r"[A-Z][A-Za-z'.]{1,25}(?:\s[A-Z][A-Za-z'.]{1,25}){0,3}"
# An outlet as a domain: "KOMPAS.com", "TEMPO.CO", "REPUBLIKA.CO.ID", "Liputan6.com".
_DOMAIN = r"[A-Za-z][A-Za-z0-9-]{1,30}(?:\.[A-Za-z]{2,4}){1,2}"
# An outlet as words: "CNN Indonesia", "ANTARA", "Reuters", "AP".
_OUTLET = r"[A-Z][A-Za-z0-9.]{1,25}(?:\s[A-Z][A-Za-z0-9.]{1,25}){0,2}"

# "Jakarta (ANTARA) -", "Mataram, NTB (ANTARA News) -", "WASHINGTON (AP) —", and press
# releases "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --": place, agency in brackets, dash.
_BRACKETED = re.compile(
    rf"(?P<place>{_PLACE}(?:,\s*{_PLACE})?)(?:,\s*(?P<date>\d{{1,2}}\s+[A-Za-z]{{3,10}}\.?\s+\d{{4}}))?"
    rf"\s*\((?P<source>{_OUTLET}(?:/{_OUTLET})?)\){_DASH}"
)
# "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --", "TEMPO.CO, Jakarta -",
# "REPUBLIKA.CO.ID, JAKARTA --", "Liputan6.com, Jakarta -" (Liputan6 sometimes drops the dash).
_PAIR = re.compile(rf"(?P<first>{_DOMAIN}|{_PLACE}),\s*(?P<second>{_DOMAIN}|{_OUTLET}|{_PLACE}){_DASH}")
# Liputan6 without its dash: "Liputan6.com, Jakarta Ketua ..." (the place is then one word).
_PAIR_DASHLESS = re.compile(rf"(?P<first>{_DOMAIN}),\s*(?P<second>[A-Z][A-Za-z]{{1,25}})\s+(?=[A-Z\u201c\"])")
# "KOMPAS.com -", "Suara.com -", "Jakarta -", "VIVA –": one name and a dash.
_SINGLE = re.compile(rf"(?P<name>{_DOMAIN}|{_PLACE})\s+[-\u2013\u2014]{{1,3}}\s+")
# "Beritagosip.com Presiden ...": an outlet domain directly before the first sentence.
_BARE_DOMAIN = re.compile(rf"(?P<name>{_DOMAIN})\s*[:|]?\s+(?=[A-Z\u201c\"])")
_IS_DOMAIN = re.compile(rf"{_DOMAIN}$")
# An outlet written in words has an all-caps or CamelCase token ("CNN Indonesia", "ANTARA",
# "KompasOtomotif"), unlike a place
# continuation such as "DUBAI, United Arab Emirates".
_HAS_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b|\b[A-Z][a-z]+[A-Z]\w*")


def _is_outlet(text: str) -> bool:
    """Whether a dateline part is an outlet written as a domain ("KOMPAS.com", "TEMPO.CO")."""
    return _IS_DOMAIN.match(text) is not None


def _result(text: str, place: str | None, source: str | None, rest: str) -> tuple[Dateline, str]:
    return Dateline(text=text.strip(), place=place, source=source), rest


def split_dateline(text: str, *, outlets: Iterable[str] = ()) -> tuple[Dateline | None, str]:
    """Find a dateline at the start of ``text`` and return it with the rest of the text.

    Args:
        text: The first body block.
        outlets: Names the page gives for itself (``og:site_name``, the URL's host); a bare
            domain before the first sentence is a dateline only when it is one of them.

    Returns:
        ``(dateline, rest)``; ``(None, text)`` when the block starts with no dateline.

    Example:
        >>> split_dateline("JAKARTA, KOMPAS.com - Hujan deras turun.")
        (Dateline(text='JAKARTA, KOMPAS.com', place='JAKARTA', source='KOMPAS.com'), 'Hujan deras turun.')
        >>> split_dateline("Jakarta (ANTARA) - Harga cabai naik.")[0].source
        'ANTARA'
        >>> split_dateline("Beritagosip.com Presiden Putin menolak.", outlets=["Beritagosip.com"])[0].source
        'Beritagosip.com'
        >>> split_dateline("Presiden Rusia Vladimir Putin menolak.")[0] is None
        True
    """
    head = text[:160]
    match = _BRACKETED.match(head)
    if match is not None:
        date = match.group("date")
        label = f"{match.group('place')}{', ' + date if date else ''} ({match.group('source')})"
        return _result(label, match.group("place"), match.group("source"), text[match.end() :])
    match = _PAIR.match(head) or _PAIR_DASHLESS.match(head)
    if match is not None:
        first, second = match.group("first"), match.group("second")
        label = f"{first}, {second}"
        rest = text[match.end() :]
        if _is_outlet(first):
            return _result(label, second, first, rest)
        if _is_outlet(second) or _HAS_CAPS_WORD.search(second):
            return _result(label, first, second, rest)
        return _result(label, label, None, rest)
    match = _SINGLE.match(head)
    if match is not None:
        name = match.group("name")
        if _is_outlet(name):
            return _result(name, None, name, text[match.end() :])
        return _result(name, name, None, text[match.end() :])
    match = _BARE_DOMAIN.match(head)
    if match is not None:
        name = match.group("name")
        if name.casefold() in {outlet.casefold() for outlet in outlets}:
            return _result(name, None, name, text[match.end() :])
    return None, text

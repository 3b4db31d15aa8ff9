"""Language identification for article text: a light stop-word test for Indonesian and English.

``<html lang>`` and ``og:locale`` are only hints (old Kompas.com pages declare ``en`` over
Indonesian text): the text decides when it is clear, the hint when it is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsmodel.html import _lexicon_en, _lexicon_id

__all__ = ["detect_language", "normalize_language"]

# Unicode word tokens (lower-cased before lookup); apostrophes stay outside words.
_WORD = re.compile(r"\w+")
# BCP 47 primary subtag, accepting POSIX locales such as "id_ID" (OpenGraph og:locale).
_LANGUAGE_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")

#: Withdrawn ISO 639 codes still seen in pages, to their current form.
_RENAMED = {"in": "id", "iw": "he", "ji": "yi"}
#: Stop-word sets per language tag.
_STOPWORDS: dict[str, frozenset[str]] = {"id": _lexicon_id.STOPWORDS, "en": _lexicon_en.STOPWORDS}
#: Stop word → its language.
_LANGUAGE_OF = {word: language for language, words in _STOPWORDS.items() for word in words}
#: Characters read before deciding; more adds time, not accuracy.
_SAMPLE_CHARS = 4000
#: Minimum stop-word hits for a verdict, and how far the winner must lead.
_MIN_HITS = 5
_LEAD = 2.0


def normalize_language(tag: str | None) -> str | None:
    """The primary language subtag of a BCP 47 tag or POSIX locale, lower-cased.

    Args:
        tag: ``"id-ID"``, ``"id_ID"``, ``"EN"`` or anything a page declares.

    Returns:
        ``"id"``, ``"en"`` …, or ``None`` for a missing or malformed tag.

    Example:
        >>> normalize_language("id_ID"), normalize_language("en-US"), normalize_language("x!")
        ('id', 'en', None)
    """
    if not tag:
        return None
    match = _LANGUAGE_TAG.match(tag)
    if match is None:
        return None
    primary = match.group(1).lower()
    # ISO 639 withdrew "in" for Indonesian in 1989; old pages still say "In-Id".
    return _RENAMED.get(primary, primary)


# Every ASCII byte that \w does not take made a space; bytes of other characters kept.
_ASCII_NON_WORD_TO_SPACE = bytes(
    byte if byte >= 0x80 or chr(byte).isalnum() or byte == 0x5F else 0x20 for byte in range(256)
)


def _words(text: str) -> list[str]:
    """``_WORD.findall(text)`` up to order: the same words, mostly found without the regex engine.

    ASCII characters that are no word characters become spaces (through the UTF-8 bytes,
    which leave every other character whole), and the text is split at white space (never a
    word character). A piece that is all ASCII is then one maximal run of word characters;
    only pieces holding other characters go through the regex, whose runs cannot cross a
    piece's ends. The counts read from the list do not depend on its order.

    Example:
        >>> text = "“kata dia,” (2024) café_x ñ-y"
        >>> sorted(_words(text)) == sorted(_WORD.findall(text))
        True
    """
    spaced = text.encode("utf-8", "surrogatepass").translate(_ASCII_NON_WORD_TO_SPACE)
    words: list[str] = []
    for piece in spaced.decode("utf-8", "surrogatepass").split():
        if piece.isascii():
            words.append(piece)
        else:
            words.extend(_WORD.findall(piece))
    return words


def detect_language(texts: Iterable[str], *, hint: str | None = None) -> str | None:
    """Tell Indonesian from English (and from neither) by counting stop words.

    Args:
        texts: Body blocks (or any text), read until enough words are seen.
        hint: The page's declared language (``<html lang>``, ``og:locale``), used when the text
            does not decide.

    Returns:
        ``"id"`` or ``"en"`` when the text is clearly one of them; otherwise the normalised hint
        (which may be another language), or ``None``.

    Example:
        >>> text = "Presiden mengatakan bahwa ia tidak akan hadir dalam rapat itu karena sudah ada acara lain."
        >>> detect_language([text], hint="en")
        'id'
        >>> detect_language(["Obrigado"], hint="pt-BR")
        'pt'
    """
    sample: list[str] = []
    size = 0
    for text in texts:
        sample.append(text)
        size += len(text)
        if size >= _SAMPLE_CHARS:
            break
    words = _words(" ".join(sample)[:_SAMPLE_CHARS].lower())
    seen = len(words)
    # The stop-word sets are disjoint (a test checks it): one lookup table serves both.
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in words:
        language = _LANGUAGE_OF.get(word)
        if language is not None:
            counts[language] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, best_hits), (_, second_hits) = ranked[0], ranked[1]
    declared = normalize_language(hint)
    if best_hits >= _MIN_HITS and best_hits >= _LEAD * max(second_hits, 1) and best_hits * 12 >= seen:
        return best
    if seen >= 200 and best_hits * 40 < seen and declared in _STOPWORDS:
        # Plenty of text and almost no Indonesian or English function words: the hint is wrong.
        return None
    return declared

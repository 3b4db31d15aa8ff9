"""The table of languages: a BCP 47 tag to its quotation lexicon."""

from __future__ import annotations

from newsmodel.quotes import _lexicon_en, _lexicon_id
from newsmodel.quotes._lexicon import Lexicon

__all__ = ["LEXICONS", "lexicon_for", "quote_language"]

#: Primary language subtag → lexicon.
LEXICONS = {"id": _lexicon_id.LEXICON, "en": _lexicon_en.LEXICON}
# ISO 639 withdrew "in" for Indonesian in 1989; old feeds and pages still send it.
_RENAMED = {"in": "id"}


def lexicon_for(language: str) -> Lexicon:
    """The lexicon for a BCP 47 tag; Indonesian for any language without its own.

    Example:
        >>> lexicon_for("en-GB").language
        'en'
        >>> lexicon_for("ms").language
        'id'
    """
    return LEXICONS[quote_language(language) or "id"]


def quote_language(tag: str | None) -> str | None:
    """The language of the lexicon that covers a BCP 47 tag or POSIX locale, else ``None``.

    Every parser maps the article's language through this before extracting quotes, so that
    ``"en-US"``, ``"EN"`` and ``"en_GB"`` all read as English.

    Example:
        >>> quote_language("en-US"), quote_language("EN"), quote_language("id_ID"), quote_language("in")
        ('en', 'en', 'id', 'id')
        >>> quote_language("fr"), quote_language(None)
        (None, None)
    """
    if not tag:
        return None
    primary = tag.replace("_", "-").split("-", maxsplit=1)[0].lower()
    primary = _RENAMED.get(primary, primary)
    return primary if primary in LEXICONS else None

"""The table of languages: a BCP 47 tag to its quotation lexicon."""

from __future__ import annotations

from newsmodel.quotes import _lexicon_en, _lexicon_id
from newsmodel.quotes._lexicon import Lexicon

__all__ = ["LEXICONS", "lexicon_for"]

#: Primary language subtag → lexicon.
LEXICONS = {"id": _lexicon_id.LEXICON, "en": _lexicon_en.LEXICON}


def lexicon_for(language: str) -> Lexicon:
    """The lexicon for a BCP 47 tag; Indonesian for any language without its own.

    Example:
        >>> lexicon_for("en-GB").language
        'en'
        >>> lexicon_for("ms").language
        'id'
    """
    primary = language.split("-", maxsplit=1)[0].split("_", maxsplit=1)[0].lower()
    return LEXICONS.get(primary, _lexicon_id.LEXICON)

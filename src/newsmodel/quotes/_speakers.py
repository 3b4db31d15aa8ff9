"""Speakers: collect the people and organizations an article introduces, then resolve mentions.

An article introduces a person as ``ROLE AFFILIATION [RANK] NAME`` ("Kapolres Metro Jakarta
Barat Kombes Yudha Pratama"), ``NAME, role,`` ("Ferdinand Siahaan, kasat reskrim …,") or
``role, NAME,`` ("penasihat Kremlin, Yuri Ushakov,"), an organization as ``NAME (ACRONYM)``,
and a nickname with "yang akrab disapa …". A mention at a cue then resolves to one of them by
any name token, a nickname, an acronym, a bare role ("kata Presiden"), a pronoun or a clitic.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from itertools import compress, count, pairwise
from typing import NamedTuple

import attrs
from babel import Locale

from newsmodel._model import Organization, Person
from newsmodel._text import alternation, fold_for_ascii_search
from newsmodel.quotes._lexicon import BIRTH_ORDER_NAMES, Lexicon
from newsmodel.quotes._text import (
    Word,
    block_words,
    capital_runs,
    dateline_end,
    is_capitalized,
    is_initialism,
    lowers,
    make_word,
    word_starts,
    words,
    words_once,
)

__all__ = [
    "Entity",
    "Mention",
    "Registry",
    "affiliation_link",
    "collect",
    "name_words",
    "office_link",
    "office_starts",
    "parse_mention",
    "role_affiliation",
    "source_starts",
    "verb_like",
]

#: A position in the article: (block index, character offset).
Order = tuple[int, int]

# An acronym or short alias in brackets right after a name: "Badan Pusat Statistik (BPS)".
_BRACKET_ALIAS = re.compile(r"\(\s*([A-Z][\w.\-]{1,15})\s*\)")
# The same at the end of a role phrase: "Menteri Perhubungan (Menhub)".
_ROLE_ALIAS = re.compile(_BRACKET_ALIAS.pattern + "$")

# An age after a name: "Euis Rohaeni (54), warga …" / "Nurhayati, 52, a rice farmer".
_AGE = re.compile(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3}(?=,))")

#: An organization's acronym in brackets after its name: "Federasi Serikat Buruh Alas Kaki (FSBAK)".
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z0-9&-]+\)")

# What an age or an appositive role after a name starts with (a cheap test before either).
_AGE_OR_COMMA = re.compile(r"\s*[(,]")

# Where an appositive after "NAME," ends: clause punctuation or a quote mark.
_CLAUSE_END = re.compile(r'[,.;:"“”]')

# What an acronym key drops from a name or alias: "K.P.K." and "KPK" abbreviate alike.
_NON_WORD = re.compile(r"\W")

# The separators between the words of a name, for its initials: "Badan Pusat Statistik, BPS".
_NAME_PARTS = re.compile(r"[\s,]+")

# A digit anywhere in a word: "U-23", "Rp9.000" are no names.
_DIGIT = re.compile(r"\d")

# A plain lower-case word long enough to carry a verb prefix ("mengutip", "bertahan").
_PLAIN_WORD = re.compile(r"^[a-z]{5,}$")

#: The shortest key matched as a syllabic abbreviation (Kemenkes); shorter ones are ambiguous.
_SYLLABIC_MIN = 6
#: The most words a role phrase may span before a name.
_ROLE_WINDOW = 14
#: The most words of a name; longer capitalised runs keep their last words.
_NAME_MAX = 4


def _is_acronym(text: str) -> bool:
    return len(text) >= 2 and text.isupper()


#: The shortest word an organization prefix makes a short name: "Kemenag" (not "Kemen" alone).
_ORG_PREFIXED_MIN = 7

#: The most words the name-word memo of a lexicon holds before it starts afresh.
_NAME_MEMO_MAX = 20_000


def is_name_word(word: Word, lexicon: Lexicon) -> bool:
    """Whether ``word`` can be part of a person's name.

    It is capitalised, has no digits, is no known word, no possessive ("Thailand's") and no
    participle compound ("London-based"). The answer depends on the word's text alone: it is
    remembered in the lexicon's memo.
    """
    memo = lexicon.name_memo
    found = memo.get(word.text)
    if found is None:
        if len(memo) >= _NAME_MEMO_MAX:
            memo.clear()
        found = memo[word.text] = _is_name_text(word.text, word.lower, lexicon)
    return found


def _is_name_text(text: str, low: str, lexicon: Lexicon) -> bool:
    """:func:`is_name_word` for a word's text and its lower-case form."""
    if _org_prefixed(low, lexicon):
        return False  # "Kemendag": a ministry's short name
    if not text[:1].isupper() or low in lexicon.not_names or text.isupper():
        return False
    clitic = lexicon.clitic
    if clitic and low.endswith(clitic) and len(low) - len(clitic) >= _CLITIC_ROOT_MIN:
        return False  # "Artinya,", "Sayangnya,": a word with its clitic, capitalised at a sentence start
    if not text.istitle() and _is_degree(text):
        return False  # an academic or medical degree after a name: "SpPD-KEMD", "MSi", "PhD"
    if participle_compound(text):
        return False  # "London-based", not a name like "Kim Dong-hyun"
    # a word of letters only has no digit: the common case skips the search
    return (text.isalpha() or not _DIGIT.search(text)) and not low.endswith(_POSSESSIVE)


def participle_compound(text: str) -> bool:
    """Whether a word is a participle compound, no name: "Singapore-based", "state-owned".

    Example:
        >>> participle_compound("London-based"), participle_compound("Dong-hyun")
        (True, False)
    """
    return "-" in text and text.endswith("ed") and text.rsplit("-", 1)[1][:1].islower()


# Degrees written after a name: Indonesian specialist degrees (SpPD, SpA, SpOG), master's
# degrees (MSi, MKes, MPd, MHum) and PhD. No name starts with a capital, a second capital
# and then lower case only, except "Mc"/"Mac" names, whose second letter is lower case.
_DEGREE = re.compile(r"Sp[A-Z]|M[A-Z][a-z]*$|Ph\.?D$")

#: Degrees in capitals written after a name: "Budi Santoso SH".
_CAPITAL_DEGREES = frozenset(
    {"SH", "MH", "SE", "MM", "MT", "SKM", "SIP", "SPd", "SSos", "SKom", "SSi", "SIK", "SAg", "SHI", "Lc", "Ak", "SKep"}
)


@functools.lru_cache(maxsize=4096)
def _is_degree(text: str) -> bool:
    """Whether a word is an academic or medical degree written after a name.

    Dots are no part of it: "S.H." is "SH", "Sp.A." is "SpA", "M.Si." is "MSi".

    Example:
        >>> [_is_degree(w) for w in ("SpPD-KEMD", "MSi", "SH", "PhD", "McDonald", "Budi", "Sp.A", "Lc")]
        [True, True, True, True, False, False, True, True]
    """
    plain = text.replace(".", "") if "." in text else text
    return plain in _CAPITAL_DEGREES or _DEGREE.match(plain) is not None


#: The shortest short form of a name word that :meth:`Registry.find_by_prefix` looks up ("Firman").
_SHORT_MIN = 4

#: The shortest root before a clitic that makes a word no name: "Artinya" (arti-nya), not "Sonya".
_CLITIC_ROOT_MIN = 4

#: The endings of a possessive: "Thailand's".
_POSSESSIVE = ("'s", "’s")


def is_possessive(low: str) -> bool:
    """Whether a lower-case word is a possessive: "thailand's", "morrison’s".

    Example:
        >>> is_possessive("morrison’s"), is_possessive("mars")
        (True, False)
    """
    return low.endswith(_POSSESSIVE)


@functools.cache
def _country_names() -> frozenset[str]:
    """Lower-cased names of countries and regions, in English and Indonesian (CLDR, through babel)."""
    names: set[str] = set()
    for tag in ("en", "id"):
        names.update(name.lower() for name in Locale.parse(tag).territories.values())
    return frozenset(names)


def without_owner(name: str, lexicon: Lexicon) -> str:
    """An organization's name without a country or place owning it: "Portugal’s Civil Aviation Incident Bureau".

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> en = lexicon_for("en")
        >>> without_owner("Indonesia's Communications Ministry", en), without_owner("Southern Women's League", en)
        ('Communications Ministry', "Southern Women's League")
    """
    ws = words(name)
    if len(ws) >= 2 and _place_owner(ws[0].lower, lexicon):
        return name[ws[1].start :]
    return name


def _place_owner(low: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word is a place's possessive: "portugal’s", "indonesia's"."""
    if not is_possessive(low):
        return False
    owner = possessive_owner(low)
    return owner in lexicon.places or owner in _country_names()


def possessive_owner(low: str) -> str:
    """A lower-case possessive's owner, other words as they are: "morrison’s" → "morrison".

    Example:
        >>> possessive_owner("morrison’s"), possessive_owner("mars")
        ('morrison', 'mars')
    """
    return low[:-2] if is_possessive(low) else low  # both endings are two characters


def name_words(ws: Sequence[Word], lexicon: Lexicon) -> list[Word]:
    """The trailing run of name words of a mention: "Kapolres … Kombes Yudha Pratama" → Yudha Pratama.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> ws = words("Kepala Dinas Kesehatan Kota Bogor dr Lestari Handayani")
        >>> [w.text for w in name_words(ws, lexicon_for("id"))]
        ['Lestari', 'Handayani']
    """
    if len(ws) == 1:  # most capitalised runs are one word: no joiner to look at
        return [ws[0]] if is_name_word(ws[0], lexicon) and not _is_degree(ws[0].text) else []
    # "dr Wismandari Wisnu SpPD-KEMD", "Budi Santoso SH": a degree ends no name (a plain
    # capitalised word, the common case, is none: the cheap test first)
    while len(ws) > 1 and not ws[-1].text.istitle() and _is_degree(ws[-1].text):
        ws = ws[:-1]
    surname = (  # a religious honorific after a given name is a surname: "Mohamed Haji"
        len(ws) >= 2 and ws[-1].lower in _SURNAME_HONORIFICS and ws[-1].text.istitle() and is_name_word(ws[-2], lexicon)
    )
    if not ws or not (surname or is_name_word(ws[-1], lexicon) or _role_as_family_name(ws, lexicon)):
        return []  # most capitalised runs end in no name ("The", "Kamis")
    run: list[Word] = [ws[-1]]
    for index in range(len(ws) - 2, -1, -1):
        word = ws[index]
        before = ws[index - 1] if index else None
        if before is not None and len(run) >= 2 and _place_follows(ws, index - 1, lexicon):
            break  # "Kabupaten Magelang Edi Wasono", "Bupati Banjarnegara Ragil Setyobudi": a place
        if (
            is_name_word(word, lexicon)
            or (word.lower in lexicon.rank_suffixes and (before is None or before.lower not in lexicon.ranks))
            or _role_in_name(ws, index, len(run), lexicon)
        ):
            # (a rank suffix with no rank before it is a name: "Pol Espargaro"; a word that is also
            # a role, between a given and a family name: "Fransiska Ratu Djawa")
            run.append(word)
            continue
        if (
            word.lower in lexicon.honorifics
            and before is not None
            and is_name_word(before, lexicon)
            # ("H." after an organization's words is a title: "… Al-Mujahidin H. Syamsuddin")
            and (len(word.text) > 1 or not _role_or_org_before(ws, index, lexicon))
        ):
            run.append(word)  # an honorific inside a name: "Rahmat Daeng Ngalle", "Agus H. Simatupang"
            continue
        if word.text in lexicon.name_particles and before is not None and is_name_word(before, lexicon):
            run.append(word)  # a particle inside a name: "Monica de Bolle"
            continue
        if (
            len(word.text) == 1
            and word.text.isupper()
            and (
                word.lower not in lexicon.not_names
                or (word.lower in lexicon.articles and before is not None and is_name_word(before, lexicon))
            )
        ):
            run.append(word)  # a middle initial: "Mary E. Lovely", "Sonya A. Zoghlin" (not the article)
            continue
        if "." in word.text and is_initialism(word.text):
            run.append(word)  # dotted initials: "P.J. Fleck", "George R.R. Martin"
            continue
        break
    run.reverse()
    at = len(ws) - len(run)
    if lexicon.name_starts:
        run, at = _from_name_start(ws, run, at, lexicon)
    if at and _company_mark_before(ws, at, lexicon):
        return []  # "(Manajemen) PT Sinar Tenun Priangan": a company's name, no person's
    if len(run) == 1 and at and _place_follows(ws, at - 1, lexicon) and not _place_head_in_role(ws, at, lexicon):
        return []  # "… Kabupaten Cianjur", "Bupati Sanggau": a place, no name (but "Kepala Desa Rudi" names Rudi)
    if len(run) >= 3 and _after_joiner(ws, at, lexicon) and _long_name(run):
        run = run[1:]  # "… Dasar dan Menengah Abdul Mu’ti": Menengah closes the affiliation
    if lexicon.name_starts and name_start_at(run, 0, lexicon):
        return run[: _NAME_MAX + 1]  # "I Gusti Ngurah Agung Putra": the start is known
    return run[-_NAME_MAX:]


#: Honorifics that are also family names, after a given name: "Mohamed Haji", "Ahmed Habib".
_SURNAME_HONORIFICS = frozenset({"haji", "habib"})


def _from_name_start(ws: Sequence[Word], run: list[Word], at: int, lexicon: Lexicon) -> tuple[list[Word], int]:
    """The name run cut to begin at a known name start, and the index of its first word.

    "… Kedewatan I Nyoman Sudarsana" is cut to "I Nyoman Sudarsana"; "I Made Tirtayasa" grows
    to take in "I", and "Lalu Muhsinin" "Lalu", which are no name words.
    """
    openers = lexicon.name_openers
    if at and run and ws[at - 1].text in openers and name_start_at(ws, at - 1, lexicon):
        return [ws[at - 1], *run], at - 1
    if run and name_start_at(run, 0, lexicon):
        return run, at  # "I Made Tirtayasa", "Made Arsana Putra": the run starts the name already
    for index in range(1, len(run)):
        if run[index].text in openers and name_start_at(run, index, lexicon):
            return run[index:], at + index
    return run, at


def name_start_at(ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether a known name start ("I Ketut", "Cokorda") begins at ``ws[index]``."""
    starts = lexicon.name_starts
    word = ws[index].text
    if index + 1 < len(ws) and f"{word} {ws[index + 1].text}" in starts:
        return True
    # a birth-order name inside a longer Balinese name is no start: "I Dewa Made Suwena",
    # "Irjen Gede Putu Arnawa" (but "Universitas Rinjani Made Arsana Putra" starts at Made)
    return word in starts and not (word in _BIRTH_ORDER and index > 0 and ws[index - 1].text in _BALINESE_PARTS)


_BIRTH_ORDER = frozenset(BIRTH_ORDER_NAMES)

#: Words of Balinese names before a birth-order name: "I Dewa Made", "Gusti Putu", "Gede Putu".
_BALINESE_PARTS = frozenset(
    {"I", "Ni", "Dewa", "Gede", "Gde", "Gusti", "Ngurah", "Pande", "Desak", "Ayu", "Bagus", "Agung", "Anak", "Ida"}
    | _BIRTH_ORDER
)


@attrs.define(eq=False)
class Entity:
    """A person or organization the article introduces or a cue names."""

    name: str
    is_org: bool
    order: Order
    role: str | None = None
    aliases: set[str] = attrs.field(factory=set)
    #: Registered on weak evidence (a capitalised run with no role): used only for name lookups.
    weak: bool = False
    #: The entity's last appearance as a speaker, for "the company" and other descriptions.
    spoke: Order | None = None
    #: Lower-cased words of the name and of every alias.
    tokens: set[str] = attrs.field(init=False)
    #: Position in the registry, for "first introduced" ties.
    serial: int = 0
    #: The outlet or employer written after the name: "Jane Roe of the Daily Courier".
    affiliation: str | None = None
    #: "m" or "f" when the text shows it ("Jane Roe … at her office", "Mr Doe"), else None.
    gender: str | None = None
    #: Whether the name may still begin with the last words of an affiliation: it follows one
    #: joined by "dan" ("… Negara dan Reformasi Birokrasi Yuddy Chrisnandi").
    loose_start: bool = False
    #: Roles written as a title before the name ("Cllr" as "councillor"), besides ``role``.
    titles: set[str] = attrs.field(factory=set)
    #: Whether the text called the organization a company ("…, the company said"), though its
    #: name has no company mark: a later "the company" may mean it.
    company: bool = False

    @tokens.default
    def _tokens(self) -> set[str]:
        return {w.lower() for w in self.name.replace(",", " ").split()}

    @property
    def last_seen(self) -> Order:
        """Where the text last showed the entity: its last attribution, else its introduction."""
        return max(self.order, self.spoke or self.order)


@attrs.frozen
class Mention:
    """How a cue names its speaker, as parsed from the text."""

    text: str
    start: int
    end: int
    kind: str  # "pronoun", "clitic", "name", "role", "org", "anonymous", "description", "none"


def parse_mention(text: str, start: int, end: int, lexicon: Lexicon) -> Mention:
    """Classify the mention ``text[start:end]``.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> t = "seorang pedagang yang enggan disebut namanya"
        >>> parse_mention(t, 0, len(t), lexicon_for("id")).kind
        'anonymous'
    """
    ws = words(text, start, end)
    if not ws:
        return Mention("", start, start, "none")
    mention = text[ws[0].start : ws[-1].end]
    lows = [w.lower for w in ws]
    kind = _mention_kind(ws, lows, lexicon)
    return Mention(mention, ws[0].start, ws[-1].end, kind)


def _possessive_name(text: str, ws: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether capitalised words open with a possessive right after an article: "the People’s Daily".

    Nobody writes "the Trump’s plan": after an article the possessive belongs to a name,
    unless a person's full name follows it ("the Post’s Jane Roe": the outlet's reporter).
    """
    return (
        len(ws) >= 2
        and is_possessive(ws[0].lower)
        and is_capitalized(ws[0].text)
        and all(is_capitalized(w.text) for w in ws[1:])
        and after_article(text, ws[0].start, lexicon)
        and len(name_words(ws[1:], lexicon)) < 2
    )


class _Facts(NamedTuple):
    """What the kind of a mention is decided from (a tuple: built for every mention, cheaply)."""

    ws: Sequence[Word]
    lows: Sequence[str]
    names: Sequence[Word]
    capitals: Sequence[Word]
    lexicon: Lexicon

    @property
    def first_capital_leads(self) -> bool:
        """Whether the mention starts with a capitalised word."""
        return bool(self.capitals) and self.capitals[0] is self.ws[0]


def leader_idiom(lows: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether lower-case words open with a leader idiom: "orang nomor satu di Kota Batik itu".

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> leader_idiom(["orang", "nomor", "satu", "di", "kota"], lexicon_for("id"))
        True
    """
    if not lexicon.leader_phrases:
        return False
    opening = " ".join(lows[:_LEADER_WORDS])
    return any(opening.startswith(phrase) for phrase in lexicon.leader_phrases)


#: The most words of a leader idiom.
_LEADER_WORDS = 4


def _leader(f: _Facts) -> bool:
    return leader_idiom(f.lows, f.lexicon)


def _anonymous(f: _Facts) -> bool:
    """An unnamed source: "seorang pedagang", "Polisi", "officials" (and no name)."""
    # (a capitalised word after the first is part of a name: "The Federation of Polder Farmers")
    unnamed = any(
        low in f.lexicon.anonymous for low, w in zip(f.lows, f.ws, strict=True) if w is f.ws[0] or w.text == low
    )
    return (not f.names or _one_of_a_body(f)) and unnamed and not _org_led(f)


def _one_of_a_body(f: _Facts) -> bool:
    """Whether the names follow "seorang" and a person's noun: "seorang petugas Manggala Agni".

    The capitalised words name the body the unnamed person belongs to ("salah seorang pegawai
    Bank Sentosa"), not the person; "seorang petugas bernama Budi" names the person.
    """
    one = f.lexicon.unnamed_singulars_one
    if not one or one not in f.lows[:2]:
        return False
    at = f.lows.index(one) + 1
    first = f.ws.index(f.names[0])
    between = f.lows[at:first]
    plain = f.names[0].start - f.ws[first - 1].end == 1  # one space: not "seorang warga, Sutinah (49)"
    # (a member of a body; "seorang warga Budi Santoso" names the resident)
    return (
        plain and bool(between) and all(low in _MEMBER_NOUNS for low in between) and not is_capitalized(f.ws[at].text)
    )


#: Nouns for a member of a body, after which capitalised words name the body: "seorang petugas
#: Manggala Agni", "salah seorang pegawai Bank Sentosa" (not "seorang warga Budi Santoso").
_MEMBER_NOUNS = frozenset({"petugas", "pegawai", "karyawan", "anggota", "pejabat", "staf", "personel", "prajurit"})


#: Endings of English plural nouns for kinds of people: "Conservationists", "Physicians".
#: (Not "-ers": "Sanders", "Peters" are surnames.)
_PLURAL_AGENT_ENDINGS = ("ists", "ians")


def _plural_agents(f: _Facts) -> bool:
    """One plural noun for a kind of people: "Conservationists say", "In Oelnasi, auditors said" (English).

    Capitalised at a sentence start only with an ending no family name has ("-ists", "-ians":
    not "Sanders"); in lower case "-ers" and "-ors" too.
    """
    if not f.lexicon.org_head_final or len(f.ws) != 1 or len(f.lows[0]) <= len("ians") + 2:
        return False
    low = f.lows[0]
    if f.ws[0].text.islower():
        return low.endswith((*_PLURAL_AGENT_ENDINGS, "ers", "ors")) and low not in f.lexicon.documents
    return low.endswith(_PLURAL_AGENT_ENDINGS) and f.ws[0].text[1:].islower()


#: An age written as a compound adjective: "58-year-old".
AGE_ADJECTIVE = re.compile(r"\d{1,3}-year-old$")


def _aged_description(f: _Facts) -> bool:
    """A definite description by age: "The 58-year-old Filipino", "the 34-year-old" (no name after it).

    The capitalised word after the age is a nationality or a demonym, not a name.
    """
    return (
        len(f.ws) >= 2
        and f.lows[0] in f.lexicon.definite_articles
        and AGE_ADJECTIVE.match(f.lows[1]) is not None
        and len(f.ws) <= 3
    )


def _pointed_source(f: _Facts) -> bool:
    """An unnamed source pointed back to, capitalised at a sentence start: "Sumber itu"."""
    return not f.names and f.lows[0] in f.lexicon.anonymous and f.lows[-1] in f.lexicon.demonstratives


def _spokesperson(f: _Facts) -> bool:
    """An unnamed spokesperson: "juru bicara Kemenkes", "a company spokesperson", "a spokesman for Acme"."""
    if f.names and not _speaks_for_names(f):
        return False
    joined = f" {' '.join(f.lows)} "
    return any(f" {word} " in joined for word in f.lexicon.spokespeople)


def _speaks_for_names(f: _Facts) -> bool:
    """Whether the name words follow "spokesperson for/of": the organization, not a person's name."""
    return _for_spokesperson(f.ws, f.ws.index(f.names[0]), f.lexicon)


def _for_spokesperson(ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether ``ws[index]`` follows a spokesperson's link, an article allowed: "spokesman for (the) …"."""
    if index >= 1 and ws[index - 1].lower in lexicon.articles:
        index -= 1  # "a spokesman for the Pentagon"
    if index < 2 or ws[index - 1].lower not in lexicon.spokesperson_links:
        return False
    return ws[index - 2].lower in lexicon.spokesperson_words


def _named_person(f: _Facts) -> bool:
    return bool(f.names) and _person_boundary(f.ws, f.names[0], f.lexicon)


def affiliation_link(ws: Sequence[Word], lexicon: Lexicon) -> int | None:
    """The index of the link word after a full name: "Jane Roe of the Daily Courier".

    The first link word follows a name of two or more words (a middle initial allowed) and
    is followed by a capitalised word, after an optional article.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> affiliation_link(words("Jane Roe of the Daily Courier"), lexicon_for("en"))
        2
        >>> affiliation_link(words("Bank of Thailand"), lexicon_for("en")) is None
        True
    """
    if not lexicon.affiliation_links or len(ws) < 4:
        return None
    index = next((i for i, w in enumerate(ws[:-1]) if w.lower in lexicon.affiliation_links), None)
    if index is None or index < 2 or len(name_words(ws[:index], lexicon)) < 2:
        return None
    after = ws[index + 1]
    if after.lower in lexicon.articles and index + 2 < len(ws):
        after = ws[index + 2]
    return index if is_capitalized(after.text) else None


#: The most words of an office's title between the article and the link: "the United Nations
#: High Commissioner".
_OFFICE_TITLE = 4
#: The most words naming where an office is, after the link and its article: "the Bank of England".
_OFFICE_PLACE = 4


def office_starts(taken: Sequence[Word], word: Word, lexicon: Lexicon) -> bool:
    """Whether ``word`` links an office's title to where the office is: "the mayor" + "of".

    ``taken`` is the definite article and the title so far, ending with a role word.
    """
    return (
        _head_then_link(taken, word, lexicon)
        and taken[0].lower in lexicon.definite_articles
        and (_is_role(taken[-1].lower, lexicon))
    )


def _head_then_link(taken: Sequence[Word], word: Word, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a link ("of", "at", "for") after an article and a short head."""
    return 2 <= len(taken) <= _OFFICE_TITLE + 1 and word.lower in lexicon.office_links


def office_link(ws: Sequence[Word], lexicon: Lexicon) -> int | None:
    """The index of the link word when the words name an office, not its holder.

    A definite article, a title ending with a role word, a link ("of", "for", "at"), then a
    few words saying where the office is: "the mayor of Springfield", "the UN High
    Commissioner for Refugees", "the chief executive of Acme Corp". Nobody is named: the
    words after the link are the office's organization or place.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> from newsmodel.quotes._text import words
        >>> office_link(words("the head of the IMF"), lexicon_for("en"))
        2
        >>> office_link(words("the Bank of England"), lexicon_for("en")) is None
        True
    """
    if len(ws) < 4 or ws[0].lower not in lexicon.definite_articles:
        return None
    for index in range(2, min(len(ws) - 1, _OFFICE_TITLE + 2)):
        if office_starts(ws[:index], ws[index], lexicon):
            place = ws[index + 1 :]
            if place[0].lower in lexicon.articles:
                place = place[1:]
            return index if 1 <= len(place) <= _OFFICE_PLACE else None
    return None


def source_starts(taken: Sequence[Word], word: Word, lexicon: Lexicon) -> bool:
    """Whether ``word`` links an unnamed source to where it is: "a former official" + "at".

    ``taken`` is an article and a lower-case head ending with an unnamed source's word.
    """
    return (
        _head_then_link(taken, word, lexicon)
        and taken[0].lower in lexicon.articles
        and taken[-1].lower in lexicon.anonymous
        and not any(is_capitalized(w.text) for w in taken[1:])
    )


def _unnamed_at(f: _Facts) -> bool:
    """An unnamed source and where it is: "a former engineer at the company", "a resident of Springfield"."""
    ws, lexicon = f.ws, f.lexicon
    if len(ws) < 3 or f.lows[0] not in lexicon.articles:
        return False  # most mentions: no article first
    return any(source_starts(ws[:index], ws[index], lexicon) for index in range(2, min(len(ws), _OFFICE_TITLE + 2)))


def _office(f: _Facts) -> bool:
    """An unnamed office holder: "the mayor of Springfield" (a role, not the place)."""
    return office_link(f.ws, f.lexicon) is not None


def _affiliated(f: _Facts) -> bool:
    """A person of an outlet or employer: "Jane Roe of the Daily Courier"."""
    return affiliation_link(f.ws, f.lexicon) is not None


def _titled(lows: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a role, rank or honorific word marks a person: "Coach Fleck", "Mr Smith".

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> _titled(["coach", "fleck"], lexicon_for("en")), _titled(["acme"], lexicon_for("en"))
        (True, False)
    """
    return any(is_title(low, lexicon) for low in lows)


def _article_named(f: _Facts) -> bool:
    """A capitalised name after an article is no person's where people take none: "the United Nations".

    One word after the article counts only as an acronym ("the CDC"): "The Brazilian" is a person.
    """
    return (
        f.lexicon.full_names
        and len(f.ws) >= 2
        and (len(f.ws) >= 3 or _is_acronym(f.ws[1].text))
        and f.lows[0] in f.lexicon.articles
        and all(is_capitalized(w.text) for w in f.ws[1:])
        and not _titled(f.lows, f.lexicon)
    )


def _org_named(f: _Facts) -> bool:
    """Capitalised words linked to an organization word: "Institute on Drug Abuse".

    The name after the link ("on", "of") ends the organization's name; a role word in the
    mention makes it a person's title instead ("Governor of the Bank of England Andrew Bailey").
    """
    if not f.names:
        return False
    ws, lexicon = f.ws, f.lexicon
    index = next(i for i, w in enumerate(ws) if w is f.names[0])
    while index > 2 and is_capitalized(ws[index - 1].text) and ws[index - 1].lower not in lexicon.org_joiners:
        index -= 1  # "Council of Regional Air Carriers": the name words start after "Regional"
    if index < 2 or ws[index - 1].lower not in lexicon.org_joiners or _titled(f.lows, lexicon):
        return False
    for back in range(index - 2, -1, -1):
        word = ws[back]
        if word.lower in lexicon.org_words:
            return True
        if not is_capitalized(word.text) and word.lower not in lexicon.org_joiners:
            return False
    return False


def _org_led(f: _Facts) -> bool:
    lexicon = f.lexicon
    if f.first_capital_leads and _org_head(f.capitals[0], lexicon):
        return True
    return bool(f.capitals) and lexicon.org_head_final and f.capitals[-1].lower in lexicon.org_words and not f.names


def _org_first(f: _Facts) -> bool:
    """A mention opening with an organization's head word and naming no role: "PT Sulawesi Nikel Perkasa".

    (A place inside the name made its last words look like a person's.)
    """
    lows = f.lows
    if not f.lexicon.org_head_final and len(lows) > 2 and is_title(lows[1], f.lexicon):
        lows = lows[2:]  # "Gabungan Pengusaha Kapal Penyeberangan": the role word is the name's
    return (
        f.ws[0] is (f.capitals[0] if f.capitals else None)
        and f.lows[0] in f.lexicon.org_words  # (not any acronym: "KIT provost Winifred Seah")
        and not _titled(lows, f.lexicon)
    )


def _definite(f: _Facts) -> bool:
    lexicon = f.lexicon
    first, last = f.lows[0], f.lows[-1]
    owned = len(f.lows) > 1 and is_possessive(first)  # "Thailand's prime minister"
    return first in lexicon.articles or first in lexicon.demonstratives or last in lexicon.demonstratives or owned


def _unnamed_from_somewhere(f: _Facts) -> bool:
    """One unnamed person said to be from a place: "seorang ibu rumah tangga asal Lubuk Begalung".

    Every capitalised word comes after the origin word: the place, not a name.
    """
    if len(f.ws) < 3 or f.lows[0] not in f.lexicon.unnamed_singulars or not f.capitals:
        return False
    origin = next((i for i, low in enumerate(f.lows) if low in f.lexicon.origin_words), None)
    return origin is not None and all(f.ws.index(w) > origin for w in f.capitals if w is not f.ws[0])


def _titled_role(f: _Facts) -> bool:
    """An honorific before a role or its short form: "Pak Kades", "Bu Camat", "Pak Lurah"."""
    return (
        len(f.capitals) >= 2
        and f.capitals[0].lower in f.lexicon.honorifics
        and all(w.lower in f.lexicon.honorifics or _is_role(w.lower, f.lexicon) for w in f.capitals)
        and _is_role(f.capitals[-1].lower, f.lexicon)
    )


def _capitalised_description(f: _Facts) -> bool:
    """A common noun capitalised only as the first word, then a demonstrative: "Rumah sakit itu"."""
    first = f.ws[0]
    return (
        len(f.ws) > 1
        and f.capitals == [first]
        and not first.text.isupper()
        and f.lows[-1] in f.lexicon.postposed_demonstratives
    )


def _honorific_only(f: _Facts) -> bool:
    return bool(f.capitals) and all(w.lower in f.lexicon.honorifics for w in f.capitals)


def possessor(lows: Sequence[str]) -> int | None:
    """The index of the possessive word before the last word: "Tim Morrison's lawyer" → 1.

    Example:
        >>> possessor(["tim", "morrison's", "lawyer"]), possessor(["jane", "roe"])
        (1, None)
    """
    for index, low in enumerate(lows[:-1]):
        if is_possessive(low):
            return index
    return None


def _possessed_role(f: _Facts) -> bool:
    """A role owned by a name, the name written in full: "Tim Morrison's lawyer" (a role, no organization)."""
    index = possessor(f.lows)
    if index is None or not f.lexicon.possessives:
        return False
    rest = f.ws[index + 1 :]
    return not any(is_capitalized(w.text) for w in rest) and any(_is_role(w.lower, f.lexicon) for w in rest)


def _roles_only(f: _Facts) -> bool:
    return bool(f.capitals) and all(_is_role(w.lower, f.lexicon) for w in f.capitals)


#: Ordered rules: the first that holds gives the mention's kind; else it is a description.
_KIND_RULES: tuple[tuple[str, Callable[[_Facts], bool]], ...] = (
    ("pronoun", lambda f: len(f.ws) == 1 and f.lows[0] in f.lexicon.pronouns),
    ("anonymous", _unnamed_from_somewhere),
    ("spokesperson", _spokesperson),
    ("role", _office),
    ("anonymous", _unnamed_at),
    ("role", _possessed_role),
    ("description", lambda f: f.lows[0] in f.lexicon.generic_orgs),  # "Pihak kepolisian"
    ("description", lambda f: f.lows[0] in f.lexicon.person_nouns and not f.names),  # "Pria berusia 44 tahun ini"
    ("description", _aged_description),
    ("description", _leader),  # "Orang nomor satu di Kota Batik itu": the mayor, not an unnamed source
    ("anonymous", _anonymous),
    ("anonymous", _plural_agents),
    ("anonymous", _pointed_source),
    ("name", _affiliated),
    ("role", _titled_role),
    ("description", _capitalised_description),
    ("org", _article_named),
    ("org", _org_named),
    ("org", _org_first),
    ("name", _named_person),
    ("org", _org_led),
    ("name", lambda f: bool(f.names) and f.lows[0] not in f.lexicon.articles),
    ("description", _definite),
    ("anonymous", lambda f: f.lows[0] in f.lexicon.anonymous),
    ("name", _honorific_only),
    ("role", _roles_only),
    ("org", lambda f: f.first_capital_leads and not _is_role(f.capitals[0].lower, f.lexicon)),
    ("role", lambda f: any(_is_role(low, f.lexicon) for low in f.lows)),
)


def _mention_kind(ws: Sequence[Word], lows: Sequence[str], lexicon: Lexicon) -> str:
    capitals = [
        w for w in ws if is_capitalized(w.text) and (w.lower not in lexicon.function_words or _is_acronym(w.text))
    ]
    facts = _Facts(ws, lows, name_words(ws, lexicon), capitals, lexicon)
    for kind, rule in _KIND_RULES:
        if rule(facts):
            return kind
    return "description"


def _person_boundary(ws: Sequence[Word], first_name: Word, lexicon: Lexicon) -> bool:
    """Whether the word before a name marks a person rather than an organization.

    A place, acronym, rank, role or honorific marks a person; an organization word does not
    ("PT Semen Karya Pertiwi", "Kelurahan Tugu").
    """
    index = ws.index(first_name)
    if index == 0:
        return True
    before = ws[index - 1]
    low = before.lower
    return not (low in lexicon.org_words and low not in lexicon.places and low not in lexicon.roles)


def _company_mark_before(ws: Sequence[Word], at: int, lexicon: Lexicon) -> bool:
    """Whether a company mark opens the name at ``ws[at]``: "PT", "Juru bicara PT", "Manajemen PT".

    A mark after capitalised words ends another name instead: "Acme Corp Jane Doe".
    """
    if ws[at - 1].lower not in lexicon.company_marks:
        return False
    return at == 1 or not is_capitalized(ws[at - 2].text) or ws[at - 2].lower in lexicon.spokesperson_words


def _role_or_org_before(ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether a role or an organization's word comes before ``ws[index]``.

    Then a one-letter honorific there is a title ("… Masjid Raya Al-Mujahidin H. Syamsuddin"),
    not part of the name ("Agus H. Simatupang").
    """
    return any(_is_role(w.lower, lexicon) or w.lower in lexicon.org_words for w in ws[:index])


def _role_as_family_name(ws: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether a run ends with a role word after two name words: "Ahmad Luthfi Hakim" (a family name, Indonesian)."""
    return (
        not lexicon.org_head_final  # (English puts an organization's word last: "the Argus Leader")
        and len(ws) >= _FAMILY_ROLE_MIN
        and ws[-1].text.istitle()
        and _is_role(ws[-1].lower, lexicon)
        and all(is_name_word(w, lexicon) and not _is_role(w.lower, lexicon) for w in ws[-3:-1])
    )


#: The fewest words of a run whose last word, also a role, is a family name.
_FAMILY_ROLE_MIN = 3


def _role_in_name(ws: Sequence[Word], index: int, taken: int, lexicon: Lexicon) -> bool:
    """Whether the role word at ``ws[index]`` sits inside a name: a name word before it, one after.

    "Fransiska Ratu Djawa" (``taken``, the name words after it, is one), not a role before a
    name nor one after a place ("Kepala Dinas … Lembah Sari").
    """
    word = ws[index]
    if taken != 1 or index < 1 or not word.text.istitle() or not _is_role(word.lower, lexicon):
        return False
    before = ws[index - 1]
    return (
        is_name_word(before, lexicon)
        and not _is_role(before.lower, lexicon)
        and (index < 2 or not _place_follows(ws, index - 2, lexicon))
    )


def _place_follows(ws: Sequence[Word], at: int, lexicon: Lexicon) -> bool:
    """Whether the word after ``ws[at]`` is a place: after "Kabupaten", "Bupati", "Kejaksaan Negeri".

    A jurisdiction may be two words ("Kejaksaan Negeri"; not "Menteri Luar Negeri Sugiono"); one
    that is also an organization's word ("Polres") counts at a body's start or after another
    organization's word or a role.
    """
    low = ws[at].lower
    if low in lexicon.place_heads or (at and f"{ws[at - 1].lower} {low}" in lexicon.jurisdiction_words):
        return True
    if low not in lexicon.jurisdiction_words:
        return False
    return (
        low not in lexicon.org_words
        or at == 0
        or ws[at - 1].lower in lexicon.org_words
        or _is_role(ws[at - 1].lower, lexicon)
    )


def _place_head_in_role(ws: Sequence[Word], at: int, lexicon: Lexicon) -> bool:
    """Whether the place head before ``ws[at]`` ends a role with the word before it ("Kepala Desa")."""
    return at >= 2 and f"{ws[at - 2].lower} {ws[at - 1].lower}" in lexicon.roles


def _is_role(low: str, lexicon: Lexicon) -> bool:
    return low in lexicon.roles or low in lexicon.role_abbreviations


def _org_head(word: Word, lexicon: Lexicon) -> bool:
    """Whether a mention's first word makes it an organization: "Perum Bulog", "BNN"."""
    low = word.lower
    if _is_role(low, lexicon) or low in lexicon.ranks:
        return False
    return low in lexicon.org_words or _is_acronym(word.text)


#: How many words of a role its short form may abbreviate: "Kepala Dinas Tenaga Kerja" (Kadisnaker).
_ROLE_SHORT_WORDS = 4
#: How many blocks after a generic mention ("the company said") its organization may be named.
_FORWARD_BLOCKS = 1
#: How many of the latest entities sharing a word a lookup compares (keeps every lookup bounded:
#: an article naming thousands of people stays linear).
_RECENT = 64
#: How many entities of one block "the person the block is about" looks through.
_BLOCK_SCAN = 50


@attrs.define
class Registry:
    """The entities of one article, in order of introduction, with indexed lookups.

    Every lookup goes through an index (word, name, role word, sorted positions), so an
    article with many people stays linear.
    """

    lexicon: Lexicon
    entities: list[Entity] = attrs.field(factory=list)
    #: Capitalised words (except at a sentence start), with where each is first used.
    seen: dict[str, Order] = attrs.field(factory=dict)
    #: The blocks the entities are collected from (for :meth:`used_before`).
    texts: Sequence[str] = ()
    #: Words written after a first name or an initial ("Michelle Hege’s", "P.J. Fleck"): surnames.
    surnames: set[str] = attrs.field(factory=set)
    #: People introduced as the subject of a sentence ("Anggota DPR X sepakat …"), in order.
    subjects: list[tuple[Order, Entity]] = attrs.field(factory=list)
    _by_token: dict[str, list[Entity]] = attrs.field(factory=dict)
    _by_name: dict[str, Entity] = attrs.field(factory=dict)
    _by_role_word: dict[str, list[Entity]] = attrs.field(factory=dict)
    _by_initials: dict[str, list[Entity]] = attrs.field(factory=dict)
    _people: dict[bool, list[tuple[Order, int, Entity]]] = attrs.field(factory=lambda: {True: [], False: []})
    _orgs: dict[bool, list[tuple[Order, int, Entity]]] = attrs.field(factory=lambda: {True: [], False: []})
    _spoken_orgs: list[tuple[Order, int, Entity]] = attrs.field(factory=list)

    def find_by_tokens(self, tokens: Sequence[str], order: Order | None) -> Entity | None:
        """The entity whose name or aliases contain every token.

        Prefers the latest introduced before ``order``; without an order, the first with a role.
        """
        wanted = {t.lower() for t in tokens}
        if not wanted:
            return None
        lists = [self._by_token.get(token, []) for token in wanted]
        found = [e for e in min(lists, key=len)[-_RECENT:] if wanted <= e.tokens]
        if order is None:
            strong = [e for e in found if e.role is not None] or found
            return strong[0] if strong else None
        return _nearest([e for e in found if not e.weak] or found, order)

    def find_by_prefix(self, short: str, order: Order, *, titled: bool = False) -> Entity | None:
        """The person introduced last before ``order`` with a longer name word that ``short`` begins.

        "Firman, sapaan akrabnya": Firmansyah Aryadi. After an honorific (``titled``) the short
        form may also end the name word and be a letter shorter, as Indonesian nicknames are:
        "Pak Jiman" (Sarjiman), "Mas Irul" (Khoirul), "Bu Ros" (Rosmawati). ``None`` for a
        shorter form, or when nobody's name word holds it so.
        """
        low = short.lower()
        if len(low) < _SHORT_MIN - titled or " " in low:
            return None
        found = [
            e
            for e in self.entities
            if not e.is_org
            and e.order < order
            and any(t != low and (t.startswith(low) or (titled and t.endswith(low))) for t in e.tokens)
        ]
        return max(found, key=lambda e: e.order) if found else None

    def find_by_suffix(self, tokens: Sequence[str], order: Order | None) -> Entity | None:
        """Like :meth:`find_by_tokens`, dropping leading words that belong to an affiliation.

        "Menengah Abdul Mu’ti" finds Abdul Mu’ti; at least two words stay. A dropped word
        must not stand for a word of the entity's name the mention lacks: "Patrick Nielsen
        Hayden" is not Teresa Nielsen Hayden.
        """
        given = {token.lower() for token in tokens}
        for first in range(max(1, len(tokens) - 1)):
            found = self.find_by_tokens(tokens[first:], order)
            if found is not None and (first == 0 or _name_tokens(found) <= given):
                return found
        return None

    def trim(self, names: Sequence[Word], order: Order) -> list[Word]:
        """Drop the words before a name that the text used on their own earlier.

        In "Vice President … Belanjaku Clara Wijaya", Belanjaku is the company named before.
        A word that a known person's name has together with the next one is part of a family
        name, not a word of its own: "Patrick Nielsen Hayden" after "Teresa Nielsen Hayden".
        A name used before as a whole keeps its words: "Meridian Skyways said" after "a
        Meridian Skyways flight".
        """
        cut = 0
        for index, word in enumerate(names[:-1]):
            if name_start_at(names, index, self.lexicon):
                break  # "… Kelas I Khusus …, I Ketut Parwata Yasa": the name starts here
            first = self.seen.get(word.lower)
            if first is not None and first < order and not self._in_person_name(word.lower, names[index + 1].lower):
                cut = index + 1
        if cut and self.used_before(names, order):
            cut = 0  # the same name used before: "a Meridian Skyways flight", then "Meridian Skyways said"
        return list(names[cut:])

    def used_before(self, names: Sequence[Word], order: Order) -> bool:
        """Whether the blocks (:attr:`texts`) wrote these words, one space apart, before ``order``.

        Only whole words count: "Skyways" is not written in "Meridian Skywayser".
        """
        name = " ".join(w.text for w in names)
        block, start = order
        for index, text in enumerate(self.texts[: block + 1]):
            stop = start if index == block else len(text)
            at = text.find(name, 0, stop)
            while at != -1 and at + len(name) <= stop:
                end = at + len(name)
                if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    return True
                at = text.find(name, at + 1, stop)
        return False

    def _in_person_name(self, token: str, following: str) -> bool:
        """Whether a known person's name holds both words (of a multi-word family name)."""
        return any(not e.is_org and following in e.tokens for e in self._by_token.get(token, ()))

    def find_alias(self, mention: str) -> Entity | None:
        """The entity with this exact alias or name (any case)."""
        return self._by_name.get(mention.lower())

    def find_org(self, mention: str) -> Entity | None:
        """The organization this acronym or short form abbreviates ("Kemenkes", "BMKG")."""
        key = _NON_WORD.sub("", mention).lower()
        if len(key) < 2:
            return None
        initials = self._by_initials.get(key)
        if initials:
            return initials[0]
        if len(key) < _SYLLABIC_MIN:
            return None
        recent = [entry[2] for entry in self._orgs[True][-_RECENT:] + self._orgs[False][-_RECENT:]]
        for entity in sorted(recent, key=lambda e: e.serial):
            if _abbreviates(key, entity.name):
                return entity
        return None

    def find_role_short(self, mention: str, order: Order) -> Entity | None:
        """The person introduced before ``order`` whose role this short form abbreviates.

        "Kadisbun" is the "Kepala Dinas Perkebunan …" named before (a first-letter subsequence
        of the role's first words, as :meth:`find_org` reads "Kemenkes").
        """
        key = _NON_WORD.sub("", mention).lower()
        if len(key) < _SYLLABIC_MIN:
            return None
        people = [entry for strong in (True, False) for entry in self._people[strong][-_RECENT:] if entry[0] < order]
        for _, _, entity in sorted(people, reverse=True, key=lambda entry: entry[:2]):
            role = (entity.role or "").lower().split()[:_ROLE_SHORT_WORDS]
            # "Kadisbun" spells k(epala) … d(inas) …: not "Kasnan", whose letters miss the "d"
            if len(role) >= 2 and key.find(role[1][:1], 1) > 0 and _abbreviates(key, " ".join(role)):
                return entity
        return None

    def org_at(self, block: int, start: int) -> Entity | None:
        """The organization introduced in ``block`` within a few words of ``start`` ("Vietnam's Ministry of …")."""
        for strong in (True, False):
            for when, _, entity in self._orgs[strong]:
                if when[0] == block and start <= when[1] < start + _ORG_AT_REACH:
                    return entity
        return None

    def orgs_with_token(self, token: str) -> list[Entity]:
        """Organizations whose name or alias has this lower-cased word."""
        return [e for e in self._by_token.get(token, [])[-_RECENT:] if e.is_org]

    def orgs_of_kind(self, head: str) -> list[Entity]:
        """Organizations whose name marks them as what ``head`` names, in order of introduction.

        The lexicon's ``org_kinds`` phrases for the noun, every word of one in the name: "the
        university" is the "Kallang Institute of Technology".
        """
        found: list[Entity] = []
        for phrase in self.lexicon.org_kinds.get(head, ()):
            last = phrase.endswith("$")  # a word that marks the kind only as the name's last word
            first, *rest = phrase.rstrip("$").split()
            found += (
                e
                for e in self.orgs_with_token(first)
                if e not in found and e.tokens.issuperset(rest) and (not last or e.name.lower().endswith(f" {first}"))
            )
        return sorted(found, key=lambda e: e.order)

    def find_role(self, role_words: Sequence[str], order: Order, *, before: bool = False) -> Entity | None:
        """The person whose role begins with these words ("Presiden", "Menkes", "governor").

        The nearest one introduced before ``order``, else the first after it; with ``before``,
        only one introduced before.
        """
        found: list[Entity] = []
        deputies = self.lexicon.deputy_words
        deputy = not deputies.isdisjoint(role_words)  # "the deputy governor" (else no deputy is "the governor")
        for word in role_words:
            expanded = self.lexicon.role_abbreviations.get(word, word)
            # "kata Dandim": introduced as "Komandan Kodim …" or as "Dandim …"
            for form in (expanded, word) if expanded != word else (word,):
                for entity in self._by_role_word.get(form.split()[0], [])[-_RECENT:]:
                    role = (entity.role or "").lower()
                    if entity.weak or entity in found or (not deputy and _deputy_role(role, form, deputies)):
                        continue
                    if (
                        role.startswith(form)
                        or role.split()[-1:] == [form]
                        or f" {form}" in f" {role}"
                        or form in entity.titles
                    ):
                        found.append(entity)
        if before:
            found = [e for e in found if e.order < order]
        return _nearest(found, order)

    def first_person_after(self, order: Order) -> Entity | None:
        """The first person introduced after ``order``, in the same block or the next.

        A full name counts even when introduced on weak evidence (no role): "Ottilie Brandvold told".
        """
        first: tuple[Order, int, Entity] | None = None
        for strong in (True, False):
            entries = self._people[strong]
            index = bisect_right(entries, (order, len(self.entities) + 1))
            if index < len(entries) and (first is None or entries[index][:2] < first[:2]):
                first = entries[index]
        return first[2] if first is not None and first[0][0] <= order[0] + _FORWARD_BLOCKS else None

    def last_person(self, order: Order) -> Entity | None:
        """The first person introduced in the latest block (before ``order``) that introduces one."""
        for strong in (True, False):
            entries = self._people[strong]
            index = bisect_right(entries, (order, len(self.entities) + 1)) - 1
            if index < 0:
                continue
            block = entries[index][0][0]
            first = entries[index][2]
            for back in range(index - 1, max(-1, index - _BLOCK_SCAN), -1):
                if entries[back][0][0] != block:
                    break
                first = entries[back][2]
            return first
        return None

    def last_of_gender(self, order: Order, gender: str) -> Entity | None:
        """The person of ``gender`` who spoke or was introduced last before ``order``."""
        best: tuple[Order, Entity] | None = None
        for strong in (True, False):
            entries = self._people[strong]
            index = bisect_right(entries, (order, len(self.entities) + 1)) - 1
            for back in range(index, max(-1, index - _RECENT), -1):
                entity = entries[back][2]
                if entity.gender == gender:
                    if best is None or entity.last_seen > best[0]:
                        best = (entity.last_seen, entity)
                    break
        return best[1] if best is not None else None

    def newer_of_unknown_gender(self, order: Order, since: Order) -> Entity | None:
        """The person introduced last between ``since`` and ``order`` whose gender the text did not show.

        "…," she said (Morven Quaye) / "Tormod Baptiste … gave up two fields." / "…," he said:
        the pronoun of the other gender names the man introduced since, not nobody.
        """
        best: Entity | None = None
        for strong in (True, False):
            entries = self._people[strong]
            index = bisect_right(entries, (order, len(self.entities) + 1)) - 1
            for back in range(index, max(-1, index - _RECENT), -1):
                when, _, entity = entries[back]
                if when <= since:
                    break
                if entity.gender is None and (best is None or entity.order > best.order):
                    best = entity
                    break
        return best

    def people_in(self, block: int) -> list[Entity]:
        """The people introduced in ``block``, in reading order."""
        found: list[Entity] = []
        for strong in (True, False):
            entries = self._people[strong]
            low, high = bisect_left(entries, ((block, -1),)), bisect_left(entries, ((block + 1, -1),))
            found.extend(entry[2] for entry in entries[low:high])
        return found

    def last_company(self, order: Order) -> Entity | None:
        """The company (a name with a ``company_marks`` word) that last spoke, else the last one.

        Else the first introduced after ``order``, in the same block or the next.
        """
        marks = self.lexicon.company_marks
        if not marks:
            return None
        spoken = [e for _, _, e in self._spoken_orgs[-_RECENT:] if e.spoke is not None and e.spoke < order]
        orgs = sorted(
            (entry for strong in (True, False) for entry in self._orgs[strong][-_RECENT:]), key=lambda x: x[:2]
        )
        before = [e for when, _, e in orgs if when <= order]
        # a company named after the description only when none was before it ("…, the company
        # said" after "Hanseong Battery will invest …" is not "PT Mega Nikel Industri" named later)
        after = [] if before else [e for when, _, e in orgs if when > order and when[0] <= order[0] + _FORWARD_BLOCKS]
        for entity in [*reversed(spoken), *reversed(before), *after]:
            if entity.company or not marks.isdisjoint(entity.tokens):
                return entity
        return None

    def last_org(self, order: Order, head: str | None = None) -> Entity | None:
        """The organization that last spoke, else the one last introduced, before ``order``.

        With ``head`` (a specific noun such as "ministry"), only organizations whose name has it.
        Without one before, the first introduced right after (in the same block or the next):
        "…, the company said." / "PT Transit Metropolitan Jakarta, which runs the line, …".
        """
        if head is not None:
            named = self.orgs_with_token(head) or self.orgs_of_kind(head)
            found = [e for e in named if e.order <= order]
            if not found:
                later = [e for e in named if e.order[0] <= order[0] + _FORWARD_BLOCKS]
                return min(later, key=lambda e: e.order) if later else None
            return max(found, key=lambda e: (e.spoke is not None and e.spoke <= order, e.spoke or e.order))
        index = bisect_right(self._spoken_orgs, (order, len(self.entities) + 1)) - 1
        if index >= 0:
            return self._spoken_orgs[index][2]
        for strong in (True, False):
            entries = self._orgs[strong]
            index = bisect_right(entries, (order, len(self.entities) + 1)) - 1
            if index >= 0:
                return entries[index][2]
        for strong in (True, False):
            entries = self._orgs[strong]
            index = bisect_right(entries, (order, len(self.entities) + 1))
            if index < len(entries) and entries[index][0][0] <= order[0] + _FORWARD_BLOCKS:
                return entries[index][2]
        return None

    def spoke(self, entity: Entity, order: Order) -> None:
        """Record that ``entity`` speaks at ``order`` (called in reading order)."""
        entity.spoke = order
        if entity.is_org:
            self._spoken_orgs.append((order, entity.serial, entity))

    def add(self, name: str, *, is_org: bool, order: Order, role: str | None = None, weak: bool = False) -> Entity:
        """Add an entity, or return the one it repeats (same name, or a name containing it)."""
        low = name.lower()
        entity = self._repeated(low, is_org=is_org)
        if entity is not None:
            if role and not entity.role:
                entity.role = role
                self._index_role(entity)
            if not weak and entity.weak:
                entity.weak = False
                entity.order = min(entity.order, order)
                self._index_order(entity)
            return entity
        entity = Entity(name=name, is_org=is_org, order=order, role=role, weak=weak, serial=len(self.entities))
        self.entities.append(entity)
        self._by_name.setdefault(low, entity)
        for token in entity.tokens:
            self._by_token.setdefault(token, []).append(entity)
        if is_org:
            initials = "".join(p[0] for p in _NAME_PARTS.split(name) if p and is_capitalized(p)).lower()
            self._by_initials.setdefault(initials, []).append(entity)
        self._index_role(entity)
        self._index_order(entity)
        return entity

    def add_alias(self, entity: Entity, alias: str) -> None:
        """Give an entity another name: an acronym or a nickname."""
        low = alias.lower()
        entity.aliases.add(low)
        self._by_name.setdefault(low, entity)
        for token in low.split():
            if token not in entity.tokens:
                entity.tokens.add(token)
                self._by_token.setdefault(token, []).append(entity)

    def _repeated(self, low: str, *, is_org: bool) -> Entity | None:
        same = self._by_name.get(low)
        if same is not None and same.name.lower() == low:
            return same
        if is_org:
            return None
        wanted = set(low.split())
        lists = [self._by_token.get(token, []) for token in wanted]
        if not lists:
            return None
        for entity in min(lists, key=len)[-_RECENT:]:
            if not entity.is_org and wanted <= entity.tokens:
                return entity
        return None

    def index_title(self, entity: Entity, title: str) -> None:
        """Let a title written before a person's name find them as a role: "Cllr Thaddeus Orrin", "the councillor"."""
        expanded = self.lexicon.role_abbreviations.get(title, title)
        entity.titles.add(expanded)
        holders = self._by_role_word.setdefault(expanded.split()[0], [])
        if entity not in holders:
            holders.append(entity)

    def _index_role(self, entity: Entity) -> None:
        if entity.role:
            for word in set(entity.role.lower().split()):
                self._by_role_word.setdefault(word, []).append(entity)

    def _index_order(self, entity: Entity) -> None:
        table = self._orgs if entity.is_org else self._people
        insort(table[not entity.weak], (entity.order, entity.serial, entity))

    def to_agent(self, entity: Entity) -> Person | Organization:
        """The model object for an entity, with the affiliation its role names when known."""
        if entity.is_org:
            return Organization(name=entity.name)
        affiliation = Organization(name=entity.affiliation) if entity.affiliation else self._affiliation(entity)
        return Person(name=entity.name, job_title=entity.role, affiliation=affiliation)

    def _affiliation(self, entity: Entity) -> Organization | None:
        if not entity.role:
            return None
        role = entity.role.lower()
        role_words = {w.strip("(),").lower() for w in entity.role.split()}
        candidates = {e.serial: e for word in role_words for e in self.orgs_with_token(word) if e is not entity}
        for serial in sorted(candidates):
            other = candidates[serial]
            if (
                other.aliases & role_words
                or other.name.lower() in role
                or any(" " in alias and alias in role for alias in other.aliases)  # "Acme Inc" for "Acme Inc."
            ):
                return Organization(name=other.name)
        named = role_affiliation(entity.role, self.lexicon)
        return Organization(name=named) if named else None


def role_affiliation(role: str, lexicon: Lexicon) -> str | None:
    """The organization a role names: after an employer link, or begun by an institution's word.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> role_affiliation("economist at Straits Capital in Singapore", lexicon_for("en"))
        'Straits Capital'
        >>> role_affiliation("Kasubdit IV Renakta Ditreskrimum Polda Lampung", lexicon_for("id"))
        'Polda Lampung'
        >>> role_affiliation("Wakil Presiden", lexicon_for("id")) is None
        True
    """
    lows = role.lower().split()
    if lexicon.employer_links.isdisjoint(lows) and lexicon.institution_heads.isdisjoint(lows):
        return None  # most roles name no employer ("Menteri Keuangan"): no need to read their words
    ws = words_once(role)  # a role is read once per speaker: not kept in the blocks' word cache
    link = next((i for i, w in enumerate(ws[:-1]) if w.lower in lexicon.employer_links), None)
    head = next((i for i, w in enumerate(ws) if w.lower in lexicon.institution_heads and is_capitalized(w.text)), None)
    if head is not None and (link is None or head < link):
        # an institution's name before any link holds the link: "head of the Center for Volcanology …"
        return _org_name(role, ws, head, lexicon)
    if link is not None:
        return _org_name(role, ws, link + 1 + (ws[link + 1].lower in lexicon.articles), lexicon)
    return None


def _org_name(text: str, ws: Sequence[Word], start: int, lexicon: Lexicon) -> str | None:
    """The capitalised name starting at ``ws[start]``, over joiners, digits and numerals: "PT Hutchison 3 Indonesia"."""
    if start >= len(ws) or not is_capitalized(ws[start].text):
        return None
    end = start
    for index in range(start + 1, len(ws)):
        word = ws[index]
        if text[ws[index - 1].end : word.start].strip():
            break  # punctuation ends the name: "… Indonesia (Tri)"
        if is_capitalized(word.text) or word.text.isdigit():
            end = index
        elif word.lower not in lexicon.org_joiners:
            break
    return text[ws[start].start : ws[end].end]


def _name_tokens(entity: Entity) -> set[str]:
    """The lower-cased words of an entity's name, without its aliases."""
    return {w.lower() for w in entity.name.replace(",", " ").split()}


def _nearest(found: Sequence[Entity], order: Order) -> Entity | None:
    if not found:
        return None
    before = [e for e in found if e.order <= order]
    if before:
        return max(before, key=lambda e: e.order)
    return min(found, key=lambda e: e.order)


def _deputy_role(role: str, form: str, deputies: frozenset[str]) -> bool:
    """Whether a lower-case role is a deputy's of the office ``form`` names: "deputy governor", "wakil ketua"."""
    words_ = role.split()
    first = form.split(maxsplit=1)[0]
    return any(words_[i - 1] in deputies for i in range(1, len(words_)) if words_[i] == first)


def _abbreviates(key: str, name: str) -> bool:
    """Whether ``key`` spells the initials or a first-letter subsequence of ``name``."""
    parts = [p for p in _NAME_PARTS.split(name) if p]
    initials = "".join(p[0] for p in parts if is_capitalized(p)).lower()
    if key == initials:
        return True
    letters = _NON_WORD.sub("", name).lower()
    if len(key) < _SYLLABIC_MIN or not letters or key[0] != letters[0] or len(key) > len(letters):
        return False
    position = 0
    for char in key:
        position = letters.find(char, position) + 1
        if position == 0:
            return False
    return True


def collect(texts: Sequence[str], lexicon: Lexicon) -> Registry:
    """Find the people and organizations each block introduces, with roles and aliases.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> reg = collect(["Wakil Menteri Dalam Negeri Teguh Santoso menyatakan siap."], lexicon_for("id"))
        >>> [(e.name, e.role) for e in reg.entities]
        [('Teguh Santoso', 'Wakil Menteri Dalam Negeri')]
    """
    registry = Registry(lexicon, texts=texts)
    blocks = [block_words(text) for text in texts]
    runs = [
        joined_possessives(text, capital_runs(text, ws, lexicon.name_particles), lexicon)
        for text, ws in zip(texts, blocks, strict=True)
    ]
    dateline = dateline_end(texts[0]) if texts else 0
    if dateline:  # "SAN FRANCISCO — …": the place and the agency introduce nobody
        runs[0] = [run for run in runs[0] if run[0].start >= dateline]
    for block, text in enumerate(texts):
        _collect_seen(registry, text, runs[block], block)
    # one test for the whole body first: most bodies introduce no nickname
    folded = fold_for_ascii_search("\n".join(texts))
    nicknames = _may_contain(folded, lexicon.nickname_markers) or _may_contain(folded, lexicon.nickname_of_markers)
    for block, text in enumerate(texts):
        ws = blocks[block]
        # name_words is pure: both passes over a block's runs share one computation
        named = [(run, name_words(run, lexicon)) for run in runs[block]]
        if "(" in text:
            _collect_orgs(registry, text, block)  # NAME (ACRONYM) needs a bracket
        if '"' in text or "\u201c" in text:
            _collect_quoted_nicknames(registry, text, block)  # before the name without its nickname
        _collect_people(registry, text, ws, named, block)
        if nicknames:
            _collect_nicknames(registry, text, block)
        _collect_weak(registry, text, ws, named, block)
        if lexicon.genders:
            _collect_genders(registry, text, block)
    gendered = lexicon.honorifics.intersection(lexicon.genders)  # "mr", "ms", …
    if gendered:
        for block, ws in enumerate(blocks):
            _collect_titled_genders(registry, texts[block], ws, block, gendered)
    return registry


def _collect_titled_genders(
    registry: Registry, text: str, ws: Sequence[Word], block: int, gendered: frozenset[str]
) -> None:
    """The gender a gendered honorific (``gendered``) shows before a known person's later mention.

    "Sen. Odalys Brantwood" introduced her without one; "Ms. Brantwood" later shows it. Only
    an honorific right before the name counts ("Mr. Doe", "Ms Roe"; not "Her Majesty").
    """
    # only the honorifics are visited: the block's other words are skipped in one C-level pass
    for index in compress(count(), map(gendered.__contains__, lowers(ws[:-1]))):
        title, name = ws[index], ws[index + 1]
        if not is_capitalized(title.text) or not is_capitalized(name.text) or text[title.end : name.start].strip(" ."):
            continue
        found = registry.find_by_tokens([name.lower], (block, title.start))
        if found is not None and not found.is_org and found.gender is None:
            found.gender = registry.lexicon.genders[title.lower]


#: How far after a sentence's start (in characters) the organization opening it may be introduced.
_ORG_AT_REACH = 24

#: The gap after a plural noun's possessive, before the next word: "Workers' Union".
_PLURAL_POSSESSIVE_GAPS = frozenset({"' ", "\u2019 "})


def joined_possessives(text: str, runs: list[list[Word]], lexicon: Lexicon) -> list[list[Word]]:
    """Runs joined over a plural possessive that opens an organization's name.

    "the Santos Port Workers' Union": one name; the run after the apostrophe ends with an
    organization's word ("the Philippines' President Marcos" stays two runs).
    """
    if not lexicon.org_head_final or len(runs) < 2:
        return runs
    joined = [runs[0]]
    for run in runs[1:]:
        last = joined[-1][-1]
        if (
            last.lower.endswith("s")
            and text[last.end : run[0].start] in _PLURAL_POSSESSIVE_GAPS
            and run[-1].lower in lexicon.org_words
        ):
            joined[-1] = [*joined[-1], *run]
        else:
            joined.append(run)
    return joined


#: Punctuation that ends the clause a name's gendered pronoun must be in.
_CLAUSE_MARK = re.compile(r"[.,;:]")

#: How many words after a name a gendered pronoun may show the person's gender.
_GENDER_REACH = 12


def _collect_genders(registry: Registry, text: str, block: int) -> None:
    """The gender the text shows for each person introduced in a block.

    An honorific before the name ("Mr Doe", "Ms. Roe"), or the first gendered pronoun after
    it in its clause before any other capitalised name ("Teresa Nielsen Hayden at her
    office"; in "John told Mary that she …" only Mary is shown).
    """
    genders = registry.lexicon.genders
    for entity in registry.people_in(block):
        if entity.gender is not None:
            continue
        start = entity.order[1]
        before = words(text, max(0, start - 8), start)
        if before and before[-1].lower in genders and not text[before[-1].end : start].strip(". "):
            entity.gender = genders[before[-1].lower]
            continue
        end = start + len(entity.name)
        for word in words(text, end, min(len(text), end + 120))[:_GENDER_REACH]:
            if _CLAUSE_MARK.search(text, end, word.start) or is_capitalized(word.text):
                break  # the sentence or the clause has ended, or another name (its appositive's
                # pronouns are somebody else's: "Beth Meacham, one of his editors")
            if word.lower in genders:
                entity.gender = genders[word.lower]
                break


def _collect_seen(registry: Registry, text: str, runs: Sequence[Sequence[Word]], block: int) -> None:
    """Remember where each capitalised word is first used, except at a sentence start."""
    seen = registry.seen
    lexicon = registry.lexicon
    surnames = lexicon.full_names  # only a language that writes full names asks for surnames
    for run in runs:
        if surnames and (
            (
                len(run) >= 2
                and (is_name_word(run[-2], lexicon) or is_initialism(run[-2].text) or is_title(run[-2].lower, lexicon))
                and not (len(run) == 2 and run[0].lower in lexicon.articles)  # "A SkyNusa pilot": no initial
            )
            or _titled_before(text, run[0].start, lexicon)
        ):
            # after a first name, initials or a title: "Jane Smith", "P.J. Fleck", "Dr. Smith", "President Trump"
            last = run[-1].lower
            registry.surnames.add(possessive_owner(last))
        head = text[max(0, run[0].start - 3) : run[0].start].strip()
        words_ = run[1:] if not head or head[-1] in '.!?"“”' else run
        for word in words_:
            if word.lower not in seen:
                seen[word.lower] = (block, word.start)


def is_title(low: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word is an honorific, a rank or a role: a person's name follows it.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> [is_title(w, lexicon_for("en")) for w in ("ceo", "dr", "airline")]
        [True, True, False]
    """
    return low in lexicon.role_words or low in lexicon.ranks or low in lexicon.honorifics


# The word (and its abbreviation dot) right before a name: "Dr. Smith", "Sen. Warren".
_WORD_BEFORE = re.compile(r"(\w+)\.?\s+$")


def _titled_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether an honorific, rank or role stands right before ``start`` ("Dr. Smith")."""
    found = _WORD_BEFORE.search(text, max(0, start - 16), start)
    return found is not None and is_title(found.group(1).lower(), lexicon)


def _collect_weak(
    registry: Registry, text: str, ws: Sequence[Word], named: Sequence[tuple[Sequence[Word], list[Word]]], block: int
) -> None:
    """Capitalised runs that look like full names or organizations, kept for name lookups only.

    ``ws`` are the block's words; ``named`` pairs each capitalised run of the block with its
    :func:`name_words`.
    """
    lexicon = registry.lexicon
    if text.isupper():
        return  # a heading ("NISSAN SENTRA") names a product or a section, not the company after it
    for run, run_names in named:
        # "the Sallqa cooperative, which …": the body as written, for a later "The cooperative says";
        # "Kestrelgrid, a start-up that designs chips, …": one word names an organization
        body = _placed_body_after(text, ws, run, lexicon) or (
            run[0].text if len(run) == 1 and _one_word_org(text, run[0], lexicon) else None
        )
        if body is not None:
            registry.add(body, is_org=True, order=(block, run[0].start), weak=True)
            continue
        if len(run) < 2 or _quoted_title(text, run):
            continue
        if _possessive_name(text, run, lexicon):
            registry.add(text[run[0].start : run[-1].end], is_org=True, order=(block, run[0].start), weak=True)
            continue
        if run[0].lower in lexicon.org_classes and not any(is_title(w.lower, lexicon) for w in run[1:]):
            # "Carmaker Toyota", "Label Nada Kita Records": the class, then an organization's name
            # (not "Airline CEO Jane Roe": a role, then a person)
            last = _joined_tail(text, run[-1], lexicon)
            registry.add(text[run[1].start : last], is_org=True, order=(block, run[1].start), weak=True)
            continue
        if _class_before(text, run[0].start, lexicon) and not any(is_title(w.lower, lexicon) for w in run):
            # "pesawat maskapai Sayap Nusantara Air": a lower-case class noun, then the name
            last = _joined_tail(text, run[-1], lexicon)
            registry.add(text[run[0].start : last], is_org=True, order=(block, run[0].start), weak=True)
            continue
        names = run_names
        if len(names) >= 2 and lexicon.full_names and names[0] is run[0] and after_article(text, run[0].start, lexicon):
            continue  # "the United Nations", "a Mike Ford novel": no introduction of a person
        if len(names) >= 2 and _person_boundary(run, names[0], lexicon):
            # the block's words: the run's first word is a bisection away, no window is read again
            if names[0] is run[0] and _for_spokesperson(ws, bisect_left(word_starts(text), run[0].start), lexicon):
                continue  # "a spokesman for Blue Origin": the organization, not a person
            head = text[max(0, run[0].start - 3) : run[0].start].strip()
            initial = not head or head[-1] in '.!?"“”'
            if initial and len(names) < len(run) and not _title_before(run, names[0], lexicon):
                continue  # a capitalised first word may be any noun, unless the whole run is names
                # (or a title stands before them: "Rear Admiral Tharaka Abeydeera told …")
            names, whole_org = _trimmed(registry, text, names, block)
            names = _past_office(names, ws, bisect_left(word_starts(text), names[0].start), lexicon)
            if not names:
                continue  # "mayor of Springfield": the office's place, no person
            if (
                len(names) >= 3
                and names[0] is run[0]
                and _joined_before(text, run[0].start, lexicon)
                and _long_name(names)
            ):
                names = names[1:]  # "… Dasar dan Menengah Abdul Mu’ti": Menengah closes the affiliation
            # "The group that owns her music, Big Machine, says": an organization's name
            is_org = (
                whole_org
                or org_appositive(text, names[0].start, names[-1].end, lexicon)
                or _named_by_generic_noun(text, names[0].start, lexicon)
            )
            registry.add(text[names[0].start : names[-1].end], is_org=is_org, order=(block, names[0].start), weak=True)
        elif (
            _org_head(run[0], lexicon)
            or (lexicon.org_head_final and run[-1].lower in lexicon.org_words)
            or (len(run) > 2 and _place_owner(run[0].lower, lexicon) and _org_head(run[1], lexicon))
        ):
            owners = [
                i
                for i, w in enumerate(run[:-1])
                # a place owns the name ("Portugal's …"), a group noun is part of it ("Southern Women's …")
                if (is_possessive(w.lower) and (i == 0 or _place_owner(w.lower, lexicon)))
                or w.lower in lexicon.articles
                or w.lower in lexicon.org_classes
                or participle_compound(w.text)  # "Singapore-based Meridian Capital Group"
            ]
            first = run[owners[-1] + 1] if owners else run[0]
            plain = _joined_tail(text, run[-1], lexicon)
            last = _company_end(text, run[-1], plain, lexicon)
            entity = registry.add(text[first.start : last], is_org=True, order=(block, first.start), weak=True)
            if last != plain:
                registry.add_alias(entity, text[first.start : plain])  # a later "PT ASDP Indonesia Ferry"


def _trimmed(registry: Registry, text: str, names: Sequence[Word], block: int) -> tuple[list[Word], bool]:
    """A run's name words without the words before the name used on their own (:meth:`Registry.trim`).

    And whether an appositive shows the whole run to be an organization's name: then it keeps
    such a word ("Larona Metal Industry, the company …" after "Teluk Larona").
    """
    if org_appositive(text, names[0].start, names[-1].end, registry.lexicon):
        return list(names), True
    return registry.trim(names, (block, names[0].start)), False


#: Company marks written with an abbreviation's dot, which belongs to the name: "Acme Ltd.".
_DOTTED_MARKS = frozenset({"ltd", "inc", "corp", "co", "bhd", "tbk"})

#: A company mark in brackets after the name: "PT ASDP Indonesia Ferry (Persero)".
_BRACKETED_MARK = re.compile(r" \((\w+)\)")


def _company_end(text: str, last: Word, end: int, lexicon: Lexicon) -> int:
    """Where a company's name ends: past the dot of "Ltd." and a bracketed mark, "(Persero)"."""
    if end == last.end and last.lower in _DOTTED_MARKS and text.startswith(".", end):
        end += 1
    bracketed = _BRACKETED_MARK.match(text, end)
    if bracketed is not None and bracketed.group(1).lower() in lexicon.company_marks:
        end = bracketed.end()
    return end


def _one_word_org(text: str, word: Word, lexicon: Lexicon) -> bool:
    """Whether one name word has an appositive that makes it an organization: "Kestrelgrid, a start-up …".

    Not "…on Tuesday, the company said": a date, and the generic noun's own cue after it.
    """
    if not text.startswith(",", word.end) or not is_name_word(word, lexicon):
        return False
    after = words(text, word.end, word.end + 60)[:3]
    if len(after) == 3 and lexicon.is_cue_word(after[2].lower):
        return False
    return org_appositive(text, word.start, word.end, lexicon)


#: Where the phrase before an appositive's comma begins: after clause or sentence punctuation.
_PHRASE_BREAK = re.compile(r"[,;:.!?]\s")


def org_appositive(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """Whether an appositive with a generic noun for an organization describes the name.

    Before it ("The group that owns most of her music, Big Machine, says") or after it
    ("Big Machine, the label behind her first albums, said"): the name is an organization's.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> t = "The group that owns her music, Big Machine, says"
        >>> en = lexicon_for("en")
        >>> org_appositive(t, 31, 42, en), org_appositive("Jane Roe, a lawyer, said", 0, 8, en)
        (True, False)
    """
    if not text.startswith(",", end):
        return False  # an appositive is set off: "…, Big Machine, says", "Big Machine, the label …"
    if _generic_org_phrase(
        _noun_phrase(words(text, end, min(len(text), end + 60))[:_APPOSITIVE_HEAD_MAX], lexicon), lexicon
    ):
        return True  # "Big Machine, the label behind …", "Mercu Fibre, the country's second-largest fibre provider
    comma = text.rfind(",", max(0, start - 3), start)
    if comma == -1 or text[comma + 1 : start].strip():
        return False
    breaks = list(_PHRASE_BREAK.finditer(text, max(0, comma - 160), comma))
    begin = breaks[-1].end() if breaks else max(0, comma - 160)
    return _generic_org_phrase(words(text, begin, comma)[:2], lexicon)


#: The most words of the noun phrase an appositive opens with: "the country's second-largest fibre provider".
_APPOSITIVE_HEAD_MAX = 6


#: Words that introduce a name after a generic noun: "a group calling itself Kala Merah".
NAMING_PHRASES = ("calling itself", "calling themselves", "known as", "called", "named")


def _named_by_generic_noun(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a generic noun for an organization and a naming phrase come right before ``start``.

    "A group calling itself Kala Merah", "an outfit known as …": the name is an organization's.
    """
    before = words(text, max(0, start - 40), start)[-3:]
    if not before or text[before[-1].end : start].strip():
        return False
    lows = " ".join(w.lower for w in before)
    for phrase in NAMING_PHRASES:
        if lows.endswith(f" {phrase}"):
            noun = before[-1 - len(phrase.split())].lower
            return noun in lexicon.generic_orgs or noun in lexicon.org_words
    return False


def _noun_phrase(ws: Sequence[Word], lexicon: Lexicon) -> list[Word]:
    """An appositive's opening noun phrase as its article and head noun, when it opens with an article.

    The words up to a function word or a relative ("the label behind …", "a group that …"), of
    which the article and the last (its head) are kept: "the … provider".
    """
    if not ws or ws[0].lower not in lexicon.articles:
        return []
    phrase = [ws[0]]
    for word in ws[1:]:
        low = word.lower
        if low in lexicon.function_words or low in lexicon.mention_stops or low in lexicon.relatives:
            break
        phrase.append(word)
    if len(phrase) > 2 and phrase[0].lower not in lexicon.definite_articles:
        return []  # "Heru Santoso, a batik manufacturer in Pekalongan": a person's trade
    return [phrase[0], phrase[-1]] if len(phrase) > 1 else []


def _generic_org_phrase(ws: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether words open with an article and a generic noun for an organization: "the company"."""
    return len(ws) == 2 and ws[0].lower in lexicon.articles and ws[1].lower in lexicon.generic_orgs


#: Marks that open and close a quoted title.
_TITLE_OPENS = frozenset('"“')
_TITLE_CLOSES = frozenset('"”')


def _quoted_title(text: str, run: Sequence[Word]) -> bool:
    """Whether a capitalised run is all of a quotation: a title ("the band’s “Black Water” singer").

    Example:
        >>> t = "their jam “Black Water,” then"
        >>> _quoted_title(t, words(t)[2:4]), _quoted_title("Jane Roe said", words("Jane Roe said")[:2])
        (True, False)
    """
    return (
        text[run[0].start - 1 : run[0].start] in _TITLE_OPENS
        and text[run[-1].end : run[-1].end + 2].lstrip(",.")[:1] in _TITLE_CLOSES
    )


def _org_prefixed(low: str, lexicon: Lexicon) -> bool:
    """Whether a word is an organization's short name by its prefix: "kemenko", "kemenkeu"."""
    return bool(lexicon.org_prefixes) and len(low) >= _ORG_PREFIXED_MIN and low.startswith(lexicon.org_prefixes)


def _class_before(text: str, offset: int, lexicon: Lexicon) -> bool:
    """Whether a lower-case class noun comes right before ``offset``: "maskapai Garuda Indonesia"."""
    if offset < 2 or not text[offset - 2].islower():
        return False  # (the cheap test first: most runs follow no lower-case word)
    found = _WORD_BEFORE.search(text, max(0, offset - 16), offset)
    return (
        found is not None
        and found.group(1) in lexicon.org_classes
        and found.group(1) not in lexicon.roles  # "operator Budi Santoso": a person's trade
        and text[found.end(1)] == " "
    )


def placed_body(ws: Sequence[Word], lexicon: Lexicon) -> int:
    """How many capitalised words of a place open a body's lower-case description, else 0.

    "Central Kalimantan provincial government", "Garut regency administration": a place of
    one to three capitalised words, then lower-case words ending with an organization's word
    (English, where the head comes last; no role or coordinator inside).

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> from newsmodel.quotes._text import words
        >>> placed_body(words("Central Kalimantan provincial government"), lexicon_for("en"))
        2
    """
    place = 0
    while place < min(len(ws) - 1, _PLACE_WORDS) and is_capitalized(ws[place].text):
        place += 1
    if (
        not lexicon.org_head_final
        or not place
        or not ws[-1].text.islower()
        or ws[-1].lower not in lexicon.org_words
        or any(is_capitalized(w.text) for w in ws[place:])
        or any(w.lower in lexicon.roles or w.lower in lexicon.coordinators for w in ws[:-1])
    ):
        return 0
    return place


#: The most capitalised words of the place that opens a body's description.
_PLACE_WORDS = 3


def _placed_body_after(text: str, ws: Sequence[Word], run: Sequence[Word], lexicon: Lexicon) -> str | None:
    """The body an article, a capitalised run and lower-case words ending with an organization's word name.

    "the Sallqa cooperative", "the Niigata prefectural government" (:func:`placed_body`): the
    words as written, else None. ``ws`` are the block's words.
    """
    if not lexicon.org_head_final or len(run) > _PLACE_WORDS or not after_article(text, run[0].start, lexicon):
        return None
    at = bisect_left(word_starts(text), run[-1].start) + 1
    following = ws[at : at + _BODY_WORDS]
    for size in range(len(following), 0, -1):  # the longest: "the White House press office"
        words_ = [*run, *following[:size]]
        if any(text[a.end : b.start] != " " for a, b in pairwise(words_[len(run) - 1 :])):
            continue
        if placed_body(words_, lexicon) == len(run):
            # (a generic word describes a body named elsewhere: "the Kuala Lumpur-based company")
            return None if words_[-1].lower in lexicon.generic_orgs else text[run[0].start : words_[-1].end]
    return None


#: The most lower-case words after the place in a body's description: "provincial government".
_BODY_WORDS = 2


def after_article(text: str, offset: int, lexicon: Lexicon) -> bool:
    """Whether an article comes right before ``offset``: "the United Nations"."""
    # words() holds whole words only: "the" here is never the end of "soothe"
    before = words(text, max(0, offset - 6), offset)
    return bool(before) and before[-1].lower in lexicon.articles and not text[before[-1].end : offset].strip()


def _joined_tail(text: str, last: Word, lexicon: Lexicon) -> int:
    """Where an organization's name ends, joined over "of": "Bank" → "Bank of Thailand".

    Not over a date: "… Medical Center on Monday".
    """
    following = words(text, last.end, last.end + 60)[:3]
    if (
        len(following) < 2
        or following[0].lower not in lexicon.org_joiners
        or not is_capitalized(following[1].text)
        or following[1].lower in lexicon.calendar
    ):
        return last.end
    if text[last.end : following[1].start].split() != [following[0].text]:
        return last.end
    end = following[1].end
    if len(following) == 3 and is_capitalized(following[2].text) and not text[end : following[2].start].strip():
        end = following[2].end
    more = words(text, end, end + 40)[:2]
    if (  # "Ministry of Industry" + "and Trade"
        len(more) == 2
        and more[0].lower in lexicon.joiners
        and is_capitalized(more[1].text)
        and text[end : more[1].start].split() == [more[0].text]
        and not text[more[1].end : more[1].end + 2].lstrip().startswith("(")
    ):
        end = more[1].end
    return end


def _collect_orgs(registry: Registry, text: str, block: int) -> None:
    """``NAME (ACRONYM)``: register the organization with its acronym as alias."""
    lexicon = registry.lexicon
    for match in _BRACKET_ALIAS.finditer(text):
        alias = match.group(1)
        if not (_is_acronym(alias) or alias[:1].isupper()):
            continue
        before = words(text, max(0, match.start() - 160), match.start())
        run = _org_run(text, before, lexicon)
        if not run:
            continue
        key = _NON_WORD.sub("", alias).lower()
        if _role_acronym(text, before, match.start(), key, lexicon):
            continue  # "Menteri Perhubungan (Menhub)": the office's short form, no organization
        start = _org_start(run, key, lexicon)
        if start is None:
            continue
        head = _acronym_heads(run, start, lexicon) if not lexicon.org_head_final else start
        if head and run[head - 1].text.isupper() and run[head - 1].lower in lexicon.company_marks:
            head -= 1  # "PT Sulawesi Nikel Makmur (SNM)" in English too: the legal form opens the name
        name = text[run[head].start : run[-1].end]
        if alias.lower() in lexicon.company_marks:
            # "PT ASDP Indonesia Ferry (Persero)": the mark is part of the name, no acronym
            entity = registry.add(
                text[run[start].start : match.end()].rstrip(), is_org=True, order=(block, run[start].start)
            )
            registry.add_alias(entity, name)
            continue
        place = None if lexicon.org_head_final else _place_after(text, match.end(), before, run[0], lexicon)
        # "Badan Pengawas Pemilu (Bawaslu) Tolitoli": the regional body, also "Bawaslu Tolitoli"
        entity = registry.add(f"{name} {place}" if place else name, is_org=True, order=(block, run[head].start))
        registry.add_alias(entity, alias)
        if place is not None:
            registry.add_alias(entity, name)
            registry.add_alias(entity, f"{alias} {place}")
        if head < start:
            registry.add_alias(entity, f"{text[run[head].start : run[start - 1].end]} {alias}")  # "Kementerian ESDM"


def _place_after(text: str, end: int, before: Sequence[Word], first: Word, lexicon: Lexicon) -> str | None:
    """The region written after an organization's bracketed acronym, part of its name.

    "(Bawaslu) Tolitoli menyatakan", "(FKTM) Kabupaten Cirebon dalam …": a place head and its
    name, a known place, or one capitalised word that a lower-case word follows, when no role
    stands before the organization (after "Kepala Dinas Pendidikan (Disdik)" the capitalised
    words are the head's name).
    """
    after = words(text, end, end + 60)[:4]
    if not after or text[end : after[0].start] != " " or not is_capitalized(after[0].text):
        return None
    run = [after[0]]
    for word in after[1:]:
        if not is_capitalized(word.text) or text[run[-1].end : word.start] != " ":
            break
        run.append(word)
    lows = [w.lower for w in run]
    if lows[0] in lexicon.calendar:
        return None  # "(KPK) Kamis lalu": a date, no region
    if (lows[0] in lexicon.place_heads and len(run) >= 2) or " ".join(lows) in lexicon.places:
        return text[run[0].start : run[-1].end]
    at = next((i for i, w in enumerate(before) if w is first), 0)
    role_before = any(w.lower in lexicon.roles for w in before[max(0, at - _ROLE_WINDOW) : at])
    if len(run) == 1 and run[0].text.istitle() and not role_before and len(after) > 1 and after[1].text.islower():
        return run[0].text  # (not "(Kemlu) RI": the country's initials)
    return None


def _role_acronym(text: str, before: Sequence[Word], bracket: int, key: str, lexicon: Lexicon) -> bool:
    """Whether a bracketed acronym abbreviates the role phrase before it ("Menteri Perhubungan (Menhub)")."""
    for index in range(len(before) - 1, max(-1, len(before) - _ROLE_WINDOW - 1), -1):
        if before[index].lower in lexicon.roles:
            return _abbreviates(key, text[before[index].start : bracket].strip())
    return False


def _role_alias(role: str, lexicon: Lexicon) -> str | None:
    """The short form a role gives in brackets at its end, when it abbreviates the role: "Menhub"."""
    found = _ROLE_ALIAS.search(role)
    if found is None:
        return None
    head = role[: found.start()].strip()
    first = head.split(maxsplit=1)[0].lower() if head else ""
    key = _NON_WORD.sub("", found.group(1)).lower()
    return found.group(1) if first in lexicon.roles and _abbreviates(key, head) else None


def _org_run(text: str, before: Sequence[Word], lexicon: Lexicon) -> list[Word]:
    """The capitalised words right before a bracket, with connectors, stopping at a role word."""
    run: list[Word] = []
    for index in range(len(before) - 1, -1, -1):
        word = before[index]
        gap = text[word.end : run[0].start] if run else text[word.end : word.end + 2].strip()
        if run and gap.strip(" ,"):
            break
        if word.lower in lexicon.roles and run and not _role_in_org_name(text, before, index, lexicon):
            break  # (but "Gabungan Pengusaha Kapal Penyeberangan (Gapeksa)" is one name)
        if is_capitalized(word.text) or (word.lower in lexicon.role_connectors and run):
            run.insert(0, word)
            continue
        break
    while run and not is_capitalized(run[0].text):
        run.pop(0)
    return run


def _org_start(run: Sequence[Word], key: str, lexicon: Lexicon) -> int | None:
    """Where the organization's name starts in a run before its acronym, if it matches."""
    for index, word in enumerate(run):
        name = " ".join(w.text for w in run[index:])
        if word.lower in lexicon.org_words and _abbreviates(key, name):
            return index
    for index in range(len(run)):
        name = " ".join(w.text for w in run[index:])
        if _abbreviates(key, name) and is_capitalized(run[index].text) and run[index].lower not in lexicon.articles:
            return index
    first = 0
    while first < len(run) and (run[first].lower in lexicon.articles or is_possessive(run[first].lower)):
        first += 1  # "the …", "Indonesia's National Narcotics Agency (BNN)": the owner is no part
    marks = [
        i
        for i in range(first + 1, len(run) - 1)
        if run[i].lower in lexicon.company_marks and run[i].text.isupper()  # "PT", not "Pharmaceuticals"
    ]
    if marks:
        return marks[0]  # "Saham PT Bank Mandala Niaga Tbk (BMNI)": the company's name opens with its mark
    if any(w.lower in lexicon.org_words for w in run[first:]):
        return first if first < len(run) else None
    return None


#: The most head words before the part of a name its acronym abbreviates: "Kementerian" (ESDM).
_ACRONYM_HEADS_MAX = 2


def _acronym_heads(run: Sequence[Word], start: int, lexicon: Lexicon) -> int:
    """Where the organization's head words begin, before the part its acronym abbreviates.

    "Kementerian Energi dan Sumber Daya Mineral (ESDM)": the acronym is "Energi dan Sumber
    Daya Mineral"'s, the name is the ministry's (also written "Kementerian ESDM"); a company's
    mark up to three words back opens it: "PT Pemeringkat Kredit Nusantara (Kredinus)".
    """
    head = start
    while head > 0 and start - head < _ACRONYM_HEADS_MAX and run[head - 1].lower in lexicon.institution_heads:
        head -= 1
    for index in range(head - 1, max(-1, start - _ACRONYM_HEADS_MAX - 2), -1):
        if run[index].lower in lexicon.company_marks:
            return index  # "PT Pemeringkat Kredit Nusantara (Kredinus)": a company's name opens with its mark
    return head


def _collect_people(
    registry: Registry, text: str, ws: Sequence[Word], named: Sequence[tuple[Sequence[Word], list[Word]]], block: int
) -> None:
    """People introduced with a role before or after their name, or with an age: "Euis (54)".

    ``named`` pairs each capitalised run of the block with its :func:`name_words`.
    """
    lexicon = registry.lexicon
    starts = word_starts(text)  # ws are the words of text: a word's index is found by its start
    for run, found_names in named:
        if (
            not found_names
            or _possessive_name(text, run, lexicon)
            or _described_org(text, ws, starts, found_names, lexicon)
            or _org_name_tail(registry, run, found_names, block)
        ):
            # no name, or an organization's: "the People’s Daily, the mouthpiece of …", "ujar
            # politikus Partai Suara Rakyat itu" (the party's name inside a description)
            continue
        if _AGE_OR_COMMA.match(text, found_names[-1].end) is None:
            # no age and no appositive role after the name: only a role before it can count
            at = bisect_left(starts, found_names[0].start)
            if not _has_role_word(ws, at - _ROLE_WINDOW, at + len(found_names), lexicon):
                continue
        if _full_name_after(text, found_names[-1].end, lexicon) or _ACRONYM_AFTER.match(text, found_names[-1].end):
            # "Ketua Asosiasi Pemandu Wisata Bahari Belitung, Lie Bun Kiong, …", "Federasi
            # Serikat Buruh Alas Kaki (FSBAK)": the affiliation, not a person
            continue
        names = registry.trim(found_names, (block, found_names[0].start))
        first = bisect_left(starts, names[0].start)
        if len(names) >= 3 and _after_joiner(ws, first, lexicon) and _long_name(names):
            names = names[1:]  # "Menteri Pendidikan Dasar dan Menengah Abdul Mu’ti" (not "Wicky V. Olindo")
            first += 1
        names = _past_office(names, ws, first, lexicon)
        if not names or (
            _after_office(ws, first, lexicon)
            and (registry.used_before(names, (block, names[0].start)) or _appositive_office(text, ws, first, lexicon))
        ):
            # "a member of the Santa Fe Animal Shelter" after "The Santa Fe Animal Shelter
            # announced"; "Sunita Rajagopal-Chua, an economist at Merlion Ridge Research": where she works
            continue
        stop = bisect_left(starts, names[-1].start) + 1
        if (
            stop + 1 < len(ws)
            and ws[stop].lower in lexicon.joiners
            and is_capitalized(ws[stop + 1].text)
            and not (lexicon.org_head_final and ws[stop].lower in lexicon.affiliation_links)
        ):
            continue  # "Direktur Gempa Bumi dan Tsunami …": part of an affiliation (but "analyst
            # Nurul Huda Ismail of Sentosa Research" is a person and where she works)
        name = text[names[0].start : names[-1].end]
        found = None
        if _has_role_word(ws, first - _ROLE_WINDOW, first, lexicon):  # else no role before the name
            found = _role_before(text, ws, first, lexicon)
        before, head = found if found else (None, first)
        if before is not None and _role_in_org_name(text, ws, head, lexicon):
            continue  # "Gabungan Pengusaha Kapal Penyeberangan": an association's name, no person
        role = before or _role_after(text, ws, first, stop, lexicon)
        aged = _AGE.match(text, names[-1].end) is not None
        if (
            (role is None and not aged)
            or _names_nobody(text, ws, starts, found_names, lexicon)
            # "Mercu Fibre, the country's second-largest fibre provider": an organization
            or (before is None and org_appositive(text, names[0].start, names[-1].end, lexicon))
        ):
            continue
        entity = registry.add(name, is_org=False, order=(block, names[0].start), role=role)
        if first > 0 and is_title(ws[first - 1].lower, lexicon) and ws[first - 1].lower not in lexicon.honorifics:
            registry.index_title(entity, ws[first - 1].lower)  # "…, Cllr Thaddeus Orrin," is "the councillor"
        if len(names) >= 3 and (
            _after_joiner(ws, first - 1, lexicon)
            or _after_joiner(ws, first, lexicon)
            # "Direktur Eksekutif Yayasan Jejak Belantara Andalas Fitriani Koto": the
            # organization's name runs on into the person's, as long as a name may be; a
            # later "Fitriani" shows where it starts
            or (
                len(names) >= _NAME_MAX
                and first > 0
                and is_capitalized(ws[first - 1].text)
                and not is_title(ws[first - 1].lower, lexicon)
                and not name_start_at(names, 0, lexicon)
            )
            # "… Kemenko Perekonomian Anindita Rahayu": a ministry's short name, then its field
            or (first > 0 and _org_prefixed(ws[first - 1].lower, lexicon))
            # "Direktur Jenderal Imigrasi Silvanus Ginting": a role of two words, then its field
            or _place_head_in_role(ws, first, lexicon)
        ):
            entity.loose_start = True
        alias = _role_alias(role, lexicon) if role else None
        if alias is not None:
            registry.add_alias(entity, alias)  # a later "kata Menhub" is this minister
        head = _phrase_start(text, ws, head, lexicon)
        if _opens_sentence(text, ws, head) or _presented(text, ws[head].start, lexicon):
            registry.subjects.append(((block, ws[head].start), entity))


def _org_name_tail(registry: Registry, run: Sequence[Word], names: Sequence[Word], block: int) -> bool:
    """Whether the name words end an association's name that holds a role word after its head.

    "Ketua Paguyuban Nelayan Eretan Bersatu" after "Sungai Eretan": "Paguyuban Nelayan" opens
    the name, "Eretan" was used on its own before, and the one word left ("Bersatu") is the
    name's end, not a person.
    """
    lexicon = registry.lexicon
    if lexicon.org_head_final or len(run) < len(names) + 2:
        return False  # (the cheap tests first: most runs are a name and nothing before it)
    at = next((i for i, w in enumerate(run) if w is names[0]), 0)
    if not any(run[i].lower in lexicon.org_words and run[i + 1].lower in lexicon.roles for i in range(at - 1)):
        return False
    return len(registry.trim(names, (block, names[0].start))) == 1


def _role_in_org_name(text: str, ws: Sequence[Word], head: int, lexicon: Lexicon) -> bool:
    """Whether the role word at ``ws[head]`` follows the capitalised head word opening an organization's name.

    "Gabungan Pengusaha Kapal Penyeberangan", "Ikatan Dokter Indonesia": the role word is part
    of an association's name, and the words after it are no person's (Indonesian, which writes
    an organization's head word first).
    """
    if lexicon.org_head_final or head <= 0 or not is_capitalized(ws[head].text):
        return False  # (English writes the head last: "White House Press Secretary Jane Roe")
    before = ws[head - 1]
    gap = text[ws[head - 2].end : before.start].strip() if head > 1 else "."
    opens = not is_capitalized(ws[head - 2].text) or gap[-1:] in {".", "!", "?", ",", ";", ":", '"', "“", "”"}
    return (
        opens  # the organization's word opens the name (not "Kepala Unit Pelaksana Teknis …")
        and is_capitalized(before.text)
        and before.lower in lexicon.org_words
        and text[before.end : ws[head].start] == " "
        and before.lower not in lexicon.roles
    )


def _phrase_start(text: str, ws: Sequence[Word], head: int, lexicon: Lexicon) -> int:
    """Where the phrase a person's mention heads at ``ws[head]`` starts.

    At an article, an honorific or a capitalised word opening the sentence before it:
    "Sang produser, Bara Mahendra, membenarkan …", "The mayor, Jane Roe, said …", "At Changi
    Airport, Ms Vanessa Koh, 34, was among …", "Telecommunications analyst Nurul Huda Ismail …".
    """
    if head <= 0:
        return head
    before = ws[head - 1]
    gap = text[before.end : ws[head].start]
    if (before.lower in lexicon.articles and not gap.strip()) or (
        before.lower in lexicon.honorifics and not gap.strip(" .")
    ):
        return head - 1
    if gap == " " and is_capitalized(before.text) and ws[head].text.islower() and _opens_sentence(text, ws, head - 1):
        return head - 1  # "Telecommunications analyst Nurul Huda Ismail … was blunter."
    return head


def _described_org(
    text: str, ws: Sequence[Word], starts: Sequence[int], names: Sequence[Word], lexicon: Lexicon
) -> bool:
    """Whether name words after an organization's word close a description with a demonstrative.

    "ujar politikus Partai Suara Rakyat itu": "Suara Rakyat" names the party, not a person.
    """
    if not lexicon.postposed_demonstratives:
        return False
    at = bisect_left(starts, names[0].start)
    stop = bisect_left(starts, names[-1].start) + 1
    return (
        at > 0
        and stop < len(ws)
        and ws[at - 1].lower in lexicon.org_words
        and ws[stop].lower in lexicon.postposed_demonstratives
    )


#: The most name words after a role and a link taken for the office's place: "Human Rights".
_PLACE_OF_OFFICE = 2


def _title_before(run: Sequence[Word], first: Word, lexicon: Lexicon) -> bool:
    """Whether the word of ``run`` right before the name word ``first`` is a title: "Admiral"."""
    index = run.index(first)
    return index > 0 and is_title(run[index - 1].lower, lexicon)


#: A person's full name set off by commas: at most this many words.
_SET_OFF_NAME_MAX = 5


def set_off_name(text: str, comma: int, lexicon: Lexicon) -> list[Word] | None:
    """The name words a comma at ``comma`` sets off: "…, Lie Bun Kiong, …", "…, Srikandi Paramitha (34)".

    Capitalised words one space apart, at most :data:`_SET_OFF_NAME_MAX`, every one a name word
    and none a place ("…, Bogor, …" sets off no name), past an honorific ("…, Mr Azman Kadir,
    …"). Callers decide what may close them.
    """
    if not text.startswith(",", comma):
        return None
    after = words(text, comma + 1, comma + 1 + 60)[: _SET_OFF_NAME_MAX + 2]
    if not after or text[comma + 1 : after[0].start].strip():
        return None
    if (
        len(after) > 1
        and (after[0].lower in lexicon.honorifics or after[0].lower in lexicon.ranks)
        and not text[after[0].end : after[1].start].strip(" .")
    ):
        after = after[1:]  # the name after its honorific or rank: "…, Kapten Marthen Ndolu Ratu, …"
    run: list[Word] = []
    for word in after[: _SET_OFF_NAME_MAX + 1]:
        if not is_capitalized(word.text) or (run and text[run[-1].end : word.start].strip()):
            break
        run.append(word)
    if not run or len(run) > _SET_OFF_NAME_MAX:
        return None
    if any(w.lower in lexicon.places for w in run) or not _set_off_names(run, lexicon):
        return None
    return run


def _set_off_names(run: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether capitalised words set off by commas are a name.

    Name words, or a name word then words that are also roles ("Aditya Perdana", "Fransiska
    Ratu Djawa": family names there, not offices).
    """
    if len(name_words(run, lexicon)) == len(run):
        return True
    return is_name_word(run[0], lexicon) and all(
        is_name_word(w, lexicon) or _is_role(w.lower, lexicon) for w in run[1:]
    )


def _full_name_after(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a comma at ``end`` sets off a person's full name, closed by a comma or an age.

    Then the capitalised words before the comma name the person's affiliation, not them:
    "Ketua Asosiasi Pemandu Wisata Bahari Belitung, Lie Bun Kiong, yang akrab disapa …".
    """
    run = set_off_name(text, end, lexicon)
    return run is not None and len(run) >= 2 and text[run[-1].end : run[-1].end + 2].lstrip()[:1] in {",", "("}


def _past_office(names: list[Word], ws: Sequence[Word], first: int, lexicon: Lexicon) -> list[Word]:
    """The name words, unless they only name an office's place after a role word and a link.

    "Commissioner for Human Rights", "mayor of Springfield": no person (``[]``). Longer runs
    stay whole: where the place ends and a name begins is unknown ("… for Foreign Affairs
    Penny Wong" and "… of Advanced Development Programs at Blue Origin" look alike).
    ``first`` is the index of ``names[0]`` in ``ws``.
    """
    if len(names) <= _PLACE_OF_OFFICE and _after_office(ws, first, lexicon):
        return []
    return names


def _appositive_office(text: str, ws: Sequence[Word], first: int, lexicon: Lexicon) -> bool:
    """Whether the role and link before ``ws[first]`` are an appositive after a name.

    "Sunita Rajagopal-Chua, an economist at Merlion Ridge Research": the name after the link
    is the named person's employer (the role word is two or three words back, after "a"/"an"
    or "the" and a comma that follows a capitalised word).
    """
    index = first - 2  # the role word, before the link
    if index >= 1 and ws[index].lower in lexicon.articles:
        index -= 1
    if index < 1 or not _is_role(ws[index].lower, lexicon):
        return False
    opener = index - 1
    if ws[opener].lower in lexicon.articles:
        opener -= 1
    return (
        opener >= 0 and is_capitalized(ws[opener].text) and text[ws[opener].end : ws[opener + 1].start].strip() == ","
    )


def _after_office(ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether ``ws[index]`` follows a role word and a link: "mayor of" Springfield, "coach of the" Lakers.

    The capitalised words there name the office's place or organization first.
    """
    if index >= 3 and ws[index - 1].lower in lexicon.articles:
        index -= 1  # "coach of the Lakers"
    if index < 2:
        return False
    link = ws[index - 1]
    return link.text in lexicon.office_links and _is_role(ws[index - 2].lower, lexicon)


def _names_nobody(
    text: str, ws: Sequence[Word], starts: Sequence[int], names: Sequence[Word], lexicon: Lexicon
) -> bool:
    """Whether name words that look introduced with a role are no person's name after all.

    A short form in brackets ("(Menhub)"), the word completing an organization after a role
    ("politisi Partai Hanura"), or the last word of a role before a full name ("Pendiri
    Facebook, Mark Zuckerberg,").
    """
    if text[names[0].start - 1 : names[0].start] == "(" and text.startswith(")", names[-1].end):
        return True
    at = bisect_left(starts, names[0].start)  # the first name word's index in ws
    if _for_spokesperson(ws, at, lexicon):
        return True  # "a spokesman for Blue Origin": the organization the spokesperson speaks for
    before = ws[at - 1].lower if at else ""
    if at and _company_mark_before(ws, at, lexicon):
        return True  # "Juru bicara PT …", "Manajemen PT …": a company's name
    if before in lexicon.origin_words:
        return True  # "Pelatih asal Serbia itu": where the coach is from
    if len(names) <= _PLACE_OF_OFFICE and before in lexicon.employer_links:
        return True  # "Senior Vice President of Sales for Dräger", "… programs at Blue Origin": the employer
    if len(names) != 1:
        return False
    return _org_after_role(ws, at, lexicon) or _full_name_after_comma(text, names[0], lexicon)


def _full_name_after_comma(text: str, word: Word, lexicon: Lexicon) -> bool:
    """Whether a comma and a full name of two or more name words follow ``word``."""
    if not text.startswith(", ", word.end):
        return False
    following = words(text, word.end + 2, word.end + 80)[:_NAME_MAX]
    run: list[Word] = []
    for after in following:
        if not is_name_word(after, lexicon) or (run and text[run[-1].end : after.start] != " "):
            break
        run.append(after)
    return len(run) >= 2


def _org_after_role(ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether a role word and an organization word come right before ``ws[index]``.

    Then a single name word there completes the organization: "politisi Partai Hanura" (the
    person holding the role is named elsewhere; "Menteri Dalam Negeri Teguh Santoso" has a
    name of two words).
    """
    if index < 2:
        return False
    before, role = ws[index - 1].lower, ws[index - 2].lower
    return before in lexicon.org_words and before not in lexicon.roles and _is_role(role, lexicon)


def _has_role_word(ws: Sequence[Word], low: int, high: int, lexicon: Lexicon) -> bool:
    """Whether any of ``ws[low:high]`` (``low`` clipped at 0) is a role word."""
    return not lexicon.role_words.isdisjoint(lowers(ws[max(0, low) : high]))


def _long_name(names: Sequence[Word]) -> bool:
    """Whether name words after a joiner are enough to hold an affiliation's last word too.

    "dan Menengah Abdul Mu’ti": three words, the first closing the affiliation; but a middle
    initial shows a whole name ("dan Wicky V. Olindo").
    """
    return len(names) >= 3 and not is_initialism(names[1].text)


#: How far back over capitalised words a joiner looks for the role or organization it joins in.
_JOINED_REACH = 6


def _after_joiner(ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether ``ws[index]`` follows "dan"/"and" inside a role or an organization's name.

    "Menteri Pendidikan Dasar dan Menengah", "Minister of Energy and Mines": capitalised
    words (and a role's connectors) with a role or organization word among them come before
    the joiner; in "Bruno Tonioli and Carrie Ann Inaba" a name does, and the words after the
    joiner are a whole name.
    """
    if index < 2 or ws[index - 1].lower not in lexicon.joiners or not is_capitalized(ws[index - 2].text):
        return False
    back = index - 2
    while (
        back >= 0
        and index - 2 - back < _JOINED_REACH
        and (is_capitalized(ws[back].text) or ws[back].lower in lexicon.role_connectors)
    ):
        low = ws[back].lower
        if low in lexicon.roles or low in lexicon.org_words or low in lexicon.role_abbreviations:
            return True
        back -= 1
    return False


def _joined_before(text: str, offset: int, lexicon: Lexicon) -> bool:
    """Whether a capitalised word and a joiner come right before ``offset``."""
    before = words(text, max(0, offset - 40), offset)
    return (
        len(before) >= 2
        and not text[before[-1].end : offset].strip()
        and _after_joiner([*before, make_word("", offset, offset)], len(before), lexicon)
    )


def verb_like(low: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word carries a verb prefix (meN-, ber-, di-, ter-) and is a verb.

    No role, function word or listed non-verb ("tersebut", "tersangka", "melalui") is one.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> verb_like("menjalani", lexicon_for("id")), verb_like("menteri", lexicon_for("id"))
        (True, False)
    """
    return (
        _PLAIN_WORD.match(low) is not None
        and low.startswith(lexicon.verb_prefixes)
        and low not in lexicon.roles
        and low not in lexicon.not_verbs
        and low not in lexicon.function_words
    )


def past_form(low: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word has a past ending (``finite_suffixes``): "died", "accused".

    Short words and "-eed" nouns ("fed", "greed", "speed") are no past forms.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> [past_form(w, lexicon_for("en")) for w in ("accused", "greed", "fed", "said")]
        [True, False, False, False]
    """
    return len(low) >= 4 and low.endswith(lexicon.finite_suffixes) and not low.endswith("eed")


#: The most words of a leading phrase before a sentence's subject ("Namun,", "Sementara itu,").
_LEAD_MAX = 3


def _presented(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether a phrase that presents an example opens the sentence right before ``start``.

    "Salah satunya Wulandari Paramitha (41), warga …", "Among them was Jane Roe, 41": the person
    the text goes on about, as if the subject.
    """
    if not lexicon.presentatives:
        return False
    head = text[max(0, start - _PRESENTATIVE_REACH) : start].lower()
    for phrase in lexicon.presentatives:
        at = head.rfind(phrase)
        if at < 0 or head[at + len(phrase) :].strip(" ,:") not in lexicon.copulas:
            continue
        before = head[:at].rstrip()
        if not before or before[-1] in '.!?"“”':
            return True
    return False


#: How far before a name a presenting phrase may begin: "Salah satu di antaranya adalah".
_PRESENTATIVE_REACH = 40


def _opens_sentence(text: str, ws: Sequence[Word], index: int) -> bool:
    """Whether ``ws[index]`` starts its sentence, or follows a short leading phrase and a comma."""
    if index < 0 or index >= len(ws):
        return False
    start = ws[index].start
    head = text[max(0, start - 3) : start].strip()
    if not head or head[-1] in '.!?"“”':
        return True
    if head[-1] != ",":
        return False
    for back in range(index - 1, max(-1, index - _LEAD_MAX - 1), -1):
        before = text[max(0, ws[back].start - 3) : ws[back].start].strip()
        if not before or before[-1] in '.!?"“”':
            return True
        if before[-1] == ",":
            return False
    return False


def _role_before(text: str, ws: Sequence[Word], first: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """The role phrase before a name, and the index of its first word.

    The phrase runs from the leftmost role word found before a hard stop up to the name.
    """
    if first > 0 and ws[first - 1].lower in lexicon.joiners:
        return None  # "Kurt Volker, the envoy, and Tim Morrison": a second person, no role
    leftmost: int | None = None
    stop_at = max(0, first - _ROLE_WINDOW)
    for index in range(first - 1, stop_at - 1, -1):
        word = ws[index]
        gap = text[word.end : ws[index + 1].start]
        low = word.lower
        if index == first - 1 and gap.strip() == "." and low in lexicon.role_abbreviations:
            leftmost = index  # "Gov. Kristi Noem": the abbreviated office is the whole title
            break
        stripped = gap.strip(" ,()-–—")
        if (stripped and not (stripped == "." and _dotted_title(word, lexicon))) or gap.count(",") > 1:
            break  # (the dot of a title goes on: "Kepala BSHN Dr. H. Zulkarnain", "Cianjur dr. Anindya")
        if low in lexicon.cue_forms or low in lexicon.according:
            break
        if low in lexicon.locatives and index > 0 and is_name_word(ws[index - 1], lexicon):
            break  # "NAME di Kota": a place after somebody else's name
        if not is_capitalized(word.text):
            if low in lexicon.function_words and low not in lexicon.role_connectors:
                break
            if verb_like(low, lexicon):
                break
        if low in lexicon.roles or low in lexicon.role_abbreviations:
            leftmost = index
    if leftmost is None:
        return None
    last = first - 1
    while last > leftmost and (
        # (a rank after a role word is part of it: "Sekretaris Jenderal"; an honorific never is:
        # "chief executive, Mr")
        (
            ws[last].lower in lexicon.ranks
            and (not _is_role(ws[last - 1].lower, lexicon) or "," in text[ws[last - 1].end : ws[last].start])
        )
        or (ws[last].lower in lexicon.honorifics and ws[last].lower not in lexicon.ranks)
    ):
        last -= 1  # the rank or honorific belongs to the name's title, not the role: "… Kombes"
    start = ws[leftmost].start
    end = _closing_bracket(text, start, ws[last].end)
    if text.startswith(".", end) and ws[last].lower in lexicon.role_abbreviations:
        end += 1  # the abbreviation keeps its dot: "Gov."
    role = text[start:end].strip(" ,")
    return (role, leftmost) if role else None


def _dotted_title(word: Word, lexicon: Lexicon) -> bool:
    """Whether a word written with a dot is a title inside a role phrase: "Dr.", "H.", "Kombes."."""
    low = word.lower
    return low in lexicon.honorifics or low in lexicon.ranks or len(word.text) == 1


def _role_after(text: str, ws: Sequence[Word], first: int, stop: int, lexicon: Lexicon) -> str | None:
    """The appositive role after a name: "Ferdinand Siahaan, kasat reskrim …,"."""
    if stop >= len(ws):
        return None
    end_of_name = ws[stop - 1].end
    age = _AGE.match(text, end_of_name)
    cursor = age.end() if age else end_of_name
    if not text.startswith(",", cursor):
        return None
    previous = ws[first - 1].lower if first > 0 else ""
    if previous in lexicon.according or any(phrase.endswith(f" {previous}") for phrase in lexicon.according):
        return None  # "Menurut Irfan, pengembangan …": the clause after the comma is the speech
    medial = _after_medial_cue(text, ws, first, lexicon)
    tail = _until_comma(text, cursor + 1)
    phrase = words(text, cursor + 1, tail)
    relative = next((i for i, w in enumerate(phrase) if i and w.lower in lexicon.relatives), None)
    if relative is not None:
        phrase = phrase[:relative]  # "a lecturer at … who filed one of the petitions"
    if not phrase or len(phrase) > _ROLE_WINDOW:
        return None
    head = phrase[0]
    # "Jane Doe, the mayor,", "Anders Holmgaard, her long-time coach,": a determiner, then the role
    determined = head.lower in lexicon.articles or head.lower in lexicon.possessives or is_possessive(head.lower)
    if determined and len(phrase) > 1:
        head = phrase[1]
    low = head.lower
    if low in lexicon.function_words and low not in lexicon.articles:
        return None
    if not lexicon.bare_appositives and not determined and low not in lexicon.roles:
        return None  # English: "Jane Doe, the mayor," / "Jane Doe, head of …", not "Jane Doe, opened …"
    if (
        low in lexicon.cue_forms
        or verb_like(low, lexicon)
        or low in lexicon.generic_orgs  # "Acme, the company,": an organization, described
        # "…, tambah dr Wisman, gula darah … naik": the speech goes on after the name
        or (medial and not determined and not _known_head(low, lexicon))
        or (is_capitalized(head.text) and low not in lexicon.roles)
        # "Firman, sapaan akrabnya,": the name is a nickname, no role follows it
        or (lexicon.nickname_of_markers and " ".join(lowers(phrase)).startswith(lexicon.nickname_of_markers))
    ):
        return None
    role = text[head.start : _closing_bracket(text, head.start, phrase[-1].end)]
    return role or None


def _closing_bracket(text: str, start: int, end: int) -> int:
    """``end``, past the bracket that closes one opened in ``text[start:end]``: "(Menhub)", "(Tri)"."""
    if text.startswith(")", end) and text.count("(", start, end) > text.count(")", start, end):
        return end + 1
    return end


def _after_medial_cue(text: str, ws: Sequence[Word], first: int, lexicon: Lexicon) -> bool:
    """Whether a name at ``ws[first]`` follows a cue set off by a comma inside a clause.

    "…, tambah dr Wisman, …": a title may stand between; a closing quote mark before the cue
    makes it a final cue ('"…," kata Suparman, warga …').
    """
    back = first - 1
    while back > 0 and (ws[back].lower in lexicon.honorifics or ws[back].lower in lexicon.ranks):
        back -= 1
    if back < 0 or not lexicon.is_cue_word(ws[back].lower):
        return False
    return text[max(0, ws[back].start - 3) : ws[back].start].rstrip().endswith(",")


def _known_head(low: str, lexicon: Lexicon) -> bool:
    """Whether a word can head an appositive role: a role, an unnamed source, a person or an organization."""
    return (
        _is_role(low, lexicon)
        or low in lexicon.anonymous
        or low in lexicon.person_nouns
        or low in lexicon.org_words
        or low in lexicon.generic_orgs
    )


def _until_comma(text: str, start: int) -> int:
    limit = min(len(text), start + 200)
    found = _CLAUSE_END.search(text, start, limit)
    return found.start() if found else limit


def nicknames_in(text: str, start: int, end: int, lexicon: Lexicon) -> list[str]:
    """The nicknames introduced inside ``text[start:end]``: "pria yang akrab disapa Bung Towel itu".

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> t = "pria yang akrab disapa Bung Towel itu"
        >>> nicknames_in(t, 0, len(t), lexicon_for("id"))
        ['Bung Towel']
    """
    markers, _ = _nickname_patterns(lexicon.nickname_markers, lexicon.nickname_of_markers)
    found = []
    for match in markers.finditer(text, start, end):
        nick = _capital_run(text, match.end())
        if nick and match.end() + len(nick) <= end:
            found.append(nick)
    return found


#: A nickname in quote marks inside a name set off by commas: ", Januarti "Ija" Purbosari,".
_QUOTED_NICKNAME = re.compile(r"(?<=, )([A-Z][\w'’-]+) [\"“]([A-Z][\w'’-]+)[\"”] ([A-Z][\w'’-]+)(?=,| \()")


def _collect_quoted_nicknames(registry: Registry, text: str, block: int) -> None:
    """A person whose nickname is quoted inside the name: the name without it, the nickname as alias.

    "Gitaris Senandika, Januarti "Ija" Purbosari, menambahkan …", later "ujar Ija".
    """
    for match in _QUOTED_NICKNAME.finditer(text):
        first, nick, last = match.groups()
        if not all(is_name_word(make_word(part, 0, len(part)), registry.lexicon) for part in (first, nick, last)):
            continue
        entity = registry.add(f"{first} {last}", is_org=False, order=(block, match.start()))
        registry.add_alias(entity, nick)


def _collect_nicknames(registry: Registry, text: str, block: int) -> None:
    """Nicknames as aliases: "NAME, yang akrab disapa NICK" and "NICK, sapaan akrab NAME"."""
    lexicon = registry.lexicon
    markers, of_markers = _nickname_patterns(lexicon.nickname_markers, lexicon.nickname_of_markers)
    folded = fold_for_ascii_search(text)  # one lower-casing for both tests
    if _may_contain(folded, lexicon.nickname_markers):
        for match in markers.finditer(text):
            nick = _capital_run(text, match.end())
            owner = _last_name_before(text, match.start(), lexicon)
            if nick and owner:
                entity = registry.add(owner, is_org=False, order=(block, match.start()))
                registry.add_alias(entity, nick)
            elif nick and _described_before(text, match.start(), lexicon):
                # "Pria yang akrab disapa Dani ini": the person the text is about
                person = registry.last_person((block, match.start()))
                if person is not None:
                    registry.add_alias(person, nick)
    if not _may_contain(folded, lexicon.nickname_of_markers):
        return  # no marker, or none in this language (the never-matching pattern would still scan)
    for match in of_markers.finditer(text):
        owner_words = _capital_run(text, match.end())
        nick = _capital_run_before(text, match.start())
        if nick and owner_words:
            found = registry.find_by_tokens(owner_words.lower().split(), (block, match.start()))
            if found is not None:
                registry.add_alias(found, nick)
        elif nick and lexicon.clitic and match.group().rstrip().lower().endswith(lexicon.clitic):
            # "ujar Firman, sapaan akrabnya, …": the short form of a name introduced before
            found = registry.find_by_prefix(nick, (block, match.start()))
            if found is not None:
                registry.add_alias(found, nick)


def _may_contain(folded: str | None, phrases: tuple[str, ...]) -> bool:
    """Whether a text (folded by ``fold_for_ascii_search``) may hold one of ``phrases`` in any case.

    An exact, cheap pre-test: a case-insensitive search of a regex scans the whole block in
    the interpreter's matching loop; ``str.lower`` and ``in`` are faster. For ASCII phrases the
    two agree except on ``ASCII_CASE_TWINS``; with any of those (or a non-ASCII phrase) the
    answer is yes.

    Example:
        >>> from newsmodel._text import fold_for_ascii_search as fold
        >>> _may_contain(fold("Budi, yang AKRAB disapa Ucok"), ("akrab disapa",))
        True
        >>> _may_contain(fold("Budi"), ("alias",)), _may_contain(fold("ſari"), ("s",))
        (False, True)
    """
    needles = _needles(phrases)
    if folded is None or needles is None:
        return True
    return any(map(folded.__contains__, needles))


@functools.lru_cache(maxsize=16)
def _needles(phrases: tuple[str, ...]) -> tuple[str, ...] | None:
    """The fewest lower-cased phrases one of which is in any text holding one of ``phrases``.

    A phrase holding a shorter one is left out ("yang akrab disapa" holds "disapa"). ``None``
    when a phrase is not ASCII (``str.lower`` may then disagree with a case-insensitive regex).
    """
    if not all(map(str.isascii, phrases)):
        return None
    lowered = sorted({phrase.lower() for phrase in phrases}, key=len)
    kept: list[str] = []
    for phrase in lowered:
        if not any(shorter in phrase for shorter in kept):
            kept.append(phrase)
    return tuple(kept)


@functools.lru_cache(maxsize=8)
def _nickname_patterns(
    markers: tuple[str, ...], of_markers: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for "yang akrab disapa NICK" and ", sapaan akrab NAME", longest marker first."""
    never = re.compile(r"(?!)")  # a language without such markers matches nothing
    # The lookahead on the markers' first letters (case-insensitive like the rest) only lets
    # the scan skip cheaply over positions where no marker can start; it matches the same.
    firsts = "".join(sorted({re.escape(marker[0]) for marker in markers})) if all(markers) else ""
    ahead = f"(?=[{firsts}])" if firsts else ""
    return (
        re.compile(rf"{ahead}\b(?:{alternation(markers)})\s+", re.IGNORECASE) if markers else never,
        # (a marker with a clitic ends at a comma: "Firman, sapaan akrabnya, …")
        re.compile(rf",\s*(?:{alternation(of_markers)})(?:\s+|(?=,))", re.IGNORECASE) if of_markers else never,
    )


def _capital_run(text: str, offset: int) -> str | None:
    run = words(text, offset, offset + 80)[:4]
    taken: list[Word] = []
    for word in run:
        if not is_capitalized(word.text) or (taken and text[taken[-1].end : word.start].strip()):
            break
        taken.append(word)
    return text[taken[0].start : taken[-1].end] if taken else None


def _capital_run_before(text: str, offset: int) -> str | None:
    run = words(text, max(0, offset - 80), offset)[-4:]
    taken: list[Word] = []
    for word in reversed(run):
        if not is_capitalized(word.text) or (taken and text[word.end : taken[0].start].strip()):
            break
        taken.insert(0, word)
    return text[taken[0].start : taken[-1].end] if taken else None


def _described_before(text: str, offset: int, lexicon: Lexicon) -> bool:
    """Whether a description headed by a person noun comes right before a nickname marker."""
    before = words(text, max(0, offset - 40), offset)[-3:]
    return any(w.lower in lexicon.person_nouns for w in before)


def _appositive_owner(
    text: str, before: Sequence[Word], runs: Sequence[Sequence[Word]], lexicon: Lexicon
) -> str | None:
    """The name a lower-case appositive follows, right before a nickname marker.

    "Agustina Ndoen (56), pasien gagal ginjal yang akrab disapa Mama Ince": the name, then its
    age or a comma, then only lower-case words up to the marker.
    """
    if not runs:
        return None
    run = runs[-1]
    if not _AGE_OR_COMMA.match(text, run[-1].end):
        return None
    rest = before[before.index(run[-1]) + 1 :]
    if not rest or not all(w.text.islower() or w.text.isdigit() for w in rest):
        return None
    named = name_words(run, lexicon)
    return text[named[0].start : named[-1].end] if len(named) >= 2 else None


def _last_name_before(text: str, offset: int, lexicon: Lexicon) -> str | None:
    """The person's name just before a nickname marker, past an age and a comma: "Sukarso (71)"."""
    before = words(text, max(0, offset - 120), offset)[-8:]
    while before and before[-1].text.isdigit():
        before.pop()
    if not before or text[before[-1].end : offset].strip(" ,()0123456789"):
        return None  # something else stands between: "pria yang akrab disapa …" has no name here
    # the last run only: "… di Tasikmalaya, KH. Endang Burhanuddin, yang akrab disapa …"
    runs = capital_runs(text, before, lexicon.name_particles)
    names = name_words(runs[-1], lexicon) if runs and runs[-1][-1] is before[-1] else []
    if not names:
        return _appositive_owner(text, before, runs, lexicon)
    at = before.index(runs[-1][0])
    if at and before[at - 1].text.islower() and len(runs) >= 2:
        # "Sarjiman (58), nelayan Teleng yang akrab disapa …": the run after a lower-case role is
        # its place; the name is the one its appositive follows
        first = runs[-2]
        if _AGE_OR_COMMA.match(text, first[-1].end) and name_words(first, lexicon):
            named = name_words(first, lexicon)
            return text[named[0].start : named[-1].end]
    return text[names[0].start : names[-1].end]

"""Cues: find the reporting word and the speaker's mention around a quotation or a clause.

Post-posed: ``"…," kata X`` / ``"…," ujarnya`` / ``"…," said X`` / ``"…," X said``.
Pre-posed: ``X mengatakan, "…"`` / ``X mengatakan: "…"`` / ``Menurut X, "…"`` / ``Kata dia, "…"``.
Every search looks at a bounded window, so the work per quotation is constant.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from newsmodel.quotes._lexicon import Lexicon
from newsmodel.quotes._speakers import (
    AGE_ADJECTIVE,
    Entity,
    Mention,
    Registry,
    after_article,
    is_name_word,
    is_possessive,
    is_title,
    joined_possessives,
    leader_idiom,
    name_words,
    office_link,
    office_starts,
    parse_mention,
    past_form,
    placed_body,
    set_off_name,
    source_starts,
    verb_like,
)
from newsmodel.quotes._text import (
    Word,
    abbreviation_dot,
    capital_runs,
    first_word,
    is_capitalized,
    lowers,
    make_word,
    words,
)

__all__ = ["Cue", "agent_before", "cue_after", "cue_before", "mention_after", "person_noun", "set_off_speaker"]

#: How far (in characters) a cue may sit from its quotation or verb.
_WINDOW = 240
#: The most words of a mention after a cue, or before an English "said".
_MENTION_MAX = 10
_MENTION_BEFORE_MAX = 8
#: The most words of a description that names a speaker ("the finance ministry").
_DESCRIPTION_MAX = 3
#: Characters that end a mention: clause punctuation, brackets and quote marks.
_MENTION_END = ',.;:!?()[]"“”—–'
# The same characters as a pattern, to find the first one without a loop in Python.
_MENTION_END_CHAR = re.compile("[" + re.escape(_MENTION_END) + "]")


@attrs.frozen
class Cue:
    """A reporting word with the mention of its speaker and the addressee, if written."""

    word: Word
    mention: Mention | None
    addressee: str | None = None
    #: Offset just past the attribution phrase (cue, mention, adjuncts up to a comma or period).
    end: int = 0


def _clitic_root(low: str, lexicon: Lexicon) -> bool:
    clitic = lexicon.clitic
    return bool(clitic and low.endswith(clitic) and low[: -len(clitic)] in lexicon.post_cues)


def _until_punctuation(text: str, start: int, limit: int, lexicon: Lexicon | None = None) -> int:
    """The first clause punctuation in ``[start, limit)``, past abbreviation dots inside a name.

    With a lexicon, the dot of an initial, a rank, an honorific or a dotted abbreviation
    followed by a capitalised word goes on: "Mary E. Lovely", "Lt. Matt Harris", "U.S. Attorney".
    """
    limit = min(limit, len(text))
    found = _MENTION_END_CHAR.search(text, start, limit)
    while (
        found is not None
        and lexicon is not None
        and found.group() == "."  # most stops are commas: only a dot may be an abbreviation's
        and abbreviation_dot(text, found.start(), lexicon)
    ):
        found = _MENTION_END_CHAR.search(text, found.start() + 1, limit)
    return found.start() if found else limit


def mention_after(text: str, start: int, lexicon: Lexicon) -> Mention | None:
    """The mention that follows a cue: up to punctuation, a stop word or ten words.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> t = "Kombes Yudha Pratama dalam jumpa pers"
        >>> mention_after(t, 0, lexicon_for("id")).text
        'Kombes Yudha Pratama'
    """
    stop = _until_punctuation(text, start, start + _WINDOW, lexicon)
    taken: list[Word] = []
    for word in words(text, start, stop)[:_MENTION_MAX]:
        if _stops_mention(word, lexicon) and not _joins_mention(taken, word, lexicon):
            if not taken:
                return None
            break
        if taken and _manner_after_name(taken[-1], word, lexicon):
            break  # "kata Brotoseno bergurau", "kata dia lagi": how it was said, not who
        if taken and word.text in lexicon.relatives and all(is_capitalized(w.text) for w in taken):
            break  # "dikatakan Mahfud yang sudah 20 tahun menanam tebu": the clause describes him
        taken.append(word)
    if not taken:
        return None
    return parse_mention(text, taken[0].start, taken[-1].end, lexicon)


def _manner_after_name(last: Word, word: Word, lexicon: Lexicon) -> bool:
    """Whether ``word`` tells how a name or pronoun spoke: an adverb or a verb form after it."""
    if is_capitalized(word.text) or not (is_capitalized(last.text) or last.lower in lexicon.pronouns):
        return False
    return word.lower in lexicon.adverbs or verb_like(word.lower, lexicon)


def _stops_mention(word: Word, lexicon: Lexicon) -> bool:
    """Whether a word ends a mention: a stop word, unless written as an acronym ("WHO")."""
    return word.lower in lexicon.mention_stops and not (len(word.text) > 1 and word.text.isupper())


def _speaks_for(taken: Sequence[Word], word: Word, lexicon: Lexicon) -> bool:
    """Whether ``word`` joins a spokesperson to the organization: "a spokesperson for …"."""
    return bool(taken) and word.lower in lexicon.spokesperson_links and taken[-1].lower in lexicon.spokesperson_words


def _joins_mention(taken: Sequence[Word], word: Word, lexicon: Lexicon) -> bool:
    """Whether a stop word goes on with the mention: "a spokesman for …", "the mayor of …"."""
    return (
        _speaks_for(taken, word, lexicon) or office_starts(taken, word, lexicon) or source_starts(taken, word, lexicon)
    )


def _addressee(text: str, start: int, lexicon: Lexicon) -> str | None:
    """The addressee in an attribution phrase: "kepada wartawan", "told reporters", "kepada situs Page Six"."""
    stop = _until_punctuation(text, start, start + 80, lexicon)  # "kepada Kompas.com" keeps its dot
    ws = words(text, start, stop)[:8]
    for index, word in enumerate(ws[:-1]):
        if word.lower in lexicon.addressee_preps:
            return _object_name(text, ws, index + 1, lexicon)
    return None


def cue_after(text: str, close: int, lexicon: Lexicon, *, unnamed: bool = False, opening: bool = False) -> Cue | None:
    """The cue right after a closing quote mark at ``close``, if any.

    With ``unnamed`` (a direct quotation's cue), an indefinite description is an unnamed
    speaker (:func:`unnamed_description`): '"…," said a broker.' With ``opening`` too (the
    quotation opens its sentence), so is any definite one (:func:`definite_description`):
    '"…," said the woman.' (not 'After hitting "Song," the singer told …').

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> t = '"Rusia tidak akan mundur," tegas Ushakov kepada media.'
        >>> cue = cue_after(t, 25, lexicon_for("id"))
        >>> cue.word.text, cue.mention.text, cue.addressee
        ('tegas', 'Ushakov', 'media')
    """
    start = close + 1
    ws = words(text, start, min(len(text), start + _WINDOW))[: _MENTION_BEFORE_MAX + 2]
    if not ws or text[start : ws[0].start].strip(" ,—–-\u00a0"):
        return None
    first = ws[0]
    low = first.lower
    if _clitic_root(low, lexicon):
        clitic = attrs.evolve(parse_mention(text, first.start, first.end, lexicon), kind="clitic")
        return Cue(first, clitic, _addressee(text, first.end, lexicon), _phrase_end(text, first.end))
    if low in lexicon.post_cues and low not in lexicon.addressee_verbs:  # "…," tells X: X is told
        after = mention_after(text, first.end, lexicon)
        if after is not None and not plausible_mention(text, after, lexicon):
            # '"…," said a broker.', '"…," said the woman.'
            after = _unnamed_or_described(text, after, lexicon, definite=opening) if unnamed else None
        if after is not None:
            after = set_off_speaker(text, after, lexicon)
        if after is not None and _closes_clause(text, after, lexicon) and not _clause_after(text, after, lexicon):
            return Cue(first, after, _addressee(text, after.end, lexicon), _phrase_end(text, after.end))
        described = _long_description(text, first.end, lexicon)
        if described is not None:
            return Cue(first, described, None, described.end)
        return None
    if not lexicon.speaker_before_cue:
        return None  # Indonesian writes the cue before the speaker: "…," kata X, never "…," X kata
    return _cue_after_mention(text, ws, lexicon, described=unnamed, opening=opening)


def _unnamed_or_described(text: str, mention: Mention, lexicon: Lexicon, *, definite: bool) -> Mention | None:
    """An indefinite description at a direct quote's cue, or with ``definite`` a definite one."""
    found = unnamed_description(text, mention, lexicon)
    if found is None and definite:
        found = definite_description(text, mention, lexicon)
    return found


#: Mention kinds that name or point at the speaker themselves (an appositive adds nothing).
_NAMED_KINDS = frozenset({"name", "pronoun", "clitic"})

#: An age in brackets after a name: "Srikandi Paramitha (34)".
_AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)")


def _named_after(text: str, mention: Mention, lexicon: Lexicon) -> Mention | None:
    """The person's full name set off by a comma after a description or a role at a cue.

    "kata vokalis Kapal Kertas, Gerald Manuhutu, saat …", "kata salah satu konsumen,
    Srikandi Paramitha (34), saat …": the name (two words or more, or one with an age), then
    a comma, a full stop or the end. A place is no name: "kata seorang warga, Bogor, …".
    """
    run = set_off_name(text, mention.end, lexicon)
    if run is None:
        return None
    end = run[-1].end
    aged = _AGE_AFTER.match(text, end)
    if aged:
        end = aged.end()
    # (a nickname may follow: "kata Koordinator Laskar Kalimaya, Dede Koswara alias Kang Ebod.")
    closed = text[end : end + 1] in {",", ".", ""} or _nickname_at(text, end, lexicon)
    if not closed or (len(run) < 2 and not aged):
        return None
    found = parse_mention(text, run[0].start, run[-1].end, lexicon)
    return found if found.kind == "name" else None


#: An organization's short name in brackets and the words after it, up to a comma: " (PKN) chairman,".
_ACRONYM_THEN = re.compile(r"\s*\([A-Z][A-Za-z0-9&]{1,11}\)((?: [\w’'-]+){0,4})(?=,)")


def set_off_speaker(text: str, mention: Mention, lexicon: Lexicon) -> Mention:
    """The person's name a mention of a role or a description sets off with a comma, else the mention.

    A description, or a role before an affiliation's name ("kata vokalis Kapal Kertas, Gerald
    Manuhutu,", "kata salah satu konsumen, Srikandi …", "kata Ketua Bawaslu Tolitoli, Budi
    Santoso,", "Menurut Kepala Desa Sukamaju, Rudi Hartono, …"), also past an organization's
    bracketed short name ("said the National Welfare Party (PKN) chairman, Zulfikar Rasyid").
    A person's own name keeps the mention: "According to Budi Raharjo, an analyst at Kenari, …".

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> from newsmodel.quotes._speakers import parse_mention
        >>> t = "kata Ketua Bawaslu Tolitoli, Budi Santoso, di kantornya"
        >>> id_ = lexicon_for("id")
        >>> set_off_speaker(t, parse_mention(t, 5, 27, id_), id_).text
        'Budi Santoso'
    """
    found = _named_past_acronym(text, mention, lexicon)
    if found is not None:
        return found
    first = first_word(text, mention.start, mention.end)
    if (
        mention.kind not in _NAMED_KINDS
        or text[mention.start : mention.start + 1].islower()
        or (first is not None and mention.kind == "name" and is_title(first.lower, lexicon))
    ):
        return _named_after(text, mention, lexicon) or mention
    return mention


def _named_past_acronym(text: str, mention: Mention, lexicon: Lexicon) -> Mention | None:
    """The person's name set off after an organization's bracketed short name that ends a mention.

    "said the National Welfare Party (PKN) chairman, Zulfikar Rasyid", "kata Ketua Badan
    Pengawas Pemilu (Bawaslu) Tolitoli, Budi Santoso": the mention stopped at the bracket; the
    role goes on after it up to the comma, and the name after the comma is the speaker.
    """
    found = _ACRONYM_THEN.match(text, mention.end)
    if found is None or any(w.lower in lexicon.mention_stops for w in words(text, found.start(1), found.end(1))):
        return None  # ("… (WHO) in a statement, …": the mention ended there)
    return _named_after(text, attrs.evolve(mention, end=found.end()), lexicon)


#: The most words of a description with a relative clause after a cue.
_DESCRIPTION_LONG = 25
# Where a long description after a cue may end: clause punctuation or a quote mark.
_DESCRIPTION_END = re.compile(r'[,.;:!?"“”]')


def _long_description(text: str, start: int, lexicon: Lexicon) -> Mention | None:
    """A description with a relative clause, closed by a demonstrative, after a cue.

    "kata pria yang menjabat sebagai Presiden Direktur PT Isuzu Astra Motor Indonesia
    (IAMI) ini": longer than a mention, it still names who spoke.
    """
    found = _DESCRIPTION_END.search(text, start, start + _WINDOW)
    ws = words(text, start, found.start() if found else min(len(text), start + _WINDOW))
    if not 3 <= len(ws) <= _DESCRIPTION_LONG or ws[-1].lower not in lexicon.demonstratives:
        return None
    head = ws[0].lower
    if not (head in lexicon.person_nouns or head in lexicon.anonymous or head in lexicon.roles):
        return None
    if not any(w.lower in lexicon.relatives for w in ws[1:3]):
        return None  # "pria yang …", "sumber yang …": the clause after the head describes it
    return parse_mention(text, ws[0].start, ws[-1].end, lexicon)


def plausible_mention(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a mention after a cue names a speaker rather than starting a clause.

    Names and organizations end with a capitalised word ("Maya Lim", not "LSEG data"); a
    description is short and definite ("the company", "pemain berusia 22 tahun itu").
    """
    ws = words(text, mention.start, mention.end)
    if not ws or len(ws) > _MENTION_MAX:
        return False
    kind = mention.kind
    if kind not in {"pronoun", "clitic"} and _holds_verb(ws, lexicon):
        return False  # "…, said investigators had already interviewed …": a clause, not its subject
    if kind in {"pronoun", "clitic", "anonymous", "role", "spokesperson"}:
        return True
    if kind in {"name", "org"}:
        return is_capitalized(ws[-1].text)
    lows = [w.lower for w in ws]
    if lows[-1] in lexicon.demonstratives:
        return True  # "pemain berusia 22 tahun itu"
    if len(lows) >= 2 and lows[0] in lexicon.definite_articles and AGE_ADJECTIVE.match(lows[1]):
        return True  # "the 41-year-old Hartono", "the 58-year-old Filipino"
    if _headed_description(lows, lexicon) or leader_idiom(lows, lexicon):
        return True  # ("kata orang nomor satu di Polda Jambi itu": the holder of the top office)
    if len(ws) > _DESCRIPTION_MAX:
        return False
    if any(low in lexicon.org_words or low in lexicon.generic_orgs for low in lows):
        return True  # "perusahaan", "the finance ministry"
    known = lexicon.anonymous | lexicon.roles | lexicon.places | frozenset(lexicon.role_abbreviations)
    definite = lows[0] in lexicon.articles or lows[0] in lexicon.demonstratives or is_possessive(lows[0])
    return definite and any(low in known for low in lows[1:])


def _headed_description(lows: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a description's head noun makes it a speaker, however modified.

    A body's: "the religious affairs ministry"; or (English, a few words) a person's: "its
    co-founder", "a local police chief" (a role after "the" too: "the deputy police chief").
    """
    if lows[0] in lexicon.definite_articles and (lows[-1] in lexicon.org_words or lows[-1] in lexicon.generic_orgs):
        return True
    determined = lows[0] in lexicon.articles or lows[0] in lexicon.demonstratives or is_possessive(lows[0])
    if not determined or not lexicon.org_head_final or not lexicon.coordinators.isdisjoint(lows):
        return False  # (not "the singer and guitarist": two nouns, one of them perhaps the clause's)
    head = lows[-1]
    if head in lexicon.roles or head in lexicon.anonymous or head in lexicon.ranks:
        return len(lows) <= _PERSON_DESCRIPTION_MAX
    # "its co-founder" (not "the singer": 'After hitting “Song,” the singer told …' narrates)
    return (
        lows[0] not in lexicon.definite_articles and len(lows) <= _AGENT_DESCRIPTION_MAX and person_noun(head, lexicon)
    )


#: The most words of a description headed by a role: "a local police chief"; by another
#: noun for a person (an agent noun, which may be a thing's: "a use disorder"): "its co-founder".
_PERSON_DESCRIPTION_MAX = 5
_AGENT_DESCRIPTION_MAX = 3

#: The most words of an indefinite description that stands for an unnamed speaker ("a Chicago-based broker").
_INDEFINITE_MAX = 4


def unnamed_description(text: str, mention: Mention, lexicon: Lexicon) -> Mention | None:
    """An indefinite description right at a direct quote's cue, as an unnamed speaker.

    '"…," said a broker.', '"…," a Chicago-based broker said': somebody the text does not
    name, as "a police officer" is (kind ``anonymous``), whatever the noun. Only a quotation's
    cue reads it so: a subject such as "a new study" or "a deal" reports no speech.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> en = lexicon_for("en")
        >>> t = "said a broker"
        >>> unnamed_description(t, parse_mention(t, 5, 13, en), en).kind
        'anonymous'
        >>> unnamed_description("the company", parse_mention("the company", 0, 11, en), en) is None
        True
    """
    ws = words(text, mention.start, mention.end)
    if (
        not _short_description(ws, lexicon)
        or ws[0].lower not in lexicon.indefinite_articles
        or any(w.lower in lexicon.org_words or w.lower in lexicon.generic_orgs for w in ws)
        or any(is_capitalized(w.text) and "-" not in w.text for w in ws[1:])  # "a Chicago-based broker"
    ):
        return None
    return attrs.evolve(mention, kind="anonymous")


def definite_description(text: str, mention: Mention, lexicon: Lexicon) -> Mention | None:
    """A short definite description right at a direct quote's cue, as the speaker's mention.

    '"…," said the woman.', '"…," said the mother of two.': a common noun for somebody the
    text introduced, whatever the noun (a role word is not needed); '"…," said his wife.':
    somebody the text does not name (kind ``anonymous``). Documents ("said the survey"),
    phrases running into a verb and coordinated nouns ("the singer and guitarist told …",
    where the quote may be a song's title) are none.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> en = lexicon_for("en")
        >>> t = "said the mother of two"
        >>> definite_description(t, parse_mention(t, 5, 22, en), en).text
        'the mother of two'
        >>> t = "said the survey"
        >>> definite_description(t, parse_mention(t, 5, 15, en), en) is None
        True
    """
    ws = words(text, mention.start, mention.end)
    first = ws[0].lower if ws else ""
    if (
        # (a place may modify the noun: "the Gorontalo provincial police")
        not _short_description(ws, lexicon)
        or not (first in lexicon.definite_articles or first in lexicon.possessives)
        or any(w.lower in lexicon.coordinators or w.lower in lexicon.documents for w in ws[1:])
    ):
        return None
    # "his wife" is somebody other than him, named nowhere near: an unnamed speaker
    return attrs.evolve(mention, kind="anonymous" if first in lexicon.possessives else "description")


def _short_description(ws: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether words have a description's shape at a quotation's cue.

    Two to four words, a lower-case noun last that is no record ("said the survey"), and no
    verb ("said investigators had …").
    """
    return (
        2 <= len(ws) <= _INDEFINITE_MAX
        and ws[-1].text.islower()
        and ws[-1].lower not in lexicon.documents
        and not _holds_verb(ws, lexicon)
    )


#: The fewest words of a mention whose last word, a past form, is its verb: "the government
#: expected" (not "the accused").
_VERB_ENDED = 3


def _holds_verb(ws: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether a mention's words run into a verb.

    A predicate word ("had", "akan") before any relative word ("who", "yang"), or a past
    form ending three words or more.
    """
    last = ws[-1]
    if (
        len(ws) >= _VERB_ENDED
        and last.text == last.lower
        and past_form(last.lower, lexicon)
        and not _determines(ws[-2].lower, lexicon)  # "one of the injured": a noun
    ):
        return True
    for word in ws:
        if word.lower in lexicon.relatives:
            return False  # "seorang warga yang sudah lama …": the relative clause may hold one
        if word.text == word.lower and word.lower in lexicon.predicates and word.lower not in lexicon.pronouns:
            return True  # (a pronoun is no verb: "he and his wife Kali explained"; nor is "Theresa May")
    return False


def _clause_after(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether an inverted cue's mention runs into a verb, so the words make a clause.

    "…, said many schools in remote areas did not …" is what was said, not who said it. Only
    where the speaker otherwise comes before the cue ("…, Doe said"): Indonesian writes "kata X"
    with an adverb of manner after the name ("kata Budi singkat", "kata dia tidak").
    """
    if not lexicon.speaker_before_cue:
        return False
    following: list[Word] = []
    for word in words(text, mention.end, _phrase_end(text, mention.end)):
        if word.lower in lexicon.subordinators or word.lower in lexicon.relatives:
            break  # "said Jane Roe after she was released": a clause of its own, the quote's adjunct
            # ("said a broker who asked not to be named": a relative clause describes the speaker)
        if word.lower not in lexicon.adverbs:
            following.append(word)
    return bool(following) and _holds_verb(following, lexicon)


def _determines(low: str, lexicon: Lexicon) -> bool:
    """Whether a word makes the next one a noun: an article, a demonstrative or "of"."""
    return low in lexicon.articles or low in lexicon.demonstratives or low in lexicon.affiliation_links


def _closes_clause(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a mention ends its clause: punctuation, the text's end, or an adjunct follows."""
    rest = text[mention.end : mention.end + 40].lstrip()
    if not rest or rest[0] in _MENTION_END:
        return True
    # the block's cached words, not a new string's: a slice would be tokenised afresh
    following = first_word(text, mention.end)
    if following is None:
        return False
    if following.lower in lexicon.mention_stops:
        return True
    named = words(text, mention.start, mention.end)
    if _said_of_the_name(text, mention, named, following, lexicon):
        return True
    if not lexicon.speaker_before_cue and verb_like(following.lower, lexicon) and following.text.islower():
        return True  # "kata Sulastri menjawab pertanyaan jaksa": an adjunct after the speaker
    # "kata Brotoseno bergurau.", "kata dia lagi.": one word of manner, then the clause ends
    # (or adverbs only: "kata Bupati … secara terpisah.")
    if not named or not _manner_after_name(named[-1], following, lexicon):
        return False
    if _ends_after(text, following):
        return True
    manner = words(text, following.end, following.end + _MANNER_REACH)[: _MANNER_WORDS - 1]
    for index, word in enumerate(manner):
        if (
            word.lower not in lexicon.adverbs
            or text[(manner[index - 1] if index else following).end : word.start] != " "
        ):
            return False
        if _ends_after(text, word):
            return True
    return False


#: The most words of manner after a cue's speaker ("secara terpisah"), and how far they may reach.
_MANNER_WORDS = 3
_MANNER_REACH = 40


def _said_of_the_name(text: str, mention: Mention, named: Sequence[Word], following: Word, lexicon: Lexicon) -> bool:
    """Whether a name's nickname or a relative clause about it follows: the attribution ends with the name.

    "kata …, Dede Koswara alias Kang Ebod.", "kata Mahfud yang sudah 20 tahun menanam tebu".
    """
    if not named or not all(is_capitalized(w.text) for w in named):
        return False
    return following.text in lexicon.relatives or _nickname_at(text, mention.end, lexicon)


def _nickname_at(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a nickname marker follows ``end``: "Dede Koswara| alias Kang Ebod"."""
    return any(text.startswith(f" {marker} ", end) for marker in lexicon.nickname_markers)


def _ends_after(text: str, word: Word) -> bool:
    """Whether clause punctuation or the text's end comes right after ``word``."""
    rest = text[word.end : word.end + 3].lstrip()
    return not rest or rest[0] in _MENTION_END


#: The most words after a post-posed verb that still end its clause: "Doe told reporters".
_OBJECT_MAX = 4


def _verb_closes(text: str, verb: Word, lexicon: Lexicon) -> bool:
    """Whether a verb after its subject ends the attribution rather than opening a clause.

    "…, Doe said." / "…, Doe told reporters." / "…, Doe told the Detroit Free Press on Monday."
    end it; "…, he admitted that he took …" and "…, Doe said he was fine." go on.
    """
    ws = words(text, verb.end, _until_punctuation(text, verb.end, verb.end + _WINDOW, lexicon))
    if not ws:
        return True
    first = ws[0].lower
    if first in lexicon.complementizers or first in lexicon.pronouns:
        return False
    if first in lexicon.mention_stops or first in lexicon.adjunct_heads:
        return True
    for index, word in enumerate(ws):
        if _stops_mention(word, lexicon):
            if (
                word.lower in lexicon.complementizers
                and verb.lower in lexicon.addressee_verbs
                and not _that_time(ws, index, lexicon)
            ):
                return False  # "…, Ford's father told Starner that …": the verb opens a clause
            ws = ws[:index]  # "told reporters in Medan on Monday": an adjunct after the object
            break
    while len(ws) > 1 and (_time_word(ws[-1].lower, lexicon) or ws[-1].lower in lexicon.demonstratives):
        ws = ws[:-1]  # "told ABC North West Queensland this morning": a time after the object
    if verb.lower not in lexicon.addressee_verbs:
        # only "told" takes an object here: "…, he wrote poems." is narration, not a final cue,
        # while "…, Doe said Monday." / "…, she added later." end the attribution
        return all(_time_word(w.lower, lexicon) for w in ws)
    named = all(is_capitalized(w.text) for w in ws[1:])  # "the Detroit Free Press"
    return len(ws) <= _OBJECT_MAX or named


def _that_time(ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether "that" at ``ws[index]`` points at a time: "told reporters that evening"."""
    return index + 1 < len(ws) and (ws[index + 1].lower in _TIMES_OF_DAY or _time_word(ws[index + 1].lower, lexicon))


#: Times a demonstrative may point at after a cue's object ("that evening"), besides the calendar.
_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "day", "week", "month", "year"})


def _time_word(low: str, lexicon: Lexicon) -> bool:
    """Whether a word after a final cue says when or how rather than what: an object.

    A day, month or time of day, an adverb, an "-ly" word, a number, or a reflexive ("he
    assures himself").
    """
    return low in lexicon.calendar or low in lexicon.adverbs or low.endswith(("ly", "self", "selves")) or low.isdigit()


#: The most words of a name told something: "told Channel Seven News".
_OBJECT_NAME_MAX = 4


def _object_name(text: str, ws: Sequence[Word], index: int, lexicon: Lexicon) -> str:
    """Who is told: the word at ``ws[index]`` past an article, with the name it starts or heads.

    "reporters", "the Detroit Free Press" (without "the"), "Channel Seven News", "situs Page
    Six" (a noun and the name after it).
    """
    if ws[index].lower in lexicon.articles and index + 1 < len(ws):
        index += 1
    last = index
    while (
        last + 1 < len(ws)
        and last + 1 - index < _OBJECT_NAME_MAX
        and is_capitalized(ws[last + 1].text)
        and ws[last + 1].lower not in lexicon.calendar  # "told reporters Monday"
        and not text[ws[last].end : ws[last + 1].start].strip()
        and (is_capitalized(ws[index].text) or last == index or is_capitalized(ws[last].text))
    ):
        last += 1
    return text[ws[index].start : ws[last].end]


def _opens_mention(word: Word, lexicon: Lexicon) -> bool:
    """Whether a speaker's mention may start with ``word``: a name, a pronoun, "sumber", "this"."""
    low = word.lower
    known = low in lexicon.pronouns or low in lexicon.anonymous or low in lexicon.demonstratives
    # an organization's word in lower case: "…, police said"
    return known or is_capitalized(word.text) or low in lexicon.org_words or low in lexicon.generic_orgs


def _perfect_before_cue(ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether ``ws[index]`` is a perfect auxiliary right before a post cue: "have" in "have said"."""
    return (
        0 < index < len(ws) - 1
        and ws[index].lower in lexicon.perfect_auxiliaries
        and ws[index + 1].lower in lexicon.post_cues
    )


#: The most lower-case words of a title before a name: "union president", "deputy party chairman".
_TITLE_WORDS_MAX = 3


def _titled_name(ws: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether words are a title in lower case, then a name: "union president Josué Amarantes".

    The title's last word is a role, rank or honorific; every word after it is capitalised.
    """
    first = next((i for i, w in enumerate(ws) if is_capitalized(w.text)), None)
    return (
        first is not None
        and 1 <= first <= _TITLE_WORDS_MAX
        # (or a noun for a person: "…," survivor Noviana Rahakbauw, 34, told …)
        and (is_title(ws[first - 1].lower, lexicon) or person_noun(ws[first - 1].lower, lexicon))
        and all(is_capitalized(w.text) for w in ws[first:])
    )


def _cue_after_mention(
    text: str, ws: Sequence[Word], lexicon: Lexicon, *, described: bool = False, opening: bool = False
) -> Cue | None:
    """A short mention, then the cue: "…," Doe said / "…," the person said.

    With ``described`` (a direct quotation's cue), an indefinite description is an unnamed
    speaker: '"…," a broker said'; with ``opening`` too, any definite description is a mention.
    """
    ws = [w for w in ws if not _AGE_SET_OFF.fullmatch(text, max(0, w.start - 2), w.end + 1)]
    for index in range(1, min(len(ws), _MENTION_BEFORE_MAX + 1)):
        word = ws[index]
        if _perfect_before_cue(ws, index, lexicon):
            continue  # "…, scientists have said": the cue is the next word
        gap = text[ws[index - 1].end : word.start]
        if _AGE_GAP.fullmatch(gap):
            gap = " "  # '"…," crew member Tarsono, 33, told CNA': the age set off adds nothing
        if gap.strip() == "," and all(is_capitalized(w.text) for w in ws[:index]):
            # "…," Jane Roe, the mayor, said (a relative clause only after a quotation: "Her son,
            # Wilber, who studied …, tells me that …" reports no "Her son")
            return _cue_after_appositive(text, ws[:index], lexicon, relative=described)
        if gap.strip() == "," and _describes(ws[:index], lexicon):
            return _cue_after_described_name(text, ws, index, lexicon)  # "…," the director, Jane Roe, said
        if gap.strip() == "," and described and word.lower in _PERSON_RELATIVES:
            return _cue_after_relative(text, ws[:index], word, lexicon, opening=opening)
        if gap.strip() and not (gap.rstrip() == "." and abbreviation_dot(text, ws[index - 1].end, lexicon)):
            return None  # only spaces, or the dot of an initial: "Mary E. Lovely said"
        capital = is_capitalized(word.text)  # "the United States said": part of the name
        if not capital and (word.lower in lexicon.post_cues or word.lower in lexicon.preposed_cues):
            head = ws[0]
            unnamed = ws[index - 1].lower in lexicon.anonymous  # "shipping industry sources said"
            titled = _titled_name(ws[:index], lexicon)
            if not (_opens_mention(head, lexicon) or head.lower in lexicon.articles or unnamed or titled):
                return None  # (a title in lower case opens a name: "…," chairman Desmond Yarrow said)
            last = index - 1
            if _perfect_before_cue(ws, index - 1, lexicon):
                last = index - 2
                if text[word.end :].lstrip()[:1] not in {".", ",", ";", ""}:
                    return None  # only a closing cue: "…, scientists have said." (not "have responded with …")
            found: Mention | None = parse_mention(text, head.start, ws[last].end, lexicon)
            if found is not None and not plausible_mention(text, found, lexicon):
                # '"…," a broker said', '"…," the woman said'
                found = _unnamed_or_described(text, found, lexicon, definite=opening) if described else None
            if found is None or not _verb_closes(text, word, lexicon):
                return None
            mention = found
            addressee = _addressee(text, word.end, lexicon)
            if addressee is None and word.lower in lexicon.addressee_verbs and index + 1 < len(ws):
                addressee = _object_name(text, ws, index + 1, lexicon)
            return Cue(word, mention, addressee, _phrase_end(text, word.end))
        if (not capital and word.lower in lexicon.cue_forms) or (
            _stops_mention(word, lexicon) and not _joins_mention(ws[:index], word, lexicon)
        ):
            return None
    return None


#: An age set off by commas after a name: ", 33," in "crew member Tarsono, 33, told".
_AGE_SET_OFF = re.compile(r", \d{1,3},")
_AGE_GAP = re.compile(r", \d{1,3}, ")

#: The most words of an appositive between a speaker's name and the cue ("Teresa's husband
#: and Tor's editor in chief").
_APPOSITIVE_MAX = 12


def _cue_after_appositive(text: str, name: Sequence[Word], lexicon: Lexicon, *, relative: bool = False) -> Cue | None:
    """A name, an appositive between commas, then the cue: "…," Jane Roe, the mayor, said.

    The appositive opens like a role ("the mayor", "a trade economist", "Doe's lawyer",
    "spokeswoman for …", "field coordinator for …"), or with ``relative`` (a direct quotation's
    cue) is a relative clause about the person ("…," Doe, who chairs the committee, told …).
    """
    comma = name[-1].end + text[name[-1].end :].index(",")
    end = _until_punctuation(text, comma + 1, comma + 1 + _WINDOW)
    phrase = words(text, comma + 1, end)
    if not phrase or len(phrase) > _APPOSITIVE_MAX or not text.startswith(",", end):
        return None
    head = phrase[0].lower
    if not (
        head in lexicon.articles
        or is_possessive(head)
        or head in lexicon.roles
        or (relative and head in _PERSON_RELATIVES)  # "…," Doe, who chairs the committee, told
        or any(person_noun(w.lower, lexicon) and w.text.islower() for w in phrase[1:3])  # "field coordinator for …"
    ):
        return None
    verb = _verb_after_comma(text, end, lexicon)
    if verb is None:
        return None
    mention = parse_mention(text, name[0].start, name[-1].end, lexicon)
    if not plausible_mention(text, mention, lexicon) or not _verb_closes(text, verb, lexicon):
        return None
    return _cue_told(text, verb, mention, lexicon)


#: Relative words that open a clause about a person ("who chairs …"), not a thing ("which").
_PERSON_RELATIVES = frozenset({"who", "whose"})


def _cue_after_relative(
    text: str, described: Sequence[Word], relative: Word, lexicon: Lexicon, *, opening: bool
) -> Cue | None:
    """A description, a relative clause set off by commas, then a direct quotation's cue.

    '"…," one rider, who gave only his first name, Jun, told AFP.', '"…," a guard, who asked
    not to be named, said.': the description is the mention (the clause may name the person,
    or say nobody is named); the cue is the first post-posed verb right after a comma.
    """
    clause = words(text, relative.end, relative.end + _WINDOW)[:_RELATIVE_MAX]
    verb = next(
        (
            w
            for w in clause
            if w.text.islower() and w.lower in lexicon.post_cues and text[: w.start].rstrip().endswith(",")
        ),
        None,
    )
    if verb is None or not _verb_closes(text, verb, lexicon):
        return None
    mention: Mention | None = parse_mention(text, described[0].start, described[-1].end, lexicon)
    if mention is not None and not plausible_mention(text, mention, lexicon):
        mention = _unnamed_or_described(text, mention, lexicon, definite=opening)
    if mention is None or mention.kind not in _DESCRIBED:
        return None
    return _cue_told(text, verb, mention, lexicon)


#: The most words of a relative clause between a description and its cue.
_RELATIVE_MAX = 16


def _verb_after_comma(text: str, comma: int, lexicon: Lexicon) -> Word | None:
    """The post-posed cue right after the comma at ``comma``: "…, Jane Roe, the mayor, said"."""
    verb = first_word(text, comma + 1, comma + 1 + _WINDOW)
    if verb is None or text[comma + 1 : verb.start].strip() or verb.lower not in lexicon.post_cues:
        return None
    return verb


def _cue_told(text: str, verb: Word, mention: Mention, lexicon: Lexicon) -> Cue:
    """The cue with its addressee: "said to reporters", "told Reuters"."""
    addressee = _addressee(text, verb.end, lexicon)
    if addressee is None and verb.lower in lexicon.addressee_verbs:
        told = words(text, verb.end, _phrase_end(text, verb.end))  # "told reporters"
        addressee = _object_name(text, told, 0, lexicon) if told else None
    return Cue(verb, mention, addressee, _phrase_end(text, verb.end))


def _describes(ws: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether words are a definite description ending with a role: "the company's operations director"."""
    first = ws[0].lower
    definite = first in lexicon.definite_articles or is_possessive(first) or first in lexicon.possessives
    return definite and is_title(ws[-1].lower, lexicon) and not any(is_capitalized(w.text) for w in ws[1:])


def _cue_after_described_name(text: str, ws: Sequence[Word], index: int, lexicon: Lexicon) -> Cue | None:
    """A description, the name set off after it, then the cue: "…," the director, Jane Roe, said."""
    name: list[Word] = []
    for word in ws[index:]:
        if not is_capitalized(word.text) or (name and not _plain_gap(text, name[-1], word)):
            break
        name.append(word)
    if not name or not text.startswith(",", name[-1].end):
        return None
    verb = _verb_after_comma(text, name[-1].end, lexicon)
    if verb is None:
        return None
    mention = parse_mention(text, name[0].start, name[-1].end, lexicon)
    if mention.kind != "name" or not _verb_closes(text, verb, lexicon):
        return None
    return _cue_told(text, verb, mention, lexicon)


def _phrase_end(text: str, start: int) -> int:
    """The end of an attribution phrase: the next comma, period or quote mark."""
    return _until_punctuation(text, start, start + _WINDOW)


def cue_before(
    text: str, sentence_start: int, opening: int, lexicon: Lexicon, registry: Registry | None = None
) -> Cue | None:
    """A pre-posed cue ending right before the opening mark at ``opening``.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> t = 'Ratih mengatakan, "Target boleh ada."'
        >>> cue = cue_before(t, 0, 18, lexicon_for("id"))
        >>> cue.word.text, cue.mention.text
        ('mengatakan', 'Ratih')
    """
    start = max(sentence_start, opening - _WINDOW)
    ws = words(text, start, opening)
    if not ws:
        return None
    gap = text[ws[-1].end : opening]
    if gap.strip(" ,:\u00a0"):
        return None
    return (
        _according(text, ws, lexicon)
        or _cue_then_mention(text, ws, lexicon)
        or _agent_then_cue(text, start, ws, lexicon, registry, set_off=bool(gap.strip()))
    )


def _according(text: str, ws: Sequence[Word], lexicon: Lexicon) -> Cue | None:
    """The cue "Menurut X," / "According to X," right before a quote."""
    tail = ws[-(_MENTION_MAX + 2) :]
    for parts in lexicon.according_words:
        size = len(parts)
        for index in range(len(tail) - size):
            if tail[index].lower == parts[0] and tuple(w.lower for w in tail[index : index + size]) == parts:
                cue = make_word(
                    text[tail[index].start : tail[index + size - 1].end], tail[index].start, tail[index + size - 1].end
                )
                found = parse_mention(text, tail[index + size].start, tail[-1].end, lexicon)
                commas = text.count(",", found.start, found.end)
                # "his aunt, Jane Starner": one comma, then who the description is
                mention = found if commas == 0 else _named_after_comma(text, found, lexicon) if commas == 1 else None
                if mention is not None:
                    return Cue(cue, mention, None, tail[-1].end)
    return None


def _named_after_comma(text: str, mention: Mention, lexicon: Lexicon) -> Mention | None:
    """The name after the comma of "his aunt, Jane Starner" (a description, then who it is)."""
    comma = text.find(",", mention.start, mention.end)
    named = words(text, comma + 1, mention.end)
    if not named or not all(is_capitalized(w.text) for w in named) or not name_words(named, lexicon):
        return None
    return parse_mention(text, named[0].start, named[-1].end, lexicon)


#: The most words of a mention between a pre-posed cue and its comma; beyond three words, only
#: when the cue opens the sentence.
_PREPOSED_MENTION_MAX = 7
_SHORT_MENTION = 3


def _cue_then_mention(text: str, ws: Sequence[Word], lexicon: Lexicon) -> Cue | None:
    """A post cue, a short mention, a comma, then the quote: "Kata dia," / "Ujar Budi,".

    Without the comma, or with a mention that names nobody, it is no cue: "Kata kunci "…"".
    """
    if lexicon.speaker_before_cue or not text[ws[-1].end : ws[-1].end + 3].lstrip().startswith((",", ":")):
        return None
    for size in range(1, _PREPOSED_MENTION_MAX + 1):
        if len(ws) <= size:
            return None
        cue = ws[-size - 1]
        if cue.lower in lexicon.post_cues and (size <= _SHORT_MENTION or is_capitalized(cue.text)):
            # (a long mention only after a capitalised cue, one opening its sentence: "Kata Wali
            # Kota Pekalongan Fadhilah Aziz, "…"")
            if any(ch in text[cue.end : ws[-1].end] for ch in ",.;"):
                return None
            mention = parse_mention(text, ws[-size].start, ws[-1].end, lexicon)
            return Cue(cue, mention, None, ws[-1].end) if plausible_mention(text, mention, lexicon) else None
    return None


def _agent_then_cue(
    text: str, start: int, ws: Sequence[Word], lexicon: Lexicon, registry: Registry | None, *, set_off: bool = True
) -> Cue | None:
    """A subject and a reporting verb before a quote: "X mengatakan," / "X said:".

    ``set_off``: a comma or colon stands between the words and the quotation.
    """
    index = len(ws) - 1
    addressee: str | None = None
    if index >= 2 and ws[index - 1].lower in lexicon.addressee_preps:
        addressee = ws[index].text
        index -= 2
    elif set_off:
        told = _told_before(text, ws, lexicon)
        if told is not None:  # "Morrison told the Intelligence Committee, “…”"
            addressee = _object_name(text, ws, told + 1, lexicon)
            index = told
    cue = ws[index]
    if cue.lower not in lexicon.preposed_cues and cue.lower not in lexicon.opening_cues:
        return None
    if (
        index
        and cue.lower in lexicon.present_cues
        and (ws[index - 1].lower in lexicon.articles or ws[index - 1].lower in lexicon.possessives)
    ):
        return None  # "called the claims “deeply alarming”", "her reports": a noun, no verb
    mention = agent_before(text, start, cue.start, lexicon, registry)
    if mention is None:
        return None
    return Cue(cue, mention, addressee, ws[-1].end)


def _in_title(text: str, start: int, offset: int) -> bool:
    """Whether ``offset`` is inside a quotation opened between ``start`` and it: “Takin’ It …”.

    Curly marks tell their direction; straight ones are paired by parity.
    """
    before = text[start:offset]
    if before.rfind("“") > before.rfind("”"):
        return True
    return before.count('"') % 2 == 1


#: The most words of an addressee between "told" and a quotation: "told the Intelligence Committee".
_ADDRESSEE_MAX = 6


def _told_before(text: str, ws: Sequence[Word], lexicon: Lexicon) -> int | None:
    """The index of an active verb like "told" whose addressee (and an adjunct) ends ``ws``.

    "told the Intelligence Committee", "told reporters on Monday"; not "told CNN it was" (a
    clause follows: the quotation is part of it) nor "was told by doctors" (a passive).
    """
    for index in range(len(ws) - 2, max(-1, len(ws) - 2 - _ADDRESSEE_MAX), -1):
        low = ws[index].lower
        if not _plain_gap(text, ws[index], ws[index + 1]):
            return None  # punctuation between: no single addressee
        if low in lexicon.addressee_verbs:
            if index and ws[index - 1].lower in lexicon.passive_auxiliaries:
                return None
            return index
        if low in lexicon.pronouns or low in lexicon.complementizers or low in lexicon.passive_auxiliaries:
            return None  # a clause of its own: "told reporters he was …"
    return None


def agent_before(
    text: str, start: int, verb: int, lexicon: Lexicon, registry: Registry | None = None
) -> Mention | None:
    """The subject of a reporting verb at ``verb``, looking back to ``start`` (a sentence start).

    Prefers a pronoun right before the verb, then a full name, then any name, an
    organization, a role, or an unnamed source at the head of the clause.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> t = "Kuasa hukum Ma’ruf, Maria Gultom, menyatakan"
        >>> agent_before(t, 0, t.index("menyatakan"), lexicon_for("id")).text
        'Maria Gultom'
    """
    region = words(text, max(start, verb - _WINDOW), verb)[-30:]
    while region and region[-1].lower in lexicon.adverbs and "," not in text[region[-1].end : verb]:
        region.pop()  # "Doe publicly said" (but "…, who … to speak publicly, said" ends a relative clause)
    if not region:
        return None
    if region[-1].lower in lexicon.pronouns:
        return parse_mention(text, region[-1].start, region[-1].end, lexicon)
    # the relative clause first: its own verbs are no first verb of the subject's ("An official,
    # who spoke on condition of anonymity because the bill was still being debated, said")
    region, verb = _before_relative(text, region, verb, lexicon)
    region = _before_first_verb(text, region, verb, lexicon)
    region = _before_channel(text, region, lexicon)
    opened = False  # a subordinate clause opened: its subject may be a bare description
    for index in range(len(region) - 2, 0, -1):
        low = region[index].lower
        if (low not in lexicon.subordinators and low not in lexicon.coordinators) or is_capitalized(region[index].text):
            continue  # only a lower-case subordinator or coordinator opens a new clause
        gap = text[region[index - 1].end : region[index].start].strip()
        if (
            (low in lexicon.subordinators and (low not in lexicon.comma_subordinators or gap))
            or (low in lexicon.coordinators and gap in _CLAUSE_BREAKS)  # "… outbreak—and Beijing officials"
            # "…, killing fish and alarming residents, and officials said": an unnamed group's clause
            or (low in lexicon.coordinators and gap == "," and _unnamed_after(text, region, index, lexicon))
        ):
            region = region[index + 1 :]
            opened = low in lexicon.subordinators
            break
    whole = region
    region = _past_lead(text, region, verb, lexicon)
    named = _appositive_name(text, region, verb, lexicon)
    if named is not None:
        return named
    headed = _headed(text, region, verb, lexicon)
    if headed is not None:
        return headed if headed.kind != "none" else None
    # a title in quote marks names no speaker: 'After hitting “Takin’ It To the Streets,” the singer told …'
    runs = [run for run in _capital_runs(text, region, lexicon) if not _in_title(text, region[0].start, run[0].start)]
    if runs and _renamed(text, region, runs[-1], lexicon):
        renamed = parse_mention(text, runs[-1][0].start, runs[-1][-1].end, lexicon)
        if renamed.kind == "name" or (renamed.kind == "org" and region[0].lower in lexicon.renamers):
            # "Ketua Serikat … (SPSKN) PT X, Sutarmi Rahayuningsih, mengatakan": before any known
            # name; "One of the shipping lines, Norvik Container Line, said": an organization
            return renamed
    if registry is not None:
        known = _known_person(text, runs, registry) or _known_org(text, region, registry)
        if known is not None:
            return known
    # parsed only now: a known speaker above needs no mention of the other runs
    mentions = [parse_mention(text, run[0].start, run[-1].end, lexicon) for run in runs]
    found = _best_agent(text, start, region, list(zip(runs, mentions, strict=True)), lexicon)
    if found is None and (region is not whole or opened):
        # after a lead or a subordinator, the words up to the verb are the subject: "On Monday,
        # an official said", "…, where auditors said"
        described = parse_mention(text, region[0].start, region[-1].end, lexicon)
        return described if described.kind in _DESCRIBED else None
    return found


def _appositive_name(text: str, region: Sequence[Word], verb: int, lexicon: Lexicon) -> Mention | None:
    """The person's name an appositive sets off right before the verb, after any description.

    "Salah satu penumpang yang selamat, Baiq Nurhasanah (34), bercerita …", "Kepala KSOP
    Kelas III Lembar, Kapten Marthen Ndolu Ratu, membantah …" (where a bare noun may open the
    description, ``bare_appositives``): a full name, or one name word with its age, closed by
    a comma right before the verb.
    """
    if not lexicon.bare_appositives or len(region) < 3 or not text[region[-1].end : verb].strip().endswith(","):
        return None
    for index in range(len(region) - 1, 0, -1):
        comma = region[index - 1].end
        if "," not in text[comma : region[index].start]:
            continue
        run = set_off_name(text, text.index(",", comma), lexicon)
        if run is None:
            return None  # the last appositive names nobody: "…, Jawa Barat, mengatakan"
        end = run[-1].end
        aged = _AGE_AFTER.match(text, end)
        closing = aged.end() if aged else end
        if text[closing:verb].strip() != "," or (len(run) < 2 and not aged):
            return None
        return parse_mention(text, run[0].start, end, lexicon)  # past its honorific, as set_off_speaker reads it
    return None


def _before_channel(text: str, region: list[Word], lexicon: Lexicon) -> list[Word]:
    """The subject before the channel it speaks through: "PT X melalui akun Instagram resminya menyatakan".

    A channel preposition (``lexicon.channel_preps``) after the subject's first word ends the
    subject; the names after it are the channel's ("Instagram") or a unit's ("Kementerian ESDM
    melalui Direktorat Jenderal …"). A comma after it sets off an appositive name, which stays.
    """
    for index in range(1, len(region)):
        word = region[index]
        if word.lower in lexicon.channel_preps and word.text.islower():
            if not any(is_capitalized(w.text) for w in region[1:index]):
                return region  # no subject's name before it: "Sebelumnya melalui akun … X menyampaikan"
            if "," in text[word.end : region[-1].end]:
                return region  # "…, melalui kuasa hukumnya, Budi Santoso, menyatakan": unclear, as before
            return region[:index]
    return region


def _headed(text: str, region: list[Word], verb: int, lexicon: Lexicon) -> Mention | None:
    """The subject its head noun phrase decides, before any name in the clause is read.

    A record ("Data Badan Pusat Statistik (BPS) menyebutkan …", but not an organization's
    word such as "Survei") gives a mention of kind ``none``: nobody speaks.
    """
    head = region[0].lower if region else ""
    if not lexicon.org_head_final and head in lexicon.documents and head not in lexicon.org_words:
        return Mention(region[0].text, region[0].start, region[0].end, "none")
    # "A Microsoft spokesman said", "A spokesman for Acme said": not Microsoft
    # "Pemain asal klub PB Cakrawala Bogor itu mengaku": the player, not the club
    # "The mayor of Springfield said": an unnamed office holder, not Springfield
    # "TV viewers said", "Former royal PR aides said": unnamed people, not "TV"
    return (
        _spokesperson_head(text, region, lexicon)
        or _demonstrative_head(text, region, lexicon)
        or _office_head(text, region, lexicon)
        or _placed_body_head(text, region, lexicon)
        or _modified_group(text, region, verb, lexicon)
        or _plural_group_head(text, region, lexicon)
        or _named_kind_of_person(text, region, lexicon)
        or _aged_head(text, region, lexicon)
    )


def _aged_head(text: str, region: Sequence[Word], lexicon: Lexicon) -> Mention | None:
    """A definite description by age as the whole subject: "The 58-year-old Filipino said" (a person).

    The capitalised word after the age is a nationality, not the speaker's name.
    """
    if not 2 <= len(region) <= _AGED_HEAD_MAX or not _plain_run(text, region):
        return None
    found = parse_mention(text, region[0].start, region[-1].end, lexicon)
    return found if found.kind == "description" and AGE_ADJECTIVE.match(region[1].lower) else None


#: The most words of a subject described by age: "The 58-year-old Filipino".
_AGED_HEAD_MAX = 3


#: Endings of English agent nouns, a person who does something: "reporter", "activist", "technician".
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant")


def person_noun(low: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case noun stands for a person: a role, an unnamed source's word or an agent noun."""
    return (
        low in lexicon.roles
        or low in lexicon.anonymous
        or low in lexicon.ranks
        or (low.endswith(_AGENT_ENDINGS) and low not in lexicon.documents and low not in lexicon.org_words)
    )


#: The most capitalised words naming what an unnamed person belongs to: "A Garuda Indonesia pilot".
_BELONGING_MAX = 3


def _named_kind_of_person(text: str, region: Sequence[Word], lexicon: Lexicon) -> Mention | None:
    """One unnamed person described by a name and a role noun: "A SkyNusa pilot said" (English).

    An indefinite article, one to three capitalised words, then one or two lower-case words
    ending with a noun for a person (:func:`person_noun`), and nothing else before the verb:
    the name is what the person belongs to, not the speaker, who is a description (named later
    with the role, or nobody). A spokesperson speaks for the organization instead
    (:func:`_spokesperson_head`).
    """
    if not lexicon.org_head_final or len(region) < 3 or region[0].lower not in lexicon.indefinite_articles:
        return None
    capitals = 1
    while capitals < len(region) and capitals <= _BELONGING_MAX and is_capitalized(region[capitals].text):
        capitals += 1
    rest = region[capitals:]
    if capitals == 1 or not 1 <= len(rest) <= 2 or any(not w.text.islower() for w in rest):
        return None
    if not person_noun(rest[-1].lower, lexicon):
        return None
    if not lexicon.spokesperson_words.isdisjoint(w.lower for w in rest) or not _plain_run(text, region):
        return None
    # a description: somebody the text may name later with the role ("An Australian skipper"), else nobody
    return Mention(text[region[0].start : region[-1].end], region[0].start, region[-1].end, "description")


#: Prepositions after a plural noun that opens a group's description: "Tenants on the … estate".
#: (Not "of", "at" or "from": "Jones of the Times", "Roberts at Acme" are people.)
_GROUP_PREPOSITIONS = frozenset({"on", "for", "in", "near", "across", "around"})


def _plural_group_head(text: str, region: Sequence[Word], lexicon: Lexicon) -> Mention | None:
    """Unnamed people: a capitalised plural noun opening the clause, then a preposition (English).

    "Tenants on the Lavender Mews estate … have vowed …, calling …", "Advocates for homeless
    people called …": the names inside the phrase are where the people are, not who speaks.
    """
    if not lexicon.org_head_final or len(region) < 3:
        return None
    counted = region[0].lower in _COUNT_WORDS or region[0].text.isdigit()  # "Sixteen sailors stranded …"
    first = 1 if counted else 0
    head, link = region[first], region[first + 1]
    if head.lower in lexicon.anonymous or not _plain_gap(text, head, link):
        return None  # "Authorities in Beijing announced": the unnamed source's own rule reads it
    noun = make_word(head.lower, head.start, head.end)
    if not (
        (counted or (is_capitalized(head.text) and head.text[1:].islower()))
        and _plural_noun(noun, lexicon)
        and (
            link.text in _GROUP_PREPOSITIONS
            # "Members of a weaving cooperative in East Sumba say": a role's plural, then "of"
            or (link.text in lexicon.affiliation_links and head.lower[:-1] in lexicon.roles)
            # "Sixteen sailors stranded for seven months … say": a count, then a participle
            or (counted and link.text.islower() and past_form(link.lower, lexicon))
        )
    ):
        return None
    last = region[-1]
    for word in region[first + 2 :]:
        low = word.lower
        if word.text == low and (low in lexicon.predicates or low in lexicon.adverbs or _finite(word, lexicon)):
            break  # the phrase ends before its verb: "Tenants on the … estate | have vowed …"
        last = word
    found = parse_mention(text, region[0].start, last.end, lexicon)
    return attrs.evolve(found, kind="anonymous")


def _before_relative(text: str, region: list[Word], verb: int, lexicon: Lexicon) -> tuple[list[Word], int]:
    """The subject before a relative clause or an adjunct set off by commas right before the verb.

    "Israeli settlers, who form part of Netanyahu's constituency, said": the settlers; "The
    Garut regency administration, in a statement issued after the hearing, said": the
    administration (an adjunct opens with the first word of one of ``lexicon.adjuncts``). The
    offset returned stands for the verb: the comma that opens the clause.
    """
    if len(region) < 3 or text[region[-1].end : verb].strip() != ",":
        return region, verb
    for index in range(len(region) - 2, 0, -1):
        if "," in text[region[index].end : region[-1].end]:
            break  # the relative clause runs to the comma before the verb, with no other comma
        if (region[index].lower in lexicon.relatives or _opens_adjunct(region, index, lexicon)) and text[
            region[index - 1].end : region[index].start
        ].strip() == ",":
            return region[:index], text.index(",", region[index - 1].end)
    return region, verb


def _opens_adjunct(region: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether one of the lexicon's adjuncts opens at ``region[index]``: "in a statement …"."""
    lows = tuple(w.lower for w in region[index : index + _ADJUNCT_WORDS])
    return any(lows[: len(adjunct)] == adjunct for adjunct in lexicon.adjunct_words)


#: The most words of an adjunct.
_ADJUNCT_WORDS = 4


def _unnamed_after(text: str, region: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether the words after the coordinator at ``region[index]`` are an unnamed source ("officials").

    Not the last item of a list of short ones: "Teachers, parents, and students said".
    """
    rest = region[index + 1 :]
    if not rest or parse_mention(text, rest[0].start, rest[-1].end, lexicon).kind != "anonymous":
        return False
    item = index - 1  # the words since the comma before the one at the coordinator
    while item > 0 and "," not in text[region[item - 1].end : region[item].start]:
        item -= 1
    return index - item > _LIST_ITEM_MAX


#: The most words of a list's item: a longer run before ", and" is a clause.
_LIST_ITEM_MAX = 3


#: Punctuation before a coordinator that opens a new clause: "…—and Beijing officials", "…; and".
#: (Not a comma: "Teachers, parents, and students said" is a list.)
_CLAUSE_BREAKS = frozenset({";", "\u2014", "\u2013", "--"})


def _before_first_verb(text: str, region: list[Word], verb: int, lexicon: Lexicon) -> list[Word]:
    """The words before the clause's first verb, when the cue shares that verb's subject.

    A verb joined by a coordinator ("China’s ambassador accused the UK of meddling and warned
    that …") or an -ing cue after a verb and its comma ("The victim’s mother testified,
    describing …"): the subject stands before the first verb, not among its objects.
    """
    if len(region) < 3:
        return region
    last = region[-1]
    if last.lower in lexicon.coordinators and not text[last.end : verb].strip():
        end = len(region) - 1
    elif _finite(last, lexicon) and text[last.end : verb].strip() == ",":
        end = len(region)  # "…testified, describing": the verb right before the comma counts too
    else:
        return region
    for index in range(1, end):
        if _finite(region[index], lexicon) and (index == len(region) - 1 or _object_opener(region[index + 1], lexicon)):
            return region[:index]
    return region


def _object_opener(word: Word, lexicon: Lexicon) -> bool:
    """Whether a word may open a verb's object: a function word, a name or a number.

    "accused the UK", "signed a petition", "visited Springfield", "cut 500 jobs"; a content
    word after a past form makes it an adjective or a number word instead ("newly appointed
    judge", "Several hundred residents").
    """
    return word.lower in lexicon.function_words or is_capitalized(word.text) or word.text[:1].isdigit()


def _finite(word: Word, lexicon: Lexicon) -> bool:
    """Whether a lower-case word may be a finite verb: a cue form, or a word with a past ending.

    "accused"; the caller checks what follows, as "hundred" and "appointed judge" end alike.
    """
    low = word.lower
    if low != word.text:
        return False
    return low in lexicon.cue_forms or past_form(low, lexicon)


#: Kinds of mention a subject after a leading adjunct may be when it names nobody.
_DESCRIBED = frozenset({"anonymous", "spokesperson"})


def _adjunct_opener(word: Word, lexicon: Lexicon) -> bool:
    """Whether a lead's first word opens an adjunct, which holds no subject whatever it names.

    A preposition, subordinator or linking word ("In a statement to Reuters,", "With Acme
    gone,"); not an article, demonstrative or pronoun, which may open the subject itself.
    """
    low = word.lower
    if low in lexicon.articles or low in lexicon.demonstratives or low in lexicon.pronouns:
        return False
    return low in lexicon.function_words or low in lexicon.subordinators or low in lexicon.mention_stops


#: The shortest -ing or -ed word read as a participle ("Asked", "Writing"; not "King", "Ted").
_PARTICIPLE_MIN = 5


def participle_lead(lead: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether a lead opens with a participle, a lower-case word after it (English).

    Such a lead ("Writing in the Harbor Review,", "Speaking at the United Nations,", "Asked
    whether she will tour,") is an adjunct whatever it names: the subject comes after its
    comma. Not a title ("King of Spain").
    """
    if len(lead) < 2 or not lexicon.org_head_final:
        return False
    first = lead[0].lower
    return (
        len(first) >= _PARTICIPLE_MIN
        and first.endswith(("ing", "ed"))
        and not is_title(first, lexicon)
        and lead[1].text == lead[1].lower
    )


#: Punctuation that closes a parenthesis or an appositive between a lead's comma and the verb.
_LEAD_BREAK = re.compile(r"[,;:()\u2013\u2014]")


def _past_lead(text: str, region: list[Word], verb: int, lexicon: Lexicon) -> list[Word]:
    """The region after a leading adjunct and its comma: "Last week, the company said …".

    The words before the region's first comma are an adjunct when they open with a function or
    calendar word or go on in lower case ("On Monday", "In a statement", "Despite the
    protests", "Coming off a strong quarter") and name nobody after their first word, and the
    words after the comma run to the verb without punctuation. Otherwise the lead is the
    subject, with an appositive or a parenthesis after it ("Jane Roe, an economist, said";
    "Israeli courts, however, have declared"; the end of a list, "Local residents, shop owners
    and police said"), and the region stays whole.
    """
    for index in range(1, len(region)):
        if text[region[index - 1].end : region[index].start].strip().strip('”"') != ",":
            continue  # (the comma may close a quoted title: 'After hitting “Takin’ It …,” the singer')
        lead = region[:index]
        opens = lead[0].lower in lexicon.function_words or lead[0].lower in lexicon.calendar
        if not (opens or (len(lead) >= 2 and not is_capitalized(lead[1].text))):
            return region
        named = [w for w in lead[1:] if is_capitalized(w.text) and w.lower not in lexicon.calendar]
        if (
            lead[0].lower in lexicon.locatives
            and lead[0].text[:1].isupper()
            and not lexicon.speaker_before_cue
            and named
        ):
            # "Di Kecamatan Lasolo, Konawe Utara, seorang operator …": where, then the subject
            return _past_region(text, region, index, lexicon)
        if (
            any(not _in_title(text, lead[0].start, w.start) for w in named)
            and not _adjunct_opener(lead[0], lexicon)
            and not participle_lead(lead, lexicon)
        ):
            return region  # a name in the lead: its subject, with an appositive after it
        if _LEAD_BREAK.search(text, region[index].start, verb):
            if opens and len(lead) == 1 and _adjunct_opener(region[index], lexicon):
                rest = region[index:]  # "Namun, dalam video …, pria itu membantah": a connective, then a lead
                after = _past_lead(text, rest, verb, lexicon)
                if after is not rest:
                    return after
            return region  # a parenthesis after the lead: "Israeli courts, however, have declared"
        if not opens and any(w.lower in lexicon.coordinators for w in region[index:]):
            return region  # the end of a list: "Local residents, shop owners and police said"
        return region[index:]
    return region


def _past_region(text: str, region: list[Word], index: int, lexicon: Lexicon) -> list[Word]:
    """The region after a place lead ending at ``index``, past the place's region set off after it.

    Only a region: one word, words holding a place's word ("Konawe Utara"), or words an unnamed
    subject follows ("Tanah Abang, seorang jemaah"); "Di Kendari, Budi Santoso, warga setempat,
    mengatakan" keeps the name.
    """
    rest = region[index:]
    for at in range(len(rest) - 1):
        if not is_capitalized(rest[at].text):
            break
        if text.startswith(",", rest[at].end):
            place = (
                at == 0
                or any(w.lower in lexicon.places or w.lower in lexicon.place_heads for w in rest[: at + 1])
                or (at + 1 < len(rest) and rest[at + 1].lower in lexicon.unnamed_singulars)
            )
            return rest[at + 1 :] if place else rest  # "…, Konawe Utara, seorang …": the region
    return rest


#: The most lower-case words between a capitalised modifier and the plural noun it modifies.
_MODIFIED_GAP = 2


def _before_post_modifier(text: str, region: Sequence[Word], lexicon: Lexicon) -> Sequence[Word]:
    """The words up to a capitalised word's plural noun that a place or a participle phrase modifies.

    "Indonesian nurses working in care homes in England say", "Filipino workers in Dubai
    said": the group is "Indonesian nurses", "Filipino workers" (not "The director of
    communications at …": no capitalised word before the noun).
    """
    for index in range(1, len(region) - 1):
        after = region[index + 1]
        if (
            _plural_noun(region[index], lexicon)
            and after.text.islower()
            and _plain_gap(text, region[index], after)
            and (after.lower in lexicon.locatives or _participle(after.lower))
            and (modifier := _modifier_at(text, region, index, lexicon)) is not None
            and region[modifier].lower not in lexicon.articles  # (a sentence's "The" modifies nothing)
        ):
            return region[: index + 1]
    return region


def _participle(low: str) -> bool:
    """Whether a lower-case English word reads as a present participle: "working".

    (Not "-ed": "Four hundred workers walked out" is a verb of its own.)
    """
    return len(low) >= _PARTICIPLE_MIN and low.endswith("ing")


def _modifier_at(text: str, region: Sequence[Word], noun: int, lexicon: Lexicon) -> int | None:
    """The index of the capitalised word that modifies ``region[noun]``, or None.

    Right before the noun or past a few lower-case content words: "Microsoft engineers",
    "Kenyan tea pickers", "Soybean and sugar exporters" (a coordinator may join two
    modifiers; not "Jane Roe and local farmers": a person and a group).
    """
    index = noun - 1
    while index >= 0 and noun - index <= _MODIFIED_GAP and not is_capitalized(region[index].text):
        joined = (
            region[index].lower in lexicon.coordinators
            and index < noun - 1
            and not (index >= 2 and len(name_words(region[index - 2 : index], lexicon)) == 2)
        )
        if not _plain_gap(text, region[index], region[index + 1]) or not (
            joined or _content_word(region[index], lexicon)
        ):
            return None
        index -= 1
    if index < 0 or not is_capitalized(region[index].text) or not _plain_gap(text, region[index], region[index + 1]):
        return None
    return index


def _modified_group(text: str, region: Sequence[Word], verb: int, lexicon: Lexicon) -> Mention | None:
    """Unnamed people whose plural noun a capitalised word modifies, right before the verb.

    "TV viewers", "Social media users", "Former royal PR aides", "Microsoft engineers": the
    capitalised word describes the group, which the text does not name (the speaker is
    nobody, as for "officials"). Only where modifiers come before their noun
    (``org_head_final``).
    """
    if not lexicon.org_head_final or len(region) < 2 or region[0].lower in lexicon.indefinite_articles:
        return None  # ("An executive at one of Germany's defence groups": one person, not the groups)
    whole = region
    region = _before_post_modifier(text, region, lexicon)
    noun = region[-1]
    # the mention runs on over the post-modifier ("Dozens of Indonesian nurses working in care
    # homes in England"), unless a verb of its own follows ("… in Malaysia have been ordered …")
    tail = {w.lower for w in whole[len(region) :]}
    verbs = lexicon.passive_auxiliaries | lexicon.perfect_auxiliaries | lexicon.coordinators
    end = whole[-1].end if tail.isdisjoint(verbs) else noun.end
    if not _plural_noun(noun, lexicon) or _LEAD_BREAK.search(text, noun.end, verb):
        return None  # (an appositive ends at its comma: "Jane Roe, a lawyer for Acme employees, said")
    index = _modifier_at(text, region, len(region) - 1, lexicon)
    if index is None:
        return None
    if region[index].lower in lexicon.function_words or region[index].lower in lexicon.calendar:
        # "On Monday officials said": a time, not a modifier; the group is the words after it
        found = parse_mention(text, region[index + 1].start, end, lexicon)
        return attrs.evolve(found, kind="anonymous")
    start = index
    while (
        start > 0
        and _plain_gap(text, region[start - 1], region[start])
        and (is_capitalized(region[start - 1].text) or _content_word(region[start - 1], lexicon))
    ):
        start -= 1
    found = parse_mention(text, region[start].start, end, lexicon)
    return attrs.evolve(found, kind="anonymous")


#: Number words that count a group of unnamed people opening a clause: "Sixteen sailors …".
_COUNT_WORDS = frozenset(
    {
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "dozens",
        "hundreds",
        "thousands",
        "several",
        "many",
        "some",
    }
)


def _plural_noun(word: Word, lexicon: Lexicon) -> bool:
    """Whether a lower-case word looks like a plural noun: "viewers", "aides" (not "always")."""
    low = word.lower
    return (
        not is_capitalized(word.text)
        and len(low) >= 4
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ys", "ly"))
        and low.isalpha()
        and _content_word(word, lexicon)
    )


def _modifies_next(text: str, ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether a lone capitalised word modifies the lower-case noun right after it (English).

    "the British royal blankly denied", "Israeli courts, however, have declared", "Both men
    claimed": the noun is the subject, the capitalised word no name. A verb after a name
    ("Reuters reported", "Noem said") or a function word is no such noun.
    """
    at = index + 1
    if not lexicon.org_head_final or at >= len(ws) or text[ws[index].end : ws[at].start] != " ":
        return False  # (a head-initial language puts its modifiers after the noun)
    following = ws[at]
    low = following.lower
    return (
        following.text == low
        and low.isalpha()
        and _content_word(following, lexicon)
        and low not in lexicon.predicates
        and not past_form(low, lexicon)
        and not low.endswith("ly")  # an adverb of manner: "Noem flatly denied"
        # the noun ends the subject: only adverbs may stand before the verb
        and all(w.lower in lexicon.adverbs or w.lower.endswith("ly") for w in ws[at + 1 :])
    )


def _content_word(word: Word, lexicon: Lexicon) -> bool:
    """Whether a word is none of the lexicon's function words, pronouns, adverbs or cues."""
    low = word.lower
    return not (
        low in lexicon.function_words
        or low in lexicon.pronouns
        or low in lexicon.adverbs
        or low in lexicon.articles
        or low in lexicon.demonstratives
        or lexicon.is_cue_word(low)
    )


def _plain_gap(text: str, left: Word, right: Word) -> bool:
    """Whether only spaces stand between two words."""
    return not text[left.end : right.start].strip()


def _plain_run(text: str, ws: Sequence[Word]) -> bool:
    """Whether only spaces stand between each word and the next."""
    return all(_plain_gap(text, a, b) for a, b in itertools.pairwise(ws))


def _spokesperson_head(text: str, region: Sequence[Word], lexicon: Lexicon) -> Mention | None:
    """The clause's head when it is an unnamed spokesperson that runs up to the verb."""
    spoken = lexicon.spokesperson_words
    if spoken.isdisjoint(lowers(region)):
        return None  # most subjects: no spokesperson word, no head to read
    head = _clause_head(text, region, lexicon)
    if not head or head[-1] is not region[-1] or spoken.isdisjoint(lowers(head)):
        return None
    mention = parse_mention(text, head[0].start, head[-1].end, lexicon)
    return mention if mention.kind == "spokesperson" else None


#: The most words of a description closed by a demonstrative before the verb.
_DEMONSTRATIVE_HEAD_MAX = 10


def _demonstrative_head(text: str, region: Sequence[Word], lexicon: Lexicon) -> Mention | None:
    """The whole clause head when a person's noun or role opens it and a demonstrative closes it.

    "Pemain asal klub PB Cakrawala Bogor itu", "Pria berusia 44 tahun ini": a description of
    somebody named before, whatever names it holds.
    """
    if len(region) < 2 or region[-1].lower not in lexicon.demonstratives or len(region) > _DEMONSTRATIVE_HEAD_MAX:
        return None
    head = region[0].lower
    if not (head in lexicon.person_nouns or head in lexicon.roles) or region[-1].lower in lexicon.articles:
        return None
    if not _plain_run(text, region):
        return None
    return parse_mention(text, region[0].start, region[-1].end, lexicon)


def _office_head(text: str, region: Sequence[Word], lexicon: Lexicon) -> Mention | None:
    """The clause's head when it names an office, not its holder, and runs up to the verb.

    "The head of the IMF said", "The mayor of Springfield said": an unnamed person holding
    the office (the organization or place after the link does not speak).
    """
    if region[0].lower not in lexicon.definite_articles or office_link(region, lexicon) is None:
        return None  # most subjects: no article, or no office
    if not _plain_run(text, region):
        return None  # "The mayor of Springfield, Jane Roe, said": the name after the comma
    return parse_mention(text, region[0].start, region[-1].end, lexicon)


def _placed_body_head(text: str, region: Sequence[Word], lexicon: Lexicon) -> Mention | None:
    """The clause's head when it is a body named by its place: "The Central Kalimantan provincial government said"."""
    if len(region) < 3 or region[0].lower not in lexicon.definite_articles or not _plain_run(text, region):
        return None
    if not placed_body(region[1:], lexicon):
        return None
    return parse_mention(text, region[0].start, region[-1].end, lexicon)


def _known_org(text: str, region: Sequence[Word], registry: Registry) -> Mention | None:
    """The first organization the article introduced with an acronym that the region names."""
    first = region[0].start
    last = region[-1].end
    best: tuple[int, int] | None = None
    distinctive = [w.lower for w in region if is_capitalized(w.text) and w.lower not in registry.lexicon.org_words]
    candidates = {e.serial: e for low in distinctive for e in registry.orgs_with_token(low) if e.aliases}
    for entity in candidates.values():
        at = text.find(entity.name, first, last)
        if at != -1 and (best is None or at < best[0]):
            best = (at, at + len(entity.name))
    if best is None:
        return None
    return attrs.evolve(parse_mention(text, best[0], best[1], registry.lexicon), kind="org")


def _known_person(text: str, runs: Sequence[Sequence[Word]], registry: Registry) -> Mention | None:
    """The run naming a person the article introduced with a role.

    A person named inside another one's role is skipped: "Kuasa hukum Ma’ruf, Maria Gultom".
    """
    lexicon = registry.lexicon
    found: list[tuple[Mention, Entity]] = []
    for run in runs:
        if text[run[0].start - 1 : run[0].start] == "(":
            continue  # "(Menhub)": a short form in brackets, not how the sentence names its subject
        names = name_words(run, lexicon)
        if not names:
            continue
        entity = registry.find_by_suffix([w.lower for w in names], None)
        if entity is None or entity.is_org or entity.role is None:
            continue
        before = words(text, max(0, run[0].start - 12), run[0].start)
        if before and before[-1].lower in lexicon.employer_links:
            continue  # "Senior Vice President of Sales for Dräger": the employer, not the subject
        # the run's own words bound the mention: parse_mention would find the same text and
        # offsets, and its kind is "name" whatever the words would say
        found.append((Mention(text[run[0].start : run[-1].end], run[0].start, run[-1].end, "name"), entity))
    kept = [
        (mention, entity)
        for mention, entity in found
        if not any(other is not entity and mention.text in (other.role or "") for _, other in found)
    ]
    return kept[0][0] if kept else None


def _best_agent(
    text: str, start: int, region: Sequence[Word], runs: Sequence[tuple[Sequence[Word], Mention]], lexicon: Lexicon
) -> Mention | None:
    structural = _head_subject(text, region, runs, lexicon)
    if structural is not None:
        return structural
    ranked = _ranked(text, start, region, runs, lexicon)
    if ranked["full"]:
        return _head_of_full(text, ranked["full"], lexicon)
    for kind in ("name", "named_org", "org", "role", "initial"):
        if ranked[kind]:
            return ranked[kind][0]
    head = _clause_head(text, region, lexicon)
    for word in region[-3:]:
        if word.lower in lexicon.pronouns:
            return parse_mention(text, word.start, word.end, lexicon)
    if head is None:
        return None
    return parse_mention(text, head[0].start, head[-1].end, lexicon)


def _ranked(
    text: str, start: int, region: Sequence[Word], runs: Sequence[tuple[Sequence[Word], Mention]], lexicon: Lexicon
) -> dict[str, list[Mention]]:
    """The clause's capitalised runs' mentions by rank: full names first, a bare initial word last."""
    ranked: dict[str, list[Mention]] = {"full": [], "name": [], "named_org": [], "org": [], "role": [], "initial": []}
    for run, mention in runs:
        if _common_noun_opening(text, start, run, region, lexicon):
            continue  # "Rumah sakit itu menyatakan": a description, not an organization "Rumah"
        if mention.kind == "org" and (len(run) > 1 or run[0].lower in lexicon.org_words or run[0].text.isupper()):
            # a name of several words, an organization's word or an acronym beats a bare capitalised
            # word: "a March 2019 study by the Centre for …"
            ranked["named_org"].append(mention)
        elif mention.kind == "name":
            names = [w for w in run if is_name_word(w, lexicon)]
            if len(names) >= 2:
                ranked["full"].append(mention)
            elif len(run) == 1 and not text[start : run[0].start].strip(" ,"):
                # a capitalised first word may be any noun: "Penegasan ini disampaikan …"
                ranked["initial"].append(mention)
            else:
                ranked["name"].append(mention)
        elif mention.kind in ranked:
            ranked[mention.kind].append(mention)
    return ranked


#: The most words of an unnamed source's head: "a person familiar", "multiple friends".
_UNNAMED_HEAD_MAX = 4


def _unnamed_head(text: str, region: Sequence[Word], lexicon: Lexicon) -> list[Word] | None:
    """The clause's head if it is an unnamed source: "Seorang nenek", "multiple friends", "A person".

    The head runs from the clause's first word (past linking words) to the first function
    word, capitalised word or punctuation; it holds an unnamed source's word and no capitalised
    word but its first ("Many Democrats" is no unnamed source).
    """
    index = 0
    while index < len(region) - 1 and region[index].lower in lexicon.coordinators:
        index += 1  # "But multiple friends …"
    head: list[Word] = []
    for word in region[index : index + _UNNAMED_HEAD_MAX]:
        low = word.lower
        if head and (
            not _plain_gap(text, head[-1], word)
            or is_capitalized(word.text)
            or low in lexicon.mention_stops
            or low in lexicon.role_connectors
            or (low in lexicon.function_words and low not in lexicon.anonymous and low not in lexicon.demonstratives)
            or (head[-1].lower in lexicon.anonymous and past_form(low, lexicon))  # "200 employees signed"
        ):
            break
        head.append(word)
    lows = [w.lower for w in head]
    if lexicon.anonymous.isdisjoint(lows) or not lexicon.spokesperson_words.isdisjoint(lows):
        return None  # no unnamed source; or a spokesperson, who speaks for the organization named after
    after = index + len(head)
    if (
        after < len(region)
        and _plain_gap(text, head[-1], region[after])
        and _set_off_name_at(text, region, after, lexicon)
    ):
        return None  # "Office worker Anindya Kartasasmita, 29, …": a description written before a name
    return head


def unnamed_opening(text: str, start: int, stop: int, lexicon: Lexicon) -> bool:
    """Whether the sentence at ``start`` opens with one unnamed source, past a short lead.

    The source is one person (``unnamed_singulars``: "seorang", "a"): "Seorang pemilik warung
    … terpaksa mengurangi …", "Di luar pasar, seorang pemilik warung …", "Salah seorang korban,
    pemilik toko kain, …": somebody the text does not name is the sentence's subject (a name
    set off after the head is no unnamed source).

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> t = "Di luar pasar, seorang pemilik warung mengurangi takaran sambal."
        >>> unnamed_opening(t, 0, len(t), lexicon_for("id"))
        True
        >>> t = "Di luar pasar, Budi Santoso mengurangi takaran sambal."
        >>> unnamed_opening(t, 0, len(t), lexicon_for("id"))
        False
    """
    region = words(text, start, min(stop, start + _UNNAMED_REACH))
    if not region or not lexicon.unnamed_singulars:
        return False
    if _one_unnamed(text, region, lexicon):
        return True
    comma = text.find(",", start, min(stop, start + _UNNAMED_REACH))
    lead = [w for w in region if w.end <= comma] if comma != -1 else []
    if not lead or len(lead) > _UNNAMED_LEAD_MAX or any(is_capitalized(w.text) for w in lead[1:]):
        return False
    return _one_unnamed(text, [w for w in region if w.start > comma], lexicon)


def _one_unnamed(text: str, region: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether ``region`` opens with a phrase for one unnamed person: "seorang pedagang", "A vegetable seller"."""
    if not region or region[0].lower not in lexicon.unnamed_singulars:
        return False
    head_words = _unnamed_head(text, region, lexicon)
    if head_words is not None:
        # a person's word past the first ("Salah satu korban", "Seorang pedagang"), not "Salah
        # satu penyebabnya", "One reason"
        return (
            region[0].lower in lexicon.indefinite_articles
            or any(w.lower in lexicon.anonymous for w in head_words[1:])
            or region[0].lower == lexicon.unnamed_singulars_one
        )
    if region[0].lower not in lexicon.indefinite_articles:
        return False
    head = [region[0]]
    for word in region[1:_INDEFINITE_MAX]:
        if not _plain_gap(text, head[-1], word) or not word.text.islower() or word.lower in lexicon.function_words:
            break
        head.append(word)
    return unnamed_description(text, parse_mention(text, head[0].start, head[-1].end, lexicon), lexicon) is not None


#: How far into a sentence its unnamed subject is looked for.
_UNNAMED_REACH = 120

#: The most words of a lead phrase before an unnamed subject: "Di luar pasar,".
_UNNAMED_LEAD_MAX = 5


def _common_noun_opening(text: str, start: int, run: Sequence[Word], region: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether a one-word run is a common noun capitalised only by the clause start.

    "Rumah sakit itu", "Universitas tersebut": the words up to a demonstrative parse as one
    description (the mention rule that reads "Rumah sakit itu" so decides).
    """
    if len(run) != 1 or text[start : run[0].start].strip(" ,"):
        return False
    at = region.index(run[0])  # the run's words are the region's own
    for word in region[at + 1 : at + 4]:
        if word.lower in lexicon.postposed_demonstratives:
            return parse_mention(text, run[0].start, word.end, lexicon).kind == "description"
    return False


def _head_of_full(text: str, full: Sequence[Mention], lexicon: Lexicon) -> Mention:
    """The first full name, or the one a plain noun joins it to: "Commonwealth Games medallist Eilidh Carmichael".

    The name before the noun ("medallist", "striker") only modifies it; a function word or a
    comma between ("Jane Roe of Acme Corp") keeps the first.
    """
    best = full[0]
    for following in full[1:]:
        between = words(text, best.end, following.start)
        if (
            not between
            or any(not w.text.islower() or w.lower in lexicon.function_words for w in between)
            or any(mark in text[best.end : following.start] for mark in ",;:()")
        ):
            break
        best = following
    return best


def _head_subject(
    text: str, region: Sequence[Word], runs: Sequence[tuple[Sequence[Word], Mention]], lexicon: Lexicon
) -> Mention | None:
    """The subject the clause's shape shows, before any ranking of its names.

    An unnamed source heading the clause ("Seorang nenek di Kabupaten Garut …", "multiple
    friends of Mike Ford"), not the place or person after its preposition; else a name set
    off by an appositive right before the verb ("A friend, Jane Roe, said").
    """
    unnamed = _unnamed_head(text, region, lexicon)
    comma = _comma_after_head(text, region, unnamed, lexicon) if unnamed is not None else None
    if unnamed is not None and comma is None:
        return parse_mention(text, unnamed[0].start, unnamed[-1].end, lexicon)
    named = _named_source(text, comma, runs, lexicon) if comma is not None else None
    if named is not None:
        return named
    set_off = _set_off_subject(text, region, runs, lexicon)
    if set_off is not None:
        return set_off
    if unnamed is not None:
        return parse_mention(text, unnamed[0].start, unnamed[-1].end, lexicon)
    return None


def _from_where(word: Word, lexicon: Lexicon) -> bool:
    """Whether a word says where somebody is from or is: "asal", "di", "in"."""
    return word.lower in lexicon.origin_words or word.lower in lexicon.locatives


def _set_off_name_at(text: str, region: Sequence[Word], at: int, lexicon: Lexicon) -> bool:
    """Whether a name starts at ``region[at]``, set off: a full name and a comma, or any name and an age.

    "Office worker Anindya Kartasasmita, 29, …", "pedagang sayur Sumirah (52) mengeluhkan …".
    """
    end = at
    while (
        end < len(region)
        and is_name_word(region[end], lexicon)
        and (end == at or _plain_gap(text, region[end - 1], region[end]))
    ):
        end += 1
    if end == at:
        return False
    return (end - at >= 2 and text.startswith(",", region[end - 1].end)) or bool(_AGED.match(text, region[end - 1].end))


def _comma_after_head(text: str, region: Sequence[Word], head: Sequence[Word], lexicon: Lexicon) -> int | None:
    """The comma closing an unnamed source's head, if one does, past a place of origin.

    Right after the head ("Seorang warga, …") or after where the source is from ("Seorang sopir
    truk asal Sarolangun, …", "Seorang warga Kelurahan Degayu, …").
    """
    if text.startswith(",", head[-1].end):
        return head[-1].end
    at = region.index(head[-1]) + 1  # the head's words are the region's own: found by identity
    if at < len(region) and region[at].lower in lexicon.place_heads and is_capitalized(region[at].text):
        pass  # "Seorang warga Kelurahan Degayu, Sutinah (49), …": the place is the head's own
    elif not _from_where(region[at - 1], lexicon):
        if at >= len(region) or not _from_where(region[at], lexicon):
            return None
        at += 1
    while at < len(region) and is_capitalized(region[at].text) and _plain_gap(text, region[at - 1], region[at]):
        if text.startswith(",", region[at].end):
            return region[at].end
        at += 1
    return None


def _named_source(
    text: str, comma: int, runs: Sequence[tuple[Sequence[Word], Mention]], lexicon: Lexicon
) -> Mention | None:
    """A person's name set off right after an unnamed source's head: the source, named.

    "Salah satu korban, Sitti Rabiah (47), mengaku …", "Seorang warga, Budi Santoso,
    mengatakan …": the name after the comma, with an age or a comma after it, is who spoke
    (not a place: "Seorang nenek di Garut, Jawa Barat,"). ``comma`` closes the head.
    """
    for run, mention in runs:
        if run[0].start <= comma:
            continue
        gap = text[comma + 1 : run[0].start].strip()
        # (past one more word of the region: "… asal Kecamatan Paron, Ngawi, Sumiyati (47), …")
        if (gap and not _SET_OFF_REGION.fullmatch(gap)) or mention.kind != "name":
            return None
        if any(w.lower in lexicon.places for w in run) or _AGE_OR_COMMA_AFTER.match(text, run[-1].end) is None:
            return None
        if len(run) == 1 and run[0].lower in lexicon.places:
            return None  # "Seorang warga, Jakarta, …": a place
        return mention
    return None


#: One capitalised word and its comma: the rest of a region set off before a name ("Ngawi,").
_SET_OFF_REGION = re.compile(r"[A-Z][\w'’-]*,")

#: What follows a name set off by commas: the closing comma, or an age first ("Sitti (47),").
_AGE_OR_COMMA_AFTER = re.compile(r"\s*(?:\(\d{1,3}\)\s*)?,")
#: An age in brackets after a name: "Tarmizi (44)".
_AGED = re.compile(r"\s*\(\d{1,3}\)")


def _set_off_subject(
    text: str, region: Sequence[Word], runs: Sequence[tuple[Sequence[Word], Mention]], lexicon: Lexicon
) -> Mention | None:
    """The subject an appositive right before the verb shows, named before or after it.

    "The company that runs the AMAs, Dick Clark Productions, denies" (the name after the
    description); "Acme, the firm behind the Widget app, said" (the name before it).
    """
    if runs and _renamed(text, region, runs[-1][0], lexicon) and runs[-1][1].kind == "org":
        return runs[-1][1]  # (a renamed person's name: agent_before took it before any known name)
    return _described_subject(text, region, runs, lexicon)


def _described_subject(
    text: str, region: Sequence[Word], runs: Sequence[tuple[Sequence[Word], Mention]], lexicon: Lexicon
) -> Mention | None:
    """The name before an appositive set off by commas right before the verb.

    "Acme, the firm behind the Widget app, said": Acme, not the name inside the description.
    The appositive opens with an article or a lower-case word; the name ends at its comma.
    """
    if len(region) < 3 or not text.startswith(",", region[-1].end):
        return None
    for index in range(len(region) - 2, -1, -1):
        if text[region[index].end : region[index + 1].start].strip() == ",":
            opening = region[index + 1]
            if opening.lower not in lexicon.articles and is_capitalized(opening.text):
                return None
            for run, mention in runs:
                if run[-1] is region[index] and mention.kind in {"name", "org"}:
                    return mention
            return None
    return None


def _renamed(text: str, region: Sequence[Word], run: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether a run set off by commas right before the verb names what the words before it say.

    "The group that owns her music, Big Machine, says": the description opens with an article.
    "Seorang nenek di Kabupaten Garut, Jawa Barat," ends on a place instead, as does "A woman
    in Garut, West Java,".
    """
    opener = region[0].lower
    if run[-1] is not region[-1] or run[0] is region[0]:
        return False
    if (
        opener not in lexicon.articles
        and opener not in lexicon.renamers  # "One of the shipping lines, Norvik Container Line, said"
        and not (lexicon.bare_appositives and (is_title(opener, lexicon) or _bare_description(region, run, lexicon)))
    ):
        return False  # (Indonesian writes no article: "Ketua … PT X, Sutarmi Rahayuningsih, mengatakan")
    if any(w.lower in lexicon.places for w in run):
        return False
    return text.startswith(",", run[-1].end) and text[: run[0].start].rstrip().endswith(",")


#: The most words of a bare description a full name renames: "Konsumen lain".
_BARE_DESCRIPTION_MAX = 3


def _bare_description(region: Sequence[Word], run: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether a short description in lower case, then a person's full name, open the clause.

    "Konsumen lain, Ignatius Lamablawa, mengatakan": the capitalised first word opens the
    sentence, the rest is lower case, and two name words or more follow (not a place:
    "Seorang warga, Bogor, mengatakan").
    """
    head = region[: region.index(run[0])]
    return (
        len(head) <= _BARE_DESCRIPTION_MAX
        and all(w.text.islower() for w in head[1:])
        and len(name_words(run, lexicon)) == len(run) >= 2
    )


def _capital_runs(text: str, region: Sequence[Word], lexicon: Lexicon) -> list[list[Word]]:
    """Runs of capitalised words without leading function words (an article stays).

    An organization's run is joined over "of"/"dan" ("Bank of Thailand"); possessives are left out.
    """
    cleaned: list[list[Word]] = []
    ws = list(region)
    skipped = -1  # where the last run left out ended: a place set off after it goes too
    # "The Dutch Retail Merchants' Federation": one run over the plural possessive first
    runs = joined_possessives(text, capital_runs(text, ws, lexicon.name_particles), lexicon)
    for run in _joined_runs(text, runs, lexicon):
        if is_possessive(run[-1].lower):
            continue  # a possessive determiner: "Thailand's prime minister"
        at = ws.index(run[0])  # the run's own word: found by identity
        if len(run) == 1 and _modifies_next(text, ws, at, lexicon):
            continue  # an adjective or determiner: "the British royal denied", "Both men claimed"
        if at >= 2 and ws[at - 1].lower in lexicon.articles:
            at -= 1  # "of the Jakarta Institute …"
        before = ws[at - 1].text if at else ""  # (read as written: a link is written lower case)
        if (
            before in lexicon.origin_words
            or before in lexicon.addressee_preps
            or (before in lexicon.locatives and len(name_words(run, lexicon)) < 2)  # "a supervisor in Surabaya"
            or _works_at(ws, at, lexicon)
            or (_set_off_place(text, run, skipped, lexicon))  # "of Garut, West Java,"
        ):
            # "Pelatih asal Serbia itu", "kepada Bursa Efek Indonesia", "Ananda Rusli of the
            # Jakarta Institute …": where the speaker is from or works, or whom they addressed
            skipped = run[-1].end
            continue
        first = 0
        while (
            first < len(run)
            and run[first].lower not in lexicon.articles
            and (run[first].lower in lexicon.function_words or run[first].lower in lexicon.according)
        ):
            first += 1
        kept = run[first:]
        if kept and not (
            len(kept) == 1
            and (
                kept[0].lower in lexicon.articles
                or kept[0].lower in lexicon.calendar  # "…, Rabu (22/10/2025), menyatakan": a date
                or kept[0].lower in lexicon.generic_orgs
                or kept[0].lower in lexicon.spokesperson_words  # "Manajemen perseroan … menyatakan"
                or kept[0].lower in lexicon.person_nouns  # "Pria berusia 44 tahun ini": a description
            )
        ):
            cleaned.append(kept)
    return cleaned


def _set_off_place(text: str, run: Sequence[Word], skipped: int, lexicon: Lexicon) -> bool:
    """Whether a run set off by a comma right after a run left out names its place.

    "of Garut, West Java,"; a person's full name is no place: "The head of the IMF,
    Kristalina Georgieva,".
    """
    if skipped < 0 or text[skipped : run[0].start].strip() != ",":
        return False
    # one name word is a place more often than a person ("Officials in Austin, Texas,"), unless an
    # age follows it ("…, Tarmizi (44),")
    return len(name_words(run, lexicon)) < 2 and not _AGED.match(text, run[-1].end)


def _works_at(ws: Sequence[Word], at: int, lexicon: Lexicon) -> bool:
    """Whether ``ws[at]`` follows the link to where somebody named before works or belongs.

    "Ananda Rusli of the Jakarta Institute", "An analyst at Morgan Stanley", "The director of
    communications at the White House". Not after a spokesperson, who speaks for it ("a
    spokesperson for the Foreign Office"), nor after a title that heads the clause, whose
    holder's name may end the run ("Speaker of the House Nancy Pelosi").
    """
    if at < 2 or ws[at - 1].text not in lexicon.office_links:
        return False
    prior = ws[at - 2]
    if prior.lower in lexicon.spokesperson_words:
        return False
    if is_capitalized(prior.text):  # only after a person's full name: "Ananda Rusli of …"
        pair = (ws[at - 3], prior) if at >= 3 else ()
        return bool(pair) and all(
            is_name_word(w, lexicon) and not is_title(w.lower, lexicon) and w.lower not in lexicon.org_words
            for w in pair
        )  # ("The Royal Society of Chemistry" is no person's name)
    return not (is_title(prior.lower, lexicon) and ws[0].lower not in lexicon.articles)


def _joined_runs(text: str, runs: list[list[Word]], lexicon: Lexicon) -> list[list[Word]]:
    """Join an organization's run to the next over one joiner: "Bank" + "of" + "Thailand".

    Org links join too: "National Institute" + "on" + "Drug Abuse".
    """
    joined: list[list[Word]] = []
    for run in runs:
        if joined:
            previous = joined[-1]
            between = words(text, previous[-1].end, run[0].start)
            heads = [w for w in previous if w.lower not in lexicon.articles]
            if len(between) == 1 and (
                (between[0].lower in lexicon.org_joiners and heads and any(w.lower in lexicon.org_words for w in heads))
                or (heads and _coordinated_org(heads, between[0], run, lexicon, named=_named(text, previous, lexicon)))
            ):
                joined[-1] = [*previous, between[0], *run]
                continue
        joined.append(run)
    return joined


def _coordinated_org(
    previous: Sequence[Word], joiner: Word, run: Sequence[Word], lexicon: Lexicon, *, named: bool = True
) -> bool:
    """Whether "and" joins two parts of one organization's name, the second ending it.

    ``previous`` is the run before the joiner without its article.

    "Seafarers" + "and" + "Port Workers Union", "Wexcombe" + "and" + "Fenmoor Hospitals NHS
    Trust": the run after it is at least two words and ends with an institution's word (not a
    company's mark: "Google and Microsoft Corp" are two companies); the run before it is
    no person's full name ("Jane Roe and Acme Union") unless an article shows it is none
    (``named`` False: "The Maritime Affairs" + "and" + "Fisheries Ministry").
    """
    return (
        lexicon.org_head_final  # (a head-initial language's name does not end with its head)
        and joiner.lower in lexicon.joiners
        and joiner.lower not in lexicon.org_links
        and len(run) >= 2
        and run[-1].lower in lexicon.org_words
        and run[-1].lower not in lexicon.company_marks
        and (
            len(name_words(previous, lexicon)) < 2
            # ("The United Nations and European Union": a place opens a second name)
            or (not named and run[0].lower not in lexicon.places)
        )
    )


def _named(text: str, run: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether a capitalised run may be a person's name: no article opens it or stands before it."""
    return run[0].lower not in lexicon.articles and not after_article(text, run[0].start, lexicon)


#: The most words of a clause's head noun phrase, unless an organization's name goes on.
_CLAUSE_HEAD_MAX = 6


def _joins_org_name(head: Sequence[Word], region: Sequence[Word], at: int, lexicon: Lexicon) -> bool:
    """Whether a joiner at ``region[at]`` continues an organization's name.

    "Search" + "and" + "Rescue Agency": capitalised words on both sides, the run after it ending
    with an organization word.
    """
    if not head or region[at].lower not in lexicon.joiners or not is_capitalized(head[-1].text):
        return False
    after = at + 1
    while after < len(region) and is_capitalized(region[after].text):
        after += 1
    return after > at + 1 and region[after - 1].lower in lexicon.org_words


def _clause_head(text: str, region: Sequence[Word], lexicon: Lexicon) -> list[Word] | None:
    """The noun phrase at the head of the clause: "Seorang sumber di kepolisian", "The company"."""
    index = 0
    while (
        index < len(region)
        and region[index].lower in lexicon.function_words
        and region[index].lower not in lexicon.anonymous
        and region[index].lower not in lexicon.articles
        and region[index].lower not in lexicon.demonstratives
    ):
        index += 1
    head: list[Word] = []
    for at in range(index, len(region)):
        word = region[at]
        # "A spokesman for the regional government", "… for the National Search and Rescue Agency"
        joins = _speaks_for(head, word, lexicon) or _joins_org_name(head, region, at, lexicon)
        if head and (text[head[-1].end : word.start].strip() or (_stops_mention(word, lexicon) and not joins)):
            break
        head.append(word)
        if len(head) >= _CLAUSE_HEAD_MAX and not (
            joins or is_capitalized(word.text) or word.lower in lexicon.org_joiners
        ):
            break  # (an organization's name goes on: "… Workers Union of Singapore")
    if not head:
        return None
    return head if _opens_mention(head[0], lexicon) else None

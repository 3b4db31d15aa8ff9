"""Indirect and partial quotations: reported speech without quote marks, and quoted words inside it.

Frames, each with its cue: ``X mengatakan (bahwa) …`` / ``Menurut X, …`` / ``…, kata X.`` /
``Hal itu disampaikan X …`` (the preceding sentence) and their English counterparts
(``Doe said …``, ``According to Doe, …``, ``…, officials said.``). Quoted words inside a
reported clause that are not a title are the speaker's own: a partial quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import compress, count

import attrs

from newsmodel.quotes._cues import (
    Cue,
    agent_before,
    cue_after,
    mention_after,
    person_noun,
    plausible_mention,
    set_off_speaker,
    unnamed_description,
)
from newsmodel.quotes._direct import CONTEXT, Group, Piece
from newsmodel.quotes._lexicon import Lexicon
from newsmodel.quotes._speakers import Mention, Registry, is_possessive, past_form, possessive_owner, verb_like
from newsmodel.quotes._text import (
    Segment,
    Word,
    abbreviated,
    blank_out,
    block_words,
    count_words,
    dateline_end,
    first_word,
    has_quote_mark,
    is_capitalized,
    lowers,
    make_word,
    sentence_bounds,
    strip_span,
    title_like,
    words,
)

__all__ = ["find_indirect"]

# A plain lower-case verb of six letters or more, to test for a passive prefix ("disebut").
_PASSIVE_VERB = re.compile(r"^[a-z]{6,}$")


#: The longest appositive (in characters) skipped after "According to X,".
_APPOSITIVE_MAX = 120
#: The most words of a definite noun phrase taken for an object rather than a clause.
_NP_MAX = 3
#: The fewest words a reported clause has.
_MIN_WORDS = 2
#: How many words after a comma may hold the cue of a new attribution (", but he did not say").
_ATTRIBUTION_WINDOW = 6

# A comma or semicolon followed by a space, maybe after the closing mark of a partial quote
# (American style: `… conversation,” adding …`): where a reported clause may end.
_CLAUSE_COMMA = re.compile(r"[,;][\"”’']*(?=\s)")

#: The most characters of a reported clause (keeps the work per cue bounded).
_MAX_CONTENT = 1500


def _masked(text: str, pieces: Sequence[Piece]) -> str:
    """The block with its direct quotations blanked out, keeping their final punctuation."""
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        start, end = max(0, piece.start - 1), min(len(text), piece.end + 1)
        if piece.end - 1 >= start and text[piece.end - 1] in ".!?":
            spans.extend([(start, piece.end - 1), (piece.end, end)])
        else:
            spans.append((start, end))
    return blank_out(text, [(s, e) for s, e in spans if e > s])


@attrs.frozen
class Sentence:
    """One sentence of a block (direct quotations blanked), with what every frame needs."""

    text: str
    block: int
    start: int
    end: int
    words: Sequence[Word]
    previous: tuple[int, int] | None
    registry: Registry
    #: For a block's first sentence: the previous block and its text (direct quotes blanked),
    #: whose last sentence a passive frame may report ("Hal ini diungkapkan oleh X" opening
    #: a paragraph).
    carried: tuple[int, str] | None = None
    #: Offsets of the block's cue words that attribute quotations found before (direct ones,
    #: and clauses quoting a fragment): no frame reads them again.
    used: frozenset[int] = frozenset()

    @property
    def lexicon(self) -> Lexicon:
        """The language's lexicon."""
        return self.registry.lexicon

    def piece(self, span: tuple[int, int], cue: Cue) -> Piece:
        """An indirect quotation of this sentence attributed through ``cue``."""
        group = Group(cue, self.block, (self.block, cue.word.start))
        return Piece("indirect", self.block, span[0], span[1], group)


def find_indirect(
    texts: Sequence[str], direct: Sequence[Piece], others: Sequence[Segment], registry: Registry
) -> list[Piece]:
    """Indirect quotations of every block, with the partial quotes inside them.

    Example:
        >>> from newsmodel.quotes._languages import lexicon_for
        >>> from newsmodel.quotes._speakers import Mention, Registry
        >>> text = "Menurut Ushakov, topik itu tidak dibahas."
        >>> [(p.kind, text[p.start:p.end]) for p in find_indirect([text], [], [], Registry(lexicon_for("id")))]
        [('indirect', 'topik itu tidak dibahas')]
    """
    # a sentence without any of these words has no frame: skip it cheaply
    triggers = registry.lexicon.frame_words
    by_block: dict[int, list[Piece]] = {}
    for piece in direct:
        by_block.setdefault(piece.block, []).append(piece)
    quoted: dict[int, list[Segment]] = {}
    for segment in others:
        quoted.setdefault(segment.block, []).append(segment)
    found: list[Piece] = []
    prior: tuple[int, str] | None = None
    used: dict[int, set[int]] = {}
    for piece in direct:
        cue = piece.group.cue
        if cue is not None:
            used.setdefault(piece.group.cue_block, set()).add(cue.word.start)
    for block, text in enumerate(texts):
        masked = _masked(text, by_block.get(block, []))
        carried, prior = prior, (block, masked)
        if triggers.isdisjoint(lowers(block_words(masked))):
            continue  # no sentence of the block can hold a frame
        bounds = _joined_over_quotes(sentence_bounds(masked, registry.lexicon), quoted.get(block, ()))
        cues = frozenset(used.get(block, ()))
        for index, (start, end) in enumerate(bounds):
            previous = bounds[index - 1] if index else None
            begin = start
            if block == 0 and start == 0:
                begin = dateline_end(masked, end)
            ws = words(masked, begin, end)
            if ws and not triggers.isdisjoint(lowers(ws)):
                sentence = Sentence(masked, block, begin, end, ws, previous, registry, None if index else carried, cues)
                found.extend(_in_sentence(sentence))
    found.extend(_partials(texts, found, others, registry.lexicon))
    return found


def _joined_over_quotes(bounds: list[tuple[int, int]], segments: Sequence[Segment]) -> list[tuple[int, int]]:
    """Sentences joined where a full stop falls inside a quotation that is no direct quote.

    'Gaiman bemoans that the book “should have been marketed better. You needed to go …”':
    the reported clause runs on to the quotation's end.
    """
    if not segments or len(bounds) < 2:
        return bounds
    opens = sorted(s.open for s in segments)
    closes = {s.open: s.close for s in segments}
    joined = [bounds[0]]
    for start, end in bounds[1:]:
        # top-level quotations do not overlap: only the last one opened before ``start`` can hold it
        at = bisect_left(opens, start) - 1
        close = closes[opens[at]] if at >= 0 else -1
        if at >= 0 and (close is None or start <= close):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _in_sentence(sentence: Sentence) -> list[Piece]:
    for frame in (_passive, _according, _postposed, _preposed):
        pieces = frame(sentence)
        if pieces:
            return pieces
    return []


def _content(text: str, start: int, end: int, least: int = _MIN_WORDS) -> tuple[int, int] | None:
    """The reported clause in ``[start, end)`` without edge punctuation, if it has ``least`` words."""
    end = min(end, start + _MAX_CONTENT)
    while end > start and text[end - 1] in ".!? ":
        end -= 1
    start, end = strip_span(text, start, end)
    if count_words(text, start, end) < least:
        return None
    return start, end


#: What a source asks for, not what it says: "asking not to be identified", "asked not to be named".
_ANONYMITY = "not to be "

#: How many words after a verb a complementizer may come, past adjuncts: "said in a filing to
#: the Australian Securities Exchange on Monday that …".
_COMPLEMENTIZER_REACH = 12
#: … and after other words (an object's relative "that" is further off).
_COMPLEMENTIZER_NEAR = 8


def _skip_complement(text: str, ws: Sequence[Word], index: int, lexicon: Lexicon) -> tuple[int, bool]:
    """The offset where the reported clause starts after a verb at ``ws[index]``.

    Also whether a complementizer opens the clause ("said on Monday that …").
    """
    cursor = index + 1
    following = ws[cursor].lower if cursor < len(ws) else ""
    if following in lexicon.adjunct_heads:  # most verbs are followed by no adjunct
        for parts in lexicon.adjunct_words:
            if parts[0] == following and tuple([w.lower for w in ws[cursor : cursor + len(parts)]]) == parts:
                cursor += len(parts)
                break
    found = False
    # past the first few words, only an adjunct (opening with a preposition) leads to "that":
    # "said in a filing to … on Monday that"; not an object's relative, "confirms the use … that"
    opener = ws[cursor].lower if cursor < len(ws) else ""
    adjunct = opener in lexicon.function_words and opener not in lexicon.articles
    reach = _COMPLEMENTIZER_REACH if adjunct else _COMPLEMENTIZER_NEAR
    for look in range(cursor, min(len(ws), cursor + reach)):
        if ws[look].lower in lexicon.complementizers:
            if look == cursor or (
                lexicon.distant_complementizer
                and not _object_before(ws, index, cursor, lexicon)
                and not _clause_begun(ws, cursor, look, lexicon)
            ):
                cursor, found = look + 1, True
            break
        gap = text[ws[look - 1].end : ws[look].start].strip(" ")
        if gap and look > cursor and not (gap == "." and abbreviated(ws[look - 1].lower)):
            break  # punctuation, except an abbreviation's dot: "announced on Sept. 30 that …"
    if not found and lexicon.distant_complementizer and ws[index].lower in lexicon.addressee_verbs:
        cursor = _past_addressee(text, ws, cursor, lexicon)  # "told Billboard the band …"
    if cursor >= len(ws):
        return ws[-1].end, found
    if not found and ws[cursor].lower in lexicon.adverbs and text.startswith(",", ws[cursor].end):
        return ws[cursor].end + 1, found  # "ia menerangkan lagi, para mucikari …": after the comma
    return ws[cursor].start, found


def _object_before(ws: Sequence[Word], verb: int, start: int, lexicon: Lexicon) -> bool:
    """Whether a noun-object verb has an object before a distant "that", which is then a relative.

    "reported third-quarter earnings that topped estimates": a lower-case content word right
    after the verb. An adjunct ("confirmed to Reuters that", "said late Tuesday that",
    "confirmed via email that") or another verb's addressee ("warned investors that") leaves
    "that" the complementizer.
    """
    if ws[verb].lower not in lexicon.noun_object_cues:
        return False
    low = ws[start].lower
    return not (
        low in lexicon.function_words
        or low in lexicon.mention_stops
        or low in lexicon.calendar
        or low in lexicon.adverbs
    )


def _clause_begun(ws: Sequence[Word], start: int, stop: int, lexicon: Lexicon) -> bool:
    """Whether a clause of its own begins in ``ws[start:stop]``: a subject pronoun or a verb form.

    Then a "that" after them is a determiner: "said Acme would use that money", "said he
    likes that idea" (not the "to" of "said in a letter to shareholders that …", nor the month
    in "said in May that …"), or it opens the clause of a reporting verb there: "said a scan
    revealed that …".
    """
    return any(
        (
            w.lower in lexicon.pronouns
            or w.lower in lexicon.predicates
            or _finite_marker_low(w.lower, lexicon)
            or w.lower in lexicon.cue_forms  # "said its researchers … and concluded that …"
        )
        and not is_capitalized(w.text)
        for w in ws[start:stop]
    )


def _finite_marker_low(low: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word is a form of "be" or a modal ("was", "would"; not "to")."""
    return low in lexicon.passive_auxiliaries or (low in lexicon.non_finite and low not in lexicon.addressee_preps)


def _past_addressee(text: str, ws: Sequence[Word], cursor: int, lexicon: Lexicon) -> int:
    """The index after the addressee of "told": a capitalised name, or one word ("reporters")."""
    if cursor >= len(ws) or ws[cursor].lower in lexicon.pronouns:
        return cursor  # "told he …" is no addressee: the clause's subject
    look = cursor + 1 if ws[cursor].lower in lexicon.articles and cursor + 1 < len(ws) else cursor
    if not is_capitalized(ws[look].text):
        return look + 1
    while (
        look + 1 < len(ws) and is_capitalized(ws[look + 1].text) and not text[ws[look].end : ws[look + 1].start].strip()
    ):
        look += 1
    return look + 1


#: The most adverbs between a verb and the word that qualifies it: "did not always say".
_ADVERB_REACH = 2


def _past_adverbs(ws: Sequence[Word], index: int, lexicon: Lexicon) -> int:
    """The index of the word before the verb at ``ws[index]`` (``index`` >= 1), past a few adverbs."""
    look = index - 1
    while look > 0 and look > index - 1 - _ADVERB_REACH and ws[look].lower in lexicon.adverbs:
        look -= 1
    return look


def _auxiliary_before(ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether the verb at ``ws[index]`` is a passive or no finite verb of its own.

    "was reported", "has not been confirmed"; "declined to say", "did not say".
    """
    if not lexicon.passive_auxiliaries and not lexicon.non_finite:
        return False  # Indonesian marks the passive on the verb itself (_passive_before)
    before = ws[_past_adverbs(ws, index, lexicon)].lower.replace("’", "'")
    if before in lexicon.passive_auxiliaries:
        return True
    return ws[index].lower in lexicon.present_cues and before in lexicon.non_finite


def _relative_gap(text: str, span: tuple[int, int], ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether the verb sits in a relative clause whose subject is missing after it.

    "SUVs that analysts say will boost sales": the clause opens with a modal, and "that" came
    just before.
    """
    if not lexicon.non_finite:
        return False  # a language without modals marks no such clause (and the words need no reading)
    first = first_word(text, span[0], span[1])
    if first is None or first.lower not in lexicon.non_finite:
        return False
    near = {w.lower for w in ws[max(0, index - 4) : index]}
    return not near.isdisjoint(lexicon.complementizers) or not near.isdisjoint(lexicon.relatives)


def _noun_use(text: str, ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether a cue word is a noun here rather than the verb.

    After a possessive ("Sanders's declaring"), a present form after an article ("the reports
    of …") or before a comma ("guest posts, challenges") or a verb ("Other estimates are"), or
    any cue before another ("News reports said").
    """
    before = ws[index - 1].lower
    if is_possessive(before) and possessive_owner(before) not in lexicon.pronouns:
        return True
    if before in lexicon.gerund_heads and ws[index].lower in lexicon.gerund_cues:
        return True  # "It’s worth noting that …": the writer's words, no speaker's
    if before in lexicon.indefinite_articles and ws[index].text == ws[index].lower:
        return True  # "an estimated 4,000 members": a participle before a noun, no verb
    if index + 1 >= len(ws):
        return False
    following = ws[index + 1].lower
    if lexicon.is_cue_word(following):
        return True
    if ws[index].lower not in lexicon.present_cues:
        return False
    if before in lexicon.articles:
        return True  # "with the reports of …"
    comma = text[ws[index].end : ws[index].end + 1] == ","
    return comma or following in lexicon.passive_auxiliaries or following in lexicon.non_finite


def _names_something(text: str, span: tuple[int, int], verb: Word, lexicon: Lexicon) -> bool:
    """Whether a naming verb gives a name rather than reports speech.

    "a solution called Patient Watch", "Doe called in the experts".
    """
    first = first_word(text, span[0], span[1])
    if first is None or text[verb.end : first.start].strip() == ",":
        return False  # "Ia mengatakan, dalam sebulan terakhir …": the clause after the comma
    if first.lower in lexicon.mention_stops and first.lower not in lexicon.complementizers:
        # a particle ("called in", "called on", "called for") or an adjunct; a number's
        # phrase opens a clause: "said at least two people were hurt"
        return not _opens_number(text, first, lexicon)
    return (
        verb.lower in lexicon.title_markers and is_capitalized(first.text) and first.lower not in lexicon.function_words
    )


def _opens_number(text: str, first: Word, lexicon: Lexicon) -> bool:
    """Whether a quantity phrase starts at ``first``: "at least two"."""
    head = text[first.start : first.start + 24].lower()
    return any(head.startswith(phrase + " ") for phrase in lexicon.quantity_phrases)


def _starts_quote(text: str) -> bool:
    return text.strip(" ,:")[:1] in {'"', "“", "”"}


def _preposed(sentence: Sentence) -> list[Piece]:
    """The frame "X mengatakan (bahwa) …" / "Doe said …": subject, verb, reported clause.

    The clause ends where a new attribution begins ("…, but it did not say when", "…, adding
    that …"); a cue after that point may report a clause of its own.
    """
    text, ws, lexicon = sentence.text, sentence.words, sentence.lexicon
    found: list[Piece] = []
    floor = sentence.start
    carried: Mention | None = None  # the subject of a verb whose object was no speech
    coordinated = not lexicon.coordinators.isdisjoint(lowers(ws))  # once: most sentences have none
    # only the verbs are visited: the sentence's other words are skipped in one C-level pass
    for index in compress(count(), map(lexicon.preposed_cues.__contains__, lowers(ws))):
        word = ws[index]
        if index == 0 or word.start < floor or is_capitalized(word.text) or word.start in sentence.used:
            continue
        begin, that = _skip_complement(text, ws, index, lexicon)
        if _starts_quote(text[word.end : begin]):
            return found
        if begin > word.end and text[begin - 1] in '"“”':
            begin -= 1  # a clause opening with a partial quote: "cautions that “we’re …” of …"
        span = _content(text, begin, sentence.end)
        if (
            span is None
            or (word.lower in lexicon.noun_object_cues and text[span[0]].isdigit())
            or text.startswith(_ANONYMITY, span[0])  # "asking not to be identified": a condition, no speech
        ):
            continue
        if (
            _definite_object(text, span, lexicon)
            or _refused(ws, index, lexicon)
            or (not that and _no_clause_opening(text, span, lexicon))
        ):
            continue  # "membenarkan laporan itu", "menolak membeberkan …", "bercerita tentang …"
        if _passive_before(ws[index - 1], lexicon) or _auxiliary_before(ws, index, lexicon):
            continue
        comma = not lexicon.speaker_before_cue and text.startswith(",", word.end)  # "mengeluhkan, …"
        if not that and (
            (word.lower in lexicon.clause_only_cues and not comma) or _noun_object(text, word, span, lexicon)
        ):
            # "Acme revealed the new model", "Kirana menyampaikan permintaan maaf …": no speech,
            # but who the quotations after it are by
            found.extend(_context(sentence, floor, word))
            continue
        if not that and (
            _names_something(text, span, word, lexicon) or (index + 1 < len(ws) and ws[index + 1].lower in _REFLEXIVES)
        ):
            continue  # "a tool called Patient Watch", "a group calling itself Kala Merah"
        if _noun_use(text, ws, index, lexicon):
            continue
        if _relative_gap(text, span, ws, index, lexicon):
            continue
        earlier = found[-1].group.cue.mention if found and found[-1].group.cue else carried
        mention = _subject(sentence, floor, word, earlier)
        if mention is None or mention.kind == "none":
            continue
        if word.lower not in lexicon.gerund_cues and any(mark in text[floor : mention.start] for mark in '"“”'):
            # the verb is the cue of a direct quote: "…," Doe said after the match (but in
            # '"…," Doe said, adding that …' the -ing cue reports a clause of its own)
            continue
        cut = _clause_cut(text, span, word, lexicon, coordinated=coordinated)
        head = _content(text, span[0], cut) if cut is not None else None
        if cut is not None and head is not None and _object_only(text, head, lexicon):
            floor, carried = cut, mention  # "denied the allegations and said …": no speech before "and"
            continue
        reported = _quoted_predicate(text, head or span, word, lexicon)
        found.append(sentence.piece(reported, Cue(word, mention, None, word.end)))
        if cut is None or head is None:
            return found
        floor = cut
    return found


#: Reflexive pronouns after a verb of naming: "a group calling itself Kala Merah" names, says nothing.
_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})

#: How far into a reported clause (in characters) a quotation may open and still end it.
_PREDICATE_REACH = 80
#: The mark that closes each opening quote mark.
_CLOSING = {"“": "”", '"': '"'}
_OPENING = re.compile('[“"]')


def _quoted_predicate(text: str, span: tuple[int, int], verb: Word, lexicon: Lexicon) -> tuple[int, int]:
    """The reported clause, ending with a quotation that closes what the verb says of its object.

    'called the deal “corporate welfare on ice” in a post': after a verb of naming
    (``predicative_cues``) the quotation ends it; after any verb, a coordinated verb right
    after the quotation begins another act ('wrote she was “tired …” and deleted the
    account').
    """
    start, end = span
    found = _OPENING.search(text, start, min(end, start + _PREDICATE_REACH))
    if found is None:
        return span
    opened = found.start()
    close = text.find(_CLOSING[text[opened]], opened + 1, end)
    if close == -1 or close + 1 >= end:
        return span
    if verb.lower in lexicon.predicative_cues:
        return start, close + 1
    after = words(text, close + 1, min(end, close + 40))[:2]
    if (
        len(after) == 2
        and not text[close + 1 : after[0].start].strip()
        and after[0].lower in lexicon.coordinators
        and after[1].text == after[1].lower
        and (after[1].lower in lexicon.cue_forms or past_form(after[1].lower, lexicon))
    ):
        return start, close + 1
    return span


def _context(sentence: Sentence, floor: int, verb: Word) -> list[Piece]:
    """A piece with no text that only shows who a sentence is about, for the quotes after it.

    "Sumirah mengeluhkan sepinya pembeli. “…,” ucapnya.": the complaint is no speech, but
    the clitic after it is Sumirah's.
    """
    mention = _subject(sentence, floor, verb, None)
    if mention is None or mention.kind == "none":
        return []
    group = Group(Cue(verb, mention, None, verb.end), sentence.block, (sentence.block, verb.start))
    return [Piece(CONTEXT, sentence.block, verb.start, verb.start, group)]


def _subject(sentence: Sentence, floor: int, verb: Word, earlier: Mention | None) -> Mention | None:
    """The subject of a verb after ``floor``: the earlier verb's where a break shares it.

    ", adding that …", ", but cautions that …", "and said …"; else the verb's own subject.
    """
    if earlier is not None and _same_subject(sentence.text, floor, verb, sentence.lexicon):
        return earlier
    return agent_before(sentence.text, floor, verb.start, sentence.lexicon, sentence.registry)


def _same_subject(text: str, start: int, verb: Word, lexicon: Lexicon) -> bool:
    """Whether a verb after a clause break shares the subject before it.

    An -ing cue (", adding that …") or a verb with no subject of its own (", but cautions that …").
    """
    if verb.lower in lexicon.gerund_cues:  # unless its own subject comes first: "with its chief saying"
        before = words(text, start, verb.start)
        return not (before and before[0].lower in lexicon.comma_subordinators)
    return all(w.lower in lexicon.coordinators or w.lower in lexicon.adverbs for w in words(text, start, verb.start))


def _clause_cut(text: str, span: tuple[int, int], verb: Word, lexicon: Lexicon, *, coordinated: bool) -> int | None:
    """Where a reported clause gives way to another verb of the speaker's, if it does.

    ``coordinated``: the sentence has a coordinator (else only a comma can cut the clause).
    """
    cut = _coordinated_cue(text, span, verb, lexicon) if coordinated else None
    return cut if cut is not None else _new_attribution(text, span, lexicon)


def _coordinated_cue(text: str, span: tuple[int, int], verb: Word, lexicon: Lexicon) -> int | None:
    """Where a second reporting verb joined by a coordinator begins: "… “brutal” and said …".

    The second verb is the speaker's, with a clause of its own, when the words before it hold
    no verb ("called the timing “brutal” and said …", "denied the allegations and said …"),
    the first verb names its object, an adversative sets the verbs apart ("said two people
    were missing but cautioned that …"), or the speaker is the reported clause's pronoun ("said
    he never used the term and added, …"); after a clause with a subject and verb of its own
    the verb is that subject's ("said its researchers examined … and concluded …"). Only a
    past or bare cue form counts: a present one may be a noun in a list ("costs and claims").
    """
    ws = words(text, span[0], span[1])
    lows = list(lowers(ws))
    if lexicon.coordinators.isdisjoint(lows) or lexicon.cue_forms.isdisjoint(lows):
        return None  # most clauses: no coordinator, or no verb after one
    for index in range(1, len(ws) - 1):
        second = ws[index + 1]
        if (
            lows[index] in lexicon.coordinators
            and lows[index + 1] in lexicon.cue_forms
            and lows[index + 1] not in lexicon.present_cues
            and second.text == second.lower
            and not text[ws[index].end : second.start].strip()
        ):
            own = (
                lows[0] in lexicon.pronouns
                or verb.lower in lexicon.noun_object_cues
                or lows[index] in lexicon.adversatives  # "… were missing but cautioned that …"
            )
            if own or not any(_verb_form(word, lexicon) for word in ws[:index]):
                return ws[index].start
            return None
    return None


def _object_only(text: str, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether a verb's complement before a second verb is a definite noun phrase and no more.

    "denied the allegations (and said …)", "menegaskan hal itu (dan menyatakan …)"; a quotation
    or a verb in it makes it speech: "called the timing “brutal”", "said the storm weakened".
    """
    if not _definite_object(text, span, lexicon) or any(mark in text[span[0] : span[1]] for mark in '"“”'):
        return False
    return not any(_verb_form(word, lexicon) for word in words(text, span[0], span[1]))  # "the storm weakened"


def _verb_form(word: Word, lexicon: Lexicon) -> bool:
    """Whether a lower-case word is a verb form: a predicate, a cue form or a past form."""
    low = word.lower
    if word.text != low:
        return False
    return low in lexicon.predicates or low in lexicon.cue_forms or past_form(low, lexicon) or verb_like(low, lexicon)


def _new_attribution(text: str, span: tuple[int, int], lexicon: Lexicon) -> int | None:
    """Where a reported clause gives way to a new attribution, if it does: just past the comma.

    After a comma: an -ing cue (", adding that …"), or a short subject and a cue (", but it
    did not say when", ", it has also acknowledged that …", ", and analysts say …") or a verb
    of keeping something back (", but he did not disclose how much"). A cue
    set off by commas is a parenthesis inside the clause (", she says,"), and a relative
    opens an appositive (", which he says …").
    """
    if text.find(",", span[0], span[1]) == -1 and text.find(";", span[0], span[1]) == -1:
        return None  # most clauses: no comma, no break
    ws = words(text, span[0], span[1])
    if lexicon.cue_forms.isdisjoint(lowers(ws)) and lexicon.reticence.isdisjoint(lowers(ws)):
        return None  # no verb that could start a new attribution (one C-level pass each)
    position = 0
    for comma in _clause_commas(text, span):
        while position < len(ws) and ws[position].start < comma:
            position += 1
        following = ws[position : position + _ATTRIBUTION_WINDOW + 1]
        if following and following[0].lower in lexicon.gerund_cues:
            return comma
        if following and _new_subject(text, following, lexicon):
            return comma
    return None


def _new_subject(text: str, following: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether the words after a comma are a subject and a verb of saying or keeping back.

    ``following`` holds the window's words and one more, the word after its last verb.
    """
    first = following[0].lower
    if first in lexicon.relatives or first in lexicon.complementizers:
        return False  # an appositive: ", which he says …"
    if first in lexicon.coordinators and len(following) > 1 and following[1].lower in lexicon.complementizers:
        return False  # ", but that operators had refused …": the same verb's second clause
    if first in lexicon.comma_subordinators:  # ", with its chief executive saying …"
        return not lexicon.gerund_cues.isdisjoint(lowers(following[1:_ATTRIBUTION_WINDOW]))
    if first in lexicon.subordinators and first not in lexicon.coordinators:
        return False  # a reason or a time inside the speech: ", because she described …"
    for offset in range(1, min(len(following), _ATTRIBUTION_WINDOW)):
        word = following[offset]
        if text[following[offset - 1].end : word.start].strip():
            return False  # punctuation: the window has left the clause after the comma
        low = word.lower
        if low in lexicon.reticence:
            return True
        if low not in lexicon.cue_forms or low in lexicon.title_markers or low in lexicon.gerund_cues:
            continue
        after = following[offset + 1].lower if offset + 1 < len(following) else ""
        # ", she says," is a parenthesis; "the letter Doe wrote was …" a relative clause
        return text[word.end : word.end + 1] != "," and not _finite_marker_low(after, lexicon)
    return False


def _clause_commas(text: str, span: tuple[int, int]) -> Iterator[int]:
    """The offsets just past the commas and semicolons inside ``span`` (and their closing marks)."""
    for match in _CLAUSE_COMMA.finditer(text, span[0], span[1]):
        yield match.end()


def _definite_object(text: str, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether a complement is a short definite noun phrase: "laporan itu", "the decision", "any wrongdoing"."""
    ws = words(text, span[0], span[1])
    if len(ws) > _NP_MAX or ws[0].lower.startswith(lexicon.verb_prefixes or ("\0",)):
        return False  # "mendukung penindakan tersebut" is a verb phrase
    if len(ws) <= _DETERMINED_MAX and ws[0].lower in lexicon.object_determiners:
        return True
    return ws[-1].lower in lexicon.demonstratives or ws[0].lower in lexicon.definite_articles


#: The most words of a noun phrase a determiner opens ("any wrongdoing", "his involvement").
_DETERMINED_MAX = 2


#: How far into a complement the colon of a dated note may come: "Nov. 18, 2019:".
_DATE_NOTE = 25


def _no_clause_opening(text: str, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether a complement opens as no reported clause does: a topic or a dated note.

    "bercerita tentang kisah …" tells what was talked about; "Correction added Nov. 18,
    2019: The caption …" is an editor's note.
    """
    first = first_word(text, span[0], span[1])
    if first is None:
        return False
    low = first.lower
    if low in lexicon.topic_preps:
        return True
    dated = low in lexicon.calendar or abbreviated(low)
    return dated and ":" in text[first.end : min(span[1], span[0] + _DATE_NOTE)]


def _refused(ws: Sequence[Word], index: int, lexicon: Lexicon) -> bool:
    """Whether a refusal or a purpose comes right before the verb (past adverbs): "enggan membeberkan"."""
    return bool(lexicon.refusals) and ws[_past_adverbs(ws, index, lexicon)].lower in lexicon.refusals


def _noun_object(text: str, verb: Word, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether a noun-object cue with no comma before ``span`` takes a noun phrase, not a clause.

    "mencontohkan instansinya yang …" names something; "menyebutkan berkas itu sudah
    diterima" reports a clause (a language without ``predicates`` words is not tested).
    """
    if not lexicon.predicates or verb.lower not in lexicon.noun_object_cues or "," in text[verb.end : span[0]]:
        return False
    if verb.lower in lexicon.title_markers and _second_object(text, span, lexicon):
        return False  # "called the impeachment process a sham": a judgement, reported
    return not _has_predicate(text, span, lexicon) and not has_quote_mark(text[span[0] : span[1]])


def _second_object(text: str, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether an indefinite article right after a noun opens a second noun phrase: "the process a sham".

    (Not after a preposition: "share with an immune cell" is one phrase.)
    """
    stop = text.find(",", span[0], span[1])
    ws = words(text, span[0], span[1] if stop == -1 else stop)
    return any(
        ws[i].lower in lexicon.indefinite_articles and ws[i - 1].lower not in lexicon.function_words
        for i in range(1, len(ws))
    )


def _has_predicate(text: str, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether the words up to the first clause comma hold a predicate: a clause, not a noun phrase.

    Commas inside a list of names go on: "menyebut Amerika Serikat, Jepang, dan Mesir menjadi …".

    A ``predicates`` word ("ada", "sudah", "menjadi"), or a verb form that is not the first
    word and does not follow a relative ("instansinya yang memiliki …" is a noun phrase).
    """
    stop = span[1]
    for comma in _clause_commas(text, span):
        after = words(text, comma, min(span[1], comma + 40))[:2]
        if after and after[0].lower in lexicon.coordinators:
            after = after[1:]
        if not after or not is_capitalized(after[0].text):
            stop = comma  # the first comma that does not go on with a list of names
            break
    ws = words(text, span[0], stop)
    for position, word in enumerate(ws):
        low = word.lower
        after_relative = position > 0 and ws[position - 1].lower in lexicon.relatives
        if low in lexicon.predicates and not after_relative:
            return True
        if position and verb_like(low, lexicon) and not after_relative:
            return True
        if 0 < position <= _FINITE_REACH and _finite_after_noun(ws[position - 1].lower, low, lexicon):
            return True  # "confirmed two people died in the fire"
    return False


#: How far into a complement a past form may stand to end its subject: "the suspect fled",
#: not "a loss of $3 million in the quarter ended …" (a participle inside a noun phrase).
_FINITE_REACH = 3


def _finite_after_noun(before: str, low: str, lexicon: Lexicon) -> bool:
    """Whether ``low`` has a past ending right after a noun: "people died" (not "the escaped")."""
    return (
        past_form(low, lexicon)
        and before not in lexicon.function_words
        and before not in lexicon.relatives
        and before not in lexicon.articles
        and before not in lexicon.demonstratives
    )


def _passive_before(word: Word, lexicon: Lexicon) -> bool:
    """Whether a passive verb sits right before the verb: "disebut meminta" is hearsay."""
    prefix = lexicon.passive_prefix
    low = word.lower
    return (
        bool(prefix)
        and _PASSIVE_VERB.match(low) is not None
        and low.startswith(prefix or "")
        and low not in lexicon.cue_forms
    )


def _according(sentence: Sentence) -> list[Piece]:
    """The frame "Menurut X, …" at the head of a sentence, or "…, according to X." at its end."""
    text, ws, lexicon = sentence.text, sentence.words, sentence.lexicon
    clitic = _according_clitic(sentence)
    if clitic:
        return clitic
    lows = list(lowers(ws))
    if lexicon.according_heads.isdisjoint(lows):
        return []  # no phrase can start here (most sentences)
    for parts in lexicon.according_words:
        index = _phrase_at(lows, parts)
        if index is None:
            continue
        last = ws[index + len(parts) - 1]
        cue = make_word(text[ws[index].start : last.end], ws[index].start, last.end)
        mention = mention_after(text, cue.end, lexicon)
        if mention is not None and not plausible_mention(text, mention, lexicon):
            mention = _unnamed_person(text, mention, lexicon)  # "according to a local community leader"
        if mention is None:
            return []
        named = words(text, mention.start, mention.end)
        if _cites_document(named, lexicon):
            return []  # "according to a filing with the regulator", "menurut catatan polisi": a record
        mention = set_off_speaker(text, mention, lexicon)  # "Menurut Ketua Bawaslu X, Budi Santoso, …"
        span = _according_span(sentence, cue, mention)
        return [sentence.piece(span, Cue(cue, mention, None, mention.end))] if span else []
    return []


def _unnamed_person(text: str, mention: Mention, lexicon: Lexicon) -> Mention | None:
    """An indefinite description of one unnamed person ("a local community leader"), else None.

    Its head is a noun for a person (:func:`person_noun`); a record ("a new study") is no one.
    """
    found = unnamed_description(text, mention, lexicon)
    if found is None:
        return None
    return found if person_noun(words(text, mention.start, mention.end)[-1].lower, lexicon) else None


def _cites_document(named: Sequence[Word], lexicon: Lexicon) -> bool:
    """Whether the words after "according to" name a record.

    Its head word is one, or, with no capitalised word, any word is ("court documents seen by
    the Guardian", "census figures").
    """
    head = named[-1 if lexicon.org_head_final else 0]
    if head.text == head.lower and head.lower in lexicon.documents:
        return True  # (a capitalised one names something: "the Daily Record", "Data Indonesia")
    return not any(is_capitalized(w.text) for w in named) and not lexicon.documents.isdisjoint(lowers(named))


def _phrase_at(lows: list[str], parts: Sequence[str]) -> int | None:
    """The first index where the words ``parts`` stand one after another in ``lows``.

    Example:
        >>> _phrase_at(["itu", "according", "to", "doe"], ("according", "to"))
        1
    """
    index = -1
    wanted = list(parts)
    while True:
        try:
            index = lows.index(wanted[0], index + 1)  # a C-level scan to the next candidate
        except ValueError:
            return None
        if lows[index : index + len(wanted)] == wanted:
            return index


def _according_clitic(sentence: Sentence) -> list[Piece]:
    """The clitic frame "Menurutnya, …": the clitic is the mention, the current speaker."""
    lexicon = sentence.lexicon
    if not lexicon.according_clitics:
        return []
    for word in sentence.words[:3]:
        if word.lower in lexicon.according_clitics:
            mention = Mention(word.text, word.start, word.end, "clitic")
            comma = sentence.text.find(",", word.end, word.end + 3)
            if comma == -1 or _starts_quote(sentence.text[comma + 1 : sentence.end]):
                return []
            span = _content(sentence.text, comma + 1, sentence.end)
            return [sentence.piece(span, Cue(word, mention, None, word.end))] if span else []
    return []


def _according_span(sentence: Sentence, cue: Word, mention: Mention) -> tuple[int, int] | None:
    text = sentence.text
    if count_words(text, sentence.start, cue.start) >= 3:
        if _starts_quote(text[sentence.start : cue.start]):
            return None  # '"…," he told settler leaders, according to a statement': a direct quote's frame
        return _content(text, sentence.start, cue.start)
    if any(w.lower in sentence.lexicon.cue_forms for w in words(text, sentence.start, cue.start)):
        return None  # '…," he said, according to the Intelligencer, …': the source of that attribution
    comma = text.find(",", mention.end, sentence.end)
    if comma == -1 or text[mention.end : comma].strip() or _starts_quote(text[comma + 1 : sentence.end]):
        return None
    following = words(text, comma + 1, sentence.end)
    if following and not _opens_clause(following[0], sentence.lexicon):
        # an appositive first: "According to Budi Raharjo, an analyst at Kenari, the plan …"
        # (not a clause with its verb: "Menurut Wali Kota, Kota Malang menghasilkan …, dan …")
        second = text.find(",", following[0].end, sentence.end)
        if (
            second != -1
            and second - comma < _APPOSITIVE_MAX
            and not any(
                verb_like(w.lower, sentence.lexicon) for w in words(text, comma + 1, second) if w.text.islower()
            )
        ):
            comma = second
    return _content(text, comma + 1, sentence.end)


def _postposed(sentence: Sentence) -> list[Piece]:
    """The frames "…, kata X." / "…, officials said." / "Penundaan, kata dia, dilakukan …"."""
    text, lexicon = sentence.text, sentence.lexicon
    if lexicon.cue_forms.isdisjoint([word.lower for word in sentence.words]):
        return []
    comma = text.find(",", sentence.start, sentence.end)
    while comma != -1:
        cue = cue_after(text, comma, lexicon)
        rest = text[cue.end : sentence.end] if cue is not None else ""
        if cue is not None and cue.word.start in sentence.used and not rest[rest.find(",") + 1 :].strip(" ,:."):
            # the cue of the (blanked) direct quotation after it: 'Asked whether …, he told reporters: “…”',
            # 'After hitting “…,” the singer told the audience, “…”'
            cue = None
        tail = _medial_tail(sentence, cue) if cue is not None and cue.mention is not None else None
        # a clitic cue ("ujarnya") reports the clause it sits in only when set off inside it:
        # "Sportivo, lanjutnya, merupakan …" (a final one ends many sentences of narration)
        if cue is not None and cue.mention is not None and (cue.mention.kind != "clitic" or tail is not None):
            # with a medial cue the head may be one word: "Penundaan, kata dia, dilakukan …"
            head = _content(text, sentence.start, comma, 1 if tail else _MIN_WORDS)
            if head is not None and any(mark in text[sentence.start : head[0] + 1] for mark in '"“”'):
                head = None  # the appositive of a direct quote's speaker: "…," Doe, a director, adds.
            if head is not None and tail is not None and _only_link_words(text, head, lexicon):
                head = None  # "Meanwhile, Doctor says, they’re …": a linking word, not what was said
            spans = [span for span in (head, tail) if span]
            if spans:
                group = Group(cue, sentence.block, (sentence.block, cue.word.start))
                return [Piece("indirect", sentence.block, start, end, group) for start, end in spans]
        comma = text.find(",", comma + 1, sentence.end)
    return []


def _only_link_words(text: str, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Whether a span is a linking phrase ("Meanwhile", "But then", "After that", "Sementara itu").

    It opens with an adverb, subordinator or coordinator, then has function words only. A
    subject or a quantifier is not: "That, Audi says, allows …", "Most, he said, were hurt".
    """
    ws = words(text, *span)
    if not ws:
        return False
    first = ws[0].lower
    if first not in lexicon.adverbs and first not in lexicon.subordinators and first not in lexicon.coordinators:
        return False
    return all(w.lower in lexicon.function_words or w.lower in lexicon.adverbs for w in ws[1:])


def _medial_tail(sentence: Sentence, cue: Cue) -> tuple[int, int] | None:
    """The clause after a medial cue: "Penundaan, kata dia, dilakukan karena …"."""
    text = sentence.text
    rest = cue.end
    if rest >= sentence.end or text[rest] != ",":
        return None
    following = words(text, rest + 1, sentence.end)
    pronoun = cue.mention is not None and cue.mention.kind == "pronoun"
    if not following or not _opens_clause(following[0], sentence.lexicon, after_pronoun=pronoun):
        return None
    return _content(text, rest + 1, sentence.end)


def _opens_clause(word: Word, lexicon: Lexicon, *, after_pronoun: bool = False) -> bool:
    """Whether the words after a medial cue continue the reported clause (not an appositive).

    After a pronoun no appositive can follow: "Back then, he says, a good day could bring in …"
    goes on with the clause whatever its first word.
    """
    low = word.lower
    if after_pronoun:
        return low not in lexicon.subordinators and low not in lexicon.relatives and not _gerund(low, lexicon)
    return not (
        is_capitalized(word.text)
        or low in lexicon.subordinators
        or low in lexicon.articles
        or low in lexicon.roles
        or low in lexicon.anonymous
        or low in lexicon.relatives
        # an -ing verb after it is a new one: ", the people said, asking not to be identified"
        or _gerund(low, lexicon)
    )


def _gerund(low: str, lexicon: Lexicon) -> bool:
    """Whether a lower-case word reads as an -ing verb, where the lexicon has such cues."""
    return bool(lexicon.gerund_cues) and len(low) > _GERUND_MIN and low.endswith("ing")


#: The shortest -ing word read as a verb after a medial cue ("asking"; not "king", "thing").
_GERUND_MIN = 5


def _passive(sentence: Sentence) -> list[Piece]:
    """The frame "Hal itu disampaikan X …" / "Demikian dikatakan X": the previous sentence is the speech."""
    text, ws, lexicon = sentence.text, sentence.words, sentence.lexicon
    if sentence.previous is None and sentence.carried is None:
        return []
    for index, word in enumerate(ws[:4]):
        if word.lower not in lexicon.passive_cues:
            continue
        subject = " ".join(w.lower for w in ws[:index])
        echo = subject in lexicon.echo_subjects
        if subject not in lexicon.passive_subjects and not echo:
            return []
        target = None if echo else _reported_before(sentence)  # looked for only now: few sentences hold such a cue
        after = ws[index + 1] if index + 1 < len(ws) else None
        mention_start = after.end if after is not None and after.lower in lexicon.passive_agents else word.end
        mention = mention_after(text, mention_start, lexicon)
        if mention is None:
            return []
        span = _content(target[1], target[2], target[3]) if target is not None else None
        group = Group(Cue(word, mention, None, mention.end), sentence.block, (sentence.block, word.start))
        if target is None or span is None:
            # "Hal senada diungkapkan Warsini (52), …": no clause is reported here, but Warsini is
            # who a pronoun after it names
            return [Piece(CONTEXT, sentence.block, word.start, word.start, group)] if mention.kind == "name" else []
        return [Piece("indirect", target[0], span[0], span[1], group)]
    return []


def _reported_before(sentence: Sentence) -> tuple[int, str, int, int] | None:
    """The sentence before this one (block, text, start, end), in the previous block for a first one."""
    if sentence.previous is not None:
        return sentence.block, sentence.text, *sentence.previous
    if sentence.carried is None:
        return None
    block, text = sentence.carried
    bounds = sentence_bounds(text, sentence.lexicon)
    if not bounds:
        return None
    start, end = bounds[-1]
    last = text[start:end].strip()
    # a heading has no closing punctuation; a direct quotation's attribution is no speech of
    # its own ('"…," kata Budi.' blanked leaves '" kata Budi.')
    if last[-1:] not in (".", "!", "?") or any(mark in last for mark in '"“”'):
        return None
    return block, text, start, end


def _partials(
    texts: Sequence[str], indirect: Sequence[Piece], others: Sequence[Segment], lexicon: Lexicon
) -> list[Piece]:
    """Quoted words inside a reported clause, unless they read as a title.

    A title is written in Title Case or announced by a word such as "bertajuk" or "known as".
    """
    by_block: dict[int, list[Piece]] = {}
    for piece in sorted(indirect, key=lambda p: (p.block, p.start)):
        if piece.kind != CONTEXT:  # (quotes nothing, so holds no partial quote)
            by_block.setdefault(piece.block, []).append(piece)
    starts = {block: [p.start for p in pieces] for block, pieces in by_block.items()}
    found: list[Piece] = []
    for segment in others:
        pieces = by_block.get(segment.block)
        if segment.close is None or not pieces:
            continue
        index = bisect_right(starts[segment.block], segment.open) - 1
        if index < 0:
            continue
        piece = pieces[index]
        text = texts[segment.block]
        if segment.close > piece.end or title_like(text, segment.start, segment.end):
            continue
        before = words(text, max(0, segment.open - 30), segment.open)
        if before and before[-1].lower in lexicon.title_markers:
            continue
        found.append(Piece("partial", segment.block, segment.start, segment.end, piece.group))
    return found

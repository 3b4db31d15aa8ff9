"""extract_quotes: find every quotation in a sequence of blocks and resolve its speaker."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

import attrs

from newsmodel._model import Attribution, Organization, Paragraph, Person, Quote, QuoteKind, Span
from newsmodel._text import replace_surrogates
from newsmodel.exceptions import ParseError
from newsmodel.quotes._cues import participle_lead, person_noun, unnamed_opening
from newsmodel.quotes._direct import CONTEXT, Group, Piece, find_direct, sentence_start
from newsmodel.quotes._indirect import find_indirect
from newsmodel.quotes._languages import lexicon_for
from newsmodel.quotes._lexicon import Lexicon
from newsmodel.quotes._speakers import (
    AGE_ADJECTIVE,
    NAMING_PHRASES,
    Entity,
    Mention,
    Registry,
    affiliation_link,
    collect,
    is_name_word,
    is_possessive,
    is_title,
    leader_idiom,
    name_words,
    nicknames_in,
    office_link,
    past_form,
    placed_body,
    possessive_owner,
    possessor,
    set_off_name,
    verb_like,
    without_owner,
)
from newsmodel.quotes._text import (
    Word,
    abbreviation_dot,
    block_words,
    capital_runs,
    has_quote_mark,
    is_capitalized,
    lowers,
    pinned,
    sentence_bounds,
    words,
)

__all__ = ["extract_quotes"]

# The end of a sentence, where the next one starts.
_SENTENCE_START = re.compile(r"[.!?][\"“”’')\]]*\s+")

#: Quote marks: a sentence that opens with one starts with quoted words, not its subject.
_QUOTE_MARKS = frozenset('"“”')
#: How far back (in characters) a pronoun looks for the subject of an earlier sentence.
_SUBJECT_WINDOW = 400

_KINDS = {"direct": QuoteKind.DIRECT, "indirect": QuoteKind.INDIRECT, "partial": QuoteKind.PARTIAL}


def extract_quotes(blocks: Iterable[str | Paragraph], *, language: str = "id") -> tuple[Quote, ...]:
    """Find the direct, partial and indirect quotations in a body and resolve their speakers.

    ``blocks`` are the body's blocks in order: strings or :class:`~newsmodel.Paragraph`
    objects (an ``Article``'s ``body``). Each quote's ``span`` indexes the text of its own
    block (``Paragraph.text``, or the string as given); a quotation that runs over several
    blocks gives one quote per block, each carrying the attribution found at its end.
    Quotes come in reading order. Any text is accepted; text without quotations gives ``()``.

    Args:
        blocks: The body's blocks, strings or paragraphs.
        language: BCP 47 tag choosing the lexicon: ``"id"`` (default) or ``"en"``.

    Returns:
        The quotations, in the order of their spans.

    Raises:
        ParseError: ``blocks`` is not an iterable of strings and paragraphs (a bare string is
            refused: pass ``[text]``), or ``language`` is not a string.

    Example:
        >>> from newsmodel.quotes import extract_quotes
        >>> body = [
        ...     "Penegasan ini disampaikan penasihat Kremlin, Yuri Ushakov.",
        ...     "“Rusia tidak akan mundur,” tegas Ushakov kepada media.",
        ... ]
        >>> quote = extract_quotes(body)[0]
        >>> quote.text, quote.kind.value
        ('Rusia tidak akan mundur', 'direct')
        >>> speaker = quote.attribution.speaker
        >>> speaker.name, speaker.job_title, quote.attribution.cue, quote.attribution.addressee
        ('Yuri Ushakov', 'penasihat Kremlin', 'tegas', 'media')
        >>> body[quote.span.block][quote.span.start : quote.span.end]
        'Rusia tidak akan mundur'
    """
    texts = _texts(blocks)
    tag: object = language  # checked at run time too: untyped callers pass anything
    if not isinstance(tag, str):
        raise ParseError(f"language must be a BCP 47 tag (str), got {type(tag).__name__}", path="language")
    lexicon = lexicon_for(language)
    with pinned(texts):  # every pass below reads the blocks' words: tokenise each block once
        if not _may_hold_quotes(texts, lexicon):
            return ()  # then neither pass below finds anything: the speakers need no collecting
        registry = collect(texts, lexicon)
        direct, others = find_direct(texts, registry)
        pieces = [*direct, *find_indirect(texts, direct, others, registry)]
        speakers = _resolve_groups(texts, pieces, registry)
    agents: dict[int, Person | Organization] = {}
    attributions: dict[int, Attribution] = {}
    quotes = []
    for piece in sorted(pieces, key=lambda p: (p.block, p.start, -p.end)):
        if piece.kind == CONTEXT:
            continue  # it only told the resolution who the text was about
        attribution = attributions.get(id(piece.group))
        if attribution is None:
            entity = speakers.get(id(piece.group))
            speaker = None
            if entity is not None:
                speaker = agents.get(id(entity))
                if speaker is None:
                    speaker = agents[id(entity)] = registry.to_agent(entity)
            attribution = attributions[id(piece.group)] = _attribution(piece.group, speaker)
        text = texts[piece.block][piece.start : piece.end]
        span = Span(block=piece.block, start=piece.start, end=piece.end)
        quotes.append(Quote(text=text, kind=_KINDS[piece.kind], attribution=attribution, span=span))
    return tuple(quotes)


def _texts(blocks: object) -> list[str]:
    r"""The blocks' texts; anything but an iterable of strings and paragraphs raises ParseError.

    A lone surrogate (a ``\ud800`` JSON escape) becomes U+FFFD: the same length, so every span
    still indexes the block, and no quote carries a character UTF-8 cannot encode.
    """
    if isinstance(blocks, str | bytes) or not isinstance(blocks, Iterable):
        hint = "; pass [text] for one block" if isinstance(blocks, str) else ""
        raise ParseError(f"blocks must be an iterable of str or Paragraph, got {type(blocks).__name__}{hint}")
    texts = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            texts.append(replace_surrogates(block.text))
        elif isinstance(block, str):
            texts.append(replace_surrogates(block))
        else:
            raise ParseError(f"block {index} is a {type(block).__name__}, not str or Paragraph", path=f"[{index}]")
    return texts


def _may_hold_quotes(texts: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a body has a quote mark (direct speech) or a word that frames reported speech.

    :func:`find_direct` starts from quote marks and :func:`find_indirect` from sentences with
    one of ``lexicon.frame_words``: a body with neither holds no quotation.
    """
    if any(map(has_quote_mark, texts)):
        return True
    return not all(lexicon.frame_words.isdisjoint(lowers(block_words(text))) for text in texts)


def _attribution(group: Group, speaker: Person | Organization | None) -> Attribution:
    """The attribution shared by a group's quotes: speaker, cue, mention, addressee, spans."""
    cue = group.cue
    if cue is None:
        return Attribution(speaker=speaker)
    block = group.cue_block
    mention = cue.mention if cue.mention is not None and cue.mention.text else None
    return Attribution(
        speaker=speaker,
        cue=cue.word.text,
        cue_span=Span(block=block, start=cue.word.start, end=cue.word.end),
        addressee=cue.addressee,
        mention=mention.text if mention else None,
        mention_span=Span(block=block, start=mention.start, end=mention.end) if mention else None,
    )


def _resolve_groups(texts: Sequence[str], pieces: Sequence[Piece], registry: Registry) -> dict[int, Entity | None]:
    """Resolve each group's speaker in reading order, carrying the current speaker along."""
    groups: dict[int, Group] = {}
    first: dict[int, int] = {}  # each group's first block: a quotation may run over several
    for piece in pieces:
        groups.setdefault(id(piece.group), piece.group)
        first[id(piece.group)] = min(first.get(id(piece.group), piece.block), piece.block)
    # a context piece only shows who the text is about, when that is a person
    contexts = {id(piece.group) for piece in pieces if piece.kind == CONTEXT}
    context: Entity | None = None
    seen = False
    since: tuple[int, int] = (-1, -1)
    speakers: dict[int, Entity | None] = {}
    marks: dict[int, list[int]] = {}  # each block's double quote marks, read once
    unnamed: dict[str, frozenset[str]] = {}  # each head noun's last description: its words if nobody named
    ordered = sorted(groups.values(), key=lambda g: g.order)
    pending: list[int] = []  # descriptions nobody before them answered: forward references, perhaps
    for position, group in enumerate(ordered):
        mention = group.cue.mention if group.cue is not None else None
        subject = _new_subject(registry, since, group.order)
        if subject is not None:
            context, seen = subject, True  # "Anggota DPR X sepakat. Namun, ia mengingatkan …"
        if mention is None or mention.kind in {"pronoun", "clitic", "none"}:
            entity = None
            if mention is not None and mention.kind == "pronoun":
                entity = _antecedent(texts[group.cue_block], mention, group.order, registry)
            opened = False
            if entity is None and mention is not None:
                if group.cue_block not in marks:
                    marks[group.cue_block] = _double_marks(texts[group.cue_block])
                opened, entity = _sentence_subject(
                    texts[group.cue_block], group.order, since, registry, marks[group.cue_block]
                )
            if entity is None and not opened and mention is not None and mention.kind == "pronoun":
                # (the paragraph before the quotation's first one: "At a shelter …, rice farmer
                # Agustina Pangalila, 61, sat …" / "“…" / "…,” she said.)
                opening = (first[id(group)], 0) if first[id(group)] < group.cue_block else group.order
                entity = _previous_subject(texts, mention, opening, since, registry) or _introduced_before(
                    texts[group.cue_block], mention, group.order, since, registry
                )
            if entity is None and not opened:
                entity = context if seen else registry.last_person(group.order)
        elif _takes_up_unnamed(mention, unnamed, registry.lexicon):
            entity = None  # "according to a local community leader who …" … "the community leader said"
        else:
            entity = _resolve(texts[group.cue_block], mention, group.order, (context, seen), registry)
            if _may_refer_forward(texts[group.cue_block], mention, entity, registry.lexicon):
                pending.append(position)
        _remember_description(unnamed, mention, entity, registry.lexicon)
        if mention is not None and mention.kind == "pronoun":
            entity = _pronoun_checked(texts[group.cue_block], entity, mention, group.order, registry, since=since)
        speakers[id(group)] = entity
        if id(group) in contexts and registry.lexicon.genders and (entity is None or entity.is_org):
            # "Apple revealed a new iPhone", "Analysts projected growth": nobody a later "he" or
            # "she" could be; in Indonesian an unnamed source or an organization still is the
            # "katanya" after it ("Seorang sopir mengeluhkan antrean. “…,” katanya.")
            continue
        if entity is not None:
            registry.spoke(entity, group.order)
        context = entity
        since = group.order
        seen = True
    _forward_references(ordered, pending, speakers, registry)
    return speakers


def _may_be_described(person: Entity, group: Group, after: Group, lexicon: Lexicon) -> bool:
    """Whether a person introduced after a description may be the one it describes.

    A person with no role given (in the registry or in the words of ``after``'s mention, the
    group the person speaks in), or one whose role shares a word with the description:
    "The religious affairs minister said …" / "“…,” Zainal Mu’in told reporters"; not "The
    mayor said …" / "Engineer Tomas Reilhac … said".
    """
    mention = group.cue.mention if group.cue is not None else None
    named = after.cue.mention if after.cue is not None else None
    role = set((person.role or "").lower().replace(",", " ").split()) | person.titles
    if named is not None:  # the words of a role there: "Engineer Tomas Reilhac" (not "Mr Marcus Teo", "He")
        role |= {w.lower for w in words(named.text) if person_noun(w.lower, lexicon)} - person.tokens
    if not role or mention is None:
        return True
    described = {w.lower for w in words(mention.text)} - lexicon.articles - lexicon.demonstratives
    return not role.isdisjoint(described)


def _pronoun_checked(
    text: str,
    entity: Entity | None,
    mention: Mention,
    order: tuple[int, int],
    registry: Registry,
    *,
    since: tuple[int, int],
) -> Entity | None:
    """A pronoun's referent as checked against its gender and number.

    ``order`` is the order of the pronoun's cue, ``since`` that of the group resolved before it.
    """
    entity = _same_gender(entity, mention, order, registry)
    if (entity is None or not entity.is_org) and mention.text.lower() in registry.lexicon.group_pronouns:
        # "they said", "it said": no one person (an organization that spoke, the one the
        # sentence before opened with: "Brightwell Energy … blamed …. It described …", or nobody)
        return _org_opening(text, order, since, registry)
    return entity


def _forward_references(
    ordered: Sequence[Group], pending: Sequence[int], speakers: dict[int, Entity | None], registry: Registry
) -> None:
    """Descriptions nobody before them answered: the person named right after, when that person speaks next.

    "The religious affairs minister … said the government …" / "“…,” Zainal Mu’in told
    reporters": the role first, the name after (a forward reference). ``ordered`` are the
    groups in reading order, ``pending`` the positions of those whose description may refer
    forward (:func:`_may_refer_forward`). The first person the text introduces after the
    description, in its block or the next, is its speaker when the next group with a speaker
    is that person's.
    """
    for position in pending:
        group = ordered[position]
        newcomer = registry.first_person_after(group.order)
        if newcomer is None:
            continue
        after = next((g for g in ordered[position + 1 :] if speakers[id(g)] is not None), None)
        if after is None or speakers[id(after)] is not newcomer:
            continue
        mention = group.cue.mention if group.cue is not None else None
        if (mention is not None and _leads(mention, registry.lexicon)) or (
            _may_be_described(newcomer, group, after, registry.lexicon)
        ):
            speakers[id(group)] = newcomer


#: Mention kinds whose head noun a later definite description may take up.
_UNNAMED_OR_DESCRIBING = frozenset({"anonymous", "description", "role"})


def _description_words(ws: Sequence[Word], lexicon: Lexicon) -> list[str]:
    """A description's words (``ws``) before any relative clause, without articles and determiners.

    "a local community leader who declined …" gives local, community, leader; the head noun is
    the last of them where heads come last (English), else the first ("warga" of "seorang warga").
    """
    for index, word in enumerate(ws):
        if word.lower in lexicon.relatives or (index and word.lower in lexicon.mention_stops):
            ws = ws[:index]
            break
    skip = lexicon.articles | lexicon.demonstratives | lexicon.unnamed_singulars
    return [w.lower for w in ws if w.lower not in skip]


def _remember_description(
    unnamed: dict[str, frozenset[str]], mention: Mention | None, entity: Entity | None, lexicon: Lexicon
) -> None:
    """Keep a description's words under its head noun when it named nobody (else forget the head)."""
    if mention is None or mention.kind not in _UNNAMED_OR_DESCRIBING:
        return
    content = _description_words(words(mention.text), lexicon)
    if content:
        unnamed[content[-1 if lexicon.org_head_final else 0]] = frozenset(content) if entity is None else frozenset()


def _takes_up_unnamed(mention: Mention, unnamed: dict[str, frozenset[str]], lexicon: Lexicon) -> bool:
    """Whether a definite description takes up the unnamed source last described with its head noun.

    "according to a local community leader who declined to be named" … "the community leader
    said": nobody named, not a person whose role holds "leader". Every word of the definite
    description must be in the earlier one ("The French foreign ministry" is not "Russia's
    foreign ministry"), and the last description with that head must have named nobody.
    """
    if mention.kind not in _DESCRIBING_KINDS:
        return False
    ws = words(mention.text)
    if not ws or not (ws[0].lower in lexicon.definite_articles or ws[-1].lower in lexicon.postposed_demonstratives):
        return False
    content = _description_words(ws, lexicon)
    if not content:
        return False
    earlier = unnamed.get(content[-1 if lexicon.org_head_final else 0])
    return earlier is not None and bool(earlier) and earlier.issuperset(content)


def _same_gender(entity: Entity | None, mention: Mention, order: tuple[int, int], registry: Registry) -> Entity | None:
    """The pronoun's referent, unless the text shows that person's gender is the other one.

    Then the nearest person of the pronoun's gender before it: "she recalled" after John M.
    Ford spoke is Teresa, introduced "at her office". A referent of unknown gender takes the
    pronoun's, for the pronouns after it.
    """
    gender = registry.lexicon.genders.get(mention.text.lower())
    if entity is not None and entity.is_org and mention.text.lower() in registry.lexicon.person_pronouns:
        # "he told settler leaders" after the EU spoke: a person's pronoun names no organization;
        # the nearest person the text shows to be of its gender, else nobody (not a guess)
        return registry.last_of_gender(order, gender) if gender else None
    if gender is None or entity is None or entity.gender == gender:
        return entity
    if entity.gender is None:
        shown = registry.last_of_gender(order, gender)
        if shown is not None and shown.last_seen > entity.last_seen:
            return shown  # introduced as one of the pronoun's gender since the other was last seen
        entity.gender = gender  # "Ford … "…," he said": later pronouns know Ford is a man
        return entity
    found = registry.last_of_gender(order, gender) or registry.newer_of_unknown_gender(order, entity.last_seen)
    if found is not None and found.gender is None:
        found.gender = gender  # (later pronouns know it too)
    return found


def _new_subject(registry: Registry, since: tuple[int, int], order: tuple[int, int]) -> Entity | None:
    """The last person introduced as a sentence subject after ``since`` and before ``order``."""
    subjects = registry.subjects  # in reading order: collected block by block
    index = bisect_left(subjects, order, key=lambda entry: entry[0]) - 1
    if index >= 0 and subjects[index][0] > since:
        return subjects[index][1]
    return None


def _sentence_subject(
    text: str, order: tuple[int, int], since: tuple[int, int], registry: Registry, marks: Sequence[int]
) -> tuple[bool, Entity | None]:
    """A known person, or an unnamed source, opening a sentence of this block after the last attribution.

    It is who a later pronoun or clitic refers to: `Laba was not convinced. "…," he said.`;
    'Seorang pemilik warung terpaksa mengurangi takaran sambal. "…," ucapnya.' is nobody
    named. Whether such a sentence was found, and the person (None for the unnamed source).
    ``marks`` are where the block's double quote marks are (:func:`_double_marks`): a sentence
    inside a quotation is the speaker's, not the text's.
    """
    offset = order[1]
    nearest = True
    for start in _sentence_starts(text, order, since, _SUBJECT_WINDOW):
        inside = bisect_left(marks, start) % 2 == 1  # an odd number of double marks before it
        if text[start : start + 1] in _QUOTE_MARKS or inside or start >= offset:
            continue  # (a sentence inside the quotation is the speaker's; "Kata dia, …" opens at the cue)
        if _medial(text, start, offset, registry.lexicon):
            continue  # "Yoga, kata dia, masih berpeluang …": the reported clause's subject
        entity = _person_opening(text, start, offset, order, registry) or _person_after_lead(
            text, start, offset, order, registry
        )
        if entity is not None:
            return True, entity
        if nearest and unnamed_opening(text, start, offset, registry.lexicon):
            return True, None  # (only the sentence right before: a later one may name the speaker's role)
        nearest = False
    return False, None


def _medial(text: str, start: int, cue: int, lexicon: Lexicon) -> bool:
    """Whether the cue at ``cue`` is set off by commas inside the reported clause opening at ``start``.

    "Yoga, kata dia, masih berpeluang …", "The delay, he said, was …": the words before the
    cue are what was said, not who said it.
    """
    before = words(text, start, cue)
    return (
        bool(before)
        and text[before[-1].end : cue].strip() == ","
        and not any(w.lower in lexicon.cue_forms for w in before)
    )


def _double_marks(text: str) -> list[int]:
    """Where a block's double quote marks are: straight, curly and print-style (read once per block)."""
    return [match.start() for match in _DOUBLE_MARK.finditer(text)]


_DOUBLE_MARK = re.compile('["\u201c\u201d]')


def _sentence_starts(text: str, order: tuple[int, int], since: tuple[int, int], reach: int | None = None) -> list[int]:
    """Where the sentences of a block begin between the last attribution and ``order``, last first.

    ``since`` is the last attribution's order; with ``reach``, only starts within that many
    characters before ``order`` count.
    """
    block, offset = order
    floor = since[1] if since[0] == block else 0
    window = floor if reach is None else max(floor, offset - reach)
    starts = [window] if window == 0 else []
    starts += [m.end() for m in _SENTENCE_START.finditer(text, window, offset)]
    return [start for start in reversed(starts) if start >= floor]


#: The most words of a lead phrase with no verb before a sentence's subject: "Back in the yard,".
_LEAD_WORDS_MAX = 6

#: The longest lead phrase (in characters) before a sentence's subject: "Asked whether she will tour,".
_LEAD_REACH = 80


def _person_after_lead(text: str, start: int, stop: int, order: tuple[int, int], registry: Registry) -> Entity | None:
    """The known person right after a lead phrase and its comma: "Asked about it, Fairweather …".

    The lead opens with a function word or an English participle ("After the match", "Asked
    whether …") and names nobody (no capitalised word after its first): it is no subject.
    """
    comma = text.find(",", start, min(stop, start + _LEAD_REACH))
    if comma == -1:
        return None
    lead = words(text, start, comma)
    lexicon = registry.lexicon
    capitals = [
        index
        for index in range(1, len(lead))
        if is_capitalized(lead[index].text) and lead[index].lower not in lexicon.calendar
    ]
    if len(lead) < 2 or (capitals and lead[capitals[0] - 1].lower not in lexicon.locatives):
        return None  # (a place after "in" names nobody: "Back in Brebes, Tarsono's mother, …";
        # nor a day or a month: "Outside the gate on Thursday, Agustina Lamba …")
    first = lead[0].lower
    if first in lexicon.articles or first in lexicon.demonstratives or first in lexicon.pronouns:
        return None  # the subject itself: "The children were screaming, …"
    participle = participle_lead(lead, lexicon)
    # else a short phrase with no verb, a preposition second: "Back in the yard, Pelletier has …"
    # (not "Trump's personal lawyer, Rudy Giuliani, …" after "Mr." ended no sentence)
    adjunct = (
        len(lead) <= _LEAD_WORDS_MAX
        and lead[1].lower in lexicon.function_words
        and not any(
            w.lower in lexicon.cue_forms or w.lower in lexicon.predicates or past_form(w.lower, lexicon) for w in lead
        )
    )
    if not (participle or first in lexicon.function_words or adjunct):
        return None
    return _person_opening(text, comma + 1, stop, order, registry)


def _org_opening(text: str, order: tuple[int, int], since: tuple[int, int], registry: Registry) -> Entity | None:
    """A known organization opening a sentence of this block after the last attribution, the last one first."""
    block, offset = order
    lexicon = registry.lexicon
    for start in _sentence_starts(text, order, since):
        head = words(text, start, min(offset, start + 80))[:6]
        if len(head) >= 2 and head[0].lower in lexicon.definite_articles and _org_noun(head[1].lower, lexicon):
            # "The company rejected the accusations. … it said": the organization it takes up
            found_org = _org_for(registry, order, [head[1].lower], openings=False)
            if found_org is not None:
                return found_org
            continue
        runs = capital_runs(text, head, registry.lexicon.name_particles)
        if not runs or runs[0][0] is not head[0]:
            continue
        name = without_owner(text[runs[0][0].start : runs[0][-1].end], registry.lexicon)
        found = registry.find_alias(name) or registry.find_org(name) or registry.org_at(block, runs[0][0].start)
        if found is not None and found.is_org:
            return found
    return None


def _person_opening(text: str, start: int, stop: int, order: tuple[int, int], registry: Registry) -> Entity | None:
    """The known person whose name opens the sentence at ``start`` (reading no further than ``stop``)."""
    head = words(text, start, min(stop, start + 60))[:4]
    runs = capital_runs(text, head, registry.lexicon.name_particles)
    names = name_words(runs[0], registry.lexicon) if runs and runs[0][0] is head[0] else []
    entity = registry.find_by_tokens([w.lower for w in names], order) if names else None
    if entity is None and head:
        entity = _described_opening(text, start, stop, head, order=order, registry=registry)
    return entity if entity is not None and not entity.is_org else None


#: The most words of a description opening a sentence before the name it sets off.
_DESCRIBED_OPENING_MAX = 4


def _described_opening(
    text: str, start: int, stop: int, head: Sequence[Word], *, order: tuple[int, int], registry: Registry
) -> Entity | None:
    """The known person a short description opening the sentence sets off by name.

    "Tarsono's mother, Casmiah, 58, sold …", "The engineer, Desmond Achterberg-Lowe, worked
    …": the description is the name's; its own words name nobody else.
    """
    lexicon = registry.lexicon
    first = head[0].lower
    if not (
        is_possessive(first)
        or first in lexicon.definite_articles
        or first in lexicon.possessives
        or (first in lexicon.demonstratives and first not in lexicon.postposed_demonstratives)  # "Its chief …"
    ):
        return None
    dot = start - 1
    while dot > 0 and text[dot].isspace():
        dot -= 1  # (the last character before the sentence, not a copy of all of them)
    if dot > 0 and abbreviation_dot(text, dot, lexicon):
        return None  # no sentence start: "… with Mr. Trump's personal lawyer, Rudy Giuliani, …"
    comma = text.find(",", start, min(stop, start + 50))
    lead = words(text, start, comma) if comma != -1 else []
    if not 2 <= len(lead) <= _DESCRIBED_OPENING_MAX or any(is_capitalized(w.text) for w in lead[1:]):
        return None
    run = set_off_name(text, comma, lexicon)
    return registry.find_by_tokens([w.lower for w in run], order) if run else None


def _previous_subject(
    texts: Sequence[str], mention: Mention, order: tuple[int, int], since: tuple[int, int], registry: Registry
) -> Entity | None:
    """A known person opening the last sentence of the paragraph before a quotation that opens its own.

    `… Locksley had barely heard of his work.` / `"Even textbooks …," he said.`: the pronoun is
    the person the paragraph ended on, when nobody was attributed since and the text shows the
    person's gender to be the pronoun's (a narrated death is no speaker: `Tom Brown died.` /
    `"He was kind," she said.`).
    """
    block, _ = order
    gender = registry.lexicon.genders.get(mention.text.lower())
    if block == 0 or gender is None or texts[block].lstrip()[:1] not in _QUOTE_MARKS:
        return None
    text = texts[block - 1]
    bounds = sentence_bounds(text, registry.lexicon)  # "… puzzled Dr. Locksley." is one sentence
    start = bounds[-1][0] if bounds else 0
    if (block - 1, start) <= since or text[start : start + 1] in _QUOTE_MARKS:
        return None
    entity = _person_opening(text, start, len(text), order, registry)
    if entity is not None:
        return entity if entity.gender == gender else None
    # or the one person that sentence introduced with a role, anywhere in it: "At a shelter …,
    # rice farmer Agustina Pangalila, 61, sat with her grandchildren." / "“…,” she said."
    newcomer = _one_newcomer(registry, block - 1, start, len(text))
    return newcomer if newcomer is not None and newcomer.gender in {None, gender} else None


def _introduced_before(
    text: str, mention: Mention, order: tuple[int, int], since: tuple[int, int], registry: Registry
) -> Entity | None:
    """The one person the sentence before a sentence-opening pronoun introduced, anywhere in it.

    "Jawaban itu tidak memuaskan anggota Komisi IV …, Cornelia Lumban Tobing. Ia menyebut …":
    the newcomer the text turned to, not the minister who spoke last. Only when nobody was
    attributed since the sentence began and it introduced nobody else.
    """
    bounds = sentence_bounds(text, registry.lexicon)
    at = next((i for i, (start, end) in enumerate(bounds) if start <= mention.start < end), None)
    if not at or bounds[at][0] != mention.start:
        return None  # no sentence before it in the block, or the pronoun does not open its own
    start, end = bounds[at - 1]
    if (order[0], start) <= since:
        return None
    return _one_newcomer(registry, order[0], start, end)


def _one_newcomer(registry: Registry, block: int, start: int, end: int) -> Entity | None:
    """The one person a block introduces in ``[start, end)``, if introduced with a role.

    As the text presents a new speaker ("rice farmer Agustina Pangalila"), not a name in passing
    ("anak dari Suparjo Wiyono").
    """
    people = [e for e in registry.people_in(block) if start <= e.order[1] < end and not e.is_org]
    return people[0] if len(people) == 1 and people[0].role is not None else None


def _antecedent(text: str, mention: Mention, order: tuple[int, int], registry: Registry) -> Entity | None:
    """A person named earlier in the pronoun's own sentence: "didukung Trump, meski ia menyatakan …"."""
    start = sentence_start(text, mention.start)
    if any(mark in text[start : mention.start] for mark in '"“”'):
        return None  # a name inside a quotation is no antecedent
    cue = words(text, max(start, mention.start - 20), mention.start)[-1:]
    if cue and cue[0].lower in registry.lexicon.cue_forms and _medial(text, start, cue[0].start, registry.lexicon):
        return None  # "Yoga, kata dia, masih berpeluang …": said of Yoga, not by him
    for run in reversed(capital_runs(text, words(text, start, mention.start), registry.lexicon.name_particles)):
        names = name_words(run, registry.lexicon)
        entity = registry.find_by_tokens([w.lower for w in names], order) if names else None
        if entity is not None and not entity.is_org and not entity.weak:
            return entity
    return None


@attrs.frozen
class _Lookup:
    """A mention to resolve, where it is, and the speaker the text is currently about."""

    text: str
    mention: Mention
    order: tuple[int, int]
    context: Entity | None
    #: Whether anybody spoke before: then a ``None`` context is an unnamed source.
    context_known: bool
    registry: Registry

    @property
    def lexicon(self) -> Lexicon:
        """The language's lexicon."""
        return self.registry.lexicon

    def lows(self) -> list[str]:
        """The mention's words in lower case."""
        return [w.lower for w in words(self.text, self.mention.start, self.mention.end)]


def _resolve(
    text: str, mention: Mention, order: tuple[int, int], context: tuple[Entity | None, bool], registry: Registry
) -> Entity | None:
    """The entity a mention names, creating it when the text names somebody new."""
    if mention.kind in _DESCRIBING_KINDS or mention.kind == "anonymous":
        named = _named_as(text, mention.end, order, registry)
        if named is not None:
            return named  # "said a rubber farmer … who asked to be identified only as Pak Darto"
    if mention.kind == "anonymous":
        return None
    if (mention.kind in _DESCRIBING_KINDS or _unnamed_clause(text, mention.end, registry.lexicon)) and _says_unnamed(
        text, mention, registry.lexicon
    ):
        # "said the supplier, who asked not to be named", "tutur perempuan yang meminta
        # identitasnya dirahasiakan itu": nobody the text names (after any mention, a relative
        # clause may say so: "kata ABK yang meminta identitasnya dirahasiakan")
        return None
    if mention.kind == "description" and _leads(mention, registry.lexicon):
        return _leader_before(text, mention, context[0], registry.lexicon)
    found = registry.find_alias(mention.text)
    if found is not None:
        return found
    handler = _HANDLERS.get(mention.kind)
    if handler is None:
        return None
    return handler(_Lookup(text, mention, order, context[0], context[1], registry))


def _may_refer_forward(text: str, mention: Mention, entity: Entity | None, lexicon: Lexicon) -> bool:
    """Whether a description resolved to ``entity`` may name the person the text introduces next.

    A person's description nobody before it answered, or a leader idiom whatever it found
    before it: "Orang nomor satu di Pemerintah Kota Pekalongan … menyatakan …" / "Kata Wali Kota
    Pekalongan Fadhilah Aziz, …" is the mayor, not the official who spoke last.
    """
    if mention.kind not in _DESCRIBING_KINDS:
        return False
    if _leads(mention, lexicon):
        return True
    return entity is None and not _says_unnamed(text, mention, lexicon) and _describes_person(mention, lexicon)


def _leads(mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a mention opens with a leader idiom: "Orang nomor satu di …"."""
    return leader_idiom([w.lower for w in words(mention.text)], lexicon)


def _describes_person(mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a description's head noun stands for a person: "the challenger", not "the ministry"."""
    ws = words(mention.text)
    if lexicon.org_head_final:  # the head before what follows it: "the navy's chief of staff"
        link = next((i for i, w in enumerate(ws) if i and w.lower in lexicon.role_connectors), None)
        ws = ws[:link]
    content = _description_words(ws, lexicon)
    if not content:
        return False
    head = content[-1 if lexicon.org_head_final else 0]
    if head in lexicon.roles or head in lexicon.anonymous or head in lexicon.ranks or head in lexicon.person_nouns:
        return True
    # an agent noun only in a definite description ("the challenger"; "A river" is no person)
    return ws[0].lower not in lexicon.indefinite_articles and person_noun(head, lexicon)


def _leader_before(text: str, mention: Mention, context: Entity | None, lexicon: Lexicon) -> Entity | None:
    """The person a leader idiom takes up: the one the text is about, if that person may hold the top office.

    Not a deputy ("Wakil Bupati Bantul …. Orang nomor satu di Bantul itu"), and one whose role
    shares a word with the place or body the idiom names ("Wali Kota Pekalongan …. Orang nomor
    satu di Kota Batik itu"; not "Kepala Dinas Sosial …. Orang nomor satu di Jawa Tengah itu").
    A person named right after may still be meant (:func:`_forward_references`).
    """
    if context is None or context.is_org:
        return None
    role = set((context.role or "").lower().split())
    if not role.isdisjoint(lexicon.deputy_words):
        return None
    # the place or body after the idiom, in the mention or right after it ("… di Jawa Tengah itu")
    ws = words(text, mention.start, min(len(text), mention.end + _LEADER_PLACE_REACH))
    at = next((i for i, w in enumerate(ws) if w.lower in lexicon.locatives), len(ws))
    named: set[str] = set()
    for word in ws[at + 1 :]:
        if not is_capitalized(word.text):
            break
        named.add(word.lower)
    return context if not named or not role.isdisjoint(named) else None


#: How far after a leader idiom's mention (in characters) the place it names may reach.
_LEADER_PLACE_REACH = 40


def _says_unnamed(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether a description, or the relative clause after it, says the source is not named."""
    return _unnamed_clause(text, mention.end, lexicon) or any(
        phrase in mention.text.lower() for phrase in lexicon.unnamed_clauses
    )


#: How far after a description (in characters) the clause giving the person's name may end.
_NAMED_AS_REACH = 120

#: The most words of the name a naming clause gives: "Pak Darto", "Ibu Yanti", "Maria".
_NAMED_AS_MAX = 3


def _named_as(text: str, end: int, order: tuple[int, int], registry: Registry) -> Entity | None:
    """The person a clause after a description names: "…, who gave her name only as Ibu Yanti".

    One of the lexicon's ``naming_clauses`` in the same sentence, then a name (past an
    honorific): the person, known or new.
    """
    lexicon = registry.lexicon
    if not lexicon.naming_clauses:
        return None
    stop = _SENTENCE_END.search(text, end)
    window = text[end : min(stop.start() if stop else len(text), end + _NAMED_AS_REACH)]
    low = window.lower()
    for phrase in lexicon.naming_clauses:
        at = low.find(phrase)
        if at == -1 or not _names_the_described(text, end, end + at, lexicon):
            continue
        after = words(text, end + at + len(phrase), end + len(window))
        while after and after[0].lower in lexicon.honorifics:
            after = after[1:]
        run: list[Word] = []
        for word in after[:_NAMED_AS_MAX]:
            if not is_capitalized(word.text) or (run and text[run[-1].end : word.start] != " "):
                break
            run.append(word)
        names = name_words(run, lexicon) if run else []
        if names:
            name = text[names[0].start : names[-1].end]
            return registry.find_by_tokens([w.lower for w in names], order) or registry.add(
                name, is_org=False, order=(order[0], names[0].start)
            )
    return None


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")

#: The most words between a relative word and the naming phrase: "who asked to be | identified only as".
_NAMING_GAP = 3
#: The most words between a description and the relative clause naming it: "a farmer in Kampar regency who".
_RELATIVE_REACH = 5


def _names_the_described(text: str, end: int, at: int, lexicon: Lexicon) -> bool:
    """Whether the naming phrase at ``at`` sits in a relative clause about the description ending at ``end``.

    "a rubber farmer in Kampar regency who asked to be identified only as …" (not "a neighbour,
    who added that the victim was identified only as …", nor "a vendor, pointing to a stall
    whose owner gave his name as …").
    """
    between = words(text, end, at)
    relative = next((i for i, w in enumerate(between) if w.lower in lexicon.relatives), None)
    if relative is None or len(between) - relative - 1 > _NAMING_GAP or between[relative].lower == "whose":
        return False
    if text[: between[relative].start].rstrip().endswith(","):
        return True  # a clause set off about the description: "a woman from a ship …, who gave only her first name,"
    return relative <= _RELATIVE_REACH and not any(
        verb_like(w.lower, lexicon) or w.lower in lexicon.complementizers for w in between[:relative]
    )


#: Mention kinds a relative clause after them may show to be nobody named.
_DESCRIBING_KINDS = frozenset({"description", "role"})

#: How far after a mention (in characters) its relative clause may say the source is unnamed.
_UNNAMED_CLAUSE_REACH = 60


def _unnamed_clause(text: str, end: int, lexicon: Lexicon) -> bool:
    """Whether a relative clause right after ``end`` says the source is not named.

    ", who asked not to be named", ", who spoke on condition of anonymity": the lexicon's
    ``unnamed_clauses`` inside the clause that a relative word opens after the comma.
    """
    if not lexicon.unnamed_clauses:
        return False
    after = words(text, end, min(len(text), end + _UNNAMED_CLAUSE_REACH))
    if not after or after[0].lower not in lexicon.relatives or text[end : after[0].start].strip() not in {"", ","}:
        return False
    stop = _CLAUSE_END.search(text, after[0].end)
    clause = " ".join(lowers(words(text, after[0].end, stop.start() if stop else len(text))))
    return any(phrase in clause for phrase in lexicon.unnamed_clauses)


_CLAUSE_END = re.compile(r"[,.;:!?\"“”]")


def _by_name(lookup: _Lookup) -> Entity | None:
    """A name: any of its words finds the entity ("Hendra", "Kang Arif"), else it is new."""
    text, registry, lexicon = lookup.text, lookup.registry, lookup.lexicon
    ws = words(text, lookup.mention.start, lookup.mention.end)
    if len(ws) > 1 and ws[0].lower in lexicon.org_classes and not any(is_title(w.lower, lexicon) for w in ws[1:]):
        return _by_org(lookup)  # "Carmaker Toyota said": the class names an organization
    link = affiliation_link(ws, lexicon)
    if link is not None:
        return _affiliated_person(lookup, ws, link)
    names = name_words(ws, lexicon)
    tokens = [w.lower for w in names] or [w.lower for w in ws if w.lower in lexicon.honorifics]
    found = registry.find_by_suffix(tokens, lookup.order)
    if found is not None:
        if len(names) == 1 and found.loose_start:
            _start_name_at(found, names[0].lower)
        return found
    if len(names) == 1:
        titled = names[0] is not ws[0] and ws[ws.index(names[0]) - 1].lower in lexicon.honorifics
        # "dr Wisman": Wismandari Wisnu; "Pak Jiman": Sarjiman (a nickname, before any organization)
        found = registry.find_by_prefix(names[0].text, lookup.order, titled=titled) if titled else None
        if found is None:
            found = registry.find_org(names[0].text)
        if found is None and names[0].lower in lexicon.role_abbreviations:
            found = registry.find_role([names[0].lower], lookup.order)  # "kata Pak Kades"
        if found is None and (len(ws) == 1 or titled):
            found = registry.find_role_short(names[0].text, lookup.order)  # "Kadisbun", "Pak Kadisbun"
        if found is None:
            found = registry.find_by_prefix(names[0].text, lookup.order)
        if found is not None:
            return found
    names = registry.trim(names, (lookup.order[0], lookup.mention.start))  # words seen before the mention
    if not names:
        return None
    role_words = ws[: ws.index(names[0])]
    name = text[names[0].start : names[-1].end]
    # "Acme says", "the Pentagon said": a lone word (after a definite article, which no
    # person's name takes) the article never writes after a first name, initials or a title,
    # unless a person's pronoun follows it ("Madonna said she would tour")
    definite = len(ws) == 2 and ws[0].lower in lexicon.definite_articles
    lone = (len(ws) == 1 or definite) and lexicon.full_names and names[0].lower not in registry.surnames
    if lone and not _person_after(text, lookup.mention.end, lexicon):
        return registry.add(name, is_org=True, order=lookup.order)
    role = text[role_words[0].start : role_words[-1].end] if role_words else None
    if role and not any(w.lower in lexicon.roles or w.lower in lexicon.role_abbreviations for w in role_words):
        role = None
    return registry.add(name, is_org=False, order=lookup.order, role=role)


def _start_name_at(entity: Entity, short: str) -> None:
    """Start a name whose start was uncertain at the word the article uses for it alone.

    "Menteri … Negara dan Reformasi Birokrasi Yuddy Chrisnandi", later "kata Yuddy": the
    name is Yuddy Chrisnandi, and "Birokrasi" ends the role ("… dan Reformasi Birokrasi").
    """
    parts = entity.name.split()
    lows = [part.lower() for part in parts]
    if short in lows[1:-1]:
        cut = lows.index(short, 1)  # its place after the first word (the first may be the same word)
        entity.name = " ".join(parts[cut:])
        if entity.role:  # the words dropped from the name end the role written before it
            entity.role = " ".join([entity.role, *parts[:cut]])
    entity.loose_start = False


#: How many words after a lone name a person's pronoun may come: "Madonna said she …".
_PRONOUN_REACH = 4


#: The most words of an appositive read for a person's role: "Smith, the town's mayor, said".
_APPOSITIVE_REACH = 8


def _person_after(text: str, offset: int, lexicon: Lexicon) -> bool:
    """Whether the words after a lone name show a person rather than an organization.

    A pronoun only a person takes within a few words ("Madonna said she …"), or an appositive
    naming a role ("Smith, a lawyer, said").
    """
    if not lexicon.person_pronouns.isdisjoint(lowers(words(text, offset, offset + 60)[:_PRONOUN_REACH])):
        return True
    if not text.startswith(",", offset):
        return False
    end = text.find(",", offset + 1, offset + 120)
    phrase = [w.lower for w in words(text, offset + 1, end)] if end > 0 else []
    if phrase and phrase[0] in lexicon.articles:
        phrase = phrase[1:]
    if not phrase or len(phrase) > _APPOSITIVE_REACH or phrase[0] in lexicon.generic_orgs:
        return False  # "Acme, the company that makes …, said"
    return any(low in lexicon.roles for low in phrase)


def _affiliated_person(lookup: _Lookup, ws: Sequence[Word], link: int) -> Entity:
    """A person named with an outlet ("Jane Roe of the Daily Courier"), the outlet as affiliation."""
    text, registry, lexicon = lookup.text, lookup.registry, lookup.lexicon
    names = name_words(ws[:link], lexicon)
    rest = ws[link + 1 :]
    if rest[0].lower in lexicon.articles:
        rest = rest[1:]
    found = registry.find_by_suffix([w.lower for w in names], lookup.order)
    entity = found or registry.add(text[names[0].start : names[-1].end], is_org=False, order=lookup.order)
    if entity.affiliation is None:
        entity.affiliation = text[rest[0].start : rest[-1].end]
    return entity


def _by_org(lookup: _Lookup) -> Entity | None:
    """An organization: its acronym or short form finds it ("Kemenkes"), else it is new."""
    name = lookup.mention.text
    ws = words(name)
    if len(ws) > 1 and ws[0].lower in lookup.lexicon.articles:
        name = name[ws[1].start :]  # "the CDC" abbreviates as "CDC" does
        ws = words(name)
    if len(ws) > 1 and ws[0].lower in lookup.lexicon.org_classes and is_capitalized(ws[1].text):
        name = name[ws[1].start :]  # "Label Nada Kita Records": the class is no part of the name
    name = without_owner(name, lookup.lexicon)  # "Portugal’s Civil Aviation Incident Bureau"
    found = lookup.registry.find_alias(name) or lookup.registry.find_org(name)
    if found is not None:
        return found
    return lookup.registry.add(name, is_org=True, order=lookup.order)


def _by_role(lookup: _Lookup) -> Entity | None:
    """A bare role ("kata Presiden", "Menkes", "jaksa"): the person introduced with it."""
    lexicon = lookup.lexicon
    ws = words(lookup.text, lookup.mention.start, lookup.mention.end)
    lows = [w.lower for w in ws]
    link = office_link(ws, lexicon)
    title = lows[:link] if link is not None else lows  # "the mayor of Springfield": the mayor
    roles = [low for low in title if low in lexicon.role_words]
    if _owned(lookup):
        return _owned_role(lookup, roles)
    found = lookup.registry.find_role(roles, lookup.order)
    if link is not None:  # an office nobody in the text holds: its unnamed holder, not who spoke last
        return found if found is not None and _may_hold(found, lows[link + 1 :], lexicon) else None
    if found is not None:
        return found
    if _organization_owned(lows, lexicon):
        return lookup.registry.first_person_after(lookup.order)  # "the company's chief executive said"
    context = lookup.context
    return context if context is not None and not context.is_org else None


def _may_hold(entity: Entity, place: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a person introduced with a role may hold the office at ``place``.

    A role that names its own place after a link must share a word with the office's: the
    "president of Acme" is not "the president of France"; "Mayor Jane Doe" may be "the mayor
    of Springfield".
    """
    role = (entity.role or "").lower().split()
    at = next((index for index, word in enumerate(role) if word in lexicon.office_links), None)
    return at is None or not set(role[at + 1 :]).isdisjoint(set(place) - lexicon.articles)


def _owned(lookup: _Lookup) -> bool:
    """Whether a mention opens with a person's possessive: "her lawyer", "Morrison's lawyer".

    An organization's ("Acme's chief executive", "its governor") may name somebody later.
    """
    lows = lookup.lows()
    if lows[0] in lookup.lexicon.possessives:
        return True
    owner = _owner_tokens(lows)
    if not lookup.lexicon.possessives or owner is None:
        return False
    found = lookup.registry.find_by_suffix(owner, lookup.order)
    return found is not None and not found.is_org


def _owner_tokens(lows: Sequence[str]) -> list[str] | None:
    """The owner's words of a name's possessive: "tim morrison's lawyer" → ["tim", "morrison"]."""
    index = possessor(lows)
    if index is None:
        return None
    return [*lows[:index], possessive_owner(lows[index])]


def _owned_role(lookup: _Lookup, roles: Sequence[str]) -> Entity | None:
    """The person with this role introduced before an owned mention, other than the owner.

    "Morrison's lawyer said" is the lawyer named earlier, never Morrison, nor a lawyer the
    article introduces later; without one, an unnamed person (``None``).
    """
    found = lookup.registry.find_role(roles, lookup.order, before=True) if roles else None
    if found is None:
        return None
    owner = _owner_tokens(lookup.lows())
    if owner is not None and owner[-1] in found.tokens:
        return None
    return found


def _by_description(lookup: _Lookup) -> Entity | None:
    """A description, and the nickname it introduces for its referent, if any.

    A nickname that holds a known person's name word names that person: "pria yang akrab
    disapa Cak Thoriq itu" is Thoriq Alfian, introduced before.
    """
    mention, registry, lexicon = lookup.mention, lookup.registry, lookup.lexicon
    nicks = nicknames_in(lookup.text, mention.start, mention.end, lexicon)
    entity = (
        next(filter(None, (_nicknamed(nick, lookup) for nick in nicks)), None)
        # the person the collection gave the nickname to ("pria yang akrab disapa Dokter Ocep
        # itu" after dr Yosef Hamdani Lumbantoruan spoke)
        or next(filter(None, (_nick_alias(nick, lookup) for nick in nicks)), None)
        or _surname_described(lookup)
        or _describe(lookup)
    )
    if entity is not None:
        for nick in nicks:
            registry.add_alias(entity, nick)  # "pria yang akrab disapa Bung Towel itu"
    return entity


def _surname_described(lookup: _Lookup) -> Entity | None:
    """A known person a description by age names by a capitalised word: "the 41-year-old Hartono"."""
    ws = words(lookup.text, lookup.mention.start, lookup.mention.end)[1:]
    if not ws or AGE_ADJECTIVE.match(ws[0].lower) is None:
        return None  # (only after an age: "politikus asal Barru itu" names a place)
    names = [w.lower for w in ws if is_capitalized(w.text) and is_name_word(w, lookup.lexicon)]
    found = lookup.registry.find_by_tokens(names, lookup.order) if len(names) == 1 else None
    return found if found is not None and not found.is_org else None


def _nick_alias(nick: str, lookup: _Lookup) -> Entity | None:
    """The person who spoke before and has the nickname as an alias (not as their own name)."""
    found = lookup.registry.find_alias(nick)
    if (
        found is None
        or found.is_org
        or found.spoke is None
        or found.order > lookup.order
        or found.name.lower() == nick.lower()
    ):
        return None
    return found


def _nicknamed(nick: str, lookup: _Lookup) -> Entity | None:
    """The person introduced before whose own name has the nickname's name words (past its honorifics).

    Only a name counts, not an alias: the nickname may already be one, given on a guess.
    """
    names = {low for low in nick.lower().split() if low not in lookup.lexicon.honorifics}
    if not names:
        return None
    for entity in reversed(lookup.registry.entities):
        if entity.is_org or entity.order > lookup.order or entity.name.lower() == nick.lower():
            continue
        if names <= {part.lower() for part in entity.name.split()}:
            return entity
    return None


def _describe(lookup: _Lookup) -> Entity | None:
    """A description: "pemain berusia 22 tahun itu", "the company", "its governor", "The Brazilian"."""
    lexicon, registry, order = lookup.lexicon, lookup.registry, lookup.order
    lows = lookup.lows()
    content = [low for low in lows if low not in lexicon.articles and low not in lexicon.demonstratives]
    definite = lows[0] in lexicon.definite_articles or lows[0] in lexicon.demonstratives
    placed = _placed_body(lookup) if lows[0] in lexicon.definite_articles and lexicon.org_head_final else None
    if placed is not None:
        return placed
    if definite and content and all(low in lexicon.org_words for low in content):
        # "the police said": the force named in the text (not an officer whose role holds the word)
        found = _org_for(registry, order, content)
        if found is not None:
            return found
    roles = [low for low in lows if low in lexicon.roles or low in lexicon.role_abbreviations]
    if roles and _owned(lookup):
        return _owned_role(lookup, roles)
    if lows[0] in lexicon.indefinite_articles:
        # "A guide … said": somebody new, named later with the role ("An Australian skipper"), or nobody
        later = registry.find_role(roles, order) if roles else None
        return later if later is not None and later.order > order else None
    if roles:
        found = registry.find_role(roles, order)
        if found is not None:
            return found
        if _organization_owned(lows, lexicon):
            # "its governor said …" / "“…,” Ottilie Brandvold told reporters": named right after
            return registry.first_person_after(order)
    nouns = [low for low in lows if _org_noun(low, lexicon)]
    # "politisi Partai Hanura itu", "pemuda berusia 22 tahun itu": a person, whatever words follow
    # (with its demonstrative: "mahasiswa … itu", not "Mahasiswa Universitas Indonesia")
    person_noun = lows[0] in lexicon.person_nouns or (not lexicon.org_head_final and lows[0] in lexicon.anonymous)
    person_led = person_noun and lows[-1] in lexicon.postposed_demonstratives
    if nouns and not roles and not person_led:
        return _org_for(registry, order, nouns)
    if lookup.context is not None and not lookup.context.is_org:
        return lookup.context
    if lookup.context_known and lookup.context is None:
        return None  # "kata relawan itu" after an unnamed volunteer
    return registry.last_person(order)


def _placed_body(lookup: _Lookup) -> Entity | None:
    """The body a definite description names by its place: "the Gorontalo provincial police".

    "the", the place's capitalised words, then lower-case words ending with an organization's
    word: the body is the one of that name, as the text writes it ("Gorontalo provincial
    police"), known (also when a name capitalises it) or new. (Not after a possessive: "its
    Singapore unit".)
    """
    lexicon, registry = lookup.lexicon, lookup.registry
    ws = words(lookup.text, lookup.mention.start, lookup.mention.end)[1:]
    if not placed_body(ws, lexicon):
        return None
    name = lookup.text[ws[0].start : ws[-1].end]
    return registry.find_alias(name) or registry.find_org(name) or registry.add(name, is_org=True, order=lookup.order)


def _by_spokesperson(lookup: _Lookup) -> Entity | None:
    """An unnamed spokesperson speaks for the organization the mention names or implies."""
    lexicon, registry, order = lookup.lexicon, lookup.registry, lookup.order
    spoken = lexicon.spokesperson_words
    ws = words(lookup.text, lookup.mention.start, lookup.mention.end)
    roles = [w.lower for w in ws if w.lower in lexicon.roles or w.lower in lexicon.role_abbreviations]
    person = registry.find_role(roles, order) if roles else None
    if person is not None:
        return person  # the spokesperson the article introduced by name
    plain = spoken | lexicon.articles | lexicon.function_words
    capitals = [w for w in ws if w.text[:1].isupper() and w.lower not in plain]
    if capitals:
        name = without_owner(lookup.text[capitals[0].start : capitals[-1].end], lexicon)
        found = registry.find_alias(name) or registry.find_org(name)
        return found or registry.add(name, is_org=True, order=order)
    nouns = [w.lower for w in ws if _org_noun(w.lower, lexicon)]
    # "tulis manajemen", "a spokeswoman said": the organization the text is about
    return _org_for(registry, order, nouns)


def _organization_owned(lows: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a role is an organization's: "its governor", "the company's chief executive"."""
    if lows[0] in lexicon.demonstratives and lows[0] not in lexicon.articles and lows[0] not in lexicon.possessives:
        return len(lows) > 1  # "its governor"
    return any(is_possessive(low) and possessive_owner(low) not in lexicon.pronouns for low in lows[:-1])


def _org_noun(low: str, lexicon: Lexicon) -> bool:
    """Whether a word names a kind of organization: "kementerian", "perusahaan", "maskapai"."""
    return low in lexicon.org_words or low in lexicon.generic_orgs or low in lexicon.company_nouns


def _org_for(
    registry: Registry, order: tuple[int, int], nouns: Sequence[str], *, openings: bool = True
) -> Entity | None:
    """The organization a description's nouns point back to: "perusahaan itu", "the ministry".

    A company's generic word ("perusahaan", "the firm") means the last company, not the union
    or the office that spoke in between; another generic word, the last organization; a
    specific one ("ministry"), the last organization with it in its name.
    """
    if registry.lexicon.company_nouns.isdisjoint(nouns):
        return _org_for_nouns(registry, order, nouns, openings=openings)
    company = registry.last_company(order) or _org_for_nouns(registry, order, nouns, openings=openings)
    if company is not None:
        company.company = True  # "the company" again later may mean it, with a company mark or without
    return company


def _org_for_nouns(
    registry: Registry, order: tuple[int, int], nouns: Sequence[str], *, openings: bool = True
) -> Entity | None:
    """:func:`_org_for` past its companies: the organization that spoke or was named last."""
    lexicon = registry.lexicon
    generic = not nouns or any(low in lexicon.generic_orgs for low in nouns)
    found = registry.last_org(order, None if generic else nouns[-1])
    if generic and nouns:
        # "Environmental group Sulawesi Forest Watch blamed …. In a statement, the group said":
        # the organization the text called so, unless the one that spoke did so after it
        called = _last_called(registry, order, nouns[-1])
        if called is not None and (found is None or called.order > (found.spoke or found.order)):
            return called
    if openings and generic and (found is None or found.spoke is None or found.spoke[0] < order[0]):
        # "Yayasan X dalam siaran persnya mencatat …. Lembaga itu menilai …": the organization
        # an earlier sentence of the block opened with, over one that spoke in an earlier block
        # or was introduced before it (not over one named after it: "Polda menetapkan pengurus
        # Yayasan X …. Organisasi itu membantah" is the foundation)
        opening = _org_opening(registry.texts[order[0]], order, (-1, -1), registry)
        if (
            opening is not None
            and opening.order < order
            and (found is None or found.spoke is not None or opening.order > found.order)
        ):
            return opening
    return found


#: How many words may stand between a generic noun and the name it introduces: "group Forest Watch".
_CALLED_REACH = 40


def _last_called(registry: Registry, order: tuple[int, int], noun: str) -> Entity | None:
    """The organization last introduced before ``order`` with a generic noun right before or after it.

    "Environmental group Sulawesi Forest Watch …", "Sulawesi Forest Watch, an environmental
    group, …", "lembaga Sawit Watch …": the text called it a group, which "the group" takes up.
    """
    lexicon = registry.lexicon
    texts = registry.texts
    for entity in reversed(registry.entities):
        if not entity.is_org or entity.order >= order:
            continue
        block, start = entity.order
        text = texts[block]
        before = words(text, max(0, start - _CALLED_REACH), start)[-4:]
        lows = " ".join(w.lower for w in before)
        naming = next((p for p in NAMING_PHRASES if lows.endswith(f" {p}")), "")
        noun_at = len(before) - 1 - (len(naming.split()) if naming else 0)
        if (
            noun_at >= 0
            and before[noun_at].lower == noun
            and not text[before[-1].end : start].strip()
            and (naming or before[noun_at] is before[-1])
        ):
            return entity  # "Environmental group X", "A group calling itself Kala Merah"
        if text.startswith(entity.name, start):
            end = start + len(entity.name)
            after = words(text, end, min(len(text), end + _CALLED_REACH))[:4]
            if (
                text.startswith(",", end)
                and after
                and after[0].lower in lexicon.articles
                and any(w.lower == noun for w in after[1:])
            ):
                return entity
    return None


_HANDLERS = {
    "name": _by_name,
    "org": _by_org,
    "role": _by_role,
    "description": _by_description,
    "spokesperson": _by_spokesperson,
}

"""The shape of a language lexicon for quotation extraction, and the table of languages."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["Lexicon"]


def _lower_set(values: object) -> frozenset[str]:
    """The lower-cased entries, each with an apostrophe also written curly ("it's", "it’s")."""
    if not isinstance(values, str | bytes) and hasattr(values, "__iter__"):
        lowered = {str(value).lower() for value in values}
        return frozenset(lowered | {value.replace("'", "\u2019") for value in lowered if "'" in value})
    raise TypeError(f"expected an iterable of strings, got {type(values).__name__}")


#: Balinese names begin with a gender marker and a birth-order or caste name ("I Ketut Parwata
#: Yasa", "Ni Luh Putu Ayu"), or with a noble title ("Cokorda Gde Mahendra"), and Sasak ones
#: with theirs ("Lalu Muhsinin"): in Indonesian and in English text alike.
#: Balinese birth-order names, which also begin a name without "I": "Made Arsana Putra".
BIRTH_ORDER_NAMES = ("Wayan", "Made", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Nengah")

BALINESE_NAME_STARTS = frozenset(
    [
        *(f"{marker} {name}" for marker in ("I", "Ni") for name in (*BIRTH_ORDER_NAMES, "Gede", "Gde", "Gusti", "Luh")),
        "Cokorda",
        "Tjokorda",
        # Sasak (Lombok) noble titles that begin the name: "Lalu Muhsinin", "Baiq Nurul"
        "Lalu",
        "Baiq",
        "Anak Agung",
        "Ida Bagus",
        "Ida Ayu",
        # Butonese (Southeast Sulawesi) noble titles: "La Ode Harimuddin", "Wa Ode Nurhayati"
        "La Ode",
        "Wa Ode",
        # the birth-order names also begin a name without "I": "Wayan Koster", "Made Arsana Putra"
        # (not "Gede" or "Luh", which other names and places hold: "Pasar Gede")
        *BIRTH_ORDER_NAMES,
    ]
)


@attrs.frozen(kw_only=True)
class Lexicon:
    """Everything language-specific the extractor knows: words, as data.

    Every set holds lower-case words; multi-word entries are space-separated.

    Attributes:
        language: BCP 47 primary tag, ``"id"`` or ``"en"``.
        post_cues: Reporting words written right after a direct quote (``kata``, ``said``).
        clitic: The suffix that turns a post cue into its own mention (``ujarnya``), if any.
        preposed_cues: Reporting verbs that introduce speech after a subject
            (``mengatakan``, ``said``); they also serve for indirect speech.
        noun_object_cues: Preposed cues that often take a noun phrase instead of a clause
            (``mencatat 1.284 kasus``): a complement starting with a digit is no speech, and
            without a comma or complementizer, neither is one with no ``predicates`` word
            or verb form.
        according: The "according to" phrases (``menurut``).
        passive_cues: Passive reporting verbs after an anaphoric subject (``disampaikan``).
        passive_subjects: The anaphoric subjects of those (``hal itu``, ``demikian``).
        org_prefixes: Beginnings of a word that make it an organization's short name, never a
            person's ("Kemen-": "Kemendag", "Kemenkes").
        echo_subjects: Subjects of a passive cue that say the agent spoke alike, reporting no
            clause of their own ("Hal senada diungkapkan Warsini"): the agent is only who a
            pronoun after them names.
        complementizers: Words that open a reported clause (``bahwa``, ``that``).
        adverbs: Words allowed between a subject and its verb (``juga``, ``tetap``).
        subordinators: Words that open a new clause inside a sentence (``meski``, ``with``).
        gerund_heads: Words an -ing cue completes ("worth"): "It's worth noting that …" is the
            writer's remark, no speaker's.
        comma_subordinators: Subordinators that open a clause only after a comma ("…, with Audi
            suggesting that"); without one they are a preposition inside the subject ("A person
            familiar with the matter told").
        mention_stops: Words that end a mention after a cue (``kepada``, ``in``).
        addressee_preps: Words that introduce an addressee (``kepada``, ``to``).
        pronouns: Personal pronouns that refer back to the current speaker.
        anonymous: Words that mark an unnamed source (``sumber``, ``seorang``, ``officials``).
        demonstratives: Words that make a description definite (``itu``, ``the``).
        presentatives: Phrases that open a sentence presenting an example person ("salah
            satunya", "among them"), followed by a name or by one of ``copulas`` and a name:
            that person is who the text goes on about, as if the sentence's subject.
        copulas: The linking words allowed between a presenting phrase and the name ("adalah",
            "was"); the empty string stands for none.
        not_verbs: Words that look like verbs by their prefix and are none: "tersangka"
            (a suspect), "terdakwa", "terhadap", "melalui": no clause's verb.
        unnamed_singulars: First words of a phrase for one person the text does not name
            ("seorang", "salah" of "salah seorang", "a"): such a phrase opening the sentence
            right before a quotation is who its clitic or pronoun cue refers to.
        name_starts: Word pairs (or single words) that begin a person's name, written as in the
            text: the Balinese "I Ketut", "Ni Luh", "Cokorda". A name run holding one starts
            there ("Bendesa Adat Kedewatan I Nyoman Sudarsana" is "I Nyoman Sudarsana"), and
            "I" is no pronoun before one ("I Made Tirtayasa said").
        naming_clauses: Phrases of a clause after a description that give the person's name
            ("identified only as", "gave her name only as", "hanya mau disebut"): "said a
            rubber farmer who asked to be identified only as Pak Darto" is Darto.
        channel_preps: Prepositions of the channel a subject speaks through, between the
            subject and its verb ("melalui", "lewat", "via"): "PT X melalui akun Instagram
            resminya menyatakan …" is PT X's statement, not Instagram's.
        unnamed_clauses: Phrases of a relative clause set off after a description or a role
            that say the source is not named ("who asked not to be named"): "said the
            supplier, who asked not to be named" is nobody named, not a person the text named
            with that role; inside the mention too: "perempuan yang meminta identitasnya
            dirahasiakan itu".
        object_determiners: Determiners that open a short noun phrase object, no reported
            clause: "has denied any wrongdoing", "denied his involvement".
        jurisdiction_words: Roles and bodies written with the place they govern right after
            them, before any name ("Bupati Banjarnegara Ragil Setyobudi", "Kapolres Sleman",
            "Kejaksaan Negeri Banyuasin Teddy Arsyad"): the word after one is a place, as after
            a ``place_heads`` word.
        deputy_words: Words that make a role a deputy's ("deputy", "vice", "wakil"): "Deputy
            Governor Caspian Reyne" is no answer to "its governor".
        leader_phrases: Idioms for the holder of the top office of a place or body ("orang
            nomor satu", "the number one"): a mention opening with one describes a person (the
            mayor, the regent), named before or after it, not an unnamed source.
        postposed_demonstratives: Demonstratives written after their noun (``itu``,
            ``tersebut``): "Rumah sakit itu" is a description, its first word capitalised only
            by the sentence start.
        articles: Articles stripped from the start of a role (``a``, ``the``).
        roles: Role and office words that precede or describe a name (``ketua``, ``mayor``).
        role_abbreviations: Abbreviated offices and the role they stand for (``menkes``).
        ranks: Police and military ranks written before a name (``kombes``).
        honorifics: Honorifics and academic titles written before a name (``pak``, ``dr``).
        org_words: Words that head an organization's name (``badan``, ``kementerian``).
        generic_orgs: Generic nouns for an organization ("perusahaan", "the company").
        places: Place names that end an affiliation before a person's name.
        place_heads: Words whose next word is a place ("Kabupaten Magelang", "Kota Bogor").
        function_words: Capitalised-at-sentence-start words that never begin a name.
        calendar: Days and months, which are not names.
        title_markers: Words right before quote marks that announce a title or a term.
        predicative_cues: Verbs of naming whose reported clause ends with the quotation that
            names their object: "called the deal “corporate welfare on ice” in a post".
        nickname_markers: Phrases that introduce a nickname (``akrab disapa``).
        nickname_of_markers: Phrases after a nickname that name its owner (``sapaan akrab``).
        spokespeople: Words for somebody speaking for an organization ("juru bicara",
            "spokesperson"): an unnamed one is attributed to the organization.
        role_connectors: Lower-case words allowed inside a role or an organization's name
            ("Anggota Komisi II dari Fraksi …", "head of the Center").
        locatives: Words that, after a name, start a place: "Remi di Waingapu".
        name_particles: Lower-case words inside a person's name, between two capitalised
            ones: "Monica de Bolle", "Ahmad bin Salim".
        origin_words: Words after which capitalised words name where somebody comes from,
            never who speaks: "pelatih asal Serbia itu".
        documents: Records that an "according to" phrase may cite, which speak for nobody:
            "according to LSEG data", "according to a filing", "menurut data BPS".
        adversatives: Coordinators that set a second verb against the first ("but"): "said
            two people were missing but cautioned that …" is the speaker cautioning.
        quantity_phrases: Phrases that open a number, so a clause may start with them though
            their first word is a preposition: "said at least two people were hurt".
        company_nouns: Generic words for a company ("perusahaan", "the firm"): they mean the
            last company, one whose name has a ``company_marks`` word, before any other body.
        company_marks: Words that mark a company's name: "PT", "Tbk", "Inc", "Ltd".
        rank_suffixes: Ranks only right after another rank ("Brigjen Pol"); elsewhere the word
            may be a name ("Pol Espargaro").
        joiners: Words joining two parts of one affiliation: "Pendidikan Dasar dan Menengah".
        spokesperson_links: Words joining a spokesperson to the organization ("spokesperson for").
        verb_prefixes: Verb prefixes (meN-, ber-, di-, ter-): such a word ends a role phrase.
        relatives: Relative pronouns ("yang", "who"): after a medial cue, an appositive follows.
        speaker_before_cue: Whether a speaker may precede a post cue ("…," Doe said); in
            Indonesian the cue always comes first ("…," kata X).
        distant_complementizer: Whether "that" may follow adjuncts after the verb ("said on
            Monday that …"); Indonesian "bahwa" follows the verb directly.
        org_head_final: Whether an organization's name ends with its head word ("Acme Battery
            Corp", English) rather than starting with it ("Badan Pusat Statistik").
        passive_prefix: The prefix of a passive verb ("di-"): "disebut meminta" is hearsay.
        passive_agents: The word before the agent of a passive cue ("oleh", "by").
        bare_appositives: Whether a role after "NAME," may start with a bare noun
            (Indonesian "kasat reskrim …"); English wants "a", "the" or a role word.
        renamers: Words besides the articles that open a description a name set off by commas
            renames: "One of the shipping lines, Norvik Container Line, said".
        adjuncts: Phrases that may follow a reporting verb before its content
            (``in a statement``).
        clause_only_cues: Preposed cues that report speech only with a complementizer:
            "revealed that …" is speech, "revealed the new model" is not.
        non_finite: Words before a bare verb that make it no finite verb ("declined to say").
        present_cues: Cues in the present tense ("analysts say", "Doe adds"), which double as
            plural nouns ("guest posts, challenges", "Other estimates are …"), and bare forms
            that ``non_finite`` words make no verb ("declined to say").
        perfect_auxiliaries: Forms of "have" between a speaker and a cue: "…, scientists have
            said".
        passive_auxiliaries: Forms of "be" that make the participle after them passive
            ("was reported in a man"): no speaker speaks.
        addressee_verbs: Verbs whose addressee comes before the reported clause without a
            preposition ("told reporters the plan …").
        org_links: Lower-case words inside an organization's name besides ``joiners``
            ("National Institute on Drug Abuse", "Centers for Disease Control").
        affiliation_links: Words between a person's full name and their outlet or employer
            ("Jane Roe of the Daily Courier").
        coordinators: Words joining two clauses ("and", "but"): after ", but" a new
            attribution may begin, and a verb right after one shares the subject before it
            (", but cautions that …").
        opening_cues: Verbs that, after their subject and right before a quotation, introduce
            it though they report no clause of their own: "Doe responded, “…”", "Doe joked:
            “…”" (``preposed_cues`` introduce one too).
        gerund_cues: The -ing forms of cues ("adding", "saying"): after a comma they end the
            reported clause before them and start one of their own.
        reticence: Verbs of keeping something back ("declined", "disclose"): after a comma
            and a subject they end the reported clause (", but he did not disclose how much").
        person_pronouns: Pronouns that only a person takes ("he", "she"): one right after a
            lone name shows that the name is a person's ("Madonna said she …").
        group_pronouns: Pronouns (among ``pronouns``) that stand for an organization or a group,
            never for one person ("they", "it", "we"): at a cue they name the organization
            they refer to, or nobody.
        finite_suffixes: Endings of past verb forms that, after a noun, make a clause of the words
            after a ``noun_object_cues`` verb where no prefix marks a verb ("confirmed two people
            died"), like a ``predicates`` word.
        org_classes: Class nouns written before an organization's name and not part of it
            ("Label Nada Kita Records", "maskapai Garuda Indonesia", "Carmaker Toyota").
        possessives: A person's possessive determiners ("his", "her"): a role after one ("her
            lawyer"), like a role after a person's possessive ("Morrison's lawyer"), is
            somebody other than the owner, introduced before.
        employer_links: Words in a role before the organization the person works for ("economist
            at Straits Capital", "dosen di Universitas Indonesia"): its name is the affiliation.
        institution_heads: Words that begin the name of an employer inside a role ("Kasubdit …
            Polda Lampung", "head of the Center for Volcanology"): that name is the affiliation.
        genders: Words that show a person's grammatical gender, "m" or "f": pronouns ("he",
            "her") and honorifics ("Mr", "Ms"). A pronoun cue then skips a person of the other
            gender ("she recalled" after a man spoke). Empty where pronouns have no gender.
        topic_preps: Prepositions of topic ("tentang", "mengenai"): a reporting verb followed
            by one says what was talked about, not what was said ("bercerita tentang …").
        person_nouns: Common nouns for a person that head a description pointing back ("Pria
            berusia 44 tahun ini"): capitalised at a sentence start, they are still no name.
        org_kinds: For a description's head noun, other words that mark an organization of that
            kind in its name: "the university" points back to "Kallang Institute of Technology",
            "the hospital" to "Saint Adalbert Medical Center" (used when no organization has the
            noun itself in its name); a word ending in "$" counts only as the name's last word
            ("Sayap Nusantara Air", not "Perusahaan Daerah Air Minum").
        refusals: Words right before a reporting verb (past ``adverbs``) that make it report
            nothing: a refusal ("menolak membeberkan", "enggan menyebutkan") or a purpose
            ("digelar untuk menegaskan …").
        predicates: Words that make a clause of the words after a ``noun_object_cues`` verb
            with no comma or complementizer ("ada", "sudah", "menjadi"), besides a verb form:
            "menyebutkan berkas itu sudah diterima" reports a clause, "menyebutkan lima
            faktor lainnya" names a noun phrase; a quotation after the verb reports speech
            too. Empty: the test is not made.
        full_names: Whether the language introduces a person by first name and surname and
            never after an article (English): then a lone capitalised word the article never
            expands ("Acme says") and a name after "the" ("the United Nations") are
            organizations. Indonesian writes mononyms and "si Budi".
    """

    language: str
    post_cues: frozenset[str] = attrs.field(converter=_lower_set)
    clitic: str | None = None
    preposed_cues: frozenset[str] = attrs.field(converter=_lower_set)
    noun_object_cues: frozenset[str] = attrs.field(converter=_lower_set)
    according: tuple[str, ...]
    passive_cues: frozenset[str] = attrs.field(converter=_lower_set)
    passive_subjects: frozenset[str] = attrs.field(converter=_lower_set)
    echo_subjects: frozenset[str] = attrs.field(converter=_lower_set, default=())
    org_prefixes: tuple[str, ...] = ()
    complementizers: frozenset[str] = attrs.field(converter=_lower_set)
    adverbs: frozenset[str] = attrs.field(converter=_lower_set)
    subordinators: frozenset[str] = attrs.field(converter=_lower_set)
    mention_stops: frozenset[str] = attrs.field(converter=_lower_set)
    addressee_preps: frozenset[str] = attrs.field(converter=_lower_set)
    pronouns: frozenset[str] = attrs.field(converter=_lower_set)
    anonymous: frozenset[str] = attrs.field(converter=_lower_set)
    demonstratives: frozenset[str] = attrs.field(converter=_lower_set)
    postposed_demonstratives: frozenset[str] = attrs.field(converter=_lower_set, default=())
    name_starts: frozenset[str] = frozenset()
    unnamed_singulars: frozenset[str] = attrs.field(converter=_lower_set, default=())
    #: The word of ``unnamed_singulars`` that alone means one person ("seorang"); the others
    #: ("salah") need a person's word after them.
    unnamed_singulars_one: str = ""
    not_verbs: frozenset[str] = attrs.field(converter=_lower_set, default=())
    presentatives: tuple[str, ...] = ()
    unnamed_clauses: tuple[str, ...] = ()
    channel_preps: frozenset[str] = attrs.field(converter=_lower_set, default=())
    naming_clauses: tuple[str, ...] = ()
    leader_phrases: tuple[str, ...] = ()
    deputy_words: frozenset[str] = attrs.field(converter=_lower_set, default=())
    jurisdiction_words: frozenset[str] = attrs.field(converter=_lower_set, default=())
    object_determiners: frozenset[str] = attrs.field(converter=_lower_set, default=())
    copulas: frozenset[str] = attrs.field(converter=_lower_set, default=("",))
    articles: frozenset[str] = attrs.field(converter=_lower_set)
    roles: frozenset[str] = attrs.field(converter=_lower_set)
    role_abbreviations: Mapping[str, str]
    ranks: frozenset[str] = attrs.field(converter=_lower_set)
    honorifics: frozenset[str] = attrs.field(converter=_lower_set)
    org_words: frozenset[str] = attrs.field(converter=_lower_set)
    generic_orgs: frozenset[str] = attrs.field(converter=_lower_set)
    places: frozenset[str] = attrs.field(converter=_lower_set)
    place_heads: frozenset[str] = attrs.field(converter=_lower_set)
    function_words: frozenset[str] = attrs.field(converter=_lower_set)
    calendar: frozenset[str] = attrs.field(converter=_lower_set)
    title_markers: frozenset[str] = attrs.field(converter=_lower_set)
    predicative_cues: frozenset[str] = attrs.field(converter=_lower_set, default=())
    nickname_markers: tuple[str, ...]
    nickname_of_markers: tuple[str, ...]
    adjuncts: tuple[str, ...]
    passive_agents: frozenset[str] = attrs.field(converter=_lower_set)
    spokespeople: tuple[str, ...] = ()
    role_connectors: frozenset[str] = attrs.field(converter=_lower_set, default=())
    locatives: frozenset[str] = attrs.field(converter=_lower_set, default=())
    name_particles: frozenset[str] = attrs.field(converter=_lower_set, default=())
    origin_words: frozenset[str] = attrs.field(converter=_lower_set, default=())
    documents: frozenset[str] = attrs.field(converter=_lower_set, default=())
    adversatives: frozenset[str] = attrs.field(converter=_lower_set, default=())
    quantity_phrases: tuple[str, ...] = ()
    company_nouns: frozenset[str] = attrs.field(converter=_lower_set, default=())
    company_marks: frozenset[str] = attrs.field(converter=_lower_set, default=())
    rank_suffixes: frozenset[str] = attrs.field(converter=_lower_set, default=())
    joiners: frozenset[str] = attrs.field(converter=_lower_set, default=())
    spokesperson_links: frozenset[str] = attrs.field(converter=_lower_set, default=())
    verb_prefixes: tuple[str, ...] = ()
    relatives: frozenset[str] = attrs.field(converter=_lower_set, default=())
    renamers: frozenset[str] = attrs.field(converter=_lower_set, default=())
    speaker_before_cue: bool = False
    distant_complementizer: bool = False
    org_head_final: bool = False
    passive_prefix: str | None = None
    bare_appositives: bool = True
    clause_only_cues: frozenset[str] = attrs.field(converter=_lower_set, default=())
    non_finite: frozenset[str] = attrs.field(converter=_lower_set, default=())
    present_cues: frozenset[str] = attrs.field(converter=_lower_set, default=())
    passive_auxiliaries: frozenset[str] = attrs.field(converter=_lower_set, default=())
    perfect_auxiliaries: frozenset[str] = attrs.field(converter=_lower_set, default=())
    addressee_verbs: frozenset[str] = attrs.field(converter=_lower_set, default=())
    org_links: frozenset[str] = attrs.field(converter=_lower_set, default=())
    affiliation_links: frozenset[str] = attrs.field(converter=_lower_set, default=())
    coordinators: frozenset[str] = attrs.field(converter=_lower_set, default=())
    gerund_cues: frozenset[str] = attrs.field(converter=_lower_set, default=())
    opening_cues: frozenset[str] = attrs.field(converter=_lower_set, default=())
    reticence: frozenset[str] = attrs.field(converter=_lower_set, default=())
    person_pronouns: frozenset[str] = attrs.field(converter=_lower_set, default=())
    comma_subordinators: frozenset[str] = attrs.field(converter=_lower_set, default=())
    gerund_heads: frozenset[str] = attrs.field(converter=_lower_set, default=())
    group_pronouns: frozenset[str] = attrs.field(converter=_lower_set, default=())
    possessives: frozenset[str] = attrs.field(converter=_lower_set, default=())
    org_classes: frozenset[str] = attrs.field(converter=_lower_set, default=())
    finite_suffixes: tuple[str, ...] = ()
    genders: Mapping[str, str] = attrs.field(factory=dict)
    org_kinds: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    employer_links: frozenset[str] = attrs.field(converter=_lower_set, default=())
    institution_heads: frozenset[str] = attrs.field(converter=_lower_set, default=())
    topic_preps: frozenset[str] = attrs.field(converter=_lower_set, default=())
    person_nouns: frozenset[str] = attrs.field(converter=_lower_set, default=())
    refusals: frozenset[str] = attrs.field(converter=_lower_set, default=())
    predicates: frozenset[str] = attrs.field(converter=_lower_set, default=())
    full_names: bool = False
    #: Every word of the spokesperson phrases: "juru", "bicara", "spokesman" (derived, for speed).
    spokesperson_words: frozenset[str] = attrs.field(init=False)

    @spokesperson_words.default
    def _spokesperson_words(self) -> frozenset[str]:
        return frozenset(word for phrase in self.spokespeople for word in phrase.split())

    #: Every known word that cannot be part of a person's name (derived, for speed).
    not_names: frozenset[str] = attrs.field(init=False)

    #: The first words of ``name_starts`` ("I", "Ni", "Cokorda"; derived, for speed).
    name_openers: frozenset[str] = attrs.field(init=False)

    @name_openers.default
    def _name_openers(self) -> frozenset[str]:
        return frozenset(start.split()[0] for start in self.name_starts)

    #: A memo of words already tested as name words (pure results; bounded by its reader).
    name_memo: dict[str, bool] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    @not_names.default
    def _not_names(self) -> frozenset[str]:
        cues = self.post_cues | self.preposed_cues
        clitics = {cue + self.clitic for cue in self.post_cues} if self.clitic else set()
        return (
            self.roles
            | self.ranks
            | self.honorifics
            | self.org_words
            | self.places
            | self.function_words
            | self.place_heads
            | self.anonymous
            | self.person_nouns
            | self.generic_orgs
            | self.calendar
            | frozenset(self.role_abbreviations)
            | cues
            | frozenset(clitics)
            | self.spokesperson_words
        )

    #: Every cue form: post cues, their clitic forms, preposed cues (derived, for speed).
    cue_forms: frozenset[str] = attrs.field(init=False)

    @cue_forms.default
    def _cue_forms(self) -> frozenset[str]:
        clitics = {cue + self.clitic for cue in self.post_cues} if self.clitic else set()
        return self.post_cues | self.preposed_cues | frozenset(clitics)

    #: Role words and abbreviated offices: a word that can start a role phrase (derived, for speed).
    role_words: frozenset[str] = attrs.field(init=False)

    @role_words.default
    def _role_words(self) -> frozenset[str]:
        return self.roles | frozenset(self.role_abbreviations)

    #: The first word of each "according to" phrase (derived, for speed).
    according_heads: frozenset[str] = attrs.field(init=False)

    @according_heads.default
    def _according_heads(self) -> frozenset[str]:
        return frozenset(phrase.split()[0] for phrase in self.according)

    #: Each "according to" phrase as its words (derived, for speed).
    according_words: tuple[tuple[str, ...], ...] = attrs.field(init=False)

    @according_words.default
    def _according_words(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(phrase.split()) for phrase in self.according)

    #: The one-word "according to" phrases with the clitic: "menurutnya" (derived, for speed).
    according_clitics: frozenset[str] = attrs.field(init=False)

    @according_clitics.default
    def _according_clitics(self) -> frozenset[str]:
        if not self.clitic:
            return frozenset()
        return frozenset(phrase + self.clitic for phrase in self.according if " " not in phrase)

    #: Articles that are also demonstratives ("the"): a definite description (derived).
    definite_articles: frozenset[str] = attrs.field(init=False)

    @definite_articles.default
    def _definite_articles(self) -> frozenset[str]:
        return self.articles & self.demonstratives

    #: Articles that are no demonstratives ("a", "an"): a new, indefinite phrase (derived).
    indefinite_articles: frozenset[str] = attrs.field(init=False)

    @indefinite_articles.default
    def _indefinite_articles(self) -> frozenset[str]:
        return self.articles - self.demonstratives

    #: Words between an office's role and where the office is: "mayor of", "analyst at" (derived).
    office_links: frozenset[str] = attrs.field(init=False)

    @office_links.default
    def _office_links(self) -> frozenset[str]:
        return self.affiliation_links | self.employer_links

    #: Words without which a sentence holds no frame of reported speech: cue forms, passive
    #: cues, the heads of "according to" phrases and their clitic forms (derived, for speed).
    frame_words: frozenset[str] = attrs.field(init=False)

    @frame_words.default
    def _frame_words(self) -> frozenset[str]:
        return self.cue_forms | self.passive_cues | self.according_heads | self.according_clitics

    #: Each adjunct as its words (derived, for speed).
    adjunct_words: tuple[tuple[str, ...], ...] = attrs.field(init=False)

    @adjunct_words.default
    def _adjunct_words(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(adjunct.split()) for adjunct in self.adjuncts)

    #: The first word of each adjunct: a verb followed by none of these has no adjunct (derived).
    adjunct_heads: frozenset[str] = attrs.field(init=False)

    @adjunct_heads.default
    def _adjunct_heads(self) -> frozenset[str]:
        return frozenset(parts[0] for parts in self.adjunct_words)

    #: Lower-case words inside an organization's name: joiners and org links (derived, for speed).
    org_joiners: frozenset[str] = attrs.field(init=False)

    @org_joiners.default
    def _org_joiners(self) -> frozenset[str]:
        return self.joiners | self.org_links

    def is_cue_word(self, word: str) -> bool:
        """Whether ``word`` (any case) is a post cue, its clitic form, or a preposed cue."""
        return word.lower() in self.cue_forms

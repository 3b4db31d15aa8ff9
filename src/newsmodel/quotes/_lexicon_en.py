"""English quotation lexicon: reporting cues, pronouns, roles and other words, as data.

The same machinery as Indonesian: "…," said Jane Doe, the mayor. / Doe said … / according to ….
Every entry is exercised by ``tests/test_quotes_lexicon.py``.
"""

from __future__ import annotations

from newsmodel.quotes._lexicon import BALINESE_NAME_STARTS, Lexicon
from newsmodel.quotes._text import MONTH_ABBREVIATIONS

__all__ = ["LEXICON"]

#: Irregular or consonant-doubling verbs: lemma -> (third person singular, past, -ing form).
IRREGULAR_VERBS = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing"),
    "admit": ("admits", "admitted", "admitting"),
    "quip": ("quips", "quipped", "quipping"),
    "forecast": ("forecasts", "forecast", "forecasting"),
}


def inflect(lemma: str) -> tuple[str, str, str]:
    """The third person singular, the past and the -ing form of a regular English verb.

    Example:
        >>> inflect("argue"), inflect("reply")
        (('argues', 'argued', 'arguing'), ('replies', 'replied', 'replying'))
        >>> inflect("stress"), inflect("say")
        (('stresses', 'stressed', 'stressing'), ('says', 'said', 'saying'))
    """
    if lemma in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[lemma]
    consonant_y = lemma.endswith("y") and lemma[-2:-1] not in set("aeiou")
    if consonant_y:
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
        past = lemma + ("d" if lemma.endswith("e") else "ed")
    gerund = (lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing"
    return third, past, gerund


#: Reporting verbs written before or after the speaker and also before reported speech, in
#: the past or the present: "…," said X / X said / "…," adds X / X explains that ….
SPEECH_LEMMAS = (
    "say",
    "tell",
    "add",
    "write",
    "warn",
    "explain",
    "note",
    "insist",
    "argue",
    "claim",
    "reply",
    "stress",
    "recall",
    "admit",
    "declare",
    "tweet",
    "post",
    "caution",
    "concede",
    "conclude",
    "announce",
    "acknowledge",
    "emphasise",
    "emphasize",
    "urge",
    "complain",
    "estimate",
    "assure",
    "report",
    "reiterate",
    "testify",
    "speculate",
    "hint",
)

#: Verbs that attribute a direct quote but seldom take a reported clause: "asked the court
#: to …", "responded to questions", "commented on the plan".
POST_ONLY_LEMMAS = (
    "ask",
    "continue",
    "joke",
    "shout",
    "observe",
    "remark",
    "counter",
    "respond",
    "point",
    "comment",
    "quip",
    "mutter",
    "whisper",
    "laugh",
    "sigh",
    "exclaim",
    "muse",
)

POST_LEMMAS = (*SPEECH_LEMMAS, *POST_ONLY_LEMMAS)

#: Verbs that only introduce reported speech after their subject: "Doe believes …".
PREPOSED_LEMMAS = (
    *SPEECH_LEMMAS,
    "deny",
    "describe",
    "state",
    "confirm",
    "predict",
    "believe",
    "suggest",
    "assert",
    "maintain",
    "reveal",
    "forecast",
    "call",
    "project",
    "dispute",
    "bemoan",
    "volunteer",
)

#: Bare forms after a plural subject: "analysts say …", "critics argue that …". Only verbs that
#: are rarely nouns ("report", "claim", "state" are left out: "the report said"), nor
#: imperatives in interviews ("tell me …").
BARE_CUES = ("say", "argue", "insist", "warn", "believe")

#: -ing forms that attribute a clause to the subject of the sentence: "…, adding that …",
#: "with Audi suggesting that …". Only verbs that take a clause ("responding to" does not).
GERUND_LEMMAS = (
    "say",
    "call",
    "add",
    "argue",
    "insist",
    "claim",
    "declare",
    "admit",
    "suggest",
    "note",
    "warn",
    "explain",
    "stress",
    "acknowledge",
    "concede",
    "assert",
    "predict",
    "state",
    "tell",
    "describe",
    "confirm",
)

#: The -ing forms of those: after a comma they start a clause of their own ("…, adding that …").
GERUND_CUES = tuple(inflect(lemma)[2] for lemma in GERUND_LEMMAS)

#: Verbs of keeping something back: after a comma and a subject they are the writer's words
#: about the speaker, not the speaker's (", but he did not disclose how much").
RETICENCE = ("declined", "refused", "disclose", "elaborate", "specify", "comment")

#: Words joining two clauses: after ", but" a new attribution may begin (", but it did not say
#: when"), and a verb right after one shares the subject before it (", but cautions that …").
COORDINATORS = ("and", "or", "but", "yet")
#: Generic words for a company: they mean the last company named, not any other body.
COMPANY_NOUNS = (
    "company",
    "firm",
    "carmaker",
    "automaker",
    "retailer",
    "airline",
    "carrier",
    "operator",
    "business",
    "start-up",
    "startup",
    "railroad",
    "railway",
)
#: The last words of companies' names that say their trade: "Kestrel Harbour Logistics".
#: (Not words of government names: "energy", "resources", "securities" name ministries and
#: regulators too.)
INDUSTRY_MARKS = (
    "logistics",
    "shipping",
    "lines",
    "line",
    "railway",
    "railways",
    "railroad",
    "motors",
    "industries",
    "technologies",
    "payments",
    "pharmaceuticals",
    "ventures",
    "software",
    "telecom",
    "telekom",
    "telecoms",
    "broadband",
    "networks",
)
#: The legal forms that end a company's name: "Acme Corp", "Pelagos Cargo Lines Pte".
LEGAL_FORMS = ("inc", "corp", "corporation", "ltd", "llc", "plc", "pte", "bhd", "gmbh", "tbk", "pt")
#: Words that mark a company's name.
COMPANY_MARKS = (*LEGAL_FORMS, "co", *INDUSTRY_MARKS)
#: Phrases that open a number: "said at least two people were hurt".
QUANTITY_PHRASES = ("at least", "at most")
#: Coordinators that set a second verb against the first: "… but cautioned that …".
ADVERSATIVES = ("but", "yet")

# "states" is left out: in news it is far more often the plural noun ("the early voting states
# has …", "50 states") than the verb, and "the United States said" names a country.
_NOT_CUES = frozenset({"states", "disputes", "volunteers"})

POST_CUES = tuple(sorted(({form for lemma in POST_LEMMAS for form in inflect(lemma)[:2]} - _NOT_CUES) | set(BARE_CUES)))

PREPOSED_CUES = tuple(
    sorted(
        ({form for lemma in PREPOSED_LEMMAS for form in inflect(lemma)[:2]} - _NOT_CUES)
        | set(GERUND_CUES)
        | set(BARE_CUES)
    )
)

#: Present-tense cues, which may also be plural nouns: "guest posts, challenges".
PRESENT_CUES = tuple(
    sorted(({inflect(lemma)[0] for lemma in PREPOSED_LEMMAS + POST_LEMMAS} - _NOT_CUES) | set(BARE_CUES))
)

#: Words before a bare verb that make it no finite verb of its own: "declined to say",
#: "did not say", "would argue".
NON_FINITE = (
    "to",
    "not",
    "never",
    "did",
    "do",
    "does",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "didn't",
    "don't",
    "doesn't",
    "won't",
    "wouldn't",
    "couldn't",
    "can't",
    "cannot",
)

#: Preposed cues that report speech only with "that": "Acme revealed that …" is speech, "Acme
#: revealed the new model" is a product launch, "projected 3% growth" a number.
CLAUSE_ONLY_CUES = tuple(
    form
    for lemma in ("reveal", "project", "conclude", "testify", "dispute", "bemoan", "volunteer")
    for form in inflect(lemma)
    if form in PREPOSED_CUES
)

NOUN_OBJECT_CUES = (
    "reported",
    "added",
    "adds",
    "adding",
    "announced",
    "posted",
    "called",
    "described",
    "wrote",
    "writes",
    "claimed",
    "confirmed",
    "confirms",
)

#: Words that make a clause of what follows a noun-object cue without "that": a form of "be",
#: "have" or "do", a modal, or a subject pronoun ("wrote the company had failed", "reported
#: he would resign"). Without one, "wrote handbooks for …", "called succinate" and "announced
#: the potential exchange" name or count things; a quotation inside still reports speech.
PREDICATES = (
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "he",
    "she",
    "they",
    "we",
    "i",
)

#: A form of "be" before a past participle makes it passive: "was reported in a man", "has not
#: been confirmed", "It's called …" — no speaker speaks.
PASSIVE_AUXILIARIES = ("is", "are", "was", "were", "be", "been", "being", "it's", "that's", "there's")
#: Verbs of naming: what they report ends with the quotation naming their object.
PREDICATIVE_CUES = ("called", "calls", "calling", "described", "describes", "describing")
#: "…, scientists have said": the perfect of a cue after its speaker.
PERFECT_AUXILIARIES = ("have", "has", "had")

PASSIVE_CUES = ("stated", "announced")

PASSIVE_SUBJECTS = ("this was", "that was")

COMPLEMENTIZERS = ("that",)

ADVERBS = (
    "also",
    "later",
    "previously",
    "earlier",
    "then",
    "has",
    "had",
    "have",
    "repeatedly",
    "again",
    "further",
    "separately",
    "only",
    "recently",
    "still",
    "publicly",
    "privately",
    "soon",
    "very",
    "just",
    # adverbs ending in -s, which no plural noun rule may take: "Jane Roe sometimes says"
    "sometimes",
    "perhaps",
    "always",
    "afterwards",
    "besides",
    "nevertheless",
    "nonetheless",
    # linking words before a medial cue: "Meanwhile, Doctor says, …"
    "meanwhile",
    "however",
)

SUBORDINATORS = (
    "with",
    "while",
    "although",
    "though",
    "because",
    "as",
    "after",
    "when",
    "but",
    "whereas",
    "if",
    "unless",
    "where",
)

#: Subordinators that open a clause only after a comma: "…, with Audi suggesting that …",
#: but "A person familiar with the matter told …".
COMMA_SUBORDINATORS = ("with", "where")

#: Words an -ing cue completes: "It's worth noting that …" is the writer's remark.
GERUND_HEADS = ("worth",)

MENTION_STOPS = (
    "in",
    "at",
    "on",
    "to",
    "after",
    "before",
    "during",
    "while",
    "who",
    "which",
    "that",
    "from",
    "for",
    "when",
    "as",
    "via",
    "outside",
    "inside",
    "near",
    "by",
    "with",
    "adding",
    "declining",
    "referring",
)

ADDRESSEE_PREPS = ("to",)

#: Verbs that introduce a quotation right after them without reporting a clause: "Doe
#: responded, “…”", "Doe joked: “…”" (the past forms of the post-posed verbs).
OPENING_CUES = tuple(sorted({inflect(lemma)[1] for lemma in POST_ONLY_LEMMAS}))

#: Other words that mark an organization of the kind a description's noun names, in its
#: name: "the university said" after "Kallang Institute of Technology".
ORG_KINDS = {
    "university": ("institute", "college", "polytechnic"),
    "regulator": ("regulatory", "authority"),
    "hospital": ("medical center", "medical centre", "infirmary", "clinic"),
    "school": ("academy",),
}

#: Class nouns before an organization's name, not part of it: "Carmaker Toyota said".
ORG_CLASSES = ("label", "airline", "carmaker", "automaker", "retailer", "startup", "insurer", "broadcaster")

#: A person's possessive determiners: "her lawyer said" is the lawyer, not her ("its governor"
#: is an organization's, who may be named later).
POSSESSIVES = ("his", "her", "their")

#: Verbs whose addressee needs no preposition: "Doe told reporters …", "tells Billboard …".
ADDRESSEE_VERBS = inflect("tell")

PRONOUNS = ("he", "she", "they", "it", "we")

#: Pronouns only a person takes: one after a lone name makes it a person's ("Madonna said she …").
PERSON_PRONOUNS = ("he", "she", "him", "his", "her")

#: Pronouns for an organization or a group, never one person: "they said" after Jane Doe
#: spoke is not Jane Doe (nor, in narration, is the writer's "we").
GROUP_PRONOUNS = ("they", "it", "we")

#: Unnamed sources keep their quote without a speaker: "officials said", "a police officer".
ANONYMOUS = (
    # plural agent nouns opening a clause: "Forecasters warned …", "Vendors, however, say …"
    "forecasters",
    "vendors",
    "investors",
    "shoppers",
    "survivors",
    "officials",
    "official",
    "source",
    "sources",
    "person",
    "people",
    "critics",
    "analysts",
    "residents",
    "resident",
    "witness",
    "witnesses",
    "supporter",
    "supporters",
    "one",
    "another",
    "some",
    "many",
    "others",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "officer",
    "anonymity",
    "insiders",
    "observers",
    "experts",
    "diplomats",
    "someone",
    "villagers",
    "activists",
    "scientists",
    "researchers",
    "volunteers",
    "authorities",
    "friend",
    "friends",
    "colleague",
    "colleagues",
    "neighbor",
    "neighbors",
    "neighbour",
    "neighbours",
    "relatives",
    "administrators",
    "employee",
    "employees",
    "worker",
    "workers",
    "engineer",
    "engineers",
    "investigators",
    "prosecutors",
    "lawmakers",
    "economists",
    "traders",
    "organizers",
    "organisers",
    "protesters",
    "demonstrators",
    "campaigners",
    "passengers",
    "parents",
    "locals",
    "voters",
    "farmers",
    "fishermen",
    "drivers",
    "nurses",
    "doctors",
    "teachers",
    "students",
    "commuters",
    "customers",
)

#: "that" is left out: after a cue it is the complementizer ("said that …").
DEMONSTRATIVES = ("the", "this", "its", "his", "her", "their")

ARTICLES = ("a", "an", "the")

#: Roles written before a name ("Investment Minister Bagus Hermawan") or after it.
ROLES = (
    "insider",
    "representative",
    "justice",
    "president",
    "minister",
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "head",
    "chief",
    "executive",
    "ceo",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "secretary",
    "general",
    "coach",
    "captain",
    "analyst",
    "economist",
    "researcher",
    "professor",
    "lecturer",
    "senator",
    "ambassador",
    "commissioner",
    "judge",
    "prosecutor",
    "lawyer",
    "attorney",
    "founder",
    "manager",
    "officer",
    "police",
    "colonel",
    "deputy",
    "vice",
    "prime",
    "king",
    "queen",
    "regent",
    "critic",
    "director-general",
    "producer",
    "winger",
    "striker",
    "goalkeeper",
    "midfielder",
    "quarterback",
    "player",
    "farmer",
    "fisherman",
    "candidate",
    "leader",
    "member",
    "lawmaker",
    "legislator",
    "adviser",
    "advisor",
    "envoy",
    "partner",
    "head",
    "scientist",
    "expert",
    "official",
    "chancellor",
    "premier",
    "secretary-general",
    "democrat",
    "republican",
    "speaker",
    "skipper",
    "provost",
    "dean",
    "rector",
    "negotiator",
    "registrar",
    "commander",
    "councillor",
    "councilman",
    "councilwoman",
    "councilor",
    "pilot",
    # clergy, schools, police ranks and legislators written before a name (not "Bishop",
    # "Pastor", "Cardinal", "Monk", "Marshal" or "Imam": surnames and given names as often)
    "principal",
    "headmaster",
    "headmistress",
    "teacher",
    "archbishop",
    "rabbi",
    "detective",
    "corporal",
    "assemblyman",
    "assemblywoman",
    "alderman",
    "congressman",
    "congresswoman",
    "mp",
)

ROLE_ABBREVIATIONS = {
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "pm": "prime minister",
    "veep": "vice president",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "cllr": "councillor",
}

RANKS = (
    "gen",
    "general",
    "lt",
    "lieutenant",
    "col",
    "colonel",
    "maj",
    "major",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "adm",
    "admiral",
    "brig",
    "brigadier",
    "insp",
    "inspector",
    "constable",
    "superintendent",
    "supt",
    # Indonesian police ranks as English reports write them: "Sr. Comr.", "Adj. Sr. Comr."
    "sr",
    "adj",
    "comr",
)

#: Lower-case words inside a person's name: "Monica de Bolle", "Ahmad bin Salim".
NAME_PARTICLES = ("al", "bin", "da", "de", "del", "della", "der", "dos", "du", "ibn", "la", "le", "ter", "van", "von")

HONORIFICS = (
    "mr",
    "mrs",
    "ms",
    "mdm",
    "miss",
    "madam",
    "dr",
    "prof",
    # before "Prof" in Singapore and Malaysia: "Assoc Prof Menon", "Asst Prof Tan"
    "assoc",
    "asst",
    # religious honorifics English-language papers in the region keep: "Haji Rosli", "Kiai Hasyim"
    "haji",
    "hajjah",
    "kiai",
    "ustaz",
    "ustad",
    "ustadz",
    "reverend",
    # Indonesian forms of address that English-language papers keep: "Pak Darto", "Ibu Yanti"
    # (which reads a Korean "Pak Pong Ju" as "Pong Ju"; not "Habib", a given name: "Habib Essid")
    "pak",
    "bu",
    "ibu",
    "bapak",
    "sir",
    "dame",
    "lord",
    "lady",
    "rev",
    "st",
    # Malaysian titles in English-language papers: "Datuk Zulkarnain Harun"
    "datuk",
    "dato",
    "datin",
)

#: Words that begin an employer's name inside a role: "head of the Center for Volcanology".
INSTITUTION_HEADS = (
    "bank",
    "ministry",
    "agency",
    "commission",
    "committee",
    "court",
    "council",
    "department",
    "university",
    "institute",
    "centre",
    "center",
    "association",
    "society",
    "college",
    "academy",
    "school",
    "federation",
    "bureau",
    "directorate",
    "authority",
    "foundation",
)

ORG_WORDS = (
    *INSTITUTION_HEADS,
    "regulator",
    "office",
    "administration",
    "embassy",
    "consulate",
    "party",
    "company",
    *LEGAL_FORMS,
    *INDUSTRY_MARKS,
    "constabulary",
    "holdings",
    "media",
    "pt",
    "union",
    "board",
    "police",
    "army",
    "navy",
    "league",
    "club",
    "forum",
    "network",
    "alliance",
    "coalition",
    "initiative",
    "observatory",
    "watch",
    "fc",
    "afc",
    # the last word of many football clubs' names: "Harbourside Athletic", "Kingsmere Rovers"
    "athletic",
    "rovers",
    "wanderers",
    "albion",
    "hotspur",
    "group",
    "organisation",
    "organization",
    "battery",
    "capital",
    "fund",
    "service",
    "government",
    "house",
    "senate",
    "parliament",
    "assembly",
    "operator",
    "firm",
    "studio",
    "studios",
    "records",
    "productions",
    "pictures",
    "entertainment",
    "airlines",
    "airways",
    "press",
    "news",
    "times",
    "post",
    "reuters",
    "associated",
    "supervisory",
    "trust",
    "hospital",
    "cooperative",
)

PLACES = (
    "indonesia",
    "jakarta",
    "java",
    "sumatra",
    "borneo",
    "sulawesi",
    "papua",
    "bali",
    "singapore",
    "malaysia",
    "thailand",
    "vietnam",
    "philippines",
    "australia",
    "china",
    "japan",
    "korea",
    "india",
    "russia",
    "ukraine",
    "america",
    "american",
    "us",
    "u.s",
    "uk",
    "britain",
    "british",
    "france",
    "french",
    "germany",
    "german",
    "european",
    "europe",
    "asia",
    "asian",
    "africa",
    "african",
    "north",
    "south",
    "east",
    "west",
    "central",
    "indonesian",
    "australian",
    "chinese",
    "japanese",
    "korean",
    "russian",
    "ukrainian",
    "provincial",
    "regional",
    "national",
    "federal",
    "state",
    "city",
    "district",
    "province",
    "washington",
    "moscow",
    "kremlin",
    "beijing",
    "tokyo",
    "brazil",
    "brazilian",
    "canada",
    # nationality nouns and adjectives: "the Dane said" is a description, not a name
    "swede",
    "briton",
    "dutchman",
    "dutchwoman",
    "spaniard",
    "filipino",
    "filipina",
    "norwegian",
    "frenchman",
    "frenchwoman",
    "englishman",
    "irishman",
    "welshman",
    "scotsman",
    "thai",
    "swiss",
    "italian",
    "argentine",
    "argentinian",
    "chilean",
    "colombian",
    "mexican",
    "nigerian",
    "ghanaian",
    "kenyan",
    "egyptian",
    "moroccan",
    "vietnamese",
    "malaysian",
    "indian",
    "pakistani",
    "portuguese",
    "serbian",
    "croatian",
    "belgian",
    "austrian",
    "israeli",
    "palestinian",
    "iranian",
    "iraqi",
    "saudi",
    "turk",
    "turkish",
    "greek",
    "hungarian",
    "czech",
    "slovak",
    "romanian",
    "bulgarian",
    "singaporean",
)

#: Administrative and geographic heads: the word after them is a place, not a name.
PLACE_HEADS = (
    "city",
    "province",
    "district",
    "village",
    "island",
    "port",
    "lake",
    "river",
    "county",
    "regency",
    "state",
    # geography and streets ("the upper Corvale Valley"; not "park" or "hill", also surnames)
    "valley",
    "mountains",
    "coast",
    "beach",
    "bay",
    "hills",
    "heights",
    "street",
    "avenue",
    "road",
    "square",
)

FUNCTION_WORDS = (
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "or",
    "if",
    "when",
    "while",
    "after",
    "before",
    "according",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "without",
    "as",
    "not",
    "no",
    "only",
    "some",
    "many",
    "most",
    "one",
    "another",
    "two",
    "three",
    "there",
    "here",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "what",
    "who",
    "why",
    "how",
    "since",
    "until",
    "although",
    "though",
    "because",
    "however",
    "meanwhile",
    "plus",
    "moreover",
    "furthermore",
    "still",
    "also",
    "so",
    "yet",
    "nobody",
    "everyone",
    "every",
    "each",
    "all",
    "mount",
    "lake",
    "river",
    "read",
    "watch",
    "photo",
    "see",
    "last",
    # prepositions and wh-words that open a sentence before its subject ("Despite …, officials
    # said", "Among those who believe …"), never a speaker
    "despite",
    "among",
    "amid",
    "whatever",
    "whenever",
    "wherever",
    "whether",
    "during",
    "over",
    "against",
    "through",
    "throughout",
    "toward",
    "towards",
    "outside",
    "inside",
    "near",
    "behind",
    "beside",
    "across",
    # a subject pronoun with its auxiliary: "We’ll start by noting that …" is the writer's voice
    *(
        form.replace("'", mark)
        for form in ("i'll", "i'm", "i've", "i'd", "we'll", "we're", "we've", "we'd", "you'll", "you're", "you've")
        for mark in "'’"
    ),
)

CALENDAR = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    *MONTH_ABBREVIATIONS,
    # times of day after a final cue: '"…," Noem tweeted Monday night.'
    "morning",
    "afternoon",
    "evening",
    "night",
    "tonight",
    "today",
    "yesterday",
    "weekend",
)

TITLE_MARKERS = (
    "called",
    "so-called",
    "named",
    "titled",
    "entitled",
    "dubbed",
    "nicknamed",
    "term",
    "hashtag",
    "slogan",
    "theme",
    "word",
    "phrase",
    "motto",
    "tagline",
)

NICKNAME_MARKERS = ("known as", "nicknamed", "dubbed")
#: English writes "Big Jay, as he is known," after the nickname, which the owner-after pattern
#: does not fit; none for now.
NICKNAME_OF_MARKERS: tuple[str, ...] = ()

ADJUNCTS = (
    "in a statement",
    "in an interview",
    "on social media",
    "on monday",
    "on tuesday",
    "on wednesday",
    "on thursday",
    "on friday",
    "on saturday",
    "on sunday",
    "on twitter",
    "in a post",
    "at a news conference",
    "at a press conference",
    "to reporters",
)

#: Generic nouns for an organization: "the company" means whichever organization spoke last.
#: Descriptions of an organization, and the documents it speaks through ('"…," the statement
#: said'): they refer to the organization that spoke or was named last.
GENERIC_ORGS = (
    "company",
    "provider",
    "lender",
    "manufacturer",
    "firm",
    "group",
    "label",
    "automaker",
    "carmaker",
    "airline",
    "retailer",
    "organisation",
    "organization",
    "operator",
    "business",
    "statement",
    "letter",
    "filing",
    "memo",
    "carrier",
    "force",
    "team",
    "club",
    "franchise",
    "start-up",
    "startup",
    "railroad",
    "railway",
)

#: The word before the agent of a passive cue: "disampaikan oleh X".
PASSIVE_AGENTS = ("by",)

#: Somebody speaking for an organization: "kata juru bicara Kemenkes" is the ministry speaking.
SPOKESPEOPLE = ("spokesperson", "spokesman", "spokeswoman", "representative")

#: Lower-case words inside a role or an organization's name.
ROLE_CONNECTORS = ("of", "and", "at", "for", "the", "on", "to")
#: After a name, these start a place ("… di Waingapu"), not a longer role.
LOCATIVES = ("at", "in")
#: Records an "according to" phrase may cite, which speak for nobody: "according to LSEG data".
DOCUMENTS = (
    "data",
    "figures",
    "filing",
    "filings",
    "record",
    "records",
    "document",
    "documents",
    "statistics",
    "estimates",
    "census",
    "tally",
    "calculations",
    "database",
    "poll",
    "polls",
    "survey",
    "surveys",
    "transcript",
    "transcripts",
)
#: Words joining two parts of one affiliation.
JOINERS = ("and", "of")
#: Lower-case words inside an organization's name besides the joiners: "Institute on Drug Abuse".
ORG_LINKS = ("on", "for")
#: Words between a person's full name and their employer: "Jane Roe of the Daily Courier".
AFFILIATION_LINKS = ("of",)
#: Words joining a spokesperson to the organization they speak for.
SPOKESPERSON_LINKS = ("for", "of")
#: Words besides the articles that open a description renamed by a name after it.
RENAMERS = ("one", "another")
#: Verb prefixes: a lower-case word with one ends a role phrase.
VERB_PREFIXES: tuple[str, ...] = ()

#: Relative pronouns: after a medial cue they start an appositive, not the reported clause.
RELATIVES = ("who", "which", "whose", "where")

#: Words that show a person's gender: pronouns after the name, honorifics before it.
GENDERS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "mr": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
}

#: The word in a role before the employer's name: the affiliation.
EMPLOYER_LINKS = ("at", "for")

LEXICON = Lexicon(
    language="en",
    post_cues=POST_CUES,
    clitic=None,
    preposed_cues=PREPOSED_CUES,
    noun_object_cues=NOUN_OBJECT_CUES,
    predicates=PREDICATES,
    clause_only_cues=CLAUSE_ONLY_CUES,
    non_finite=NON_FINITE,
    present_cues=PRESENT_CUES,
    passive_auxiliaries=PASSIVE_AUXILIARIES,
    perfect_auxiliaries=PERFECT_AUXILIARIES,
    addressee_verbs=ADDRESSEE_VERBS,
    according=("according to",),
    passive_cues=PASSIVE_CUES,
    passive_subjects=PASSIVE_SUBJECTS,
    complementizers=COMPLEMENTIZERS,
    adverbs=ADVERBS,
    subordinators=SUBORDINATORS,
    mention_stops=MENTION_STOPS,
    addressee_preps=ADDRESSEE_PREPS,
    pronouns=PRONOUNS,
    anonymous=ANONYMOUS,
    demonstratives=DEMONSTRATIVES,
    articles=ARTICLES,
    roles=ROLES,
    role_abbreviations=ROLE_ABBREVIATIONS,
    ranks=RANKS,
    honorifics=HONORIFICS,
    name_particles=NAME_PARTICLES,
    name_starts=BALINESE_NAME_STARTS,
    unnamed_singulars=("a", "an", "one"),
    channel_preps=("via",),
    deputy_words=("deputy", "vice"),
    object_determiners=("any", "his", "her", "its", "their"),
    naming_clauses=(
        "identified only as",
        "identified only by the name",
        "gave her name only as",
        "gave his name only as",
        "gave her name as",
        "gave his name as",
        "gave only her first name,",
        "gave only his first name,",
    ),
    documents=DOCUMENTS,
    org_words=ORG_WORDS,
    generic_orgs=GENERIC_ORGS,
    org_classes=ORG_CLASSES,
    org_kinds=ORG_KINDS,
    presentatives=("among them", "one of them"),
    unnamed_clauses=(
        "not to be named",
        "not to be identified",
        "declined to be named",
        "declined to be identified",
        "refused to be named",
        "condition of anonymity",
        "requested anonymity",
        "asked for anonymity",
    ),
    copulas=("", "is", "was", "are", "were"),
    places=PLACES,
    place_heads=PLACE_HEADS,
    function_words=FUNCTION_WORDS,
    calendar=CALENDAR,
    genders=GENDERS,
    employer_links=EMPLOYER_LINKS,
    institution_heads=INSTITUTION_HEADS,
    title_markers=TITLE_MARKERS,
    predicative_cues=PREDICATIVE_CUES,
    nickname_markers=NICKNAME_MARKERS,
    nickname_of_markers=NICKNAME_OF_MARKERS,
    adjuncts=ADJUNCTS,
    passive_agents=PASSIVE_AGENTS,
    spokespeople=SPOKESPEOPLE,
    role_connectors=ROLE_CONNECTORS,
    locatives=LOCATIVES,
    joiners=JOINERS,
    org_links=ORG_LINKS,
    affiliation_links=AFFILIATION_LINKS,
    coordinators=COORDINATORS,
    adversatives=ADVERSATIVES,
    company_nouns=COMPANY_NOUNS,
    company_marks=COMPANY_MARKS,
    quantity_phrases=QUANTITY_PHRASES,
    gerund_cues=GERUND_CUES,
    reticence=RETICENCE,
    person_pronouns=PERSON_PRONOUNS,
    group_pronouns=GROUP_PRONOUNS,
    comma_subordinators=COMMA_SUBORDINATORS,
    gerund_heads=GERUND_HEADS,
    opening_cues=OPENING_CUES,
    finite_suffixes=("ed",),
    possessives=POSSESSIVES,
    full_names=True,
    spokesperson_links=SPOKESPERSON_LINKS,
    verb_prefixes=VERB_PREFIXES,
    relatives=RELATIVES,
    renamers=RENAMERS,
    speaker_before_cue=True,
    distant_complementizer=True,
    org_head_final=True,
    bare_appositives=False,
)

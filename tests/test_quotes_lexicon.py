"""Every lexicon entry, exercised: each cue, role, rank, pronoun, marker does its job in a sentence."""

from __future__ import annotations

import pytest

from newsmodel import Organization, Person, Quote, QuoteKind
from newsmodel.quotes import _lexicon_en as en
from newsmodel.quotes import _lexicon_id as id_
from newsmodel.quotes import extract_quotes
from newsmodel.quotes._languages import LEXICONS, lexicon_for
from newsmodel.quotes._speakers import Registry, collect, is_name_word, name_words, role_affiliation
from newsmodel.quotes._text import make_word, words


def collect_id(blocks: list[str]) -> Registry:
    return collect(blocks, id_.LEXICON)


def speaker(quote: Quote) -> str | None:
    assert quote.attribution is not None
    return quote.attribution.speaker.name if quote.attribution.speaker else None


def only(quotes: tuple[Quote, ...], kind: QuoteKind) -> list[Quote]:
    return [q for q in quotes if q.kind is kind]


class TestTable:
    def test_languages(self) -> None:
        """Each language module's lexicon is registered under its tag."""
        assert LEXICONS == {"id": id_.LEXICON, "en": en.LEXICON}
        assert lexicon_for("id-ID") is id_.LEXICON

    def test_derived_fields(self) -> None:
        """The fields a lexicon derives from its entries: articles split by definiteness, the
        spokesperson phrases' words, the clitic forms of "according to", curly apostrophes."""
        lexicon = en.LEXICON
        assert (lexicon.definite_articles, lexicon.indefinite_articles) == (frozenset({"the"}), frozenset({"a", "an"}))
        assert {"spokesman", "representative"} <= lexicon.spokesperson_words
        assert id_.LEXICON.according_clitics == {"menurutnya"}
        assert {"didn't", "didn\u2019t"} <= lexicon.non_finite
        assert lexicon.office_links == set(en.AFFILIATION_LINKS) | set(en.EMPLOYER_LINKS)

    @pytest.mark.parametrize("module", [id_, en])
    def test_entries_are_lower_case_words(self, module: object) -> None:
        """Entries are stored lower-case, so lookups of lower-cased words find them."""
        lexicon = module.LEXICON  # type: ignore[attr-defined]
        for field in ("post_cues", "preposed_cues", "roles", "ranks", "honorifics", "places", "pronouns"):
            assert all(entry == entry.lower() for entry in getattr(lexicon, field))


class TestIndonesianCues:
    @pytest.mark.parametrize("cue", id_.POST_CUES)
    def test_post_cue(self, cue: str) -> None:
        """ "…," CUE NAME attributes the quote with that cue."""
        quote = extract_quotes([f'"Kami siap bekerja," {cue} Budi Santoso.'])[0]
        assert quote.attribution is not None
        assert (quote.attribution.cue, speaker(quote)) == (cue, "Budi Santoso")

    @pytest.mark.parametrize("cue", id_.POST_CUES)
    def test_clitic_form(self, cue: str) -> None:
        """ "…," CUEnya is its own mention and continues the current speaker."""
        blocks = ['"Kami siap," kata Budi Santoso.', f'"Kami juga sudah berlatih," {cue}nya.']
        quote = extract_quotes(blocks)[1]
        assert quote.attribution is not None
        assert (quote.attribution.cue, quote.attribution.mention, speaker(quote)) == (
            f"{cue}nya",
            f"{cue}nya",
            "Budi Santoso",
        )

    @pytest.mark.parametrize("verb", id_.PREPOSED_CUES)
    def test_preposed_verb_indirect(self, verb: str) -> None:
        """NAME VERB (bahwa) clause is reported speech with that cue."""
        quotes = only(
            extract_quotes([f"Budi Santoso {verb} bahwa harga beras akan turun pekan depan."]), QuoteKind.INDIRECT
        )
        assert [(q.text, q.attribution.cue if q.attribution else None, speaker(q)) for q in quotes] == [
            ("harga beras akan turun pekan depan", verb, "Budi Santoso")
        ]

    @pytest.mark.parametrize("verb", id_.PREPOSED_CUES)
    def test_preposed_verb_direct(self, verb: str) -> None:
        """NAME VERB: "…" attributes the direct quote with that cue."""
        quotes = only(extract_quotes([f'Budi Santoso {verb}: "Harga beras akan turun."']), QuoteKind.DIRECT)
        assert [(q.attribution.cue if q.attribution else None, speaker(q)) for q in quotes] == [(verb, "Budi Santoso")]

    @pytest.mark.parametrize("verb", id_.NOUN_OBJECT_CUES)
    def test_noun_object_verbs_count(self, verb: str) -> None:
        """A counted object is no speech: "mencatat 1.284 kasus"."""
        assert extract_quotes([f"Dinas Kesehatan {verb} 1.284 kasus demam berdarah."]) == ()

    @pytest.mark.parametrize("phrase", id_.LEXICON.according)
    def test_according(self, phrase: str) -> None:
        """ "Menurut X, …" is reported speech."""
        quotes = extract_quotes([f"{phrase.capitalize()} Budi Santoso, harga beras akan turun."])
        assert [(q.text, speaker(q)) for q in quotes] == [("harga beras akan turun", "Budi Santoso")]

    @pytest.mark.parametrize("subject", id_.PASSIVE_SUBJECTS)
    @pytest.mark.parametrize("cue", id_.PASSIVE_CUES)
    def test_passive(self, subject: str, cue: str) -> None:
        """ "Hal itu disampaikan X" attributes the previous sentence."""
        block = f"Harga beras akan turun pekan depan. {subject.capitalize()} {cue} Budi Santoso di Jakarta."
        quotes = extract_quotes([block])
        assert [(q.text, speaker(q)) for q in quotes] == [("Harga beras akan turun pekan depan", "Budi Santoso")]

    @pytest.mark.parametrize("word", id_.COMPLEMENTIZERS)
    def test_complementizer(self, word: str) -> None:
        """The complementizer is left out of the reported clause."""
        quotes = extract_quotes([f"Budi Santoso mengatakan {word} harga beras turun."])
        assert [q.text for q in quotes] == ["harga beras turun"]

    @pytest.mark.parametrize("adverb", id_.ADVERBS)
    def test_adverb(self, adverb: str) -> None:
        """An adverb between subject and verb keeps the subject: "Putin tetap menyatakan"."""
        quotes = extract_quotes([f"Ketua RT Budi Santoso {adverb} mengatakan harga beras akan turun."])
        assert [speaker(q) for q in quotes] == ["Budi Santoso"]

    @pytest.mark.parametrize("adverb", id_.ADVERBS)
    @pytest.mark.parametrize("mention", ["dia", "Budi"])
    def test_adverb_after_the_speaker(self, adverb: str, mention: str) -> None:
        """An adverb after a post-posed cue's speaker tells how it was said: "kata dia singkat"."""
        quotes = extract_quotes(["Budi Santoso hadir.", f'"Kami siap," kata {mention} {adverb}.'])
        assert [(q.text, speaker(q)) for q in quotes] == [("Kami siap", "Budi Santoso")]

    @pytest.mark.parametrize("word", id_.SUBORDINATORS)
    def test_subordinator(self, word: str) -> None:
        """A subordinate clause has its own subject: "…, meski Menteri X menyatakan …"."""
        block = f"Rapat dibuka Ketua RT Ahmad Yani, {word} Menteri Budi Santoso menyatakan harga beras akan turun."
        quotes = extract_quotes([block])
        assert [speaker(q) for q in quotes] == ["Budi Santoso"]

    @pytest.mark.parametrize("stop", id_.MENTION_STOPS)
    def test_mention_stop(self, stop: str) -> None:
        """A stop word ends the mention after a cue."""
        quote = extract_quotes([f'"Kami siap," kata Budi Santoso {stop} acara itu.'])[0]
        assert quote.attribution is not None
        assert quote.attribution.mention == "Budi Santoso"

    @pytest.mark.parametrize("prep", id_.ADDRESSEE_PREPS)
    def test_addressee(self, prep: str) -> None:
        """ "kepada wartawan" names the addressee."""
        quote = extract_quotes([f'"Kami siap," kata Budi Santoso {prep} wartawan.'])[0]
        assert quote.attribution is not None
        assert quote.attribution.addressee == "wartawan"

    @pytest.mark.parametrize("adjunct", id_.ADJUNCTS)
    def test_adjunct(self, adjunct: str) -> None:
        """An adjunct between verb and clause is left out of the clause."""
        quotes = extract_quotes([f"Budi Santoso menyatakan {adjunct} harga beras akan turun."])
        assert [q.text for q in quotes] == ["harga beras akan turun"]

    @pytest.mark.parametrize("word", id_.REFUSALS)
    def test_refusal(self, word: str) -> None:
        """A refusal before the verb: nothing is reported ("enggan membeberkan …")."""
        assert extract_quotes([f"Budi Santoso {word} membeberkan kapan harga beras akan turun."]) == ()

    @pytest.mark.parametrize("cue", id_.CLAUSE_ONLY_CUES)
    def test_clause_only_cue(self, cue: str) -> None:
        """ "mengeluhkan kegagalan mendaftar" is no speech; "mengeluhkan bahwa …" is."""
        assert only(extract_quotes([f"Warganet {cue} kegagalan mendaftar antrean berobat."]), QuoteKind.INDIRECT) == []
        quotes = extract_quotes([f"Budi Santoso {cue} bahwa antrean tidak bergerak sejak sore."])
        assert [q.text for q in quotes] == ["antrean tidak bergerak sejak sore"]

    @pytest.mark.parametrize("verb", id_.NOUN_OBJECT_CUES)
    def test_noun_object_verb_without_predicate(self, verb: str) -> None:
        """A noun phrase after such a verb, with no comma or complementizer, is no speech."""
        assert only(extract_quotes([f"Budi Santoso {verb} jumlah pelanggan tahun lalu."]), QuoteKind.INDIRECT) == []

    @pytest.mark.parametrize("word", id_.PREDICATES)
    def test_predicate(self, word: str) -> None:
        """A predicate word after a noun-object verb makes a reported clause."""
        quotes = only(extract_quotes([f"Budi Santoso mencontohkan jumlah pelanggan {word} naik."]), QuoteKind.INDIRECT)
        assert [q.text for q in quotes] == [f"jumlah pelanggan {word} naik"]

    @pytest.mark.parametrize("word", id_.TOPIC_PREPS)
    def test_topic_preposition(self, word: str) -> None:
        """A topic after the verb says what was talked about, not what was said."""
        assert extract_quotes([f"Budi Santoso bercerita {word} kisah cinta dua anak muda."]) == ()


class TestAffiliations:
    @pytest.mark.parametrize(("module", "word"), [(m, w) for m in (id_, en) for w in m.INSTITUTION_HEADS])
    def test_institution_head(self, module: object, word: str) -> None:
        """A word beginning an institution's name inside a role gives the affiliation."""
        lexicon = module.LEXICON  # type: ignore[attr-defined]
        assert (
            role_affiliation(f"kepala {word.capitalize()} Sumber Makmur", lexicon)
            == f"{word.capitalize()} Sumber Makmur"
        )

    @pytest.mark.parametrize(("module", "word"), [(m, w) for m in (id_, en) for w in m.EMPLOYER_LINKS])
    def test_employer_link(self, module: object, word: str) -> None:
        """The name after an employer link ("at", "di") is the affiliation."""
        lexicon = module.LEXICON  # type: ignore[attr-defined]
        assert role_affiliation(f"ekonom {word} Sumber Makmur Capital", lexicon) == "Sumber Makmur Capital"

    def test_affiliation_reaches_the_speaker(self) -> None:
        """The speaker's affiliation comes from the role when no organization was introduced."""
        quote = extract_quotes(
            ["Kasubdit IV Renakta Ditreskrimum Polda Lampung AKBP Ferdiyan Fahmi mengatakan, pelaku ditangkap."]
        )[0]
        assert quote.attribution is not None
        assert quote.attribution.speaker == Person(
            name="Ferdiyan Fahmi",
            job_title="Kasubdit IV Renakta Ditreskrimum Polda Lampung",
            affiliation=Organization(name="Polda Lampung"),
        )


class TestIndonesianSpeakers:
    @pytest.mark.parametrize("noun", id_.PERSON_NOUNS)
    def test_person_noun(self, noun: str) -> None:
        """A capitalised person noun opening a sentence points back; it names nobody."""
        blocks = ["Aktor Indra Birowo hadir.", f"{noun.capitalize()} berusia 44 tahun ini menyatakan bahwa ia siap."]
        assert [speaker(q) for q in extract_quotes(blocks)] == ["Indra Birowo"]

    @pytest.mark.parametrize("pronoun", id_.PRONOUNS)
    def test_pronoun(self, pronoun: str) -> None:
        """A pronoun at a cue is the current speaker."""
        quotes = extract_quotes(['"Kami siap," kata Budi Santoso.', f'"Kami juga berlatih," kata {pronoun}.'])
        assert speaker(quotes[1]) == "Budi Santoso"

    @pytest.mark.parametrize("word", id_.ANONYMOUS)
    def test_anonymous(self, word: str) -> None:
        """An unnamed source has no speaker, even after a named one."""
        quotes = extract_quotes(['"Kami siap," kata Budi Santoso.', f'"Pasokan seret," kata {word} di lokasi.'])
        assert speaker(quotes[1]) is None

    @pytest.mark.parametrize("word", id_.DEMONSTRATIVES)
    def test_demonstrative(self, word: str) -> None:
        """A description with a demonstrative refers to the current speaker."""
        quotes = extract_quotes(['"Kami siap," kata Budi Santoso.', f'"Kami juga berlatih," kata pria {word}.'])
        assert speaker(quotes[1]) == "Budi Santoso"

    @pytest.mark.parametrize("article", id_.ARTICLES)
    def test_article(self, article: str) -> None:
        """ "sang"/"si" before a role is dropped from the appositive role."""
        quotes = extract_quotes([f"Budi Santoso, {article} pelatih tim, mengatakan harga tiket akan turun."])
        assert quotes[0].attribution is not None
        assert quotes[0].attribution.speaker == Person(name="Budi Santoso", job_title="pelatih tim")

    @pytest.mark.parametrize("role", id_.ROLES)
    def test_role(self, role: str) -> None:
        """ROLE NAME gives the person with that role."""
        quotes = extract_quotes([f"Dalam rapat itu, {role} Budi Santoso mengatakan harga beras akan turun."])
        assert quotes[0].attribution is not None
        assert quotes[0].attribution.speaker == Person(name="Budi Santoso", job_title=role)

    @pytest.mark.parametrize(("short", "long"), sorted(id_.ROLE_ABBREVIATIONS.items()))
    def test_role_abbreviation(self, short: str, long: str) -> None:
        """A bare abbreviated office resolves to the person introduced with the full role."""
        blocks = [f"{long.title()} Budi Santoso meninjau pasar.", f'"Harga aman," kata {short.capitalize()}.']
        assert speaker(extract_quotes(blocks)[0]) == "Budi Santoso"

    @pytest.mark.parametrize("rank", sorted(set(id_.RANKS) - set(id_.RANK_SUFFIXES)))
    def test_rank(self, rank: str) -> None:
        """A rank before a name is not part of the name."""
        quote = extract_quotes([f'"Kami siap," kata Kapolres {rank.capitalize()} Budi Santoso.'])[0]
        assert speaker(quote) == "Budi Santoso"

    @pytest.mark.parametrize("suffix", id_.RANK_SUFFIXES)
    def test_rank_suffix(self, suffix: str) -> None:
        """A rank suffix after a rank is part of the rank ("Kombes Pol"); alone it may open a name."""
        quote = extract_quotes([f'"Kami siap," kata Kapolres Kombes {suffix.capitalize()} Budi Santoso.'])[0]
        assert speaker(quote) == "Budi Santoso"
        quote = extract_quotes([f'"Kami siap," kata {suffix.capitalize()} Santoso.'])[0]
        assert speaker(quote) == f"{suffix.capitalize()} Santoso"

    @pytest.mark.parametrize("honorific", id_.HONORIFICS)
    def test_honorific(self, honorific: str) -> None:
        """An honorific before a name is not part of the name."""
        quote = extract_quotes([f'"Kami siap," kata Ketua RT {honorific.capitalize()} Budi Santoso.'])[0]
        assert speaker(quote) == "Budi Santoso"

    @pytest.mark.parametrize(
        "word", sorted(set(id_.ORG_WORDS + id_.PLACES + id_.FUNCTION_WORDS + id_.CALENDAR + id_.PLACE_HEADS))
    )
    def test_not_a_name(self, word: str) -> None:
        """Organization words, places, function words and dates never belong to a person's name.

        (A word that also opens a name, the Sasak title "Lalu", does right before one: see
        test_quotes.py, TestBalineseNames.)
        """
        lexicon = id_.LEXICON
        assert not is_name_word(make_word(word.capitalize(), 0, len(word)), lexicon)
        text = f"Kepala {word.capitalize()} Budi Santoso"
        expected = ["Budi", "Santoso"]
        if word.capitalize() in lexicon.name_starts:
            expected = [word.capitalize(), *expected]
        assert [w.text for w in name_words(words(text), lexicon)] == expected

    @pytest.mark.parametrize("head", id_.PLACE_HEADS)
    def test_place_head(self, head: str) -> None:
        """The word after a place head is a place: "Kabupaten Magelang Edi Wasono"."""
        text = f"Kepala Dinas {head.capitalize()} Magelang Edi Wasono"
        assert [w.text for w in name_words(words(text), id_.LEXICON)] == ["Edi", "Wasono"]

    @pytest.mark.parametrize(
        "word", sorted(set(id_.ORG_WORDS) - set(id_.PLACES) - set(id_.FUNCTION_WORDS) - set(id_.ADVERBS))
    )
    def test_org_word_heads_an_organization(self, word: str) -> None:
        """A subject led by an organization word speaks as an organization."""
        quotes = extract_quotes([f"{word.capitalize()} Sentosa Jaya memastikan harga beras akan turun."])
        assert quotes[0].attribution is not None
        assert quotes[0].attribution.speaker is not None
        assert type(quotes[0].attribution.speaker).__name__ == "Organization"

    @pytest.mark.parametrize("word", id_.GENERIC_ORGS)
    def test_generic_organization(self, word: str) -> None:
        """ "tulis perusahaan" refers to the organization that spoke last."""
        blocks = ["PT Sentosa Jaya memastikan harga beras akan turun.", f'"Stok aman," tulis {word} itu.']
        assert speaker(extract_quotes(blocks)[-1]) == "PT Sentosa Jaya"

    @pytest.mark.parametrize("marker", id_.TITLE_MARKERS)
    def test_title_marker(self, marker: str) -> None:
        """Quoted words after a naming word are a title, not a partial quote."""
        quotes = extract_quotes([f'Budi Santoso mengatakan program {marker} "lumbung desa" sudah berjalan.'])
        assert [q.kind for q in quotes] == [QuoteKind.INDIRECT]

    @pytest.mark.parametrize("word", id_.COORDINATORS)
    def test_coordinator(self, word: str) -> None:
        """A verb right after ", tetapi" has the subject before it and reports a clause of its own."""
        block = (
            f"Budi Santoso mengatakan pabrik itu akan tutup tahun depan, {word} menegaskan bahwa pekerja akan dipindah."
        )
        assert [(q.text, speaker(q)) for q in extract_quotes([block])] == [
            ("pabrik itu akan tutup tahun depan", "Budi Santoso"),
            ("pekerja akan dipindah", "Budi Santoso"),
        ]

    @pytest.mark.parametrize("word", id_.SPOKESPEOPLE)
    def test_spokesperson(self, word: str) -> None:
        """An unnamed spokesperson speaks for the organization named after them."""
        blocks = ["Kementerian Kesehatan (Kemenkes) menyiapkan vaksin.", f'"Stok aman," kata {word} Kemenkes.']
        assert speaker(extract_quotes(blocks)[-1]) == "Kementerian Kesehatan"

    @pytest.mark.parametrize("word", id_.ROLE_CONNECTORS)
    def test_role_connector(self, word: str) -> None:
        """A connector keeps a role phrase going: "Anggota Komisi II dari Fraksi X"."""
        quotes = extract_quotes(
            [f"Dalam rapat, Anggota Komisi {word} Fraksi Rakyat, Budi Santoso, mengatakan harga turun."]
        )
        assert quotes[0].attribution is not None
        speaker_ = quotes[0].attribution.speaker
        assert isinstance(speaker_, Person)
        assert speaker_.job_title == f"Anggota Komisi {word} Fraksi Rakyat"

    @pytest.mark.parametrize("word", id_.LOCATIVES)
    def test_locative(self, word: str) -> None:
        """After a name, a locative starts a place, so the place is nobody's name."""
        text = f"Bupati Sumba Timur Yohanes Umbu Remi {word} Waingapu, Kamis, mengatakan embung dibangun."
        quotes = extract_quotes([text])
        assert [speaker(q) for q in quotes] == ["Yohanes Umbu Remi"]

    @pytest.mark.parametrize("word", id_.JOINERS)
    def test_joiner(self, word: str) -> None:
        """A joiner continues an affiliation: "Pendidikan Dasar dan Menengah Abdul Mu’ti"."""
        text = f"Menteri Pendidikan Dasar {word} Menengah Abdul Mu’ti menilai sistem zonasi perlu dievaluasi."
        assert [speaker(q) for q in extract_quotes([text])] == ["Abdul Mu’ti"]

    @pytest.mark.parametrize("word", id_.SPOKESPERSON_LINKS)
    def test_spokesperson_link(self, word: str) -> None:
        """ "juru bicara dari X" speaks for X."""
        blocks = [
            "Kementerian Kesehatan menyiapkan vaksin.",
            f'"Stok aman," kata juru bicara {word} Kementerian Kesehatan.',
        ]
        assert speaker(extract_quotes(blocks)[-1]) == "Kementerian Kesehatan"

    @pytest.mark.parametrize("prefix", id_.VERB_PREFIXES)
    def test_verb_prefix(self, prefix: str) -> None:
        """A prefixed verb ends a role phrase: no role reaches back over it."""
        text = f"Rapat itu {prefix}lakukan oleh Budi Santoso, lalu Budi Santoso menyatakan harga turun."
        quotes = extract_quotes([text])
        assert quotes[0].attribution is not None
        speaker_ = quotes[0].attribution.speaker
        assert isinstance(speaker_, Person)
        assert speaker_.job_title is None

    @pytest.mark.parametrize("word", id_.PASSIVE_AGENTS)
    def test_passive_agent(self, word: str) -> None:
        """ "Hal itu disampaikan oleh X" names X after the agent word."""
        quotes = extract_quotes([f"Harga beras akan turun. Hal itu disampaikan {word} Budi Santoso di Jakarta."])
        assert [speaker(q) for q in quotes] == ["Budi Santoso"]

    @pytest.mark.parametrize("marker", id_.NICKNAME_MARKERS)
    def test_nickname_marker(self, marker: str) -> None:
        """A nickname introduced with the marker resolves to its owner."""
        blocks = [f"Sukarso (71), {marker} Mbah Karso, menggugat.", '"Sumur saya kering," tutur Mbah Karso.']
        assert speaker(extract_quotes(blocks)[-1]) == "Sukarso"

    @pytest.mark.parametrize("marker", id_.NICKNAME_OF_MARKERS)
    def test_nickname_of_marker(self, marker: str) -> None:
        """ "NICK, sapaan akrab NAME" makes NICK an alias of NAME."""
        blocks = [
            "Kepala BPBD Dadang Suherman meninjau lokasi.",
            f"Mbah Jago, {marker} Dadang, mengimbau warga.",
            '"Nyawa lebih penting," kata Mbah Jago.',
        ]
        assert speaker(extract_quotes(blocks)[-1]) == "Dadang Suherman"


class TestEnglish:
    @pytest.mark.parametrize("cue", en.POST_CUES)
    def test_post_cue_both_orders(self, cue: str) -> None:
        """ "…," CUE NAME and "…," NAME CUE both attribute the quote.

        For "told"/"tells" only the second: in '"…," told X' the name after the verb is the one
        told, not the speaker (test_addressee_verb checks that form).
        """
        blocks = [f'"We are ready," Jane Doe {cue}.']
        if cue not in en.ADDRESSEE_VERBS:
            blocks.append(f'"We are ready," {cue} Jane Doe.')
        for block in blocks:
            quote = extract_quotes([block], language="en")[0]
            assert quote.attribution is not None
            assert (quote.attribution.cue, speaker(quote)) == (cue, "Jane Doe")

    @pytest.mark.parametrize("lemma", sorted(en.IRREGULAR_VERBS))
    def test_irregular_verb(self, lemma: str) -> None:
        """Each irregular entry is needed (the regular rule would spell it otherwise) and reaches the cue lists."""
        forms = en.IRREGULAR_VERBS[lemma]
        third = lemma + "s"
        past = lemma + ("d" if lemma.endswith("e") else "ed")
        gerund = (lemma[:-1] if lemma.endswith("e") else lemma) + "ing"
        assert forms != (third, past, gerund)
        assert en.inflect(lemma) == forms
        assert set(forms[:2]) <= set(en.POST_CUES) | set(en.PREPOSED_CUES)

    @pytest.mark.parametrize("lemma", en.GERUND_LEMMAS)
    def test_gerund(self, lemma: str) -> None:
        """ "…, adding that …" attributes the clause to the sentence's subject."""
        gerund = en.inflect(lemma)[2]
        block = f"Mayor Jane Doe spoke on Monday, {gerund} that the bridge would reopen."
        quotes = only(extract_quotes([block], language="en"), QuoteKind.INDIRECT)
        assert [(q.text, speaker(q)) for q in quotes] == [("the bridge would reopen", "Jane Doe")]

    @pytest.mark.parametrize("gerund", en.GERUND_CUES)
    def test_gerund_ends_the_clause_before(self, gerund: str) -> None:
        """ "…, adding that …" ends the reported clause before it and starts one of its own."""
        block = f"Mayor Jane Doe said the mill will close, {gerund} that jobs will go."
        quotes = only(extract_quotes([block], language="en"), QuoteKind.INDIRECT)
        assert [(q.text, speaker(q)) for q in quotes] == [
            ("the mill will close", "Jane Doe"),
            ("jobs will go", "Jane Doe"),
        ]

    @pytest.mark.parametrize("word", en.COORDINATORS)
    def test_coordinator(self, word: str) -> None:
        """A cue right after ", but" has the subject before it and reports a clause of its own."""
        block = f"Mayor Jane Doe said the mill will close next year, {word} warns that jobs will go."
        quotes = extract_quotes([block], language="en")
        assert [(q.text, speaker(q)) for q in quotes] == [
            ("the mill will close next year", "Jane Doe"),
            ("jobs will go", "Jane Doe"),
        ]

    @pytest.mark.parametrize("word", en.RETICENCE)
    def test_reticence(self, word: str) -> None:
        """ ", but she did not disclose …" is the writer's word about the speaker, not reported speech."""
        block = f"Mayor Jane Doe said the mill will hire staff, but she {word} any figures."
        assert [q.text for q in extract_quotes([block], language="en")] == ["the mill will hire staff"]

    @pytest.mark.parametrize("verb", en.BARE_CUES)
    def test_bare_cue(self, verb: str) -> None:
        """A bare verb after a plural subject reports speech: "critics argue that …"."""
        quotes = extract_quotes([f"Critics {verb} that the bridge would reopen."], language="en")
        assert [(q.text, speaker(q)) for q in quotes] == [("the bridge would reopen", None)]

    @pytest.mark.parametrize("word", en.NON_FINITE)
    def test_non_finite(self, word: str) -> None:
        """A bare verb after "to", "not" or a modal is no finite verb: "declined to say …"."""
        assert extract_quotes([f"Mayor Jane Doe {word} say the bridge would reopen."], language="en") == ()

    @pytest.mark.parametrize("cue", en.PRESENT_CUES)
    def test_present_cue_as_noun(self, cue: str) -> None:
        """A present-tense cue before a comma or a verb is a plural noun: "guest posts, videos"."""
        for block in (f"Their guest {cue}, photos and videos drew readers.", f"Other {cue} are in the same range."):
            assert only(extract_quotes([block], language="en"), QuoteKind.INDIRECT) == []

    @pytest.mark.parametrize("word", en.PASSIVE_AUXILIARIES)
    def test_passive_auxiliary(self, word: str) -> None:
        """A cue after a form of "be" is a passive: the named subject did not speak."""
        for block in (f"Peter Brandt {word} reported missing on Monday.", f"Peter Brandt {word} told to wait."):
            assert extract_quotes([block], language="en") == (), block

    @pytest.mark.parametrize("cue", en.CLAUSE_ONLY_CUES)
    def test_clause_only_cue(self, cue: str) -> None:
        """ "revealed the new model" is no speech; "revealed that …" is."""
        assert extract_quotes([f"Acme Battery Corp {cue} the new battery model."], language="en") == ()
        quotes = extract_quotes([f"Acme Battery Corp {cue} that the new battery would ship."], language="en")
        assert [q.text for q in quotes] == ["the new battery would ship"]

    @pytest.mark.parametrize("verb", en.ADDRESSEE_VERBS)
    def test_addressee_verb(self, verb: str) -> None:
        """The addressee of "told" is skipped before the clause, and is never the speaker.

        A quote followed by the verb and a name alone ('"…," told X') is left out of the post-cue
        checks: X is the one told, so that form names no speaker.
        """
        quotes = extract_quotes([f"Mayor Jane Doe {verb} Channel Seven News the bridge would reopen."], language="en")
        assert [(q.text, speaker(q)) for q in quotes] == [("the bridge would reopen", "Jane Doe")]
        blocks = ["Mayor Jane Doe opened the bridge on Monday.", f'"We are ready," she {verb} Channel Seven News.']
        (quote,) = extract_quotes(blocks, language="en")
        assert quote.attribution is not None
        assert (quote.text, speaker(quote), quote.attribution.cue, quote.attribution.addressee) == (
            "We are ready",
            "Jane Doe",
            verb,
            "Channel Seven News",
        )

    @pytest.mark.parametrize("verb", en.PREPOSED_CUES)
    def test_preposed_verb(self, verb: str) -> None:
        """NAME VERB (that) clause is reported speech with that cue."""
        quotes = only(
            extract_quotes([f"Mayor Jane Doe {verb} that the bridge would reopen."], language="en"), QuoteKind.INDIRECT
        )
        assert [(q.text, q.attribution.cue if q.attribution else None, speaker(q)) for q in quotes] == [
            ("the bridge would reopen", verb, "Jane Doe")
        ]

    @pytest.mark.parametrize("verb", en.NOUN_OBJECT_CUES)
    def test_noun_object_verbs_count(self, verb: str) -> None:
        """A counted object is no speech: "reported 57 cases"."""
        assert extract_quotes([f"The agency {verb} 57 cases last week."], language="en") == ()

    @pytest.mark.parametrize("verb", en.NOUN_OBJECT_CUES)
    def test_noun_object_verb_without_predicate(self, verb: str) -> None:
        """A noun phrase after such a verb, with no complementizer, predicate or quotation, is no speech."""
        quotes = extract_quotes([f"Jane Doe {verb} a long report last week."], language="en")
        assert only(quotes, QuoteKind.INDIRECT) == []

    @pytest.mark.parametrize("word", en.PREDICATES)
    def test_predicate(self, word: str) -> None:
        """A predicate word after a noun-object verb makes a reported clause."""
        quotes = extract_quotes([f"Jane Doe wrote the mayor {word} resign."], language="en")
        assert [q.text for q in only(quotes, QuoteKind.INDIRECT)] == [f"the mayor {word} resign"]

    def test_according(self) -> None:
        """ "According to X, …" is reported speech."""
        quotes = extract_quotes(["According to Jane Doe, the bridge will reopen."], language="en")
        assert [(q.text, speaker(q)) for q in quotes] == [("the bridge will reopen", "Jane Doe")]

    @pytest.mark.parametrize("subject", en.PASSIVE_SUBJECTS)
    @pytest.mark.parametrize("cue", en.PASSIVE_CUES)
    def test_passive(self, subject: str, cue: str) -> None:
        """ "This was stated by X" attributes the previous sentence."""
        block = f"The bridge will reopen in May. {subject.capitalize()} {cue} by Mayor Jane Doe on Monday."
        quotes = extract_quotes([block], language="en")
        assert [(q.text, speaker(q)) for q in quotes] == [("The bridge will reopen in May", "Jane Doe")]

    @pytest.mark.parametrize("adverb", en.ADVERBS)
    def test_adverb(self, adverb: str) -> None:
        """An adverb between subject and verb keeps the subject."""
        quotes = extract_quotes([f"Mayor Jane Doe {adverb} said the bridge would reopen."], language="en")
        assert [speaker(q) for q in quotes] == ["Jane Doe"]

    @pytest.mark.parametrize("word", en.GERUND_HEADS)
    def test_gerund_head(self, word: str) -> None:
        """An -ing cue completing the word before it is the writer's remark: no quotation."""
        assert extract_quotes([f"It is {word} noting that the company has never paid a dividend."], language="en") == ()

    @pytest.mark.parametrize("word", en.COMMA_SUBORDINATORS)
    def test_comma_subordinator(self, word: str) -> None:
        """Without a comma the subordinator is a preposition inside the subject."""
        quotes = extract_quotes([f"A person familiar {word} the plan told reporters that it failed."], language="en")
        assert [(q.text, speaker(q)) for q in quotes] == [("it failed", None)]

    @pytest.mark.parametrize("word", en.SUBORDINATORS)
    def test_subordinator(self, word: str) -> None:
        """A subordinate clause has its own subject."""
        block = f"The meeting was opened by President John Roe, {word} Mayor Jane Doe said the bridge would reopen."
        assert [speaker(q) for q in extract_quotes([block], language="en")] == ["Jane Doe"]

    @pytest.mark.parametrize("stop", en.MENTION_STOPS)
    def test_mention_stop(self, stop: str) -> None:
        """A stop word ends the mention after a cue."""
        quote = extract_quotes([f'"We are ready," said Jane Doe {stop} the meeting.'], language="en")[0]
        assert quote.attribution is not None
        assert quote.attribution.mention == "Jane Doe"

    @pytest.mark.parametrize("prep", en.ADDRESSEE_PREPS)
    def test_addressee(self, prep: str) -> None:
        """ "said … to reporters" names the addressee."""
        quote = extract_quotes([f'"We are ready," Jane Doe said {prep} reporters.'], language="en")[0]
        assert quote.attribution is not None
        assert quote.attribution.addressee == "reporters"

    @pytest.mark.parametrize("adjunct", en.ADJUNCTS)
    def test_adjunct(self, adjunct: str) -> None:
        """An adjunct between verb and clause is left out of the clause."""
        quotes = extract_quotes([f"Jane Doe said {adjunct} the bridge would reopen."], language="en")
        assert [q.text for q in quotes] == ["the bridge would reopen"]

    @pytest.mark.parametrize("pronoun", sorted(set(en.PRONOUNS) - set(en.GROUP_PRONOUNS)))
    def test_pronoun(self, pronoun: str) -> None:
        """A person's pronoun at a cue is the current speaker."""
        blocks = ['"We are ready," said Jane Doe.', f'"We trained hard," {pronoun} said.']
        assert speaker(extract_quotes(blocks, language="en")[1]) == "Jane Doe"

    @pytest.mark.parametrize("pronoun", en.GROUP_PRONOUNS)
    def test_group_pronoun(self, pronoun: str) -> None:
        """ "they", "it", "we" at a cue are the organization that spoke, never one person."""
        assert pronoun in en.PRONOUNS
        after_person = ['"We are ready," said Jane Doe.', f'"We trained hard," {pronoun} said.']
        assert speaker(extract_quotes(after_person, language="en")[1]) is None
        after_org = ['"We are ready," Acme Battery Corp said.', f'"We trained hard," {pronoun} said.']
        quote = extract_quotes(after_org, language="en")[1]
        assert speaker(quote) == "Acme Battery Corp"
        assert quote.attribution is not None
        assert isinstance(quote.attribution.speaker, Organization)

    @pytest.mark.parametrize(("word", "gender"), sorted(en.GENDERS.items()))
    def test_gender_word(self, word: str, gender: str) -> None:
        """A word showing a person's gender keeps a pronoun of the other gender off them."""
        shown = {
            "he": "{} smiled as he sat down.",
            "him": "{} waited until the guard let him in.",
            "his": "{} sat at his desk.",
            "himself": "{} hurt himself on the stairs.",
            "she": "{} smiled as she sat down.",
            "her": "{} sat at her desk.",
            "hers": "{} knew the desk was hers.",
            "herself": "{} hurt herself on the stairs.",
        }
        first = (
            shown[word].format("Alex Doe") if word in shown else f"On Monday, {word.capitalize()} Alex Doe sat down."
        )
        other, pronoun = ("she", "She") if gender == "m" else ("he", "He")
        blocks = [
            shown[other].format("Sam Roe"),
            first,
            '"We are ready," Alex Doe said.',
            f'"It is late," {pronoun.lower()} said.',
        ]
        assert [speaker(q) for q in extract_quotes(blocks, language="en")] == ["Alex Doe", "Sam Roe"]

    @pytest.mark.parametrize("word", en.ANONYMOUS)
    def test_anonymous(self, word: str) -> None:
        """An unnamed source has no speaker."""
        blocks = ['"We are ready," said Jane Doe.', f'"Supplies are short," said a {word} at the scene.']
        assert speaker(extract_quotes(blocks, language="en")[1]) is None

    @pytest.mark.parametrize("word", sorted(set(en.DEMONSTRATIVES) - set(en.POSSESSIVES)))
    def test_demonstrative(self, word: str) -> None:
        """A definite description with a role refers to the person with that role (a person's
        possessive is somebody else's: ``test_possessive``)."""
        blocks = ["Mayor Jane Doe opened the bridge.", f'"It took a year," said {word} mayor.']
        assert speaker(extract_quotes(blocks, language="en")[-1]) == "Jane Doe"

    @pytest.mark.parametrize("article", en.ARTICLES)
    def test_article(self, article: str) -> None:
        """An article before an appositive role is dropped."""
        quotes = extract_quotes(
            [f"Jane Doe, {article} mayor of Springfield, said the bridge would reopen."], language="en"
        )
        assert quotes[0].attribution is not None
        assert quotes[0].attribution.speaker == Person(name="Jane Doe", job_title="mayor of Springfield")

    @pytest.mark.parametrize("role", en.ROLES)
    def test_role(self, role: str) -> None:
        """ROLE NAME gives the person with that role."""
        quotes = extract_quotes([f"On Monday, {role} Jane Doe said the bridge would reopen."], language="en")
        assert quotes[0].attribution is not None
        assert quotes[0].attribution.speaker == Person(name="Jane Doe", job_title=role)

    @pytest.mark.parametrize(("short", "long"), sorted(en.ROLE_ABBREVIATIONS.items()))
    def test_role_abbreviation(self, short: str, long: str) -> None:
        """ "the CEO" resolves to the person introduced as Chief Executive."""
        blocks = [f"{long.title()} Jane Doe opened the plant.", f'"It took a year," said the {short.upper()}.']
        assert speaker(extract_quotes(blocks, language="en")[-1]) == "Jane Doe"

    @pytest.mark.parametrize("rank", en.RANKS)
    def test_rank(self, rank: str) -> None:
        """A rank before a name is not part of the name."""
        quote = extract_quotes([f'"We are ready," said police chief {rank.capitalize()} Jane Doe.'], language="en")[0]
        assert speaker(quote) == "Jane Doe"

    @pytest.mark.parametrize("honorific", en.HONORIFICS)
    def test_honorific(self, honorific: str) -> None:
        """An honorific before a name is not part of the name."""
        quote = extract_quotes([f'"We are ready," said {honorific.capitalize()} Jane Doe.'], language="en")[0]
        assert speaker(quote) == "Jane Doe"

    @pytest.mark.parametrize(
        "word", sorted(set(en.ORG_WORDS + en.PLACES + en.FUNCTION_WORDS + en.CALENDAR + en.PLACE_HEADS))
    )
    def test_not_a_name(self, word: str) -> None:
        """Organization words, places, function words and dates never belong to a person's name."""
        lexicon = en.LEXICON
        assert not is_name_word(make_word(word.capitalize(), 0, len(word)), lexicon)

    @pytest.mark.parametrize("word", en.GENERIC_ORGS)
    def test_generic_organization(self, word: str) -> None:
        """ "the company said" refers to the organization that spoke last."""
        blocks = ["Acme Battery Corp said it would build a plant.", f'"We are ready," the {word} said.']
        assert speaker(extract_quotes(blocks, language="en")[-1]) == "Acme Battery Corp"

    @pytest.mark.parametrize("marker", en.TITLE_MARKERS)
    def test_title_marker(self, marker: str) -> None:
        """Quoted words after a naming word are a title, not a partial quote."""
        quotes = extract_quotes([f'Jane Doe said the scheme {marker} "green roofs" was working.'], language="en")
        assert [q.kind for q in quotes] == [QuoteKind.INDIRECT]

    @pytest.mark.parametrize("word", en.SPOKESPEOPLE)
    def test_spokesperson(self, word: str) -> None:
        """An unnamed spokesperson speaks for the organization: "a spokesperson for X said"."""
        block = f"Hanseong Battery will invest $2 billion in the plant, a {word} for Hanseong Battery said."
        assert speaker(extract_quotes([block], language="en")[0]) == "Hanseong Battery"

    @pytest.mark.parametrize("word", en.ROLE_CONNECTORS)
    def test_role_connector(self, word: str) -> None:
        """A connector keeps a role phrase going: "Chief of Acme Corp Jane Doe"."""
        quotes = extract_quotes(
            [f"On Monday, Chief {word} Acme Corp Jane Doe said the plant would open."], language="en"
        )
        assert quotes[0].attribution is not None
        speaker_ = quotes[0].attribution.speaker
        assert isinstance(speaker_, Person)
        assert speaker_.job_title == f"Chief {word} Acme Corp"

    @pytest.mark.parametrize("word", en.LOCATIVES)
    def test_locative(self, word: str) -> None:
        """After a name, a locative starts a place."""
        text = f"Mayor Jane Doe {word} Springfield Heights said the bridge would reopen."
        assert [speaker(q) for q in extract_quotes([text], language="en")] == ["Jane Doe"]

    @pytest.mark.parametrize("word", en.JOINERS)
    def test_joiner(self, word: str) -> None:
        """A joiner continues an affiliation before a name."""
        text = f"Minister of Energy {word} Mines Jane Mary Doe said the plant would open."
        assert [speaker(q) for q in extract_quotes([text], language="en")] == ["Jane Mary Doe"]

    @pytest.mark.parametrize("word", en.SPOKESPERSON_LINKS)
    def test_spokesperson_link(self, word: str) -> None:
        """ "a spokesperson for X" speaks for X."""
        block = f"The plant will open in May, a spokesperson {word} Hanseong Battery said."
        assert speaker(extract_quotes([block], language="en")[0]) == "Hanseong Battery"

    @pytest.mark.parametrize("word", en.PASSIVE_AGENTS)
    def test_passive_agent(self, word: str) -> None:
        """ "This was stated by X" names X after the agent word."""
        block = f"The bridge will reopen in May. This was stated {word} Mayor Jane Doe on Monday."
        assert [speaker(q) for q in extract_quotes([block], language="en")] == ["Jane Doe"]

    @pytest.mark.parametrize("marker", en.NICKNAME_MARKERS)
    def test_nickname_marker(self, marker: str) -> None:
        """A nickname introduced with the marker resolves to its owner."""
        blocks = [f"Jane Doe, {marker} Big Jay, opened the shop.", '"We are ready," Big Jay said.']
        assert speaker(extract_quotes(blocks, language="en")[-1]) == "Jane Doe"

    @pytest.mark.parametrize("word", en.ORG_LINKS)
    def test_org_link(self, word: str) -> None:
        """An org link keeps an organization's name going: "the Institute on Water Safety"."""
        block = f"The National Institute {word} Water Safety estimated that 900 wells were dry."
        quote = extract_quotes([block], language="en")[0]
        assert quote.attribution is not None
        assert quote.attribution.speaker == Organization(name=f"National Institute {word} Water Safety")

    @pytest.mark.parametrize(("module", "word"), [(m, w) for m in (id_, en) for w in m.ORG_CLASSES])
    def test_org_class(self, module: object, word: str) -> None:
        """A class noun before an organization's name is no part of it: "Label Nada Kita Records"."""
        lexicon = module.LEXICON  # type: ignore[attr-defined]
        block = {
            "id": f"{word.capitalize()} Sentosa Jaya menyatakan harga beras akan turun.",
            "en": f"{word.capitalize()} Sentosa Jaya said the price of rice would fall.",
        }[lexicon.language]
        quotes = extract_quotes([block], language=lexicon.language)
        assert quotes[0].attribution is not None
        assert quotes[0].attribution.speaker == Organization(name="Sentosa Jaya")

    @pytest.mark.parametrize("verb", en.OPENING_CUES)
    def test_opening_cue(self, verb: str) -> None:
        """NAME VERB, "…": the verb introduces the quotation right after it."""
        quotes = extract_quotes([f"Jane Doe {verb}, “The bridge will reopen in May.”"], language="en")
        assert [(q.kind, q.attribution.cue if q.attribution else None, speaker(q)) for q in quotes] == [
            (QuoteKind.DIRECT, verb, "Jane Doe")
        ]

    @pytest.mark.parametrize("word", en.POSSESSIVES)
    def test_possessive(self, word: str) -> None:
        """A role after a person's possessive is somebody else: the owner's lawyer, unnamed here."""
        blocks = ["Jane Doe sued the firm on Monday.", f"{word.capitalize()} lawyer said the case was strong."]
        quotes = extract_quotes(blocks, language="en")
        assert [(q.text, speaker(q)) for q in quotes] == [("the case was strong", None)]

    @pytest.mark.parametrize("pronoun", en.PERSON_PRONOUNS)
    def test_person_pronoun(self, pronoun: str) -> None:
        """A person's pronoun right after a lone name makes the name a person's, not an organization's."""
        block = {
            "he": "Madonna said he would tour again.",
            "she": "Madonna said she would tour again.",
            "his": "Madonna said his tour would start in May.",
            "her": "Madonna said her tour would start in May.",
            "him": "Madonna told him the tour would start in May.",
        }[pronoun]
        (quote,) = extract_quotes([block], language="en")
        assert quote.attribution is not None
        assert isinstance(quote.attribution.speaker, Person), block

    @pytest.mark.parametrize("word", en.AFFILIATION_LINKS)
    def test_affiliation_link(self, word: str) -> None:
        """ "NAME LINK the OUTLET" is a person with the outlet as affiliation."""
        block = f"The plant was closed, according to Jane Roe {word} the Daily Courier."
        quote = extract_quotes([block], language="en")[0]
        assert quote.attribution is not None
        assert quote.attribution.speaker == Person(name="Jane Roe", affiliation=Organization(name="Daily Courier"))


class TestNameParticles:
    @pytest.mark.parametrize("particle", en.NAME_PARTICLES)
    def test_english(self, particle: str) -> None:
        """A particle between two capitalised words stays in the name: "Monica de Bolle"."""
        blocks = [
            f"Economist Monica {particle} Bolle said the plan would fail.",
            f"“It is a mistake,” said Monica {particle} Bolle.",
        ]
        quotes = extract_quotes(blocks, language="en")
        assert [speaker(q) for q in quotes] == [f"Monica {particle} Bolle"] * 2

    @pytest.mark.parametrize("particle", id_.NAME_PARTICLES)
    def test_indonesian(self, particle: str) -> None:
        """ "Umar bin Hasan" is one person, found again by any of the name's words."""
        blocks = [
            f"Ketua Yayasan Umar {particle} Hasan mengatakan bantuan sudah disalurkan.",
            f"“Semua sudah sampai,” kata Umar {particle} Hasan.",
        ]
        quotes = extract_quotes(blocks, language="id")
        assert [speaker(q) for q in quotes] == [f"Umar {particle} Hasan"] * 2

    def test_particle_alone_is_no_name(self) -> None:
        """A particle not between two capitalised words joins nothing ("the van driver")."""
        quotes = extract_quotes(["Jane Roe, the van driver, said the road was closed."], language="en")
        assert [speaker(q) for q in quotes] == ["Jane Roe"]


class TestOriginAndNamedSources:
    @pytest.mark.parametrize("word", id_.ORIGIN_WORDS)
    def test_origin_is_no_speaker(self, word: str) -> None:
        """ "Pelatih asal Serbia itu" is the coach introduced before, never Serbia."""
        blocks = [
            "Pelatih Laskar Pesisir FC Vladan Kostić angkat bicara.",
            f"Pelatih {word} Serbia itu mengakui timnya kalah segalanya.",
        ]
        assert [speaker(q) for q in extract_quotes(blocks)] == ["Vladan Kostić"]

    @pytest.mark.parametrize(
        "block",
        [
            "Salah satu korban, Sitti Rabiah (47), mengaku menyetorkan Rp 180 juta.",
            "Seorang warga, Sitti Rabiah, mengatakan jalan itu rusak sejak Mei.",
        ],
    )
    def test_unnamed_head_then_name(self, block: str) -> None:
        """A name set off after an unnamed source's head names that source."""
        assert [speaker(q) for q in extract_quotes([block])] == ["Sitti Rabiah"]

    def test_unnamed_head_then_place(self) -> None:
        """A place set off after the head is no name: the source stays unnamed."""
        block = "Seorang nenek di Garut, Jawa Barat, mengatakan jalan itu rusak sejak Mei."
        assert [speaker(q) for q in extract_quotes([block])] == [None]

    def test_management_speaks_for_the_company(self) -> None:
        """ "Manajemen perseroan" is the company introduced before (a generic word for it)."""
        blocks = [
            "Produsen feronikel PT Halmahera Sinar Logam menghentikan dua lini produksi.",
            "Manajemen perseroan menyatakan penghentian itu bersifat sementara.",
        ]
        assert [speaker(q) for q in extract_quotes(blocks)] == ["PT Halmahera Sinar Logam"]

    def test_police_rank_suffix(self) -> None:
        """ "Brigjen Pol" is one rank: the name starts after "Pol"."""
        block = '"Kami panggil pekan depan," kata Direktur Penyidikan KPK Brigjen Pol Hartawan Sembada.'
        assert [speaker(q) for q in extract_quotes([block])] == ["Hartawan Sembada"]


class TestDocuments:
    @pytest.mark.parametrize("word", en.DOCUMENTS)
    def test_english(self, word: str) -> None:
        """ "according to the filing" cites a record: no quotation (an organization still speaks)."""
        assert extract_quotes([f"Rice prices rose 5 percent in May, according to the {word}."], language="en") == ()
        block = "Rice prices rose 5 percent in May, according to the trade ministry."
        assert [q.kind for q in extract_quotes([block], language="en")] == [QuoteKind.INDIRECT]

    @pytest.mark.parametrize("word", id_.DOCUMENTS)
    def test_indonesian(self, word: str) -> None:
        """ "menurut catatan Dinas Perdagangan" cites a record, not the office."""
        assert extract_quotes([f"Harga beras naik 5 persen, menurut {word} Dinas Perdagangan."]) == ()
        quotes = extract_quotes(["Harga beras naik 5 persen, menurut Dinas Perdagangan."])
        assert [speaker(q) for q in quotes] == ["Dinas Perdagangan"]


class TestUnnamedSourceAt:
    @pytest.mark.parametrize(
        "block",
        [
            "The contractor falsified test results, a former engineer at the company said.",
            "“It was fine,” an official at the ministry told reporters.",
            "“Supplies are short,” said a resident of Springfield.",
        ],
    )
    def test_source_and_where_it_is(self, block: str) -> None:
        """An unnamed source "at"/"of" a place keeps its quotation, with nobody as speaker."""
        quotes = extract_quotes([block], language="en")
        assert len(quotes) == 1
        assert quotes[0].attribution is not None
        assert quotes[0].attribution.speaker is None
        assert quotes[0].attribution.mention is not None
        assert " at " in quotes[0].attribution.mention or " of " in quotes[0].attribution.mention

    def test_head_ends_before_a_verb(self) -> None:
        """ "Four hundred workers walked out and said …": the unnamed head stops before the verb."""
        (quote,) = extract_quotes(
            ["Four hundred workers walked out and said that they would not return."], language="en"
        )
        assert quote.attribution is not None
        assert (quote.attribution.mention, quote.attribution.speaker) == ("Four hundred workers", None)


class TestTitlesAndDegrees:
    def test_lower_case_title_between_role_and_name(self) -> None:
        """ "… Kabupaten Cianjur dr. Anindya Pramudita, Sp.A., mengatakan": the doctor, not Cianjur."""
        block = "Kepala Dinas Kesehatan Kabupaten Cianjur dr. Anindya Pramudita, Sp.A., mengatakan semua siswa stabil."
        assert [speaker(q) for q in extract_quotes([block])] == ["Anindya Pramudita"]

    def test_dotted_titles_and_degrees(self) -> None:
        """ "Dr. H. NAME, Lc., M.A." is NAME with the role before it; a degree is no name."""
        blocks = [
            (
                "Kepala Badan Sertifikasi Halal Nasional (BSHN) Dr. H. Zulkarnain Mahfudz, Lc., M.A. mengatakan,"
                " pendamping masih kurang."
            ),
            "“Kami tambah 15.000 pendamping,” ujar Zulkarnain.",
        ]
        quotes = extract_quotes(blocks)
        assert [speaker(q) for q in quotes] == ["Zulkarnain Mahfudz"] * 2
        assert quotes[0].attribution is not None
        assert isinstance(quotes[0].attribution.speaker, Person)
        assert quotes[0].attribution.speaker.job_title == "Kepala Badan Sertifikasi Halal Nasional (BSHN)"

    def test_nickname_owner_after_a_place(self) -> None:
        """The owner of a nickname is the name right before it, not the place before that."""
        blocks = [
            "Pengasuh pesantren di Tasikmalaya, KH. Endang Burhanuddin, yang akrab disapa Ajengan Endang, datang.",
            "“Santri kami yang jadi pendamping,” tutur Ajengan Endang.",
        ]
        assert [speaker(q) for q in extract_quotes(blocks)] == ["Endang Burhanuddin"]

    def test_place_after_a_place_head(self) -> None:
        """A single capitalised word after "Kabupaten" is a place, never a person with a role."""
        registry = collect_id(["Kepala Dinas Kesehatan Kabupaten Cianjur meninjau sekolah."])
        assert [e.name for e in registry.entities if not e.is_org] == []


class TestContextAndQuantities:
    @pytest.mark.parametrize("phrase", en.QUANTITY_PHRASES)
    def test_quantity_phrase_opens_a_clause(self, phrase: str) -> None:
        """ "said at least two people were hurt": a number's phrase, not a particle after the verb."""
        quotes = extract_quotes([f"Jane Roe said {phrase} 20 people were hurt."], language="en")
        assert [q.text for q in quotes] == [f"{phrase} 20 people were hurt"]

    def test_clause_only_cue_still_shows_the_subject(self) -> None:
        """A complaint is no speech, but the clitic cue after it is the complainer's."""
        blocks = [
            "Kepala Dinas Perdagangan Lanjar Pinandita mengatakan harga naik.",
            "Di Pasar Johar, pedagang Sumirah (52) mengeluhkan sepinya pembeli. “Sekarang cuma satu ons,” ucapnya.",
        ]
        quotes = extract_quotes(blocks)
        assert [(q.kind.value, speaker(q)) for q in quotes] == [("indirect", "Lanjar Pinandita"), ("direct", "Sumirah")]


class TestIndonesianDescriptionsAndCompanies:
    def test_description_closed_by_a_demonstrative(self) -> None:
        """ "Pemain asal klub PB Cakrawala Bogor itu mengaku …": the player named before, not the club."""
        blocks = [
            "Tunggal putra Arga Dirgantara Wisesa melaju ke final.",
            "Pemain asal klub PB Cakrawala Bogor itu mengaku sempat terganggu angin di dalam arena.",
        ]
        assert [speaker(q) for q in extract_quotes(blocks)] == ["Arga Dirgantara Wisesa"]

    def test_name_set_off_after_a_title_chain(self) -> None:
        """ "Ketua … (SPSKN) PT X, NAME, mengatakan": the name, before any organization the text knows."""
        blocks = [
            "Serikat Pekerja Sepatu dan Kulit Nusantara (SPSKN) menggelar mogok.",
            "Ketua Unit Kerja SPSKN PT Sentosa Alas Kaki, Sutarmi Rahayuningsih, mengatakan mogok itu sah.",
        ]
        assert [speaker(q) for q in extract_quotes(blocks)] == ["Sutarmi Rahayuningsih"]

    @pytest.mark.parametrize("noun", id_.COMPANY_NOUNS)
    def test_company_noun_means_the_company(self, noun: str) -> None:
        """A company's generic word is the last company, not the union that spoke in between."""
        blocks = [
            "Sekitar 3.000 buruh PT Sentosa Alas Kaki mogok kerja.",
            "Serikat Pekerja Nusantara (SPN) menyatakan mogok itu sah.",
            f"Pihak {noun} menyebut kebijakan itu terpaksa diambil.",
        ]
        assert [speaker(q) for q in extract_quotes(blocks)] == ["Serikat Pekerja Nusantara", "PT Sentosa Alas Kaki"]

    @pytest.mark.parametrize("mark", id_.COMPANY_MARKS)
    def test_company_mark_names_no_person(self, mark: str) -> None:
        """ "Juru bicara PT Rokan Agro Sejahtera": the words after "PT" are the company's name."""
        registry = collect_id([f"Juru bicara {mark.upper()} Rokan Agro Sejahtera membantah tudingan itu."])
        assert [e.name for e in registry.entities if not e.is_org] == []

    def test_role_short_form(self) -> None:
        """ "Kadisbun" abbreviates the "Kepala Dinas Perkebunan" named before."""
        blocks = [
            "Kepala Dinas Perkebunan Provinsi Riau Ir. Syafrizal Bandaro meninjau pabrik.",
            "Kadisbun juga mengingatkan sanksi administratif menanti perusahaan nakal.",
        ]
        assert [speaker(q) for q in extract_quotes(blocks)] == ["Syafrizal Bandaro"]


class TestFifthRound:
    def test_haji_abbreviated_is_a_title(self) -> None:
        """ "… Masjid Raya Al-Mujahidin H. Syamsuddin Rapi": "H." is Haji, no initial nor part of the name."""
        blocks = [
            "Ketua Pengurus Masjid Raya Al-Mujahidin H. Syamsuddin Rapi mengatakan pembangunan mencapai 60 persen.",
            "“Kontraktor sudah pergi,” kata Syamsuddin.",
        ]
        assert [speaker(q) for q in extract_quotes(blocks)] == ["Syamsuddin Rapi"] * 2

    def test_named_source_past_a_place_of_origin(self) -> None:
        """ "Seorang sopir truk asal Sarolangun, Tarmizi (44), mengaku …": the driver, named."""
        block = "Seorang sopir truk asal Sarolangun, Tarmizi (44), mengaku terpaksa melintas."
        assert [speaker(q) for q in extract_quotes([block])] == ["Tarmizi"]

    def test_description_before_a_name(self) -> None:
        """ "Office worker Anindya Kartasasmita, 29, …, said": the name, not an unnamed worker."""
        block = "Office worker Anindya Kartasasmita, 29, who tried the line, said the journey took 35 minutes."
        assert [speaker(q) for q in extract_quotes([block], language="en")] == ["Anindya Kartasasmita"]


class TestSeventhSession:
    """The word lists added in the session of the seventh and eighth fresh sets, each exercised."""

    @pytest.mark.parametrize("opener", en.RENAMERS)
    def test_renamers(self, opener: str) -> None:
        """ "One of the …, NAME, said" / "Another …, NAME, said": the name speaks."""
        phrase = f"{opener.capitalize()} of the residents" if opener == "one" else f"{opener.capitalize()} resident"
        quotes = extract_quotes([f"{phrase}, Jane Roe, said the march would go on."], language="en")
        assert [speaker(q) for q in quotes] == ["Jane Roe"]

    @pytest.mark.parametrize("subject", id_.ECHO_SUBJECTS)
    def test_echo_subjects(self, subject: str) -> None:
        """ "Hal senada diungkapkan Warsini (52). Ia bercerita, …": Warsini, with nothing reported there."""
        blocks = [
            'Kasiyanto (47), petani cabai, mengaku rugi. "Harga jatuh," katanya.',
            f"{subject.capitalize()} diungkapkan Warsini (52), petani lain. Ia bercerita, harga cabai sempat naik.",
        ]
        quotes = extract_quotes(blocks)
        assert [(q.kind, speaker(q)) for q in quotes] == [
            (QuoteKind.DIRECT, "Kasiyanto"),
            (QuoteKind.INDIRECT, "Warsini"),
        ]

    @pytest.mark.parametrize("auxiliary", en.PERFECT_AUXILIARIES)
    def test_perfect_auxiliaries(self, auxiliary: str) -> None:
        """ "…, the union has said.": the clause is reported."""
        quotes = extract_quotes(
            [f"Nurses at two hospitals voted to strike, the union {auxiliary} said."], language="en"
        )
        assert [(q.kind, q.text) for q in quotes] == [(QuoteKind.INDIRECT, "Nurses at two hospitals voted to strike")]

    @pytest.mark.parametrize("cue", en.PREDICATIVE_CUES)
    def test_predicative_cues(self, cue: str) -> None:
        """ "Jane Roe called the deal “a gift” in a post": the clause ends with the quotation."""
        verb = "as “a gift”" if cue.startswith("descri") else "“a gift”"
        block = f"Jane Roe {cue} the deal {verb} in a post on Monday."
        quotes = only(extract_quotes([block], language="en"), QuoteKind.INDIRECT)
        assert [q.text for q in quotes] == [f"the deal {verb}"]

    @pytest.mark.parametrize("prefix", id_.ORG_PREFIXES)
    def test_org_prefixes(self, prefix: str) -> None:
        """ "Direktur … Kemendag Prameswari Kusumastuti": the short name is no name word."""
        short = f"{prefix.capitalize()}dag"
        blocks = [f"Direktur Pengamanan Perdagangan {short} Prameswari Kusumastuti menyebut tuduhan itu “mengada-ada”."]
        assert {speaker(q) for q in extract_quotes(blocks)} == {"Prameswari Kusumastuti"}

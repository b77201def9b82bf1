import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from nhotext.organizations import KINDS, find_organizations
from nhotext.organizations.evaluate import corpus_gold


def _doc(text, orgs, label="ORG"):
    nlp = spacy.blank("nb")
    doc = nlp(text)
    spans, pos = [], 0
    for name in orgs:  # in text order, each after the previous one
        start = text.index(name, pos)
        pos = start + len(name)
        spans.append(doc.char_span(start, start + len(name), label=label, alignment_mode="expand"))
    doc.ents = spans
    return doc


def test_extract_groups_mentions_under_canonical_name():
    text = ("NHO Innlandet og NHO er enige. NHOs leder og Innovasjon Norge møttes. "
            "Innovasjon Norges direktør sa ja.")
    orgs = find_organizations(_doc(text, ["NHO Innlandet", "NHO", "NHOs", "Innovasjon Norge", "Innovasjon Norges"]))
    by_name = {o.name: o for o in orgs}
    assert [m.text for m in by_name["NHO"].mentions] == ["NHO", "NHOs"]
    assert by_name["NHO Innlandet"].parent == "NHO"
    assert len(by_name["Innovasjon Norge"].mentions) == 2
    for org in orgs:
        for m in org.mentions:
            assert text[m.start:m.end] == m.text


def test_extract_splits_coordinated_ministries_and_fixes_hyphen():
    text = "Pengene kommer fra Nærings- og fiskeridepartementet og Kommunal og moderniseringsdepartementet."
    whole = "Nærings- og fiskeridepartementet og Kommunal og moderniseringsdepartementet"
    orgs = find_organizations(_doc(text, [whole]))
    assert [(o.name, o.kind, o.current) for o in orgs] == [
        ("Nærings- og fiskeridepartementet", "ministry", None),
        ("Kommunal- og moderniseringsdepartementet", "ministry", "Kommunal- og distriktsdepartementet"),
    ]
    assert [m.text for o in orgs for m in o.mentions] == ["Nærings- og fiskeridepartementet",
                                                         "Kommunal og moderniseringsdepartementet"]


def test_extract_unknown_ministry_gets_its_hyphen_back():
    text = "Både Fjell og vidderdepartementet og Fjell- og vidderdepartementets folk kom."
    orgs = find_organizations(_doc(text, ["Fjell og vidderdepartementet", "Fjell- og vidderdepartementets"]))
    assert [o.name for o in orgs] == ["Fjell- og vidderdepartementet"]
    assert orgs[0].kind == "ministry" and orgs[0].evidence == "pattern"


@pytest.mark.parametrize(
    "text,orgs",
    [
        ("INNOVATIVE KLYNGER og sterke fagmiljøer trengs.", ["INNOVATIVE KLYNGER"]),
        ("Mange bedrifter i Innlandet vokser.", ["Innlandet"]),
        ("Vegvesenet stenger E6 over Dovrefjell.", ["E6"]),  # a road's number
        ("Trafikken står stille på Rv 7 .", ["Rv 7"]),
        ("", []),
    ],
)
def test_extract_drops_what_is_not_an_organization(text, orgs):
    assert find_organizations(_doc(text, orgs)) == []


def test_extract_keeps_acronyms_in_capitals():
    assert [o.name for o in find_organizations(_doc("SINTEF og NHO samarbeider.", ["SINTEF", "NHO"]))] == [
        "SINTEF", "NHO"]


def test_extract_abbreviation_in_brackets_joins_its_name():
    text = "Domstoladministrasjonen ( DA ) i Trondheim svarte. DA sier nei."
    nlp = spacy.blank("nb")
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 8, 9, "ORG")]
    assert doc.ents[1].text == "DA"
    (org,) = find_organizations(doc)
    assert org.name == "Domstoladministrasjonen" and len(org.mentions) == 2


def test_extract_the_articles_own_abbreviation_wins_over_the_gazetteers():
    text = "Stormen traff Cuba, melder Associated Press ( AP ). AP melder om 500 døde."
    orgs = find_organizations(_doc(text, ["Associated Press", "AP", "AP"]))
    assert [(o.name, o.kind, len(o.mentions)) for o in orgs] == [("Associated Press", "media", 3)]
    (party,) = find_organizations(_doc("AP vant valget.", ["AP"]))  # without a definition: the gazetteer's AP
    assert party.name == "Arbeiderpartiet"


@pytest.mark.model
def test_extract_a_newspaper_read_as_a_product_is_an_organisation_where_it_publishes(nlp):
    doc = nlp("Mannen ble varetektsfengslet i fire nye uker, melder Romsdals Budstikke.")
    assert [e.label_ for e in doc.ents if e.text == "Romsdals Budstikke"] in (["PROD"], ["ORG"])
    assert [(o.name, o.kind) for o in doc._.organizations] == [("Romsdals Budstikke", "media")]
    assert doc._.quotes[0].speaker.type == "organization"


def test_extract_a_town_read_as_a_place_is_not_its_club():
    text = "Han flyttet til Molde i fjor. Hamar kommune og EU protesterer."
    orgs = find_organizations(_doc(text, ["Molde", "Hamar kommune", "EU"], label="GPE_LOC"))
    assert "Molde FK" not in {o.name for o in orgs}
    assert {o.kind for o in orgs} == {"municipality", "international"}


def test_extract_gpe_org_only_when_known():
    assert find_organizations(_doc("Norge vant kampen.", ["Norge"], label="GPE_ORG")) == []
    orgs = find_organizations(_doc("Hamar kommune vedtok budsjettet.", ["Hamar kommune"], label="GPE_ORG"))
    assert [(o.name, o.kind) for o in orgs] == [("Hamar kommune", "municipality")]


@pytest.mark.parametrize("text", ["ÆØÅ " * 2000, "🙂 Bedriften 🙂", "A" * 10000])
def test_extract_odd_input_never_crashes(text):
    nlp = spacy.blank("nb")
    doc = nlp(text)
    doc.ents = [Span(doc, 0, min(3, len(doc)), "ORG")] if len(doc) else []
    orgs = find_organizations(doc)
    # whatever comes back is well formed: a name, a known kind, mentions that are the text at their offsets
    for org in orgs:
        assert org.name and org.kind in KINDS and org.mentions
        assert all(doc.text[m.start:m.end] == m.text for m in org.mentions)
    assert len(orgs) <= 1  # one entity in, at most one organisation out


@pytest.mark.model
def test_extract_corpus_gold(nlp, corpus_dir):
    result = corpus_gold(nlp, corpus_dir / "gold" / "organizations", corpus_dir)
    assert result["organizations"]["r"] >= 0.9, json.dumps(result["missed"], ensure_ascii=False)
    assert result["organizations"]["p"] >= 0.9, json.dumps(result["extra"], ensure_ascii=False)
    assert result["kind_accuracy"] >= 0.9, json.dumps(result["wrong_kinds"], ensure_ascii=False)


@pytest.mark.model
def test_extract_press_release_lists_each_organization_once(nlp, corpus_dir):
    text = (corpus_dir / "articles" / "klynger-innlandet.txt").read_text(encoding="utf-8")
    orgs = nlp(text)._.organizations
    names = [o.name for o in orgs]
    assert len(names) == len(set(names))
    assert {"NHO Innlandet", "Innovasjon Norge", "Siva", "Forskningsrådet", "Vrinn", "GreenHeart Industry",
            "Nærings- og fiskeridepartementet", "Kommunal- og distriktsdepartementet"} <= set(names)
    assert "Innlandet" not in names


def test_extract_regional_branch_takes_kind_and_parent():
    (org,) = find_organizations(_doc("Fagforbundet Innlandet krever mer penger.", ["Fagforbundet Innlandet"]))
    assert (org.name, org.kind, org.parent) == ("Fagforbundet Innlandet", "union", "Fagforbundet")
    (org,) = find_organizations(_doc("LO i Agder krever mer penger.", ["LO i Agder"]))
    assert (org.name, org.parent) == ("LO i Agder", "LO")


def test_extract_a_place_before_a_national_bodys_name_is_its_branch_and_takes_its_short_form():
    """"Trøndelag Bondelag" is Norges Bondelag's branch (a place for the national word); "Bondelaget" after it
    is the branch the article names, not the national body it never names."""
    text = "Trøndelag Bondelag krever krisepakke. Bondelaget mener staten må komme på banen."
    (org,) = find_organizations(_doc(text, ["Trøndelag Bondelag", "Bondelaget"]))
    assert (org.name, org.kind, org.parent, len(org.mentions)) == (
        "Trøndelag Bondelag", "business_association", "Norges Bondelag", 2)
    text = "Bergen Røde Kors åpner nytt senter. Norges Røde Kors og Røde Kors i Oslo følger etter."
    orgs = find_organizations(_doc(text, ["Bergen Røde Kors", "Norges Røde Kors", "Røde Kors i Oslo"]))
    assert {(o.name, o.parent) for o in orgs} == {("Bergen Røde Kors", "Norges Røde Kors"),
                                                  ("Norges Røde Kors", None), ("Røde Kors i Oslo", "Norges Røde Kors")}


@pytest.mark.model
@pytest.mark.skipif(not (Path(__file__).parents[3] / "shared" / "data" / "norne-nob" / "dev").is_dir(),
                    reason="../shared/data/norne-nob is not here")
def test_extract_found_on_norne_dev(nlp):
    """What `nhotext orgs` reports against NorNE dev's hand-annotated ORG mentions (a floor at today's
    level: found 0.911, 11 % of reported mentions on no gold ORG/GPE_ORG, 1.7 % of organisations 'other'
    since a name without evidence gets the default kind, not 'other'; with the NER of 2026-12-04 found
    was 0.864 and unsupported 9.5 %). 'other' was 4.9 % until the gazetteer's lookup let go of accents
    (2026-12-06): 'Den Norske Nobelkomite' then found its entry, whose kind is 'other' as our hand-typed kinds
    say, and the share is 5.4 %: the floor is 6 %."""
    from nhotext.organizations.evaluate import norne_found

    result = norne_found(nlp, Path(__file__).parents[3] / "shared" / "data" / "norne-nob" / "dev")
    assert result["gold_mentions"] == 404
    assert result["found"] >= 0.89 and result["unsupported"] <= 0.12 and result["other"] <= 0.06, result


def test_extract_acronym_joins_its_full_name_without_brackets():
    from nhotext.organizations.short_forms import acronym_of

    assert acronym_of("DA", "Domstoladministrasjonen") and acronym_of("NSF", "Norsk Sykepleierforbund")
    assert not acronym_of("DA", "Dagbladet")
    # the police and services keep the initial of their head too ("Utryknings|politiet", "sikkerhets|tjeneste")
    assert acronym_of("UP", "Utrykningspolitiet") and acronym_of("PST", "Politiets sikkerhetstjeneste")
    assert not acronym_of("UP", "Ullensakerpolitikk")
    text = "Domstoladministrasjonen la fram notatet. Ifølge DA er saken alvorlig."
    (org,) = find_organizations(_doc(text, ["Domstoladministrasjonen", "DA"]))
    assert [m.text for m in org.mentions] == ["Domstoladministrasjonen", "DA"]


def test_extract_person_names_and_sentence_initial_nouns_are_not_organizations():
    text = "Gerd-Liv Valla kom. Valla sa nei. Kirkedebatten er i gang. NHO svarte."
    doc = spacy.blank("nb")(text)
    spans = [("Gerd-Liv Valla", "PER", 0), ("Valla", "ORG", 20), ("Kirkedebatten", "ORG", 0), ("NHO", "ORG", 0)]
    doc.ents = [doc.char_span(text.index(name, start), text.index(name, start) + len(name), label=label)
                for name, label, start in spans]
    for token in doc:
        token.pos_ = "NOUN" if token.text == "Kirkedebatten" else "PROPN"
        token.is_sent_start = token.i == 0 or doc[token.i - 1].text == "."
    assert [o.name for o in find_organizations(doc)] == ["NHO"]


def test_extract_joins_an_organisation_split_at_a_name_particle():
    text = "Fagforeningen Central Única de Trabajadores krever endring."
    orgs = find_organizations(_doc(text, ["Central Única", "Trabajadores"]))
    assert [o.name for o in orgs] == ["Central Única de Trabajadores"]


@pytest.mark.skipif(not (Path(__file__).parents[3] / "shared" / "data" / "norne-nob" / "train").is_dir(),
                    reason="../shared/data/norne-nob is not here")
def test_extract_unseen_kinds_measure_runs_on_norne_train():
    """The measure of kinds on organisations no list knows (tuning set): every typed name is found in
    NorNE train, 'other' no more often than by hand (23 of the 147: bands, armed groups, religious
    bodies; 20 reported after the category lists of the seventh session, on the gazetteer's word or a
    cue, never by default), and the rules beat the old 'other' default (0.932 against 0.871 since the
    category lists; 0.776 against 0.694 at the end of the fifth session of 2026-12-05)."""
    from nhotext.organizations.evaluate import unseen_kinds

    root = Path(__file__).parents[2]
    result = unseen_kinds(Path(__file__).parents[3] / "shared" / "data" / "norne-nob" / "train",
                          root / "corpus" / "gold" / "norne-train-unseen-org-kinds.tsv")
    assert result["organizations"] == result["typed"] >= 140
    assert result["other"] <= 23 / 147
    assert result["accuracy"] >= max(0.9, result["baseline_default_other"])
    assert sum(result["by_evidence"].values()) == result["organizations"]


def test_extract_unknown_name_takes_the_kind_of_its_neighbours():
    text = "Fjellpartiet vil samarbeide med Høyre og Frp, men ikke med Ap."
    orgs = {o.name: o for o in find_organizations(_doc(text, ["Fjellpartiet", "Høyre", "Frp", "Ap"]))}
    assert (orgs["Fjellpartiet"].kind, orgs["Fjellpartiet"].evidence) == ("party", "pattern")  # its own name
    text = "Isbjørnene vil samarbeide med Høyre og Frp, men ikke med Ap."
    orgs = {o.name: o for o in find_organizations(_doc(text, ["Isbjørnene", "Høyre", "Frp", "Ap"]))}
    assert (orgs["Isbjørnene"].kind, orgs["Isbjørnene"].evidence) == ("party", "neighbours")
    alone = find_organizations(_doc("Isbjørnene vil samarbeide.", ["Isbjørnene"]))
    assert (alone[0].kind, alone[0].evidence) == ("company", "default")


def test_extract_a_short_form_without_its_head_joins_the_full_name():
    from nhotext.organizations.short_forms import short_form_of

    assert short_form_of("Ullevål", "Ullevål universitetssykehus") and short_form_of("DA", "Domstoladministrasjonen")
    assert not short_form_of("Hamar", "Hamar kommune")  # a town's name alone is as often its club
    text = "Pasienten ble flyttet til Ullevål universitetssykehus. Ved Ullevål er tilstanden stabil."
    (org,) = find_organizations(_doc(text, ["Ullevål universitetssykehus", "Ullevål"]))
    assert (org.name, org.kind, len(org.mentions)) == ("Ullevål universitetssykehus", "agency", 2)


@pytest.mark.model
def test_extract_a_hospital_the_recogniser_reads_as_a_place_is_an_organisation(nlp):
    doc = nlp("Pasienten ble flyttet til Ullevål universitetssykehus i natt.")
    assert [(o.name, o.kind) for o in doc._.organizations] == [("Ullevål universitetssykehus", "agency")]


def test_extract_unseen_kinds_measure_reads_the_words_around_a_name(tmp_path):
    """The measure builds its Docs with the Norwegian vocabulary, so that a cue word before the name
    (``partiet Fjellfolk``) is read as the product reads it (a bare Vocab left every word's lower case empty)."""
    from nhotext.organizations.evaluate import unseen_kinds

    rows = [("Han", "han", "pron", "2", "SUBJ", "O"), ("starter", "starte", "verb", "0", "FINV", "O"),
            ("partiet", "parti", "subst", "2", "DOBJ", "O"), ("Fjellfolk", "Fjellfolk", "subst", "3", "APP", "B-ORG"),
            (".", "$.", "clb", "2", "IP", "O")]
    (tmp_path / "train").mkdir()
    (tmp_path / "train" / "a.conll").write_text("".join(
        f"{i}\t{w}\t{lemma}\t{pos}\t{pos}\t_\t{head}\t{rel}\t_\tname={ner}\n"
        for i, (w, lemma, pos, head, rel, ner) in enumerate(rows, 1)) + "\n", encoding="utf-8")
    (tmp_path / "kinds.tsv").write_text("name\tkind\nFjellfolk\tparty\n", encoding="utf-8")
    result = unseen_kinds(tmp_path / "train", tmp_path / "kinds.tsv")
    assert (result["accuracy"], result["by_evidence"]) == (1.0, {"context": 1})


@pytest.mark.skipif(not (Path(__file__).parents[3] / "shared" / "data" / "norne-nno").is_dir(),
                    reason="../shared/data/norne-nno is not here")
def test_extract_gazetteer_covers_organisations_of_text_it_was_never_written_from():
    """NorNE's Nynorsk half was never read for the gazetteer: the share of its ORG mentions a lookup settles
    (0.358 before the category lists of the seventh session of 2026-12-05, 0.419 after)."""
    from nhotext.organizations.evaluate import gazetteer_coverage

    result = gazetteer_coverage(Path(__file__).parents[3] / "shared" / "data" / "norne-nno")
    assert result["org_mentions"] > 3000
    assert result["known_mentions"] >= 0.40


def test_extract_a_club_of_the_category_lists_and_the_town_of_the_same_name():
    match = _doc("Roma slo Lazio 2 - 1, og Nottingham Forest tapte for Leyton Orient.",
                 ["Roma", "Lazio", "Nottingham Forest", "Leyton Orient"])
    kinds = {o.name: o.kind for o in find_organizations(match)}
    assert {kinds.get(n) for n in ("AS Roma", "Lazio", "Nottingham Forest", "Leyton Orient")} == {"sports"}
    town = _doc("Han bor i Roma.", ["Roma"], label="GPE_LOC")
    assert find_organizations(town) == []


def _doc_labelled(text, ents):
    doc = spacy.blank("nb")(text)
    doc.ents = [doc.char_span(text.index(name), text.index(name) + len(name), label=label) for name, label in ents]
    return doc


def test_extract_a_place_that_employs_someone_by_their_role_is_an_organisation():
    # the recogniser reads "Human Rights Service" and "Stenshagen Bil" as places; a role tied to them: employers
    text = "Informasjonsleder Hege Storhaug i Human Rights Service er ikke i tvil."
    orgs = find_organizations(_doc_labelled(text, [("Hege Storhaug", "PER"), ("Human Rights Service", "LOC")]))
    assert [o.name for o in orgs] == ["Human Rights Service"]
    text = "Han er daglig leder i Stenshagen Bil på Åsane."
    assert [o.name for o in find_organizations(_doc_labelled(text, [("Stenshagen Bil", "LOC")]))] == ["Stenshagen Bil"]
    # read as a product, after a role capitalised at a sentence start
    text = "Prosjektleder i Vestre Veier, Knut Sandvik, sier at veien blir bygd."
    doc = _doc_labelled(text, [("Vestre Veier", "PROD"), ("Knut Sandvik", "PER")])
    doc[0].is_sent_start = True
    assert [o.name for o in find_organizations(doc)] == ["Vestre Veier"]
    # a place without a role before it stays a place
    for text, ents in (("Hege Storhaug bor i Human Rights Service.",
                        [("Hege Storhaug", "PER"), ("Human Rights Service", "LOC")]),
                       ("Hege Storhaug i Nordmarka var sliten.", [("Hege Storhaug", "PER"), ("Nordmarka", "LOC")])):
        assert find_organizations(_doc_labelled(text, ents)) == []


@pytest.mark.model
def test_extract_an_s_the_tagger_reads_as_a_genitive_stays_where_nothing_is_owned(nlp):
    """"Island Records i en pressemelding": the tagger read "Records" as a genitive and the name lost its s; a
    genitive owns what follows it ("MFKs talentfulle angrepsspiller")."""
    doc = nlp("Artisten avlyser turneen, opplyser plateselskapet Island Records i en pressemelding.")
    assert [o.name for o in doc._.organizations] == ["Island Records"]
    assert doc._.quotes[0].speaker.name == "Island Records"


def test_extract_a_known_bodys_name_then_i_and_a_place_is_its_regional_branch():
    # the recogniser ends the name at the body's: "[Naturvernforbundet] i Innlandet", the place left untagged or a
    # place entity of its own; a company's office and a party where a candidate stands are no branches
    text = "Naturvernforbundet i Innlandet og LO i Agder er imot, men ikke Equinor i Stavanger eller KrF i Bergen."
    doc = _doc_labelled(text, [("Naturvernforbundet", "ORG"), ("LO", "ORG"), ("Agder", "GPE_LOC"), ("Equinor", "ORG"),
                               ("Stavanger", "GPE_LOC"), ("KrF", "ORG"), ("Bergen", "GPE_LOC")])
    assert [(o.name, o.parent) for o in find_organizations(doc)] == [
        ("Naturvernforbundet i Innlandet", "Naturvernforbundet"), ("LO i Agder", "LO"), ("Equinor", None),
        ("Kristelig Folkeparti", None)]


def test_extract_a_surname_in_a_persons_name_is_not_the_company_of_that_name(nlp):
    """"Ordførerkandidat Kari Wilhelmsen (Ap)": the recognizer's person, not the shipping company the gazetteer
    knows by her surname (the ruler's match replaced the person, and her quote went to the next person named)."""
    doc = nlp("Ordførerkandidat Kari Wilhelmsen (Ap) var rørt. Rederiet Wilhelmsen går godt.")
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Kari Wilhelmsen"]
    assert [o.name for o in doc._.organizations] == ["Arbeiderpartiet", "Wilh. Wilhelmsen"]


def test_extract_a_state_the_recognizer_calls_an_organisation_is_a_place(nlp):
    """"Eritreas hærsjef" (the recognizer may read the state as an organisation, in the genitive too): a state is a
    place acting (NorNE's GPE_ORG), no organisation of the article's unless the gazetteer knows it as a body; its
    officer still has it as organisation (GUIDELINES: "Kroatias ambassadør" -> "Kroatia")."""
    text = "Eritrea svarer ikke. Eritreas hærsjef Ali Musa avviser at hæren hindrer hjelpen."
    doc = nlp.make_doc(text)
    for name, label in (("Eritrea", "ORG"), ("Eritreas", "ORG"), ("Ali Musa", "PER")):
        start = text.index(name + " ")
        doc.ents = [*doc.ents, doc.char_span(start, start + len(name), label=label)]
    assert find_organizations(doc) == []
    quotes = nlp(text)._.quotes
    assert [(q.speaker.name, q.speaker.organization) for q in quotes] == [("Ali Musa", "Eritrea")]


def test_extract_a_one_word_person_written_as_a_brand_is_an_organisation(nlp):
    """"Utbyggeren NordVind mener at" (the recognizer read the brand as a person, titled "utbygger"): a capital inside
    a word after four small letters is a brand; "McDonald" and "LeBlanc" stay people."""
    doc = nlp("Utbyggeren NordVind mener at prosjektet har god støtte. Per McDonald er uenig.")
    assert [(e.text, e.label_) for e in doc.ents if e.text in ("NordVind", "Per McDonald")] == [
        ("NordVind", "ORG"), ("Per McDonald", "PER")]
    assert [(q.speaker.name, q.speaker.type) for q in doc._.quotes] == [("NordVind", "organization")]


@pytest.mark.parametrize("label", ["ORG", "GPE_LOC"])
def test_extract_a_place_with_its_papers_lower_case_word_is_the_paper(label):
    """``Ifølge Haugesund avis``: the recognizer takes the place only (an organisation or a place); with the word of
    a paper's name the parse hangs on it, the paper is one organisation."""
    words = ["Ifølge", "Haugesund", "avis", "er", "gutten", "glad", "."]
    doc = Doc(spacy.blank("nb").vocab, words=words, heads=[3, 0, 1, 3, 3, 3, 3],
              deps=["ADV", "PUTFYLL", "FLAT", "ROOT", "SUBJ", "SPRED", "IP"])
    doc.ents = [Span(doc, 1, 2, label=label)]
    assert [o.name for o in find_organizations(doc)] == ["Haugesund avis"]

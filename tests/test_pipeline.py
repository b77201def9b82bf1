"""Model-level tests: they load the shipped pipeline once per session."""

import pytest
import spacy
from spacy.tokens import Doc, Span

import nhotext
from nhotext.components.paragraphs import clip_entities, paragraph_spans, split_person_tails
from nhotext.errors import ModelNotFoundError
from nhotext.pipeline import bundled_model_path


@pytest.mark.parametrize(
    "text,entity,label",
    [
        ("Tilskuddet kommer fra Nærings- og fiskeridepartementet i år.", "Nærings- og fiskeridepartementet", "ORG"),
        ("Søknaden er sendt til Innovasjon Norge i Oslo.", "Innovasjon Norge", "ORG"),
        ("– Dette er en viktig dag, sier Jon Kristiansen.", "Jon Kristiansen", "PER"),
        ("Regiondirektør Kari Nordmann i NHO Innlandet er fornøyd.", "NHO Innlandet", "ORG"),
        ("Kari Nordmann flyttet fra Bergen til Tromsø i fjor.", "Tromsø", "GPE_LOC"),
    ],
)
def test_pipeline_entities(nlp, text, entity, label):
    assert (entity, label) in [(e.text, e.label_) for e in nlp(text).ents]


def test_pipeline_layers(nlp):
    doc = nlp("Regiondirektøren sier at klyngene har vokst raskt i Innlandet.")
    by_text = {t.text: t for t in doc}
    assert by_text["sier"].pos_ == "VERB" and by_text["sier"].lemma_ == "si"
    assert by_text["klyngene"].pos_ == "NOUN" and by_text["klyngene"].lemma_ == "klynge"
    assert by_text["har"].pos_ == "AUX"
    assert by_text["sier"].dep_ == "ROOT"
    assert "Number=Plur" in str(by_text["klyngene"].morph)


def test_pipeline_sentences_never_cross_paragraphs(nlp):
    text = "En overskrift uten punktum\n\nog et avsnitt som begynner med liten bokstav\n\n– Et sitat, sier hun."
    doc = nlp(text)
    paragraphs = paragraph_spans(doc)
    assert [p.text for p in paragraphs] == text.split("\n\n")
    for sent in doc.sents:
        inside = [p for p in paragraphs if p.start <= sent.start < p.end]
        if inside:  # a sentence starting in a paragraph ends in it (trailing whitespace aside)
            assert all(t.is_space for t in sent if t.i >= inside[0].end)


def test_pipeline_no_sentence_starts_after_the_number_of_a_name(nlp):
    """"Rapporten fra Sparebank 1 | Markets viser vekst", "Kanal 5 | Sport sender kampen": the parser started a
    sentence after a number that belongs to the name before it, and the name was lost to both halves (a start
    after a word inside a line was already ruled out)."""
    for text in ("Rapporten fra Sparebank 1 Markets viser vekst.", "Kanal 5 Sport sender kampen i kveld.",
                 "Analytikerne i Sparebank 1 Markets venter at renten stiger."):
        assert len(list(nlp(text).sents)) == 1, text
    assert len(list(nlp("Han kom i 2020. Markedene falt.").sents)) == 2


def test_pipeline_entities_never_cross_paragraphs():
    doc = Doc(spacy.blank("nb").vocab, words=["Hamar", "\n\n", "Kommune", "ligger"],
              spaces=[False, False, True, False])
    doc.ents = [Span(doc, 0, 3, "ORG")]
    clipped = clip_entities(doc, paragraph_spans(doc))
    assert [(e.text, e.label_) for e in clipped] == [("Hamar", "ORG")]


def test_pipeline_person_name_run_into_an_organisation_is_split_off():
    words = ["historiker", "ved", "Universitetet", "i", "Bergen", "Kari", "Lunde", "og", "Fridtjof", "Nansens",
             "Institutt", "og", "Statens", "vegvesen"]
    doc = Doc(spacy.blank("nb").vocab, words=words)
    ents = [Span(doc, 2, 7, "ORG"), Span(doc, 8, 11, "ORG"), Span(doc, 12, 14, "ORG")]
    assert [(e.text, e.label_) for e in split_person_tails(doc, ents)] == [
        ("Universitetet i Bergen", "ORG"), ("Kari Lunde", "PER"),
        ("Fridtjof Nansens Institutt", "ORG"),  # a first name that begins the name is part of it
        ("Statens vegvesen", "ORG")]


@pytest.mark.model
def test_pipeline_round_trip(nlp, tmp_path):
    text = "NHO Innlandet og Innovasjon Norge støtter klyngene, sier regiondirektør Jon Kristiansen."
    before = nlp(text)
    model = spacy.load(bundled_model_path())
    model.to_disk(tmp_path / "model")
    after = nhotext.load(tmp_path / "model")(text)
    assert [(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in before] == [
        (t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in after
    ]


def test_pipeline_unknown_model_is_a_clear_error():
    with pytest.raises(ModelNotFoundError, match="no spaCy pipeline named"):
        nhotext.load("nb_core_news_does_not_exist")


@pytest.mark.model
def test_pipeline_bundled_model_is_small():
    size = sum(f.stat().st_size for f in bundled_model_path().rglob("*") if f.is_file())
    assert size < 50 * 1024 * 1024


def test_analyze_function_returns_contract_record(nlp):
    record = nhotext.analyze("NHO Innlandet ønsker klyngene velkommen.\n\nDet sier Jon Kristiansen.")
    assert set(record) >= {"source", "encoding", "paragraphs", "entities", "duplicates", "organizations", "quotes"}
    assert [p["index"] for p in record["paragraphs"]] == [0, 1]
    for ent in record["entities"]:
        assert set(ent) == {"text", "label", "start", "end"}


def test_pipeline_loads_any_norwegian_pipeline_by_path(tmp_path):
    spacy.blank("nb").to_disk(tmp_path / "blank")
    nlp = nhotext.load(tmp_path / "blank")
    assert nlp.pipe_names == ["nhotext_paragraphs", "nhotext_duplicates"]
    doc = nlp("Første avsnitt om noe.\n\nAndre avsnitt om noe annet.")
    assert len(doc._.paragraphs) == 2 and doc._.duplicates == []


@pytest.mark.model
def test_pipeline_multiprocess_gives_the_same_records(nlp, corpus_dir):
    """Every extension is serialisable: nlp.pipe(n_process=2) returns what one process does."""
    from nhotext.analysis import article_record
    from nhotext.reading import Article

    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus_dir / "articles").glob("*.txt"))][:6]
    one = [article_record(Article("x", t), d) for t, d in zip(texts, nlp.pipe(texts))]
    two = [article_record(Article("x", t), d) for t, d in zip(texts, nlp.pipe(texts, n_process=2, batch_size=2))]
    assert one == two and sum(len(r["quotes"]) for r in one) > 10


def test_pipeline_doc_with_results_round_trips_through_bytes(nlp):
    from spacy.tokens import Doc

    doc = nlp("– Dette er en viktig dag for klyngene, sier regiondirektør Jon Kristiansen i NHO Innlandet.\n\n"
              "– Dette er en viktig dag for klyngene, sier regiondirektør Jon Kristiansen i NHO Innlandet.")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [q.to_dict() for q in again._.quotes] == [q.to_dict() for q in doc._.quotes] and doc._.quotes
    assert [o.name for o in again._.organizations] == [o.name for o in doc._.organizations]
    assert [d.to_dict() for d in again._.duplicates] == [d.to_dict() for d in doc._.duplicates] and doc._.duplicates
    assert [p.text for p in again._.paragraphs] == [p.text for p in doc._.paragraphs]


@pytest.mark.model
def test_pipeline_fast_model_by_short_name():
    import nhotext
    from nhotext.pipeline import bundled_model_path

    if not (bundled_model_path("nb_nhotext_news_sm") / "meta.json").exists():
        pytest.skip("the fast model is not in models/")
    nlp = nhotext.load("sm")
    assert nlp.meta["name"] == "nhotext_news_sm" and "nhotext_quotes" in nlp.pipe_names
    doc = nlp("– Dette er en viktig dag, sier regiondirektør Jon Kristiansen i NHO Innlandet.")
    assert any(e.label_ == "PER" for e in doc.ents) and doc._.quotes


def test_pipeline_tokenizer_ends_a_sentence_after_words_spacy_lists_as_abbreviations():
    """spaCy's Norwegian exceptions read "jul." as July and "min." as minutes: "før jul." and "sier mora
    min." swallowed the full stop, so the sentence ran on and a quote lost its last word."""
    nlp = nhotext.load("blank")
    for text, last in [("Han går av før jul. Det sier han.", "jul"), ("Det sier mora min. Hun kom.", "min"),
                       ("Klokka er ti. Vi går.", "ti"), ("Det er et land vi tror på og vil investere i. Vi går.", "i")]:
        words = [t.text for t in nlp(text)]
        assert words[words.index(last) + 1] == "."
    assert [t.text for t in nlp("Møtet er kl. 10 i dag.")][2] == "kl."


def test_pipeline_tokenizer_splits_an_opening_quote_mark_glued_to_the_word_before():
    """"Taylor Swift:«Speak Now»" (a heading of a NoReC review), "sa:«Vi": spaCy's infixes split neither the colon
    nor the mark, so the name, the cue and the quote's first word were one token; times and addresses keep theirs."""
    nlp = nhotext.load("blank")
    assert [t.text for t in nlp("Taylor Swift:«Speak Now»")] == ["Taylor", "Swift", ":", "«", "Speak", "Now", "»"]
    assert [t.text for t in nlp('Han sa:"Vi kommer," sa hun,«alle»')][:5] == ["Han", "sa", ":", '"', "Vi"]
    assert [t.text for t in nlp("sa hun,«alle»")] == ["sa", "hun", ",", "«", "alle", "»"]
    assert [t.text for t in nlp("kl. 10:30 på vg.no/a:b")] == ["kl.", "10:30", "på", "vg.no/a:b"]


def test_pipeline_tokenizer_keeps_a_typographic_apostrophe_inside_a_word():
    """"Conan O’Brien" (a NoReC review): spaCy's Norwegian infixes split a word at the typographic apostrophe, so
    the recogniser found two people, "Conan O" and "Brien"; the straight "O'Brien" was one word. Guillemets and
    double marks between letters are still split."""
    nlp = nhotext.load("blank")
    assert [t.text for t in nlp("Conan O’Brien og D´Angelo")] == ["Conan", "O’Brien", "og", "D´Angelo"]
    assert [t.text for t in nlp("‘Nei’, sa hun «bra»og ”fint”")] == [
        "‘", "Nei", "’", ",", "sa", "hun", "«", "bra", "»", "og", "”", "fint", "”"]


def test_pipeline_number_ending_a_sentence_loses_its_full_stop_an_ordinal_keeps_it():
    """The treebank writes a sentence's last number and its full stop as two tokens; spaCy's tokenizer kept
    "2028." whole, and the parser read it as an ordinal of the next sentence."""
    nlp = nhotext.load("blank")
    words = [t.text for t in nlp("Skolen står ferdig til 2028. Det sier hun. Hun kom 3. mai og ble nr. 3.")]
    assert words[4:6] == ["2028", "."] and "3." in words and words[-2:] == ["3", "."]
    # after a possessive or an article it is an ordinal, also before a capital ("med sitt 16. VM-mål, Toni Kroos
    # hadde scoret to": a World Cup report in NoReC; the sentence was cut after "16" and "VM-mål" made a title)
    assert "16." in [t.text for t in nlp("Han ble historisk med sitt 16. VM-mål, og Kari scoret to.")]
    assert [t.text for t in nlp("Arenaen står ferdig i 2028. VM-arrangøren er fornøyd.")][4:6] == ["2028", "."]
    words = [t.text for t in nlp("Prisen steg med 15.\n\n1. Innledning\n\n2. Mål for 1999.")]
    assert words[3:5] == ["15", "."] and "1." in words and "2." in words and words[-2:] == ["1999", "."]
    words = [t.text for t in nlp("Han sa det til E24. Det skjedde på E6.")]
    assert words[4:6] == ["E24", "."] and words[-2:] == ["E6", "."]


def test_pipeline_a_name_after_a_title_read_as_an_organisation_is_a_person():
    from nhotext.components.paragraphs import titled_people

    nlp = spacy.blank("nb")
    doc = nlp("sier rådets leder Mai-Lin Moe Dahl , og rådets leder Norsk Hydro")
    for token, pos in zip(doc, ["VERB", "NOUN", "NOUN", "PROPN", "PROPN", "PROPN", "PUNCT", "CCONJ", "NOUN", "NOUN",
                                "PROPN", "PROPN"]):
        token.pos_ = pos
    doc.ents = [Span(doc, 3, 6, "ORG"), Span(doc, 10, 12, "ORG")]
    assert [(e.text, e.label_) for e in titled_people(doc, list(doc.ents))] == [
        ("Mai-Lin Moe Dahl", "PER"), ("Norsk Hydro", "ORG")]


def test_pipeline_an_entity_ending_on_a_suspended_compound_part_runs_on_to_its_completion():
    from nhotext.components.paragraphs import suspended_compounds

    doc = spacy.blank("nb")("Leder i Trøndelag brann- og redningstjeneste og Oslo- og Akershus , sa hun .")
    ents = suspended_compounds(doc, [Span(doc, 2, 4, "ORG"), Span(doc, 7, 8, "GPE_LOC"), Span(doc, 9, 10, "GPE_LOC")])
    assert [e.text for e in ents] == ["Trøndelag brann- og redningstjeneste", "Oslo-", "Akershus"]


def test_pipeline_a_name_cut_short_runs_on_to_the_whole_name_found_elsewhere():
    from nhotext.components.paragraphs import whole_names

    doc = spacy.blank("nb")("Rekord for Nordlys Sjømat . Oppdrettsselskapet Nordlys Sjømat vokser , sier Nordlys Sjø .")
    ents = whole_names(doc, [Span(doc, 2, 3, "ORG"), Span(doc, 6, 8, "ORG"), Span(doc, 11, 12, "ORG")])
    assert [e.text for e in ents] == ["Nordlys Sjømat", "Nordlys Sjømat", "Nordlys"]


def test_pipeline_a_person_in_a_person_is_a_person_in_an_organisation():
    from nhotext.components.paragraphs import employers

    doc = spacy.blank("nb")("Arrangør Per Lie i Live Nation og Kari Holm hos Live Berg sa det .")
    ents = employers(doc, [Span(doc, 1, 3, "PER"), Span(doc, 4, 6, "PER"), Span(doc, 7, 9, "PER"),
                           Span(doc, 10, 12, "PER")])
    assert [(e.text, e.label_) for e in ents] == [("Per Lie", "PER"), ("Live Nation", "ORG"), ("Kari Holm", "PER"),
                                                  ("Live Berg", "PER")]


def test_pipeline_a_kind_noun_read_into_a_persons_name_or_before_a_place_leaves_an_organisation():
    from nhotext.components.paragraphs import kind_nouns

    doc = spacy.blank("nb")("Møbelprodusenten Ekornes kutter . Sykehuset Innlandet vokser . Lederen Kari Holm sa det "
                            "til selskapet Vrinn og etaten Innlandet .")
    for token, pos in zip(doc, ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "PROPN",
                                "PROPN", "VERB", "PRON", "ADP", "NOUN", "PROPN", "CCONJ", "NOUN", "PROPN", "PUNCT"]):
        token.pos_ = pos
    for i in (0, 4, 8):
        doc[i].is_sent_start = True
    ents = kind_nouns(doc, [Span(doc, 0, 2, "PER"), Span(doc, 4, 6, "ORG"), Span(doc, 8, 11, "PER"),
                            Span(doc, 15, 16, "GPE_LOC"), Span(doc, 18, 19, "GPE_LOC")])
    assert [(e.text, e.label_) for e in ents] == [("Ekornes", "ORG"), ("Sykehuset Innlandet", "ORG"),
                                                  ("Lederen Kari Holm", "PER"), ("Vrinn", "ORG"),
                                                  ("Innlandet", "GPE_LOC")]


def test_pipeline_a_kind_noun_read_as_a_name_of_its_own_before_a_name_is_none():
    """"[Sjømatselskapet] [Nordlaks Havbruk] fikk" (an invented quarterly report): the sentence-initial kind noun the
    recognizer read as an organisation of its own is dropped; "Sykehuset Innlandet" read as one name stays."""
    from nhotext.components.paragraphs import kind_nouns

    doc = spacy.blank("nb")("Sjømatselskapet Nordlaks Havbruk vokser . Sykehuset Innlandet vokser .")
    for token, pos in zip(doc, ["NOUN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]):
        token.pos_ = pos
    for i in (0, 5):
        doc[i].is_sent_start = True
    doc.ents = [Span(doc, 0, 1, "ORG"), Span(doc, 1, 3, "ORG"), Span(doc, 5, 7, "ORG")]
    ents = kind_nouns(doc, list(doc.ents))
    assert [e.text for e in ents] == ["Nordlaks Havbruk", "Sykehuset Innlandet"]


def test_pipeline_first_name_that_ends_an_entity_takes_the_surname_after_it():
    # "[VGs fotballkommentator Truls] Dæhli" (the recognizer on a NoReC match report): a title noun, a known first
    # name at the entity's end and a capitalised word outside it make a person; the title is no part of the name
    words = ["sa", "VGs", "fotballkommentator", "Truls", "Dæhli", ".", "Om", "Norsk", "kulturråd", "Kari", "sa", "nei"]
    doc = Doc(spacy.blank("nb").vocab, words=words)
    ents = [Span(doc, 1, 4, "PROD"), Span(doc, 7, 10, "ORG")]
    assert [(e.text, e.label_) for e in split_person_tails(doc, ents)] == [
        ("VGs", "PROD"), ("Truls Dæhli", "PER"), ("Norsk kulturråd Kari", "ORG")]


def test_pipeline_a_name_from_abroad_is_not_cut_at_its_particles(nlp):
    """"Ursula von der Leyen" came out as "Ursula von" and "Leyen", so she was quoted as "Ursula von"; a Norwegian
    word after a name is no particle ("sa Kari Moe da Trump kom": "da" is "when")."""
    doc = nlp("EU-kommisjonens president Ursula von der Leyen svarte at EU vil svare.\n\n"
              "– Det er fint, sa Kari Moe da Trump kom inn.")
    assert [e.text for e in doc.ents if e.label_ == "PER"][:2] == ["Ursula von der Leyen", "Kari Moe"]
    assert doc._.quotes[0].speaker.name == "Ursula von der Leyen"

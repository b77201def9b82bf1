"""Person coreference: names clustered into people, pronouns resolved (texts written for these tests)."""

from pathlib import Path

import pytest

from nhotext.coref import People, clean_name, person_spans, quoted_regions
from nhotext.coref.narc import Markable, _same_name, in_chain
from nhotext.lexicon import relation_gender


def test_clean_name_drops_titles_marks_and_apostrophe_genitive():
    assert clean_name("Politiadvokat Lise Haugen") == "Lise Haugen"
    assert clean_name("«Kari Olsen»") == "Kari Olsen"
    assert clean_name("Mulligan's") == "Mulligan"
    assert clean_name("de Seynes'") == "de Seynes"  # a name in -s takes the apostrophe alone in the genitive


def test_relation_nouns_say_a_gender_in_any_form():
    assert [relation_gender(w) for w in ("kona", "mora", "dattera", "sønnen", "eldstesønnen", "faren", "mannen")] == \
        ["f", "f", "f", "m", "m", "m", "m"]
    assert [relation_gender(w) for w in ("kjæresten", "naboen", "talsmannen", "Kirsten")] == [None] * 4


def test_quoted_regions_cover_marks_and_dash_paragraphs():
    text = "Han sa «vi kommer» i går.\n\n– Dette er bra, sier Kari Olsen."
    regions = quoted_regions(text)
    assert text[regions[0][0]:regions[0][1]] == "vi kommer"
    assert text[regions[1][0]:regions[1][1]] == "Dette er bra"


def test_narc_scoring_helpers():
    assert _same_name("Dagfinn Nordbø", "dagfinn nordbøs") and not _same_name("Michelle Obama", "barack obama")
    chain = [Markable(0, 40, "Annan, som fikk prisen")]
    assert in_chain(0, 5, chain)  # the markable begins with the mention
    assert not in_chain(10, 15, chain)  # merely inside it


@pytest.mark.model
def test_short_names_genitives_and_first_names_take_the_fullest_form(nlp):
    doc = nlp("Kristin Halvorsens karriere kan være over. Halvorsen sa i går at hun vil fortsette.\n\n"
              "Ingrid Moe Rondestveit var til stede. Ingrid forteller at hun var redd.")
    people = People(doc)
    assert people.person("Halvorsen").name == "Kristin Halvorsen"
    assert people.person("Halvorsens").name == "Kristin Halvorsen"
    assert people.person("Ingrid").name == "Ingrid Moe Rondestveit"
    assert len({p.name for p in people.persons}) == 2


@pytest.mark.model
def test_pronouns_skip_names_inside_quoted_speech(nlp):
    doc = nlp("Lise Haugen kom hjem sent.\n\n– Gud, Per Olav Nilsen, hvor har du vært, sier hun.")
    people = People(doc)
    hun = doc.text.index("sier hun") + len("sier ")
    assert people.antecedent(hun, "f").person.name == "Lise Haugen"


@pytest.mark.model
def test_pronoun_prefers_the_subject_over_a_nearer_object(nlp):
    doc = nlp("Bondevik erkjenner at regjeringen må samarbeide med Hagen. Han sa det på et møte i går.")
    people = People(doc)
    han = doc.text.index("Han sa")
    assert people.antecedent(han, "m").person.name == "Bondevik"


NARC = Path(__file__).parents[3] / "shared" / "data" / "narc-nob"
NORNE = Path(__file__).parents[3] / "shared" / "data" / "norne-nob"


@pytest.mark.model
@pytest.mark.skipif(not (NARC / "split.tsv").exists(), reason="../shared/data/narc-nob is not here")
def test_narc_dev_floor(nlp):
    """Real news with hand-annotated chains (NARC dev, never trained or tuned on): a floor at the measured
    level. Pronouns by the learned ranking 0.863, against the hand-written rules' 0.795 and the nearest name's
    0.812 in the same run; short names 0.968 against a surname-lookup baseline of 0.688."""
    from nhotext.coref.narc import evaluate_narc
    from nhotext.quotes.speakers import ArticleContext

    result = evaluate_narc(nlp, NARC, NORNE, "dev", context=lambda doc: ArticleContext(doc).coref, resamples=500)
    assert result["pronouns"] > 100 and result["short_names"] > 80
    # 95% intervals over resampled documents hold each figure; the short names' gain over the surname lookup holds
    # beyond this set's luck (0.15-0.51), the pronouns' over the nearest name does not on 28 documents (-0.02-0.15)
    intervals = result["intervals"]
    assert intervals["unit"] == "document" and intervals["resamples"] == 500
    for figure in ("pronouns_accuracy", "short_names_accuracy", "unnamed_accuracy", "descriptions_accuracy"):
        assert intervals[figure][0] <= result[figure] <= intervals[figure][1], figure
    assert intervals["short_names_gain"][0] > 0.1 and intervals["unnamed_gain"][0] > 0.3
    assert result["pronouns_accuracy"] >= 0.85
    assert result["pronouns_accuracy"] >= max(result["pronouns_rules"], result["pronouns_baseline"]) + 0.03
    assert result["short_names_accuracy"] >= 0.94 and result["short_names_accuracy"] > result["short_names_baseline"]
    # han/hun for someone never named (0.721 of 43 since the fifteenth session, 0.698 since the tenth, 0.581 before)
    assert result["unnamed"] > 30 and result["unnamed_accuracy"] >= 0.65
    # definite descriptions of a named person (regiondirektøren, treneren, kvinnen), by the article context of the
    # quote attribution (0.194 with titles only, 0.250 with epithets: 33-åringen, nordmannen, RBK-keeperen); role
    # nouns and epithets for someone never named are left alone
    assert result["descriptions"] > 30 and result["descriptions_accuracy"] >= 0.24
    assert result["descriptions_unnamed"] > 5 and result["descriptions_unnamed_accuracy"] >= 0.75


@pytest.mark.model
def test_hun_for_someone_never_named_is_not_a_name_from_long_ago(nlp):
    # names of no known gender, each named once many sentences back, are not whom "Hun" stands for in the narrative
    text = ("Han hørte på Nirvana, Bowie og Dylan hver kveld. " + "Han trente hver dag. " * 5
            + "En kvinne på hjemmet fant ham på gulvet. Hun ringte etter ambulanse.")
    doc = nlp(text)
    people = People(doc)
    at = text.index("Hun ringte")
    found = people.antecedent(at, "f")
    assert found is None  # not "Bowie" or "Dylan"


@pytest.mark.model
def test_a_surname_shared_in_a_family_is_not_the_one_just_named_by_first_name(nlp):
    text = ("Statsråd Tor Lie takket familien og kona Kari Lie. Kari har vært med hele veien.\n\n"
            "- Kari har vært en fantastisk støtte, sier Lie.")
    doc = nlp(text)
    people = People(doc)
    at = next(t.i for t in doc if t.text == "Lie" and t.nbor(-1).text == "sier")
    assert people.person("Lie", at).name == "Tor Lie"
    # without a first name alone nearby, the nearest full name before it still decides
    doc = nlp("Tor Lie og kona Kari Lie kom sammen. Kari Lie smilte. Lie sier hun er glad.")
    at = next(t.i for t in doc if t.text == "Lie" and t.is_sent_start)
    assert People(doc).person("Lie", at).name == "Kari Lie"


@pytest.mark.model
def test_a_surname_misspelt_once_is_the_same_person(nlp):
    doc = nlp("Margot Eriksson jobber ved sykehjemmet. Erikssen mener vaktene er for korte. Berg er uenig.")
    people = People(doc)
    assert people.person("Erikssen").name == "Margot Eriksson"
    assert people.person("Berg") is None or people.person("Berg").name == "Berg"


@pytest.mark.model
def test_sentence_initial_first_name_no_list_holds_joins_the_name_and_the_surname_goes_to_its_bearer(nlp):
    """Seen in NorNE train (a live report of a US election night): the recogniser tagged only the
    surname of a first name it had never seen at a sentence start, so every ``sier <surname>`` went to
    the wife, whom the article names by her first name alone before and with the surname after."""
    from spacy.tokens import Span

    doc = nlp("Smith går på scenen til tonene fra en gammel sang. Konen Mira og døtrene er med ham.\n\n"
              "- Vi er en familie, og vi reiser oss sammen, sier Smith.\n\n"
              "Jovan Smith skal være på vei til valgvaken fra hotellet. Mira Smith og døtrene skal være med ham.")
    jovan = next(t for t in doc if t.text == "Jovan")
    doc.ents = sorted([e for e in doc.ents if not (e.start <= jovan.i + 1 < e.end)]
                      + [Span(doc, jovan.i + 1, jovan.i + 2, "PER")], key=lambda e: e.start)
    people = People(doc)
    assert {p.name for p in people.persons} == {"Jovan Smith", "Mira Smith"}
    said = [t for t in doc if t.text == "Smith"][1]
    assert people.person("Smith", said.i).name == "Jovan Smith"
    assert people.person("Mira").name == "Mira Smith"


@pytest.mark.model
def test_a_definite_agent_noun_opening_a_paragraph_is_no_first_name(nlp):
    # "Abortmotstanderen Akin": the tagger may read a paragraph's first word as a name; a definite agent noun
    # of that length is none, and "Akin" stays the one named "Todd Akin" before
    text = ("Todd Akin ser ut til å tape valget i Missouri.\n\n"
            "Abortmotstanderen Akin ble kjent for utspillene sine.")
    spans = [s.text for s in person_spans(nlp(text))]
    assert spans == ["Todd Akin", "Akin"]


def _titled(doc):
    from nhotext.quotes.speakers import ArticleContext

    return {doc.text[m.start:m.end]: m.person.name for m in ArticleContext(doc).coref.mentions if m.kind == "title"}


@pytest.mark.model
def test_a_definite_title_takes_up_any_title_the_person_was_given(nlp):
    # NARC train: "statsministeren" for the Stoltenberg first written "landbruksminister Jens Stoltenberg"
    doc = nlp("Landbruksminister Jens Stoltenberg la fram planen i 1992. Fire år senere ble statsminister "
              "Stoltenberg spurt om den igjen.\n\nStatsministeren svarte ikke på spørsmålet.")
    assert _titled(doc) == {"Statsministeren": "Jens Stoltenberg"}


@pytest.mark.model
def test_a_prefixed_definite_title_read_as_derived_from_a_name_is_a_title_mention(nlp):
    # "LO-lederen", "Høyre-lederen": the recognizer tags them DRV (derived from a name); still the person's title
    doc = nlp("LO-leder Roar Flåthen kom sent til møtet i går. LO-lederen sa at han var sliten etter reisen.")
    assert _titled(doc) == {"LO-lederen": "Roar Flåthen"}
    assert [(q.text, q.speaker.name) for q in doc._.quotes] == [("han var sliten etter reisen", "Roar Flåthen")]


def test_a_subject_pronoun_is_not_the_person_named_in_its_own_clause(nlp):
    # "Han så på Johansen": the pronoun is someone else than the name its clause goes on to give
    doc = nlp("Mekaniker Ola Johansen satt bak i helikopteret. Pilot Per Karlsen forsøkte å ta av. "
              "Johansen holdt seg fast. Han så på Johansen og sa at det ikke gikk.")
    assert [(q.text, q.speaker.name) for q in doc._.quotes] == [("det ikke gikk", "Per Karlsen")]


def test_a_name_written_without_its_accents_is_the_same_person(nlp):
    doc = nlp("Syklisten José Martínez Ruiz vant etappen. Martinez Ruiz sa at han var sliten etter dagen.")
    assert [(q.text, q.speaker.name) for q in doc._.quotes] == [("han var sliten etter dagen", "José Martínez Ruiz")]


def test_a_pronoun_after_someone_described_is_not_the_person_named_next(nlp):
    text = ("- Dette er helt vanvittig, sier en sint pensjonist.\n\n"
            "Hun har stått i køen i to timer. Men hun fikk ikke kølapp.\n\n"
            "- Jeg gir meg ikke, sier hun.\n\n"
            "Lenger fremme står Kari Olsen og Per Berg.")
    assert [(q.text, q.speaker.name) for q in nlp(text)._.quotes] == [
        ("Dette er helt vanvittig", "en sint pensjonist"), ("Jeg gir meg ikke", "en sint pensjonist")]


@pytest.mark.model
def test_a_word_with_an_age_in_brackets_is_a_persons_name(nlp):
    # "Gulsum (28)": the news convention of a person's age; a name the recognizer missed is still one
    doc = nlp("Filmen ble vist i Hamburg i går. Gulsum (28) satt som forstenet gjennom hele filmen.\n\n"
              "- Grensene for humor er overskredet, kommenterte hun.")
    from nhotext.coref import person_spans

    assert "Gulsum" in [s.text for s in person_spans(doc)]
    assert [q.speaker.name for q in doc._.quotes] == ["Gulsum"]
    assert "Hamburg" not in [s.text for s in person_spans(nlp("Kampen i Hamburg (12) ble avlyst."))]


@pytest.mark.model
@pytest.mark.parametrize(("text", "alone"), [
    ("Kari Nordby fikk kreft. Nordby selv er takknemlig.", ["Nordby"]),
    ("Jane Birkin sang. Hun fikk en Birkin i gave.", []),  # a thing named after someone
])
def test_people_surname_of_a_full_name_the_recognizer_missed(nlp, text, alone):
    doc = nlp(text)
    found = [s.text for s in person_spans(doc) if len(s) == 1]
    assert [w for w in found if w in ("Nordby", "Birkin")] == alone


def test_a_club_the_recognizer_read_as_a_person_is_no_one_an_epithet_stands_for(nlp):
    """"Per Lien tror Brann vinner" (the recognizer read the club as a person), then "sier NRK-eksperten": the
    epithet took the club; a one-word name the gazetteer knows is a person only as someone's surname."""
    text = ("Generalsekretær Kari Holm i NFF sier at sikkerheten er økt.\n\nTidligere landslagsspiller Per Lien tror "
            "Brann vinner.\n\n- Brann har mer å spille for. Jeg tipper 2-1, sier NRK-eksperten.")
    assert [q.speaker.name for q in nlp(text)._.quotes] == ["Kari Holm", "Per Lien"]


def test_a_particle_joined_to_a_surname_is_part_of_the_name(nlp):
    """"Abdel Fattah al-Burhan" (the name was cut to "Abdel Fattah") and the surname alone later ("sa el-Sisi",
    which was a description): a particle joined by a hyphen to a capitalised name is written as a name."""
    assert clean_name("Abdel Fattah al-Burhan") == "Abdel Fattah al-Burhan"
    text = "Presidenten Omar Ali el-Masri sier at landet vil hjelpe.\n\n- Vi står sammen, sa el-Masri."
    assert [q.speaker.name for q in nlp(text)._.quotes] == ["Omar Ali el-Masri"] * 2


def test_a_countrys_genitive_the_recognizer_took_into_a_name_is_cut_off(nlp):
    """"sier Brasils Luiz Felipe Scolari" (a NoReC match report): the recogniser took the country's genitive into
    the name, and the speaker was "Brasils Luiz Felipe Scolari"; a first name in -s stays ("Lars Hansen")."""
    text = ("Brasil vant.\n\n- Jeg forstår ikke kortet, sier Brasils Luiz Felipe Scolari.\n\n"
            "- Vi var gode, sier Lars Hansen.")
    assert [s.text for s in person_spans(nlp(text))] == ["Luiz Felipe Scolari", "Lars Hansen"]


def test_people_a_full_name_whose_first_name_ends_in_a_known_one_has_its_gender(nlp):
    """The morphologizer read "Rosemarie" as a man's name, so "hun" three paragraphs on had no one to stand for and
    went to the next woman named, after the quote."""
    text = ("Rosemarie Köhn døde i 2022. Hun skrev historie da hun ble biskop i Hamar i 1993.\n\n"
            "Köhn selv tok kritikken med ro.\n\n"
            "«Jeg har aldri vært redd for motstand», sa hun i et intervju med Aftenposten i 1994.\n\n"
            "Biskop Solveig Fiske minnes forgjengeren.")
    assert [q.speaker.name for q in nlp(text)._.quotes] == ["Rosemarie Köhn"]


def test_a_surname_with_the_arabic_article_is_the_same_name_without_it(nlp):
    """NARC train (a Libya report): "Gaddafi" and "Gaddafis" were a person of their own beside "Muammar al-Gaddafi"
    (12 mentions); news writes the article joined to the surname or leaves it out."""
    doc = nlp("Muammar al-Gaddafi styrte Libya i 42 år. Gaddafi sa at han aldri ville gå av. Bashar al-Assad svarte "
              "ikke. Assads regjering var taus.")
    people = People(doc)
    assert [people.person(name).name for name in ("Gaddafi", "Assads")] == ["Muammar al-Gaddafi", "Bashar al-Assad"]

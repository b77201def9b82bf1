"""The learned choice of a pronoun's antecedent (texts written for these tests)."""

import pytest
from spacy.tokens import Doc

from nhotext.coref import People
from nhotext.coref.ranking import Candidates, choose, narrative_starts, weights


def _pronoun(doc, text):
    start = doc.text.index(text)
    return next(t for t in doc if t.idx >= start and t.lower_ in ("han", "hun", "ham", "henne", "hans", "hennes"))


def test_the_shipped_weights_load_and_read_the_parse():
    model = weights()
    assert model is not None
    # agreeing in gender and being a subject speak for a candidate; nothing of a text is in the file
    assert model["agree=yes"] > model.get("agree=unknown", 0.0) - 1.0
    assert any(name.startswith("dep=") for name in model) and any(name.startswith("sent=") for name in model)


def test_without_a_parse_the_rules_decide(nlp):
    doc = Doc(nlp.vocab, words=["Kari", "Lie", "kom", ".", "Hun", "smilte", "."])
    people = People(doc)
    assert people.model is None


@pytest.mark.model
def test_a_name_of_the_other_gender_is_never_a_candidate(nlp):
    doc = nlp("Per Olsen og Kari Lie møttes på kontoret i går. Hun sa at møtet var nyttig.")
    candidates = Candidates(People(doc), _pronoun(doc, "Hun sa"), "f")
    assert [m.person.name for m in candidates.mentions] == ["Kari Lie"]
    assert choose(candidates, weights()).person.name == "Kari Lie"


@pytest.mark.model
def test_a_person_named_long_ago_stays_a_candidate(nlp):
    """The main person of a profile is named once at the top and then called ``han`` for many sentences: that
    person is among the candidates however far back, beside the people named since."""
    doc = nlp("Ola Hansen har drevet gården i tretti år. Han overtok den etter faren. Kyrne står inne om vinteren. "
              "Melkebilen kommer hver morgen. Sjåføren er fra Toten. Veterinær Per Olsen kommer en gang i måneden. "
              "Nå vil han selge gården.")
    candidates = Candidates(People(doc), _pronoun(doc, "Nå vil han"), "m")
    names = [m.person.name for m in candidates.chosen]
    assert names == ["Per Olsen", "Ola Hansen"]
    assert candidates.sentence_distance[candidates.mentions.index(candidates.chosen[1])] >= 4


@pytest.mark.model
def test_sentences_of_quoted_speech_do_not_count_as_distance(nlp):
    """``sier han`` after a dash quote of several sentences: the quote and its attribution continue the
    narrative sentence before them, so the speaker introduced there is no further back than the quote's own
    words (counting every sentence, four back)."""
    text = ("Bonde Ola Hansen står i fjøset.\n\n"
            "- Det har vært et tungt år. Prisene har falt. Fôret er dyrt. Jeg vet ikke hva vi gjør, sier han.")
    doc = nlp(text)
    people = People(doc)
    candidates = Candidates(people, _pronoun(doc, "sier han"), "m")
    assert candidates.sentence_distance[0] == 0
    assert len(narrative_starts(people)) < len(list(doc.sents))
    assert people.antecedent(_pronoun(doc, "sier han").idx, "m").person.name == "Ola Hansen"

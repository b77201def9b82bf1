"""Epithets that take up a person named before (texts written for these tests)."""

import pytest

from nhotext.coref.epithets import epithet_kind
from nhotext.quotes.speakers import ArticleContext


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def _taken_up(doc, word):
    """The person the article context (names, ages, titles, epithets) takes ``word`` up as."""
    start = _token(doc, word).idx
    return next((m.person.name for m in ArticleContext(doc).coref.mentions if m.start == start and m.kind == "title"),
                None)


@pytest.mark.model
def test_kinds_of_epithet(nlp):
    doc = nlp("33-åringen, nordmannen, islendingen og Start-treneren møtte kjøpmannen, faren, treneren, "
              "Oslo-restauranten og sommeren.")
    kinds = {word: epithet_kind(_token(doc, word)) for word in ("33-åringen", "nordmannen", "islendingen",
                                                                "Start-treneren", "kjøpmannen", "faren", "treneren",
                                                                "Oslo-restauranten", "sommeren")}
    assert kinds == {"33-åringen": "age", "nordmannen": "nationality", "islendingen": "nationality",
                     "Start-treneren": "prefixed", "kjøpmannen": None, "faren": None, "treneren": None,
                     "Oslo-restauranten": None, "sommeren": None}


@pytest.mark.model
def test_an_epithet_takes_up_the_person_named_before(nlp):
    doc = nlp("Kari Nordmann vant løpet på Lillehammer lørdag. Hun var sterkest i motbakkene. "
              "Etter målgang tok Hamar-løperen en lang pause.")
    assert _taken_up(doc, "Hamar-løperen") == "Kari Nordmann"
    doc = nlp("Ola Berg scoret to mål for Brann i går. Nordmannen har nå scoret ti mål denne sesongen.")
    assert _taken_up(doc, "Nordmannen") == "Ola Berg"


@pytest.mark.model
def test_an_age_takes_up_the_person_of_that_age(nlp):
    doc = nlp("Per Olsen (45) og Kari Lie (33) åpnet butikken i mars. Per Olsen står i kassa. "
              "33-åringen har ansvaret for regnskapet.")
    assert _taken_up(doc, "33-åringen") == "Kari Lie"


@pytest.mark.model
def test_no_epithet_for_someone_described_without_a_name_or_for_a_title_before_a_name(nlp):
    doc = nlp("En 40 år gammel mann ble pågrepet i natt. Politiinspektør Ola Berg ledet aksjonen. "
              "40-åringen nekter straffskyld.")
    assert _taken_up(doc, "40-åringen") is None
    doc = nlp("Kari Lie ble intervjuet i går. Etterpå møtte vi NHL-direktøren Kenneth Yaffe i hallen.")
    assert _taken_up(doc, "NHL-direktøren") is None


@pytest.mark.model
def test_the_quote_attribution_takes_the_epithets_person(nlp):
    text = "Adam Nowak scoret to mål for Brann i går.\n\n- Jeg er fornøyd med kampen, sier polakken."
    quotes = nlp(text)._.quotes
    assert [(q.text, q.speaker.name, q.speaker.type) for q in quotes] == [
        ("Jeg er fornøyd med kampen", "Adam Nowak", "person")]


@pytest.mark.model
def test_the_quote_attribution_keeps_an_epithet_for_someone_never_named_unresolved(nlp):
    text = ("En 40 år gammel mann ble pågrepet i natt. Politiinspektør Ola Berg ledet aksjonen.\n\n"
            "- Jeg er uskyldig, sier 40-åringen.")
    quotes = nlp(text)._.quotes
    assert len(quotes) == 1 and quotes[0].speaker.name != "Ola Berg" and quotes[0].speaker.type == "description"


@pytest.mark.model
def test_a_nationality_ending_like_a_feminine_suffix_says_no_gender(nlp):
    # "finnen" ends like "venninnen" but says nothing of a woman: the man named before is its person
    doc = nlp("Peter Kopteff spilte sin siste kamp for Viking onsdag. Likevel gikk finnen rundt i Viking-dressen.")
    assert _taken_up(doc, "finnen") == "Peter Kopteff"


@pytest.mark.model
def test_an_epithet_of_origin_and_its_relative_clause(nlp):
    # "kristiansanderen" of a place the article names takes up the man named before, also with a relative clause after
    text = ("Bryne-trener Rolf Teigen kom tilbake til Kristiansand lørdag.\n\n"
            "- Ingen kommentar, sier kristiansanderen som kom hjem og vant.")
    quotes = nlp(text)._.quotes
    assert [(q.text, q.speaker.name) for q in quotes] == [("Ingen kommentar", "Rolf Teigen")]


@pytest.mark.model
def test_epithets_not_the_subject_of_their_own_clause_nor_another_nationality(nlp):
    from nhotext.quotes.speakers import ArticleContext

    text = ("Martin Ødegaard har signert ny kontrakt med Arsenal.\n\n"
            "Manager Mikel Arteta beskriver nordmannen som en av verdens beste midtbanespillere.\n\n"
            "– Han er en leder på og utenfor banen, sier spanjolen.")
    doc = nlp(text)
    taken_up = {doc.text[m.start:m.end]: m.person.name for m in ArticleContext(doc).coref.mentions if m.kind == "title"}
    assert taken_up == {"nordmannen": "Martin Ødegaard", "spanjolen": "Mikel Arteta"}


def test_an_epithet_on_a_channel_number_takes_up_the_person_named_before(nlp):
    """"sier TV 2-eksperten": the prefix is the number of a name in capitals, and the two words one epithet."""
    text = "Tidligere keeper Per Lien mener at Viking er favoritt.\n\n- Jeg tipper 2-1, sier TV 2-eksperten."
    assert [q.speaker.name for q in nlp(text)._.quotes] == ["Per Lien", "Per Lien"]


def test_an_age_phrase_is_an_epithet_as_the_age_noun_is(nlp):
    """"Den 40 år gamle tennisstjerna sier ..." after "Per Lien er forlatt" (found in an unannotated NorNE train
    article): the person named before, as "40-åringen" would be; after "En 40 år gammel mann ble pågrepet" someone
    never named, in the fullest description (the phrase's own words were read as that introduction before)."""
    text = "Per Lien er forlatt av forloveden. Den 40 år gamle tennisstjerna sier han følte seg trampet på."
    assert [q.speaker.name for q in nlp(text)._.quotes] == ["Per Lien"]
    text = ("En 40 år gammel mann ble pågrepet. Politimester Kari Moe sier saken er alvorlig. Den 40 år gamle mannen "
            "nekter for at han var der.")
    assert [q.speaker.name for q in nlp(text)._.quotes] == ["Kari Moe", "en 40 år gammel mann"]


@pytest.mark.model
def test_an_epithet_or_a_title_in_the_genitive_takes_up_the_person_as_the_subject_form_does(nlp):
    # the genitive is the same noun: "nordmannens" is the Norwegian named before, and the nationality he was taken
    # up by first is "nordmannen" again (not a second nationality that bars him)
    doc = nlp("Ola Berg vant sprinten i Davos i går. Etter løpet ble nordmannens seier feiret med kake. "
              "Etterpå takket nordmannen laget.")
    assert _taken_up(doc, "nordmannens") == "Ola Berg"
    assert _taken_up(doc, "nordmannen") == "Ola Berg"
    doc = nlp("Biskop Kari Holm besøkte Tromsø i går. Etter besøket ble biskopens tale lagt ut på nettet.")
    assert _taken_up(doc, "biskopens") == "Kari Holm"

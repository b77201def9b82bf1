"""nhotext_unspaced: the trained components run on the Doc without its whitespace tokens."""

import pytest

pytestmark = pytest.mark.model

BROKEN = "Vi vant.\n\nI programmet skriver toppsjefen i ligaen, Per Arne Lund, at kampene er en gave til publikum."


def _words(doc):
    """(text, tag, dep, head's index among the words, entity type) of every word (whitespace tokens left out)."""
    words = [t for t in doc if not t.is_space]
    index = {t.i: k for k, t in enumerate(words)}
    return [(t.text, t.tag_, t.dep_, index.get(t.head.i), t.ent_type_) for t in words]


def test_unspaced_runs_the_trained_components_in_its_place(nlp):
    assert nlp.pipe_names[:2] == ["nhotext_paragraphs", "nhotext_unspaced"]
    trained = nlp.get_pipe("nhotext_unspaced").components
    assert {"tok2vec", "tagger", "parser", "ner"} <= set(trained) and set(trained) <= set(nlp.disabled)


def test_unspaced_a_paragraph_break_leaves_the_analysis_of_the_words_as_a_space_does(nlp):
    # the model never saw a "\n\n" token: in the Doc it changed the parse of the sentence after it
    assert _words(nlp(BROKEN)) == _words(nlp(BROKEN.replace("\n\n", " ")))


def test_unspaced_whitespace_tokens_hang_on_a_word_and_keep_the_text(nlp):
    text = "\n Kari Moe kom.\n\n\nHun sa at det gikk bra. \n"
    doc = nlp(text)
    assert doc.text == text
    spaces = [t for t in doc if t.is_space]
    assert spaces and all(t.pos_ == "SPACE" and t.tag_ == "_SP" and t.dep_ == "dep" and not t.ent_type_
                          for t in spaces)
    assert all(not t.head.is_space for t in doc)
    assert doc[0].head.text == "Kari"  # a leading one on the first word, the others on the word before
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Kari Moe"]
    assert [q.text for q in doc._.quotes] == ["det gikk bra"]


def test_unspaced_the_quote_after_a_break_is_found(nlp):
    assert [(q.text, q.speaker.name) for q in nlp(BROKEN)._.quotes] == [
        ("kampene er en gave til publikum", "Per Arne Lund")]


@pytest.mark.parametrize("text", ["", "\n\n", "Bare ett ord", "Ingen brudd her. Heller ikke her."])
def test_unspaced_texts_without_breaks_or_words(nlp, text):
    doc = nlp(text)
    assert doc.text == text and all(t.pos_ for t in doc if not t.is_space)


def test_unspaced_batches_give_what_one_doc_at_a_time_does(nlp):
    texts = [BROKEN, "Kort.", "\n\n", BROKEN.replace("Vi vant.", "Vi tapte.\n\nDet var trist.")]
    assert [_words(d) for d in nlp.pipe(texts, batch_size=2)] == [_words(nlp(t)) for t in texts]


def test_unspaced_news_typography_is_read_as_the_treebank_writes_it(nlp):
    # the treebank has straight quotes and hyphens: curly quotes changed the parse of this sentence
    plain = 'Det var "helt vilt", sa hun.\n\n- Vi kommer tilbake, sier Kari Moe.'
    typeset = plain.replace('"helt', "“helt").replace('vilt"', "vilt”").replace("- ", "– ")
    doc = nlp(typeset)
    assert doc.text == typeset
    assert [w[1:] for w in _words(doc)] == [w[1:] for w in _words(nlp(plain))]

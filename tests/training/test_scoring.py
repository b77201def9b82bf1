import spacy
from spacy.training import Example

from nhotext.training.scoring import make_score_org, ner_score_with_org


def _examples(nlp):
    words = ["Ole", "jobber", "i", "Equinor", "og", "bor", "i", "Oslo", "."]
    lemmas = ["Ole", "jobbe", "i", "Equinor", "og", "bo", "i", "Oslo", "."]
    ents = ["U-PER", "O", "O", "U-ORG", "O", "O", "O", "U-GPE_LOC", "O"]
    return [Example.from_dict(nlp.make_doc(" ".join(words)), {"words": words, "lemmas": lemmas, "entities": ents})]


def test_scoring_reports_org_f_at_the_top_level():
    nlp = spacy.blank("nb")
    examples = _examples(nlp)
    for example in examples:
        doc = example.predicted
        at = doc.text.index("Equinor")
        doc.ents = [doc.char_span(0, 3, label="PER"), doc.char_span(at, at + 7, label="ORG")]
    scores = ner_score_with_org(examples)
    assert scores["ents_org_f"] == 1.0
    assert scores["ents_f"] < 1.0  # Oslo missed


def test_scoring_callback_restores_the_lemmatizer_tree_map():
    nlp = spacy.blank("nb")
    nlp.add_pipe("trainable_lemmatizer", config={"min_tree_freq": 1})
    nlp.add_pipe("ner")
    nlp.initialize(lambda: _examples(nlp))
    trained = nlp.get_pipe("trainable_lemmatizer").tree2label
    assert trained
    copy = spacy.blank("nb")
    copy.add_pipe("trainable_lemmatizer", config={"min_tree_freq": 1})
    copy.add_pipe("ner")
    copy.get_pipe("trainable_lemmatizer").from_bytes(nlp.get_pipe("trainable_lemmatizer").to_bytes())
    assert not copy.get_pipe("trainable_lemmatizer").tree2label  # what spaCy 3.8 leaves after loading
    make_score_org()(copy, {"step": 0})
    assert copy.get_pipe("trainable_lemmatizer").tree2label == trained
    assert copy.get_pipe("ner").scorer is ner_score_with_org

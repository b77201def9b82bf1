from pathlib import Path

import pytest
from spacy.tokens import DocBin
from spacy.vocab import Vocab

from nhotext.training.ndt import convert, morph, read_docs, read_sentences, upos

SAMPLE = Path(__file__).parents[1] / "data" / "ndt_sample.tsv"


@pytest.fixture(scope="module")
def doc():
    docs = list(read_docs([SAMPLE], Vocab(), sentences_per_doc=10))
    assert len(docs) == 1
    return docs[0]


def test_ndt_heading_marker_is_dropped():
    sentences = list(read_sentences(SAMPLE))
    assert [t.form for t in sentences[0].tokens] == ["Klynger", "i", "Innlandet"]
    assert sentences[0].is_heading
    assert not sentences[1].is_heading


def test_ndt_text_spacing(doc):
    assert doc.text == (
        "Klynger i Innlandet NHO Innlandet støtter søknadene, sier Jon Kristiansen. "
        "De har søkt to ganger «før». "
    )


def test_ndt_sentences_and_heads(doc):
    assert [s.text.strip() for s in doc.sents] == [
        "Klynger i Innlandet",
        "NHO Innlandet støtter søknadene, sier Jon Kristiansen.",
        "De har søkt to ganger «før».",
    ]
    stotter = doc[5]
    assert stotter.text == "støtter" and stotter.dep_ == "ROOT"
    assert doc[3].head.i == 5 and doc[3].dep_ == "SUBJ"


def test_ndt_entities(doc):
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Innlandet", "GPE_LOC"),
        ("NHO Innlandet", "ORG"),
        ("Jon Kristiansen", "PER"),
    ]


def test_ndt_layers(doc):
    tok = {t.text: t for t in doc}
    assert tok["søknadene"].tag_ == "subst" and tok["søknadene"].pos_ == "NOUN"
    assert tok["NHO"].pos_ == "PROPN"
    assert tok["har"].pos_ == "AUX"
    assert tok["to"].pos_ == "NUM"
    assert tok[","].pos_ == "PUNCT" and tok[","].lemma_ == ","
    assert tok["søknadene"].lemma_ == "søknad"
    assert str(tok["søknadene"].morph) == "Definite=Def|Gender=Masc|Number=Plur"


@pytest.mark.parametrize(
    "pos,feats,form,lemma,expected",
    [
        ("subst", ["prop"], "Oslo", "Oslo", "PROPN"),
        ("subst", ["appell", "ent"], "bil", "bil", "NOUN"),
        ("verb", ["pres"], "kan", "kunne", "AUX"),
        ("verb", ["pres"], "sier", "si", "VERB"),
        ("det", ["kvant"], "2014", "2014", "NUM"),
        ("det", ["kvant", "fl"], "mange", "mange", "DET"),
        ("<strek>", ["_"], "–", "$–", "PUNCT"),
        ("sbu", ["_"], "at", "at", "SCONJ"),
        ("inf-merke", ["_"], "å", "å", "PART"),
    ],
)
def test_ndt_upos(pos, feats, form, lemma, expected):
    assert upos(pos, feats, form, lemma) == expected


@pytest.mark.parametrize(
    "feats,expected",
    [
        (["appell", "m/f", "ub", "ent"], "Definite=Ind|Gender=Fem,Masc|Number=Sing"),
        (["pres"], "Tense=Pres"),
        (["_"], ""),
        (["<adj>", "perf-part"], "Ndt=adj|VerbForm=Part"),
    ],
)
def test_ndt_morph(feats, expected):
    assert morph(feats) == expected


def test_ndt_convert_writes_docbin(tmp_path):
    out = tmp_path / "x.spacy"
    assert convert([SAMPLE], out, sentences_per_doc=2) == 2
    docs = list(DocBin().from_disk(out).get_docs(Vocab()))
    assert sum(len(list(d.sents)) for d in docs) == 3

"""Reader for the Norwegian Dependency Treebank (NDT) CoNLL format used by NorNE.

One token a line, tab-separated, a blank line between sentences::

    ID FORM LEMMA POS POS FEATS HEAD DEPREL _ name=IOB2

The reader turns sentences into spaCy ``Doc`` objects carrying every layer the
nhotext pipeline learns: the NDT part of speech in ``token.tag_``, a universal
POS in ``token.pos_`` (mapped by :func:`upos`), morphological features in
UD-style ``Key=Value`` form (mapped by :func:`morph`), lemma, dependency head
and NDT label, and entities (the nine NorNE types).

NDT keeps no information about the original spacing, so ``spaces`` are
reconstructed with the usual typographic rules (no space before ``,`` or ``.``,
none inside brackets or quotes). Headings end in an artificial ``|`` token
(feature ``<overskrift>``) that never occurs in real text; it is dropped.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo
from spacy.vocab import Vocab

from ..errors import MalformedDataError, TrainingDataError

logger = logging.getLogger(__name__)

ENTITY_LABELS = ("PER", "ORG", "LOC", "GPE_LOC", "GPE_ORG", "PROD", "EVT", "DRV", "MISC")

PUNCT_TAGS = {"clb", "<komma>", "<anf>", "<strek>", "<parentes-beg>", "<parentes-slutt>"}

# Verbs that UD Norwegian tags AUX (modals, tense and passive auxiliaries, copula).
AUX_LEMMAS = {"være", "vere", "bli", "verte", "ha", "kunne", "skulle", "ville", "måtte", "burde"}

NUMBER_WORDS = {
    "null", "en", "ein", "ett", "eitt", "to", "tre", "fire", "fem", "seks", "sju", "syv",
    "åtte", "ni", "ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten",
    "sytten", "atten", "nitten", "tjue", "tjuge", "tretti", "førti", "femti", "seksti",
    "sytti", "åtti", "nitti", "hundre", "tusen", "million", "millioner", "milliard",
    "milliarder", "halvannen", "halvanna",
}

SIMPLE_UPOS = {
    "adj": "ADJ",
    "prep": "ADP",
    "adv": "ADV",
    "konj": "CCONJ",
    "sbu": "SCONJ",
    "inf-merke": "PART",
    "interj": "INTJ",
    "symb": "SYM",
    "ukjent": "X",
}

# NDT feature value -> (UD feature, value). Values not listed are kept as
# ``Ndt=<value>`` so that no information is lost.
FEATURE_MAP = {
    "mask": ("Gender", "Masc"),
    "fem": ("Gender", "Fem"),
    "nøyt": ("Gender", "Neut"),
    "m/f": ("Gender", "Masc,Fem"),
    "ent": ("Number", "Sing"),
    "eint": ("Number", "Sing"),
    "fl": ("Number", "Plur"),
    "be": ("Definite", "Def"),
    "ub": ("Definite", "Ind"),
    "pos": ("Degree", "Pos"),
    "komp": ("Degree", "Cmp"),
    "sup": ("Degree", "Sup"),
    "pres": ("Tense", "Pres"),
    "pret": ("Tense", "Past"),
    "inf": ("VerbForm", "Inf"),
    "imp": ("Mood", "Imp"),
    "perf-part": ("VerbForm", "Part"),
    "pass": ("Voice", "Pass"),
    "gen": ("Case", "Gen"),
    "nom": ("Case", "Nom"),
    "akk": ("Case", "Acc"),
    "1": ("Person", "1"),
    "2": ("Person", "2"),
    "3": ("Person", "3"),
    "pers": ("PronType", "Prs"),
    "dem": ("PronType", "Dem"),
    "sp": ("PronType", "Int"),
    "kvant": ("PronType", "Tot"),
    "refl": ("Reflex", "Yes"),
    "poss": ("Poss", "Yes"),
    "fork": ("Abbr", "Yes"),
    "prop": ("NounType", "Prop"),
    "samset": ("Compound", "Yes"),
    "<ordenstall>": ("NumType", "Ord"),
}

# Punctuation-class and bookkeeping values that carry no morphology.
IGNORED_FEATURES = {"_", "appell", "<punkt>", "<ikke-clb>", "clb", "<overskrift>", "<kolon>",
                    "<spm>", "<utrop>", "<semi>", "<ellipse>", "<komma>", "hum", "unorm",
                    "ubøy", "forst", "res", "ufl", "høflig", "<dato>", "<romertall>"}

NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "»", "...", "…", "%", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "«"}


@dataclass
class NdtToken:
    id: int
    form: str
    lemma: str
    pos: str
    feats: list[str]
    head: int
    deprel: str
    ner: str


@dataclass
class NdtSentence:
    tokens: list[NdtToken] = field(default_factory=list)
    is_heading: bool = False


def upos(pos: str, feats: Sequence[str], form: str, lemma: str) -> str:
    """Map an NDT part of speech (with its features) to a universal POS tag."""
    if pos in PUNCT_TAGS:
        return "PUNCT"
    if pos == "subst":
        return "PROPN" if "prop" in feats else "NOUN"
    if pos == "verb":
        return "AUX" if lemma.lower() in AUX_LEMMAS else "VERB"
    if pos == "det":
        if "kvant" in feats and (form.replace(",", "").replace(".", "").isdigit()
                                 or lemma.lower() in NUMBER_WORDS):
            return "NUM"
        return "DET"
    if pos == "pron":
        return "PRON"
    return SIMPLE_UPOS.get(pos, "X")


def morph(feats: Sequence[str]) -> str:
    """Map NDT feature values to a spaCy morphology string (``Key=Value|...``)."""
    values: dict[str, set[str]] = {}
    for feat in feats:
        if feat in IGNORED_FEATURES:
            continue
        key, value = FEATURE_MAP.get(feat, ("Ndt", feat.strip("<>").replace("+", "_")))
        values.setdefault(key, set()).update(value.split(","))
    return "|".join(f"{key}={','.join(sorted(vals))}" for key, vals in sorted(values.items()))


def read_sentences(path: Path) -> Iterator[NdtSentence]:
    """Yield the sentences of one NDT CoNLL file, with heading markers removed."""
    sentence = NdtSentence()
    with path.open(encoding="utf-8-sig") as handle:
        for line_no, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue  # a comment line, as in CoNLL-U
            if not line.strip():
                if sentence.tokens:
                    yield _drop_heading_marker(sentence)
                sentence = NdtSentence()
                continue
            cols = line.split("\t")
            if len(cols) < 10 or not cols[0].isdigit() or not cols[6].isdigit():
                raise MalformedDataError(f"{path}:{line_no}: not an NDT CoNLL token line (10 tab-separated "
                                         f"columns, numeric ID and HEAD): {line[:60]!r}")
            ner = cols[9].removeprefix("name=")
            sentence.tokens.append(
                NdtToken(
                    id=int(cols[0]),
                    form=cols[1],
                    lemma=cols[2],
                    pos=cols[3],
                    feats=cols[5].split("|"),
                    head=int(cols[6]),
                    deprel=cols[7],
                    ner=ner if ner != "_" else "O",
                )
            )
    if sentence.tokens:
        yield _drop_heading_marker(sentence)


def _drop_heading_marker(sentence: NdtSentence) -> NdtSentence:
    tokens = sentence.tokens
    markers = [t for t in tokens if t.form == "|" and "<overskrift>" in t.feats]
    if not markers or len(tokens) == len(markers):
        return sentence
    removed = {t.id: t.head for t in markers}
    kept = [t for t in tokens if t.id not in removed]
    new_id = {t.id: i + 1 for i, t in enumerate(kept)}
    for token in kept:
        head = token.head
        while head in removed:  # re-attach anything that hung on the marker
            head = removed[head]
        token.head = new_id.get(head, 0)
        token.id = new_id[token.id]
    return NdtSentence(tokens=kept, is_heading=True)


def _lemma(token: NdtToken) -> str:
    lemma = token.lemma
    if lemma.startswith("$") and len(lemma) > 1:
        lemma = lemma[1:]
    return lemma or token.form


def sentence_text(sentence: NdtSentence) -> str:
    """The sentence as plain text, spaced as :func:`sentences_to_doc` spaces it."""
    forms = [t.form for t in sentence.tokens]
    return "".join(f + (" " if space else "") for f, space in zip(forms, _spaces(forms))).rstrip()


def _spaces(forms: Sequence[str]) -> list[bool]:
    spaces = [True] * len(forms)
    open_quote = False
    for i, form in enumerate(forms):
        if form in NO_SPACE_AFTER:
            spaces[i] = False
        if i + 1 < len(forms) and forms[i + 1] in NO_SPACE_BEFORE:
            spaces[i] = False
        if form == '"':
            if open_quote:  # closing quote: glue to the previous word
                if i > 0:
                    spaces[i - 1] = False
            else:
                spaces[i] = False
            open_quote = not open_quote
    if spaces:
        spaces[-1] = True
    return spaces


def sentences_to_doc(vocab: Vocab, sentences: Sequence[NdtSentence]) -> Doc:
    """Build one annotated ``Doc`` from consecutive NDT sentences."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool] = []
    iob: list[str] = []
    for sentence in sentences:
        offset = len(words)
        forms = [t.form for t in sentence.tokens]
        words.extend(forms)
        spaces.extend(_spaces(forms))
        for i, token in enumerate(sentence.tokens):
            tags.append(token.pos)
            pos.append(upos(token.pos, token.feats, token.form, token.lemma))
            morphs.append(morph(token.feats))
            lemmas.append(_lemma(token))
            heads.append(offset + token.head - 1 if token.head else offset + i)
            deps.append(token.deprel if token.head else "ROOT")
            sent_starts.append(i == 0)
            iob.append(token.ner)
    doc = Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs,
              lemmas=lemmas, heads=heads, deps=deps, sent_starts=list[bool | int | None](sent_starts))
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(_repair_iob(iob)))
    return doc


def _repair_iob(tags: list[str]) -> list[str]:
    """Turn an ``I-X`` that follows neither ``B-X`` nor ``I-X`` into ``B-X``."""
    fixed = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


def read_docs(paths: Iterable[Path], vocab: Vocab, sentences_per_doc: int = 10) -> Iterator[Doc]:
    """Yield Docs of up to ``sentences_per_doc`` consecutive sentences per file."""
    for path in paths:
        buffer: list[NdtSentence] = []
        for sentence in read_sentences(path):
            buffer.append(sentence)
            if len(buffer) >= sentences_per_doc:
                yield sentences_to_doc(vocab, buffer)
                buffer = []
        if buffer:
            yield sentences_to_doc(vocab, buffer)


def conll_files(directory: Path) -> list[Path]:
    files = sorted(directory.glob("*.conll"))
    if not files:
        raise TrainingDataError(f"no .conll files in {directory}: give a NorNE/NDT folder (e.g. norne-nob/train)")
    return files


def convert(
    sources: Sequence[Path], output: Path, *, sentences_per_doc: int = 10, shuffle_seed: int | None = None
) -> int:
    """Convert NDT folders into one spaCy ``DocBin`` file; returns the number of Docs."""
    vocab = Vocab()
    files = [f for source in sources for f in (conll_files(source) if source.is_dir() else [source])]
    docs = list(read_docs(files, vocab, sentences_per_doc))
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(docs)
    output.parent.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(output)
    logger.info("wrote %d docs from %d files to %s", len(docs), len(files), output)
    return len(docs)

"""Measure person coreference on NARC (Norwegian Anaphora Resolution Corpus, Bokmål; Mæhlum et
al., CRAC 2022): real news with coreference chains annotated by hand.

NARC documents are treebank sentences, one a line, tokens separated by spaces. They are rebuilt
into running text with the typographic spacing the model was trained on (offsets mapped), and
the NorNE file of the same sentences says which markables are person names (``PER``).

Three questions are scored, each against a baseline in the same run:

* **pronouns**: every ``han``/``hun``/``ham``/``henne``/``hans``/``hennes`` whose chain holds a
  person name before it. Right when the name mention it is resolved to lies in the same chain.
  Baseline: the nearest person name before it.
* **short names**: every person name with fewer words than the fullest name of its chain
  (``Kristiansen``, ``Kristin Halvorsens``, ``Elise``). Right when the name it is resolved to is
  the chain's fullest (genitive removed, case ignored). Baseline: the nearest name before it
  that ends with the same word (a surname lookup), else the name as written.
* **unnamed**: every ``han``/``hun`` in the narrative whose chain holds no person name before it
  (``en kvinne ... Hun``). Right when it is left unresolved or resolved inside its chain, not given
  someone else's name. Baseline: the nearest person name, which is wrong whenever there is one.

With the article context of the quote attribution (``context``: what the ``nhotext`` commands use, which
adds later mentions by title), two more:

* **descriptions**: every one-word definite singular noun (the treebank's ``subst appell be ent``:
  ``regiondirektøren``, ``treneren``, ``kvinnen``) whose chain holds a person name before it (a name, or a
  phrase the treebank heads by one: ``statsminister Stoltenbergs``). Right when it is resolved to a
  person with a name mention in the chain. Baseline: the nearest person name before it.
* **descriptions_unnamed**: every one-word definite role noun (one the title lexicon knows, also in the genitive:
  ``pavens``) or epithet (:mod:`nhotext.coref.epithets`: ``40-åringen``, ``nordmannen``, ``Start-treneren``) whose chain
  holds no person name before it (``sysselmannen`` of a report that never names him). Right when it is left
  unresolved or resolved inside its chain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lexicon import definite_title
from ..training.ndt import NdtToken, _spaces, read_sentences
from .epithets import epithet_kind
from .people import PERSON_PRONOUNS, People, clean_name, person_spans


@dataclass
class Markable:
    start: int
    end: int
    text: str
    chain: int = -1
    person_name: bool = False  # a name (every token PER in NorNE, capitalised)
    names_person: bool = False  # a name, or a phrase headed by one (``statsminister Stoltenbergs``)
    definite_noun: bool = False  # one definite common noun (``regiondirektøren``)


@dataclass
class NarcDocument:
    name: str
    text: str  # rebuilt running text
    markables: list[Markable] = field(default_factory=list)


def read_split(narc: Path, split: str) -> list[str]:
    names = []
    for line in (narc / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) >= 2 and cols[1] == split:
            names.append(cols[0])
    return names


def _norne_tokens(norne: Path, narc: Path, name: str) -> dict[tuple[str, ...], list[NdtToken]]:
    files: set[str] = set()
    for line in (narc / "split.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if cols[0] == name:
            files = {f for f in cols[2].split(",") if f}
    tokens: dict[tuple[str, ...], list[NdtToken]] = {}
    for stem in files:
        for folder in ("train", "dev"):
            path = norne / folder / f"{stem}.conll"
            if path.exists():
                for sentence in read_sentences(path):
                    tokens.setdefault(tuple(t.form for t in sentence.tokens), sentence.tokens)
    return tokens


def read_document(narc: Path, split: str, name: str, norne: Path) -> NarcDocument:
    """One NARC document: running text, markables with offsets into it, chains and which
    markables are person names."""
    raw = (narc / split / f"{name}.txt").read_text(encoding="utf-8")
    treebank = _norne_tokens(norne, narc, name)
    starts: dict[int, int] = {}  # raw offset of a token start -> offset in the rebuilt text
    ends: dict[int, int] = {}
    per: dict[int, bool] = {}  # raw token start -> tagged PER in NorNE
    definite: set[int] = set()  # raw token starts of definite singular common nouns
    heads: dict[int, int] = {}  # raw token start -> raw start of its head (none for the root)
    out: list[str] = []
    length = 0
    paragraph_break = False
    raw_position = 0
    for line in raw.split("\n"):
        if not line.strip():
            paragraph_break = length > 0
            raw_position += len(line) + 1
            continue
        separator = "" if length == 0 else "\n\n" if paragraph_break else " "
        out.append(separator)
        length += len(separator)
        paragraph_break = False
        forms = line.split(" ")
        gold = treebank.get(tuple(forms)) or []  # the treebank's tokens of the line
        offset = raw_position
        sentence = list(accumulate((len(f) + 1 for f in forms[:-1]), initial=raw_position))  # token starts
        for i, (form, space) in enumerate(zip(forms, _spaces(forms))):
            starts[offset] = length
            out.append(form)
            length += len(form)
            ends[offset + len(form)] = length
            token = gold[i] if i < len(gold) else None
            per[offset] = token is not None and token.ner.endswith("PER")
            if token is not None and token.pos == "subst" and {"appell", "be", "ent"} <= set(token.feats):
                definite.add(offset)
            if token is not None and 0 < token.head <= len(sentence):
                heads[offset] = sentence[token.head - 1]
            if space and i + 1 < len(forms):
                out.append(" ")
                length += 1
            offset += len(form) + 1
        raw_position += len(line) + 1
    text = "".join(out) + "\n"
    document = NarcDocument(name, text)
    ids: dict[str, int] = {}
    links: list[tuple[str, str]] = []
    for line in (narc / split / f"{name}.ann").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[1].startswith("Markable") and ";" not in cols[1]:  # not discontinuous
            _, a, b = cols[1].split()[:3]
            start, end = int(a), int(b)
            if start in starts and end in ends:
                tokens = list(_token_starts(raw, start, end))
                is_per = all(per.get(o, False) for o in tokens)
                # the markable's head: its token whose head lies outside it
                head = [o for o in tokens if heads.get(o) not in tokens]
                ids[cols[0]] = len(document.markables)
                document.markables.append(Markable(starts[start], ends[end], text[starts[start]:ends[end]],
                                                   person_name=is_per and cols[2][:1].isupper(),
                                                   names_person=bool(head) and per.get(head[0], False),
                                                   definite_noun=len(tokens) == 1 and start in definite))
        elif len(cols) >= 2 and cols[1].startswith("Coref"):
            args = dict(part.split(":") for part in cols[1].split()[1:])
            links.append((args["Arg1"], args["Arg2"]))
    parent = list(range(len(document.markables)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        if a in ids and b in ids:
            parent[root(ids[a])] = root(ids[b])
    for i, markable in enumerate(document.markables):
        markable.chain = root(i)
    return document


def _token_starts(raw: str, start: int, end: int) -> Iterator[int]:
    offset = start
    for form in raw[start:end].split(" "):
        yield offset
        offset += len(form) + 1


def _base(name: str) -> str:
    words = clean_name(name).split()
    return " ".join(words).casefold()


def chains(document: NarcDocument) -> dict[int, list[Markable]]:
    found: dict[int, list[Markable]] = {}
    for markable in document.markables:
        found.setdefault(markable.chain, []).append(markable)
    return found


def scored_pronouns(document: NarcDocument) -> Iterator[tuple[Markable, list[Markable]]]:
    """Every person pronoun of the document whose chain holds a person name before it, with its chain."""
    by_chain = chains(document)
    for markable in document.markables:
        chain = by_chain[markable.chain]
        if markable.text.lower() in PERSON_PRONOUNS and any(m.person_name and m.start < markable.start
                                                               for m in chain):
            yield markable, chain


def evaluate_narc(nlp: Language, narc: Path, norne: Path, split: str = "dev", details: bool = False,
                  context: Callable[[Doc], People] | None = None, resamples: int = 0) -> dict[str, Any]:
    """Pronoun and short-name resolution accuracy on the NARC documents of ``split``, with baselines;
    with ``context`` (the people of an article as the quote attribution knows them, later mentions by title
    included), the accuracy for definite descriptions too. With ``resamples``, ``intervals`` gives each
    accuracy's 95% interval by resampling documents (:mod:`nhotext.intervals`)."""
    documents = [read_document(narc, split, name, norne) for name in read_split(narc, split)]
    kinds = ("pronouns", "short_names", "unnamed") + (("descriptions", "descriptions_unnamed") if context else ())
    counts = {f"{kind}{part}": 0 for kind in kinds for part in ("", "_right", "_baseline")}
    counts["pronouns_rules"] = 0
    errors: list[str] = []
    units: list[dict[str, float]] = []  # each document's counts, for the intervals
    for document, doc in zip(documents, nlp.pipe(d.text for d in documents)):
        before = dict(counts)
        people = People(doc, person_spans(doc))
        rules = People(doc, people.spans, learned=False)
        names = people.spans
        for markable, chain in scored_pronouns(document):
            gender = PERSON_PRONOUNS[markable.text.lower()]
            counts["pronouns"] += 1
            found = people.antecedent(markable.start, gender)
            right = found is not None and in_chain(found.start, found.end, chain)
            counts["pronouns_right"] += right
            by_rule = rules.antecedent(markable.start, gender)
            counts["pronouns_rules"] += by_rule is not None and in_chain(by_rule.start, by_rule.end, chain)
            nearest = [s for s in names if s.end_char <= markable.start]
            counts["pronouns_baseline"] += bool(nearest) and in_chain(nearest[-1].start_char,
                                                                         nearest[-1].end_char, chain)
            if details and not right:
                errors.append(f"{document.name}@{markable.start}: {markable.text} -> "
                              f"{found.person.name if found else None}")
        by_chain = chains(document)
        for markable in document.markables:
            chain = by_chain[markable.chain] if markable.chain != -1 else [markable]
            if markable.text.lower() in ("han", "hun") and not people.in_quote(markable.start) \
                    and not any(m.person_name and m.start < markable.start for m in chain):
                counts["unnamed"] += 1
                found = people.antecedent(markable.start, PERSON_PRONOUNS[markable.text.lower()])
                counts["unnamed_right"] += found is None or in_chain(found.start, found.end, chain)
                counts["unnamed_baseline"] += not any(s.end_char <= markable.start for s in names)
        for markable in document.markables:
            named = [m for m in by_chain[markable.chain] if m.person_name]
            if markable.text.lower() not in PERSON_PRONOUNS and markable.person_name and named:
                fullest = max((_base(m.text) for m in named), key=lambda n: len(n.split()))
                if len(_base(markable.text).split()) >= len(fullest.split()) or len(fullest.split()) < 2:
                    continue
                counts["short_names"] += 1
                span = doc.char_span(markable.start, markable.end, alignment_mode="expand")
                person = people.person(markable.text, span.start if span is not None else 10**9)
                right = person is not None and _same_name(person.name, fullest)
                counts["short_names_right"] += right
                counts["short_names_baseline"] += _same_name(_surname_baseline(names, markable), fullest)
                if details and not right:
                    errors.append(f"{document.name}@{markable.start}: {markable.text} -> "
                                  f"{person.name if person else None} (gold {fullest})")
        if context is not None:
            errors += _score_descriptions(document, context(doc), counts, details)
        units.append({name: counts[name] - before[name] for name in counts})
    result: dict[str, Any] = {"split": split, "documents": len(documents)}
    for kind in kinds:
        n = counts[kind]
        result[kind] = n
        result[f"{kind}_accuracy"] = round(counts[f"{kind}_right"] / n, 4) if n else None
        result[f"{kind}_baseline"] = round(counts[f"{kind}_baseline"] / n, 4) if n else None
        if kind == "pronouns":
            result["pronouns_rules"] = round(counts["pronouns_rules"] / n, 4) if n else None
    if resamples:
        result["intervals"] = _intervals(units, kinds, resamples)
    if details:
        result["errors"] = errors
    return result


def _intervals(units: list[dict[str, float]], kinds: tuple[str, ...], resamples: int) -> dict[str, Any]:
    """Each accuracy's and baseline's 95% interval, documents resampled, and the interval of the accuracy's gain
    over its baseline on the same resamples (:func:`nhotext.intervals.bootstrap`)."""
    from ..intervals import LEVEL, SEED, Figure, bootstrap, gain, ratio

    figures: dict[str, Figure] = {"pronouns_rules": ratio("pronouns_rules", "pronouns")}
    for kind in kinds:
        figures[f"{kind}_accuracy"] = ratio(f"{kind}_right", kind)
        figures[f"{kind}_baseline"] = ratio(f"{kind}_baseline", kind)
        figures[f"{kind}_gain"] = gain(f"{kind}_right", f"{kind}_baseline", kind)
    intervals = bootstrap(units, figures, resamples=resamples)
    return {"resamples": resamples, "level": LEVEL, "seed": SEED, "unit": "document",
            **{name: list(interval) if interval else None for name, interval in intervals.items()}}


def _score_descriptions(document: NarcDocument, people: People, counts: dict[str, int],
                        details: bool) -> list[str]:
    """Count the definite descriptions of ``document`` (see the module's docstring) into ``counts``."""
    errors = []
    by_chain = chains(document)
    titled = {m.start: m.person for m in people.mentions if m.kind == "title"}
    named = [m for m in people.mentions if m.kind == "name"]
    for markable in document.markables:
        if not markable.definite_noun or markable.person_name:
            continue
        chain = by_chain[markable.chain]
        found = titled.get(markable.start)
        right = found is not None and any(m.person is found and in_chain(m.start, m.end, chain) for m in named)
        if any((m.person_name or m.names_person) and m.start < markable.start for m in chain):
            counts["descriptions"] += 1
            counts["descriptions_right"] += right
            nearest = [m for m in named if m.end <= markable.start]
            counts["descriptions_baseline"] += bool(nearest) and in_chain(nearest[-1].start, nearest[-1].end, chain)
            if details and not right:
                errors.append(f"{document.name}@{markable.start}: {markable.text} -> {found.name if found else None}")
        elif _role_noun(markable.text) or (token := _token(people, markable)) is not None and epithet_kind(token):
            counts["descriptions_unnamed"] += 1
            counts["descriptions_unnamed_right"] += found is None or right
            counts["descriptions_unnamed_baseline"] += not any(m.end <= markable.start for m in named)
            if details and not (found is None or right):
                errors.append(f"{document.name}@{markable.start}: {markable.text} -> {found.name if found else None}"
                              " (never named)")
    return errors


def _role_noun(word: str) -> bool:
    """A definite role noun the title lexicon knows, also in the genitive (``regiondirektøren``, ``pavens``)."""
    return definite_title(word) is not None or word.endswith("s") and definite_title(word[:-1]) is not None


def _token(people: People, markable: Markable) -> Token | None:
    span = people.doc.char_span(markable.start, markable.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) == 1 else None


def _same_name(found: str, gold: str) -> bool:
    """Names are the same person's when equal but for case and a genitive ``-s`` (NARC's fullest
    form is sometimes a genitive: ``Dagfinn Nordbøs``)."""
    a, b = found.casefold(), gold.casefold()
    return a == b or a + "s" == b or a == b + "s"


def in_chain(start: int, end: int, markables: list[Markable]) -> bool:
    """A mention is in a chain when one of its markables begins or ends with it (``Annan, som ...``;
    ``Kroatias ambassadør Kolinda Grabar-Kitarovic``), not merely contains it."""
    return any(m.start <= start and end <= m.end and (m.start == start or m.end == end) for m in markables)


def _surname_baseline(names, markable: Markable) -> str:
    last = _base(markable.text).split()[-1] if _base(markable.text) else ""
    for span in reversed([s for s in names if s.end_char <= markable.start]):
        words = _base(span.text).split()
        if words and words[-1] == last and len(words) > 1:
            return " ".join(words)
    return _base(markable.text)

"""``nhotext_paragraphs`` and ``nhotext_entity_bounds``: keep analysis inside paragraphs.

``nhotext_paragraphs`` runs first. It splits the full stop off a number that ends a sentence (see
:func:`split_final_numbers`), finds the paragraphs of ``doc.text`` with the
reader's rules (:func:`nhotext.reading.split_paragraphs`), stores their offsets
(``doc._.paragraph_offsets``; ``doc._.paragraphs`` gives token spans, see
:mod:`nhotext.extensions`) and marks each paragraph's first token as a
sentence start, so that the parser never joins two paragraphs into a sentence,
and a token after a word on the same line as no sentence start, so that it
never cuts a name after a heading (``Dora | Akunyili, leder ved ...``).

``nhotext_entity_bounds`` runs after the entity recognizer and cuts any entity
that crosses a paragraph boundary (or begins or ends on whitespace) back to the
part inside one paragraph.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from ..extensions import paragraph_spans
from ..lexicon import gender_of, normalize_title
from ..organizations import load_gazetteer
from ..organizations.kinds import cue_kind, kind_from_pattern
from ..reading import split_paragraphs

__all__ = ["clip_entities", "employers", "kind_nouns", "make_entity_bounds", "make_paragraphs", "paragraph_spans",
           "split_final_numbers", "split_person_tails", "suspended_compounds", "titled_people", "whole_names"]


@Language.factory("nhotext_paragraphs", assigns=["doc._.paragraph_offsets", "token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> Paragraphs:
    return Paragraphs()


CLOSING_MARKS = ("»", "”", ")")


class Paragraphs:
    def __call__(self, doc: Doc) -> Doc:
        split_final_numbers(doc)
        doc._.paragraph_offsets = [(p.start, p.end) for p in split_paragraphs(doc.text)]
        # sentence starts as an array set once (a token's is_sent_start setter checks the whole Doc each time)
        starts = doc.to_array([SENT_START]).astype("int64")
        for span in paragraph_spans(doc):
            if span.start > 0:
                starts[span.start] = 1
                # the whitespace between two paragraphs closes the previous sentence
                i = span.start - 1
                while i > 0 and doc[i].is_space:
                    starts[i] = -1
                    i -= 1
            # no sentence starts inside a line after a word: the parser may cut "Dora | Akunyili, leder ved
            # tilsynet, forteller ..." after a heading, and the name is lost to both halves
            for token in span[1:]:
                before = doc[token.i - 1]
                named = before.like_num and before.i > span.start and doc[before.i - 1].is_title  # "Sparebank 1"
                if (before.is_alpha or named) and starts[token.i] == 0 and "\n" not in before.whitespace_:
                    starts[token.i] = -1
                elif token.text in CLOSING_MARKS and not before.whitespace_ and starts[token.i] == 0:
                    starts[token.i] = -1  # "ditt.»": a closing mark after the full stop ends its sentence
        if len(doc):
            doc.from_array([SENT_START], cast(Ints2d, starts.reshape(-1, 1).astype("uint64")))  # -1 as spaCy keeps it
        return doc


def split_final_numbers(doc: Doc) -> Doc:
    """Split the full stop off a number that ends a sentence: ``til 2028.`` -> ``2028`` ``.``, ``til E24.`` ->
    ``E24`` ``.``.

    spaCy's Norwegian tokenizer keeps ``2028.`` whole, as it must keep the ordinal of ``3. mai``; the treebank
    the model learnt from writes a sentence's last number and its full stop as two tokens (147 years and 52 other
    numbers in NorNE train, no ``2028.`` token), so the parser took ``2028.`` for an ordinal of the next sentence
    and ``Det sier ...`` after it lost its clause. A number with a full stop ends its sentence when the text ends
    or a line breaks after it, or when the next word is capitalised and the number does not open its line (a
    numbered list: ``1. Innledning``).
    """
    splits = []
    for token in doc[:-1] if len(doc) else ():
        text = token.text
        if not _number_and_stop(text):
            continue
        after = doc[token.i + 1]
        line_start = token.i == 0 or "\n" in doc[token.i - 1].whitespace_ or doc[token.i - 1].text.endswith("\n")
        owned = token.i > 0 and doc[token.i - 1].lower_ in ORDINAL_DETERMINERS  # "sitt 16. VM-mål": an ordinal
        if "\n" in token.whitespace_ or (after.is_space and "\n" in after.text) \
                or (after.text[:1].isupper() and not line_start and not owned):
            splits.append(token)
    if len(doc) and _number_and_stop(doc[-1].text):
        splits.append(doc[-1])
    if splits:
        with doc.retokenize() as retokenizer:
            for token in splits:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 1), (token, 1)])
    return doc


# a possessive or the definite article before a number with a full stop makes it an ordinal, whatever follows
ORDINAL_DETERMINERS = {"sin", "si", "sitt", "sine", "hans", "hennes", "deres", "dens", "dets", "min", "mitt", "mine",
                       "din", "ditt", "dine", "vår", "vårt", "våre", "den", "det", "de"}


def _number_and_stop(text: str) -> bool:
    """A word that ends in a digit and a full stop: ``2028.``, ``3.``, ``1.000.``, also a name with a number
    (``E24.``, ``P3.``, ``E6.``)."""
    core = text[:-1]
    return text[-1:] == "." and core[-1:].isdigit() and core.replace(".", "").replace("-", "").isalnum()


@Language.factory("nhotext_entity_bounds", requires=["doc.ents"], assigns=["doc.ents"])
def make_entity_bounds(nlp: Language, name: str) -> EntityBounds:
    return EntityBounds()


class EntityBounds:
    def __call__(self, doc: Doc) -> Doc:
        doc.ents = employers(doc, titled_people(doc, titled_names(doc, split_person_tails(doc, whole_names(
            doc, name_particles(doc, suspended_compounds(doc, kind_nouns(doc, clip_entities(doc, paragraph_spans(
                doc))))))))))
        return doc


def whole_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """An entity that the words after it make a longer name the recognizer found elsewhere in the Doc runs on to
    that name (a headline's ``[Nordlys] Sjømat`` after the body's ``[Nordlys Sjømat]``): a name keeps its extent
    through the article. Only over capitalised words no other entity holds."""
    names = {tuple(t.text for t in ent) for ent in ents if len(ent) > 1}
    if not names:
        return ents
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    out = []
    for ent in ents:
        words = tuple(t.text for t in ent)
        longer = [n for n in names if len(n) > len(words) and n[:len(words)] == words
                  and tuple(t.text for t in doc[ent.end:ent.start + len(n)]) == n[len(words):]
                  and all(t.is_title or t.is_upper for t in doc[ent.end:ent.start + len(n)])
                  and not taken.intersection(range(ent.end, ent.start + len(n)))]
        if longer:
            ent = Span(doc, ent.start, ent.start + len(max(longer, key=len)), ent.label)
        out.append(ent)
    return out


def kind_nouns(doc: Doc, ents: list[Span]) -> list[Span]:
    """A noun that says what kind of organisation follows (``møbelprodusenten``, ``selskapet``): the name right
    after it is an organisation where the recognizer read it as a person or a place (``Møbelprodusenten
    [Ekornes]``), also where it read the noun into a person's name at a sentence start (``[Møbelprodusenten
    Ekornes]``); the noun the recognizer read as a name of its own before the name is none (``[Sjømatselskapet]
    [Nordlaks Havbruk]``). Not for a public body's noun (``etaten``), whose place names are bodies the gazetteer
    tells, nor a noun inside an organisation's name (``Sparebanken Vest``, ``Sykehuset Innlandet``)."""
    out = []
    for ent in ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if len(ent) == 1 and ent.label_ == "ORG" and ent[0].is_sent_start and _kind_noun(ent[0]) \
                and after is not None and after.ent_iob_ == "B":
            continue  # "[Sjømatselskapet] [Nordlaks Havbruk] fikk": the kind noun opening a sentence is no name
        named = ent.label_ in ("PER", "GPE_LOC", "LOC") and all(t.is_title or t.is_upper for t in ent)
        if named and ent.label_ == "PER" and len(ent) > 1 and ent[0].is_sent_start and _kind_noun(ent[0]):
            ent = Span(doc, ent.start + 1, ent.end, "ORG")
        elif named and before is not None and (before.is_lower or before.is_sent_start) and _kind_noun(before):
            ent = Span(doc, ent.start, ent.end, "ORG")
        out.append(ent)
    return out


def _kind_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and token.lower_.endswith(("en", "et", "a")) \
        and cue_kind(token.lower_) not in (None, "agency", "municipality", "government", "ministry")


def suspended_compounds(doc: Doc, ents: list[Span]) -> list[Span]:
    """An entity the recognizer ended on a compound's suspended first part (``Trøndelag brann-`` of ``Trøndelag
    brann- og redningstjeneste``) runs on through ``og``/``eller`` and the word that completes it, which no other
    entity holds."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    out = []
    for ent in ents:
        last = ent.end
        if len(ent[-1].text) > 2 and ent[-1].text.endswith("-") and last + 1 < len(doc) \
                and doc[last].lower_ in ("og", "eller") and doc[last + 1].is_alpha and doc[last + 1].is_lower \
                and ent[-1].whitespace_ != "" and last + 1 not in taken:
            ent = Span(doc, ent.start, last + 2, ent.label)
        out.append(ent)
    return out


# the small words inside names from abroad ("Ursula von der Leyen", "Vincent van Gogh", "Osama bin Laden"): the first
# no Norwegian word ("da", "de", "der" are "when", "they", "there": "sa Kari Moe da Trump kom")
NAME_PARTICLES = {"von", "van", "bin", "ibn", "af", "zu", "ten", "ter"}
LATER_PARTICLES = NAME_PARTICLES | {"der", "den", "de", "la", "le"}


def name_particles(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name the recognizer cut at its particles (``[Ursula von] der [Leyen]``) is one name: a ``PER``
    entity, the particles after it (or ending it) and the capitalised word after them, alone or the next ``PER``."""
    out: list[Span] = []
    skip = None
    for k, ent in enumerate(ents):
        if skip is not None and ent.start < skip:
            continue
        j = ent.end
        while j < len(doc) and doc[j].is_lower and doc[j].lower_ in (
                LATER_PARTICLES if j > ent.end or ent[-1].lower_ in NAME_PARTICLES else NAME_PARTICLES):
            j += 1
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if ent.label_ == "PER" and (j > ent.end or ent[-1].lower_ in NAME_PARTICLES) and j < len(doc) \
                and doc[j].is_title and not doc[j].is_sent_start:
            if nxt is not None and nxt.start == j and nxt.label_ == "PER":
                ent, skip = Span(doc, ent.start, nxt.end, "PER"), nxt.end
            elif not doc[j].ent_type_:
                ent = Span(doc, ent.start, j + 1, "PER")
        out.append(ent)
    return out


def employers(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name the recognizer read as a person right after a person and ``i``/``ved`` is where that person works
    (``Per Gunnar Lie i [Live Nation]``), an organisation: no one is "in" another person."""
    out: list[Span] = []
    for ent in ents:
        if ent.label_ == "PER" and out and out[-1].label_ == "PER" and out[-1].end + 1 == ent.start \
                and doc[ent.start - 1].lower_ in ("i", "ved"):
            ent = Span(doc, ent.start, ent.end, "ORG")
        out.append(ent)
    return out


def titled_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name the recognizer read as an organisation: right after a title noun (``Kringkastingsrådets
    leder [May-Helen Molvær Grimstad]``) or opening with a known first name, two to four capitalised words
    that no list knows as an organisation and no organisation's name pattern fits, become ``PER``."""
    out = []
    for ent in ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        titled = before is not None and _title_noun(before)
        if ent.label_ == "ORG" and 2 <= len(ent) <= 4 and (titled or gender_of(ent[0].text)) \
                and all(t.is_title and t.text.replace("-", "").isalpha() for t in ent) \
                and load_gazetteer().lookup(ent.text) is None and kind_from_pattern(ent.text) is None:
            ent = Span(doc, ent.start, ent.end, "PER")
        out.append(ent)
    return out


def _title_noun(token: Token) -> bool:
    """A lower-case noun the title lexicon knows (``landslagssjef``), as written before a person's name."""
    return token.is_lower and token.pos_ == "NOUN" and normalize_title(token.text) is not None


def titled_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two or three capitalised words no entity holds right after a title noun are a person's name (``Bosnias
    landslagssjef Safet Susic``, whose first name no list knows), unless a list or pattern knows them as an
    organisation; a title noun that ends an entity is cut from it (``[Bosnias landslagssjef]``)."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    out: list[Span] = []
    for ent in ents:
        if len(ent) > 1 and ent.label_ != "PER" and ent[-1].is_lower and normalize_title(ent[-1].text) is not None:
            taken.discard(ent.end - 1)
            ent = Span(doc, ent.start, ent.end - 1, ent.label)
        out.append(ent)
    for token in doc[:-2]:
        nxt = doc[token.i + 1]
        if not (nxt.is_title and token.i + 1 not in taken and _title_noun(token)):  # the cheap tests first
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and end not in taken and doc[end].is_title \
                and doc[end].text.replace("-", "").isalpha() and not doc[end].is_sent_start:
            end += 1
        words = doc[token.i + 1:end]
        if 2 <= len(words) <= 3 and load_gazetteer().lookup(words.text) is None \
                and load_gazetteer().lookup(words[0].text) is None and kind_from_pattern(words.text) is None:
            # (not "leder Arbeiderpartiet Oslo": an organisation the list knows and a place)
            out.append(Span(doc, words.start, words.end, "PER"))
            taken.update(range(words.start, words.end))
    return sorted(out, key=lambda e: e.start)


def split_person_tails(doc: Doc, ents: list[Span]) -> list[Span]:
    """A person's name the recognizer ran into the organisation before it (``historiker ved
    [Universitetet i Bergen Kari Lunde]``): a known first name and one or two more capitalised words
    that end a longer non-person entity become a ``PER`` entity of their own."""
    out = []
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    for ent in ents:
        split, end = None, ent.end
        if ent.label_ != "PER" and len(ent) >= 3:
            for k in range(ent.end - 3, ent.end - 1):
                if k > ent.start and gender_of(doc[k].text) and doc[k].is_title \
                        and all(t.is_title and t.is_alpha for t in doc[k:ent.end]) \
                        and doc[k - 1].lower_ not in ("og", "&", "-", "von", "van", "de"):
                    split = k
                    break
            last = doc[ent.end - 1]
            if split is None and gender_of(last.text) and last.is_title and doc[ent.end - 2].is_lower \
                    and ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].is_alpha \
                    and ent.end not in taken:
                # the first name ends the entity, the surname after it is outside ("[VGs fotballkommentator
                # Truls] Dæhli"): the title noun before it says the words before are no name of the person
                split, end = ent.end - 1, ent.end + 1
        if split is None:
            out.append(ent)
        else:
            head = split
            while head > ent.start and doc[head - 1].is_lower:
                head -= 1  # the title noun is no part of the organisation's name ("VGs fotballkommentator")
            out += [Span(doc, ent.start, head, ent.label)] if head > ent.start else []
            out.append(Span(doc, split, end, "PER"))
    return out


def clip_entities(doc: Doc, paragraphs: list[Span]) -> list[Span]:
    """Entities of ``doc`` cut to the paragraph where they start, without edge whitespace."""
    paragraph_end = {}
    for span in paragraphs:
        for i in range(span.start, span.end):
            paragraph_end[i] = span.end
    clipped = []
    for ent in doc.ents:
        start, end = ent.start, min(ent.end, paragraph_end.get(ent.start, ent.end))
        while start < end and (doc[start].is_space or start not in paragraph_end):
            start += 1
        end = min(end, paragraph_end.get(start, end))
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            clipped.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, ent.label))
    return clipped

"""The content clause of a reporting verb in the parse: the finite clause it governs (``sier at ...``), a question
clause under a verb of asking (``spør han når ...``), a clause after a preposition (``advarer om at``), and the
characters that make the quote of it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicon import BARE_CLAUSE_CUES, reporting_verb_set
from .parse import COORDINATED, asks, misread_apposition
from .types import rstrip_span

CLAUSE_LABELS = {"DOBJ", "ccomp", "obj"}
PREPOSITION_OBJECT = {"PUTFYLL", "pobj"}
CLAUSE_PREPOSITIONS = {"om", "for", "på", "med", "til", "i", "mot", "ved"}  # "advarer om/mot at", "står fast ved at"
# where a clause of content ends inside its sentence: a dash aside, a contrast with another source
CLAUSE_BREAKS = {"–", "—", "-", "mens", "samtidig"}  # ", samtidig som X ...": a clause of time
# A reported question: a verb of asking (parse.QUESTION_VERBS) and a clause opened by a question word or "om"
# (GUIDELINES: indirect questions are indirect quotes).
QUESTION_WORDS = {"om", "hva", "hvem", "hvor", "når", "hvordan", "hvorfor", "hvilken", "hvilket", "hvilke"}
# wh-words that open what a verb of saying states (not "om" or "når", which also open adverbials)
STATED_WH = {"hvordan", "hvorfor", "hvilken", "hvilket", "hvilke"}
LEADING_WORDS = {"at", "men", "og"}
FREE_RELATIVES = {"hva", "hvem"}
AMOUNTS = {"mye", "lite", "litt", "noe", "alt", "sitt", "ingenting", "endel"}  # "sier litt om", "sier utsagnet mye"


def content_clause(verb: Token) -> Token | None:
    """The finite verb heading the content clause of a reporting verb, if it has one; for a verb
    of asking, also a question clause the parser took for an adverbial (``spør han når sønnen kommer
    hjem``: ``når`` reads as "when")."""
    asking = asks(verb)
    for child in verb.children:
        if child.dep_ in CLAUSE_LABELS and child.pos_ in ("VERB", "AUX") and child.i > verb.i \
                and "Inf" not in child.morph.get("VerbForm", []) and not misread_apposition(child) \
                and not any(g.lower_ == "som" and g.i < child.i for g in child.children) \
                and not _verb_first(verb, child) and not _adverbial_opener(child, asking) \
                and (asking or child.left_edge.lower_ not in FREE_RELATIVES):
            # a finite clause, not an infinitive ("ba statsministeren møte pasientene") nor a relative clause the
            # parser hung on the verb ("forteller historien om en historiker ..., men som tier"), nor one that opens
            # with its finite verb: the main clause after the cue's fronted one ("Når journalister spør ekspertene om
            # årsaker svarer de") or a relative clause's gap ("det hun mener er byens beste bartender"), nor, but
            # after a verb of asking, a free relative: an object, no content ("Trump sier akkurat hva han mener")
            return child
        if _at_adverbial(verb, child):
            return child  # "gjentok der både at han hadde drømt om ...": read as an adverbial after "der både"
        if child.i > verb.i and child.pos_ in ("VERB", "AUX") and any(
                g.lower_ in (QUESTION_WORDS if asking else STATED_WH) and g.i < child.i for g in child.subtree):
            return child  # "spør han når ...", "understreket hvilket viktig redskap FN er": a finite wh-clause
        if child.lower_ in CLAUSE_PREPOSITIONS and child.i > verb.i and not _purpose(verb, child):
            for grandchild in child.children:
                if grandchild.dep_ in PREPOSITION_OBJECT and grandchild.pos_ in ("VERB", "AUX") and (
                        any(g.lower_ == "at" or g.lower_ == "om" and g.pos_ == "SCONJ" for g in grandchild.children)
                        or asking and any(
                        g.lower_ in QUESTION_WORDS and g.i < grandchild.i for g in grandchild.subtree)):
                    return grandchild  # "advarer om at ...", "spekulert på om ...", "spør ham om hva han tenker"
    return _joined_after_object(verb) or _clause_on_object(verb) or _hung_on_a_name(verb) \
        or _on_inverted_subject(verb)


def content_read_as_relative(subject: Token) -> Token | None:
    """A finite clause with a subject of its own and no relative word that the parser hangs on an inverted subject
    as a relative clause (``hevder forsvaret [han er uskyldig]``): the content of a verb that takes no ``at``."""
    for clause in subject.rights:
        if clause.dep_ in ("ATR", "acl:relcl") and clause.morph.get("Tense", []) \
                and not any(t.lower_ in ("som", "der", "hvor", "da", "når") for t in clause.lefts) \
                and any(c.dep_ in ("SUBJ", "nsubj") and c.i < clause.i for c in clause.children):
            return clause
    return None


def subject_last(subject: Token, verb: Token) -> Token:
    """The last word of ``verb``'s subject phrase: its right edge, or the word before a content clause the parser
    hangs on an inverted subject (``hevder forsvaret han er uskyldig``: ``forsvaret``)."""
    clause = content_read_as_relative(subject) if subject.i > verb.i else None
    return subject.doc[clause.left_edge.i - 1] if clause is not None else subject.right_edge


def _on_inverted_subject(verb: Token) -> Token | None:
    """The content clause of ``hevder forsvaret han er uskyldig`` (a verb that takes a clause without ``at``),
    which the parser hangs on the inverted subject."""
    if verb.lower_ not in BARE_CLAUSE_CUES:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("SUBJ", "nsubj") and c.i > verb.i), None)
    return content_read_as_relative(subject) if subject is not None else None


# subordinators that open a clause of time, cause or condition, never a content clause ("sier X idet ...")
ADVERBIAL_OPENERS = {"idet", "mens", "fordi", "dersom", "hvis", "da", "når", "etter", "før", "siden"}


def _adverbial_opener(clause: Token, asking: bool) -> bool:
    """A clause the parser made a cue's object that opens with a subordinator of time, cause or condition (``sier
    Spisevennen idet kyllingvingene kommer``); for a verb of asking ``når`` is a question word."""
    opener = next((c for c in clause.children if c.dep_ in ("SBU", "mark") and c.i < clause.i), None)
    if opener is None and clause.head.i < clause.left_edge.i:  # the parser hung it on the cue ("sier Trump mens
        # Steve Bannon forsøker å ...")
        opener = next((t for t in clause.doc[clause.head.i + 1:clause.left_edge.i] if t.pos_ == "SCONJ"), None)
    return opener is not None and opener.lower_ in ADVERBIAL_OPENERS and not (asking and opener.lower_ == "når")


def _at_adverbial(verb: Token, clause: Token) -> bool:
    """A finite clause after the cue that the parser calls an adverbial but that opens with a bare ``at`` (or ``både
    at``): no adverbial clause does (``slik at``, ``for at`` open with their own word), a content clause does."""
    if clause.dep_ not in ("ADV", "advcl") or clause.i < verb.i or clause.pos_ not in ("VERB", "AUX") \
            or not clause.morph.get("Tense", []):
        return False
    edge = clause.left_edge
    opener = edge.nbor(1) if edge.lower_ == "både" and edge.i + 1 < clause.i else edge
    return opener.lower_ == "at" and opener.dep_ in ("SBU", "mark") and opener.head.i == clause.i


def _verb_first(verb: Token, clause: Token) -> bool:
    """A clause that opens with its finite verb: a content clause never does, unless the parser left its ``om``/``at``
    and subject behind (``spør om uka har levd opp til``); its subject right after it makes it a main clause
    (``Når journalister spør fagekspertene om årsaker svarer de``)."""
    if clause.left_edge.i != clause.i:
        return False
    opened = any(t.lower_ in ("om", "at") for t in verb.doc[verb.i + 1:clause.i])
    inverted = any(c.dep_ in ("SUBJ", "nsubj") and c.i == clause.i + 1 for c in clause.children)
    return not opened or inverted


def _purpose(verb: Token, preposition: Token) -> bool:
    """``for at`` after the verb's object, where verb, object and ``for`` make no cue (``krever en garanti fra
    utbyggeren for at ...``, ``kreves det vedtak for at ...``): a purpose, not what is said (``gir uttrykk for at``
    is a cue)."""
    if preposition.lower_ != "for":
        return False
    objects = [c for c in verb.children if c.dep_ in ("DOBJ", "obj") and c.pos_ == "NOUN" and c.i < preposition.i]
    return bool(objects) and f"{verb.lower_} {objects[0].lower_} for" not in reporting_verb_set()


def _hung_on_a_name(verb: Token) -> Token | None:
    """An ``at``-clause the parser hangs on a name after the cue (``skriver kommunikasjonssjef Åse Nordhagen i Vy at
    ...``: on ``Vy``): the first verb after the cue, opened by ``at``, whose head is a name or noun of the cue's own
    phrase."""
    nxt = next((t for t in verb.doc[verb.i + 1:verb.sent.end] if t.pos_ in ("VERB", "AUX")), None)
    if nxt is None or nxt.head.pos_ not in ("PROPN", "NOUN", "ADJ") or not verb.is_ancestor(nxt.head) \
            or "Inf" in nxt.morph.get("VerbForm", []):
        return None
    opener = next((c for c in nxt.children if c.i < nxt.i and c.dep_ in ("SBU", "mark")), None)
    return nxt if opener is not None and opener.lower_ == "at" and opener.i == nxt.left_edge.i else None


OBJECT_CLAUSE_PREPOSITIONS = {"med", "om", "mot"}


def _clause_on_object(verb: Token) -> Token | None:
    """A content clause the parser hangs on the cue's object by its preposition (``forklarer henleggelsen med at
    ...``, ``advarte regjeringen om at ...``)."""
    obj = next((c for c in verb.children if c.dep_ in ("DOBJ", "obj", "IOBJ", "iobj") and c.i > verb.i), None)
    for prep in (c for c in obj.children if c.i > obj.i and c.lower_ in OBJECT_CLAUSE_PREPOSITIONS) if obj else ():
        for clause in prep.children:
            if clause.dep_ in PREPOSITION_OBJECT and clause.pos_ in ("VERB", "AUX") and any(
                    g.lower_ == "at" and g.dep_ in ("SBU", "mark") and g.i < clause.i for g in clause.children):
                return clause
    return None


def _joined_after_object(verb: Token) -> Token | None:
    """A content clause the parser coordinates with the cue after the cue's object (``bekreftet brannen, men at
    ingen var skadet``, ``påpekte likhetene - men at ...``): ``at`` and a conjunction open it."""
    obj = next((c for c in verb.children if c.dep_ in ("DOBJ", "obj") and c.i > verb.i), None)
    if obj is None:
        return None
    return next((c for c in verb.children if c.dep_ in COORDINATED and c.i > obj.i and c.pos_ in ("VERB", "AUX")
                 and any(g.lower_ == "at" and g.dep_ in ("SBU", "mark") for g in c.children)
                 and any(g.dep_ in ("KONJ", "cc") and g.lower_ in ("men", "og") for g in c.children)), None)


def with_second_clause(verb: Token, clause: Token, sent: Span, span: tuple[int, int]) -> tuple[int, int]:
    """The span of a clause of content and of a second one under the same cue (``hevdes det at ..., og at han
    ...``: GUIDELINES, two clauses under one cue are one quote), which the parser may hang on the cue itself."""
    subjects = [c for c in verb.children if c.dep_ in ("SUBJ", "nsubj")]
    stray = next((c for c in subjects if verb.i < c.i and c.right_edge.i + 1 == clause.left_edge.i), None) \
        if any(c.i < verb.i for c in subjects) and clause.left_edge.lower_ not in ("at", "om") else None
    if stray is not None:  # "Cathrine sier hun flere ganger må hjelpe ham": the parser gave the cue the clause's
        span = (stray.left_edge.idx, span[1])  # subject as a second one of its own
    second = next((c for c in verb.children if c.dep_ in COORDINATED and c.i > clause.i and c.pos_ in ("VERB", "AUX")
                   and any(g.lower_ == "at" and g.i < c.i for g in c.children)), None)
    # "tilføyer at han søkte til tre prosjekter, hvorav «Miss Landmine» bare var ett": a relative clause on the
    # content's last words, which the parser hangs on the cue as a second object
    second = second or next((c for c in verb.children if c.i > clause.i and c.dep_ == clause.dep_
                             and c.left_edge.lower_ in RELATIVE_ADVERBS
                             and c.doc[c.left_edge.i - 1].text == ","
                             and c.left_edge.i - 1 in (clause.right_edge.i, clause.right_edge.i + 1)),
                            None)
    if second is None:
        return span
    return span[0], max(span[1], clause_span(second, sent)[1])


def clause_span(clause: Token, sent: Span) -> tuple[int, int]:
    """Characters of the clause's subtree, without ``at``/``Men`` (or the ``om`` of a yes-no question) in front and
    the full stop."""
    # in text order: a question word the parser hangs on a preposition later in the clause comes first
    tokens = sorted((t for t in clause.subtree if sent.start <= t.i < sent.end), key=lambda t: t.i)
    at = next((c for c in clause.children if c.lower_ == "at" and c.i < clause.i), None)
    if at is not None and tokens and tokens[0].i < at.i:  # an at-clause opens with "at", not with words the parse
        tokens = [t for t in tokens if t.i >= at.i]  # hung on it ("«...», sier X, og legger til at")
    while tokens and (tokens[0].lower_ in LEADING_WORDS or tokens[0].is_punct
                      or tokens[0].lower_ == "både" and len(tokens) > 1 and tokens[1].lower_ == "at"
                      or tokens[0].lower_ == "om" and tokens[0].pos_ == "SCONJ") \
            and not (tokens[0].text == "«" and any(t.text == "»" for t in tokens)):  # «Dr. M.» opening the clause
        tokens = tokens[1:]
    # not a dash and "og", which goes on with the report ("har et globalt etisk ansvar - og en særlig relevans")
    cut = next((k for k, t in enumerate(tokens) if k > 2 and t.lower_ in CLAUSE_BREAKS
                and (t.is_punct or tokens[k - 1].text == ",")
                and not (t.is_punct and k + 1 < len(tokens) and tokens[k + 1].lower_ == "og")), None)
    if cut is not None:
        tokens = tokens[:cut]
    elif tokens:
        while len(tokens) > 1 and tokens[-1].text == ",":
            tokens.pop()  # the comma the parser hangs on the clause's last word
        tokens += _closing_apposition(tokens[-1], sent)
    if not tokens:
        return clause.idx, clause.idx
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    base = sent.start_char  # the sentence's text, not Doc.text, which joins the whole article on every call
    return start, base + rstrip_span(sent.text, start - base, end - base, keep_stop=False)


RELATIVE_ADVERBS = {"hvorav", "hvorpå", "hvorfra", "hvori", "hvormed", "hvorved", "hvortil", "hvorunder"}
APPOSITION_OPENERS = {"NUM", "DET", "PRON", "NOUN", "ADJ"}


def _closing_apposition(last: Token, sent: Span) -> list[Token]:
    """A phrase without a verb after the clause's last comma that ends the sentence (``to nye uttalelser, en fra en
    tysk og en fra en britisk professor``): the clause's own, wherever the parser hangs it; not a phrase that opens
    with a preposition (``, til NTB``, ``, ifølge NTB``)."""
    doc = last.doc
    if last.i + 2 >= sent.end or doc[last.i + 1].text != "," or doc[last.i + 2].pos_ not in APPOSITION_OPENERS:
        return []
    end = sent.end
    while end > last.i + 1 and doc[end - 1].is_punct:
        end -= 1
    # stops at the first verb: a long sentence is not walked to its end for every clause in it
    if any(t.pos_ in ("VERB", "AUX") or t.text in ",;:«»\"" for t in doc[last.i + 2:end]):
        return []
    return list(doc[last.i + 1:end])


def object_after_cue(doc: Doc, start: int, cue: Span | None) -> bool:
    """Whether the words after a bare cue that asks nothing are its object, no content: past adverbs, a free relative
    (``hva``/``hvem``: ``sier akkurat hva han mener``) or an amount with ``om``, what something tells of (``sier litt
    om forventet målgruppe``; not ``sier ingenting er avgjort``); after ``spør`` the words are a question."""
    if cue is None or not len(cue) or asks(cue[0]):
        return False
    rest = doc.char_span(start, min(start + 60, len(doc.text)), alignment_mode="expand")
    first = next((t for t in rest or () if t.pos_ != "ADV" and not t.is_space), None)
    return first is not None and (first.lower_ in FREE_RELATIVES or first.lower_ in AMOUNTS
                                  and first.i + 1 < len(doc) and doc[first.i + 1].lower_ == "om")


def not_saying(cue: Token, after_comma: bool = True) -> bool:
    """A cue's form after its source's clause that says nothing: an adjective the tagger read (``grå skifertak,
    svarte tak``), a participle (``har skremt, truet og provosert omverdenen``: an attribution's verb is finite), a
    verb with a thing written for object (:func:`written_work`) or one after a comma in a question (``at han var USAs
    første, svarte president?``: an adjective the tagger read as a verb; ``- slik Lunde selv mener?`` asks) or an
    amount for object (``..., sier utsagnet mye``: tells of it, no report)."""
    return cue.pos_ == "ADJ" or "Part" in cue.morph.get("VerbForm", []) or written_work(cue) \
        or after_comma and cue.doc.has_annotation("SENT_START") and cue.sent[-1].text == "?" \
        or any(c.i > cue.i and c.lower_ in AMOUNTS for c in cue.children)



def written_work(verb: Token) -> bool:
    """A cue after its source with a thing for object: what was written or made, not what was said (``Inspirert av
    boken ..., skrev Mick Jagger «Sympathy For the Devil» i 1968``; not ``, forteller hun oss``, ``, sier han til
    NTB``)."""
    # a work's title under the verb after a person, whatever role the parser gives it (not the source itself, a
    # newspaper read as a product: "melder Romsdals Budstikke")
    # (not an apposition set off after the source that the parser made the object: ", sier Kari Moe, leder i NHO,")
    doc = verb.doc
    return any(c.i > verb.i and (c.dep_ in ("DOBJ", "obj") and c.pos_ == "NOUN" and doc[c.i - 1].text != ","
                                 or c.ent_type_ == "PROD" and any(t.ent_type_ == "PER" for t in doc[verb.i + 1:c.i]))
               for c in verb.children)

"""Questions the attribution asks of the dependency parse: about a word at a character offset, and where a reported
clause ends."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..coref import genitive
from ..lexicon import (
    DEP_LABELS,
    ORG_NOUNS,
    PRONOUNS,
    TIED_BY,
    UNNAMED,
    definite_title,
    normalize_title,
    reporting_verb_set,
)
from .types import rstrip_span


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def owns_at(doc: Doc, end: int) -> bool:
    """Whether the word ending at character ``end`` is a possessor (:func:`possessor`): ``Cathrines`` of
    ``Cathrines mor``."""
    token = _token_at(doc, end - 1)
    return token is not None and possessor(token)


def main_clause(doc: Doc, offset: int) -> bool:
    """Whether the word at ``offset`` belongs to its sentence's main clause (its head is the root):
    ``Anders Solheim`` in ``Anders Solheim forteller at alpinister som Aksel Lund Svindal følges opp``,
    not ``Aksel Lund Svindal``."""
    token = _token_at(doc, offset)
    if token is None:
        return False
    head = token.head
    return head.dep_ in ("ROOT", "root") or head.i == head.sent.root.i


# Verbs of dying, by lemma and form (the lemmatizer may leave "omkom"): "omkom", "døde", "ble drept", "mistet livet"
DYING = {"dø", "døde", "omkomme", "omkom", "omkommet", "drepe", "drept", "drepes", "forulykke", "forulykket"}


def dies(doc: Doc, offset: int) -> bool:
    """Whether the name at ``offset`` is the subject of a verb of dying (``Jorge Martínez Boero omkom``,
    ``Kari Moe mistet livet``): the narrative reports a death."""
    token = _token_at(doc, offset)
    if token is None:
        return False
    verb = token.head
    if verb.lemma_.lower() in ("bli", "være") and verb.i != token.i:  # "ble drept": the participle
        verb = next((c for c in verb.children if c.dep_ in ("SPRED", "xcomp", "INFV")), verb)
    return bool({verb.lemma_.lower(), verb.lower_} & DYING) or verb.lemma_.lower() == "miste" and any(
        c.lower_ == "livet" for c in verb.children)


def in_prepositional_phrase(doc: Doc, offset: int) -> bool:
    """Whether the name at ``offset`` is the object of a preposition (or a name part under it, or a name
    coordinated with one: ``hos næringsminister Trond Giske og arbeidsminister Hanne Bjurstrøm``)."""
    token = _token_at(doc, offset)
    if token is None:
        return False
    while token.dep_ in ("FLAT", "flat", "flat:name", "KOORD", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("PUTFYLL", "pobj", "obl", "nmod") and token.head.pos_ == "ADP"


def oblique(doc: Doc, offset: int, sources: tuple[str, ...] = ("av", "ifølge")) -> bool:
    """Whether the name at ``offset`` stands in a prepositional phrase other than a passive's agent: a place
    or goal talked about (``anke dommen inn for Frostating lagmannsrett``), not the actor (``dømt av en
    enstemmig Sunnmøre herredsrett``) nor a source (``ifølge Echo Nest``)."""
    if not in_prepositional_phrase(doc, offset):
        return False
    token = _token_at(doc, offset)
    while token is not None and token.pos_ != "ADP" and token.head.i != token.i:
        token = token.head
    return token is None or token.lower_ not in sources


def misread_apposition(token: Token) -> bool:
    """A title after a name and a comma, tied to what it heads, that the tagger read as a verb (``sier Ola
    Nilsen, leder for miljørådgivende seksjon``: ``leder`` as "leads", with the name as its subject across the
    comma, which Norwegian never sets between a subject and its verb): an apposition, no clause."""
    doc = token.doc
    return token.pos_ in ("VERB", "AUX") and token.i >= 2 and doc[token.i - 1].text == "," \
        and doc[token.i - 2].pos_ == "PROPN" and token.i + 1 < len(doc) \
        and doc[token.i + 1].lower_ in TIED_BY and normalize_title(token.lower_) is not None \
        and not any(c.dep_ in DEP_LABELS["subject"] and c.i > token.i for c in token.children)  # the name is no subject


def finite_at(doc: Doc, offset: int) -> bool:
    """Whether the word at ``offset`` is a finite verb (not a title after a name the tagger read as one)."""
    token = _token_at(doc, offset)
    return token is not None and token.pos_ in ("VERB", "AUX") and bool(token.morph.get("Tense", [])) \
        and not misread_apposition(token)


def inverted_subject(doc: Doc, offset: int, cue: Span | None) -> bool:
    """Whether the word at ``offset``, right after a cue, is the cue's own subject after a fronted
    adverbial (``Tidligere på dagen sier mamma til Cathrine at ...``): the parse then finds the
    reported clause, and the words after the cue are not it."""
    if cue is None or not doc.has_annotation("DEP"):
        return False
    word = _token_at(doc, offset)
    if word is None:
        return False
    subject = next((c for c in cue[0].children if c.dep_ in DEP_LABELS["subject"] and c.i > cue[0].i), None)
    # the subject itself or a word of it: "sa forsvarer Geir Lippestad at" (the title in apposition)
    return subject is not None and subject.left_edge.i <= word.i <= subject.right_edge.i


def possessor(token: Token) -> bool:
    """A name in the genitive before the noun it owns (``Espens respons``); not a genitive that ends
    the clause (``sier Haarders``, a misread)."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return genitive(token) and nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN", "NUM") and not nxt.is_punct


def names_someone(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc.text[start:end]`` names someone, resolvable or not (``kvinnen``, ``lederen i
    organisasjonen``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any((t.lower_ in PRONOUNS and t.pos_ in ("PRON", "")) or t.lower_ in UNNAMED or t.lower_ in ORG_NOUNS
               or t.ent_type_ or definite_title(t.text) for t in span)


def matrix_resumes(sent: Span, start: int, end: int, cue: Span | None = None) -> int:
    """Where the sentence goes on after the reported clause: a comma followed by a finite verb
    (``Da Borat sa at alle kvinner er slaver, tenkte Perisat``; ``..., hun er en dyktig nevrokirurg,
    sies det``) ends the clause, unless the parse puts that verb and its subject before it under the cue
    (``Kina mener at de rike landene først og fremst USA, må betale``) or the verb heads the reported clause
    after a fronted clause of its own (``mener at når oppstyret har lagt seg, bør ...``); ``end`` if none."""
    if not sent.doc.has_annotation("POS"):
        return end
    tokens = [t for t in sent if start < t.idx < end]
    for k, (comma, nxt) in enumerate(zip(tokens, tokens[1:])):
        if any(t.lower_ == "som" for t in tokens[:k]) and not any(t.text == "," for t in tokens[:k]):
            continue  # "ungdommer som kjenner Espen, er blitt flinke": the comma closes a relative clause
        if comma.text == "," and nxt.pos_ in ("VERB", "AUX") and nxt.idx - start > 10 \
                and not (cue is not None and cue[0].is_ancestor(nxt) and _subject_before(nxt)) \
                and not any(c.lower_ == "at" and c.i < comma.i for c in nxt.children):
            base = sent.start_char  # not Doc.text: it joins the whole article on every call
            return base + rstrip_span(sent.text, start - base, comma.idx - base, keep_stop=False)
        joined = k + 2 < len(tokens) and nxt.lower_ in ("men", "og", "eller")
        if comma.text in (",", "-", "–", "—") and cue is not None and nxt.idx - start > 10 and (
                comma.text == "," and _matrix_conjunct(nxt, cue[0])
                or joined and _cue_conjunct(tokens[k + 2], cue[0])
                or joined and k + 3 < len(tokens) and _cue_conjunct(tokens[k + 3], cue[0], inverted=True)):
            # "Landslagssjefen sa at han hadde utviklet seg, Martin trodde ...": a clause of the matrix's own;
            # "mener funnene er interessante, men advarer mot ...": the source's next predicate; "påpeker at ...
            # - og her nevner han behovet for ...": after an adverbial, with the source as its subject after it
            base = sent.start_char
            return base + rstrip_span(sent.text, start - base, comma.idx - base, keep_stop=False)
    return end


def _matrix_conjunct(subject: Token, cue: Token) -> bool:
    """Whether ``subject`` opens a main clause joined to the cue's own without a conjunction: a name, the subject
    of a finite verb the parse coordinates with the cue (``..., Martin trodde ...``); a pronoun may go on with the
    source's own words (``Han sier at han aldri rakk å bli redd, han tillot seg det heller ikke.``)."""
    verb = subject.head
    return subject.dep_ in DEP_LABELS["subject"] and subject.pos_ == "PROPN" and verb.i > subject.i \
        and verb.head == cue \
        and verb.dep_ in ("KOORD", "conj") and bool(verb.morph.get("Tense", []))


def _cue_conjunct(verb: Token, cue: Token, inverted: bool = False) -> bool:
    """Whether ``verb`` is a verb of saying the parse coordinates with the cue, finite and without a subject of its
    own: the source's next predicate (``men advarer mot``), not the content's (``at han ikke var en tyv, men
    hadde tatt dokumentene``, which the parse may hang on the cue as well); any verb the parse coordinates with a
    word above the cue, outside the cue's clause (``som ... sa at ..., og pekte i den anledning på``); with
    ``inverted``, after an adverbial and with a personal pronoun as its subject right after it (``og her nevner
    han``)."""
    if not (verb.pos_ == "VERB" and verb.dep_ in COORDINATED and bool(verb.morph.get("Tense", []))
            and (verb.head.i == cue.i and verb.lower_ in reporting_verb_set() or verb.head.is_ancestor(cue))):
        return False
    subjects = [c for c in verb.children if c.dep_ in DEP_LABELS["subject"]]
    if not inverted:
        return not subjects
    return len(subjects) == 1 and subjects[0].i == verb.i + 1 and subjects[0].lower_ in ("han", "hun", "de")


def _subject_before(verb: Token) -> bool:
    return any(c.dep_ in DEP_LABELS["subject"] and c.i < verb.i for c in verb.children)


def verb_in(sent: Span, start: int, end: int) -> bool:
    """Whether characters ``start``-``end`` of ``sent`` hold a verb (True without a tagger): a clause, not a phrase."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")  # the range's tokens, not the whole sentence's
    return not sent.doc.has_annotation("POS") or any(t.pos_ in ("VERB", "AUX") for t in span or () if t.idx >= start)


def relative_only(sent: Span, start: int, end: int) -> bool:
    """Whether every verb in characters ``start``-``end`` of ``sent`` is in a relative clause there: a name and what
    it does (``Biskop Solveig Fiske, som i dag leder Hamar bispedømme, minnes ...``), a phrase, not a clause."""
    span = sent.doc.char_span(start, end, alignment_mode="expand")
    verbs = [t for t in span or () if t.pos_ in ("VERB", "AUX") and t.idx >= start]
    if not verbs or span is None:
        return False

    def relative(verb: Token) -> bool:
        for v in (verb, *verb.ancestors):
            if not span.start <= v.i < span.end:
                return False
            if any(c.lower_ in ("som", "der", "hvor") and span.start <= c.i < v.i for c in v.children):
                return True
        return False
    return all(relative(v) for v in verbs)


def has_verb(sent: Span, start: int) -> bool:
    """Whether the rest of ``sent`` from character ``start`` holds a finite verb, as a clause of content does
    (True without a tagger); an infinitive is none (``De sier alt, i håp om å få hjelp``)."""
    if not sent.doc.has_annotation("POS"):
        return True
    return any(t.pos_ in ("VERB", "AUX") and (t.morph.get("Tense", []) or "Fin" in t.morph.get("VerbForm", []))
               for t in sent if t.idx >= start)


COORDINATED = {"KOORD", "conj"}
# the closed class of calendar words, which open a sentence as a time adverbial ("Forrige desember")
CALENDAR_WORDS = {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
                  "november", "desember", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
                  "dag", "uke", "måned", "år", "helg", "morgen", "kveld", "natt", "høst", "vår", "sommer", "vinter"}


def _conjuncts_before(verb: Token) -> list[Token]:
    """The verbs ``verb`` is coordinated with, nearest first: its siblings before it, their head, and so on up the
    chain (``Han visste ikke, og så pekte hun på passet og uttalte ..., og spurte``: ``spurte`` is hers, wherever
    the parser hangs the conjuncts)."""
    found: list[Token] = []
    while verb.dep_ in COORDINATED and verb.head.i != verb.i and len(found) < 8:
        head = verb.head
        found += sorted((c for c in head.children if c.dep_ in COORDINATED and c.i < verb.i
                         and c.pos_ in ("VERB", "AUX")), key=lambda c: -c.i)
        found.append(head)
        verb = head
    return found


def inverted_object(verb: Token) -> Token | None:
    """A noun the parser made the object of a finite verb without a subject, right after the verb, where a word
    of its own clause stands before the verb (V2: ``nå advarer flere eksperter``): the inverted subject."""
    if verb.pos_ not in ("VERB", "AUX") or not verb.morph.get("Tense", []):
        return None  # a finite verb: one with a tense
    fronted = any(c.i < verb.i and (c.dep_ in ("ADV", "advmod") or _om_object(verb, c)) for c in verb.children)
    obj = next((c for c in verb.children if c.dep_ in ("DOBJ", "obj") and c.pos_ == "NOUN"
                and c.left_edge.i == verb.i + 1), None)
    return obj if fronted else None


def _om_object(verb: Token, subject: Token) -> bool:
    """A main clause's "subject" after a fronted ``Om`` the parser read as "if" (``Om leveringssituasjonen sier
    Mercedes-importøren:``): the object of the preposition ``om``; a main clause has no subordinator."""
    return verb.dep_ in ("ROOT", "root") and subject.i < verb.i and any(
        c.lower_ == "om" and c.dep_ in ("SBU", "mark") and c.i == subject.left_edge.i - 1 for c in verb.children)


CONDITIONS = {"dersom", "hvis", "om"}


def conditional(verb: Token) -> bool:
    """Whether ``dersom``/``hvis``/``om`` opens the verb's clause as a condition (``hvis hun sier``); not a fronted
    ``Om`` that is a preposition, which the inverted subject after the main verb shows (``Om saken sier Kari Holm at``:
    "about the matter"), nor a concession, which grants that the report was made (``Selv om Per Olsen sier at``)."""
    opener = next((c for c in verb.children if c.dep_ in ("SBU", "mark") and c.lower_ in CONDITIONS
                   and c.i < verb.i), None)
    if opener is None or opener.lower_ == "om" and opener.i > 0 and verb.doc[opener.i - 1].lower_ == "selv":
        return False
    subject = subject_of(verb) if opener.lower_ == "om" and verb.dep_ in ("ROOT", "root") else None
    return subject is None or subject.i < verb.i


def _after_ifolge(token: Token) -> bool:
    """Whether the phrase of ``token`` follows ``ifølge``, a title noun between them allowed (``Ifølge journalist
    Kari Holm``)."""
    i = token.left_edge.i - 1
    while i >= 0 and token.doc[i].pos_ == "NOUN" and token.doc[i].is_lower:
        i -= 1
    return i >= 0 and token.doc[i].lower_ in ("ifølge", "iflg.")


def subject_of(verb: Token) -> Token | None:
    """The subject of the verb, of the verb it is coordinated with (``fordømmer ... og advarer om at``),
    or of the auxiliary an infinitive hangs on (``Først må jeg si at``, ``vil ha sagt at``)."""
    relative = any(c.lower_ == "som" and c.i == verb.i - 1 for c in verb.children)  # no conjunct, a relative clause
    candidates = [verb, *_conjuncts_before(verb)] if verb.dep_ in COORDINATED and not relative else [verb]
    head = candidates[-1]  # "Vi har ringt X og spurt hva": the auxiliary of the verb coordinated with
    while head.dep_ in INFINITIVE and head.head.i != head.i and len(candidates) < 12:
        head = head.head
        candidates.append(head)
    if head.i != verb.i and head.dep_ in COORDINATED:  # "ble bekymret, og måtte spørre": the modal's conjunct's
        candidates += _conjuncts_before(head)
    if not any(c.dep_ in DEP_LABELS["subject"] for c in verb.children if not _om_object(verb, c)) \
            and (inverted := inverted_object(verb)):
        return inverted  # "men nå advarer flere eksperter mot ...": the parser's object is the inverted subject
    for candidate in candidates:
        subjects = [c for c in candidate.children if c.dep_ in DEP_LABELS["subject"]]
        if len(subjects) > 1 and _after_ifolge(subjects[0]):
            subjects = subjects[1:]  # "Ifølge journalist Kari Holm fortsatte Olsen med:": the source is no subject
        if subjects:
            # two subjects side by side are a parse error; the name is the one meant ("Manusforfatter |
            # Kristensen mener at": the title read as a name of its own), not one after the verb ("Dukken kaller
            # Ola Nordmann for uren") unless what stands before it is a time ("Forrige desember spekulerte Glenn
            # Beck i at")
            named = [c for c in subjects[1:2] if c.ent_type_ in ("PER", "ORG")
                     and (c.i == subjects[0].i + 1 or subjects[0].lower_ in CALENDAR_WORDS)]
            return (named or subjects)[0]
    return None


def set_off_name(noun: Token, end: int) -> Token | None:
    """The person named between commas after ``noun``'s phrase and before token ``end`` (``skriver
    toppsjefen i ligaen, Per Arne Lund, at``): the noun's apposition, wherever the parser hung the name."""
    doc = noun.doc
    for token in doc[noun.i + 1:end]:
        if token.ent_type_ == "PER" and token.ent_iob_ == "B" and doc[token.i - 1].text == ",":
            return token
        if token.pos_ in ("VERB", "AUX") or token.lower_ in ("og", "at", "om", "til", "overfor", "med"):
            return None  # the noun's phrase has ended, or the name is the addressee's ("legen til pasienten, X")
    return None


def name_in_phrase(noun: Token, name: Token) -> bool:
    """``Historien om den kreftsyke tenåringsjenta Hanna Berg``: a preposition between a noun and a name after it
    puts the name in the noun's phrase, unless a comma sets it off (``Lederen for komiteen, Tore Kalland``)."""
    return noun.i < name.i and name.doc[name.i - 1].text != "," \
        and any(t.pos_ == "ADP" for t in name.doc[noun.i + 1:name.i])


INFINITIVE = {"INFV", "xcomp"}  # an infinitive under its auxiliary or modal
QUESTION_VERBS = {"spørre", "spør", "spørje", "lure"}  # verbs of asking, by lemma (a form where the lemmatiser
# leaves it; "spørje", the Nynorsk lemma, where the pipeline trained on both standards gives it)
QUESTION_FORMS = {"spør", "spurte", "spurt", "spørre", "lurer", "lurte"}


def asks(verb: Token) -> bool:
    """A verb of asking, by its lemma or, where the lemmatiser strays (``spø``), its form."""
    return (verb.lemma_.lower() or verb.lower_) in QUESTION_VERBS or verb.lower_ in QUESTION_FORMS


def relative_of(verb: Token) -> Token | None:
    """The name a non-restrictive relative clause with the verb hangs on (``sier Obama, som sier at``, ``Ola
    Hansen, som mener at``): its ``som`` has no subject of its own in the parse."""
    som = next((c for c in verb.children if c.lower_ == "som" and c.i < verb.i), None)
    # (or an adverbial or a conjunct the parser hung on the main verb: "Forslaget kommer fra Kunnskapsdepartementet,
    # som mener at")
    if verb.dep_ not in ("ATR", "acl:relcl", "ADV", "advcl", *COORDINATED) or verb.head.i >= verb.i \
            or som is None or som.i < 2 or verb.doc[som.i - 1].text != ",":
        return None
    name = verb.doc[som.i - 2]  # the word before the comma (the parser may hang the clause on the verb before)
    while name.dep_ in ("FLAT", "flat") and name.head.i < name.i:
        name = name.head
    person = verb.head
    before = verb.doc[name.head.i - 1] if name.head.pos_ == "ADP" and name.head.i > 0 else None
    if name.ent_type_ != "PER" and before is not None and before.ent_type_ == "PER" and name.head.i < name.i:
        person = before  # "sier pressesjef Tor Vik i Politiets fellesforbund, som viser til at": the phrase the
        # parser hung on the verb of saying, right after the name
        while person.dep_ in ("FLAT", "flat") and person.head.i < person.i:
            person = person.head
    if name.ent_type_ != "PER" and person.ent_type_ == "PER" and name.head.pos_ == "ADP" \
            and (name.head.head.i == person.i or person is not verb.head):
        return person  # "direktør Tor Eriksen i Rana Utvikling AS, som påpekte at": the person, not the employer
    return name if name.pos_ == "PROPN" else None


def bare_participle(verb: Token) -> bool:
    """A participle with no auxiliary, set off in a noun phrase (``Avkastningen av oljefondet, anslått til fire
    prosent, skal brukes``, which the parser may make the root): it reports nothing; one of asking still puts a
    question (``Spurt om hva hun tenker, svarer hun``)."""
    return "Part" in verb.morph.get("VerbForm", []) and not verb.morph.get("Tense", []) \
        and not asks(verb) \
        and not (verb.head.pos_ == "AUX" and verb.head.i != verb.i) \
        and not any(c.pos_ == "AUX" and c.i < verb.i for c in verb.children)


def entity_end(doc: Doc, i: int, limit: int | None = None) -> int:
    """The index after the entity whose inside tokens run from ``i`` (before ``limit``, the doc's end by default)."""
    limit = len(doc) if limit is None else limit
    while i < limit and doc[i].ent_iob_ == "I":
        i += 1
    return i


def title_before_name(token: Token) -> bool:
    """A title right before a person's name, whatever the tagger read it as (``sa Costa Ricas trener Jorge Pinto``,
    ``Det sier ordfører Elin Strand``: "trains", "one who orders" as verbs)."""
    return token.i + 1 < len(token.doc) and token.nbor(1).ent_type_ == "PER" \
        and normalize_title(token.lower_) is not None

"""Indirect speech read from the dependency parse: a reporting verb, its subject (the speaker) and
its clause of content, whatever stands between them (``hevder Steinnes og Treider at``,
``understreker imidlertid at``, ``advarer om at``, ``sa han går av``).

In the Norwegian Dependency Treebank scheme our parser is trained on, the content clause is the
finite verb attached to the reporting verb as ``DOBJ`` (``at`` hangs on it as ``SBU``), or as
``PUTFYLL`` under a preposition (``advarer om at``, ``åpnet for at``); the speaker is the ``SUBJ``.
UD-labelled pipelines (``nb_core_news_sm``) name the same relations ``ccomp`` and ``nsubj``.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from spacy.tokens import Span, Token

from .. import lexicon
from ..coref import PERSON_PRONOUNS, genitive
from ..coref.ranking import clause_head
from ..lexicon import DEP_LABELS, NEGATIONS, PRONOUNS, UNNAMED, definite_title, normalize_title
from ..organizations import load_gazetteer
from ..organizations.kinds import kind_from_pattern
from ..reading import Paragraph
from ..resources import function_words
from .clauses import clause_span, content_clause, with_second_clause
from .joined import subject_extent
from .parenthetical import across_attribution
from .parse import INFINITIVE, asks, bare_participle, conditional, main_clause, relative_of, set_off_name, subject_of
from .person_nouns import name_before_relative, partitive, someone
from .speakers import ArticleContext
from .types import Quote, Speaker, make_quote, rstrip_span

# Opinion verbs: a source's stated position when a named person or organisation holds it (GUIDELINES:
# "Vesten frykter at", not "Mange håper nå at").
# present: a position; the past tells a story ("fryktet han at"); "antar", "forventer" and "utelukker" (ikke) at
# from NorNE train's gold trees, as positions a source states ("Politiet utelukker ikke at")
OPINION_FORMS = {"frykter", "håper", "tror", "tviler", "antar", "forventer", "utelukker", "regner", "regnet"}
OPINION_LEMMAS = {"frykte", "håpe", "tro", "tvile", "anta", "forvente", "utelukke", "regne"}
WRITER = {"jeg", "vi", "du", "dere", "man", "en"}
OWN = {"min", "mitt", "mi", "mine", "vår", "vårt", "våre"}  # the writer's possessives


def proper_name(article: ArticleContext, start: int, end: int) -> bool:
    """A short name in capitals (``Norges Skiskytterforbund``) the pipeline did not know."""
    words = article.text[start:end].split()
    if not words or definite_title(words[0]) or normalize_title(words[0].lower()):
        return False  # "Rådmannen": someone unnamed
    if len(words) == 1 and re.search(r"(ene|erne|arne|en|et)$", words[0]) and not load_gazetteer().lookup(words[0]):
        return False  # "Kritikerne": a capitalised common noun at the start of a sentence
    if words[0].lower() in function_words() or len(words) == 1 and words[0].lower() in UNNAMED:
        return False  # "Mange", "Flere", "Vitner": a common word at the start of a sentence
    first = article.doc.char_span(start, start + len(words[0]), alignment_mode="expand")
    if len(words) == 1 and first is not None and first[0].pos_ == "NOUN" and not first[0].ent_type_:
        return False  # "Demokrati krever at": a common noun the tagger knows, not a name
    return len(words) <= 5 and words[0][:1].isupper() and all(
        w[:1].isupper() or w in {"og", "i", "for", "av"} for w in words)


def named_source(article: ArticleContext, start: int, end: int) -> Speaker | None:
    """A source named in the text but unknown to the pipeline: its name as written."""
    name = article.text[start:end].strip(" ,.")
    if not (name[:1].isupper() and len(name) > 1) or name.lower() in PRONOUNS or name.lower() in PERSON_PRONOUNS:
        return None  # "Hun" at a sentence start is no name
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is not None and article.doc.has_annotation("POS") and not any(t.pos_ == "PROPN" for t in span) \
            and span[0].is_sent_start and load_gazetteer().lookup(name) is None:
        return None  # "Enkelte mener at": a common word capitalised at a sentence start, not a name a list knows
        # that is also a word ("Vy skriver på sine nettsider at": the recogniser left it alone)
    if span is not None and span[0].is_sent_start and not span[0].ent_type_ and any(t.ent_type_ for t in span[1:]):
        return None  # "Medlemmer i Programrådet": a description around a name (the tagger read its noun as a name)
    if span is not None and genitive(span[-1]) and span.end < len(span.doc) and span.doc[span.end].is_lower \
            and name.endswith("s"):
        name = name[:-1]  # "ifølge SSBs siste tall": the owner, without its genitive
    # the recognizer found no person here, so a capitalised source it does not know is an organisation
    return Speaker(name, None, None, "organization")


def _source(article: ArticleContext, start: int, end: int, last: Speaker | None) -> Speaker | None:
    """Who ``text[start:end]`` names as a source: a person or organisation of the article, an unnamed
    source as described, or a capitalised name the pipeline did not know."""
    return (article.who(start, end, last_speaker=last) or article.described(start, end)
            or (named_source(article, start, end) if proper_name(article, start, end) else None))


@cache
def cue_forms() -> frozenset[str]:
    return frozenset(v for v in lexicon.reporting_verb_set() if " " not in v) | OPINION_FORMS


@cache
def two_word_cues() -> frozenset[str]:
    return frozenset(v for v in lexicon.reporting_verb_set() if v.count(" ") == 1)


def _particle_cue(verb: Token) -> bool:
    """A cue of a verb and its particle (``legger til at``), as the lexicon writes it, also past an adverbial or the
    inverted subject between them (``viser blant annet til at``, ``trekker utenriksministeren fram at``)."""
    doc = verb.doc  # also a particle and a preposition ("står fast ved")
    particles = [c for c in verb.children if c.i > verb.i and (f"{verb.lower_} {c.lower_}" in two_word_cues() or (
        c.i + 1 < len(doc) and f"{verb.lower_} {c.lower_} {doc[c.i + 1].lower_}" in lexicon.reporting_verb_set()))]
    if not particles:
        return False  # (most verbs: no subtree walked)
    between = {t.i for c in verb.children if c.dep_ in ("ADV", "advmod", *DEP_LABELS["subject"]) and c.i > verb.i
               for t in c.subtree}  # an adverbial or the inverted subject ("trekker utenriksministeren fram")
    # not past a reflexive, which makes another verb ("har innstilt seg på at": prepared for, not proposed)
    return any(all((t.pos_ == "ADV" or t.i in between) and t.lower_ not in REFLEXIVES for t in doc[verb.i + 1:c.i])
               for c in particles)


REFLEXIVES = {"seg", "meg", "deg", "oss", "dere"}


def reported_clause(article: ArticleContext, sent: Span, paragraph: Paragraph,
                    last: Speaker | None, subject_after: int = 0) -> Quote | None:
    """The first reporting verb of ``sent`` with a clause of content, as an indirect quote (with
    ``subject_after``, only one whose subject starts at or after that character)."""
    if not article.doc.has_annotation("DEP"):
        return None
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or verb.lower_ not in cue_forms() and not _particle_cue(verb):
            continue
        if any(c.lower_ in NEGATIONS for c in verb.children):
            continue  # a negated report is no quote ("vil ikke love at")
        if hypothetical(verb) or bare_participle(verb):
            continue  # "dersom de tror at ...": a condition, not a report; "X, anslått til fire prosent, skal"
        clause = content_clause(verb)
        if clause is None or not any(c.lower_ in ("at", "om") for c in clause.children) \
                and any(c.dep_ in DEP_LABELS["subject"] for c in clause.children) and any(
                c.dep_ in ("DOBJ", "obj") and c.pos_ == "NOUN" and c.i < clause.i and not someone(c)
                for c in verb.children):
            # "forteller det antall år en nyfødt kan forvente å leve": a relative clause on a thing; not after
            # the one told ("forteller legen hvordan ...")
            continue
        om = next((c for c in clause.children if c.lower_ == "om" and c.i < clause.i), None)
        if om is not None and om.pos_ == "ADP" and om.i + 1 < len(om.doc) and om.doc[om.i + 1].pos_ == "DET":
            continue  # "fortalte om den gangen Koss gikk ...": a topic and a relative clause on it, no content
        if not any(c.lower_ in ("at", "om") or c.dep_ in DEP_LABELS["subject"] or c.dep_ == "FSUBJ"
                   for c in clause.children) and any(c.lower_ == "som" and c.i < verb.i for c in verb.children):
            continue  # "tiltak som de håper endelig kan løse floken": the clause's subject is the relative's gap
        start, end = with_second_clause(verb, clause, sent, clause_span(clause, sent))
        if end - start < 12 or len(article.text[start:end].split()) < 3:
            continue
        relative = relative_of(verb)  # "sier Vinje, som legger til at": the name the relative clause is on
        subject = _able_subject(verb, across_attribution(verb, subject_after) or subject_of(verb) or relative
                                or _fronted_object(verb, clause))
        if subject is not None and subject.i < verb.i and subject.i > sent.start and subject is not relative \
                and verb.doc[subject.i - 1].pos_ in ("ADP", "SCONJ") and verb.doc[subject.i - 1].lower_ != "at":
            # "før helgen forkynte X at": the parser's subject sits in a fronted adverbial; in V2 order the
            # subject follows the finite verb
            subject = next((t for t in verb.doc[verb.i + 1:clause.left_edge.i] if t.ent_type_ == "PER"), subject)
        if subject is not None and subject.i > verb.i and subject.pos_ == "NOUN" and not subject.ent_type_:
            subject = set_off_name(subject, clause.left_edge.i) or subject  # "skriver sjefen i X, Kari Moe, at"
        if passive(verb):
            continue  # "når han er blitt spurt hva han vil gjøre": the one asked, not who asks
        if subject is not None and subject.lower_ in ("jeg", "vi") and subject.idx >= subject_after \
                and asks(verb) and main_clause(verb.doc, subject.idx):
            # the interviewer's question, no one's (GUIDELINES); not "når vi spør hvem som vil ..." (a letter's)
            return make_quote(article, paragraph, start, end, "indirect", None, verb.lower_, absolute=True)
        if subject is None or subject.lower_ in WRITER and not partitive(subject) or subject.idx < subject_after:
            continue  # the writer's own voice ("Jeg tror") is no quote
        between = verb.doc[min(subject.i, verb.i):max(subject.i, verb.i)]
        if any(t.lower_ in NEGATIONS for t in between):
            continue  # "selv om han ikke sier det"
        words = [t for t in subject.subtree if (subject is not relative or t.i < verb.i and t.dep_ in ("FLAT", "flat")
                 or t is subject) and not clause.left_edge.i <= t.i <= clause.right_edge.i] or [subject]
        # (not a clause hung on it; "Det at X ..., mener forskeren nettopp illustrerer at": the parse took the
        # cue's subject into the clause's span, the subject alone then)
        s_start, s_end = words[0].idx, words[-1].idx + len(words[-1])
        who = _source(article, s_start, s_end, last)
        if who is None:
            continue
        if no_source(verb, who, subject):
            continue  # "Mange håper nå at", "Også oppførselen hans bekrefter at"
        adjacent = verb.i + 1 < len(verb.doc) and f"{verb.lower_} {verb.nbor(1).lower_}" in two_word_cues()
        cue = f"{verb.lower_} {verb.nbor(1).lower_}" if adjacent else verb.lower_  # discontinuous: the verb only
        return make_quote(article, paragraph, start, end, "indirect", who, cue, absolute=True)
    return None


def _able_subject(verb: Token, subject: Token | None) -> Token | None:
    """``subject``, or, where it stands before ``verb`` and cannot speak, the subject of the verb whose clause ends
    right before ``, og`` and ``verb`` (``Kvelden bød på en tale der statsministeren takket Koss, og sa at``: no
    evening speaks; the parse coordinated ``sa`` with ``bød``)."""
    if subject is None or subject.i >= verb.i or someone(subject):
        return subject
    return _nearer_conjunct_subject(verb) or subject


def _nearer_conjunct_subject(verb: Token) -> Token | None:
    """The subject of the finite verb whose clause ends right before ``, og`` and ``verb`` (the parser may coordinate
    ``verb`` with a verb further back), where that subject can be a source."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].lower_ != "og" or doc[verb.i - 2].text != ",":
        return None
    token: Token | None = doc[verb.i - 3]
    while token is not None and not (token.pos_ in ("VERB", "AUX") and token.morph.get("Tense", [])):
        token = token.head if token.head.i != token.i else None
    subject = next((c for c in token.children if c.dep_ in DEP_LABELS["subject"]), None) if token else None
    return subject if subject is not None and someone(subject) else None


def _fronted_object(verb: Token, clause: Token) -> Token | None:
    """A noun phrase before a cue without a subject that the parser made its object, where the reported clause is
    the object: the subject (``De pårørende sier de er lettet``)."""
    return next((c for c in verb.children if c.dep_ in ("DOBJ", "obj") and c.i < verb.i and c is not clause
                 and c.pos_ in ("NOUN", "PROPN", "ADJ")), None)


EVIDENCE_LEMMAS = {"bekrefte", "vise", "bevise", "tyde", "understreke", "dokumentere", "forklare", "illustrere",
                   "demonstrere", "indikere", "antyde", "minne", "vitne"}  # also of evidence: no_source
VAGUE = {"mange", "folk", "noen", "flere", "de", "alle", "ingen", "mennesker", "enkelte", "en", "man", "fleste",
         "de fleste"}


def writers_infinitive(verb: Token) -> bool:
    """An infinitive of saying whose finite verb has the writer as subject or a negation (``vi har ikke etisk sett
    lov til å si at «slik lever de der»``): the writer's own words, or what no one says; no report."""
    if "Inf" not in verb.morph.get("VerbForm", []):
        return False
    head = clause_head(verb)  # the finite verb the infinitive hangs on
    return head.morph.get("Tense", []) != [] and any(
        c.lower_ in NEGATIONS or c.dep_ in DEP_LABELS["subject"] and c.lower_ in ("jeg", "vi", "man")
        for c in head.children)


def hypothetical(verb: Token) -> bool:
    """A reporting verb in a condition (``dersom de tror``, ``hvis hun sier``), in a question (``om hvorfor han
    mener``) or a guess at what someone will say (``vil han trolig mene at``): no report."""
    if conditional(verb):
        return True
    if any(c.lower_ in ("hvorfor", "hvordan") and c.i < verb.i for c in verb.children):
        return True  # "en tale om hvorfor han mener han ikke kan straffes": a question about the view, no report
    infinitive = verb
    while infinitive.head.i != infinitive.i and "Inf" in infinitive.head.morph.get("VerbForm", []) \
            and abs(verb.i - infinitive.i) < 3:  # "for å kunne hevde at": through the modal to the "å"
        infinitive = infinitive.head
    if "Inf" in verb.morph.get("VerbForm", []) and infinitive.head.lower_ == "å" \
            and infinitive.head.head.lower_ == "for":
        return True  # "gikk til coach for å fortelle at ...": what someone went to say, no report of it
    auxiliary = verb.head if verb.dep_ in INFINITIVE and "Inf" in verb.morph.get("VerbForm", []) else None
    if auxiliary is not None and auxiliary.lemma_ == "få" and "Inf" in auxiliary.morph.get("VerbForm", []):
        return True  # "Krekar må få si at ...": a right to say it, no report of what was said
    return auxiliary is not None and any(c.lower_ in GUESSES for c in (*auxiliary.children, *verb.children))


GUESSES = {"trolig", "sannsynligvis", "antakelig", "antagelig", "kanskje", "neppe", "muligens"}


def no_source(verb: Token, who: Speaker, subject: Token | None) -> bool:
    """A report no source's position stands behind (GUIDELINES): a generic group's belief (``Mange håper nå at``,
    ``en del trodde``; not ``partiets valgstrateger frykter at``, nor a role after a quantifier: ``Mange
    kommentatorer frykter at``) or evidence as the subject (``Tallene bekrefter at``)."""
    words = who.name.lower().split() if who.type == "description" else []
    role = len(words) > 1 and (subject is not None and normalize_title(subject.lemma_ or subject.lower_) is not None
                               or _plural_role(words[-1]))  # "De frykter" after "flere eksperter"
    if words and (verb.lower_ in OPINION_FORMS or verb.lemma_ in OPINION_LEMMAS) and VAGUE & {words[0], words[-1]} \
            and not role:
        return True
    return bool(words) and verb.lemma_ in EVIDENCE_LEMMAS and subject is not None and not someone(subject)


def _plural_role(word: str) -> bool:
    """A title of the lexicon in the plural (``eksperter``, ``forskerne``)."""
    stems = [word] + [word[:-len(end)] for end in ("ene", "er", "ne") if word.endswith(end)]
    return any(normalize_title(stem) is not None for stem in stems)


def passive(verb: Token) -> bool:
    """``ble fortalt``, ``blir kalt``, ``fortelles``: a verb of saying in the passive."""
    return "Pass" in verb.morph.get("Voice", []) or "Part" in verb.morph.get("VerbForm", []) and any(
        t.lemma_.lower() == "bli" for t in (verb.head, *verb.lefts) if t.i != verb.i)


def cue_subject(article: ArticleContext, sent: Span, cue_offset: int) -> tuple[int, int] | None:
    """Character span of the parser's subject of the cue verb, if the pipeline has a parser."""
    doc = article.doc
    if not doc.has_annotation("DEP"):
        return None
    verb = doc.char_span(sent.start_char + cue_offset, sent.start_char + cue_offset + 1, alignment_mode="expand")
    if verb is None:
        return None
    cue = verb[0]
    if cue.dep_ in ("ATR", "acl:relcl") and cue.head.pos_ == "NOUN" and cue.head.i < cue.i \
            and any(c.lower_ == "som" for c in cue.children) \
            and not any(c.dep_ in ("SUBJ", "nsubj") and c.lower_ != "som" for c in cue.children):
        # (not "et ord som jeg tror unge mennesker sjelden bruker": "som" is the object, the subject is "jeg")
        if (named := name_before_relative(cue)) is not None:
            return named  # "et spark til Kate Perry som mener at": the name the clause follows, not the noun before
        # "spådommene som sier at ...": a relative clause reports what its noun says; of a thing no one speaks for,
        # its named owner does ("arbeidsminister Hanne Bjurstrøms bord, som varsler at")
        head = cue.head
        owner = next((c for c in head.lefts if c.ent_type_ == "PER"), None) if not someone(head) else None
        first, last = (owner.left_edge, owner.right_edge) if owner is not None else (head.left_edge, head)
        preposition = head.head if head.dep_ in ("PUTFYLL", "pobj") \
            and head.head.lower_ in ("fra", "i", "ved", "på", "hos", "med") else None
        outer = cue.doc[preposition.i - 1] if preposition is not None and preposition.i > 0 else None
        if owner is None and not someone(head) and outer is not None and outer.pos_ == "NOUN" \
                and (someone(outer) or "Plur" in outer.morph.get("Number", [])):  # not "kjeft fra en munk, som"
            first = outer.left_edge  # "to offiserer fra et stort Nato-land, som sier at": the ones from it speak
        return first.idx, last.idx + len(last)
    if passive(cue):
        return None  # "men blir forklart at": the one told is the subject of a passive, not the source
    subject = _able_subject(cue, subject_of(cue))  # also the subject of a coordinated verb ("hisset seg opp, og mente")
    if subject is None and (name := relative_of(cue)) is not None:  # "Ola Hansen, som mener at"
        words = [t for t in name.subtree if t is name or t.i < cue.i and t.dep_ in ("FLAT", "flat")]
        return words[0].idx, words[-1].idx + len(words[-1])
    if subject is None:
        return None
    first, last = subject_extent(cue, subject)  # "Per Olsen, leder i X, og salgssjef Kari Hansen sier"
    return first.idx, last.idx + len(last)


_SECOND_SOURCE = re.compile(r",\s+(?:mens|og|men|hvorpå|samtidig\s+som)\s")


def before_second_source(article: ArticleContext, paragraph: Paragraph, quote: Quote, sent: Span) -> Quote:
    """``Moe sier at budsjettet holder, mens rådmann Per Lund mener at det må kuttes``: a report ends where a
    clause joined to it reports someone else's words with a cue and a subject of its own (found by the parse),
    not at the end of the sentence; ``, og hun mener at`` of the same source goes on."""
    for joint in islice(_SECOND_SOURCE.finditer(article.text, quote.start, quote.end), 8):
        # the second source and its cue stand right after the joint: a window, not the rest of a long sentence
        rest = article.doc.char_span(joint.end(), min(sent.end_char, joint.end() + 400), alignment_mode="expand")
        second = reported_clause(article, rest, paragraph, quote.speaker) if rest is not None and len(rest) else None
        if second is not None and second.speaker is not None and second.speaker != quote.speaker \
                and second.start > joint.end() and len(article.text[quote.start:joint.start()].split()) >= 2:
            end = rstrip_span(article.text, quote.start, joint.start())
            return make_quote(article, paragraph, quote.start, end, quote.kind, quote.speaker, quote.cue,
                              absolute=True)
    return quote


BODY_SENTENCES = 3  # sentences back in which "den"/"det" finds the body it stands for


def _a_person(token: Token) -> bool:
    return token.ent_type_ == "PER" or token.lower_ in PERSON_PRONOUNS


def body_pronoun(article: ArticleContext, pronoun: Token) -> Speaker | None:
    """``Sandman-utvalget utredet årsakene ... Det foreslo at``, ``Dagsavisen var så begeistret at den omtalte Obama
    som «...»``: ``det``/``den`` as the subject of a verb of saying stands for the organisation that is the subject of
    the main clause before it, in its sentence or the one before, when it is definite in the pronoun's gender
    (``utvalget``, ``Stortinget``; ``avisen``, ``Dagsavisen``); None for any other (``Det sier seg selv at`` after
    a person's sentence)."""
    doc = article.doc
    neuter = {"det": True, "den": False}.get(pronoun.lower_)
    sent = pronoun.sent
    main = next((t for t in sent.root.children if t.dep_ in DEP_LABELS["subject"]), None)
    back = 0
    while (main is None or main.i >= pronoun.i or _a_person(main)) and back < BODY_SENTENCES and sent.start > 0:
        # "den"/"det" is no person: past sentences whose subject is one ("Retten finner det bevist at ... Han var
        # klar over at ... Den finner det videre bevist at")
        sent, back = doc[sent.start - 1].sent, back + 1
        main = next((t for t in sent.root.children if t.dep_ in DEP_LABELS["subject"]), None)
    if neuter is None or main is None or not main.lower_.endswith(("et", "en", "a")) \
            or main.lower_.endswith("et") != neuter:  # definite in the pronoun's gender
        return None
    patterned = main.is_title and kind_from_pattern(main.text) is not None  # "Skatteutvalget"
    if main.ent_type_ not in ("ORG", "GPE_ORG") and not lexicon.org_noun_kinds(main.lower_) and not patterned:
        return None
    words = [t for t in main.subtree if not t.is_punct]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    named = Speaker(article.text[start:end], type="organization") if main.ent_type_ or patterned else None
    return article.who(start, end) or named_source(article, start, end) or named or article.described(start, end)

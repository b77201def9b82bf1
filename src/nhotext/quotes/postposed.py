"""Attributions after direct speech: ``- ..., sier X.``, ``- ..., smiler hun.``, ``- ... sier Øyvind Strømmen``
without its comma; where an attribution ends and the speech goes on."""

from __future__ import annotations

import re

from ..lexicon import (
    AFTER_NAME,
    PARTICLES,
    UNCOMMAED_CUES,
    UNCOMMAED_NAME,
    cue_pattern,
    definite_title,
    normalize_title,
    reporting_verb_set,
)
from ..reading import Paragraph
from .parse import title_before_name
from .person_nouns import person_noun
from .speakers import ArticleContext
from .types import rstrip_span

SENTENCE_END = re.compile(r"[.!?](?=[\s\u00a0»\"”]|$)|:(?=[\s\u00a0]*[–—«\"“-])")


def attribution_after(text: str, pos: int, end: int, article: ArticleContext | None = None, base: int = 0):
    """``, sier X.`` after a stretch of speech: (separator start, cue, who start, who end, clause end); not
    a cue's form the tagger reads as another word (``grå skifertak, svarte tak, røde``: an adjective)."""
    for m in cue_pattern().finditer(text, pos, end):
        inner = text[pos:m.start()]
        if inner.count("«") > inner.count("»") or inner.count('"') % 2:
            continue  # "- ... «..., står det i veien for ...», erklærte X": words inside marks attribute nothing
        cue = article.doc.char_span(base + m.start(), base + m.end(), alignment_mode="expand") if article else None
        if cue is not None and cue[0].pos_ in ("ADJ", "NOUN") and not _person_after(cue[0]):  # (no tag without a
            continue  # tagger); a form the tagger misread before a name still is one ("twitret statsminister X")
        before = text[pos:m.start()].rstrip(" \u00a0")
        if cue is not None and before.endswith((",", "?", "!")) and (
                "Inf" in cue[0].morph.get("VerbForm", []) or "Imp" in cue[0].morph.get("Mood", [])):
            continue  # "- Nei, si det du...", "Smakte det godt? Si fra om ...": an imperative asks, attributes nothing
        if cue is not None and before.endswith(",") and "Part" in cue[0].morph.get("VerbForm", []):
            continue  # "har alle rettsinstanser, inkludert Høyesterett, slått fast.": a participle ends the speech's
            # own clause; an attribution's verb is finite (", sier han", ", har han sagt" has no comma before)
        if before.endswith((". Det", ". Dette", "! Det", "? Det")):
            # "- ... fortsette. Det sa Camila Vallejo til Reuters.": the quote keeps its full stop; the speaker
            # follows the cue ("Det minner mest om en russefest, sier X": a verb of the speech, no attribution)
            after = article.doc.char_span(base + m.end() + 1, base + m.end() + 2, alignment_mode="expand") \
                if article is not None else None
            if after is not None and len(after) and (after[0].pos_ not in ("PROPN", "PRON", "NOUN", "DET", "X")
                                                     or after[0].lower_ in ("seg", "meg", "deg", "oss")):
                continue
            sep_start = pos + before.rfind(" ")
        elif before.endswith(("»", "”")) and _SUBJECT_AFTER.match(text, m.end()):
            sep_start = pos + len(before)  # "- Vi kaller det «Chongqing-fart» sa de, da ...": the mark ends the words
        elif not before or before[-1] not in ",!?–—-":
            if not _uncommaed(text, m, end) or not before:
                continue
            sep_start = pos + len(before)  # "... å bygge på sier Øyvind Strømmen, frilansjournalist ...": no comma
        else:
            sep_start = pos + len(before) - 1
            if before[-1] in "!?":
                sep_start += 1  # keep the ! or ? with the quote
        if _FIRST_PERSON_AFTER.match(text, m.end()) and not (
                before[-1:] in ",?!" and m.group().lower() in WRITERS_CUES and _WRITER_ENDS.match(text, m.end())):
            continue  # "- ... av dette. Det tror jeg også de andre vil gjøre": the speaker's own verb, no attribution
            # (the reporter's own line is one: "- Hvordan går det? spør jeg.", "- Det var fint, sa jeg til ham.")
        sentence = SENTENCE_END.search(text, m.end(), end)
        clause_end = sentence.end() if sentence else end
        who_end = sentence.start() if sentence else rstrip_span(text, m.end(), end)
        if _IT_TO_ME.match(text, m.end(), who_end):
            continue  # "Da jeg så dem trene der, minnet det meg om hvorfor jeg sluttet.": the speaker's own sentence
        if _TAKES_CLAUSE.match(text, m.end(), who_end) or article is not None and _clause_after(
                article, base + m.end(), base + who_end):
            continue  # "- ..., forteller de at vi driver fornuftig.", "Hans tilhengere, ..., mener han er uskyldig.":
            # a report inside the speech, no attribution
        resumed = _SPEECH_RESUMES.search(text, m.end(), who_end)
        if resumed is not None:  # "- Men, sier Martin, det var viktig ...": the speech goes on after the cue
            who_end, clause_end = resumed.start(), resumed.end()
        return sep_start, m.group().lower(), m.end(), who_end, clause_end
    return None


def _person_after(cue) -> bool:
    """Whether a person's name, or a title and a name, follows a cue's form the tagger read as a noun or adjective."""
    doc, i = cue.doc, cue.i + 1
    if i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower and normalize_title(doc[i].text):
        i += 1  # "statsminister Erna Solberg"
    return i < len(doc) and doc[i].ent_type_ == "PER" and doc[i].ent_iob_ == "B"


# A cue whose subject (up to four words, no comma) is followed by a content clause: it reports inside the speech
def _clause_after(article: ArticleContext, start: int, end: int) -> bool:
    """Whether the words after a cue hold a finite verb before any word that opens a subordinate clause or a
    phrase (``mener han er uskyldig``: a content clause, not the source; ``sier han når Klassekampen ringer``
    and ``roper han så høyt han kan`` are sources)."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    for token in span or ():
        if token.pos_ in ("SCONJ", "ADP") or token.lower_ in ("som", "og", "men", ",", "så"):
            return False
        own_clause = token.dep_ in ("DOBJ", "ccomp", "obj") or any(c.dep_ in ("SUBJ", "nsubj") for c in token.children)
        if token.pos_ in ("VERB", "AUX") and token.morph.get("Tense", []) and own_clause \
                and not title_before_name(token):  # "sa Costa Ricas trener Jorge Pinto": a title, no verb
            return True  # (not a participle of manner without a subject: "utbrøt Robinson begeistret")
    return False


# (no words: "- Redaktøren min, Tom Harald Jenssen, sa at ...": the subject stands before the comma; no "og"/"men":
# "sa kelneren og la til at" is a source and a second verb)
_TAKES_CLAUSE = re.compile(r"(?:[\s\u00a0]+(?!(?:og|men)[\s\u00a0])[^\s\u00a0,.!?]+){0,4}?"  # not "etter at", "uten at"
                           r"(?<![\s\u00a0]etter)(?<![\s\u00a0]uten)(?<![\s\u00a0]slik)(?<![\s\u00a0]så)[\s\u00a0]+at[\s\u00a0]")
# "det"/"dette" and the speaker's "meg" after a cue: what reminded or told the speaker something
_IT_TO_ME = re.compile(r"[\s\u00a0]+(?:det|dette)[\s\u00a0]+(?:meg|oss)\b", re.IGNORECASE)
_FIRST_PERSON_AFTER = re.compile(r"[\s\u00a0]+(?:jeg|vi|du|dere)\b", re.IGNORECASE)
# Verbs of plain saying whose "jeg"/"vi" after a comma and before the sentence's end is the reporter (not a hedge of
# the speaker's own, ", tror jeg")
WRITERS_CUES = {"sier", "sa", "spør", "spurte", "svarer", "svarte", "skriver", "skrev"}
_WRITER_ENDS = re.compile(r"[\s\u00a0]+(?:jeg|vi)(?:[\s\u00a0]+[^\s.!?,«»]+){0,3}[\s\u00a0]*[.!?]", re.IGNORECASE)
# A clause after a mid-sentence attribution that goes on with the speech: a comma, then a subject pronoun
# and a verb (", sier Martin, det var viktig å ...", ", sier forsvareren X til Y, men det er alltid ..."), not an
# apposition (", sier Kari Bakken, leder i NHO")
_SPEECH_RESUMES = re.compile(r",[\s\u00a0]+(?=(?:(?:men|og)[\s\u00a0]+)?"
                             r"(?:det|dette|jeg|vi|du|dere|man|den|alt)[\s\u00a0]+"
                             r"(?:er|var|har|hadde|må|kan|skal|vil|blir|ble|gjør|gjorde|tror|mener|synes|vet)\b)")


_NAME_AFTER = re.compile(UNCOMMAED_NAME + r"(?=\s*(?:[.!]|$|" + AFTER_NAME + r"))")


def _uncommaed(text: str, cue: re.Match, end: int) -> bool:
    """An attribution whose comma the writer left out: ``sier``/``sa`` and a capitalised name, in the
    paragraph's last sentence."""
    if cue.group().lower() not in UNCOMMAED_CUES or not _NAME_AFTER.match(text[cue.end():end]):
        return False
    stop = SENTENCE_END.search(text, cue.end(), end)
    return stop is None or stop.end() >= len(text[:end].rstrip())


_COMMA_VERB = re.compile(r",[\s\u00a0]+(?P<verb>\w+)[\s\u00a0]+")
MAX_WHO_WORDS = 6
OBJECT_PRONOUNS = {"oss", "meg", "deg", "ham", "henne", "dem", "dere"}
COPULAS = {"være", "bli", "ha", "få"}


def verb_attribution(article: ArticleContext, paragraph: Paragraph, pos: int, end: int):
    """``- ..., spøker nevrokirurg Helland.``, ``- ..., smiler hun.``, ``- ..., kontrer Bryne-spiller Espen
    Ertzeid når han får høre det.``: speech followed by a comma, a finite verb and its subject (a person's
    name, a title and a name, ``han``/``hun``), where the sentence ends or goes on only with a
    subordinate clause or a prepositional phrase, is attributed to that subject whatever the verb (the
    convention, not a list of reporting verbs, makes it an attribution; a copula after a fronted clause,
    ``Da vi kom, var Ole borte``, does not). Same tuple as :func:`attribution_after`, or None."""
    text, base, doc = paragraph.text, paragraph.start, article.doc
    for m in _COMMA_VERB.finditer(text, pos, end):
        if m.start() <= pos:
            continue
        verb = doc.char_span(base + m.start("verb"), base + m.end("verb"))
        if verb is None or len(verb) != 1 or verb.end >= len(doc):
            continue
        token, subject = verb[0], doc[verb.end]
        if token.pos_ not in ("VERB", "AUX") or not token.morph.get("Tense", []) or token.is_title:
            continue
        who_end = _subject_end(subject)
        said = _said_after_subject(doc, who_end) if who_end is not None else None
        if said is not None:  # "..., rakk han å melde inn til redaksjonen", "..., skal han ha sagt": the infinitive
            token, who_after = said  # or participle of saying is the cue
        elif token.pos_ != "VERB" or token.lemma_ in COPULAS:
            continue
        else:
            who_after = who_end
        if who_end is None or token.dep_ in ("ATR", "amod") and token.head.i > token.i:
            continue  # "til den blide, capskledde servitøren": a participle before its noun, read as a verb
        sentence = SENTENCE_END.search(text, m.end(), end)
        clause_end = sentence.end() if sentence else end
        stop = (sentence.start() if sentence else rstrip_span(text, m.end(), end)) + base
        rest = []
        for t in doc[who_after:min(len(doc), who_after + 14)]:
            if t.idx >= stop:
                break
            rest.append(t)
        if rest and rest[0].lower_ in OBJECT_PRONOUNS:
            rest = rest[1:]  # "..., belærer Nore oss.", "..., prøver vi oss."
        if rest and rest[0].lower_ in PARTICLES and rest[0].head.i == token.i \
                and not any(c.dep_ in ("PUTFYLL", "pobj") for c in rest[0].children):
            rest = rest[1:]  # "..., slo Rangers-trener John Tortorella fast etter kampen": the verb's particle
        if len(rest) > 12 or rest and rest[0].pos_ not in ("SCONJ", "ADP", "ADV") and not rest[0].is_punct:
            continue  # "..., blir Kari sint": a predicate after the subject, no attribution
        if rest and rest[0].lower_ == "at":
            continue  # "- Selv om han sa det, innrømmet han at ...": a report inside the speech
        who_stop = doc[who_end - 1].idx + len(doc[who_end - 1]) - base
        if len(text[m.end():who_stop].split()) > MAX_WHO_WORDS:
            continue
        return m.start(), token.lower_, m.end(), who_stop, clause_end
    return None


def _said_after_subject(doc, i: int):
    """A verb of saying in the infinitive or the participle right after the subject of a finite modal or aspect
    verb (``rakk han å melde``, ``skal han ha sagt``, ``pleier Olsen å si``): that verb and the index after it."""
    if i < len(doc) and doc[i].lower_ == "å":
        i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "ha" and "Part" in doc[i + 1].morph.get("VerbForm", []):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "VERB" or not {"Inf", "Part"} & set(doc[i].morph.get("VerbForm", [])):
        return None
    said = reporting_verb_set()
    return (doc[i], i + 1) if doc[i].lemma_ in said or doc[i].lower_ in said else None


def _subject_end(subject) -> int | None:
    """The token index after a speaker's subject phrase that starts at ``subject``: a name (``Kari
    Moe``), a role noun and a name (``Bryne-spiller Espen Ertzeid``), either after adjectives (``sindige Allan
    Gaarde``), or ``han``/``hun``; None for anything else."""
    doc = subject.doc
    if subject.pos_ == "PRON":  # "vi": the interviewers, whose questions have no speaker
        return subject.i + 1 if subject.lower_ in ("han", "hun", "vi") else None
    if subject.pos_ == "NOUN" and subject.is_lower and (person_noun(subject.text) or definite_title(subject.text)) \
            and (subject.i + 1 >= len(doc) or doc[subject.i + 1].ent_type_ != "PER"):
        return subject.i + 1  # "mumler tenåringen", "spøker nevrokirurgen"
    # "oppsummerer den pensjonerte NRK-veteranen Arne Scheie": the article of an adjective
    adjective_next = subject.i + 1 < len(doc) and doc[subject.i + 1].pos_ in ("ADJ", "NOUN")
    # or of a title owned by a name ("VGs fotballekspert Kjetil Rekdal")
    owner = subject.pos_ == "PROPN" and subject.text.endswith("s") and subject.ent_type_ != "PER"
    first = subject.i + ((subject.lower_ in ("den", "de") or owner) and adjective_next)
    start = first
    while start - first < 2 and start + 1 < len(doc) and doc[start].pos_ == "ADJ" and doc[start].is_lower:
        start += 1  # "raser sindige Allan Gaarde", "sier en skuffet ...": adjectives before the name
    start = start + 1 if doc[start].pos_ == "NOUN" and start + 1 < len(doc) else start
    if doc[start].ent_type_ != "PER" or (start > subject.i and doc[start].ent_iob_ != "B"):
        return None
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


_SUBJECT_AFTER = re.compile(r"\s+(?:han|hun|de|[A-ZÆØÅ][\w-]+)\b")  # a pronoun or a name after a cue ("» sa de")


# "«...», som Rotmo sier", "som han uttrykker det", "som det står på nettsidene": the words in marks are the source's
# (a naming verb is no attribution: "«Chicago blues» som han kaller det", "som det heter på godt norsk"; nor a work's
# relative: "som han skrev sammen med": the clause ends at the verb, "det" or the place written in)
_AS_SAID_CUES = r"sier|sa|skriver|skrev|uttrykker|uttrykte|formulerer|formulerte|påpeker|påpekte"
_AS_SAID = re.compile(r"\s*,?\s*som\s+(?P<who>han|hun|de|[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*){0,2})(?:\s+selv)?\s+"
                      r"(?P<cue>" + _AS_SAID_CUES + r")(?:\s+det)?(?=\s*[.!?,;)]|\s*$)")
_AS_WRITTEN = re.compile(r"\s*,?\s*som\s+det\s+(?P<cue>står|sto)\s+(?P<who>(?:i|på)\s+[^.!?,;«»]+)")


def as_said_after(after: str) -> re.Match | None:
    """``, som X sier`` (or ``som det står i Y``) right after a closing quote mark: the cue and who it names."""
    return _AS_SAID.match(after) or _AS_WRITTEN.match(after)

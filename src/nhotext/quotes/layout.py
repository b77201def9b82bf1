"""What a paragraph's layout says: a dash paragraph is speech, a headline quote (``- Har jobbet hardt``), a bullet
of a list (``- Nye lokaler``) or an item of a list set one a paragraph (``- Direktør Kari Moe, Oslo``); a question
may open it, and a narrative paragraph may name who asks it (``Kari Holm (H) stiller spørsmål om skolene.``); a
speaker's name and a colon may label a turn of a transcript (``Øystein Djupedal (SV): Jeg vil ...``)."""

from __future__ import annotations

import re
from functools import cache

from ..coref import Person, mentions_between
from ..lexicon import cue_pattern
from ..reading import Paragraph
from .parse import main_clause
from .person_nouns import someone
from .speakers import ArticleContext
from .types import (
    DASH_START,
    FIRST_PERSON,
    FIRST_PERSON_ONLY,
    LABELLED_DASH,
    MIN_QUOTE_WORDS,
    SECOND_PERSON,
    Quote,
    Speaker,
    make_quote,
)


def dash_opening(article: ArticleContext, paragraph: Paragraph) -> re.Match | None:
    """The dash that opens a paragraph of speech, also after a photo caption's label without a verb (``Fornøyd:
    - Arkitektur er ..., sier X``; not ``Kontrollørene fant dette: - To av fem ...``)."""
    dash = DASH_START.match(paragraph.text)
    if dash is not None:
        return dash
    labelled = LABELLED_DASH.match(paragraph.text)
    label = article.doc.char_span(paragraph.start, paragraph.start + labelled.start(1), alignment_mode="expand") \
        if labelled is not None else None
    # a label with a verb introduces a list ("Kontrollørene fant dette: - To av fem ..."), unless the words after the
    # dash are attributed ("Ville ta livet av seg: - Her fant de meg. ..., forteller Martin.": a caption's label)
    attributed = labelled is not None and _attributed_end().search(paragraph.text, labelled.end()) is not None
    return labelled if label is not None and (attributed or not any(t.pos_ in ("VERB", "AUX") for t in label)) \
        else None


@cache
def _attributed_end() -> re.Pattern:
    """``, forteller Martin.`` closing a paragraph: a cue and a name."""
    return re.compile(r",[\s\u00a0]+(?:" + cue_pattern().pattern + r")[\s\u00a0]+[A-ZÆØÅ][\w-]*"
                      r"(?:[\s\u00a0]+[A-ZÆØÅ][\w-]*)*[.!]?[\s\u00a0]*$")


def dash_label_speaker(article: ArticleContext, paragraph: Paragraph, dash: re.Match) -> Speaker | None:
    """The person a name before a dash quote labels as its speaker, the convention of headlines (``Ullevålseter: -
    Forferdelig trist``): a label of proper nouns only, one a name (or a word the recognizer typed otherwise that is a
    person's surname in the article); a caption's word (``Fornøyd:``) labels no one."""
    if dash.re is not LABELLED_DASH:
        return None
    label = article.doc.char_span(paragraph.start, paragraph.start + dash.start(1), alignment_mode="contract")
    if label is None or not all(t.pos_ == "PROPN" or t.ent_type_ == "PER" for t in label) \
            or not any(t.ent_type_ == "PER" or len(label) == 1 and (not t.ent_type_ or article.person(t.text))
                       for t in label):  # "Haugland:" read as a place: the surname of a person of the article
        return None
    named = article.person(label.text) if len(label) == 1 and label[0].ent_type_ != "PER" else None
    return article.speaker_of(named) if named else article.who(label.start_char, label.end_char)


def dash_speech(article: ArticleContext, paragraph: Paragraph, start: int) -> bool:
    """Whether the dash paragraph holds speech from ``start`` (after its dash): not a bullet, unless it is a
    headline quote, and not an item of a list."""
    if _bullet(paragraph.text, start) and not _headline_quote(article, paragraph, start):
        return False
    return not _listed(article, paragraph)


def _verbless_dash(article: ArticleContext, paragraph: Paragraph) -> bool:
    """A dash paragraph in which the tagger finds no verb (False without a tagger)."""
    dash = DASH_START.match(paragraph.text) if article.doc.has_annotation("POS") else None
    span = article.doc.char_span(paragraph.start + dash.end(), paragraph.end, alignment_mode="expand") \
        if dash else None
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _listed(article: ArticleContext, paragraph: Paragraph) -> bool:
    """An item of a list set with dashes, one a paragraph (``- Direktør Kari Moe, Oslo`` / ``- Lektor Per
    Hansen, Hegra``): a dash paragraph without a verb next to another one (a verbless answer after a
    question stays speech)."""
    if not _verbless_dash(article, paragraph):
        return False
    neighbours = [article.paragraphs[i] for i in (paragraph.index - 1, paragraph.index + 1)
                  if 0 <= i < len(article.paragraphs)]
    return any(_verbless_dash(article, p) for p in neighbours)


def _headline_quote(article: ArticleContext, paragraph: Paragraph, start: int) -> bool:
    """A headline, ingress or crosshead dash quote (``- Har jobbet hardt``, ``- Gleder oss``): a short
    dash line alone, not after a line that introduces a list with a colon (after one that introduces speech, ``Derfor
    sier forsvareren:`` / ``- Han har alibi``, it is the speech), with a verb, or without one (``- Et trendy
    navnevalg``, ``- Sjokkert``) when narrative follows it, not another dash line."""
    before = article.paragraphs[paragraph.index - 1].text.rstrip() if paragraph.index > 0 else ""
    if "\n" in paragraph.text.strip() or before.endswith(":") and not cue_pattern().search(
            re.split(r"[.!?]\s", before)[-1]):
        return False
    span = article.doc.char_span(paragraph.start + start, paragraph.end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return span is not None
    after = article.paragraphs[paragraph.index + 1] if paragraph.index + 1 < len(article.paragraphs) else None
    # speech with its attribution after it counts as narrative does ("- Mer økonomi enn sport" / "- Det betyr ikke
    # så mye at ..., sier Gaarde."); a list's next item does not
    if after is None or after.text.rstrip().endswith(":"):
        return False
    speech = len(after.text.split()) > 2 * MIN_QUOTE_WORDS and bool(cue_pattern().search(after.text))
    return not DASH_START.match(after.text) or speech


def _bullet(text: str, start: int) -> bool:
    """A dash used as a list bullet: several dash lines, or a short line with no full stop
    and no attribution (``- Nye lokaler``)."""
    if re.search(r"\n[\s\u00a0]*[–—―‒-]\s", text):
        return True
    rest = text[start:].strip()
    return (len(rest.split()) < MIN_QUOTE_WORDS and not re.search(r"[.!?…]$", rest)
            and not cue_pattern().search(rest))


# verbs of asking, by lemma (the Nynorsk ``spørje`` the lemmatizer also gives), and the word that makes the verb
# one (``stiller spørsmål``, ``tar opp``, ``lurer på``)
_ASKING_VERBS = {"spørre": None, "spørje": None, "stille": "spørsmål", "ta": "opp", "lure": "på"}


def announces_question(article: ArticleContext, paragraph: Paragraph, person: Person) -> bool:
    """Whether a narrative paragraph has ``person`` ask what the dash paragraph after it says (``Kari Holm (H)
    stiller spørsmål om skolene.``, ``Anundsen spør om riksalarmen.``): the question is theirs, not an
    interviewer's."""
    span = article.doc.char_span(paragraph.start, paragraph.end, alignment_mode="expand")
    for verb in span if span is not None else ():
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ not in _ASKING_VERBS:
            continue  # the article's mentions are read only for a verb of asking: rare, and a long article has many
        needed = _ASKING_VERBS[verb.lemma_]
        if needed is not None and not any(c.lower_.endswith(needed) for c in verb.children):
            continue
        subjects = [c.idx for c in verb.children if c.dep_ in ("nsubj", "SUBJ")]
        if any(m.person is person and m.start <= i < m.end for m in article.coref.mentions for i in subjects):
            return True
    return False


def asked_about(article: ArticleContext, paragraph: Paragraph) -> Person | None:
    """The one person a question printed without a dash names as its main clause's subject (``Hva tenker Kari Moe
    om bildene hun har lagt ut?``): the dash paragraph after it is their answer. Not someone named further in
    (``Hva ville barnevernet gjort hvis nabokvinnen som Cathrine ...?``: the answer is the one interviewed)."""
    people = {id(m.person): m.person for m in mentions_between(article.coref.mentions, paragraph.start, paragraph.end)
              if m.person is not None and m.subject
              and m.kind != "pronoun" and not m.quoted and main_clause(article.doc, m.start)}
    return next(iter(people.values())) if len(people) == 1 else None


def asks_then_narrates(text: str) -> int | None:
    """Where the question that opens ``text`` ends if narrative in the third person or nothing follows it; None
    for a question the speaker goes on to answer (``Hvorfor skulle jeg det? Jeg har aldri ...``) or none."""
    question = re.match(r"[^.!?]*\?", text)
    if text.endswith("?"):
        # "- Om noen er døde skal vi ... . Skal vi ha en markering ...?": statements in the first person that end in
        # a question of the speaker's own, no one addressed, are the speaker's words; so are statements between
        # questions ("- Hvem er jeg som menneske ...? Jeg fant ikke noe svar. ... Står livet mitt og faller på kneet?")
        stated = question is None or re.search(r"[.!][\s\u00a0]", text[question.end():]) is not None
        own = stated and FIRST_PERSON_ONLY.search(text) and not SECOND_PERSON.search(text)
        return None if own else len(text)
    if question is None or FIRST_PERSON.search(text[question.end():]):
        return None
    return question.end()


# the first or second person, as a word in the sentence (not "Min kamp", a title)
_OWN_WORDS = re.compile(r"(?:^|[.!?][\s\u00a0]+)(?:Jeg|Vi|Du|Dere)\b|\b(?:jeg|vi|meg|oss|min|mitt|mine|vår|vårt|våre|"
                        r"du|dere|deg|din|ditt)\b")
_LABEL = re.compile(r"(?P<label>[^:.!?«»\"\n]{2,60}?)[\s\u00a0]*:[\s\u00a0]+(?P<speech>\S)")


def labelled_speech(article: ArticleContext, paragraph: Paragraph) -> Quote | None:
    """A turn of a transcript or an interview set as ``Name (Party): speech``: a label of names, titles and
    brackets only with a person's name in it (``Statsråd Marit Arnstad``), then words in the speaker's own form
    (the first or second person, or a question) is a direct quote of the labelled person (GUIDELINES: a
    colon-introduced rendering in the speaker's own form)."""
    m = _LABEL.match(paragraph.text)
    if m is None or len(m.group("label").split()) > 7 or not article.doc.has_annotation("POS"):
        return None
    label = article.doc.char_span(paragraph.start, paragraph.start + m.end("label"), alignment_mode="expand")
    if label is None or any(t.pos_ not in ("PROPN", "NOUN", "PUNCT") for t in label) \
            or not any(t.ent_type_ == "PER" for t in label):
        return None  # a name, a title, a party in brackets; not "Leses av Knausgård:" (a caption)
    speech = paragraph.text[m.start("speech"):]
    if not (_OWN_WORDS.search(speech) or re.match(r"[^.!?]*\?", speech)):
        return None
    who = article.who(label.start_char, label.end_char) or article.described(label.start_char, label.end_char)
    end = len(paragraph.text.rstrip())
    return make_quote(article, paragraph, m.start("speech"), end, "direct", who, None) if who else None


HEADLINE_MAX_WORDS = 20


def headline(paragraph: Paragraph) -> bool:
    """A paragraph of a few words without a sentence's final mark: a headline or crosshead, whose report
    (``Krekars datter mener Venstre-Raja godtar angrep på islam``) paraphrases the article and is no quote
    of its own (quotes-dev GUIDELINES: headlines that paraphrase a quote)."""
    text = paragraph.text.strip()
    return bool(text) and text[-1] not in ".!?:»\"”)" and len(text.split()) <= HEADLINE_MAX_WORDS


# "- Jeg er uskyldig: Den tiltalte 44-åringen (t.h.) nekter ...": a photo caption led by its subject's words
_CAPTION_LABEL = re.compile(r"(?P<words>[^.!?:«»\n]{3,80}?)[.!?]?:[\s\u00a0]+(?=[A-ZÆØÅ])")


def caption_quote(article: ArticleContext, paragraph: Paragraph, start: int) -> Quote | None:
    """The words before the colon of a dash paragraph that goes on as a caption in the third person (``- Jeg er
    uskyldig: Den tiltalte 44-åringen (t.h.) nekter for å ha drept ...``): a direct quote without a cue, its speaker
    the person the caption's sentence is about, its subject; None if the words after the colon are speech (an
    attribution after a comma, the first or second person) or have no subject that can speak."""
    label = _CAPTION_LABEL.match(paragraph.text, start)
    if label is None or not article.doc.has_annotation("DEP"):
        return None
    rest = paragraph.text[label.end():]
    if FIRST_PERSON.search(rest) or SECOND_PERSON.search(rest) or any(
            rest[:m.start()].rstrip().endswith(",") for m in cue_pattern().finditer(rest)):
        return None  # speech goes on after the colon ("- Vi vant: Det var en god dag, sier Hansen.")
    caption = article.doc.char_span(paragraph.start + label.end(), paragraph.end, alignment_mode="expand")
    if caption is None:
        return None
    subject = next((t for t in caption if t.dep_ in ("SUBJ", "nsubj") and t.head.i != t.i
                    and t.head.morph.get("Tense", []) and caption.start <= t.head.i < caption.end), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN") or not someone(subject):
        return None
    start_char, end_char = subject.left_edge.idx, subject.idx + len(subject)
    speaker = article.who(start_char, end_char) or article.described(start_char, end_char)
    return make_quote(article, paragraph, start, label.end("words"), "direct", speaker, None)

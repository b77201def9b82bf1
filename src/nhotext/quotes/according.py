"""Sources given by ``ifølge X`` and ``etter det X erfarer``: who the source is and the clause it governs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..lexicon import normalize_title, reporting_verb_set
from ..reading import Paragraph
from .parse import entity_end, possessor
from .person_nouns import someone
from .reported import named_source
from .speakers import ArticleContext
from .types import Quote, Speaker, lower_start, lstrip_span, make_quote, rstrip_span

CLAUSE_OPENERS = {"men", "og", "mens", "så", "for"}
TIES = {"i", "ved", "fra", "hos"}
# Heads of a common noun that names a body, in the indefinite form a genitive owner takes ("Kongressens
# utredningsorgan", "selskapets ledelse", "NHOs styre"): the body speaks, not its owner
BODY_HEAD = re.compile(r"\w*(?:organ|utvalg|komité|komite|avdeling|etat|tilsyn|direktorat|kontor|byrå|sekretariat"
                       r"|styre|ledelse|kommisjon|domstol|departement|institutt)")


def according_quote(article: ArticleContext, sent: Span, paragraph: Paragraph,
                    last: Speaker | None) -> tuple[bool, Quote | None]:
    """Whether the sentence gives a source by ``ifølge``/``etter det X erfarer``, and the indirect quote of that
    source: named, described (``ifølge en kilde i politiet``) or, a long noun phrase, as written (``Ifølge noen av
    verdens mest innflytelsesrike selskaper i World Business Council for Sustainable Development (WBCSD),``)."""
    for cue, source, q_start, q_end in according_to(sent):
        written = article.text[source[0]:source[1]]
        # a description without the acronym in brackets after it ("... Hovedorganisasjon (NHO)")
        bare = (source[0], source[0] + len(re.sub(r"\s*\([^()]*\)$", "", written))) if "(" in written else source
        who = (article.who(source[0], source[1], last_speaker=last) or named_source(article, *source)
               or article.described(*bare) or _as_written(article, bare))
        q_start = lstrip_span(article.text, q_start, q_end)
        q_end = rstrip_span(article.text, q_start, q_end, keep_stop=False)
        if who and q_end - q_start > 10:
            return True, make_quote(article, paragraph, q_start - paragraph.start, q_end - paragraph.start, "indirect",
                                    who, cue)
        return True, None
    return False, None


def _as_written(article: ArticleContext, source: tuple[int, int]) -> Speaker | None:
    """A source's noun phrase too long for a description (GUIDELINES: the description as written); None unless the
    parse makes it one noun phrase of at most 25 words."""
    span = article.doc.char_span(*source, alignment_mode="expand")
    if span is not None and len(span) == 1 and span[0].is_lower and span[0].is_alpha \
            and span[0].dep_ in ("PUTFYLL", "pobj") and span[0].pos_ in ("NOUN", "ADJ") \
            and normalize_title(span[0].lower_) is None:  # (a bare title is someone's role: "ifølge påtaleansvarlig")
        return Speaker(span.text, type="description")  # "Ifølge redningspersonell": a noun the tagger read as
        # an adjective, the preposition's object all the same
    if span is None or len(span) > 25 or not any(t.pos_ == "NOUN" for t in span) or span.root.pos_ not in (
            "NOUN", "DET", "PRON") or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    return Speaker(lower_start(span.text), type="description")


def according_to(sent: Span) -> Iterator[tuple[str, tuple[int, int], int, int]]:
    """``Ifølge X, ...`` / ``..., ifølge X.`` / ``Etter det X erfarer, ...``: yields
    (cue, source span, quote start, quote end) in characters."""
    doc = sent.doc
    for token in sent:
        split = token.lower_ == "følge" and token.i > sent.start and doc[token.i - 1].lower_ == "i"  # "I følge X"
        if (token.lower_ == "ifølge" or split) and token.i + 1 < sent.end:
            opener = doc[token.i - 1] if split else token
            cue = doc[opener.i:token.i + 1].text.lower()
            end = token.i + 1
            nxt = doc[end]
            if nxt.ent_iob_ == "B":  # the whole entity: "Justis- og beredskapsdepartementet"
                end = entity_end(doc, end + 1, sent.end)
                while end < sent.end and doc[end].dep_ in ("FLAT", "flat") and token.i < doc[end].head.i < end \
                        and doc[end].is_alpha:
                    end += 1  # "Ifølge Haugesund avis": a word of the name the recognizer left out, says the parse
                while end + 1 < sent.end and doc[end].lower_ == "og" and doc[end + 1].ent_iob_ == "B" \
                        and doc[end + 1].ent_type_ == nxt.ent_type_:  # "Ifølge Unicef og Unfpa": two sources
                    end = entity_end(doc, end + 2, sent.end)
                if end + 1 < sent.end and _COMPOUND_GOES_ON.match(doc[end].text) and doc[end + 1].ent_type_ == "PER":
                    # "Ifølge Costa Rica-spiller Celso Borges": a role on a name of two words, then a name
                    end = entity_end(doc, end + 2, sent.end)
            elif nxt.is_lower and (obj := next((c for c in token.children if c.dep_ in ("PUTFYLL", "pobj")),
                                                None)) is not None and obj.right_edge.i < sent.end:
                end = obj.right_edge.i + 1  # "ifølge en av Diarras livvakter": the noun phrase the parse gives
                if obj.i + 1 < end and doc[obj.i + 1].pos_ == "ADV":
                    end = obj.i + 1  # not an adverb after the noun ("ifølge produsenten altså i opptil 60 km/t")
                end = next((t.i for t in doc[token.i + 1:end - 1] if t.text == "," and doc[t.i + 1].ent_type_ == "PER"),
                           end)  # a name set off after it: below
            elif nxt.is_lower:  # the parse gave "ifølge" no object ("Ifølge en talsmann for politiet, Kari Holm,"
                while end < sent.end and not doc[end].is_punct and doc[end].pos_ not in ("VERB", "AUX"):  # its
                    end += 1  # subject): the noun phrase up to the comma
            else:
                while end < sent.end and not doc[end].is_punct and (doc[end].is_title or doc[end].lower_ in
                                                                      {"og", "i", "for"} or end == token.i + 1):
                    end += 1
            end = _name_and_tag(doc, end, sent.end)
            if end + 1 < sent.end and doc[end - 1].ent_type_ and doc[end].lower_ in TIES and (
                    doc[end + 1].ent_iob_ == "B" and doc[end + 1].ent_type_ != "PER"
                    or not doc[end + 1].ent_type_ and doc[end + 1].pos_ == "PROPN" and doc[end + 1].is_title):
                end = entity_end(doc, end + 2, sent.end)  # "Ifølge (prosjektleder) Kari Moe i NHO er": hers too
            end, phrase_end = _owned(doc, end, sent.end)
            if phrase_end == end and any(t.is_lower and normalize_title(t.lower_) for t in doc[token.i + 1:end]):
                # "ifølge leder ved X, Kari Helene Partapuoli, ...", "Ifølge Moldes sportssjef, X,": a role's name
                # (not "Banens beste ifølge både VG og FIFA, Toni Kroos, virket": the subject's)
                end = phrase_end = _apposed_name(doc, end, sent.end)
            source = (doc[token.i + 1].idx, doc[end - 1].idx + len(doc[end - 1]))
            phrase_end = _apposition_after(doc, _relative_after(doc, phrase_end, sent.end), sent.end)
            before = doc[opener.i - 1] if opener.i > sent.start else None
            after = doc[phrase_end] if phrase_end < sent.end else None
            obj = next((c for c in token.children if c.dep_ in ("PUTFYLL", "pobj")), None)
            if before is not None and before.pos_ == "VERB" and obj is not None and not someone(obj):
                return  # "har han handlet ifølge budskapet i sin bok": in keeping with, no source's (not "døde
                # ifølge politiet")
            if before is None or before.is_space or before.is_punct and before.text != "," \
                    or before.lower_ in CLAUSE_OPENERS:  # "Ifølge X ...", "..., men ifølge X skal ..."
                yield cue, source, doc[phrase_end - 1].idx + len(doc[phrase_end - 1]), sent.end_char
            elif before.is_punct or after is None or after.is_punct:  # "..., ifølge X."
                if not _attributed(doc[sent.start:opener.i - 1]):  # not "..., mener selskapet, ifølge en artikkel"
                    # up to the comma, or with the word before when none stands ("Ti ble skadet ifølge politiet."),
                    # from the start of a subordinate clause it ends ("..., og selv om det er ... ifølge CNN, mener")
                    clause = _subordinate_clause(token, phrase_end) if not before.is_punct else None
                    yield cue, source, clause[0] if clause else sent.start_char, \
                        before.idx + (0 if before.is_punct else len(before))
            elif (clause := _subordinate_clause(token, phrase_end)) is not None:
                yield cue, source, *clause  # "selv om det nå er 49 prosent mot 49 prosent ifølge CNN, mener CNN at"
            else:  # inside the clause: "Disse partiene skal ifølge Alte være ...", the cue within the quote
                yield cue, source, sent.start_char, sent.end_char
            return
    # also "etter hva X erfarer", and what a paper knows, understands or has been told ("Etter det smp.no kjenner
    # til, skal ...", "etter det NTB forstår")
    m = re.search(r"\b[Ee]tter (?:det|hva) (?P<who>.+?) (?P<cue>erfarer|kjenner til|forstår|(?:har )?fått opplyst)"
                  r",?\s*", sent.text)
    if m:
        base = sent.start_char
        yield m.group("cue"), (base + m.start("who"), base + m.end("who")), base + m.end(), sent.end_char
        return
    m = _LEARNS_AFTER.search(sent.text)  # "Equinor kutter 400 stillinger, erfarer E24.": what the paper has learned
    if m and m.start() > 0:
        base = sent.start_char
        yield "erfarer", (base + m.start("who"), base + m.end("who")), base, base + m.start()


SUBORDINATORS = {"om", "fordi", "når", "da", "mens", "hvis", "dersom", "siden", "selv", "ettersom"}


def _subordinate_clause(according: Token, phrase_end: int) -> tuple[int, int] | None:
    """The subordinate clause ``ifølge`` stands in, without its subordinator (``selv om [det nå er 49 prosent mot 49
    prosent i Ohio] ifølge CNN, mener CNN at ...``), up to the cue when the cue ends it; None in a main clause."""
    verb, doc = according.head, according.doc
    while not verb.morph.get("Tense", []) and verb.head.i != verb.i and verb.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "fordi han ifølge retten hadde løyet": the finite verb of the participle
    opener = [c for c in verb.children if c.i < verb.i and c.dep_ in ("SBU", "mark") and c.lower_ in SUBORDINATORS]
    if not opener or verb.pos_ not in ("VERB", "AUX") or not verb.morph.get("Tense", []):
        return None
    first = doc[opener[-1].i + 1]
    last = verb.right_edge
    while last.is_punct and last.i > first.i:
        last = doc[last.i - 1]
    if last.i < phrase_end - 1 or according.i <= first.i:
        return None  # (the clause ends inside the source's phrase: not the one it governs)
    end = doc[according.i - 1] if last.i == phrase_end - 1 else last  # the cue ends the clause: up to it
    return first.idx, end.idx + len(end)


_LEARNS_AFTER = re.compile(r",\s+erfarer\s+(?P<who>[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,3})\s*[.!]?\s*$")


_COMPOUND_GOES_ON = re.compile(r"[A-ZÆØÅ][\w]*-[a-zæøå]")  # "Rica-spiller": a compound on the name's last word


def _apposed_name(doc, end: int, sent_end: int) -> int:
    """The source goes on with a name set off by commas after it (``ifølge leder ved X, Kari Helene Partapuoli,
    ...``) or ending the sentence (``, Rikke Monsen.``)."""
    if end + 2 < sent_end and doc[end].text == "," and doc[end + 1].ent_iob_ == "B" \
            and doc[end + 1].ent_type_ == "PER":
        name_end = entity_end(doc, end + 2, sent_end)
        if name_end < sent_end and doc[name_end].text in (",", ".", "!", "?") or name_end == sent_end:
            return name_end
    return end


def _relative_after(doc, end: int, sent_end: int) -> int:
    """Past a relative clause set off by commas after the source (``Ifølge Forleggerforeningen, som deler ut prisen,
    ble det ...``): the clause says who the source is, the report begins after it."""
    if end + 2 < sent_end and doc[end].text == "," and doc[end + 1].lower_ in ("som", "der", "hvor"):
        close = next((t.i for t in doc[end + 2:sent_end] if t.text == ","), None)
        if close is not None and close + 1 < sent_end:
            return close + 1
    return end


def _apposition_after(doc, end: int, sent_end: int) -> int:
    """Past an apposition set off by commas after the source, before the clause's finite verb (``Ifølge professor
    Hilde Henriksen Waage, Midtøsten-ekspert ved Universitetet i Oslo, har Hamas ...``, ``Abbas kan ifølge X, direktør
    ved Y, miste makten``): it says who the source is, the clause goes on after it."""
    comma = end if end < sent_end and doc[end].text == "," else end - 1  # (the parse may end the phrase past it)
    if comma + 2 >= sent_end or doc[comma].text != "," or doc[comma + 1].lower_ in ("som", "der", "hvor", "og", "men"):
        return end
    close = next((t.i for t in doc[comma + 1:min(sent_end, comma + 14)] if t.text == ","), None)
    if close is None or close + 1 >= sent_end or doc[close + 1].pos_ not in ("VERB", "AUX"):
        return end
    words = doc[comma + 1:close]
    if any(t.pos_ == "NOUN" for t in words) and not any(t.morph.get("Tense", []) for t in words):
        return close + 1
    return end


def _name_and_tag(doc, end: int, sent_end: int) -> int:
    """The source goes on with the name after its title (``ifølge ordfører Petter Løvik``, where the parse may end
    the phrase at the title) and a tag in brackets after a name (``Petter Løvik (H)``, ``Kari Moe (34)``)."""
    role = doc[end - 1]  # a known title, or a noun no lexicon holds ("Ifølge konditor Kjelsaas er ...")
    if end < sent_end and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PER" \
            and (normalize_title(role.lower_) is not None or role.pos_ == "NOUN" and role.is_lower):
        end = entity_end(doc, end + 1, sent_end)
    close = next((t.i for t in doc[end + 1:min(sent_end, end + 7)] if t.text == ")"), None) \
        if end < sent_end and doc[end].text == "(" else None
    if close is not None and close > end + 1 and (doc[end - 1].ent_type_ or doc[end - 1].is_title) \
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[end + 1:close]):
        end = close + 1  # "Statistisk sentralbyrå (SSB)", "NHO (Næringslivets Hovedorganisasjon)": a short form
    return end


def _owned(doc, end: int, sent_end: int) -> tuple[int, int]:
    """After a source in the genitive (``ifølge CNNs prognoser``, ``Ifølge Kroatias ambassadør Kari Moe``):
    the source's end and the end of the phrase ``ifølge`` governs. A person the owner has (a title, and the
    name after it) is the source; what it wrote or counted (``prognoser``, ``siste tall``) is not."""
    if end >= sent_end or not possessor(doc[end - 1]):
        return end, end
    phrase_end = end
    while phrase_end < sent_end and doc[phrase_end].is_lower and doc[phrase_end].pos_ in ("NOUN", "ADJ"):
        phrase_end += 1
    if normalize_title(doc[end].lower_) is not None or phrase_end > end \
            and normalize_title(doc[end:phrase_end].text.lower()) is not None:  # "Rosenborgs daglige leder"
        end = max(end + 1, phrase_end)
        while end < sent_end and doc[end].ent_type_ == "PER":
            end += 1
        return end, end
    if end < phrase_end < sent_end and doc[phrase_end].ent_iob_ == "B" \
            and doc[phrase_end].ent_type_ in ("ORG", "GPE_ORG"):
        name_end = entity_end(doc, phrase_end + 1, sent_end)  # "Ifølge landets katastrofeetat AFAD": the body
        return name_end, name_end  # named after what it is
    bracket = doc[phrase_end:phrase_end + 3] if phrase_end > end and phrase_end + 2 < sent_end else None
    if bracket is not None and bracket[0].text == "(" and not bracket[1].is_lower and bracket[2].text == ")":
        # "ifølge FNs matvareprogram (WFP)": a body with its abbreviation
        return phrase_end + 3, phrase_end + 3
    if phrase_end > end and BODY_HEAD.fullmatch(doc[phrase_end - 1].lower_):
        # "ifølge Kongressens utredningsorgan for budsjettsaker": a body the owner has speaks, with what the parse
        # hangs on it up to the next comma
        edge = doc[phrase_end - 1].right_edge.i + 1
        if edge < sent_end and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in doc[phrase_end:edge]):
            phrase_end = edge
        return phrase_end, phrase_end
    return end, phrase_end


def _attributed(words: Span) -> bool:
    """Words that end in an attribution of their own, a comma, a verb of saying and a short subject (``...,
    mener selskapet``): the ``ifølge`` after them names where the report was read, not who speaks."""
    comma = next((t for t in reversed(words) if t.text == ","), None)
    if comma is None or words.end - comma.i - 1 > 5 or comma.i + 2 > words.end:
        return False
    verb = words.doc[comma.i + 1]
    return verb.lower_ in reporting_verb_set() and bool(verb.morph.get("Tense", []))


def before_where_read(sent: Span) -> str:
    """The sentence's text without its ``, ifølge X`` where an attribution of its own comes before it (``...,
    mener selskapet, ifølge en artikkel på usnews.com.``: where the report was read, :func:`_attributed`); else
    the whole text."""
    text = sent.text
    read = re.search(r",\s+i\s?følge\s", text)
    if read is None:
        return text
    comma = sent.doc.char_span(sent.start_char + read.start(), sent.start_char + read.start() + 1)
    return text[:read.start()] if comma is not None and _attributed(sent.doc[sent.start:comma.start]) else text

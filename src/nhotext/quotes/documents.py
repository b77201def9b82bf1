"""Documents as sources (GUIDELINES: documents): ``heter det i rapporten``, ``står det i brevet``,
``ifølge notatet``; the writer when the article names it, else the text as named."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from ..lexicon import ORG_NOUNS, definite_title, org_noun_kinds, reporting_verb_set
from ..organizations import load_gazetteer
from .parse import entity_end, subject_of
from .types import Speaker, lower_start

# Heads of the nouns for a written text that states something: "heter det i rapporten", "står det i
# brevet", "ifølge notatet", "forteller brosjyren" (compounds count: "utrykningsrapport", "politirapporten").
DOCUMENT_HEADS = ("rapport", "brev", "notat", "brosjyre", "papir", "dokument", "utredning", "reportasje",
                  "artikkel", "minneside", "banner", "plakat", "kunngjøring", "skriv", "referat", "protokoll",
                  "bok", "roman",  # "Boka argumenterer for at": its author where the article names one
                  "dom", "kjennelse", "vedtak", "pressemelding", "programerklæring", "manifest", "testament",
                  # a case's papers ("ifølge tiltalen", "i stevningen står det at")
                  "tiltale", "siktelse", "stevning", "anmeldelse", "søknad",
                  "film", "video", "innslag", "uttalelse", "erklæring", "melding", "innlegg", "forslag", "begrunnelse",
                  # rules and laws ("I de internasjonale reglene står det at"; "regl" for the plural's stem)
                  "regel", "regl", "lov", "forskrift", "reglement", "retningslinje", "avtale", "instruks",
                  # figures and forecasts ("ifølge en prognose fra SSB"; not "tall", whose compounds are words of
                  # quantity: "flertallet")
                  "statistikk", "prognose", "beregning", "anslag",
                  # surveys and studies, whose maker states the finding ("ifølge en undersøkelse fra Norstat")
                  "undersøkelse", "måling", "studie", "analyse", "kartlegging")
# figures as a document, with their maker after them ("ifølge tall fra OFV")
FIGURES = {"tall", "tallene", "tala", "talla"}
# the verbs and formal subject that place a statement in a text: "står det i X", "det står på X", "I X heter det"
PLACING = ({"står", "heter", "sto", "het"}, {"det"})
# endings, with the doubled consonant of a short stem ("dommen"; not "dommer", a judge)
_DOCUMENT = re.compile(r"(" + "|".join(DOCUMENT_HEADS) + r")(?:n|en|t|et|a|ne|ene|r|er|s|men|mene)?$")


# Verbs that put out a text, by lemma or form (the lemmatizer leaves "utga", gives "leggje" for "la"), some with
# their particle ("ga ut", "la fram"): "utga en rapport", "la fram en utredning", "publiserte et notat"
PUBLISHING = {"utgi", "utga", "utgir", "publisere", "lansere", "offentliggjøre", "utarbeide", "sende", "levere"}
PUBLISHING_WITH = {"gi": ("ut",), "ga": ("ut",), "legge": ("fram", "frem"), "leggje": ("fram", "frem"),
                   "la": ("fram", "frem")}
# verbs of studying whose subject made the report a definite text names later ("har evaluert avtalen")
STUDYING = {"evaluere", "undersøke", "kartlegge", "utrede", "analysere", "gjennomgå", "granske", "studere"}
STUDY_SENTENCES = 3  # sentences back in which the study is looked for
MEDIA_WORK = {"reportasje", "artikkel", "innslag"}  # a newspaper's or broadcaster's own texts
EARLIER_WINDOW = 2000  # tokens back in which an earlier mention (a document, a description) is looked for


def document_noun(token) -> bool:
    """A noun for a written text (``rapporten``, ``sakspapirene``, ``utrykningsrapport``), or figures with their
    maker (``ifølge tall fra OFV``; ``Tallene bekrefter at`` is evidence, and a compound on ``tall`` a quantity)."""
    return token.pos_ == "NOUN" and (bool(_DOCUMENT.search(token.lower_)) or token.lower_ in FIGURES and (
        token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "fra"))


def placed_in(span: Span) -> Token | None:
    """The noun or name of ``i``/``på`` + what a statement is written in (``heter det i forordet``, ``står det på
    vinkartet``, ``På skiltet står det:``, ``står det i Koranen``), or None."""
    doc = span.doc
    if len(span) < 2 or span[0].lower_ not in ("i", "på"):
        return None
    before = {t.lower_ for t in doc[max(span.start - 2, 0):span.start]}
    after = {t.lower_ for t in doc[span.end:span.end + 2]}
    if not any(len(words & PLACING[0]) == 1 and len(words & PLACING[1]) == 1 for words in (before, after)):
        return None
    noun = next((t for t in span[1:5] if (t.pos_ in ("NOUN", "PROPN") or t.ent_type_)
                 and "Gen" not in t.morph.get("Case", [])), None)
    # a text by its name: the writer is read as for any ("I politiets utrykningsrapport står det")
    return None if noun is None or document_noun(noun) else noun


class Documents:
    """The part of :class:`~nhotext.quotes.speakers.ArticleContext` that names a document's writer."""

    doc: Doc
    text: str
    documents: dict[str, Speaker]  # document noun lemma -> who wrote it
    _writer_index: dict[str, tuple[list[int], list[Speaker]]] | None = None  # see _writers

    def org_by_head(self, head: str) -> str | None:  # pragma: no cover - ArticleContext defines it
        raise NotImplementedError

    def org_named(self, written: str) -> str | None:  # pragma: no cover - ArticleContext defines it
        raise NotImplementedError

    def recent_org(self, kinds: tuple[str, ...], before: int, first: bool = False) -> str | None:  # pragma: no cover
        raise NotImplementedError

    def described(self, start: int, end: int) -> Speaker | None:  # pragma: no cover - ArticleContext defines it
        raise NotImplementedError

    def placed_source(self, span: Span, placed: Token) -> Speaker | None:
        """The source of a statement written in ``placed`` (:func:`placed_in`): a text by what the sentence says
        of it, whatever the noun (``forordet``, ``vinkartet``); a newspaper named there is the organisation, any
        other name a text (``Koranen``, ``Grunnloven``)."""
        if placed.pos_ == "NOUN" and placed.is_lower and not placed.ent_type_:
            return self.document(span, placed)
        last = self.doc[entity_end(self.doc, placed.i + 1) - 1]
        named = self.described(placed.idx, last.idx + len(last))
        return Speaker(named.name, type="document") if named is not None and named.type == "description" else named

    def document(self, span: Span, noun: Token | None = None) -> Speaker | None:
        """A written text that states something (GUIDELINES: documents): its writer when the article
        names it (``politiets utrykningsrapport`` -> politiet, ``notatet fra DA`` -> DA), the writer given
        for an earlier mention of the same text (``rapporten``), else the text as named (``brosjyren``).
        ``noun`` is the text's noun where the sentence says it is one (:func:`placed_in`)."""
        placed = noun is not None and span[0].lower_ in ("i", "på")
        noun = noun or next((t for t in span if document_noun(t)), None)
        if noun is None:
            return None
        writer = self._written_by(noun)
        head = _DOCUMENT.search(noun.lower_)
        key = head.group(1) if head else noun.lower_
        prefix = noun.lower_[:head.start()].rstrip("s-") if head else ""
        for ending in ("et", "en"):
            if writer is None and prefix and prefix + ending in ORG_NOUNS:
                writer = Speaker(prefix + ending, type="organization")  # "politirapporten" -> politiet
        definite = "Def" in noun.morph.get("Definite", []) or (  # "brevet", "dommen" untagged
            head is not None and noun.lower_[head.end(1):] in ("en", "et", "a", "ne", "ene", "men", "mene"))
        if writer is None and definite:
            writer = self.documents.get(key) or self._earlier_writer(noun, key)
        if writer is None:
            writer = self._later_writer(noun, key)  # an ingress's "ifølge ny rapport", the body names its writer
        if writer is None and definite:
            writer = self._studied_by(noun)  # "SINTEF har evaluert avtalen. ... rapporten konkluderer med at"
        if writer is None and definite and key in MEDIA_WORK:  # "heter det i reportasjen" after "Der Spiegel
            medium = self.recent_org(("media",), noun.idx)  # inviterte ...": the medium that made it (GUIDELINES)
            writer = Speaker(medium, type="organization") if medium is not None else None
        if writer is not None:
            self.documents[key] = writer
            return writer
        words = self.text[span[1].idx:noun.idx + len(noun)] if placed else noun.text  # "på en av plakatene"
        phrase = [] if placed else [t for t in self.doc[noun.left_edge.i:noun.i + 1] if not t.is_punct]
        if phrase and (phrase[0].lower_ in ("en", "et", "ei", "den", "det", "de")  # also "de nye reglene"
                       or len(phrase) > 1 and all(t.pos_ == "ADJ" for t in phrase[:-1])):  # "nye undersøkelser"
            words = self.text[phrase[0].idx:noun.idx + len(noun)]
        one = noun.head.head if noun.head.lower_ == "av" and noun.head.i == noun.head.head.i + 1 else None
        if not placed and one is not None and one.lower_ in ("en", "ei", "ett", "et"):
            words = self.text[one.idx:noun.idx + len(noun)]  # "På en av plakatene står det:", one of them
        return Speaker(lower_start(words), type="document")

    def _written_by(self, noun) -> Speaker | None:
        """The writer named beside a document noun: a genitive (``politiets rapport``) or ``fra``/``av`` +
        a name (``notatet fra DA``, not ``rapporten fra natten``)."""
        writer = None
        for child in noun.children:
            last = child.right_edge if child.i < noun.i and child.right_edge.i == noun.i - 1 else child
            if child.i < noun.i and ("Gen" in last.morph.get("Case", []) or child.dep_ == "DET" and
                                     last.lower_.endswith("s") and last.pos_ in ("NOUN", "PROPN")):
                # the whole name ("Norsk kulturråds begrunnelse", the parser hanging the genitive on its first word)
                first = child.left_edge.i if all(t.is_title or t.is_upper for t in
                                                 self.doc[child.left_edge.i:child.i + 1]) else child.i
                words = self.doc[first:last.i + 1].text
                writer = self._writer(words[:-1] if last.lower_.endswith("s") else words, child)
            elif writer is None and child.i > noun.i and child.lower_ in ("fra", "av"):
                owner = next((c for c in child.children if c.pos_ == "PROPN" or c.ent_type_), None)
                body = next((c for c in child.children if c.pos_ == "NOUN" and _tied_to_name(c)), None)
                if owner is None and body is not None:
                    # "notatet fra ledelsen i Kollektivtransportproduksjon AS": a part of a named body, as written
                    writer = Speaker(self.text[body.idx:body.right_edge.idx + len(body.right_edge)], type="description")
                    continue
                kind = next((c for c in child.children if c.pos_ == "NOUN" and c.is_lower and "Def" in c.morph.get(
                    "Definite", []) and (org_noun_kinds(c.lower_) or self.org_by_noun(c))), None)
                if owner is None and kind is not None:  # "en uttalelse fra forbundet": the body named before
                    writer = self._writer(kind.text, kind)
                    continue
                after = self.doc[child.i + 1] if child.i + 1 < len(self.doc) else None
                if owner is None and after is not None and after.ent_type_:
                    # the parser attached the name elsewhere ("brev fra Kari Lunde ble solgt": Kari as subject)
                    writer = self._named_writer(after)
                elif owner is not None:
                    writer = self._writer(self.doc[owner.left_edge.i:owner.right_edge.i + 1].text, owner)
        if writer is None:
            writer = self._published_in(noun)
        return writer or self._agent_of_participle(noun) or self._writing_subject(noun) or self._publisher(noun)

    def _published_in(self, noun) -> Speaker | None:
        """The paper a text appeared in, right after it (``en måling i Adresseavisa``, ``en artikkel i Aftenposten``):
        the paper states it (GUIDELINES: newspapers); the whole name the recogniser gives, whatever the parse."""
        if noun.i + 2 >= len(self.doc) or self.doc[noun.i + 1].lower_ != "i" or self.doc[noun.i + 2].ent_iob_ != "B":
            return None
        name = self.doc[noun.i + 2:entity_end(self.doc, noun.i + 3)].text
        return self._writer(name, self.doc[noun.i + 2]) if load_gazetteer().is_media(name) else None

    def _writing_subject(self, noun) -> Speaker | None:
        """The subject of a verb of saying whose words stand in the document: ``I et vedtak datert 3. mai skriver
        tilsynet at ...`` (the parse hangs ``i et vedtak`` on ``skriver``): a name or an organisation noun, not a
        pronoun (``I brevet skriver hun``), which this does not resolve."""
        place, verb = noun.head, noun.head.head
        said = reporting_verb_set()
        if place.lower_ not in ("i", "gjennom") or place.i > noun.i or not (verb.lemma_ in said or verb.lower_ in said):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("SUBJ", "nsubj")), None)
        if subject is None or subject.pos_ == "PRON":
            return None
        if subject.ent_type_ in ("ORG", "GPE_ORG", "PER"):
            return self._named_writer(subject)
        return self._writer(subject.text, subject) if subject.is_lower and org_noun_kinds(subject.lower_) else None

    def _publisher(self, noun) -> Speaker | None:
        """Who a verb of publishing has put out the text (``Nylig utga kommisjonen en rapport``, ``NHO la i går
        fram en rapport``): its subject, when the noun is its object."""
        verb = noun.head
        particles = PUBLISHING_WITH.get(verb.lemma_.lower()) or PUBLISHING_WITH.get(verb.lower_, ())
        publishes = {verb.lemma_.lower(), verb.lower_} & PUBLISHING or any(
            t.lower_ in particles for t in self.doc[verb.i + 1:noun.i])
        if noun.dep_ not in ("DOBJ", "obj") or not publishes or verb.i == noun.i:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("SUBJ", "nsubj") and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or subject.pos_ == "NOUN" and not subject.is_lower and subject.i != subject.sent.start:
            return None
        words = self.doc[subject.left_edge.i if subject.pos_ == "PROPN" else subject.i:subject.i + 1]
        return self._writer(words.text, subject)

    def _studied_by(self, noun) -> Speaker | None:
        """Who studied what a definite text reports, in the sentences just before it (``SINTEF og NTNU har evaluert
        avtalen. ... men rapporten konkluderer med at``): the named subject of a verb of studying, as written."""
        sent = noun.sent
        for _ in range(STUDY_SENTENCES):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            verb = next((t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in STUDYING), None)
            subject = subject_of(verb) if verb is not None else None
            if subject is not None and subject.ent_type_ in ("ORG", "GPE_ORG", "PER"):
                words = [t for t in subject.subtree if not t.is_punct]
                return self._writer(self.text[words[0].idx:words[-1].idx + len(words[-1])], subject)
        return None

    def _agent_of_participle(self, noun) -> Speaker | None:
        """The agent of a participle after a document noun: ``en rapport utarbeidet av Centre for American
        Progress``, ``rapporten, som er skrevet av X,`` (the parser hangs ``av`` on either word)."""
        i = noun.i + 1
        while i < len(self.doc) and i <= noun.i + 4 and self.doc[i].lower_ in (",", "som", "er", "ble", "var", "blitt"):
            i += 1
        if i + 2 >= len(self.doc) or "Part" not in self.doc[i].morph.get("VerbForm", []) \
                or self.doc[i + 1].lower_ != "av" or not self.doc[i + 2].ent_type_:
            return None
        return self._named_writer(self.doc[i + 2])

    def _named_writer(self, first) -> Speaker:
        """The writer whose name the recognizer's entity opening at ``first`` gives, the whole entity."""
        return self._writer(self.doc[first.i:entity_end(self.doc, first.i + 1)].text, first)

    def _writers(self, key: str) -> tuple[list[int], list[Speaker]]:
        """Every mention of that kind of text whose writer the article names: token positions and writers, in
        order (found once per kind and article, so that a long article costs no scan per quote)."""
        if self._writer_index is None:
            self._writer_index = {}
        index = self._writer_index
        if key not in index:
            found = [(t.i, w) for t in self.doc if t.pos_ == "NOUN" and (m := _DOCUMENT.search(t.lower_)) is not None
                     and m.group(1) == key and (w := self._written_by(t)) is not None]
            index[key] = ([i for i, _ in found], [w for _, w in found])
        return index[key]

    def _earlier_writer(self, noun, key: str) -> Speaker | None:
        """``i brevet`` after ``Et 200 år gammelt brev fra Napoleon Bonaparte``: the writer named at an
        earlier mention of the same kind of text."""
        positions, writers = self._writers(key)
        k = bisect_left(positions, noun.i) - 1
        return writers[k] if k >= 0 and positions[k] >= noun.i - EARLIER_WINDOW else None

    def _later_writer(self, noun, key: str) -> Speaker | None:
        """The one writer named at a later mention of the same kind of text (GUIDELINES: the fullest form
        anywhere in the passage); None when later mentions name two."""
        positions, writers = self._writers(key)
        later = set(writers[bisect_right(positions, noun.i):bisect_left(positions, noun.i + EARLIER_WINDOW)])
        return later.pop() if len(later) == 1 else None

    def person_named(self, token) -> Speaker | None:  # pragma: no cover - ArticleContext defines it
        raise NotImplementedError

    def org_by_noun(self, token) -> str | None:  # pragma: no cover - ArticleContext defines it (OrgLookup)
        raise NotImplementedError

    def _writer(self, written: str, token=None) -> Speaker:
        if token is not None and token.ent_type_ == "PER" and (person := self.person_named(token)) is not None:
            return person  # "Napoleons brev"
        name = self.org_named(written) if written[:1].isupper() else None  # "politiets": as written
        if name is not None:
            return Speaker(name, None, None, "organization")
        for suffix in ("et", "en"):  # "politiets" -> the definite noun "politiet" (not a name: "Havila Kystruten")
            if written.lower().endswith(suffix) and (" " not in written or written[:1].islower()):
                named = self.org_by_head(written.lower()[:-len(suffix)])  # "kommisjonen": "Venezia-kommisjon"
                kinds = org_noun_kinds(written.lower()) if token is not None and named is None else None
                named = named or (self.recent_org(kinds, token.idx) if kinds else None)  # "selskapet": the company
                if named is None and definite_title(written.lower()) is not None:
                    return Speaker(lower_start(written), type="description")  # "operasjonslederens logg": a person
                return Speaker(named or lower_start(written), type="organization")
        return Speaker(written, type="organization" if written[:1].isupper() else "description")


def _tied_to_name(noun) -> bool:
    """A noun tied to a named body after it (``ledelsen i X``, ``styret ved X``), not ``rapporten fra natten``."""
    return any(c.lower_ in ("i", "ved", "for", "hos") and any(g.pos_ == "PROPN" or g.ent_type_ for g in c.children)
               for c in noun.rights)

"""Unnamed sources (contract version 2): the description as the article writes it (``nordkoreanske
medier``, ``en kilde i politiet``, ``kvinnen``), a later definite mention taken up (``kilden``), and a role
noun that stands for a named person (``sier pappa`` where the article has ``pappa Tore``)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from ..coref import Mention, genitive, mentions_between
from ..coref.epithets import epithet_gender, phrase_age
from ..lexicon import POSSESSIVE_PRONOUNS, PRONOUNS, bare_org_noun_kinds, normalize_title, org_noun_kinds
from ..organizations import load_gazetteer
from .channels import before_channel
from .described_roles import described_role
from .documents import EARLIER_WINDOW, Documents, document_noun
from .parse import CALENDAR_WORDS
from .person_nouns import (
    ANAPHORIC_PERSON,
    NOUN_GENDER,
    PERSON_NOUNS,
    nominal_adjective,
    person_lemma,
    person_noun,
    sayer,
    unknown_name,
)
from .relations import introduced_relative, role_holder, titled_person
from .titles import opens, relation
from .types import Speaker

# Institution nouns whose kind other bodies share ("politiet" is no agency the article named unless its name says so:
# "Vestfold politidistrikt", not "Barneombudet"): the stem the organisation's name must hold.
INSTITUTION_STEMS = {"politiet": "politi", "sykehuset": "sykehus", "tingretten": "tingrett", "retten": "rett",
                     "lagmannsretten": "lagmannsrett", "ambassaden": "ambassade", "tilsynet": "tilsyn",
                     "direktoratet": "direktorat", "universitetet": "universitet", "instituttet": "institutt",
                     "kommisjonen": "kommisjon", "brannvesenet": "brann", "barnevernet": "barnevern",
                     "barneverntjenesten": "barnevern", "fengselet": "fengsel", "skolen": "skole"}


def introduced_singular(description: str) -> bool:
    """A description that introduces one person (``en lokal innbygger``, ``ei kvinne fra Storbritannia``)."""
    return description.split()[0] in ("en", "ei", "et") if description else False


DESCRIBED_WINDOW = 2  # sentences back in which an unnamed person introduced is a pronoun's antecedent
# a woman by the feminine suffix of her trade or role (``vertinnen``, ``venninna``, ``lærerinnen``)
_FEMININE = re.compile(r".{3,}(?:inne|innen|inna)$")


_PSEUDONYM = re.compile(r"\s*[«\"“]([A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+){0,2})[»\"”]")




def _definite(token) -> bool:
    """A definite noun, also one the tagger read as a name (``Vaktsjefen``) or left undefined (``Kvinna``)."""
    if "Def" in token.morph.get("Definite", []):
        return True
    inflected = token.lemma_ and token.lower_ != token.lemma_.lower() and "Plur" not in token.morph.get("Number", [])
    return token.lower_.endswith(("en", "et", "a")) and (token.pos_ == "PROPN" and opens(token) or (
        token.pos_ == "NOUN" and not token.morph.get("Definite", []) and bool(inflected)))


class UnnamedSources(Documents):
    """The part of :class:`~nhotext.quotes.speakers.ArticleContext` that describes unnamed sources."""

    doc: Doc
    text: str
    descriptions: list[tuple[str, Speaker]]  # unnamed sources so far: (head noun, speaker)
    roles: dict  # role noun lemma -> the one person it names (or None when two)
    coref: Any  # nhotext.coref.People of the article
    epithets: set[int]  # token indices of the article's epithets (nhotext.coref.epithets)
    person_spans: list[Span]
    person_mentions: list[tuple[int, Any]]  # (offset, nhotext.coref.Person) of every name and title mention

    def speaker_of(self, person) -> Speaker:  # pragma: no cover - ArticleContext defines it
        raise NotImplementedError

    def _org_of_span(self, span: Span) -> str | None:  # pragma: no cover - ArticleContext defines it
        raise NotImplementedError

    def _introduced(self, head: str, before: int) -> Speaker | None:
        """The noun phrase that introduced ``head`` before token ``before`` (``en kilde i politiet`` for a later
        ``kilden``, ``Den blide kelneren`` for ``kelneren``), from the parse: the noun with its dependents."""
        for token in reversed(self.doc[max(0, before - EARLIER_WINDOW):before]):
            possessed = any(c.i < token.i and ("Gen" in c.morph.get("Case", []) or c.dep_ == "DET" and
                                               c.pos_ in ("NOUN", "PROPN") and c.lower_.endswith("s"))
                            for c in token.children)
            # an indefinite with its determiner ("en kilde", "to kilder"): a bare one is a role ("som mor for X")
            # not a possessive pronoun: "Han satt med sin far" does not describe the later "faren" apart from him
            determined = any(c.i < token.i and c.dep_ in ("DET", "det") and c.lower_ not in POSSESSIVE_PRONOUNS
                             for c in token.children) or token.left_edge.lower_ in ("en", "ei", "et")  # "En 52 år"
            clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if clause is not None and any(c.lower_ == "at" and c.i < token.i for c in clause.children):
                continue  # inside reported content ("mener at tretten foreldre skal ..."): no one introduced
            # or the double definite of someone unnamed ("Den blide kelneren anbefalte" for a later "kelneren")
            doubled = _definite(token) and person_noun(token.text) \
                and any(c.lower_ in ("den", "de") and c.i < token.i for c in token.children) \
                and not (token.i + 1 < len(self.doc) and self.doc[token.i + 1].ent_type_ == "PER")
            if token.pos_ == "NOUN" and (_same_noun(self.doc[before], token.lower_) or possessed and
                                         token.lower_ == (self.doc[before].lemma_ or "").lower()) \
                    and ("Ind" in token.morph.get("Definite", []) and determined or possessed or doubled):
                # "en kilde i politiet" for a later "kilden"; "politiets vaktsjef" for "vaktsjefen"
                start, end = token.left_edge.i, token.i + 1
                for child in token.rights:  # not a clause hanging on it: "politiets vaktsjef om at de står ..."
                    # (a relative clause describes the person: "en nabo som ikke vil stå fram med navn")
                    if any(t.pos_ in ("VERB", "AUX") for t in child.subtree) and child.left_edge.lower_ != "som" \
                            or child.pos_ == "CCONJ" \
                            or child.dep_ in ("KOORD", "conj", "cc"):
                        break  # nor a second person joined to it: "en far og sønn" for a later "faren"
                    end = child.right_edge.i + 1
                if end - start > 10 or end > before:
                    return None
                phrase = self.doc[start:end]
                return self.described(phrase.start_char, phrase.end_char)
        return None

    def described_antecedent(self, pronoun, gender: str | None, antecedent: Mention | None) -> Speaker | None:
        """An unnamed person introduced after the last name and just before the pronoun, as a source (``får en
        telefon fra en bekymret kvinne. ... Hun forteller at``) or as a subject (``En mann ringte. Han sa``): the
        description, not the name further back. Indefinite noun phrases, and a definite person as subject where no
        one is named before (``Styrelederen er ... Selv hevdet han``), in this or the two sentences before, outside
        quoted speech. The name the ``antecedent`` the coreference gave stands for is where to stop: a pronoun it
        gave (``En kunde forteller at hun ...``) may be the unnamed person's own."""
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return None  # a blank pipeline: no parse to read the noun phrase from
        if antecedent is not None and antecedent.kind == "pronoun":
            antecedent = next((m for m in reversed(mentions_between(self.coref.mentions, 0, antecedent.start))
                               if m.person is antecedent.person and m.kind != "pronoun"), antecedent)
        after = antecedent.end if antecedent is not None else 0
        sent_start, counted = pronoun.sent.start, 0
        while counted < DESCRIBED_WINDOW and sent_start > 0:  # sentences of the narrative: a quote between counts none
            sent_start = doc[sent_start - 1].sent.start
            first = next((t for t in doc[sent_start].sent if not t.is_punct), doc[sent_start])
            counted += not self.coref.in_quote(first.idx)
        for token in reversed(doc[sent_start:pronoun.i]):
            if token.idx < after:
                return None
            opening = token.pos_ == "PROPN" and token.is_sent_start and _definite(token)  # "Styrelederen er ..."
            if token.pos_ != "NOUN" and not opening or self.coref.in_quote(token.idx):
                continue
            # the subject's apposition too: "Den butikkansatte, en kvinne i 50-årene, fortalte at"
            apposed = token.dep_ in ("APP", "appos") and token.head.dep_ in ("SUBJ", "nsubj")
            source = token.dep_ in ("SUBJ", "nsubj") or apposed \
                or token.head.lower_ == "fra" and token.dep_ in ("PUTFYLL", "pobj")
            # an indefinite article, or the writer's own possessive ("Min nabo, som er 84 år, må ... Hun sier at")
            article = next((c for c in token.lefts if c.lower_ in ("en", "ei", "et", "min", "mi", "mitt", "vår")), None)
            lemma = token.lemma_.lower() or token.lower_
            if _FEMININE.match(token.lower_) and lemma not in NOUN_GENDER:
                lemma = "kvinne"  # "vertinnen" (lemmatised "vertinn"): a woman, as the suffix says
            if not person_lemma(lemma):  # "damen" lemmatised "dam" (a pond): the form less its definite ending
                lemma = next((f for f in (token.lower_[:-1], token.lower_[:-2]) if person_lemma(f)), lemma)
            owner = next((c for c in token.lefts if c.pos_ == "PROPN" and c.i == token.i - 1 and genitive(c)), None)
            if owner is not None and lemma in NOUN_GENDER and NOUN_GENDER[lemma] == (gender or NOUN_GENDER[lemma]):
                return self.described(owner.idx, token.idx + len(token))  # "Vi ringer Cathrines far. Han ..."
            if opening and not (source and after == 0):
                continue
            # a definite person as subject, of the pronoun's gender ("han"/"hun", not "vi")
            definite_subject = source and article is None and token.dep_ in ("SUBJ", "nsubj") and _definite(token) \
                and person_lemma(lemma) and "Sing" in token.morph.get("Number", ["Sing"]) \
                and gender is not None and NOUN_GENDER.get(lemma, gender) == gender
            if definite_subject and after == 0:
                # no one named before ("Styrelederen er opprinnelig tysk. ... Selv hevdet han at"), with its
                # modifiers ("Den hyggelige damen i skranken")
                end = _modified_end(token)
                return self.described(token.left_edge.idx, doc[end].idx + len(doc[end]))
            if definite_subject and (introduced := self._introduced(lemma, token.i)) is not None \
                    and introduced_singular(introduced.name):
                # someone named before, but the subject since is the person introduced without a name, taken up
                # ("En ung mann ble funnet ... sier Havre. Mannen er på bedringens vei. - ..., sier han.")
                return introduced
            if not source or article is None or not (person_lemma(lemma) or sayer(token)):
                continue
            if gender and (NOUN_GENDER.get(lemma, gender) != gender  # nor a neuter thing: "Et kapittel beskriver"
                           or "Neut" in token.morph.get("Gender", []) and not person_lemma(lemma)):
                continue
            main = next((c for c in token.sent.root.children if c.dep_ in ("SUBJ", "nsubj")), None)
            if main is not None and main.i < token.i and main.lower_ == pronoun.lower_ \
                    and token.head != token.sent.root:
                return None  # "Hun hadde ikke tenkt det før en gallerist kom med ideen. Nå regner hun med": the
                # pronoun goes on from the main clause's subject, not from one in a clause inside it
            end = _modified_end(token)  # "En lærer i Drammen", as the source was described; as a cue's subject, its
            edge = token.right_edge.i  # phrase whole as the quote it speaks has it ("som bor alene på Voss")
            if sayer(token) and edge - token.i <= 8 and not any(t.is_punct for t in doc[token.i:edge]):
                end = edge
            return self.described(token.head.left_edge.idx if apposed else doc[article.i].idx,
                                  doc[end].idx + len(doc[end]))
        return None

    def described(self, start: int, end: int) -> Speaker | None:
        """An unnamed source as the article describes it (``nordkoreanske medier``, ``en kilde i politiet``,
        ``kvinnen``; contract version 2): the words of ``text[start:end]`` as written, a channel (``til NTB``) left
        out, lower-cased at the start unless a name begins them. None for a lone pronoun, a clause or no noun."""
        end = before_channel(self.doc, self.text, start, end)
        pseudonym = _PSEUDONYM.match(self.text[start:end])
        if pseudonym:  # "«Kari» (ikke hennes egentlige navn) forteller": a pseudonym is a name (GUIDELINES)
            return Speaker(pseudonym.group(1))
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        tokens = [t for t in span if not t.is_space]
        relative = introduced_relative(tokens[0], self.person_spans, self.coref.person_at) if len(tokens) == 1 else None
        if relative is not None:  # "sier moren" after "Espens mor, Anne Grete,": the person introduced so
            return self.speaker_of(relative)
        while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("og", "eller", "men", "så", "nå", "da")
                          or tokens[0].pos_ == "ADP" and len(tokens) >= 2
                          or len(tokens) > 3 and tokens[0].lower_ == "å" and tokens[1].pos_ == "VERB"):
            # "På en av plakatene står det:": the place, without its preposition; "står det å lese på": nor the reading
            tokens.pop(0)
            if tokens and tokens[0].pos_ == "VERB" and tokens[0].i > 0 and self.doc[tokens[0].i - 1].lower_ == "å":
                tokens.pop(0)
        aside = next((k for k in range(1, len(tokens) - 1) if tokens[k].text == ","
                      and tokens[k + 1].lower_ in ("som", "hvor", "der")  # or a clause of time: "sier kapteinen mens"
                      or tokens[k].pos_ == "SCONJ" and tokens[k].lower_ in ("når", "mens", "da", "etter", "før")
                      or tokens[k].text == "("), None)  # "en tyrkisk offiser (Jose Ferrer)": the actor, an aside
        if aside is not None:
            tokens = tokens[:aside]  # "En uavhengig tankesmie 8. oktober i Oslo, hvor noen av ... deltok,": set off
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        while len(tokens) > 1 and tokens[-1].pos_ in ("ADJ", "VERB") and tokens[-1].head.i < tokens[0].i \
                and tokens[-2].pos_ in ("NOUN", "PROPN") and not genitive(tokens[-2]):
            tokens.pop()  # "sier treneren fornøyd": the verb's manner after a noun, not the person's ("den tiltalte";
            # "sier Nederlands hanskehelt": an owner's noun the tagger read as an adjective)
        one = tokens[0] if len(tokens) == 1 and tokens[0].is_title else None  # a brand too ("Mercedes opplyser")
        known = load_gazetteer().lookup(one.text) if one is not None else None
        if known is not None:  # "Kreml avviser at": a body the list knows that the recogniser missed, no description
            return Speaker(known.name, None, None, "organization")
        lone = tokens[0] if len(tokens) == 1 else None  # a body by its name ("Kina ..., men hevder at"), an acronym
        body = one if one is not None and (one.ent_type_ in ("ORG", "GPE_ORG") or unknown_name(one)) \
            else lone if lone is not None and lone.is_upper and len(lone) > 1 and lone.text.isalnum() \
            and lone.ent_type_ != "PER" else None
        if body is not None and not genitive(body):
            return Speaker(body.text, None, None, "organization")
        subject = next((t for t in tokens if t.dep_ in ("SUBJ", "nsubj") and t.pos_ == "NOUN" and (_definite(t) or (
            t.lower_ != t.lemma_.lower() and t.lower_.endswith(("en", "et", "a", "ene"))))), None)  # "kvinna"
        end = subject.right_edge.i if subject is not None else tokens[-1].i if tokens else 0
        after = self.doc[end + 1] if tokens and end + 1 < len(self.doc) else None
        after = after.head if after is not None and after.dep_ in ("DET", "det") and after.head.i > after.i else after
        written_in = after is not None and any(document_noun(t) for t in after.children)  # "i et felles brev"
        # the verb's manner or time ("sier finnen med et skuldertrekk", "etter kampen", "i går"), not "damen med"
        manner = after is not None and after.head.i != end and (
            after.lower_ in ("etter", "før") or after.lower_ == "med" and not any(_definite(c) for c in after.children)
            or after.pos_ == "ADV" or any(_time_word(t) for t in after.subtree))
        if after is not None and tokens[-1].i - end >= (1 if written_in or manner else 4) \
                and after.dep_ in ("ADV", "advmod", "obl") \
                and (written_in or not any(t.ent_type_ in ("ORG", "GPE_ORG", "PER") for t in after.subtree)):
            # a definite subject's phrase only, not the verb's long adverbials after it ("sa statsministeren ved
            # kunngjøringen av valgdatoen forrige fredag", "vedgår kvinna fra sin nødhavn på Sørvestlandet";
            # "lederen i Antidoping Norge", "damen i luken" stay whole)
            tokens = [t for t in tokens if t.i <= end]
        # an adjective made a noun by its determiner ("den tiltalte"); one of a group ("en av dem", "ett av vitnene")
        nominal = nominal_adjective(tokens) or len(tokens) > 2 and tokens[1].lower_ == "av" \
            and tokens[0].lower_ in ("en", "ei", "ett", "et") and tokens[-1].pos_ in ("PRON", "NOUN", "PROPN") \
            or len(tokens) > 3 and tokens[0].lower_ in ("de", "den") and tokens[1].lower_ == "som"  # "De som står"
        if not tokens or len(tokens) > 10 or all(t.lower_ in PRONOUNS for t in tokens) \
                or tokens[0].pos_ == "PRON" and not nominal:
            return None  # "forteller de deg gjerne på Instagram": a pronoun is no description
        if len(tokens) == 1 and tokens[0].pos_ == "NOUN" and "Ind" in tokens[0].morph.get("Definite", []) \
                and "Sing" in tokens[0].morph.get("Number", []) and not relation(tokens[0]):
            # "Demokrati krever at": a bare singular noun names no one ("sier pappa" does), unless it is the title
            # of one person the article names ("- ..., hevder tobakksforsker." / "Tobakksforsker Karl Erik Lund")
            named = titled_person(tokens, self.coref.persons)
            return self.speaker_of(named) if named is not None else None
        if self.doc.has_annotation("POS") and not any(t.pos_ in ("NOUN", "PROPN") or t.ent_type_ for t in tokens) \
                and not nominal:
            return None
        finite = next((k for k, t in enumerate(tokens) if t.pos_ in ("VERB", "AUX") and t.morph.get("Tense", [])), None)
        if finite is not None and not any(t.lower_ in ("som", "der", "hvor") for t in tokens[:finite]) and not (
                finite >= 2 and tokens[finite - 1].pos_ == "PRON" and tokens[finite - 2].pos_ == "NOUN"):
            return None  # "mener det er viktig ...": a clause; not "en kilde som kjenner", "personene vi møter"
        last = tokens[-1]
        genitive_s = last.pos_ == "NOUN" and "Gen" in last.morph.get("Case", []) and last.lower_.endswith("s")
        words = self.text[tokens[0].idx:last.idx + len(last) - genitive_s]  # "rettens syn": retten
        first = tokens[0]
        if not (first.ent_type_ or (first.is_upper and len(first) > 1) or first.text[1:2].isupper()):
            # a name, an acronym or an acronym's compound ("TV-kanalen") keeps its case
            words = words[0].lower() + words[1:]
        nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")] or tokens[-1:]
        head = nouns[0].lemma_.lower() or nouns[0].lower_
        if len(tokens) == 1 and (person := self.roles.get(head)) is not None:
            return self.speaker_of(person)  # "sier pappa" where the article has "pappa Tore"
        if len(tokens) > 1 and tokens[-1].i in self.epithets and (
                len(tokens) == 2 and tokens[0].is_upper or phrase_age(tokens[-1]) is not None):
            tokens = tokens[-1:]  # "TV 2-eksperten", "Den 40 år gamle tennisstjerna": one epithet
        alone = len(tokens) == 1 or tokens[1].lower_ == "som"  # also "sier kristiansanderen som kom hjem"
        resolved = next((m for m in mentions_between(self.coref.mentions, tokens[0].idx, tokens[0].idx + 1)
                         if m.kind == "title"), None) if alone else None
        if resolved is not None:  # an epithet or title the article context resolved ("sier RBK-keeperen")
            return self.speaker_of(resolved.person)
        # an epithet the context left alone stands for someone never named ("en 40 år gammel mann" ... "40-åringen")
        epithet = len(tokens) == 1 and tokens[0].i in self.epithets
        if len(tokens) == 1 and _definite(tokens[0]) and "Plur" not in tokens[0].morph.get("Number", []):
            # "kilden" after "en kilde nær regjeringen": the source described before, by its head noun
            for earlier_head, earlier in reversed(self.descriptions):
                if _same_noun(tokens[0], earlier_head):
                    return earlier
            antecedent = self._introduced(head, tokens[0].i)
            if antecedent is not None:
                return antecedent
        if len(tokens) == 1 and _definite(tokens[0]) and "Plur" in tokens[0].morph.get("Number", []):
            group = self._introduced(head, tokens[0].i)  # "foreldrene" after "Tretten foreldre på Skothaugen"
            if group is not None:
                return group
        named = titled_person(tokens, self.coref.persons)
        if named is not None:
            return self.speaker_of(named)
        word = tokens[0].lower_  # "Kvinnen" read as a name has no lemma: its bases by the definite endings
        bases = {head} | {word[:-len(e)] for e in ("n", "en", "a", "et") if word.endswith(e)}
        if len(tokens) == 1 and _definite(tokens[0]) and bases & PERSON_NOUNS:
            # "Kvinnen hevder at ..." after "Slik beskriver en småbarnsmor ...": the person described last
            taken_up = next((sp for _, sp in reversed(self.descriptions) if introduced_singular(sp.name)), None)
            if taken_up is not None:
                return taken_up
        if len(tokens) == 1 and not epithet and ANAPHORIC_PERSON.search(word) and normalize_title(word) is None \
                and not relation(tokens[0]) and "Plur" not in tokens[0].morph.get("Number", []):
            # "sier dansken", "sier vikingveteranen": a definite person noun no title lexicon holds, as a pronoun
            if (held := role_holder(tokens[0], self.person_mentions)) is not None:  # "kjøpmannen" after
                return self.speaker_of(held)  # "kjøpmann og butikksjef X": the role someone was given
            mention = self.coref.ranked_antecedent(tokens[0], epithet_gender(tokens[0]))
            if mention is not None:
                return self.speaker_of(mention.person)
        inside = {t.i for t in tokens}  # the phrase's head noun, not an owner before it ("partiets valgstrateger")
        head_noun = next((t for t in nouns if t.head.i not in inside or t.head.i == t.i), nouns[0])
        owned = head_noun.i > tokens[0].i and genitive(self.doc[head_noun.i - 1]) and head_noun.is_lower
        institution = _definite(nouns[0]) and "Plur" not in nouns[0].morph.get("Number", []) \
            and org_noun_kinds(nouns[0].lower_) is not None or owned and bool(  # "sykehuset melder": a body
                bare_org_noun_kinds(head_noun.lower_))  # (GUIDELINES); "Kinas utenriksdepartement"
        title, org = described_role(head_noun, self._org_of_span) if not institution else (None, None)
        speaker = Speaker(words, title, org, type="organization" if institution else "description")
        self.descriptions.append((nouns[0].lower_, speaker))
        return speaker


def _time_word(token) -> bool:
    """A word that says when (``tirsdag``, ``kvelden``, ``i går``, ``den gangen``)."""
    return (token.lemma_.lower() or token.lower_) in CALENDAR_WORDS or token.lower_ in ("går", "gang", "gangen")


def _modified_end(token) -> int:
    """The index of the last word of a person noun's modifiers after it, four words at most (``damen i skranken``)."""
    return max([token.i] + [c.right_edge.i for c in token.rights if c.dep_ in ("ATR", "nmod")
                            and c.right_edge.i - token.i <= 4])


def _same_noun(definite, indefinite: str) -> bool:
    """Whether a definite noun (a token) takes up an indefinite one (its text) or itself: the same lemma, or the
    indefinite form with a definite ending (``kilde`` -> ``kilden``; the lemmatizer may give the two two lemmas)."""
    word = definite.lower_
    if word == indefinite:  # the same definite noun again ("den blide kelneren" ... "mente kelneren")
        return _definite(definite)
    return word.startswith(indefinite) and len(word) - len(indefinite) <= 3 or definite.lemma_.lower() == indefinite

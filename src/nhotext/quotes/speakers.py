"""Who is who in an article: people and organisations mentioned, and the speaker an attribution
clause names (a full name, a surname, ``han``/``hun``, ``regiondirektøren``, ``selskapet``), resolved
to the fullest form of the name with title and organisation (:meth:`ArticleContext.who`)."""

from __future__ import annotations

import bisect
from dataclasses import replace

from spacy.tokens import Doc, Span

from .. import lexicon
from ..coref import People, Person, mentions_between, name_cased, person_spans
from ..coref.names import without_genitive
from ..extensions import paragraphs_of
from ..lexicon import ORG_NOUNS, PRONOUNS, TIED_BY, UNNAMED, definite_title, name_title, org_noun_kinds, same_title
from ..reading import Paragraph
from .copula import copula_titles, epithet_titles
from .described_roles import police_as_written
from .descriptions import INSTITUTION_STEMS, UnnamedSources, before_channel
from .details import NameDetails, fronted_subject
from .documents import document_noun, placed_in
from .groups import group_antecedent
from .joined import separates
from .org_lookup import OrgLookup, classified_name, field_stem
from .parse import dies, in_prepositional_phrase, main_clause, owns_at, possessor
from .person_nouns import NOUN_GENDER, indefinite_source, kin_or_person
from .relations import title_beside
from .titles import SUBJECT
from .types import Speaker, written_list

GENDERS = {"f": "female", "m": "male"}
OBJECT_PRONOUNS = {"ham": "han", "henne": "hun"}


CHILDREN = {"datter", "sønn", "barn"}  # kin nouns whose owner ("Krekars datter") is the parent a later "faren" is
PARENTS = ("far", "pappa", "mor", "mamma")  # (their genders in NOUN_GENDER)


class ArticleContext(OrgLookup, UnnamedSources, NameDetails):
    """What attribution needs to know about the whole article."""

    question_paragraphs: frozenset[int] | None = None  # see interview.printed_questions

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.paragraphs: list[Paragraph] = paragraphs_of(doc, self.text)
        self.index_organizations(doc)
        self.people: dict[str, Person] = {}
        self.documents: dict[str, Speaker] = {}
        self.descriptions: list[tuple[str, Speaker]] = []  # unnamed sources so far: (head noun, speaker)
        self.roles: dict[str, Person | None] = {}  # role noun lemma -> the one person it names
        self.person_mentions: list[tuple[int, Person]] = []
        self._collect_people()

    def _may_be(self, speaker: Speaker, gender: str | None) -> bool:
        """Whether a pronoun of ``gender`` can stand for the speaker: not a person whose name says the other
        gender (``- ..., la hun til.`` after ``sier politimester Ole Hansen``)."""
        known = self.person(speaker.name) if speaker.type == "person" else None
        return gender is None or known is None or known.gender in (None, gender)

    # -- people -------------------------------------------------------------------------------------
    def _collect_people(self) -> None:
        persons = person_spans(self.doc, self.ents)  # sorted by start, without overlaps
        self.person_spans = persons
        self._person_starts = [p.start for p in persons]
        # names, short names, genitives and pronouns clustered into people (nhotext.coref)
        self.coref = People(self.doc, persons, text=self.text)
        for ent in sorted(persons, key=lambda e: e.start):
            person = self.coref.person_at(ent)
            if person is None:
                continue
            title, org = self._describe(ent)
            title = title or name_title(ent.text)
            person.title = person.title or title
            if title and title not in person.roles:
                person.roles.append(title)
            person.organization = person.organization or org
            self.person_mentions.append((ent.start_char, person))
            after = self.doc[ent.end:ent.end + 3]
            if len(after) == 3 and after[0].text == "(" and after[1].text.isdigit() and after[2].text == ")":
                person.age = person.age or int(after[1].text)  # "Tor Holger Bertelsen (57)"
            # "pappa Tore", "naboen Kari Hansen": a role noun just before the name stands for that person
            # wherever the article uses it alone ("sier pappa"), before or after; two people, no one
            role = self.doc[ent.start - 1] if ent.start > 0 else None
            if role is not None and role.text == "," and ent.start > 1 and not possessor(ent[-1]) \
                    and _definite_one(self.doc[ent.start - 2], owned=True):
                role = self.doc[ent.start - 2]  # "en byste av faren, Per,", "Hannahs far, Andrew": set off before
                self.coref.add_title_mention(role, person)
            if role is not None and role.pos_ == "NOUN" and role.is_lower and not definite_title(role.text):
                key = role.lemma_.lower() or role.lower_
                self.roles[key] = person if self.roles.get(key, person) is person else None
            if possessor(ent[-1]) and self.doc[ent.end].lemma_.lower() in CHILDREN:
                for parent in PARENTS:  # "Krekars datter" ... "faren": the child's parent is the one named
                    if person.gender in (None, NOUN_GENDER[parent]):
                        self.roles[parent] = person if self.roles.get(parent, person) is person else None
        copula_titles(self.doc, self.coref, self.person_spans, self._org_of_span)
        titled = {m.start for m in self.coref.mentions if m.kind == "title"}
        held = {p.title for p in self.coref.persons if p.title}
        for token in self.doc:  # "Konsernsjefen understreker", "pavens brev": a later mention by that title
            # also a prefixed title the recognizer reads as derived from a name ("LO-lederen" DRV)
            derived = token.ent_type_ == "DRV" and token.ent_iob_ == "B" \
                and not (token.i + 1 < len(self.doc) and token.nbor(1).ent_iob_ == "I")
            title = definite_title(without_genitive(token)) if token.ent_type_ == "" or derived else None
            noun = not title and token.pos_ == "NOUN" and token.ent_type_ == ""
            if noun and token.morph.get("Number", []) == ["Sing"]:
                title = self._held_title(token, held)  # "agenten" after "agent Patrik": a title no lexicon holds
            if noun and not title and _definite_one(token) and (person := self.roles.get(token.lemma_.lower())) \
                    and token.idx not in titled and not (token.i + 1 < len(self.doc) and token.nbor(1).ent_type_):
                self.person_mentions.append((token.idx, person))  # "faren" where the article has "faren, Per,"
                self.coref.add_title_mention(token, person)
            if title:
                person = self.recent_titled(title, token.idx) or fronted_subject(token, title, self.coref.mentions)
                if person is not None:
                    self.person_mentions.append((token.idx, person))
                    self.coref.add_title_mention(token, person)
        # "33-åringen", "nordmannen", "RBK-keeperen" (which gives a title): token indices
        self.epithets = epithet_titles(self.doc, self.coref, self.org_named)
        self.person_mentions.sort(key=lambda m: m[0])

    def person(self, name: str, at_token: int = 10**9) -> Person | None:
        return self.coref.person(name, at_token)

    def persons_in(self, start: int, end: int) -> list[Span]:
        """The person names overlapping tokens ``start``-``end`` (by binary search)."""
        i = max(0, bisect.bisect_right(self._person_starts, start) - 1)
        return [p for p in self.person_spans[i:bisect.bisect_left(self._person_starts, end)] if p.end > start]

    def recent_person(self, before: int, gender: str | None = None) -> Person | None:
        """The person mentioned last before ``before`` (for ``han``/``hun``, whose first name says no other gender)."""
        for position, person in reversed(self.person_mentions):
            if position < before and (gender is None or person.gender in (None, gender)):
                return person
        return None

    def _held_title(self, token, held: set[str] | None = None) -> str | None:
        """A definite noun whose base form is the title of someone in the article (``litteraturkritikeren``
        where ``litteraturkritiker Tom Egil Hverven`` is written): a title no lexicon needs to hold (``held``: the
        titles, where the caller has them)."""
        if token.pos_ != "NOUN" or "Def" not in token.morph.get("Definite", []):
            return None
        base = token.lemma_.lower()
        return base if base in (held if held is not None else {p.title for p in self.coref.persons if p.title}) \
            else None

    def salient_person(self, paragraph: Paragraph) -> Person | None:
        """Who a narrative paragraph is about, likely to speak in the dash paragraph after it: its last subject (``I
        dag er Mæland byrådsleder, men kritisk til Bertelsen.``), else the one person it names (not two examples:
        ``unge stjerner, som Sidney Crosby og Jevgenij Malkin``; not an owner: ``Cathrines mor``)."""
        mentions = [m for m in mentions_between(self.coref.mentions, paragraph.start, paragraph.end) if not m.quoted]
        owners = [m for m in mentions if owns_at(self.doc, m.end)]
        subjects = [m for m in mentions if m.subject and m not in owners]
        # a main clause's subject first ("Anders Solheim forteller at alpinister som Aksel Svindal følges opp")
        subjects = [m for m in subjects if main_clause(self.doc, m.start)] or subjects
        if subjects:  # whose death the paragraph reports speaks no more ("X omkom.", "- Det er forferdelig trist")
            last = max(subjects, key=lambda m: m.start)
            return None if dies(self.doc, last.start) else last.person
        named = [m for m in mentions if m.kind != "pronoun"]
        if named and all(in_prepositional_phrase(self.doc, m.start) or m in owners for m in named):
            return None  # "etterforskning av saken rundt Veigar Páll Gunnarsson", "Cathrines mor": talked about
        if len({id(m.person) for m in named if m.person is not None}) > 1:
            return None
        person = self.recent_person(paragraph.end)
        return person if person is not None and person_in(self, paragraph, person) else None

    def joined_subject(self, paragraph: Paragraph, person: Person) -> Speaker | None:
        """``Cathrine og søsteren synes ikke det er rart ...`` / ``- Vi var så redde ...``: the salient person's last
        mention as a subject with someone coordinated to it, the two as one source (joined as written)."""
        mention = next((m for m in reversed(mentions_between(self.coref.mentions, paragraph.start, paragraph.end))
                        if m.subject and m.person is person and m.kind == "name"), None)
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
        if mention is None or span is None:
            return None
        other = next((c for c in span.root.children if c.dep_ in ("KOORD", "conj") and c.i >= span.end), None)
        if other is None or not any(t.lower_ == "og" for t in self.doc[span.end:other.i]):
            return None
        joined = self.who(mention.start, other.right_edge.idx + len(other.right_edge))
        return joined if joined is not None and " og " in (joined.name or "") else None

    def recent_titled(self, title: str, before: int) -> Person | None:
        """The person last mentioned before ``before`` with that title; a prefixed title matches on its
        head (``Oktober-sjefen`` for ``forlagssjef Berdahl``)."""
        for position, person in reversed(self.person_mentions):
            if position < before and (person.holds(title, same_title) or _of_own_body(person, title)):
                return person
        return None

    # -- attribution clauses ----------------------------------------------------------------------------
    def who(self, start: int, end: int, *, last_speaker: Speaker | None = None) -> Speaker | None:
        """The speaker named in ``text[start:end]`` (the words after a cue, or before it)."""
        end = before_channel(self.doc, self.text, start, end)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        if (placed := placed_in(span)) is not None:
            return self.placed_source(span, placed)  # "heter det i forordet", "står det på vinkartet"
        document = next((t for t in span[:4] if document_noun(t)), None)
        if document is not None and not any(t.dep_ in SUBJECT for t in span[:document.i - span.start]):
            # not after the clause's own subject ("sa statsministeren ved kunngjøringen")
            written = self.document(span)  # "i brevet", "politiets utrykningsrapport", "notatet fra DA"
            if written is not None:
                return written
        if indefinite_source(span):
            return None  # "en kilde i politiet", "en av Diarras livvakter": a description, not who is in it
        if len(span) > 2 and span[0].lower_ in ("han", "hun") and span[1].lower_ == "som":
            return self._pronoun_relative(span, last_speaker)  # "sier hun som representerer X"
        named = self.persons_in(span.start, span.end)
        # a possessor is not the speaker: "Kroatias ambassadør Kolinda Grabar-Kitarovic", "Sverres lege"
        # (unless the span ends with it: "ifølge CNNs prognoser" gives "CNNs" as the source)
        named = [p for p in named if not (possessor(p[-1]) and p.end < span.end)]
        missed = [self.doc[t.i:t.i + 1] for t in span if name_cased(t) and not t.ent_type_ and self.person(t.text)]
        joined = self._joined(sorted(named + missed, key=lambda s: s.start))  # "Ling og Lee": "Ling" read as a noun
        if joined is None and named:
            joined = self._coordinated(span)  # "Både han og Kolås", "Juel og hans kolleger"
        if joined is not None:
            return joined
        for ent in named:
            person = self.coref.person_at(ent) or self.person(ent.text, ent.start)
            if person is not None:
                title, org = self._describe(ent)
                title = title or name_title(ent.text)
                return replace(self.speaker_of(person), title=title or person.title,
                               organization=org or person.organization)
        for ent in self.ents_in(span):
            if possessor(ent[-1]) and ent.end < span.end:
                continue
            person = self.person(ent.text, ent.start) if len(ent) <= 2 else None
            if person is not None:  # a known surname the recognizer took for something else
                return self.speaker_of(person)
            org = self._org_at(ent)
            owner = self.doc[ent.start - 2] if ent.start >= 2 else None  # "lederen i X", "Medlemmer i X"
            tied = ent.start - 2 >= span.start and self.doc[ent.start - 1].lower_ in TIED_BY and owner is not None \
                and (owner.pos_ == "NOUN" and owner.is_lower or owner.is_sent_start and not owner.ent_type_)
            if org is not None and not tied:
                # itself the source (no organisation), not the one of "lederen i Antidoping Norge"; a list joined by
                # commas and "og" is one source as written ("Ifølge Unicef og Unfpa", "NBC, Fox, CNN og ABC")
                sources, at = [org.written()], ent.end
                for e in self.ents_in(span):
                    if e.start == at + 1 and self.doc[at].lower_ in (",", "og") and (name := self._org_of_span(e)):
                        sources, at = [*sources, name], e.end
                tail = self.doc[at + 1:span.end] if at < span.end and self.doc[at].lower_ == "og" else None
                if tail and len(tail) <= 5 and all(t.is_lower and t.is_alpha for t in tail):
                    sources.append(tail.text)  # "NBC, CNN og flere andre nyhetsorganisasjoner": as written
                return Speaker(written_list(sources), None, None, "organization")
        if (classified := classified_name(span)) is not None:  # "ifølge avisen Dagens Næringsliv": not the last
            return Speaker(self._org_of_span(classified) or classified.text, None, None, "organization")  # newspaper
        for token in span:
            lower = token.lower_
            if token.i == span.end - 1 and token.pos_ == "NOUN" and "Gen" in token.morph.get("Case", []) \
                    and lower.endswith("s"):
                lower = lower[:-1]  # "rettens syn på at": the court (not "partiets valgstrateger", its strategists)
            if lower in UNNAMED or lower in ("jeg", "vi") and not self.coref.in_quote(token.idx):
                return None  # "kvinnen": someone the article does not name; "sier jeg": the writer, no one named
            if lower == "begge" and token.i == span.start:  # "Begge mente": the two just named together
                return self._joined(self.persons_in(token.sent.start - 40, token.i)[-2:])
            if lower == "de" and self.doc.has_annotation("DEP") and (token.pos_ == "PRON" or token.i + 1 < span.end
                                                                      and token.nbor(1).pos_ == "NUM"):
                return group_antecedent(self, token)  # "De er blant dem som krever at", "mener de to": a group
            if token.i > 0 and self.doc[token.i - 1].lower_ == "ifølge" and lower in OBJECT_PRONOUNS:
                lower = OBJECT_PRONOUNS[lower]  # "ifølge ham selv": the object form after the preposition
            if lower in PRONOUNS and (token.pos_ in ("PRON", "") or not self.doc.has_annotation("POS")):
                mention = self.coref.antecedent(token.idx, PRONOUNS[lower])
                described = self.described_antecedent(token, PRONOUNS[lower], mention)
                if described is not None:
                    return described
                if mention is None and last_speaker is None:  # no one named or quoted before: the person named next
                    mention = next(iter(mentions_between(self.coref.mentions, token.idx, token.idx + 1)), None)
                person = mention.person if mention is not None else None
                if person is None and last_speaker is not None and last_speaker.type in ("person", "description") \
                        and self._may_be(last_speaker, PRONOUNS[lower]):
                    return last_speaker  # not an organisation or a document: "han" is someone
                if mention is not None and not mention.subject and in_prepositional_phrase(self.doc, mention.start):
                    # "Hun peker på at" after "møtt med døve ører hos ... Hanne Bjurstrøm": the subject before
                    before = self.coref.antecedent(mention.start, PRONOUNS[lower])
                    person = before.person if before is not None and before.subject else person
                return self.speaker_of(person) if person else None
            title = definite_title(token.text) or self._held_title(token)
            if title and token.pos_ == "NOUN" and "Plur" in token.morph.get("Number", []):
                return None  # "lærerne": a group, described as written, not the one teacher named
            if title:
                # "lederen i organisasjonen": someone unnamed, not the last leader mentioned
                nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
                if nxt is not None and nxt.lower_ in {"i", "for", "av"} and token.i + 2 < span.end + 3:
                    owner = self.doc[token.i + 2] if token.i + 2 < len(self.doc) else None
                    if owner is not None and (owner.lower_ in ORG_NOUNS or owner.ent_type_):
                        return None
                person = self.recent_titled(title, token.idx)
                if person is None and last_speaker is not None and last_speaker.title == title:
                    return last_speaker
                if person is None and last_speaker is not None and last_speaker.type == "person" \
                        and last_speaker.title is None \
                        and not title_beside(token, self.person(last_speaker.name), self.coref.mentions):
                    # "- ..., sier teatersjefen." after quotes of someone named without a title: the same
                    # speaker, now with the title (the article varies how it names its source)
                    known = self.person(last_speaker.name)
                    if known is not None and known.title is None:
                        known.title = title
                    return replace(last_speaker, title=title)
                return self.speaker_of(person) if person else None
            if (kinds := org_noun_kinds(lower)) is not None and token.pos_ in ("NOUN", "PROPN", ""):
                name = self.recent_org(kinds, token.idx, lower.endswith("ene"),
                                       INSTITUTION_STEMS.get(lower, "") or field_stem(lower, kinds))
                name = name or (police_as_written(token, span.end) if lower == "politiet" else None)
                name = name or self.org_by_noun(token)  # "Utvalget mener" after "Scenekunstutvalget", no committee
                return Speaker(name, None, None, "organization") if name else None
            if (name := self.org_by_noun(token)) is not None:  # "sier utvalget" after "Scenekunstutvalget"
                return Speaker(name, None, None, "organization")
            if token.is_title and token.ent_type_ == "":
                person = self.person(token.text)  # a known surname the recognizer missed
                if person is not None:
                    return self.speaker_of(person)
        return None

    def _pronoun_relative(self, span: Span, last_speaker: Speaker | None) -> Speaker | None:
        """``sier hun som representerer Naturvernforbundet i Ålesund``: the pronoun's person, with the organisation
        the relative clause names (not the organisation as the speaker); with no one, the words (``han som er på
        jobb``)."""
        speaker = self.who(span[0].idx, span[0].idx + len(span[0]), last_speaker=last_speaker)
        orgs = [org for ent in self.ents_in(span) if (org := self._org_at(ent)) is not None]
        if speaker is not None and speaker.type == "person" and speaker.organization is None and orgs:
            speaker = replace(speaker, organization=orgs[0].written())
        return speaker or Speaker(span.text.rstrip(" ,.").lower(), None, None, "description")

    def _joined(self, named: list[Span]) -> Speaker | None:
        """``Sponheim og Høybråten sier at``: several people coordinated, joined as written, each in the
        fullest form of the name (``Lars Sponheim og Dagfinn Høybråten``)."""
        if len(named) < 2:
            return None
        people = [self.coref.person_at(ent) or self.person(ent.text, ent.start) for ent in named]
        between = [self.doc[a.end:b.start] for a, b in zip(named, named[1:])]
        if any(p is None for p in people) or not all(separates(sep) for sep in between) \
                or not any(t.lower_ == "og" for t in between[-1]):
            return None
        return Speaker(written_list([p.name for p in people if p is not None]))

    def _coordinated(self, span: Span) -> Speaker | None:
        """Two sources joined by ``og`` where one is a pronoun or a possessed group (``Både han og Kolås`` ->
        ``Sverre Myhrvold og Gunnar Kolås``; ``Juel og hans kolleger`` -> ``Steinar Juel og hans kolleger``): each
        person in the fullest form of the name, a group as written (GUIDELINES: several sources joined as written)."""
        words = [t for t in span if not t.is_punct and not t.is_space]
        words = words[1:] if words and words[0].lower_ == "både" else words
        k = next((i for i, t in enumerate(words) if t.lower_ == "og"), 0)
        if not 0 < k < len(words) - 1 or len(words) > 8:
            return None
        names = []
        for part in (words[:k], words[k + 1:]):
            written = self.text[part[0].idx:part[-1].idx + len(part[-1])]
            if len(part) == 1 and part[0].lower_ in ("han", "hun"):
                mention = self.coref.antecedent(part[0].idx, PRONOUNS[part[0].lower_])
                person = mention.person if mention is not None else None
            else:
                person = self.person(written, part[0].i)
            if person is not None:
                names.append(person.name)
            elif part[0].lower_ in ("hans", "hennes", "deres") and len(part) <= 3 \
                    or len(part) == 1 and part[0].pos_ == "NOUN" and kin_or_person(part[0]):
                names.append(written)  # "hans kolleger"; "Cathrine og søsteren", "IT-sjefen og kona"
            else:
                return None
        return Speaker(" og ".join(names)) if len(set(names)) == 2 else None

    def person_named(self, token) -> Speaker | None:
        """The person whose name ``token`` is part of, with title and organisation."""
        span = next((p for p in self.person_spans if p.start <= token.i < p.end), None)
        person = self.coref.person_at(span) if span is not None else None
        return self.speaker_of(person) if person is not None else None

    @staticmethod
    def speaker_of(person: Person) -> Speaker:
        """The person as a speaker, the gender also from a name common abroad (``lexicon.person_gender``)."""
        gender = person.gender or (lexicon.person_gender(person.name.split()[0]) if " " in person.name else None)
        return Speaker(person.name, person.title, person.organization, gender=GENDERS.get(gender or ""))


def _of_own_body(person: Person, title: str) -> bool:
    """``forbundsleder`` for the ``leder`` of ``Norsk Sykepleierforbund``: a compound of a title the person holds on
    the kind of body the person's organisation is."""
    body = (person.organization or "").lower()
    return bool(body) and any(
        title.endswith(held) and len(prefix := title[:-len(held)].rstrip("s-")) >= 4 and prefix in body
        for held in ([person.title] if person.title else []) + person.roles)


def _definite_one(token, owned: bool = False) -> bool:
    """A definite singular common noun in lower case, but at a sentence start (``faren``, ``Naboen``); with
    ``owned``, also one a genitive owns (``Hannahs far``)."""
    owned = owned and token.i > 0 and possessor(token.nbor(-1))
    return token.pos_ == "NOUN" and (token.is_lower or token.is_sent_start and token.text[1:].islower()) \
        and (token.morph.get("Definite", []) == ["Def"] or owned) \
        and token.morph.get("Number", []) == ["Sing"]


def person_in(article: ArticleContext, paragraph: Paragraph, person: Person) -> bool:
    return any(paragraph.start <= pos < paragraph.end and p is person for pos, p in article.person_mentions)

"""People in an article and what refers to them: every name mention clustered into one
:class:`Person` (``Jon Helt Haarder`` ↔ ``Haarder`` ↔ ``Haarders`` ↔ ``Jon``), named by the
fullest form anywhere in the article, and ``han``/``hun``/``ham``/``henne``/``hans``/``hennes``
resolved to a person named outside quoted speech whose first name does not say the other gender:
chosen by the ranking learned from NARC (:mod:`nhotext.coref.ranking`) where the pipeline parses, by
the hand-written rule (the subject of this or the previous sentence, else the last one named) where it
does not, and, with no one named before, the person named next.

The rules are written from the parse and morphology the pipeline gives (``Case=Gen``, ``PRON``),
not from words seen in one text; :mod:`nhotext.coref.narc` measures them on NARC, real news
with coreference chains annotated by hand.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence

from rapidfuzz.distance import Indel
from spacy.tokens import Doc, Span, Token

from ..lexicon import gender_of, joined_name_gender, relation_gender
from . import ranking
from .mentions import Mention, Person
from .names import clean_name, fold, genitive, name_word
from .regions import DASH_PARAGRAPH, quoted_regions
from .spans import MORPH_GENDER, person_spans

SUBJECT_WINDOW = 1  # sentences back in which a subject wins over a nearer name
CATAPHORA_SENTENCES = 10  # sentences ahead in which a pronoun with no one named before finds its person
SUBJECT_LABELS = {"SUBJ", "nsubj", "nsubj:pass"}
APPOSITION_STEPS = 4  # heads from a name set off by a comma up to the subject it stands in apposition to
# Third-person pronouns that refer to a person, with the gender they say.
PERSON_PRONOUNS = {"han": "m", "ham": "m", "hans": "m", "hun": "f", "henne": "f", "hennes": "f"}


def _gender(span: Span) -> str | None:
    """The gender a name says: its first name in our list (a full name's also by the known name it ends in:
    ``Rosemarie``, :func:`~nhotext.lexicon.joined_name_gender`), else the gender the morphologizer
    gives the first word (the treebank marks first names ``mask``/``fem``, so the model has learned it for names no
    list holds; it read ``Rosemarie`` as a man's). A surname alone says nothing."""
    first = next((t for t in span if name_word(t)), None)
    if first is None:
        return None
    known = gender_of(first.text) or (joined_name_gender(first.text) if len(span) > 1 else None)
    if known or (len(span) == 1 and not first.morph.get("Gender", [])):
        return known
    genders = first.morph.get("Gender", [])
    return MORPH_GENDER.get(genders[0]) if len(genders) == 1 else None


def _subject(span: Span) -> bool:
    """Whether a name is the subject of its clause: the parse says so, or the name stands set off by a comma after
    the subject's words, in apposition to it, however the parse hangs it there (``Til slutt stemte en av senatorene
    i finanskomiteen, Olympia Snowe fra Maine, med demokratene``: the parse makes the name the object of ``av``)."""
    if any(t.dep_ in SUBJECT_LABELS for t in span) or span.root.head.dep_ in SUBJECT_LABELS:
        return True
    if span.start == 0 or span.doc[span.start - 1].text != ",":
        return False
    token = span.root
    for _ in range(APPOSITION_STEPS):
        if token.head is token or token.head.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
        if token.dep_ in SUBJECT_LABELS:
            return token.i < span.start
    return False


def _related_gender(span: Span) -> str | None:
    """The gender a relation noun right before the name says (``kona Kirsten``, ``sønnen Ari``)."""
    return relation_gender(span.doc[span.start - 1].text) if span.start > 0 else None


def _genitive_base(span: Span, words: list[str], known_words: set[str]) -> list[str]:
    """``Kristin Halvorsens`` -> ``Kristin Halvorsen`` when the parse says genitive or the name owns the noun after
    it (``Kari Holms tydelige beskjed``, :func:`~nhotext.coref.names.genitive`), or the form without ``s`` is written
    elsewhere in the article."""
    last = words[-1]
    if len(last) < 4 or not last.endswith("s") or last.endswith("ss"):
        return words
    base = last[:-1]
    if base in known_words or genitive(span[-1]):
        return [*words[:-1], base]
    return words


ARTICLE = re.compile(r"^(?:a[lnrstdz]|el|ash)-(?=[A-ZÆØÅ])")  # "al-Gaddafi", "el-Sisi", "an-Nasir"


def _bare(word: str) -> str:
    """A surname without the Arabic article joined to it (``al-Gaddafi`` -> ``Gaddafi``): news writes it either way."""
    return ARTICLE.sub("", word)


def _share_surnames(spans: Sequence[Span], names: list[list[str]]) -> None:
    """First names coordinated before a first name and surname share the surname (``Lars og Erik Haugland``, ``Kari,
    Per og Ola Hansen``): each is that person in full. Only known first names, written together in one phrase."""
    for k, words in enumerate(names):
        if len(words) != 1 or gender_of(words[0]) is None:
            continue
        j = k
        while j + 1 < len(spans) and len(names[j]) == 1 and spans[j + 1].start == spans[j].end + 1 \
                and spans[j].doc[spans[j].end].text in (",", "og") and gender_of(names[j][0]) is not None:
            j += 1
        if j > k and len(names[j]) == 2 and spans[j].doc[spans[j].start - 1].lower_ == "og":
            names[k] = [words[0], names[j][-1]]


_BYLINE = re.compile(r"\s*(?:Av|AV|Tekst:|TEKST:|Skrevet av)\s+[A-ZÆØÅ]")


def byline(text: str, offset: int) -> bool:
    """Whether ``offset`` is in a byline: a line of at most ten words that opens with ``Av``/``Tekst:`` and a name
    and is no sentence (``Av Kari Nystuen, kommentator``; not ``Av kandidatene er Kari Holm favoritt.``)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    return _BYLINE.match(line) is not None and len(line.split()) <= 10 and line[-1:] not in ".!?"


class People:
    """The people of one article and the mentions that refer to them, in text order."""

    def __init__(self, doc: Doc, spans: Sequence[Span] | None = None,
                 quoted: Sequence[tuple[int, int]] | None = None, learned: bool = True, text: str | None = None):
        self.doc = doc
        self.text = doc.text if text is None else text  # Doc.text joins every token: once per article
        # pronouns ranked by the NARC-trained model, which reads the parse (else the rules decide)
        parsed = doc.has_annotation("DEP") and doc.has_annotation("SENT_START")
        self.model = ranking.weights() if learned and parsed else None
        self.revision = 0  # title mentions added since the names
        self.spans = list(spans) if spans is not None else person_spans(doc)
        self.quoted = sorted(quoted) if quoted is not None else quoted_regions(self.text)
        self.sentence_starts = [sent.start_char for sent in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []
        self._person_of_span: dict[int, Person] = {}
        self._bare: dict[str, list[tuple[int, Person]]] = {}  # a one-word name's uses: token, person
        self._named_in_full: Counter[Person] = Counter()
        self._cluster()
        self._resolve_pronouns()

    # -- names --------------------------------------------------------------------------------------
    def _cluster(self) -> None:
        written = [clean_name(s.text).split() for s in self.spans]
        known = {w for words in written for w in words}
        names = [(_genitive_base(s, w, known) if w else w) for s, w in zip(self.spans, written)]
        _share_surnames(self.spans, names)
        order = sorted(range(len(names)), key=lambda k: (-len(names[k]), self.spans[k].start))
        for k in order:
            words = names[k]
            if not words:
                continue
            person = self._match(words, self.spans[k].start)
            if person is None:
                person = Person(" ".join(words))
                self.persons.append(person)
            person.gender = person.gender or _gender(self.spans[k]) or _related_gender(self.spans[k])
            person.forms.add(" ".join(words))
            self._person_of_span[self.spans[k].start] = person
            if len(words) == 1:  # in text order among one-word names
                self._bare.setdefault(words[0], []).append((self.spans[k].start, person))
            else:
                self._named_in_full[person] += 1
        for span in self.spans:
            person = self._person_of_span.get(span.start)
            if person is not None:
                subject = _subject(span)
                # the byline's writer ("Av Kari Nystuen, kommentator") is "jeg" in the text, no one's "hun"
                self.mentions.append(Mention(span.start_char, span.end_char, person, "name",
                                             self.in_quote(span.start_char) or byline(self.text, span.start_char),
                                             subject))

    def _match(self, words: list[str], at: int) -> Person | None:
        """The person already known (from a longer name) that ``words`` names, if any."""
        folded = [_bare(fold(w)) for w in words]  # "Martinez Boero" for "Jorge Martínez Boero"
        if len(words) > 1:
            for person in self.persons:
                full = [_bare(fold(w)) for w in person.name.split()]
                if _suffix(folded, full) or (folded[0] == full[0] and folded[-1] == full[-1]):
                    return person
            return None
        word = words[0]
        by_surname = [p for p in self.persons
                      if len(p.name.split()) > 1 and _bare(fold(p.name.split()[-1])) == folded[0]]
        if len(by_surname) > 1:
            # of a family, not the one just named by first name alone
            # ("- Ann hadde blitt en fantastisk førstedame, sier Romney.")
            alone = self._first_names_near(at)
            by_surname = [p for p in by_surname if p.name.split()[0] not in alone] or by_surname
            # a surname written alone keeps the person it stood for before against one named in full only once, in
            # passing: the main person of a family story stays "Thiis-Evensen" after her father is named
            uses = self._bare.get(word, [])
            before = uses[bisect.bisect_left(uses, at, key=lambda u: u[0]) - 1][1] if uses and uses[0][0] < at else None
            if before in by_surname and all(self._named_in_full[p] == 1 for p in by_surname if p is not before):
                return before
        if by_surname:
            return self._nearest(by_surname, at, word)
        by_first = [p for p in self.persons if len(p.name.split()) > 1 and fold(p.name.split()[0]) == folded[0]]
        if by_first:
            return self._nearest(by_first, at)
        exact = next((p for p in self.persons if fold(p.name) == folded[0]), None)
        return exact if exact is not None else self._misspelt(word)

    def _misspelt(self, word: str) -> Person | None:
        """The one person whose surname differs from ``word`` by a typo (``Erikssen`` for ``Margot
        Eriksson``): same first letter, at least six letters, Indel similarity >= 0.85."""
        if len(word) < 6 or not word[:1].isupper():
            return None
        close = {p for p in self.persons if len(p.name.split()) > 1 and p.name.split()[-1][:1] == word[:1]
                 and Indel.normalized_similarity(p.name.split()[-1], word) >= 0.85}
        return close.pop() if len(close) == 1 else None

    def _first_names_near(self, at: int) -> set[str]:
        """Single-word names in the sentence of token ``at`` and the one before it."""
        if at >= len(self.doc):
            return set()
        sent = self.doc[at].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else 0
        return {clean_name(s.text) for s in self.spans if len(s) == 1 and start <= s.start < sent.end and s.start != at}

    def _nearest(self, candidates: list[Person], at: int, part: str | None = None) -> Person:
        """Of several people sharing a name part, the one whose name was written last before
        token ``at`` (else the first one written after it); with ``part``, a name written with that
        part (``Barack Obama``, not the ``Michelle`` of ``konen Michelle``, for ``sier Obama``)."""
        if len(candidates) == 1:
            return candidates[0]
        best, best_distance = candidates[0], None
        for span in self.spans:
            person = self._person_of_span.get(span.start)
            if person in candidates and (part is None or part in span.text):
                distance = at - span.start if span.start <= at else 10**9 + span.start - at
                if best_distance is None or distance < best_distance:
                    best, best_distance = person, distance
        return best

    def person(self, name: str, at_token: int = 10**9) -> Person | None:
        """The person a name as written refers to (``Haarder``, ``Haarders``, ``Jon Helt Haarder``);
        of two with the same surname, the one named last before token ``at_token``."""
        words = clean_name(name).split()
        if not words:
            return None
        found = self._match(words, at_token)
        if found is None and words[-1].endswith("s") and len(words[-1]) > 3:
            found = self._match([*words[:-1], words[-1][:-1]], at_token)
        return found

    def person_at(self, span: Span) -> Person | None:
        """The person of a span :func:`person_spans` found."""
        return self._person_of_span.get(span.start)

    def most_named(self) -> Person | None:
        """The person the article names most often outside quoted speech (twice at least), if no
        other is named as often: who an interview is with."""
        counts = Counter(m.person for m in self.mentions if m.kind == "name" and not m.quoted)
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]

    # -- pronouns -----------------------------------------------------------------------------------
    def _resolve_pronouns(self) -> None:
        resolved = []
        for token in self.doc:
            gender = PERSON_PRONOUNS.get(token.lower_)
            if gender is None or token.pos_ not in ("PRON", "DET", ""):
                continue
            antecedent = self.antecedent(token.idx, gender) or self._named_after(token.idx, gender)
            if antecedent is not None:
                resolved.append(Mention(token.idx, token.idx + len(token), antecedent.person, "pronoun",
                                        self.in_quote(token.idx), token.dep_ in SUBJECT_LABELS))
        self.mentions = sorted(self.mentions + resolved, key=lambda m: m.start)

    def _named_after(self, at: int, gender: str) -> Mention | None:
        """No one named before a pronoun (a passage that opens in the middle of a portrait): the person next named
        as the subject of a narrative sentence or of a dash paragraph's attribution (``sier Martin``), within
        ``CATAPHORA_SENTENCES`` (GUIDELINES: the fullest form anywhere), not someone a dash paragraph speaks of."""
        if ranking.described_before(self, at):  # "..., sier en irritert stamkunde. Hun har ...": never named
            return None
        limit = bisect.bisect_right(self.sentence_starts, at) + CATAPHORA_SENTENCES
        end = self.sentence_starts[limit] if limit < len(self.sentence_starts) else len(self.text)
        k = bisect.bisect_right(self.mentions, at, key=lambda m: m.start)
        return next((m for m in self.mentions[k:] if m.start < end and m.kind == "name" and not m.quoted
                     and (m.subject or m.start == self.text.rfind("\n\n", 0, m.start) + 2)  # or opening the paragraph
                     and _agrees(m, gender) and (m.subject or not self._in_dash_paragraph(m.start))), None)

    def _in_dash_paragraph(self, offset: int) -> bool:
        return DASH_PARAGRAPH.match(self.text, self.text.rfind("\n\n", 0, offset) + 1) is not None

    def antecedent(self, before: int, gender: str | None = None,
                   excluded: frozenset[Person] = frozenset()) -> Mention | None:
        """The name (or title) mention a pronoun at ``before`` refers to: the last one outside quoted speech
        (names inside a quote are whom the speaker talks to or about) whose person's first name
        does not say the other gender; names in the same quote count for a pronoun inside it. A person
        pronoun at ``before`` is resolved by the learned ranking (:mod:`nhotext.coref.ranking`) instead. Never one
        of ``excluded`` (people the caller knows it is not)."""
        if self.model is not None:
            at = self.doc.char_span(before, before + 1, alignment_mode="expand")
            if at is not None and len(at) and at[0].idx == before and at[0].lower_ in PERSON_PRONOUNS:
                return ranking.choose(ranking.Candidates(self, at[0], gender, excluded), self.model)
        region = self.quote_region(before)
        here = bisect.bisect_right(self.sentence_starts, before)
        candidates: list[Mention] = []
        for mention in self.visible(before, region):
            if mention.person in excluded:
                continue
            if _agrees(mention, gender):
                candidates.append(mention)
            if here - bisect.bisect_right(self.sentence_starts, mention.start) > SUBJECT_WINDOW:
                break
        if not candidates:  # nobody in this or the previous sentence: the last one named
            return next((m for m in self.visible(before, region) if _agrees(m, gender) and m.person not in excluded),
                        None)
        # the subject of this or the previous sentence before a nearer object or possessor
        return next((m for m in candidates if m.subject), candidates[0])

    def ranked_antecedent(self, token: Token, gender: str | None = None) -> Mention | None:
        """The person a definite noun that takes someone up (``sier matchvinneren``) stands for, chosen as a pronoun's
        antecedent is, by the learned ranking (by :meth:`antecedent`'s rules without one)."""
        if self.model is None:
            return self.antecedent(token.idx, gender)
        return ranking.choose(ranking.Candidates(self, token, gender), self.model)

    def visible(self, before: int, region: tuple[int, int] | None) -> Iterator[Mention]:
        """Name and title mentions before ``before``, nearest first, outside quoted speech (or in the
        same quote as ``before``)."""
        for k in range(bisect.bisect_left(self.mentions, before, key=lambda m: m.start) - 1, -1, -1):
            mention = self.mentions[k]  # the mentions are kept in text order
            if mention.kind == "pronoun":
                continue
            if mention.quoted and (region is None or self.quote_region(mention.start) != region):
                continue
            yield mention

    def add_title_mention(self, token: Token, person: Person) -> None:
        """``regiondirektøren``: a later mention of a person by title (found by the quote attribution,
        which knows the titles), an antecedent for the pronouns after it."""
        mention = Mention(token.idx, token.idx + len(token), person, "title", self.in_quote(token.idx),
                          token.dep_ in SUBJECT_LABELS)
        bisect.insort(self.mentions, mention, key=lambda m: m.start)
        self.revision += 1

    def quote_region(self, offset: int) -> tuple[int, int] | None:
        for start, end in self.quoted:
            if start <= offset < end:
                return (start, end)
            if start > offset:
                break
        return None

    def in_quote(self, offset: int) -> bool:
        return self.quote_region(offset) is not None


def _agrees(mention: Mention, gender: str | None) -> bool:
    """Whether a pronoun of ``gender`` can stand for the mention's person (an unknown gender can)."""
    return gender is None or mention.person.gender in (None, gender)


def _suffix(short: list[str], full: list[str]) -> bool:
    return len(short) <= len(full) and full[len(full) - len(short):] == short

"""The organisations of an article as the speaker rules look them up: the one an entity or a definite noun
stands for (``selskapet``, ``utvalget``), the fullest form of a short one (``DA``), the one of a kind named
last (:class:`OrgLookup`, a part of :class:`~nhotext.quotes.speakers.ArticleContext`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..lexicon import ORG_NOUNS, org_noun_kinds
from ..organizations import Organization, find_organizations, load_gazetteer
from ..organizations.gazetteer import genitive_base
from ..organizations.kinds import kind_from_pattern
from .parse import entity_end, oblique, possessor


def org_of_phrase(preposition: Token, org_of: Callable[[Span], str | None]) -> str | None:
    """The organisation a preposition's object names (``leder i NHO``, ``jobber i Right to play``), or the body of a
    kind the article names that a common noun there stands for (``leder ved tilsynet``); None where there is none."""
    target = next((c for c in preposition.children if c.pos_ == "PROPN" or c.ent_type_), None)
    if target is None:  # "leder ved tilsynet", "ansvarlig for bankens portefølje": that kind of body the article names
        owners = {g.i for c in preposition.children for g in c.children if g.i < c.i and g.lower_.endswith("s")}
        body = next((c for c in [*preposition.children, *(preposition.doc[i] for i in owners)] if c.is_lower
                     and org_noun_kinds(c.text.removesuffix("s") if c.i in owners else c.text)), None)
        return org_of(preposition.doc[body.i:body.i + 1]) if body is not None else None
    # the whole name, whichever of its words the parse makes the head ("i Right to play")
    first = target.left_edge if target.left_edge.i > preposition.i and target.left_edge.ent_type_ else target
    span = preposition.doc[first.i:max(target.right_edge.i + 1, entity_end(target.doc, first.i + 1))]
    if span.start > 0 and span.doc[span.start - 1].text == "«":
        return None  # "kostymeansvarlig i «Skal vi danse»": a work's title, no organisation
    return org_of(span) or span.text


def classified_name(span: Span) -> Span | None:
    """The name a noun of an organisation's kind classifies at the start of ``span`` (``avisen Dagens Næringsliv``,
    ``nettstedet Poll of Polls``, ``avisa The Nation``): the source is the name, not the last newspaper or website
    the article named; None where no name follows the noun, or where the name owns what follows (``avisen VGs
    kilder``)."""
    doc = span.doc
    noun = span[0] if len(span) > 1 else None
    if noun is None or not (noun.is_lower and noun.pos_ == "NOUN" or noun.is_sent_start and noun.text[1:].islower()) \
            or not (
                org_noun_kinds(noun.lower_) or noun.lower_.endswith("a") and org_noun_kinds(noun.lower_[:-1] + "en")):
        return None
    first = doc[noun.i + 1]
    if first.pos_ != "PROPN" or not first.text[:1].isupper():
        return None
    end = first.i + 1
    while end < span.end and doc[end].head.i == first.i and doc[end].dep_.lower() == "flat":
        end += 1  # "Poll of Polls", "The Nation"
    return None if possessor(doc[end - 1]) else doc[first.i:end]


class OrgLookup:
    """Organisation lookups over ``self.doc``'s organisations and entities (set up by :meth:`index_organizations`)."""

    doc: Doc
    organizations: list[Organization]
    org_of_token: dict[int, Organization]
    ents: list[Span]
    _ent_starts: list[int]

    def index_organizations(self, doc: Doc) -> None:
        """The organisations of ``doc`` (those its pipeline found, else found now), and which each token belongs to."""
        self.ents = list(doc.ents)  # doc.ents and Span.ents scan the whole doc on every call: once here
        self._ent_starts = [e.start for e in self.ents]
        organizations = doc._.organizations if Doc.has_extension("organizations") and doc._.organizations \
            is not None else find_organizations(doc)
        # organisation of each token of a mention (mentions are cleaned: "Eidsiva" in an entity "Eidsiva ,")
        self.org_of_token = {}
        for org in organizations:
            for m in org.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                for i in range(span.start, span.end) if span is not None else ():
                    self.org_of_token[i] = org
        self.organizations = organizations

    def _org_of_span(self, span: Span) -> str | None:
        org = self._org_at(span)
        if org is None and len(span) == 1 and span[0].is_lower and (kinds := org_noun_kinds(span[0].text) or (
                org_noun_kinds(span[0].text[:-1]) if span[0].text.endswith("s") else None)):  # also "bankens"
            return self.recent_org(kinds, span.start_char)  # "leder ved tilsynet": the agency named before
        if org is None and len(span) == 1 and span[0].is_lower and (named := self.org_by_noun(span[0])):
            return named  # "leder av utvalget" after "Scenekunstutvalget"
        return org.written() if org is not None else self.org_named(span.text)

    def _org_at(self, ent: Span):
        return next((self.org_of_token[i] for i in range(ent.start, ent.end) if i in self.org_of_token), None)

    def ents_in(self, span: Span) -> list[Span]:
        """The entities inside ``span`` (what ``span.ents`` gives, by binary search)."""
        i, found = bisect.bisect_left(self._ent_starts, span.start), list[Span]()
        while i < len(self.ents) and self.ents[i].start < span.end:
            if self.ents[i].end <= span.end:
                found.append(self.ents[i])
            i += 1
        return found

    def _org_in(self, span: Span, first_only: bool = False) -> str | None:
        for ent in self.ents_in(span):
            org = self._org_at(ent)
            if org is not None:
                return org.written()
            if first_only:
                return None
        return None

    def org_named(self, written: str | None) -> str | None:
        """The organisation a name as written stands for, in its fullest form (``DA`` -> ``Domstoladministrasjonen``;
        the one name in the article that ends in it, ``Rangers`` -> ``New York Rangers``), if the article or the
        gazetteer knows it."""
        if not written:
            return None
        known = next((o.written() for o in self.organizations if o.name == written
                      or any(m.text == written for m in o.mentions)), None)
        longer = {o.written() for o in self.organizations if o.written().endswith(" " + (known or written))}
        if known or len(longer) == 1:  # "Rangers" in an article about "New York Rangers": the fullest form
            return longer.pop() if len(longer) == 1 else known
        entry = load_gazetteer().lookup(written)
        return (genitive_base(written) or written) if entry else None  # as the article writes it

    def org_by_head(self, head: str, least_prefix: int = 3) -> str | None:
        """The one organisation of the article whose name is a compound or phrase on ``head`` (``kommisjon``:
        ``Venezia-kommisjon``, ``Sannhetskommisjon``), in its fullest form; None for none or two. A compound's
        first part has at least ``least_prefix`` letters (not ``Innlandet`` on ``land``)."""
        forms = (head + "en", head + "et", head + "a", head)
        found = set()
        for org in self.organizations:
            last = org.written().lower().replace("-", " ").split()[-1]
            form = next((f for f in forms if last.endswith(f)), None)
            if form is not None and (last.startswith(head) or len(last) - len(form) >= least_prefix):
                found.add(org.written())
        return found.pop() if len(found) == 1 else None

    def org_by_noun(self, token: Token) -> str | None:
        """A definite singular noun that heads the name of one organisation of the article, as the last part of
        a compound or the last word (``utvalget`` after ``Scenekunstutvalget``, ``komiteen`` after
        ``Nobelkomiteen``, ``kirken`` after ``Den norske kirke``): that organisation, in its fullest form; the
        kind nouns of :data:`~nhotext.lexicon.ORG_NOUNS` (``selskapet``) take the one last named instead."""
        morph = token.morph
        if token.pos_ != "NOUN" or "Def" not in morph.get("Definite", []) or "Sing" not in morph.get("Number", []) \
                or "Gen" in morph.get("Case", []) or len(token.lemma_) < 3:
            return None  # not an owner: "kirkens egne råd og utvalg" are its councils
        # the form as written first: a lemma may be spelt otherwise ("komiteen": "komité")
        return self.org_by_head(token.lower_, least_prefix=4) \
            or self.org_by_head(token.lemma_.lower(), least_prefix=4) or self._compound_before(token)

    def _compound_before(self, token: Token) -> str | None:
        """The last capitalised compound on ``token``'s form before it that names a kind of body, where the
        recogniser missed it (``Utvalget mener`` after ``Scenekunstutvalget``): that organisation as written."""
        form = token.lower_
        for word in reversed(self.doc[max(0, token.i - 400):token.i]):
            if word.is_title and len(word) - len(form) >= 4 and word.lower_.endswith(form) \
                    and kind_from_pattern(word.text) is not None:
                return word.text
        return None

    def _prefix_org(self, prefix: str | None) -> str | None:
        """The organisation a title's prefix names (``Fr.p.-formann``: ``Fr.p.``), as written if no list knows it."""
        return self.org_named(prefix) or (prefix if prefix and prefix[:1].isupper() else None)

    def recent_org(self, kinds: tuple[str, ...], before: int, first: bool = False, stem: str = "") -> str | None:
        """The organisation of those kinds mentioned last before ``before`` (with ``first``, the first in the same
        stretch: "NHO og LO ... organisasjonene"); else the first after (not for ``avisen``: the writer's paper)."""
        named = [(o.written(), o.mentions) for o in self.organizations if o.kind in kinds and stem in o.name.lower()]
        mentions = sorted((m.start, w) for w, ms in named for m in ms
                          if (m.start < before or kinds != ("media",)) and not _credit(self.doc.text, m.start))
        earlier = [m for m in mentions if m[0] < before]
        if earlier:
            if first:
                stretch = [m for m in earlier if earlier[-1][0] - m[0] < 200]
                return stretch[0][1]
            # the last that acted, not one talked about in a prepositional phrase ("Retten mener" after "dømt av X
            # ... anke dommen inn for Frostating lagmannsrett"); a paper as a channel too ("til Sunnmørsposten")
            channel = ("til", "overfor") if kinds == ("media",) else ()
            acting = [m for m in earlier if not oblique(self.doc, m[0], ("av", "ifølge", *channel))]
            return (acting or earlier)[-1][1]
        return mentions[0][1] if mentions else None


_CREDIT = re.compile(r"(?:Foto|FOTO|Illustrasjon|Grafikk)\s*:[^\n:]*$")


def _credit(text: str, start: int) -> bool:
    """A name in a photo's or graphic's credit line (``Foto: Scanpix``): who took the picture, no one the text talks
    about."""
    return _CREDIT.search(text, max(0, start - 80), start) is not None


def field_stem(word: str, kinds: tuple[str, ...]) -> str:
    """The field a compound noun of a ministry or an agency names (``forsvarsdepartementet``: ``forsvar``), which the
    body it stands for must hold in its name (not the ``Utenriksdepartementet`` named before); "" for any other noun
    (``lokalavisen`` is the local paper whatever its name)."""
    if word in ORG_NOUNS or not {"ministry", "agency"} & set(kinds):
        return ""
    head = max((noun for noun in ORG_NOUNS if word.endswith(noun)), key=len, default="")
    return word[:len(word) - len(head)].rstrip("s-") if head else ""

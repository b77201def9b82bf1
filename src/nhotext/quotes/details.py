"""Title and organisation written around a person's name: the part of
:class:`~nhotext.quotes.speakers.ArticleContext` that reads them (``regiondirektør Jon Kristiansen i NHO
Innlandet``, ``Domstoladministrasjonens direktør, Tor Langbach``, ``Busterud (H)``)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..coref import Mention, Person, genitive, mentions_between
from ..lexicon import (
    POST_TIMES,
    TIED_BY,
    bare_org_noun_kinds,
    definite_title,
    gender_of,
    known_places,
    normalize_title,
    org_noun_kinds,
    same_title,
    title_set,
)
from ..organizations import load_gazetteer
from ..organizations.kinds import kind_from_pattern
from .fields import bare_field
from .parse import entity_end
from .title_words import title_of, with_adjective
from .titles import (
    SUBJECT,
    apposition_title,
    article_role,
    attributed_role,
    definite,
    indefinite_form,
    relation,
    set_off_role,
    tied_org,
    title_adjective,
    written_title,
)
from .types import Quote


class NameDetails:
    """Reads the title and organisation around a name; :class:`ArticleContext` gives the organisations."""

    doc: Doc

    def _org_in(self, span: Span, first_only: bool = False) -> str | None:  # pragma: no cover - the same
        raise NotImplementedError

    def _org_of_span(self, span: Span) -> str | None:  # pragma: no cover - the same
        raise NotImplementedError

    def _prefix_org(self, prefix: str | None) -> str | None:  # pragma: no cover - the same
        raise NotImplementedError

    def recent_org(self, kinds: tuple[str, ...], before: int, first: bool = False, stem: str = "") -> str | None:
        raise NotImplementedError  # pragma: no cover - the same

    def org_by_head(self, head: str, least_prefix: int = 3) -> str | None:  # pragma: no cover - the same
        raise NotImplementedError

    def person(self, name: str, at_token: int = 10**9):  # pragma: no cover - ArticleContext defines it
        raise NotImplementedError

    def _named_person(self, word: str) -> bool:
        """Whether ``word`` is part of the longer name of someone the article names (``Breivik``), not a
        country the recogniser read as a person (``Kroatia``)."""
        person = self.person(word)
        return person is not None and len(person.name.split()) > 1

    def _describe(self, ent: Span) -> tuple[str | None, str | None]:
        """Title and organisation written around a person's name."""
        doc = self.doc
        title = org = None
        # "regiondirektør Jon Kristiansen", "LO-leder Peggy Hessen Følsvik", "administrerende direktør i Equinor, X"
        i = ent.start - 1
        while i >= 0 and doc[i].text in {",", "(", "og"} and i > ent.start - 3:
            i -= 1
        # a role set off before the name reaches further ("Kommunalsjef for oppvekst i Kvam herad, Per Olav Sæbø")
        set_off = i < ent.start - 1 and doc[ent.start - 1].text == ","
        window = doc[max(0, i - (8 if set_off else 4)):i + 1]
        if i == ent.start - 1 and doc[i].pos_ == "ADP" and doc[i].tag_ != "subst":  # (not a noun read as one: "Økonom")
            window = doc[i:i]  # "Som fiskeriminister i Jens Stoltenbergs regjering": the name is the phrase's object
        title_at = role_at = window.start
        for token in reversed(list(window)):
            if token.is_punct and token.text != "-" or token.is_space or set_off and token.ent_type_ == "PER":
                break  # set off, someone else's name ends the role ("helsesøster Gunn Knutsen ved X, Cathrine")
            # not a verb ("erklærer") nor an adjective merely near a title's spelling ("politiske" is no typo of
            # "politiker"; a noun the tagger took for one keeps its title: "forsvarere", or for a verb it could not
            # lemmatise: "byrådsleder", whose verb would be "lede")
            found = title_of(token.text, capital_ok=token.is_sent_start or token.i == 0) \
                if token.pos_ not in ("VERB", "AUX", "ADJ") or token.lower_ in title_set() \
                or token.pos_ == "VERB" and token.lemma_.lower() == token.lower_ \
                or token.pos_ == "ADJ" and token.lower_.startswith(normalize_title(token.lower_) or "-") else None
            if found and definite(token) and not token.is_sent_start and token.i > 0 and token.i + 1 == ent.start \
                    and doc[token.i - 1].pos_ in ("VERB", "AUX") and ent.end < len(doc) \
                    and "Inf" in doc[ent.end].morph.get("VerbForm", []) \
                    and not attributed_role(token, ent.root) and not article_role(token):
                # "så resepsjonisten Espen stå": a definite role right after a verb, before a name and the bare
                # infinitive of a small clause, is a person of its own (not "møtte forfatteren Kari Holm", "er
                # stjernesopranen Barbara Hendricks et eksempel", "journalisten og forfatteren Bjørn Olav Jahr")
                break
            if not found and (token.pos_ in ("VERB", "AUX", "SCONJ")
                              or token.pos_ == "ADP" and token.lower_ not in TIED_BY):
                # the title stands in the name's noun phrase: not across a verb ("X slo fast at Y") or
                # a preposition that ties no organisation ("Nordkoreansk talsmann om Hillary Clinton")
                break
            if found:
                title, prefix_org = widen_prefix(token, *found)
                title_at = role_at = token.i
                before = doc[token.i - 1] if token.i > 0 else None
                if before is not None and (two := normalize_title(f"{before.text} {title}")) and " " in two:
                    title = two  # "administrerende direktør", "daglig leder"
                elif before is not None and (role := title_adjective(before)):
                    title, title_at = f"{role} {title}", before.i  # "Senterpartiets finanspolitiske talsmann"
                elif before is not None and before.lower_ in ("og", "eller") and doc[before.i - 1].text.endswith("-"):
                    # "landbruks- og matminister"
                    title, title_at = f"{doc[before.i - 1].lower_} {before.lower_} {title}", before.i - 1
                elif before is not None and before.pos_ == "ADJ" and before.i > 1 and doc[before.i - 1].lower_ == "og" \
                        and doc[before.i - 2].text.endswith("-"):  # "Forsknings- og høyere utdanningsminister"
                    title, title_at = doc[before.i - 2:token.i + 1].text.lower(), before.i - 2
                elif before is not None and before.lower_ in POST_TIMES and before.i > 0 \
                        and (token.i + 1 == ent.start or set_off):
                    before = doc[before.i - 1]  # "Fritt Ord-styreleder og tidligere riksadvokat X": the time of a
                    # post is no part of its title (GUIDELINES: "daværende politimester" -> "politimester")
                if before is not None and before.lower_ == "og" and before.i > 0 and title_at == token.i \
                        and (token.i + 1 == ent.start or set_off) \
                        and (first := title_of(doc[before.i - 1].text, bool(doc[before.i - 1].is_sent_start))
                             or _coordinated_role(token, doc[before.i - 1], ent.root)):
                    # "Jurist og seniorrådgiver X", "kunstner og journalist X" (a noun the parse coordinates)
                    first_title, first_org = widen_prefix(doc[before.i - 1], *first)  # "Fritt Ord-styreleder"
                    title, title_at = f"{first_title} og {title}", before.i - 1 - first_title.count(" ")
                    prefix_org = prefix_org or first_org
                org = org or self._prefix_org(prefix_org)
                if token.i + 3 == ent.start and doc[token.i + 1].lower_ in ("og", "eller") \
                        and doc[token.i + 2].pos_ == "NOUN" and doc[token.i + 2].is_lower:
                    # "advokat og debattant"; "energiministeren og nobelprisvinneren Steve Chu" as titles are written
                    title = f"{title} {doc[token.i + 1].lower_} {indefinite_form(doc[token.i + 2])}"
                break
        if title and set_off and role_at + 2 <= i and doc[role_at + 1].lower_ == "og" \
                and doc[role_at + 2].pos_ == "NOUN" and doc[role_at + 2].is_lower:
            role_at += 2  # "varaordfører og førstekandidat for Trondheim SV, Knut Fagerbakke": both roles
            title = f"{title} og {doc[role_at].lower_}"
        if title and (field := bare_field(doc, role_at, i + 1)) is not None and (set_off or field[1] == ent.start):
            title = f"{title} {field[0]}"  # "Leder for miljørådgivende seksjon i Statens vegvesen, Kari Holm",
            # "professor i nevrologi Ingrid Haugland" (not a field that goes on: "leder i fylket Per Hansen")
        # organisation between the title and the name: "direktør i Equinor, Anders Opedal"
        if title and org is None:
            # or a genitive owner right before the title ("Domstoladministrasjonens direktør, Tor Langbach"),
            # never a channel further back ("Til Dagens Næringsliv sier valgforsker Bernt Aardal")
            start = title_at
            while start > 1 and start > title_at - 2 and doc[start - 1].pos_ == "ADJ" and doc[start - 1].is_lower:
                start -= 1  # "MFKs talentfulle angrepsspiller": the owner before the title's adjectives
            owner = doc[start - 1] if start > 0 else None
            written = None  # the owner as written, where no organisation of the article's is found in it
            if owner is not None and (owner.ent_type_ or owner.is_title and owner.lower_[:-1] in known_places()) \
                    and owner.lower_.endswith("s") and not self._named_person(owner.text[:-1]):
                # "Breiviks forsvarer": a person's; a state the recognizer left out ("Sudans hærsjef")
                start -= 1
                while start > 0 and doc[start].ent_iob_ == "I":
                    start -= 1
                written = doc[start:owner.i + 1].text.removesuffix("s")  # not the adjectives after it
            elif owner is not None and not owner.ent_type_ and genitive(owner) \
                    and (kinds := org_noun_kinds(owner.lower_[:-1])) is not None:
                # "Høyre er ikke imponert. Partiets justispolitiske talsperson, Peter Frølich": the body named before
                # (or the one whose name the noun heads: "Legeforeningen ... Foreningens president")
                org = self.recent_org(kinds, owner.idx) or self.org_by_head(owner.lower_[:-1], least_prefix=4)
                start = title_at
            else:
                start = title_at
            org = org or self._org_in(doc[start:ent.start]) or written or _org_noun_phrase(doc[title_at + 1:ent.start])
        if title is None and ent.start > 0 and doc[ent.start - 1].ent_type_ in ("ORG", "GPE_ORG") \
                and "Gen" in doc[ent.start - 1].morph.get("Case", []):
            org = self._org_in(doc[ent.start - 1:ent.start])  # a party or employer owns the name: "KrFs Anita X"
        # after the name: "Jon Kristiansen i NHO Innlandet", "Busterud (H)", ", som er regiondirektør i X,"
        after = doc[ent.end:min(len(doc), ent.end + 12)]
        stop = next((t.i for t in after if t.text in {".", "!", "?", ":"} or t.is_space), after.end)
        after = doc[ent.end:stop]
        # not a paper a person without a role appeared in ("bildet av ... Lars Sponheim i VG"; a journalist has one)
        appeared = title is None and after[:1].text == "i" and len(after) > 1 and _paper(after[1])
        body = _owned_body(after[1]) if len(after) > 1 and after[0].lower_ in ("i", "ved", "hos") \
            and after[1].ent_iob_ == "B" else None
        if body is not None:
            org = org or body  # "Innsatsleder Mona Lie i Drammensregionens brannvesen": the body, named by its owner
        elif len(after) > 1 and after[0].text in {"i", "fra", "ved", "på", "hos"} and after[1].ent_iob_ == "B" \
                and not _owns_a_thing(after[1]) and not appeared:
            org = org or self._org_in(after[1:], first_only=True)  # "i NHO Innlandet", not "i en kommentar"
            end = next((t.i for t in after[2:] if t.ent_iob_ != "I"), after.end)  # a paper read as a product too
            if not _platform(doc[after[1].i:end]):  # ("på Dagbladet"), as the gazetteer knows it
                org = org or self._org_of_span(doc[after[1].i:end])
        elif len(after) > 1 and after[0].lower_ in ("ved", "i", "hos") and org is None:
            # "byggeleder X i vegvesenet" after "Statens vegvesen": the body the article named, in its fullest form;
            # else as written ("ministerråd Tove Kijewski ved ambassaden i Paris")
            org = (self._org_of_span(after[1:2]) if after[1].is_lower and after[1].pos_ == "NOUN" and "Ind" not in
                   after[1].morph.get("Definite", []) and after[1].lower_.endswith(("et", "en", "a")) else None) \
                or _org_noun_phrase(after)
        if len(after) >= 3 and after[0].text == "(":
            org = org or self._org_in(after[:3], first_only=True)
        if org is None and len(after) > 4 and after[0].lower_ == "og":  # "Kommunikasjonsrådgiver Frode Andersen og
            # førstekonsulent Elisabeth Mork fra UD": a body after two people joined with their titles is both's
            k = next((t.i for t in after[1:4] if t.ent_type_ == "PER" and t.ent_iob_ == "B"), None)
            end = next((t.i for t in doc[k + 1:stop] if t.ent_iob_ != "I"), stop) if k is not None else stop
            tail = doc[end:end + 2]
            if k is not None and all(t.is_lower for t in doc[after.start + 1:k]) and len(tail) == 2 \
                    and tail[0].lower_ in ("fra", "ved") and tail[1].ent_iob_ == "B" and not _owns_a_thing(tail[1]):
                org = self._org_in(doc[tail[1].i:stop], first_only=True)
        relative = len(after) >= 3 and after[0].text == "," and after[1].lower_ in {"som", "er"}
        if relative or len(after) >= 3 and after[0].lower_ == "som" and after[1].lower_ in ("er", "var"):
            # ", som er regiondirektør i X,", "Kjell Arne Totland som er kongeekspert i Norge"
            found = None
            for token in after[2:]:
                if token.pos_ in ("ADP", "VERB", "SCONJ") or token.lower_ == "som":
                    break  # "som ikke var blidere på baklengsmålet som sikret Bryne seieren": no title
                found = title_of(token.text)
                if found:
                    title = title or found[0]
                    break
            close = next((t.i for t in after[1:] if t.text == "," or t.lower_ in ("til", "overfor")
                          or t.ent_type_ == "PER"), after.end)  # not a channel after it (", til NTB", "i Norge
            # til VG Nett"), nor another person's place ("som sammen med Magnus Mørk (19) Son")
            works = {t.lower_ for t in after[1:4]} & {"jobber", "jobbet", "arbeider", "arbeidet", "representerer"}
            org = org or (self._org_in(doc[after.start:close]) if found or works else None)  # a role's body only
        if len(after) >= 2 and after[0].text == "," and (title is None or org is None):
            k = 1  # past a word of time or an adjective: "Oddvar Solnørdal, tidligere leder for ...", "Gilles
            # Buna, grønn viseordfører i Toulouse"
            # ("kulturansvarlig for frukt": an adjective that is a title stops it)
            while k < min(3, len(after) - 1) and (after[k].pos_ == "ADJ" and not title_of(after[k].text, True) or
                                                  after[k].lower_ in ("tidligere", "daværende", "nåværende",
                                                                      "avtroppende", "påtroppende")):
                k += 1
            found = title_of(after[k].text, True)  # "Kari Bakken, leder i ...", a signature's "Gro Kyte, Leder for ..."
            if found and after[k].pos_ == "VERB" and k + 1 < len(after) and after[k + 1].pos_ in ("DET", "NUM"):
                found = None  # "som Hagen, eier en eiendom i London": a verb and its object, not a role
            if not found and k + 2 < len(after) and after[k].pos_ == "NOUN" and after[k].is_lower \
                    and after[k + 1].lower_ == "og" and (second := title_of(after[k + 2].text)):
                found, k = (f"{after[k].lower_} og {second[0]}", second[1]), k + 2  # "forlegger og leder av X"
            elif found and k + 2 < len(after) and after[k + 1].lower_ == "og" and set_off_role(after[k + 2]):
                found, k = (f"{found[0]} og {after[k + 2].lower_}", found[1]), k + 2  # "eks-skiløper og tv-kommentator"
            if found:  # ("Pål Breen, administrerende direktør i VIF": with its adjective)
                found, field = (with_adjective(after[k - 1] if k > 1 else None, found[0]), found[1]), \
                    bare_field(doc, after[k].i, after.end)  # "Ola Nilsen, leder for miljørådgivende seksjon"
                title = title or (f"{found[0]} {field[0]}" if field else found[0])
                close = next((t.i for t in after[k + 1:] if t.text == "," or t.lower_ in ("til", "overfor")), after.end)
                reach = max(after.start + 8, field[1] + 5 if field else 0)  # past a long field: "for helse og omsorg"
                org = org or self._org_in(doc[after.start + 1:min(close, reach)]) \
                    or tied_org(after[k], self._org_of_span)  # not a channel after it (", til AFP")
            elif after[1].is_title and (comma := next((t.i for t in after[2:] if t.text == ","), None)) is not None \
                    and comma + 1 < after.end and doc[comma + 1].ent_iob_ == "B":
                # a card or signature: "Kenneth M. Yaffe, Senior Vice President Business Affairs, National Hockey
                # League": a role no list holds, then the organisation
                org = org or self._org_in(doc[comma + 1:after.end], first_only=True)
        if title is None:  # a title no list holds, from the apposition in the parse
            parsed_title, parsed_org = apposition_title(ent, self._org_of_span)
            if parsed_title is None:  # (None, org) for a relation's organisation
                parsed_title, written_org = written_title(ent, self._org_of_span)
                parsed_org = parsed_org or written_org
            title, org = parsed_title, org or parsed_org
        if title and org is None and (front := _fronted_body(ent)) is not None:
            # "På Kleppestø ungdomsskole har rektor Øystein Holmelid ...": where the clause places its subject
            org = self._org_in(front, first_only=True) or (front.text if kind_from_pattern(front.text) else None)
        return title, org


def _org_noun_phrase(span: Span) -> str | None:
    """An organisation written in lower case after the role, a definite noun that names one and the words that
    place it (``talsmann for utenriksdepartementet i Paris``), as written; None if there is none."""
    noun = next((t for t in span if t.is_lower and t.pos_ == "NOUN" and org_noun_kinds(t.lower_) is not None
                 and ("Def" in t.morph.get("Definite", []) or t.lower_.endswith(("et", "en", "a")))
                 and t.nbor(-1).lower_ in TIED_BY), None)
    if noun is None:
        return None
    end = next((t.i for t in span if t.i > noun.i and (t.is_punct or t.pos_ in ("VERB", "AUX"))), span.end)
    return span.doc[noun.i:end].text or None


def _coordinated_role(title: Token, other: Token, name: Token) -> tuple[str, None] | None:
    """A lower-case noun the parse coordinates with a title before a name, or with the titled name (``kunstner og
    journalist X``), is a role too, unless it is a relation (``mor og journalist X``)."""
    coordinated = any(t.dep_ in ("KOORD", "conj") and t.head.i == other.i for t in (title, name))
    if other.pos_ == "NOUN" and other.is_lower and coordinated and not relation(other) \
            and "Def" not in other.morph.get("Definite", []):
        return other.lower_, None
    return None


def title_then_surname(quotes: list[Quote]) -> None:
    """``trekker utenriksministeren fram at ...`` / ``- ..., sier Støre``: a source described by a title that no
    one named holds is the person quoted right after by a surname alone, one the article never gives a first name
    (the reader is expected to know who holds the office), who then holds the title; not ``sier legen`` before
    ``sier Kari Moe``, nor ``læreren`` before a first name alone (``Espen``)."""
    for quote, after in zip(quotes, quotes[1:]):
        described, named = quote.speaker, after.speaker
        title = definite_title(described.name) if described is not None and described.type == "description" \
            and " " not in described.name else None
        if title and named is not None and named.type == "person" and " " not in named.name \
                and gender_of(named.name) is None and named.title in (None, title) and after.start - quote.end < 600:
            quote.speaker = replace(named, title=title)
            after.speaker = replace(named, title=title)


def widen_prefix(token: Token, title: str, org: str | None) -> tuple[str, str | None]:
    """A title whose prefix ends a name of several words takes the whole name (``EA Sports-sjef Peter Moore``:
    ``EA Sports``), as written before the person's name."""
    doc, i = token.doc, token.i - 1
    words: list[str] = []
    while org and i >= 0 and len(words) < 3 and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() \
            and doc[i].ent_type_ != "PER" and not doc[i].is_sent_start and not doc[i + 1].is_sent_start:
        words.insert(0, doc[i].text)
        i -= 1
    if not words and org and token.i > 0 and doc[token.i - 1].text[:1].isupper() \
            and load_gazetteer().lookup(f"{doc[token.i - 1].text} {org}") is not None:
        words = [doc[token.i - 1].text]  # "Industri Energi-leder", a name the list knows, at a sentence start too
    if not words:
        return title, org
    return " ".join([*words, title]), " ".join([*words, org or ""])


def _platform(span: Span) -> bool:
    """``skrev Moe på Twitter``: a name the recognizer reads as a product is where words were written, not a
    body the person belongs to, unless the gazetteer holds it as a paper or broadcaster (``på Dagbladet``)."""
    return span.root.ent_type_ == "PROD" and not load_gazetteer().is_media(span.text)


def _fronted_body(ent: Span) -> Span | None:
    """The name a sentence opens with after ``på``, ``ved`` or ``hos``, when the clause it places has ``ent`` as its
    subject (``På Kleppestø ungdomsskole har rektor Øystein Holmelid``): an institution where the person works."""
    doc, verb = ent.doc, ent.root.head
    if not doc.has_annotation("DEP") or ent.root.dep_ not in ("SUBJ", "nsubj") or not 2 < verb.i < ent.start \
            or not doc[verb.i - 1].ent_type_:
        return None  # (a blank pipeline: no clause to read) no name right before the verb before the subject
    opening = doc[ent.sent.start]
    if opening.lower_ not in ("på", "ved", "hos") or doc[opening.i + 1].ent_iob_ != "B":
        return None
    end = entity_end(doc, opening.i + 2)
    # the phrase fronted, then the verb (the word order that puts the subject after it), then the subject
    return doc[opening.i + 1:end] if verb.i == end and verb.i < ent.start else None


def _owns_a_thing(first: Token) -> bool:
    """``Obama fra FNs talerstol``: the organisation opening the phrase is in the genitive and owns a thing, not a
    body the person belongs to (``fra NHOs sekretariat`` is NHO's, also a compound ending in a part:
    ``stortingsgruppe``)."""
    owner, owned = _owner_and_owned(first)
    return genitive(owner) and owned is not None \
        and owned.pos_ == "NOUN" and owned.is_lower and org_noun_kinds(owned.lower_) is None \
        and not owned.lower_.endswith(ORG_PARTS)


def _owned_body(first: Token) -> str | None:
    """A body named by its owner in the genitive and a noun of its kind (``Drammensregionens brannvesen``, ``Oslos
    politi``; a kind noun of :data:`~nhotext.lexicon.ORG_NOUNS` in its bare form), as written; None for anything else
    (``NHOs sekretariat`` is a part of NHO's, :func:`_owns_a_thing`)."""
    owner, owned = _owner_and_owned(first)
    if owned is None or not genitive(owner) or owned.pos_ != "NOUN" or not owned.is_lower \
            or not bare_org_noun_kinds(owned.lower_):
        return None
    return first.doc[first.i:owned.i + 1].text


def _owner_and_owned(first: Token) -> tuple[Token, Token | None]:
    """The last word of the entity that begins at ``first`` and the word after it (None at the Doc's end)."""
    end = entity_end(first.doc, first.i + 1)
    return first.doc[end - 1], first.doc[end] if end < len(first.doc) else None


# parts of a body a person belongs to (``fra NHOs sekretariat``, ``i Aps stortingsgruppe`` ends in one too)
ORG_PARTS = ("styre", "ledelse", "sekretariat", "avdeling", "kontor", "stab", "administrasjon", "redaksjon", "seksjon",
             "enhet", "utvalg", "komité", "gruppe", "lag", "klubb", "forbund", "parti", "fraksjon", "institutt",
             "fakultet", "klinikk", "senter")


def _paper(token: Token) -> bool:
    """Whether the entity that begins at ``token`` is a medium the gazetteer knows (``VG``, ``Aftenposten``)."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return load_gazetteer().is_media(token.doc[token.i:end].text)


def fronted_subject(token: Token, title: str, mentions: list[Mention]) -> Person | None:
    """The one person a clause fronted before a definite title as subject names as its own subject, holding no
    other title (``Før Brian Clough døde, innrømmet manageren at``: the writer's second name for him), who then
    takes the role as title; None elsewhere."""
    if token.dep_ not in SUBJECT or not token.doc.has_annotation("DEP"):
        return None
    clause = next((c for c in token.head.lefts if c.pos_ in ("VERB", "AUX") and c.i < token.i
                   and any(s.pos_ == "SCONJ" and s.i == c.left_edge.i for s in c.children)), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT), None) if clause is not None else None
    named = {m.person for m in mentions_between(mentions, token.sent.start_char, token.idx) if m.kind == "name"}
    if subject is None or len(named) != 1 or subject.ent_type_ != "PER":
        return None
    person = named.pop()
    if person.title is None:
        person.title = title  # the role the article gives the person, for every quote of theirs (GUIDELINES)
    return person if same_title(person.title, title) else None
